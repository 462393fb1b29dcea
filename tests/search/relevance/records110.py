"""Clearing-house records of the hundred-and-tenth judged relevance set
(tests/search/relevance/queries110.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: food safety and chemicals
pages on potassium bromate in bread (how India took the flour improver out of its loaves after
the 2016 Delhi tests; a need to control the bromate de potassium, E924, of the boulangeries of
Douala and Yaoundé in Cameroon; a dataset of the bromato de potasio found in the pan francés and
the pan chuta of Lima and Cusco in Peru); health pages on konzo, the paralysis caused by the
cyanide of badly processed bitter cassava (the wetting method against mantakassa in Nampula,
Mozambique; twenty years of the fight against konzo and the intoxication cyanhydrique by the
manioc amer at Kahemba, in the Kwango of the Democratic Republic of the Congo; a guide to
preparing the yuca amarga safely, from the sebucán to the casabe, in the Amazonas state of
Venezuela); chemicals and drinking-water pages on perchlorate (the plume of the Henderson plants
in the Las Vegas Wash and Lake Mead; the perchlorates of the shells of the Great War in the tap
water of the Nord and the Pas-de-Calais; a need to measure the perclorato of the caliche in the
drinking water and fertilisers of northern Chile); chemicals and agriculture pages on cadmium in
phosphate fertilisers (the pasture soils of New Zealand under the Tiered Fertiliser Management
System; a French fiche on the cadmium des engrais phosphatés; a need to monitor the cadmio of the
fertilizantes fosfatados and farm soils of Mexico); waste pages on the hair clippings of salons (an
Australian offer to collect hair, foils and colour tubes; a French project that stuffs the
cheveux coupés of coiffeurs into boudins that soak up hydrocarbons; the pelo of the peluquerías
and barberías of Medellín composted and made into barriers against oil spills); pollution pages on
marine seismic surveys (the airgun survey off South Africa's Wild Coast stopped in court; a
dataset of the campagnes sismiques and their canons à air off Senegal and Mauritania; a need to
monitor the exploración sísmica of the Mar Argentino off Mar del Plata); energy pages on solar
irrigation pumps (the solar pumps that water Bangladesh's boro rice; the pompage solaire that
lowers the aquifers of the Saïss and the Souss in Morocco; a need for riego con bombeo solar for
Guaraní families of the Bolivian Chaco); biosafety pages on gene-edited pigs resistant to porcine
reproductive and respiratory syndrome, PRRS (a summary of the 2025 decision of the United States;
an information day on the porcs édités résistants au SDRP for the pig farmers of Québec; the
consultation of Colombia's ICA on cerdos editados against the enfermedad de la oreja azul);
enforcement pages on vehicle emissions tampering (AdBlue emulators and DPF deletes found at the
roadside checks of Great Britain; the défapage detected by the particle counters of Belgium's
contrôle technique; a Spanish guide for talleres on why the anulación of the FAP, the EGR and the
AdBlue is illegal); and transport and energy pages on cargo bikes (parcel deliveries by cargo bike
and electric tricycle in Manhattan; shared vélos-cargos in the towns of French-speaking
Switzerland; electric triciclos de carga for the tricicleros of the Centro Histórico and La Merced
in Mexico City). English, French and Spanish, 10 records each, every topic written once in each
language (different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records109.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (bromate, bromato, potassium bromate, E924, KBrO3, flour
improver, bread improver, améliorant, améliorant de panification, mejorador de harina, mejorador
de masa, panificación, bakery, boulangerie, panadería, bread, pain, harina, farine; konzo,
mantakassa, cassava, manioc, yuca, mandioca, bitter cassava, manioc amer, yuca amarga, cyanide,
cyanure, cianuro, cyanogenic, cyanogène, cianogénico, linamarin, linamarine, linamarina,
thiocyanate, tiocianato, rouissage, cossettes, chikwangue, casabe, sebucán, wetting method;
perchlorate, perchlorates, perclorato, caliche, salitre, Chilean nitrate, Taltal, Antofagasta,
Lake Mead, Las Vegas, Henderson, rocket, fusée, cohete, Grande Guerre, obus, nourrissons,
infant formula; cadmium, cadmio, phosphate fertiliser, engrais phosphatés, fertilizantes
fosfatados, phosphate rock, roche phosphatée, roca fosfórica, superphosphate, superfosfato,
décadmiation; hair, cheveux, cabello, pelo, hair clippings, cut hair, hair boom, hairdresser,
coiffeur, coiffure, salon de coiffure, peluquería, barbería, barber, absorbent, absorbant, boudin,
barrera absorbente; seismic, sismique, sísmico, seismic survey, campagne sismique, prospection
sismique, exploración sísmica, airgun, canon à air, cañón de aire, underwater noise, bruit
sous-marin, ruido submarino, Wild Coast, Sangomar, Mar del Plata, offshore exploration; solar
pump, solar irrigation, solar-powered irrigation, SPIS, pompe solaire, pompage solaire,
irrigation solaire, bomba solar, bombeo solar, riego solar, diesel pump, motopompe, motobomba,
irrigation pump, tube well; PRRS, SDRP, blue-ear, oreille bleue, oreja azul, CD163, porcine
reproductive and respiratory syndrome, syndrome dysgénésique, síndrome reproductivo y
respiratorio porcino, gene-edited pig, porc édité, cerdo editado, GalSafe, Enviropig, genome
editing, édition du génome, edición génica, CRISPR; tampering, defeat device, dieselgate, AdBlue,
emulator, émulateur, emulador, DPF, FAP, défapage, particulate filter, filtre à particules,
filtro antipartículas, EGR, recirculación de gases, contrôle technique, inspección técnica, ITV,
verificación vehicular, roadworthiness, Euro VI; cargo bike, cargo cycle, bakfiets, longtail,
box bike, vélo-cargo, biporteur, triporteur, bicicleta de carga, triciclo, triciclo de carga,
triciclero, diablero, bike-share, vélos en libre-service, bicicletas compartidas). Screened and
dropped as covered: methanol in illicit liquor (bc16-bc18), ciguatera (cv04-cv06), keratin hair
smoothing (cl01-cl03), lead in kohl and surma (bg22-bg24), lead-glazed pottery (bd13-bd15),
Legionella in cooling towers (bp16-bp18), the take-back of unused medicines (bc25-bc27), crop and
sugarcane burning (bm22-bm24), chewing gum litter (cx19, cx20), the smuggled petrol called kpayo
(ca08), Bt cowpea (bd19-bd21), wind turbine blades (bh10-bh12), solar water heaters (cf04-cf06),
used oil re-refining (x28-x30), radon (bz07-bz09), the perchloroethylene of dry cleaners (k29),
empty pesticide containers (n08, n09), micro-hydro (cl16-cl18), electric and induction cooking
(cl19-cl21), urban cycling and cycle lanes (cl22-cl24), shared e-scooters (ct16-ct18), sulphur
and scrubbers in ship exhaust (cb28-cb30), the underwater noise of shipping (w14), vehicle
emissions testing (dl10-dl12), genetically modified livestock (cl04-cl06), genome editing
(q25-q27), waste heat and industrial symbiosis (cb25-cb27, cn04, cn05), cadmium in cocoa
(v34-v36), phosphogypsum (bd16-bd18) and the Basel plastic waste amendments (n17), besides the
topics of sets 42 to 109 and those their docstrings list as covered, and the biodiversity topics
left to set 111; screened with no or passing hits but not chosen: gas stoves and indoor nitrogen
dioxide (next to the induction cookers of cl21), sewage heat recovery (next to the waste heat
pages), thunderstorm asthma (no hit), perchlorate's neighbour 1,4-dioxane (no hit), mad honey (no
hit), the Port State Measures Agreement (next to the illegal fishing pages of records38),
greenwashing (named by the carbon label pages of records106), Guinea worm (no page) and
smokeless tobacco (no hit).

The nearest are judged 1: the confined trial of a genetically modified yuca that accumulates less
linamarin in its roots, to reduce the cyanide poisonings of families who eat it without enough
soaking (bc15, Valle del Cauca, Colombia), judged 1 to the cassava cyanide queries (not to the
konzo and mantakassa queries: it names no paralysis); and the dataset of the Sleipner carbon
storage site, whose title names the repeated 4D seismic surveys of the North Sea seabed (cf10,
Norway), judged 1 to the marine seismic survey queries that ask for no exploration, no airguns,
no record type and no country it lacks. All the other hits are passing or about other things: the
GM cassava decisions and needs against brown streak disease (bc13, bc14), the cassava named as a
crop, as a binder or beside sweet potato cossettes (di22, dk28, df04, dq17 and others), and the
molecule page of the golden files that names cyanogenic compounds in millipedes; the
perchloroethylene of the dry-cleaning, toolkit and vapour intrusion pages (k28-k30, dd01) and the
munitions of the Paardenmarkt (records52); the cadmium of cocoa, food, toys, solar modules and
smelters (v34-v36, q40, q42 and others), the phosphogypsum stacks (bd16-bd18) and the Moroccan
engrais phosphatés of the chemical industry guide (records58); the hair of the mercury
biomonitoring pages, the hairdressers of the keratin smoothing pages (cl01-cl03) and the hair
traps of the wildlife pages; the In Salah case study, whose microsismique and sismique 3D watched
a CO2 store under the Sahara (cf11), the underwater noise pages (w14 and the pile-driving, whale
and dolphin pages of records31, records83, records86 and records93) and the cálculo sísmico of
earthquake-proof houses (records68); the solar pumps of the Hwange waterholes and of the
Pendjari water points for wildlife (du25, du26), no irrigation, and the irrigation pumps run by
the agrivoltaic pilots of East Africa and Chile (bu19, bu21); the GalSafe pigs, the Enviropig and
the gene-edited cattle of Argentina (cl04-cl06), which are not resistant to PRRS, and the genome
editing pages (q25-q27); the vehicle emission tests (dl10-dl12) and the tampered electricity meters
of the izinyoka pages (records94); and the bicycles of the cycle lane, bike-share and e-scooter
pages (cl22-cl24, ct16-ct18), the sail cargo ships (cj19-cj21) and the longtail, which is Bermuda's
tropicbird (ek04).

records111.py (ids em..), written at the same time by another engineer on biodiversity topics, is
not part of this set's pool, and no query of this set was judged against it.

Traps: the ozonated drinking water, pav and pizza bread and the potassium iodate of el01; the
beignets and the bâtons de manioc of el02 (0 to cassava); the salt and trans fats of el03; the
cassava brown streak virus of el04 (0 to GM cassava); the pondu, the chikwangue and the traders
from Angola of el05; the illegal gold mining and the mercury in fish of
el06 (0 to mercury); the fireworks, flares, chromium, ammonia and winter lettuce of el07; the
shells, chemical munitions and demining of el08 (0 to dumped munitions); the salitre and the
arsenic of el09 (0 to arsenic); the Christmas Island phosphate, the sheep kidneys and the
fluorine of el10; the sewage sludge and nitrates of el11 (0 to sewage sludge); the cacao of
Tabasco, the agave and the irrigation districts of Sonora and Sinaloa of el12 (0 to cadmium in
cocoa); the oil spills, stormwater drains and compost of el13; the formaldehyde of the lissage
salons of el14 (0 to keratin smoothing); the recicladores de oficio, the relleno sanitario and the
wigs of el15 (0 to waste pickers); the sardine run, the whales and the Karoo gas drilling of el16
(0 to fracking); the sardinelles, the thiofs and the torchères of el17 (0 to gas flaring); the
ballena franca austral and the offshore wind farms of el18 (0 to offshore wind); the arsenic and
the diesel of el19; the gaz butane, the goutte-à-goutte and the khettaras of el20 (0 to drip
irrigation and khettaras); the atajados and goats of el21; the feral hogs and the Cartagena
Protocol of el22; the Enviropig and the export markets of el23 (0 to GM livestock); the African
swine fever of el24 (0 to African swine fever); the Euro VI approval, the Volkswagen scandal
and the annual inspection of el25 (0 to vehicle inspection); the zones de basses émissions of el26
(0 to low emission zones); the etiqueta ambiental and the zonas de bajas emisiones of el27; the
lithium-ion battery fires and the food delivery riders of el28 (0 to battery fires); the vélos en
libre-service and the trottinettes of el29 (0 to bike-share and e-scooters); and the bicitaxis,
the diableros and the ambulantes of el30. For the country and exclusion queries: el01 names only
India; el02 only Cameroon; el03 only Peru; el04 only Mozambique; el05 the Democratic Republic of
the Congo (and Angola as the origin of cassava traders); el06 Venezuela (and Africa, unnamed
countries, for konzo); el07 only the United States; el08 only France; el09 only Chile; el10 New
Zealand (and Nauru and Christmas Island as the sources of phosphate rock); el11 only France (and
the European Union's regulation); el12 only Mexico (and Europe as a cocoa market); el13 only
Australia; el14 only France; el15 only Colombia; el16 only South Africa; el17 Senegal and
Mauritania; el18 only Argentina; el19 only Bangladesh; el20 only Morocco; el21 only Bolivia; el22
only the United States; el23 Canada (and Japan and the European Union as export markets); el24
only Colombia; el25 only the United Kingdom (Great Britain); el26 only Belgium; el27 only Spain;
el28 only the United States; el29 only Switzerland; el30 only Mexico.

Ids (el01..el30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
ej01..ej30, ek01..ek30), and no earlier id starts with "el".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- potassium bromate in bread ---------------------------------------------------------------
    ("el01", "case-study", "en",
     "Taking potassium bromate out of the loaf: how India banned a bread additive after the 2016 "
     "Delhi tests",
     "Potassium bromate (E924) was for decades a cheap flour improver: a few parts per million in "
     "the dough strengthen the gluten, so that sliced bread, pav and buns rise high and come out "
     "white and soft. It is classed as a possible human carcinogen, and residues stay in the "
     "bread when too much is used or the baking is short. In 2016 an independent laboratory in "
     "New Delhi tested 38 popular brands of bread, pav, buns and ready-to-eat pizza bread and "
     "found potassium bromate or potassium iodate in most of them. Within weeks the national "
     "food safety authority struck potassium bromate off the list of permitted additives. This "
     "case study follows what came next: reformulation by large bakeries with ascorbic acid and "
     "enzymes, the slower change among small bakeries that buy ready-mixed improvers, rapid test "
     "kits for food safety officers, surveillance results after the ban and the debate over "
     "potassium iodate, which was referred for further study. The bromate formed when drinking "
     "water is ozonated is not covered.",
     ("potassium bromate", "E924", "food additives", "bakeries", "case studies"),
     ("IN",), "2023-11"),
    ("el02", "need", "fr",
     "Besoin : contrôler le bromate de potassium dans le pain des boulangeries de Douala et de "
     "Yaoundé",
     "Au Cameroun, la baguette est le pain de tous les jours, vendue par les boulangeries de "
     "quartier, par les vendeuses au bord des routes et dans les tourne-dos. Le bromate de "
     "potassium (E924), un améliorant de panification interdit parce qu'il est cancérogène "
     "possible, reste pourtant vendu en petits sachets sans étiquette sur les marchés, et des "
     "boulangers l'ajoutent pour que la pâte lève mieux et que le pain soit plus gonflé et plus "
     "blanc. L'agence des normes, avec le ministère du commerce et le laboratoire national "
     "d'analyses, demande un appui pour équiper deux laboratoires d'une méthode de dosage du "
     "bromate et de kits de détection rapide, former les inspecteurs des délégations "
     "régionales, prélever le pain de 300 boulangeries de Douala et de Yaoundé et accompagner "
     "les boulangers vers des améliorants autorisés à base d'acide ascorbique et d'enzymes. Les "
     "farines importées seraient aussi vérifiées au port. Les beignets et les bâtons de manioc "
     "vendus à côté du pain ne sont pas concernés.",
     ("bromate de potassium", "améliorants de panification", "additifs alimentaires",
      "boulangeries", "besoins"),
     ("CM",), "2024-05"),
    ("el03", "dataset", "es",
     "Bromato de potasio en el pan de las panaderías de Lima y Cusco: resultados de muestreo, "
     "2019-2024",
     "En el Perú el bromato de potasio está prohibido como mejorador de harina desde hace más de "
     "dos décadas, pero cada cierto tiempo aparecen en los mercados mejoradores a granel y "
     "premezclas sin rotular que lo contienen. Este conjunto de datos, publicado por la "
     "autoridad sanitaria con un laboratorio universitario, reúne los análisis de 1.240 "
     "muestras de pan francés, pan de yema, pan de molde, panetón y pan chuta tomadas en "
     "panaderías de barrio, panificadoras industriales y puestos de mercado de Lima "
     "Metropolitana, el Callao, Cusco y Oropesa, el pueblo famoso por su pan chuta. Para cada "
     "muestra indica el distrito, el tipo de establecimiento, el resultado de la prueba rápida "
     "con tiras reactivas, la confirmación por cromatografía iónica y la concentración de "
     "bromato, además de las actas de decomiso de mejoradores y las sanciones municipales. Las "
     "muestras positivas bajaron del 11 % en 2019 al 3 % en 2024. La sal y las grasas trans del "
     "pan se analizan en otro conjunto de datos.",
     ("bromato de potasio", "mejoradores de harina", "aditivos alimentarios", "panaderías",
      "inocuidad de los alimentos"),
     ("PE",), "2024-08"),
    # --- konzo and cyanide from bitter cassava ----------------------------------------------------
    ("el04", "project", "en",
     "Stopping konzo in Nampula: the wetting method for cassava flour in Mogovolas, Memba and "
     "Eráti",
     "Konzo, called mantakassa in northern Mozambique, is a paralysis of the legs that strikes "
     "suddenly, mostly children and young women, in families who live almost entirely on bitter "
     "cassava. The roots contain linamarin, which releases cyanide; when drought or hunger "
     "shortens the sun-drying and heap fermentation that normally remove it, the flour stays "
     "toxic and, with too little protein in the diet, the damage to the nerves cannot be "
     "undone. This project, run by the provincial health directorate with a university and "
     "community health workers in Mogovolas, Memba and Eráti districts, teaches women the "
     "wetting method: the flour is mixed with water, spread thinly on a mat in the shade for "
     "five hours and then cooked, so that most of the cyanide escapes as gas. It hands out "
     "picrate paper kits to test flour and urine, records new cases, provides wheelchairs and "
     "physiotherapy, and works with extension officers on low-cyanide cassava varieties. The "
     "cassava brown streak virus that rots roots in the same fields is followed by plant health "
     "teams.",
     ("konzo", "mantakassa", "cassava", "cyanide poisoning", "food safety"),
     ("MZ",), "2024-04"),
    ("el05", "case-study", "fr",
     "Le konzo à Kahemba : vingt ans de lutte contre l'intoxication cyanhydrique par le manioc "
     "amer au Kwango",
     "Dans le territoire de Kahemba, au Kwango, le konzo frappe chaque année des dizaines "
     "d'enfants et de femmes : une paralysie soudaine et définitive des jambes, due à la "
     "consommation prolongée de farine de manioc amer mal débarrassée de ses composés "
     "cyanogènes. Le rouissage des tubercules dans l'eau pendant trois ou quatre jours, puis le "
     "séchage des cossettes, rend d'ordinaire le manioc sans danger ; mais quand les familles "
     "vendent leur manioc aux commerçants venus d'Angola ou manquent de temps pendant les "
     "semis, elles raccourcissent le rouissage. Cette étude de cas, rédigée par l'institut "
     "national de recherche biomédicale avec une ONG médicale, retrace les épidémies depuis les "
     "années 1990, les enquêtes dans les villages, le dosage du thiocyanate urinaire, l'appui "
     "nutritionnel, l'apprentissage de la méthode de mouillage de la farine et la rééducation "
     "des malades. Elle montre que les progrès n'ont tenu que là où des mères ont été formées et "
     "payées comme relais. La chikwangue et les feuilles de manioc, le pondu, sont décrites "
     "comme aliments.",
     ("konzo", "manioc amer", "intoxication cyanhydrique", "sécurité sanitaire des aliments",
      "études de cas"),
     ("CD",), "2023-10"),
    ("el06", "document", "es",
     "Guía para preparar sin riesgo la yuca amarga en las comunidades del Amazonas venezolano: "
     "del sebucán al casabe",
     "En el estado Amazonas de Venezuela los pueblos yekuana, piaroa, baniva y curripaco siembran "
     "en sus conucos la yuca amarga, cuyas raíces liberan ácido cianhídrico y no pueden comerse "
     "crudas. Con ella hacen el casabe y el mañoco, y de generación en generación han mantenido "
     "el proceso que la vuelve segura: rallar, exprimir la masa en el sebucán, hervir durante "
     "horas el yare, el jugo venenoso, antes de usarlo en la catara, y tostar. Esta guía, "
     "preparada por la dirección regional de salud con organizaciones indígenas y una "
     "universidad, explica con dibujos por qué no deben acortarse esos pasos, cómo reconocer una "
     "intoxicación aguda por cianuro (vómitos, mareo, dificultad para respirar) y qué hacer, y "
     "recuerda que en África el consumo prolongado de harina de yuca mal procesada causa el "
     "konzo, una parálisis de las piernas. Incluye un cuadro para distinguir la yuca dulce de la "
     "amarga y consejos para los niños. La minería ilegal de oro y el "
     "mercurio en el pescado se tratan en otra guía.",
     ("yuca amarga", "cianuro", "casabe", "seguridad alimentaria", "pueblos indígenas", "guías"),
     ("VE",), "2024-01"),
    # --- perchlorate in drinking water ------------------------------------------------------------
    ("el07", "dataset", "en",
     "Perchlorate in the Las Vegas Wash and Lake Mead: groundwater treatment and river "
     "monitoring at Henderson, 1998-2024",
     "Perchlorate, a salt used in rocket propellant, fireworks, road flares and explosives, "
     "blocks the uptake of iodine by the thyroid and is of most concern for pregnant women and "
     "infants. In 1997 new laboratory methods found it in the lower Colorado River, which "
     "supplies drinking water to some 25 million people and irrigates winter lettuce. The source "
     "was groundwater beneath two former ammonium perchlorate plants at Henderson, Nevada, "
     "seeping into the Las Vegas Wash and on into Lake Mead. This dataset, compiled by the state "
     "environmental agency, holds monthly perchlorate concentrations in the extraction wells, "
     "the treatment plant, the wash, the Lake Mead intakes and the river below Hoover Dam, with "
     "the pounds removed each day by the ion exchange and biological treatment systems. "
     "Concentrations in the lake have fallen from over 20 micrograms per litre to near the "
     "detection limit. Notes explain the state and federal debates over a drinking-water "
     "standard. The chromium and ammonia of the same plume are recorded in a separate file.",
     ("perchlorate", "drinking water", "groundwater remediation", "Colorado River", "thyroid"),
     ("US",), "2024-02"),
    ("el08", "case-study", "fr",
     "Les perchlorates de la Grande Guerre dans l'eau du robinet du Nord et du Pas-de-Calais : "
     "restrictions pour les nourrissons et solutions",
     "En 2011 et 2012, des analyses ont révélé des ions perchlorate dans l'eau distribuée par de "
     "nombreuses communes du Nord, du Pas-de-Calais et de la Somme, le long de l'ancienne ligne "
     "de front. L'origine la plus probable est la décomposition des millions d'obus et "
     "d'explosifs tirés, stockés ou détruits entre 1914 et 1918, peut-être aussi de vieux "
     "engrais au nitrate de sodium naturel. Les perchlorates gênent la fixation de l'iode par la "
     "thyroïde ; l'agence régionale de santé a donc recommandé de ne pas utiliser l'eau du "
     "robinet pour préparer les biberons des nourrissons de moins de six mois dans les communes "
     "dépassant 4 microgrammes par litre, et aux femmes enceintes d'en limiter la consommation "
     "au-delà de 15. Cette étude de cas retrace l'information des familles et des maternités, la "
     "distribution d'eau en bouteille, les interconnexions de réseaux, le traitement par résines "
     "échangeuses d'ions et la surveillance des captages. Les munitions chimiques et le "
     "déminage, confiés à d'autres services, ne sont qu'évoqués.",
     ("perchlorates", "eau potable", "munitions", "nourrissons", "études de cas"),
     ("FR",), "2023-06"),
    ("el09", "need", "es",
     "Necesidad: medir el perclorato en el agua potable y en los fertilizantes del Norte Grande "
     "de Chile",
     "Los yacimientos de caliche del desierto de Atacama, de los que se extrae el salitre, "
     "contienen de forma natural perclorato, una sal que interfiere con la captación de yodo "
     "por la tiroides. En las regiones de Tarapacá y Antofagasta, pozos y vertientes que "
     "abastecen a localidades como Pozo Almonte, María Elena y Taltal pueden llevar perclorato "
     "disuelto, y el nitrato de sodio que se exporta como fertilizante lo contiene en "
     "concentraciones que los compradores exigen controlar. La autoridad sanitaria regional, con "
     "una universidad del norte y la superintendencia de servicios sanitarios, solicita apoyo "
     "para equipar un laboratorio con cromatografía iónica acoplada a espectrometría de masas, "
     "formar a su personal, muestrear durante dos años el agua de 60 sistemas de agua potable "
     "rurales y urbanos, medir la yodación de la sal y el yodo urinario de embarazadas, y "
     "proponer un valor guía nacional. El arsénico del agua de Antofagasta, que ya tiene un "
     "programa de larga data, se menciona solo porque compartiría el laboratorio.",
     ("perclorato", "agua potable", "salitre", "fertilizantes", "necesidades"),
     ("CL",), "2024-10"),
    # --- cadmium in phosphate fertilisers ---------------------------------------------------------
    ("el10", "dataset", "en",
     "Cadmium in New Zealand farm soils from phosphate fertiliser: soil survey and fertiliser "
     "testing, 2007-2023",
     "Decades of superphosphate made from the cadmium-rich phosphate rock of Nauru and Christmas "
     "Island left this toxic metal building up in New Zealand's pastoral soils, above all on "
     "dairy farms. Since 2011 the fertiliser industry and regional councils have followed the "
     "Tiered Fertiliser Management System, which caps the cadmium content of the phosphate "
     "fertilisers sold, tests soils and asks farmers on more contaminated land to limit their "
     "phosphate applications. This dataset brings together cadmium concentrations in about "
     "3,000 topsoil samples by region, land use and fertiliser history, the cadmium declared for "
     "each batch of phosphate fertiliser sold by the two main manufacturers, and the share of "
     "farms in each tier. It shows the rise slowing after the limits were tightened. Notes "
     "explain the links with food: wheat, potatoes and leafy vegetables take up cadmium, and the "
     "kidneys and livers of older sheep are kept off the market. The fluorine of the same "
     "fertilisers is documented separately.",
     ("cadmium", "phosphate fertilisers", "soil contamination", "pastures", "food safety"),
     ("NZ",), "2024-03"),
    ("el11", "document", "fr",
     "Fiche : le cadmium des engrais phosphatés, ce que les agriculteurs peuvent faire",
     "Le cadmium qui s'accumule dans les sols cultivés vient surtout des engrais phosphatés, "
     "fabriqués à partir de roches sédimentaires parfois très riches en ce métal. Il passe "
     "ensuite dans le blé, les pommes de terre et les légumes, et l'alimentation est la première "
     "source d'exposition de la population, y compris des enfants, chez qui les agences "
     "sanitaires jugent l'exposition trop élevée. Cette fiche, éditée par une chambre "
     "d'agriculture avec un institut technique, explique le règlement européen sur les "
     "fertilisants, qui limite depuis 2022 le cadmium à 60 mg par kg d'anhydride phosphorique, "
     "la mention « faible teneur en cadmium » et la différence entre les phosphates d'origine "
     "sédimentaire et ceux, plus pauvres en cadmium, des roches ignées. Elle conseille de "
     "raisonner la fumure à partir des analyses de terre, de chauler les sols acides, où le "
     "cadmium est plus mobile, de préférer les engrais décadmiés ou les effluents d'élevage "
     "analysés et de vérifier les boues d'épuration épandues. Les nitrates font l'objet d'une "
     "autre fiche.",
     ("cadmium", "engrais phosphatés", "sols agricoles", "sécurité sanitaire des aliments",
      "fiches"),
     ("FR",), "2025-01"),
    ("el12", "need", "es",
     "Necesidad: vigilar el cadmio de los fertilizantes fosfatados y de los suelos agrícolas de "
     "México",
     "México extrae roca fosfórica en San Juan de la Costa, Baja California Sur, e importa fosfato "
     "diamónico, superfosfato triple y otros fertilizantes fosfatados, pero la norma nacional no "
     "fija un límite para el cadmio que contienen. Ese metal pesado se acumula en los suelos que "
     "se fertilizan año tras año y pasa al trigo, al maíz y a las hortalizas de exportación. La "
     "dirección de sanidad vegetal, con el instituto nacional de investigaciones agrícolas y dos "
     "universidades, solicita apoyo para analizar el cadmio de 400 lotes de fertilizantes "
     "nacionales e importados, muestrear suelos en distritos de riego de Sonora, Sinaloa, "
     "Guanajuato y Jalisco, formar a los laboratorios en la digestión ácida y la espectrometría "
     "de absorción atómica y redactar con la industria una propuesta de límite máximo. Pide "
     "también conocer la experiencia de los países que ya regulan el cadmio de los "
     "fertilizantes. El cacao de Tabasco, que enfrenta límites de cadmio en Europa, y el agave "
     "se mencionan solo como ejemplos del riesgo comercial.",
     ("cadmio", "fertilizantes fosfatados", "suelos agrícolas", "metales pesados",
      "necesidades"),
     ("MX",), "2024-06"),
    # --- hair clippings from salons ---------------------------------------------------------------
    ("el13", "support-source", "en",
     "Offer: collection of hair clippings, foils and colour tubes for salons joining a recovery "
     "programme",
     "Every day hairdressers and barbers sweep up kilos of cut hair, which in most places goes to "
     "landfill along with foils, colour tubes and used razors, while leftover dye is poured down "
     "the drain. A not-for-profit salon recovery programme in Australia offers member salons in "
     "every state, for a monthly fee, collection bags and pick-ups through existing courier "
     "runs. Hair clippings are made into hair booms, stockings stuffed with hair that soak up "
     "oil and are lent to councils and ports for spills in stormwater drains and harbours, or "
     "are composted; foils and metal tubes go to recyclers, and chemical waste is sent for "
     "treatment instead of the sewer. The offer includes staff training, a certificate to show "
     "clients, monthly reports on what was diverted and advice on saving water and energy at the "
     "basin. Barbershops, mobile hairdressers and training colleges can join, with a discount "
     "for salons in regional towns. Wigs and hair extensions are not accepted.",
     ("hair clippings", "hair salons", "waste recovery", "oil spill booms", "offers"),
     ("AU",), "2024-07"),
    ("el14", "project", "fr",
     "Des cheveux pour dépolluer : la collecte des cheveux coupés dans les salons de coiffure",
     "En France, les salons de coiffure jettent chaque année des milliers de tonnes de cheveux "
     "coupés avec les ordures ménagères. Une association fondée par des coiffeurs organise leur "
     "collecte : les salons adhérents remplissent des sacs qu'un transporteur ramasse, et les "
     "cheveux sont tassés dans des boudins de tissu qui retiennent les hydrocarbures et les "
     "graisses. Ces boudins sont posés dans les ports de plaisance, les stations-service, les "
     "avaloirs d'eaux pluviales et les stations d'épuration, puis incinérés avec les "
     "hydrocarbures captés. Le projet, soutenu par des collectivités et une agence de l'eau, "
     "teste aussi des usages en paillage horticole, en isolant et en renfort de matériaux, avec "
     "un laboratoire qui mesure la capacité d'absorption selon la longueur des cheveux et les "
     "traitements qu'ils ont reçus (colorations, permanentes). Il réunit plusieurs milliers de "
     "salons et de barbiers et sensibilise les apprentis des centres de formation. Les salons "
     "qui pratiquent les lissages au formaldéhyde sont orientés vers d'autres dispositifs.",
     ("cheveux", "salons de coiffure", "déchets", "hydrocarbures", "projets"),
     ("FR",), "2023-09"),
    ("el15", "case-study", "es",
     "El pelo de las peluquerías y barberías de Medellín: de la basura al compost y a las "
     "barreras contra derrames",
     "En el Valle de Aburrá hay miles de peluquerías, salas de belleza y barberías, y el pelo "
     "cortado terminaba en las bolsas de basura que van al relleno sanitario. Este estudio de "
     "caso sigue cuatro años de un programa de la autoridad ambiental metropolitana con una "
     "cooperativa de recicladores de oficio y una asociación de estilistas: 620 "
     "establecimientos separan el cabello en costales, los recicladores los recogen en su ruta y "
     "una planta de compostaje lo mezcla con residuos de poda y de plazas de mercado, porque el "
     "pelo aporta nitrógeno y se degrada despacio. Una parte se empaca en mallas para armar "
     "barreras absorbentes que las empresas de servicios públicos usan ante derrames de aceite "
     "en quebradas y canales. El estudio analiza los costos, el pago a los recicladores, el "
     "rechazo de algunos agricultores al compost con pelo y los tintes y químicos que quedan en "
     "el cabello. Las trenzas que se donan para pelucas de pacientes con cáncer siguen otro "
     "circuito.",
     ("cabello", "peluquerías", "compostaje", "recicladores", "estudios de caso"),
     ("CO",), "2024-03"),
    # --- marine seismic surveys -------------------------------------------------------------------
    ("el16", "case-study", "en",
     "Seismic blasting off the Wild Coast: how fishing communities stopped a 3D survey in court",
     "In late 2021 an oil company began a 3D seismic survey for oil and gas over 6,000 square "
     "kilometres of ocean off South Africa's Wild Coast, where a ship towing arrays of airguns "
     "fires loud pulses of sound every ten seconds or so, day and night, for months. Small-scale "
     "fishers, amaMpondo communities and environmental groups went to the High Court in "
     "Makhanda, arguing that the exploration right had been granted without consulting the "
     "communities whose livelihoods, customs and spiritual ties depend on the sea, and that the "
     "effects on whales, dolphins, turtles, fish eggs and larvae and the sardine run had not "
     "been assessed. The court stopped the survey, and in 2022 set the exploration right aside. "
     "This case study reviews the evidence on airgun noise and marine life, the role of marine "
     "mammal observers and soft starts, what consultation means for customary communities, and "
     "what the ruling changed for later exploration permits. Onshore gas drilling in the Karoo "
     "is mentioned only as a comparison.",
     ("seismic surveys", "airguns", "offshore oil and gas exploration", "small-scale fisheries",
      "case studies"),
     ("ZA",), "2023-04"),
    ("el17", "dataset", "fr",
     "Campagnes sismiques marines au large du Sénégal et de la Mauritanie : zones, dates et "
     "observations de mammifères marins, 2012-2023",
     "Depuis la découverte de gisements de pétrole et de gaz au large de Sangomar et sur la "
     "frontière maritime entre les deux pays, les compagnies ont multiplié les campagnes de "
     "prospection sismique, en 2D et en 3D : un navire remorque des canons à air dont les "
     "détonations sous-marines renvoient l'image des couches géologiques. Les pêcheurs "
     "artisanaux de Cayar, de Saint-Louis et de Nouakchott accusent ces tirs de faire fuir les "
     "sardinelles et les thiofs et de tuer les œufs et les larves. Ce jeu de données, réuni par "
     "un réseau de chercheurs et d'organisations de pêcheurs à partir des autorisations "
     "publiées, des avis aux navigateurs et des rapports des observateurs embarqués, indique "
     "pour chaque campagne les blocs, les dates, la surface couverte, le volume des canons à "
     "air, les arrêts de tir et les observations de baleines, de dauphins et de tortues, et les "
     "croise avec les débarquements de la pêche artisanale. Les plateformes de production et "
     "leurs torchères sont décrites dans un autre jeu de données.",
     ("prospection sismique", "canons à air", "pêche artisanale", "mammifères marins",
      "jeux de données"),
     ("SN", "MR"), "2024-09"),
    ("el18", "need", "es",
     "Necesidad: monitoreo independiente de la exploración sísmica en el Mar Argentino frente a "
     "Mar del Plata",
     "En 2022 el gobierno aprobó la exploración sísmica de bloques de la Cuenca Argentina Norte, a "
     "más de 300 kilómetros de Mar del Plata; la justicia federal la suspendió y luego la "
     "habilitó tras exigir más estudios, en medio de las marchas del llamado Atlanticazo. Los "
     "buques sísmicos disparan cañones de aire comprimido cuyo ruido alcanza a la ballena franca "
     "austral y a los cardúmenes de langostino, calamar y merluza que sostienen la pesca de la "
     "ciudad. Un consorcio de universidades, el instituto nacional de investigación pesquera y "
     "organizaciones de pescadores artesanales solicita apoyo para instalar hidrófonos fijos y "
     "derivantes, registrar el ruido antes, durante y después de las campañas, vigilar los "
     "varamientos de cetáceos, comparar las capturas de la flota costera y formar observadores "
     "de fauna marina independientes de las empresas. Pide también asesoría legal sobre la "
     "participación pública en las evaluaciones de impacto ambiental. Los parques eólicos "
     "marinos propuestos para la costa bonaerense quedan fuera del pedido.",
     ("exploración sísmica", "cañones de aire", "ruido submarino", "ballena franca austral",
      "necesidades"),
     ("AR",), "2024-02"),
    # --- solar irrigation pumps -------------------------------------------------------------------
    ("el19", "dataset", "en",
     "Solar irrigation pumps in Bangladesh: installed pumps, irrigated area and water fees, "
     "2010-2024",
     "Most of Bangladesh's boro rice, grown in the dry winter, is irrigated from shallow tube "
     "wells driven by diesel pumps, which burn about a million tonnes of fuel a year. Since 2010 "
     "a state-owned infrastructure finance company has funded solar irrigation pumps through "
     "sponsors that install them, sell water to neighbouring farmers for a seasonal fee per "
     "bigha or a share of the harvest, and keep them running. This dataset lists some 3,000 "
     "solar pumps by district and sponsor: panel capacity, pump type, command area, farmers "
     "served, crops, water fees, hours of operation and breakdowns, and, since 2019, the pumps "
     "connected to the grid to sell power outside the irrigation season. It also records the "
     "diesel displaced and compares the water charges of solar, diesel and electric pumps. "
     "Notes flag the northern districts where the water table falls each winter and the sites "
     "where pumps were left idle after the grant period. Arsenic in the shallow aquifers is "
     "documented separately.",
     ("solar irrigation pumps", "boro rice", "renewable energy", "groundwater",
      "smallholder farming"),
     ("BD",), "2024-05"),
    ("el20", "case-study", "fr",
     "Le pompage solaire dans le Saïss et le Souss : des factures en baisse, des nappes en danger",
     "Au Maroc, les agriculteurs ont installé en quinze ans des dizaines de milliers de systèmes "
     "d'irrigation par pompage solaire (SPIS, selon le sigle anglais de la FAO), aidés par des "
     "subventions et poussés par la hausse du gasoil et par la fin annoncée du gaz butane "
     "subventionné, dont les bouteilles faisaient souvent tourner les pompes. Cette étude de "
     "cas, menée par un institut agronomique avec les agences de bassin hydraulique, suit des "
     "exploitations du Saïss, près de Meknès, et du Souss, près d'Agadir. Une fois les panneaux "
     "payés, l'eau ne coûte presque plus rien : les agriculteurs pompent plus longtemps, passent "
     "aux arbres fruitiers et au maraîchage gourmands en eau et creusent plus profond, tandis "
     "que les nappes baissent de plusieurs mètres par an. L'étude analyse les compteurs posés sur "
     "une partie des forages, les contrats de nappe, le goutte-à-goutte qui accompagne souvent "
     "le pompage et l'idée de lier la subvention à une autorisation de prélèvement. Les "
     "khettaras taries des oasis sont évoquées en passant.",
     ("pompage solaire", "irrigation", "eaux souterraines", "énergie solaire", "études de cas"),
     ("MA",), "2024-11"),
    ("el21", "need", "es",
     "Necesidad: sistemas de riego con bombeo solar para familias guaraníes del Chaco boliviano",
     "En el Chaco de Chuquisaca, Tarija y Santa Cruz las comunidades guaraníes y campesinas "
     "dependen de la lluvia para sus parcelas de maíz, zapallo y hortalizas, y en los años secos "
     "pierden la cosecha aunque tengan cerca pozos someros o atajados. Las motobombas a diésel "
     "son caras de operar y el combustible llega tarde a las comunidades alejadas. La Asamblea "
     "del Pueblo Guaraní, con dos municipios y una fundación de energías renovables, solicita "
     "apoyo para instalar en 40 comunidades sistemas de riego con bombeo solar fotovoltaico y "
     "goteo, con tanques elevados que permitan regar al atardecer; formar técnicos comunitarios "
     "para el mantenimiento; crear comités de agua que repartan los turnos, y medir el nivel de "
     "los pozos para no agotar el acuífero. Pide además un fondo de repuestos, porque los "
     "controladores y las bombas sumergibles fallan con el polvo y el calor. La cría de cabras "
     "y el manejo del monte chaqueño tienen proyectos propios.",
     ("bombeo solar", "riego", "energía solar fotovoltaica", "pueblo guaraní", "necesidades"),
     ("BO",), "2024-08"),
    # --- gene-edited pigs resistant to PRRS -------------------------------------------------------
    ("el22", "document", "en",
     "Summary of the safety decision on gene-edited pigs resistant to porcine reproductive and "
     "respiratory syndrome (PRRS)",
     "Porcine reproductive and respiratory syndrome, PRRS, called blue-ear pig disease when it "
     "first swept through pig farms in the late 1980s, causes abortions in sows and pneumonia in "
     "piglets and costs pig farmers in the United States hundreds of millions of dollars a year. "
     "The virus enters the pig's cells through a receptor protein called CD163. A breeding "
     "company used CRISPR-Cas9 to delete a small part of the CD163 gene in its lines; the edited "
     "pigs are not infected by the virus but otherwise grow and reproduce normally. This summary "
     "sets out the 2025 assessment of the intentional genomic alteration by the food and drug "
     "regulator: molecular characterisation and checks for off-target edits over several "
     "generations, the health of the animals, the safety of the pork, and environmental "
     "questions, including escape into feral hog populations. It explains why the company waited "
     "for decisions in export markets before selling breeding stock, and lists what an importing "
     "Party would ask for under the Cartagena Protocol.",
     ("gene-edited animals", "PRRS", "pigs", "CD163", "risk assessment"),
     ("US",), "2025-06"),
    ("el23", "event", "fr",
     "Journée d'information : les porcs édités résistants au SDRP, ce qu'il faut savoir avant "
     "leur arrivée dans les élevages du Québec",
     "Le syndrome dysgénésique et respiratoire porcin, le SDRP, d'abord appelé maladie de "
     "l'oreille bleue, reste la maladie la plus coûteuse des élevages porcins du Québec : "
     "avortements des truies, mortalité des porcelets, antibiotiques contre les infections qui "
     "suivent. Des lignées de porcs dont le gène du récepteur CD163 a été modifié par édition du "
     "génome ne se laissent plus infecter par le virus, et leur évaluation par les autorités "
     "fédérales est en cours. Cette journée, organisée à Drummondville par les éleveurs avec le "
     "centre de développement du porc et une faculté de médecine vétérinaire, réunit éleveurs, "
     "vétérinaires, abattoirs et représentants des autorités. Au programme : ce qu'est l'édition "
     "du génome et ce qui la distingue de la transgenèse, l'évaluation de la sécurité des "
     "aliments et de l'environnement, l'étiquetage, l'accueil des consommateurs, les marchés "
     "d'exportation, dont le Japon et l'Union européenne, et la biosécurité à la ferme, toujours "
     "nécessaire. L'Enviropig de Guelph sera présenté comme précédent.",
     ("édition du génome", "SDRP", "porcs", "élevage porcin", "biosécurité"),
     ("CA",), "2025-03"),
    ("el24", "case-study", "es",
     "Cerdos editados resistentes al PRRS: la consulta ante el ICA y lo que esperan los "
     "porcicultores de Antioquia",
     "El síndrome reproductivo y respiratorio porcino (PRRS), conocido también como enfermedad de "
     "la oreja azul, causa abortos, lechones débiles y neumonías en granjas de Antioquia, el Eje "
     "Cafetero y el Valle del Cauca. Una empresa de genética porcina presentó al Instituto "
     "Colombiano Agropecuario (ICA) una consulta sobre sus cerdos con una pequeña deleción en el "
     "gen CD163, obtenida con CRISPR, que impide la entrada del virus. La norma colombiana permite "
     "decidir caso por caso si un producto de edición génica es un organismo vivo modificado, y "
     "el instituto concluyó que estos cerdos no lo son porque no llevan ADN foráneo. Este "
     "estudio de caso, escrito con la asociación de porcicultores y una universidad, describe el "
     "expediente, las preguntas del comité técnico sobre efectos no deseados, la reacción de "
     "consumidores y exportadores y los planes para introducir reproductores. La peste porcina "
     "africana, que Colombia intenta mantener fuera, se menciona como otra amenaza para las "
     "granjas.",
     ("cerdos editados", "PRRS", "edición génica", "porcicultura", "estudios de caso"),
     ("CO",), "2025-02"),
    # --- vehicle emissions tampering --------------------------------------------------------------
    ("el25", "case-study", "en",
     "AdBlue emulators and DPF deletes: how roadside checks in Great Britain took on emissions "
     "tampering",
     "Modern diesel lorries cut their nitrogen oxides with selective catalytic reduction, which "
     "injects AdBlue, a urea solution, into the exhaust, and trap soot in a diesel particulate "
     "filter. Both cost money to run and repair, and a trade grew in cheap devices sold online "
     "that fool the engine's computer: AdBlue emulators that report a working system while no "
     "fluid is used, and software that lets mechanics remove the particulate filter, known as a "
     "DPF delete. A tampered lorry can emit many times more than its Euro VI approval promises. "
     "This case study follows the response of the roadside enforcement agency after 2017: "
     "examiners trained to find emulators behind dashboards, checks that found roughly one lorry "
     "in thirteen tampered, prohibitions that keep a vehicle off the road until it is repaired, "
     "fines for operators and action against garages advertising removals. It also discusses the "
     "smoke and particle tests added to the annual inspection of cars and vans. The Volkswagen "
     "defeat device scandal is recalled as background.",
     ("emissions tampering", "AdBlue emulators", "DPF delete", "heavy goods vehicles",
      "air pollution", "case studies"),
     ("GB",), "2023-12"),
    ("el26", "dataset", "fr",
     "Compteur de particules au contrôle technique : véhicules diesel défapés détectés en "
     "Belgique, 2022-2024",
     "Le filtre à particules (FAP) des voitures diesel retient l'essentiel des particules fines, "
     "mais il s'encrasse et son remplacement coûte cher. Des garages et des sites en ligne "
     "proposent donc de le supprimer, le défapage : le filtre est vidé ou retiré et le "
     "calculateur reprogrammé pour masquer son absence, ce que l'ancien test d'opacité des "
     "fumées ne détectait pas. Depuis juillet 2022, les stations de contrôle technique belges "
     "mesurent au ralenti le nombre de particules émises par les diesels Euro 5 et Euro 6. Ce "
     "jeu de données, publié par l'organisme qui regroupe les stations, donne pour chaque mois "
     "et chaque région le nombre de véhicules testés, la répartition des valeurs mesurées, les "
     "refus pour filtre défectueux ou absent, les marques et les années, et les retours après "
     "réparation. Il montre que plusieurs pour cent des voitures étaient refusées au début. Les "
     "notes rappellent que le défapage est interdit et que les accès aux zones de basses "
     "émissions ne tiennent pas compte de ces manipulations.",
     ("défapage", "filtres à particules", "contrôle technique", "émissions des véhicules",
      "jeux de données"),
     ("BE",), "2024-10"),
    ("el27", "document", "es",
     "Guía para talleres: por qué anular el filtro antipartículas, la EGR o el AdBlue es ilegal",
     "En internet abundan los anuncios de anulación de FAP, EGR y AdBlue por reprogramación de la "
     "centralita, y muchos conductores de furgonetas, camiones y turismos diésel la piden para "
     "ahorrarse una avería cara. Esta guía, editada por la asociación de talleres con la "
     "dirección general de tráfico y el ministerio de industria, explica a mecánicos y "
     "electromecánicos qué hace cada sistema: el filtro antipartículas retiene el hollín, y la "
     "válvula de recirculación de gases de escape (EGR) y la reducción catalítica con AdBlue "
     "rebajan los óxidos de nitrógeno. Detalla por qué su manipulación es una reforma no "
     "autorizada que hace fallar la inspección técnica (ITV), invalida la homologación y el "
     "seguro y puede acarrear multas y el cierre del taller; cómo reconocer los emuladores y "
     "los programas de anulación, y qué reparaciones legales existen, como la limpieza del "
     "filtro. Incluye modelos de respuesta al cliente. La etiqueta ambiental y las zonas de "
     "bajas emisiones se tratan aparte.",
     ("manipulación de emisiones", "filtro antipartículas", "AdBlue", "talleres", "guías"),
     ("ES",), "2024-04"),
    # --- cargo bikes ------------------------------------------------------------------------------
    ("el28", "project", "en",
     "Cargo bikes for parcel deliveries in Manhattan: five years of the commercial cargo bike "
     "programme",
     "Delivery vans double-parked on the avenues are a daily sight in Manhattan, where online "
     "shopping brings well over a million parcels a day. In 2019 the city's transportation "
     "department began a pilot letting delivery companies use cargo bikes, from Dutch-style "
     "bakfiets to pedal-assist electric tricycles with a large box behind the rider, to carry "
     "parcels from trucks parked at micro-hubs to the door, with permission to stop in "
     "commercial loading zones. This project page reports five years of the programme: the "
     "companies and bikes taking part, rules on width, speed and where they may ride, "
     "micro-hubs in parking lots and under an elevated highway, the van trips replaced and the "
     "emissions and parking tickets avoided, conflicts with cyclists in narrow bike lanes, "
     "battery charging and the fires caused by cheap lithium-ion batteries, and the pay of "
     "riders. The programme now extends to the Bronx and Brooklyn. Food delivery workers on "
     "e-bikes are covered by a separate safety programme.",
     ("cargo bikes", "urban freight", "last-mile delivery", "e-bikes", "air quality"),
     ("US",), "2024-09"),
    ("el29", "project", "fr",
     "Vélos-cargos électriques en partage dans les villes romandes : étendre le réseau des hôtes",
     "En Suisse, un réseau de vélos-cargos électriques en partage permet d'emprunter à l'heure un "
     "biporteur ou un triporteur pour faire ses courses, transporter des enfants ou déplacer un "
     "petit meuble, sans posséder de voiture. Les vélos sont garés chez des hôtes, boulangeries, "
     "cafés, épiceries ou maisons de quartier, qui remettent la clé et la batterie et reçoivent "
     "quelques heures de location en échange. Ce projet, porté par une association de mobilité "
     "avec les villes de Genève, Lausanne, Neuchâtel et Fribourg, étend le réseau aux quartiers "
     "périphériques et aux communes voisines, essaie des modèles adaptés aux personnes âgées et "
     "aux familles nombreuses, forme les hôtes à l'entretien courant et mesure par enquête les "
     "trajets en voiture évités. Il accompagne aussi les artisans, plombiers et fleuristes qui "
     "veulent essayer un vélo-cargo avant d'en acheter un avec l'aide cantonale. Les vélos en "
     "libre-service classiques et les trottinettes relèvent d'autres programmes.",
     ("vélos-cargos", "mobilité partagée", "vélos électriques", "transport urbain", "projets"),
     ("CH",), "2024-06"),
    ("el30", "project", "es",
     "Triciclos de carga eléctricos para los repartidores del Centro Histórico y La Merced",
     "En el Centro Histórico de la Ciudad de México y en el barrio de La Merced, miles de "
     "tricicleros y diableros mueven a diario mercancías entre bodegas, mercados y comercios, "
     "por calles donde las camionetas de reparto se atoran y contaminan. Muchos pedalean "
     "triciclos de carga viejos y pesados con hasta 300 kilos encima. Este proyecto de la "
     "secretaría del medio ambiente de la ciudad, con una organización de ciclismo urbano y una "
     "cooperativa de repartidores, sustituye 200 triciclos por bicicletas y triciclos de carga "
     "con asistencia eléctrica, pagados con créditos blandos; instala puntos de recarga en dos "
     "mercados y un centro de consolidación donde los camiones descargan fuera de la zona "
     "peatonal; capacita en seguridad vial y mantenimiento, y mide los viajes en camioneta "
     "evitados, el ruido y las emisiones. Promueve además el reparto en bicicleta de carga entre "
     "farmacias, papelerías y restaurantes de la zona. Los bicitaxis de pasajeros y el comercio "
     "ambulante tienen reglas distintas.",
     ("bicicletas de carga", "triciclos de carga", "reparto urbano", "movilidad eléctrica",
      "proyectos"),
     ("MX",), "2024-10"),
)  # fmt: skip
