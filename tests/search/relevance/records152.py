"""Clearing-house records of the hundred-and-fifty-second judged relevance set
(tests/search/relevance/queries152.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: crop protection pages on
plant clinics (a dataset of the consultations and prescriptions of the plant clinics of Kirinyaga
and Murang'a, Kenya, run by plant doctors with the Plantwise programme; a need to equip the
cliniques des plantes of Sud-Kivu, DR Congo, and train new docteurs des plantes; a case study of
ten years of clínicas de plantas at the weekly ferias of Cochabamba and Chuquisaca, Bolivia);
farming pages on aquaponics (an offer, a support source, of starter units, tilapia fingerlings
and training for schools and backyard growers in Barbados; a project of aquaponie for the young
market gardeners of the Niayes, Senegal; a curso-taller, an event, on acuaponía with cachama
and tilapia in Villavicencio, Meta, Colombia); aquaculture pages on sea lice on salmon farms (a
dataset of the weekly sea lice counts of Scotland's marine salmon farms; a guide, a document,
to the integrated management of the pou du poisson on the salmon farms of the baie de Fundy,
New Brunswick, Canada; a need for alternatives to the chemical control of the piojo de mar,
or caligus, Caligus rogercresseyi, on the salmon farms of Aysén, Chile); wild plant pages on
wild oregano (a case study of the oregano gatherers of southern Albania and their harvest plan;
a project to cultivate zaatar, Origanum syriacum, to spare the wild origan of the mountains
of Lebanon; a dataset of the inventories and authorised harvests of wild orégano mexicano,
Lippia graveolens, in the ejidos of Durango, Mexico); fruit tree disease pages on fire blight
(a need to stop fire blight, Erwinia amylovora, in the wild apple forests and orchards of
south-eastern Kazakhstan; a journée d'information, an event, on the feu bactérien of the
pear and quince orchards of the Valais, Switzerland; a plan de contingencia, a document,
against the fuego bacteriano for the pear and apple orchards of the Alto Valle, Argentina,
which is free of it); crop pages on capers (a dataset of the wild caper harvest and trade of
Anatolia, Turkey; a case study of the câpres of Safi and Youssoufia, Morocco, from the wild
câprier to the brining units; a project to bring back the tàpera, the alcaparra of Mallorca,
Spain); post-harvest pages on cocoa fermentation (a case study of the heap fermentation and
sun drying of cocoa beans in Ghana's Western North Region; a project of fermentation in wooden
boxes and smoke-free drying of the fèves de cacao in the Centre and Sud-Ouest of Cameroon;
an offer, a support source, to buy cacao en baba and help with the beneficio fermentado of the
cocoa of San Francisco de Macorís, Dominican Republic); grain storage pages on the larger
grain borer (a project against the larger grain borer, Prostephanus truncatus, in the maize
stores of Tabora and Dodoma, Tanzania; a need to protect the maize and the cossettes de manioc
of Togo's granaries from the grand capucin du maïs; a guía, a document, to the barrenador
grande de los granos in the stored maize of eastern Guatemala); sheep health pages on footrot
(a guide, a document, to footrot for the Merino farmers of the high country of Canterbury and
Otago, New Zealand; a journée technique, an event, on the piétin of the dairy ewes of the
Roquefort area, Aveyron, France; a case study of the eradication of the pietín, or pedero,
on the sheep farms of Salto and Artigas, Uruguay); and fish by-product pages on fish silage (a
need to turn the tuna processing by-products of General Santos, Philippines, into fish silage;
an offer, a support source, of training and equipment for the ensilage de poisson of the fish
waste of the artisanal landings of Nouadhibou, Mauritania; a project of ensilado biológico of
the waste of the jumbo squid, pota, and fish of Paita, Peru, to feed pigs, chickens and guinea
pigs). English, French and Spanish, 10 records each, every topic written once in each language
(different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records149.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (plant clinic, plant doctor, Plantwise, CABI, plant health
clinic, clinique des plantes, docteur des plantes, médecin des plantes, clínica de plantas,
doctor de plantas, farmer field school, champ-école, escuela de campo, phytosanitaire,
fitosanitario, sanidad vegetal; aquaponics, aquaponie, acuaponía, bioponie, hydroponic,
hydroponie, hidropónico, recirculating, tilapia, cachama; sea lice, salmon lice, pou du poisson,
pou du saumon, poux de mer, piojo de mar, caligus, caligidosis, Lepeophtheirus, emamectin,
azamethiphos, cleaner fish, lumpfish, lompe, wrasse, tanche-tautogue, peces limpiadores,
salmon farm, salmoniculture, salmonicultura; oregano, origan, orégano, Origanum, Lippia,
zaatar, za'atar, rigani, thyme, thym, tomillo; fire blight, feu bactérien, fuego bacteriano,
Erwinia, amylovora, streptomycin, wild apple, Malus sieversii, pear, poirier, peral, quince,
cognassier, membrillo, apple orchard, pommier, manzano; capers, caper bush, câpres, câprier,
alcaparra, alcaparrón, Capparis, tàpera; cocoa, cacao, cabosse, fermentation, fermentación,
cut test, épreuve à la coupe, prueba de corte, beneficio, cacao en baba, wet beans, séchage
des fèves, smoky, goût de fumée, Hispaniola, Sánchez; larger grain borer, Prostephanus,
grand capucin, barrenador, Teretrius, weevil, charançon, gorgojo, Sitophilus, stored maize,
maïs stocké, maíz almacenado, troja, cossettes de manioc, cassava chips; footrot, foot rot,
piétin, pietín, pedero, Dichelobacter, footbath, pédiluve, pediluvio, lameness, boiterie,
cojera, hoof trimming, parage, despezuñado; fish silage, ensilage de poisson, ensilado de
pescado, ensilaje, silage, fish waste, fish offal, déchets de poisson, residuos pesqueros,
vísceras, formic acid, acide formique, ácido fórmico). Screened and dropped as covered:
potato late blight (the late-blight-resistant GM potatoes of bc10-bc12, the tizón tardío
of the mancozeb page bh06 and the lancha of the copper page dz03), sericulture (cc28-cc30),
pistachio (ea19-ea21), cork (y22-y24), lupins (do16-do18), breadfruit (ce16-ce18), pine
nuts (bo04-bo06), the New World screwworm (bj15), stingless bees (p36), sharka (ef25-ef27),
beach seines (dm25-dm27), the liming of acid soils (cr08, er22, er24, dropped by records132
and records144), farmer-managed natural regeneration (v16), the processing of bitter cassava
(the soaking, fermenting and drying of the konzo pages el04-el06, down to the casabe of el06)
and Newcastle disease (the indigenous chicken pages ek25-ek27 and the guinea fowl and turkey
pages fi07, fi08 and fm08), besides the topics of sets 42 to 149 and those their docstrings
list as covered; screened with no or passing hits but not chosen: citrus canker, black pepper
and nixtamalization (no hit), circle hooks (named in passing by q34, dg04 and dg06, as set 140
found), fasciolosis (named in passing by fu27, and screened by set 134 as a foodborne disease
nearer the health topics), the alternate wetting and drying of rice (named only by the screening
list of records124, and next to the SRI pages fa07-fa09), keyhole gardens and milkfish (named only
by the screening list of records144), industrial hemp (next to the cannabis pages of records76)
and oyster farming (next to the oyster reef pages ck13-ck15 and the oyster farm floats of en13).

No earlier record is judged relevant to any query of this set: every hit is passing or about
another thing, judged 0. No earlier record is about plant clinics: the banana bunchy top
project of Malawi (fu01) names a plant clinic network only among its partners, passing; the
farmer field schools of u10, ew01, bh06, fi20, fq17 and fq18, the electronic phytosanitary
certificates (dt20, dt21) and the veterinary and health clinics of other pages are other
things. No earlier record names aquaponics: the hydroponic fodder pages (fu22-fu24), the
tobacco plants grown en hydroponie for plant-made pharmaceuticals (cl08), rice-fish farming
(ca10-ca12) and the tilapia and cachama of the fish pages (t39, bv21 and others) are other
things. No earlier record names sea lice: the antimicrobial resistance of the Chilean salmon
farms (k03), the baseline of the fjords of Aysén before more salmon farming (bs06) and the
GM salmon guidance (t37) name no lice; the head lice pages (cv01-cv03, with their piojos) are
human lice; the cleaner fish smoking of Ghana's coast (bx10) is about clean ovens; the humphead
wrasse (bf01-bf03) is no cleaner fish; and the tench pages (ee25-ee27) are about a pond fish,
not the cunner that New Brunswick calls tanche-tautogue. No earlier record is about oregano:
the orégano dried with ají and medicinal plants in the solar dryers of Cajamarca (ef15)
is a passing mention, and the lavender pages (da10-da12), the wild edible plants (ce28-ce30)
and the sesame of other pages are other plants. No earlier record names fire blight: the wild
apple forests of the Trans-Ili Alatau, named as context by the wild tulip dataset (et16),
the wild apples and pears of the walnut-fruit forests of Arslanbob (cq22), the GM apple given
a scab resistance gene from a wild apple (cp29), the traditional orchards (eg13-eg15), Xylella
fastidiosa (bl04-bl06) and sharka (ef25-ef27) are other things. No earlier record names capers:
the carob (ci19-ci21), fig trees, almond trees and dry-stone walls of other pages are other
things. No earlier record is about the fermentation of cocoa: the shade trees of Ghana's cocoa
farms (k25), the cadmium in cocoa pages (v34-v36), the frosty pod rot pages (fe13-fe15),
the mineral oil in the jute sacks of cocoa (dv04, dv06), the solar dryers (ef13-ef15), the
beneficio of the coffee processing wastewater pages (bm25-bm27), the heap fermentation of
bitter cassava named in passing by the konzo project of Nampula (el04), and the Hispaniolan
solenodons and hutias (eq10, fh14) are other things. No earlier record names the larger grain
borer: the mycotoxin guide for stored maize (t30), with its hermetic silos and insect control,
names no borer; the aluminium phosphide tablets (bd10-bd12), the red palm weevil (br28-br30),
the bark beetles (bn16-bn18), the coffee berry borer (fa01-fa03), the barrenadores of the
Bt crop pages (i12, bb24, bd21, dr21) and the gusano barrenador of the screwworm page (bj15)
are other pests. No earlier record names footrot: the lameness of the bluetongue (bu28-bu30)
and ergot (er07) pages, the pédiluves of the swimming pool page cz05, the wool and shearing
pages (ep16-ep18, fa10-fa12) and the hair sheep of m01 are other things. No earlier record
names fish silage: the fishmeal factories of Gunjur, Nouadhibou and Chimbote (dl19-dl21),
the maize and grass silage of the livestock pages (fe03, fm10, fm12, bp01, bp25, bu27, do29,
ds07), the black soldier fly larvae (bq19-bq21), the jumbo squid of Paita (ee03), the fish
smoking kilns (bx10, bx11) and the crabs fed fish offal (eo22) are other things.

records124.py to records149.py (ids fa01..fa30, ..., fz01..fz30), the most recent earlier files,
were searched like the others: their only hits on this set's words are passing or about other
things (the coffee berry borer of fa01-fa03, the silage of fe03, fm10 and fm12, the frosty
pod rot of the cocoa of fe13-fe15, the gusano barrenador of the screwworm named by fi06,
the attiéké of the Abidjan street food need fq23, the plant clinic network named by fu01,
the hydroponic fodder of fu22-fu24, the fasciolosis named by fu27, the cocoa estates, farms
and harvests named in passing by fx01, fx04, fx07 and fx14, and the cacao named in passing by
fy05 and fy18), and none of their records answers a query of this set.

records150.py and records151.py (ids ga01..ga30 and gb01..gb30), written at the same time by
two other engineers, were searched for the same words once they were finished (with their
queries150.tsv and queries151.tsv, each with its 60 queries), after this set's records and
queries were written, while the queries were being judged. The topics of records150.py are
election campaign waste, the radioactive waste of nuclear medicine, kerosene heaters, combustible
facade cladding, marble slurry, carbon dioxide in wineries, substandard and counterfeit electrical
cables, ozone generators, transformer oil theft and construction dust; those of records151.py are
squirrel monkeys, bellbirds, crossbills, brocket deer, ocean sunfish, antlions, amphisbaenians,
cyclamens, service trees and ramondas. None of their records names plant clinics, aquaponics,
sea lice, oregano, fire blight, capers, the fermentation of cocoa, the larger grain borer,
footrot or fish silage, and none is judged relevant. The nearest are 0: the carbon dioxide
given off by fermenting grape must in wineries (ga16-ga18) comes from the fermentation of wine,
not of cocoa; the clinical waste of the radioiodine ward of ga04 is hospital waste, no plant
clinic; the whitty pear, the wild service tree and the peral de monte of the service tree
pages (gb25-gb27) are Sorbus trees of the forest, and the pommiers sauvages named by gb26 are
passing, none of them an orchard or naming fire blight; the Hispaniolan crossbill of gb08 and
gb09 is a bird, not the Hispaniola grade of cocoa named by gc21; the oliveraies of gb20 and
the cercas vivas of the cattle farms of gb03 are other things; and the capuchin monkeys named
in the screening list of records151 are no grand capucin. None of their queries is repeated in
queries152.tsv. records153.py (ids gd01..gd30), written at the same time by another engineer on
water, oceans and coasts, climate adaptation, cities, disasters and capacity building topics,
is not part of this set's pool, and no query of this set was judged against it.

Traps: the tomato leaf miner, the fall armyworm, the bean rust, the fruit flies and the highly
hazardous pesticides of gc01 (0 to the tomato leafminer, the fall armyworm and pesticides);
the bananiers, the manioc, the flétrissement bactérien and the mosaïque du manioc of gc02
(0 to cassava mosaic disease); the gorgojo de los Andes, the polilla de la papa, the rancha and
the mosca de la fruta of gc03 (0 to late blight and to fruit flies); the tilapia, the hydroponic
lettuce and the sea cages of gc04 (0 to tilapia and to hydroponic fodder); the nappe salinisée,
the oignons and the pompe solaire of gc05 (0 to saltwater intrusion, onion storage and solar
irrigation pumps); the cachama, the tilapia and the colegio rural of gc06; the wild salmon,
the sea trout, the lumpfish and wrasse and the algal blooms of gc07 (0 to harmful algal blooms
and to the humphead wrasse); the homard, the peroxyde d'hydrogène and the tanches-tautogues
of gc08 (0 to tench and to lobsters); the trucha arcoíris, the mitilicultores, the fiordos,
the piscirickettsiosis and the antibióticos of gc09 (0 to mussel farming, to fjords and to
antimicrobial resistance); the sage, the thyme and the goats of gc10; the sumac, the sésame,
the terrasses, the thym and the sarriette of gc11 (0 to sesame); the aceite esencial, the
timol and the permits of gc12; the codling moth, the apple scab and the nursery stock of gc13
(0 to the walnut-fruit forests of cq22); the cotonéasters, the aubépine, the streptomycine
and the abeilles of gc14 (0 to antibiotics and to bees); the carpocapsa, the colmenas and
the membrilleros of gc15; the thorns, the children's work and the caper berries of gc16; the
céréales, the blé, the oliviers and the travail des enfants of gc17 (0 to olive trees);
the almendros, algarrobos, higueras and muros de piedra seca of gc18 (0 to carob, fig trees and
dry-stone walls); the plantain leaves, the cadmium and the swollen shoot of gc19 (0 to cadmium
in cocoa); the séchoirs solaires, the claies, the feu de bois and the hydrocarbures aromatiques
polycycliques of gc20 (0 to solar dryers and to smoke); the Hispaniola and Sánchez grades,
the secaderos solares and the renovación de los cacaotales of gc21; the hermetic bags, the
metal silos, the cassava chips and the cotton sprays of gc22 (0 to airtight grain storage);
the phosphure d'aluminium, the insecticides du coton and the sacs hermétiques of gc23
(0 to aluminium phosphide); the pastillas de fosfina, the frijol and the yuca seca of gc24;
the scald, the flystrike and the shearing of gc25 (0 to shearing and to wool); the formol, the
roquefort and the fièvre catarrhale of gc26 (0 to formaldehyde and to bluetongue); the sarna,
the esquila and the lana of gc27 (0 to unsold wool); the fishmeal plants, the tilapia ponds
and the cannery wastewater of gc28 (0 to fishmeal plants); the usines de farine de poisson
of Nouadhibou, the séchage and the salage of gc29 (0 to the fishmeal factories of dl20); and
the pota, the cuyes, the harina de pescado and the anchoveta of gc30 (0 to squid, guinea pigs
and fishmeal). For the country and exclusion queries: gc01 names only Kenya; gc02 only the
DR Congo; gc03 only Bolivia; gc04 only Barbados; gc05 only Senegal; gc06 only Colombia; gc07
only Scotland (United Kingdom); gc08 only Canada (New Brunswick); gc09 only Chile; gc10 only
Albania; gc11 Lebanon (Syria only in the name origan de Syrie, Origanum syriacum); gc12 Mexico
(the United States as the main buyer); gc13 only Kazakhstan; gc14 only Switzerland; gc15 only
Argentina; gc16 only Turkey; gc17 Morocco (Europe as a market); gc18 only Spain (Mallorca);
gc19 only Ghana; gc20 only Cameroon; gc21 only the Dominican Republic (Hispaniola as the name
of a grade); gc22 Tanzania (Mexico and Central America as the beetle's home range); gc23 Togo
(Central America as its origin, West Africa as a region); gc24 Guatemala (Mexico and Central
America as its native range); gc25 only New Zealand; gc26 only France; gc27 only Uruguay;
gc28 only the Philippines; gc29 only Mauritania; gc30 only Peru.

Ids (gc01..gc30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
fy01..fy30, fz01..fz30), nor with those of records150.py (ga01..ga30), records151.py (gb01..gb30)
and records153.py (gd01..gd30), written at the same time, and no earlier id starts with "gc".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- plant clinics ----------------------------------------------------------------------------
    ("gc01", "dataset", "en",
     "Plant clinic records from Kirinyaga and Murang'a, Kenya: farmers' queries and plant "
     "doctors' prescriptions, 2016-2024",
     "Every week, trained plant doctors, most of them county extension officers, set up a table "
     "and an umbrella at the markets of Kirinyaga and Murang'a counties and examine the sick "
     "plants, damaged fruits and insects that farmers bring in. Each consultation is written on a "
     "prescription form: the crop, the symptoms, the diagnosis, the advice given, and whether it "
     "named a pesticide, a cultural practice or a referral to the diagnostic laboratory. This "
     "dataset, compiled by the county agriculture departments with the international agricultural "
     "science organisation that ran the Plantwise programme, gathers more than 38,000 records "
     "from 42 plant clinics, with the score given by a reviewer to each diagnosis. It shows which "
     "problems farmers bring most often, from tomato leaf miner and fall armyworm to bean rust "
     "and fruit flies on mangoes, how advice moved away from highly hazardous pesticides after "
     "2019, and which clinics stopped meeting when funding ran out. Farmers' names are removed.",
     ("plant clinics", "plant doctors", "crop pests and diseases", "extension services",
      "datasets"),
     ("KE",), "2024-06"),
    ("gc02", "need", "fr",
     "Besoin : équiper les cliniques des plantes du Sud-Kivu et former de nouveaux docteurs des "
     "plantes",
     "Au Sud-Kivu, en République démocratique du Congo, les agriculteurs de Kabare, Walungu et "
     "Uvira voient dépérir leurs bananiers, leur manioc et leurs haricots sans savoir pourquoi, "
     "et les vendeurs d'intrants leur proposent souvent n'importe quel pesticide. Depuis 2018, "
     "une douzaine de cliniques des plantes tenues par des agronomes de l'inspection de "
     "l'agriculture et d'ONG se tiennent chaque semaine sur les marchés : l'agriculteur apporte "
     "un échantillon, le docteur des plantes pose un diagnostic et lui remet une fiche de "
     "recommandation. Faute de moyens, plusieurs cliniques ont fermé. L'inspection provinciale et "
     "une université de Bukavu demandent un appui pour équiper 30 cliniques (loupes, tables, "
     "parasols, fiches et tablettes), former 60 nouveaux docteurs des plantes, relier les "
     "cliniques à un laboratoire de diagnostic et financer des alertes par la radio quand les "
     "fiches signalent un nouveau ravageur. Le flétrissement bactérien du bananier et la mosaïque "
     "du manioc sont les problèmes les plus souvent apportés.",
     ("cliniques des plantes", "docteurs des plantes", "santé des végétaux",
      "vulgarisation agricole", "besoins"),
     ("CD",), "2024-09"),
    ("gc03", "case-study", "es",
     "Estudio de caso: diez años de clínicas de plantas en las ferias de Cochabamba y Chuquisaca",
     "En los valles de Cochabamba y Chuquisaca, los agricultores de papa, maíz, haba y frutales "
     "llevan a la feria semanal una planta enferma, un tubérculo picado o un insecto en una bolsa "
     "y lo muestran en una clínica de plantas: un puesto con mesa, lupa y toldo donde un técnico "
     "formado como doctor de plantas diagnostica el problema y entrega una receta escrita con sus "
     "recomendaciones. Este estudio de caso de una fundación de investigación agrícola y de los "
     "gobiernos municipales analiza diez años de funcionamiento de 25 clínicas: cuántos "
     "agricultores las visitaron, qué consultas se repitieron (el gorgojo de los Andes, la "
     "polilla de la papa, la rancha y la mosca de la fruta), cuántas recetas propusieron control "
     "biológico o prácticas culturales en lugar de plaguicidas y qué pasó cuando los municipios "
     "dejaron de pagar a los técnicos. Concluye que las clínicas sobreviven mejor cuando forman "
     "parte del servicio municipal de extensión agrícola.",
     ("clínicas de plantas", "doctores de plantas", "sanidad vegetal", "extensión agrícola",
      "estudios de caso"),
     ("BO",), "2024-04"),
    # --- aquaponics -------------------------------------------------------------------------------
    ("gc04", "support-source", "en",
     "Offer: aquaponics starter units, tilapia fingerlings and training for schools and backyard "
     "growers in Barbados",
     "Barbados imports most of its vegetables and has little fresh water to spare. In aquaponics, "
     "the water of tilapia tanks, loaded with the fishes' wastes, flows through beds of gravel or "
     "floating rafts where bacteria and the roots of lettuce and herbs take up the nutrients, and "
     "returns clean to the fish, using a small fraction of the water of a soil garden and no "
     "chemical fertiliser. A national agricultural development agency, with a youth "
     "entrepreneurship fund and the university campus, offers secondary schools, community groups "
     "and backyard growers a 1,000-litre starter unit at half cost, tilapia fingerlings from its "
     "hatchery, a five-day course on fish feeding, water testing, bacteria and plant nutrients, "
     "and visits by an extension officer during the first six months. Graduates can apply for "
     "grants for commercial units on rooftops or vacant lots, and hydroponic lettuce growers who "
     "want to add fish may join the course. The offer does not cover fish farming in sea cages.",
     ("aquaponics", "tilapia", "food security", "water saving", "offers"),
     ("BB",), "2024-03"),
    ("gc05", "project", "fr",
     "Projet : l'aquaponie pour les jeunes maraîchers des Niayes, entre Dakar et Saint-Louis",
     "Dans les Niayes, la bande de dunes et de cuvettes qui longe la côte du Sénégal entre Dakar "
     "et Saint-Louis, les maraîchers produisent l'essentiel des oignons, des choux et des "
     "carottes du pays, mais la nappe baisse et se salinise et les engrais coûtent cher. Ce "
     "projet d'une ONG de développement, d'un institut de recherche agricole et de la direction "
     "de l'aquaculture installe chez 40 jeunes maraîchers et groupements de femmes des unités "
     "d'aquaponie : des bassins de tilapias dont l'eau, chargée des déjections des poissons, "
     "irrigue des bacs de gravier où poussent salades, menthe, tomates et piments avant de "
     "retourner aux bassins, une petite pompe solaire faisant circuler l'eau. Le projet mesure "
     "l'eau consommée, la croissance des poissons et les rendements des légumes, forme les jeunes "
     "à la conduite des bassins et à la fabrication d'un aliment pour poissons local, et cherche "
     "des acheteurs à Dakar. La pêche artisanale de Kayar, toute proche, n'est citée qu'en "
     "passant.",
     ("aquaponie", "maraîchage", "tilapias", "économie d'eau", "projets"),
     ("SN",), "2024-11"),
    ("gc06", "event", "es",
     "Curso-taller de acuaponía: cachama, tilapia y hortalizas en las fincas del Meta",
     "La acuaponía combina la cría de peces en tanques con el cultivo de hortalizas sin suelo: el "
     "agua de los peces, rica en nutrientes, pasa por camas de grava o balsas flotantes donde las "
     "bacterias y las raíces la limpian antes de volver a los tanques. En el Meta, donde muchas "
     "fincas ya crían cachama y tilapia en estanques de tierra, esta técnica permite producir "
     "lechuga, cilantro y cebollín junto a la casa con poca agua y sin fertilizantes químicos. "
     "Este curso-taller de tres días, organizado en Villavicencio por el servicio nacional de "
     "aprendizaje, la secretaría de agricultura del departamento y una asociación de "
     "piscicultores, enseñará a dimensionar tanques y camas, escoger bombas y aireadores, medir "
     "el amonio, los nitritos y el pH, alimentar los peces y prevenir sus enfermedades. El último "
     "día se visitarán tres unidades acuapónicas de pequeños productores y la de un colegio "
     "rural. Los cupos son limitados.",
     ("acuaponía", "piscicultura", "cachama", "hortalizas", "eventos"),
     ("CO",), "2025-05"),
    # --- sea lice on salmon farms -----------------------------------------------------------------
    ("gc07", "dataset", "en",
     "Sea lice counts reported by Scotland's marine salmon farms, 2017-2024",
     "Salmon lice (Lepeophtheirus salmonis) and Caligus elongatus are small parasitic copepods "
     "that graze on the skin of farmed Atlantic salmon and, when a farm holds a million fish, can "
     "multiply and spread to the wild salmon and sea trout that migrate past the cages. Since "
     "2017 every marine finfish farm in Scotland must report each week the average number of "
     "adult female lice per fish, and counts above the thresholds trigger inspections and action "
     "plans. This dataset, published by the national fish health inspectorate with the marine "
     "directorate, gives weekly counts for some 200 farm sites, the treatments used (bath and "
     "in-feed medicines, freshwater and warm-water treatments) and the cleaner fish stocked, "
     "lumpfish and wrasse, with the mortalities reported after treatments and the sea "
     "temperature. Counts of lice on wild sea trout netted near farms in twelve sea lochs are "
     "added. Escapes of farmed fish and harmful algal blooms are recorded in other datasets.",
     ("sea lice", "salmon farming", "fish health", "wild salmon", "datasets"),
     ("GB",), "2024-12"),
    ("gc08", "document", "fr",
     "Guide : gestion intégrée du pou du poisson dans les sites salmonicoles de la baie de Fundy",
     "Le pou du poisson (Lepeophtheirus salmonis), un petit crustacé parasite qui se nourrit du "
     "mucus, de la peau et du sang des saumons, est le principal problème sanitaire des élevages "
     "de saumon atlantique en cages du sud-ouest du Nouveau-Brunswick. Les traitements répétés "
     "ont sélectionné des poux résistants à plusieurs produits, et les rejets des bains "
     "antiparasitaires inquiètent les pêcheurs de homard. Ce guide du ministère provincial de "
     "l'aquaculture, de l'association des salmoniculteurs et d'un centre de recherche fédéral "
     "décrit la gestion par baie : mise en eau et jachère synchronisées des sites d'une même "
     "zone, comptages hebdomadaires et seuils d'intervention, traitements mécaniques à l'eau "
     "tiède ou à l'eau douce, bateaux-viviers avec bain de peroxyde d'hydrogène, poissons "
     "nettoyeurs (lompes et tanches-tautogues), jupes autour des cages et registre partagé des "
     "traitements. Les évasions de saumons et l'anémie infectieuse du saumon sont traitées dans "
     "d'autres fiches.",
     ("pou du poisson", "salmoniculture", "santé des poissons", "gestion par baie", "guides"),
     ("CA",), "2023-10"),
    ("gc09", "need", "es",
     "Necesidad: alternativas al control químico del piojo de mar en los centros de cultivo de "
     "salmón de Aysén",
     "En los centros de cultivo de salmón del Atlántico y de trucha arcoíris de la región de "
     "Aysén, el piojo de mar o caligus (Caligus rogercresseyi), un copépodo parásito, causa la "
     "caligidosis: heridas en la piel, estrés, infecciones secundarias y pérdidas de crecimiento. "
     "Los baños con antiparasitarios como el azametifos y la deltametrina y el benzoato de "
     "emamectina en el alimento han perdido eficacia porque el parásito se ha vuelto resistente, "
     "y los productos vertidos al mar preocupan a los pescadores artesanales y a los "
     "mitilicultores de los fiordos. El servicio nacional de pesca y un consorcio de centros de "
     "investigación solicitan apoyo para realizar bioensayos de sensibilidad en cada barrio de "
     "cultivo, ensayar baños de agua dulce desde barcos de servicio, vacunas, dietas funcionales "
     "y peces limpiadores nativos, y coordinar los descansos sanitarios entre empresas vecinas. "
     "La piscirickettsiosis y el uso de antibióticos se tratan en otro programa.",
     ("piojo de mar", "caligidosis", "salmonicultura", "resistencia a antiparasitarios",
      "necesidades"),
     ("CL",), "2024-08"),
    # --- wild oregano -----------------------------------------------------------------------------
    ("gc10", "case-study", "en",
     "Case study: wild oregano gatherers of southern Albania and a harvest plan that let the "
     "slopes recover",
     "Albania is one of the largest exporters of wild-collected medicinal and aromatic plants, "
     "and the oregano (Origanum vulgare subsp. hirtum, the Greek oregano, rigon in Albanian) "
     "gathered on the limestone hills of Gjirokastër, Përmet and Tepelenë is among the most "
     "valuable. When export prices rose, collectors began uprooting whole plants and cutting "
     "before flowering, and traders found thinner stands each year. This case study by a rural "
     "development agency and an agricultural university follows five villages over six seasons "
     "after they adopted a harvest plan: cutting only the upper stems after flowering, resting a "
     "third of the slopes each year, registering collectors, drying in the shade on clean racks "
     "and selling through a village collection point certified for organic wild collection. It "
     "compares plant cover, dried oregano delivered, prices and collectors' incomes with villages "
     "that had no plan. Sage and thyme gathered by the same families, and the goats that graze "
     "the slopes, are discussed only in passing.",
     ("wild oregano", "medicinal and aromatic plants", "wild collection",
      "non-timber forest products", "case studies"),
     ("AL",), "2024-05"),
    ("gc11", "project", "fr",
     "Projet : cultiver le zaatar pour épargner l'origan sauvage des montagnes du Liban",
     "Au Liban, le zaatar désigne à la fois une plante, l'origan de Syrie (Origanum syriacum), et "
     "le mélange de feuilles séchées, de sumac et de sésame que l'on mange chaque matin sur les "
     "galettes. La cueillette commerciale a tant appauvri les populations sauvages du Chouf, du "
     "Akkar et de la Békaa que le ministère de l'agriculture l'a réglementée. Ce projet d'une "
     "coopérative de femmes, d'un institut de recherche agronomique et d'une réserve de biosphère "
     "aide 120 familles à produire des plants à partir de semences locales, à cultiver l'origan "
     "en terrasses et en plein champ, à le récolter, le sécher à l'ombre et le trier, et à vendre "
     "un zaatar tracé, sans feuilles d'autres plantes. Les cueilleuses qui récoltent encore dans "
     "la nature apprennent à couper les tiges sans arracher les racines. Le thym et la sarriette, "
     "vendus eux aussi sous le nom de zaatar, ne sont cités qu'en passant.",
     ("zaatar", "origan", "plantes aromatiques et médicinales", "coopératives de femmes",
      "projets"),
     ("LB",), "2025-02"),
    ("gc12", "dataset", "es",
     "Orégano silvestre en ejidos del semidesierto de Durango: inventarios y aprovechamientos "
     "autorizados, 2012-2024",
     "El orégano mexicano (Lippia graveolens), un arbusto aromático de las zonas áridas que no "
     "pertenece al mismo género que el orégano europeo, se recolecta en el norte de México y se "
     "exporta seco, sobre todo a Estados Unidos. Su aprovechamiento en terrenos forestales "
     "requiere un estudio técnico y una autorización de la autoridad ambiental, que fija cuánto "
     "puede cortarse en cada predio. Este conjunto de datos, reunido por una universidad y la "
     "delegación ambiental del estado con las uniones de productores, reúne los inventarios de "
     "densidad y cobertura del orégano en 86 ejidos de Durango, las cantidades autorizadas y "
     "cosechadas cada año, los precios pagados al recolector, las lluvias de cada temporada y el "
     "rebrote medido en parcelas permanentes después del corte. Permite comparar el corte con "
     "tijera, que deja viva la planta, con el arranque de la planta completa. El aceite esencial "
     "y el timol se mencionan solo de paso.",
     ("orégano mexicano", "Lippia graveolens", "productos forestales no maderables", "ejidos",
      "conjuntos de datos"),
     ("MX",), "2025-01"),
    # --- fire blight ------------------------------------------------------------------------------
    ("gc13", "need", "en",
     "Need: stopping fire blight in the wild apple forests and orchards of south-eastern "
     "Kazakhstan",
     "The Tian Shan foothills of south-eastern Kazakhstan are home to the wild apple, Malus "
     "sieversii, the main ancestor of the cultivated apple, and to a fast-growing orchard sector "
     "around Almaty. Fire blight, a bacterial disease caused by Erwinia amylovora that blackens "
     "blossoms and bends young shoots into a shepherd's crook, and can kill young trees within a "
     "season, was confirmed in the region's orchards around 2010 and has since been found in wild "
     "apple stands of the Trans-Ili and Dzhungar Alatau. A national plant protection institute, "
     "the forestry and wildlife committee and a growers' union ask for support to map infected "
     "stands, train inspectors and growers to recognise cankers and cut them out well below the "
     "symptoms, set up a blossom infection warning system using weather stations, test tolerant "
     "rootstocks and varieties, and control the movement of nursery stock. Codling moth and apple "
     "scab, which growers also fight, are not covered.",
     ("fire blight", "Erwinia amylovora", "wild apples", "orchards", "needs"),
     ("KZ",), "2024-03"),
    ("gc14", "event", "fr",
     "Journée d'information : le feu bactérien dans les vergers de poiriers et de cognassiers du "
     "Valais",
     "Le feu bactérien, causé par la bactérie Erwinia amylovora, est un organisme de quarantaine "
     "en Suisse : les fleurs, les pousses et les fruits des poiriers, des pommiers, des "
     "cognassiers et d'arbustes d'ornement hôtes comme les cotonéasters et l'aubépine noircissent "
     "comme s'ils avaient brûlé, et l'arbre peut mourir. En Valais, les printemps chauds et "
     "humides ont vu apparaître des foyers dans les vergers de poiriers Williams et dans des "
     "jardins privés. Cette journée d'information, organisée à Conthey par l'office cantonal "
     "d'arboriculture, la station fédérale de recherche agronomique et l'association des "
     "arboriculteurs, présentera la situation, le modèle de prévision des infections pendant la "
     "floraison, les variétés peu sensibles, les produits qui remplacent la streptomycine, "
     "désormais interdite, la taille d'assainissement, la désinfection des outils et l'obligation "
     "d'annoncer tout foyer à la commune. Les apiculteurs sont invités, car les abeilles peuvent "
     "porter la bactérie de fleur en fleur.",
     ("feu bactérien", "arboriculture fruitière", "poiriers", "organismes de quarantaine",
      "événements"),
     ("CH",), "2025-03"),
    ("gc15", "document", "es",
     "Plan de contingencia ante el fuego bacteriano para los montes de peras y manzanas del Alto "
     "Valle",
     "El Alto Valle del río Negro y del Neuquén concentra la mayor parte de las peras y manzanas "
     "de la Argentina, primer exportador de peras del hemisferio sur, y el país está libre del "
     "fuego bacteriano (Erwinia amylovora), una plaga cuarentenaria que quema flores, brotes y "
     "frutos de perales, manzanos y membrilleros y que ya está presente en otros países "
     "productores. Este plan de contingencia del servicio nacional de sanidad agroalimentaria, "
     "con el instituto nacional de tecnología agropecuaria y la federación de productores de "
     "fruta, explica qué hacer ante una sospecha: cómo reconocer los síntomas y el exudado "
     "bacteriano, tomar y enviar muestras al laboratorio, delimitar la zona del foco, arrancar y "
     "quemar las plantas afectadas, restringir el movimiento de plantas de vivero y de colmenas y "
     "avisar a los mercados compradores. Incluye los requisitos para importar material de "
     "propagación y la vigilancia anual en viveros y montes frutales. La carpocapsa se trata en "
     "otro programa.",
     ("fuego bacteriano", "plagas cuarentenarias", "peras y manzanas", "vigilancia fitosanitaria",
      "guías"),
     ("AR",), "2024-07"),
    # --- capers -----------------------------------------------------------------------------------
    ("gc16", "dataset", "en",
     "Wild caper harvest and trade in Anatolia: collectors, volumes and prices, 2014-2024",
     "Turkey is among the world's largest suppliers of capers, the pickled flower buds of the "
     "caper bush (Capparis spinosa and Capparis ovata), a sprawling, deep-rooted shrub of "
     "roadsides, old walls, field edges and eroded slopes. Almost all Turkish capers are picked "
     "from wild plants by village families, often women and children, every few days from May to "
     "September, and sold in brine to processors who grade and export them. This dataset, "
     "compiled by an agricultural economics institute with the processors' associations, gives by "
     "province the number of pickers, the fresh buds bought, the grades sorted by size from the "
     "smallest nonpareil upwards, the prices paid at collection points, exports by destination, "
     "and the caper berries and shoots sold alongside. Survey data on pickers' working hours, "
     "children's work and injuries from the thorns are included. Trials of cultivated caper "
     "plantations in Osmaniye and Konya are noted only briefly.",
     ("capers", "caper bush", "wild collection", "agricultural trade", "datasets"),
     ("TR",), "2024-10"),
    ("gc17", "case-study", "fr",
     "Étude de cas : les câpres de la région de Safi, du câprier sauvage aux unités de saumurage",
     "Le Maroc est l'un des premiers exportateurs mondiaux de câpres, les boutons floraux du "
     "câprier (Capparis spinosa) cueillis avant l'ouverture de la fleur et conservés en saumure. "
     "Dans la région de Safi et de Youssoufia, le câprier pousse à l'état spontané sur les talus "
     "et les terres pauvres et il est aussi planté en lignes dans les champs de céréales, où il "
     "résiste à la sécheresse. Cette étude de cas d'une école d'agriculture et d'une association "
     "de développement local suit la filière pendant trois saisons : cueillette quotidienne par "
     "les familles, souvent par les femmes et les enfants, vente aux collecteurs, calibrage, "
     "saumurage dans des fûts et exportation vers l'Europe. Elle décrit les prix payés au kilo "
     "selon le calibre, les revenus que les câpres apportent les années de mauvaise récolte de "
     "blé, le travail des enfants pendant les vacances scolaires et les pertes quand les fûts "
     "sont mal salés. Les oliviers de la région ne sont cités qu'en passant.",
     ("câpres", "câprier", "filières agricoles", "agriculture pluviale", "études de cas"),
     ("MA",), "2024-06"),
    ("gc18", "project", "es",
     "Proyecto: recuperar el cultivo de la tàpera, la alcaparra de Mallorca, en los secanos del "
     "Pla",
     "En Mallorca la alcaparra (Capparis spinosa), tàpera en mallorquín, se cultivó durante "
     "siglos en los secanos del Pla y del Migjorn, entre almendros, algarrobos e higueras, y sus "
     "botones encurtidos se exportaban. Con el abandono del campo, la competencia de las "
     "alcaparras importadas y el coste de la recolección a mano, que se repite cada pocos días de "
     "junio a agosto, casi desaparecieron las plantaciones. Este proyecto de una cooperativa "
     "agrícola, del instituto balear de investigación agraria y de un ayuntamiento del Pla ayuda "
     "a 25 agricultores a plantar alcaparreras de variedades locales sin espinas, multiplicadas "
     "por estaquillas y con riego de apoyo el primer año; organiza la recolección, el calibrado y "
     "el encurtido en salmuera y vinagre en una sala común, y promueve una marca de calidad para "
     "las alcaparras y los alcaparrones, que son los frutos. Los muros de piedra seca de las "
     "parcelas se restauran con otro programa.",
     ("alcaparras", "tàpera", "cultivos de secano", "variedades locales", "proyectos"),
     ("ES",), "2025-04"),
    # --- cocoa fermentation -----------------------------------------------------------------------
    ("gc19", "case-study", "en",
     "Case study: heap fermentation and sun drying of cocoa beans in Ghana's Western North Region",
     "Ghana's cocoa earns a premium because most farmers still ferment their beans the "
     "traditional way: the wet beans scooped from freshly opened pods are piled in heaps on "
     "plantain leaves, covered with more leaves, turned after two and four days and left for six, "
     "then spread to dry in the sun on raised mats for a week or more. Fermentation kills the "
     "seed, builds the precursors of chocolate flavour and reduces bitterness; under-fermented "
     "beans look slaty or purple in the cut test and are graded down. This case study by a cocoa "
     "research institute and a licensed buying company follows 300 farmers in Sefwi Wiawso and "
     "Juaboso for two seasons: heap size, days of fermentation, turning, rain during drying, "
     "cut-test results at the buying centres and the bonuses paid for well-fermented beans. It "
     "shows how shortcuts, such as fermenting for three days when cash is short, spread in bad "
     "years. Cadmium and the swollen shoot virus are outside its scope.",
     ("cocoa fermentation", "post-harvest processing", "cocoa quality", "smallholders",
      "case studies"),
     ("GH",), "2024-02"),
    ("gc20", "project", "fr",
     "Projet : fermentation en bacs et séchage sans fumée des fèves de cacao dans le Centre et le "
     "Sud-Ouest du Cameroun",
     "Au Cameroun, une partie des fèves de cacao est encore mal fermentée, ou séchée pendant la "
     "saison des pluies sur des claies au-dessus d'un feu de bois, ce qui leur donne un goût de "
     "fumée que refusent les chocolatiers et fait baisser le prix payé aux producteurs. Ce projet "
     "de l'office de développement du cacao, d'un centre de recherche agronomique et de six "
     "coopératives des régions du Centre et du Sud-Ouest installe des centres de fermentation "
     "communs où les fèves fraîches fermentent six jours dans des bacs en bois, brassées tous les "
     "deux jours, puis sèchent dans des séchoirs solaires couverts ou des séchoirs à air chaud "
     "sans contact avec la fumée. Il forme 1 500 producteurs à la récolte des cabosses mûres, à "
     "l'écabossage et à l'épreuve à la coupe, et met en place une prime à la qualité. La teneur "
     "des fèves en hydrocarbures aromatiques polycycliques est mesurée avant et après.",
     ("fermentation du cacao", "séchage des fèves", "qualité du cacao", "coopératives", "projets"),
     ("CM",), "2024-10"),
    ("gc21", "support-source", "es",
     "Oferta: compra de cacao en baba y asistencia para el beneficio fermentado en San Francisco "
     "de Macorís",
     "En la República Dominicana se distinguen dos calidades de cacao: el Sánchez, que se seca "
     "sin fermentar y se vende a granel, y el Hispaniola, fermentado, mejor pagado por los "
     "chocolateros y los mercados orgánicos. Una asociación de cooperativas cacaoteras de la "
     "provincia Duarte ofrece a los pequeños productores de San Francisco de Macorís comprarles "
     "el cacao en baba, es decir, los granos frescos recién sacados de la mazorca, a un precio "
     "fijado cada semana, para fermentarlo en sus propios centros de beneficio, en cajones "
     "escalonados de madera, y secarlo en secaderos solares y en marquesinas. Ofrece además "
     "capacitación a los socios que prefieran fermentar en su finca: tiempos de fermentación, "
     "volteos, prueba de corte y control de la humedad de los granos, con préstamo de medidores. "
     "La poda y la renovación de los cacaotales forman parte de otro programa.",
     ("beneficio del cacao", "fermentación", "cacao en baba", "cooperativas cacaoteras", "ofertas"),
     ("DO",), "2024-05"),
    # --- larger grain borer -----------------------------------------------------------------------
    ("gc22", "project", "en",
     "Project: fighting the larger grain borer in the maize stores of Tabora and Dodoma",
     "The larger grain borer (Prostephanus truncatus), a small dark beetle from Mexico and "
     "Central America, reached Tanzania in the late 1970s and can turn a third of a family's "
     "stored maize into dust within six months; it also bores into dried cassava chips and into "
     "the wooden frames of granaries. Unlike the common maize weevils, it thrives in maize kept "
     "on the cob, the way most farmers of Tabora and Dodoma store their harvest. This project of "
     "an agricultural research institute, the plant health services and district councils trains "
     "village extension officers and farmers to shell and dry maize before storage, to keep it in "
     "hermetic bags or metal silos, to use approved grain protectants at the right dose instead "
     "of cotton sprays, and to recognise the borer's tunnels and fine dust. It also monitors the "
     "beetle with pheromone traps and releases Teretrius nigrescens, a predatory beetle from its "
     "home range.",
     ("larger grain borer", "Prostephanus truncatus", "post-harvest losses", "maize storage",
      "projects"),
     ("TZ",), "2024-06"),
    ("gc23", "need", "fr",
     "Besoin : protéger le maïs et les cossettes de manioc des greniers togolais contre le grand "
     "capucin",
     "Le grand capucin du maïs (Prostephanus truncatus), un petit coléoptère originaire "
     "d'Amérique centrale, a été signalé en Afrique de l'Ouest pour la première fois au Togo au "
     "début des années 1980 et reste le pire ravageur des stocks paysans : il perce les grains du "
     "maïs conservé en épis et les cossettes de manioc séchées, qu'il réduit en farine en "
     "quelques mois. Dans les régions des Plateaux et Centrale, les pertes dépassent souvent le "
     "quart des stocks, et faute de mieux des paysans traitent leurs greniers avec des "
     "insecticides du coton ou des comprimés de phosphure d'aluminium, dangereux dans les "
     "maisons. L'institut de recherche agronomique et la direction de la protection des végétaux "
     "demandent un appui pour relancer l'élevage et les lâchers de son prédateur, Teretrius "
     "nigrescens, suivre le ravageur par piégeage, équiper 200 groupements en sacs hermétiques et "
     "former les agents au stockage du maïs égrené et bien séché.",
     ("grand capucin du maïs", "stockage des récoltes", "pertes après récolte",
      "protection des végétaux", "besoins"),
     ("TG",), "2024-04"),
    ("gc24", "document", "es",
     "Guía: el barrenador grande de los granos en el maíz almacenado del oriente de Guatemala",
     "El barrenador grande de los granos (Prostephanus truncatus), que los agricultores llaman "
     "gorgojo barrenador, es nativo de México y Centroamérica y hace más daño que el gorgojo "
     "común del maíz, porque perfora las mazorcas con tuza y los granos duros y deja un polvo "
     "fino en el fondo de las trojas. Esta guía del ministerio de agricultura y de un programa "
     "regional de poscosecha, escrita para extensionistas y familias productoras de Chiquimula, "
     "Jutiapa y Jalapa, explica cómo distinguirlo de otros insectos de almacén, cuándo cosechar, "
     "cómo secar y desgranar el maíz, cómo limpiar la troja y eliminar los restos de la cosecha "
     "anterior, cómo usar bien los silos metálicos y las bolsas herméticas y qué hacer si aparece "
     "en el frijol o en la yuca seca. Advierte contra el uso de pastillas de fosfina dentro de "
     "las viviendas y contra los plaguicidas no autorizados para granos.",
     ("barrenador grande de los granos", "maíz almacenado", "poscosecha", "silos metálicos",
      "guías"),
     ("GT",), "2023-11"),
    # --- footrot in sheep -------------------------------------------------------------------------
    ("gc25", "document", "en",
     "Footrot in fine-wool sheep: a guide for Merino farmers in the high country",
     "Footrot is a contagious disease of the feet of sheep and goats caused by the bacterium "
     "Dichelobacter nodosus, which separates the horn of the hoof from the tissue beneath and "
     "leaves animals lame, losing condition and growing less and weaker wool. Merino sheep are "
     "especially susceptible, and outbreaks spread fastest in warm, wet springs on lush pasture. "
     "This guide by a wool growers' organisation and a veterinary faculty, written for the "
     "high-country farms of Canterbury and Otago, explains how to recognise and score footrot, "
     "how to tell it from scald and foot abscess, and how to control it: regular inspection and "
     "careful trimming, footbaths with zinc sulphate, targeted antibiotic treatment, vaccination "
     "before high-risk periods, culling of chronic carriers, keeping bought-in sheep apart, and "
     "choosing rams from bloodlines that resist the disease. A chapter explains how some farms "
     "have eradicated footrot during dry summers. Flystrike and shearing injuries are covered in "
     "other guides.",
     ("footrot", "sheep", "Merino", "animal health", "guidance"),
     ("NZ",), "2024-09"),
    ("gc26", "event", "fr",
     "Journée technique : le piétin des brebis laitières du rayon de Roquefort",
     "Le piétin, une maladie contagieuse du pied des ovins due à la bactérie Dichelobacter "
     "nodosus, provoque des boiteries, une baisse de la production de lait et des réformes "
     "précoces. Dans les élevages de brebis laitières de l'Aveyron et des départements voisins "
     "qui livrent le lait destiné au roquefort, les hivers en bergerie sur litière humide et les "
     "achats de béliers entretiennent la maladie. Cette journée technique, organisée à Millau par "
     "le groupement de défense sanitaire, l'organisme de sélection de la race Lacaune et un lycée "
     "agricole, présentera le plan collectif de lutte : examen et notation des pieds, parage "
     "raisonné, pédiluves au sulfate de zinc plutôt qu'au formol, vaccination, quarantaine des "
     "animaux achetés, réforme des brebis atteintes de façon chronique et sélection de béliers "
     "résistants. Un atelier pratique de parage aura lieu dans la bergerie de la ferme du lycée. "
     "La fièvre catarrhale, qui fait aussi boiter les brebis, ne sera abordée qu'en passant.",
     ("piétin", "brebis laitières", "boiteries", "santé animale", "événements"),
     ("FR",), "2025-10"),
    ("gc27", "case-study", "es",
     "Estudio de caso: erradicar el pietín de las majadas en establecimientos ovejeros de Salto y "
     "Artigas",
     "El pietín o pedero es una enfermedad contagiosa de las pezuñas de los ovinos causada por la "
     "bacteria Dichelobacter nodosus, que aparece sobre todo en inviernos y primaveras lluviosos "
     "y obliga a los animales a pastorear de rodillas. En los campos de basalto del norte del "
     "Uruguay, donde se crían Merino y Corriedale para lana, es una de las principales causas de "
     "pérdida de peso, de lana y de corderos. Este estudio de caso del secretariado de la lana y "
     "del instituto de investigación agropecuaria sigue a doce establecimientos de Salto y "
     "Artigas que aplicaron durante tres años un programa de erradicación: revisación y "
     "despezuñado de toda la majada, pediluvios con sulfato de zinc, antibióticos a los casos, "
     "traslado de los animales sanos a potreros limpios, venta de los que no curaron y control de "
     "los carneros comprados. Compara costos, lana esquilada y señalada de corderos con vecinos "
     "que solo trataban los casos. La sarna y la esquila se mencionan de paso.",
     ("pietín", "ovinos", "sanidad animal", "producción de lana", "estudios de caso"),
     ("UY",), "2024-11"),
    # --- fish silage ------------------------------------------------------------------------------
    ("gc28", "need", "en",
     "Need: turning tuna processing by-products into fish silage for farmers around General "
     "Santos",
     "General Santos City, in southern Mindanao, lands and processes much of the Philippines' "
     "tuna. Canneries and loining plants leave heads, bones, viscera and blood, and small "
     "processors and fish port traders often dump them or sell them cheaply to fishmeal plants "
     "whose smell the neighbours complain of. Fish silage, made by mincing fish waste and mixing "
     "it with formic acid, or with molasses and lactic acid bacteria, so that it liquefies and "
     "keeps for months without refrigeration, could supply a protein feed for the pigs, poultry "
     "and tilapia ponds of nearby farms. The city agriculture office, a fisheries university and "
     "a federation of small processors ask for support to test silage recipes and their safety, "
     "buy mincers and acid-resistant tanks for two pilot units, train processors and farmers, and "
     "set standards for selling silage as feed. The wastewater of the large canneries is dealt "
     "with separately.",
     ("fish silage", "fish processing by-products", "animal feed", "tuna", "needs"),
     ("PH",), "2024-07"),
    ("gc29", "support-source", "fr",
     "Offre : ensilage de poisson pour valoriser les déchets du débarquement artisanal de "
     "Nouadhibou",
     "À Nouadhibou, les pirogues de la pêche artisanale débarquent chaque jour des tonnes de "
     "poisson, et les têtes, les viscères, les arêtes et les poissons abîmés finissent souvent "
     "sur la plage ou dans les usines de farine de poisson. L'ensilage de poisson permet d'en "
     "faire un aliment liquide pour le bétail et les volailles : les déchets sont broyés, "
     "mélangés à de l'acide formique ou à de la mélasse et à des ferments lactiques, puis stockés "
     "en fûts où ils se liquéfient et se conservent plusieurs mois sans froid. Un institut de "
     "recherche océanographique et des pêches, avec l'office national d'inspection sanitaire des "
     "produits de la pêche, offre aux coopératives de mareyeuses et de transformatrices une "
     "formation de cinq jours, un broyeur et des fûts pour démarrer, des analyses gratuites de "
     "l'ensilage pendant un an et une mise en relation avec des éleveurs de chèvres et de poulets "
     "de la région. Le séchage et le salage du poisson ne font pas partie de l'offre.",
     ("ensilage de poisson", "déchets de la pêche", "alimentation animale", "pêche artisanale",
      "offres"),
     ("MR",), "2024-12"),
    ("gc30", "project", "es",
     "Proyecto: ensilado biológico de residuos de pota y de pescado para criar cerdos, pollos y "
     "cuyes en Paita",
     "En Paita y Sechura, en Piura, las plantas que procesan pota (Dosidicus gigas) y los "
     "desembarcaderos artesanales generan cada día toneladas de vísceras, pieles, cabezas y "
     "pescado de descarte que terminan en botaderos o en el mar. Este proyecto de una universidad "
     "nacional, del instituto tecnológico de la producción y de dos asociaciones de productores "
     "pecuarios elabora ensilado biológico de pescado: los residuos se muelen y se fermentan con "
     "melaza y bacterias lácticas en cilindros cerrados, donde en pocos días se vuelven una pasta "
     "ácida que se conserva sin refrigeración. El ensilado se mezcla con afrecho y harina de maíz "
     "para alimentar cerdos, pollos y cuyes de familias de la zona, y se comparan su costo y el "
     "peso de los animales con los de dietas con harina de pescado. El proyecto mide también los "
     "olores, la calidad microbiológica y la reducción de residuos en la playa. La pesca "
     "industrial de anchoveta se menciona solo de paso.",
     ("ensilado de pescado", "residuos pesqueros", "pota", "alimentación animal", "proyectos"),
     ("PE",), "2025-02"),
)  # fmt: skip
