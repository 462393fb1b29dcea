"""Clearing-house records of the hundred-and-twentieth judged relevance set
(tests/search/relevance/queries120.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: crop protection pages on the
tomato leafminer, Tuta absoluta (pheromone traps and farmer field schools against the moth in the
vegetable pockets of Nepal; a need to contain the mineuse de la tomate in the greenhouses of the
Souss-Massa in Morocco; a guide to the polilla del tomate, the minador, of the Azapa and Lluta
valleys of Chile); crop pages on tiger nuts (the atadwe of the Afram Plains and Kwahu in Ghana,
from street snack to export flour; a project for the souchet, the pois sucré or amande de terre, of
the Maradi region of Niger; a dataset on the chufa of the Horta Nord of Valencia and its
denominación de origen, with which horchata is made); pastoralism and food pages on camel milk (an
offer of milk cans, cooling and hygiene training for the women who trade camel milk and suusac in
Isiolo and Garissa in Kenya; a dataset on the lait de chamelle collected, pasteurised and sold by
the dairies of Nouakchott in Mauritania; a project to milk the camellas of the camello canario, a
local breed of dromedary, for leche and cheese in Fuerteventura and Lanzarote); livestock pages on
water buffalo (crossbred dairy carabaos for the cooperatives of Nueva Ecija in the Philippines; a
case study of the buffles d'eau that graze the wet meadows of the marshes of Charente-Maritime in
France; a dataset on the búfalos de agua, the leche de búfala and the wetlands of Colombia);
fishing gear pages on pole-and-line tuna fishing (the skipjack of the Maldives caught one by one
with poles and live bait; the bonitiers of Tahiti and Moorea that fish the bonite, the listao, à la
canne with lures, in French Polynesia; a need for live bait and data for the boniteros de caña of
the costera del bonito in the Cantabrian Sea, Spain); fisheries management pages on turtle excluder
devices (a compliance guide to the TEDs of the shrimp trawls of the Gulf and South Atlantic coasts
of the United States; a dataset on the chalutiers crevettiers of French Guiana and their TTED, a
dispositif d'exclusion des tortues; a workshop on the excluidor de tortugas, the DET, of the shrimp
fleet of Mazatlán in Mexico); forest product and agroforestry pages on yerba mate (shade-grown
yerba mate in the Atlantic Forest of Itapúa and Alto Paraná in Paraguay; a case study of the maté,
the erva-mate, of the caívas under the araucarias of Paraná in Brazil; a need for yerbales under
native trees and decent work for the tareferos of Misiones in Argentina); soil pages on acid
sulfate soils (twenty years of tidal remediation at East Trinity near Cairns in Australia;
anti-salt dikes for the mangrove rice of the sols sulfatés acides of Lower Casamance in Senegal; a
need to reclaim the suelos sulfatados ácidos of the abandoned shrimp farms of the golfo de Fonseca
in Honduras); post-harvest and food loss pages on parboiled rice (shared parboiling centres for the
women of the Abakaliki rice mill cluster in Nigeria; an offer of improved parboiling kits for the
étuveuses of riz étuvé in Benin; a dataset on the arroz parbolizado of the rice mills of Uruguay);
and food safety pages on histamine fish poisoning (histamine in the fresh tuna of Sri Lanka, its
export tests and border rejections; a French fiche on the intoxication histaminique, or
scombrotoxisme, for canteens and fishmongers; a jornada técnica on the histamina and escombroidosis
of the dorado and tuna of the artisanal fleet of Manta in Ecuador). English, French and Spanish, 10
records each, every topic written once in each language (different countries, projects and angles,
not translations of one text).

None of records.py, records3.py, ..., records117.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (tomato leafminer, leaf miner, leafminer, Tuta, Phthorimaea,
pinworm, mineuse, teigne de la tomate, polilla del tomate, minador, palomilla, Nesidiocoris,
Macrolophus, Trichogramma, pheromone, tomato, tomate; tiger nut, tigernut, Cyperus, nutsedge,
atadwe, earth almond, souchet, amande de terre, pois sucré, chufa, juncia, horchata, Alboraia,
Horta Nord, Maradi, Kwahu; camel, camel milk, chamelle, chameau, dromadaire, dromedary, dromedario,
camello, camella, suusac, zrig, Nouakchott, Isiolo, Fuerteventura; water buffalo, buffalo, buffle,
bufflonne, búfalo, búfala, carabao, Murrah, Bubalus, mozzarella, kerbau; pole-and-line, pole and
line, à la canne, canneur, bonitier, bonite, listao, skipjack, germon, albacore, live bait,
baitboat, appât vivant, cebo vivo, con caña, carnada, cacea, costera, bonito, túnidos, tuna, thon,
atún, Maldives; turtle excluder, excluder, TED, exclusion des tortues, excluidor, DET, shrimp
trawl, prawn trawl, trawl, chalut, crevettier, arrastre, camaronero, langostino, suripera; yerba
mate, mate, maté, erva-mate, Ilex paraguariensis, chimarrão, tereré, tarefero, yerbal, guayusa;
acid sulfate, acid sulphate, sulfaté, sulfatado, pyrite, pirita, acid soil, sol acide, suelo ácido,
riz de mangrove, anti-sel, Casamance, camaronera; parboiled, parboiling, étuvage, étuvé,
parbolizado, vaporizado, sancochado, rice mill, rizerie, molino arrocero, rice husk, balle de riz,
cáscara de arroz, paddy, rizière, arrozal; histamine, histamina, scombroid, scombrotoxisme,
escombroidosis, fish poisoning, intoxication alimentaire, intoxicación alimentaria). Screened and
dropped as covered: Panama disease of bananas (bg13-bg15), black Sigatoka (the cercosporiose and
sigatoka negra of the fungicide and drone pages bk29 and dn03), coffee leaf rust (bs28-bs30), the
Mediterranean fruit fly and its sterile insects (bj13), date palms and the bayoud (z04-z06),
farmer-managed natural regeneration (v16), bush encroachment on rangelands (next to the Prosopis of
the Afar rangelands, m04, and the western juniper cut back for the sage-grouse, dc13), push-pull
farming (named by the fall armyworm page u10), animal traction (the horse logging pages da19-da21),
fish aggregating devices (bj16-bj18), bottom trawling (bh22, cq16), gum arabic (bf04-bf06),
sandalwood (ba25-ba27), agarwood (i01-i03), cork (y22-y24), truffles (bn04-bn06), chestnuts
(bp28-bp30), transhumance (bt10-bt12) and vanilla (s01-s03), besides the topics of sets 42 to 117
and those their docstrings list as covered; screened with no or passing hits but not chosen: wheat
blast, the coffee berry borer, the moniliasis of cocoa, sisal and henequén (named among the agave
words of records85 and by the sisal waste of the green chemistry offer cl10), wild oregano (the
orégano dried by ef15), vermicompost (the lombricompost named by records33), Bambara groundnut, sea
lice on salmon farms (next to the salmon farming need k03) and industrial hemp (next to the
cannabis pages of records76).

No earlier record is judged relevant: every hit is passing or about another thing, judged 0. The
tomato pages, the genetically modified tomatoes of ct25-ct27 (ct26 in the Souss-Massa), the methyl
bromide replaced in Moroccan strawberries and tomatoes (v31), the desalination plant for the
Chtouka greenhouses (bs20), the pesticide residues of Nairobi's vegetables (n10), the hoverflies
against aphids in the greenhouses of Almería (dy27), the sterile insect technique against the
Medfly (bj13) and the tomatoes dried in Marathwada (ef13), name no leafminer. No earlier record
names a tiger nut, souchet, chufa or horchata. The wild Bactrian camels (s13-s15, s15 an offer of
genetic analyses of camellos), the Raika camel herders' ethnoveterinary protocol (cc22), the
dromadaires of the Afar herders of the lac Abbé (bo08), the ostriches, Struthio camelus
(dc04-dc06), the camelina pages (dt10-dt12) and the camellones, raised fields and street medians
(di22, di24, de27), are no camel milk. The bison that the English of bv01 calls buffalo
(bv01-bv03), the African buffalo of the anthrax page (bz13), of the hunting zones (bo14) and of the
W-Arly-Pendjari complex (bt23), the feral buffalo of the Indigenous rangers (co22), the crapaud
buffle, a toad (bg29), and the sheep of the urban grazing pages (ei16-ei18) are no water buffalo.
The fish aggregating devices of the purse seiners and of the palangrotte and traîne of Mayotte
(bj16-bj18), the rod and reel of the bluefin tuna catch-and-release of Cornwall and the madrague
and almadrabas of em04-em06, the billfish caught con caña by sport fishers (dg04-dg06), the flying
fish pages (ck10-ck12, with the poti marara of ck11), the salmon caught con caña beside the lamprey
pesqueiras (cc18) and the ghost nets of the Maldives (v19) are no pole-and-line fishing. The sea
turtle bycatch of Kenya's artisanal nets and circle hooks (q34), the seahorses caught in shrimp
trawls (s07), the sea snakes released from prawn trawlers (bx01), the device that frees juvenile
hake from the langostino trawls of the golfo San Jorge (do12, a grid for fish, not turtles), the
rhodolith beds damaged by shrimp trawls (bj09) and the diesel of the Mexican camaroneros (db27)
name no turtle excluder device. The pinhão case study that names yerba mate grown under the
araucarias among the farmers' incomes (bo04), the tea chacras of Misiones that leave yerba mate and
its tareferos out (du18), the stevia that sweetens maté (i13) and the holly pages (ee16-ee18) are
no yerba mate page. The acid mine drainage of pyrite (j04-j06), the salt-affected soils and
rizières of the Senegal delta (j13-j15), the acid rain and liming pages (cr07-cr09) and the shells
ground for liming (er22, er24) are no acid sulfate soil. The rice husk gasifiers of Bihar (dr16),
the paddy stubble burning of Punjab (bm22), the rice-fish pages (ca10-ca12), the rice fields of the
Camargue (i29), the étuvage of vanilla pods (s02) and the dehulling of petit épeautre (eo08) name
no parboiled rice. The ciguatera pages (cv04-cv06), the formalin-laced fish (dj01-dj03) and the
ammonia leak drill at an ice plant of Manta (o09) are no histamine poisoning.

records116.py and records117.py (ids er01..er30 and et01..et30), the most recent earlier files,
were searched like the others: their only hits on this set's words are the tomatoes of the zeer
pots and jarres réfrigérantes (er13, er14), the sugar cane, the sirop de canne and the caña of the
jaggery and panela pages (er26, er27), the tortues marines of the megapode case study (et11), the
pine nut harvest of the Russian Far East (et13), the escombros, rubble, of er12, which contain the
letters of "scombr", and the yerba mate named by the screening list of records117; none of their
records answers a query of this set.

records118.py and records119.py (ids eu01..eu30 and ev01..ev30), written at the same time by two
other engineers, were searched for the same words once they were finished (with their
queries118.tsv and queries119.tsv, each with its 60 queries), before these records were judged: the
topics of records118.py are ionisation smoke detectors, former gasworks, coal workers'
pneumoconiosis, potassium iodide tablets, emissions from construction machinery, fuel marking,
plasterboard waste, aircraft noise, smokeless tobacco and lime kilns; those of records119.py are
wolverines, African wild dogs, cockatoos, oilbirds, monitor lizards, Rafflesia, edelweiss,
tarsiers, platypuses and quetzals. None of their records names a tomato leafminer, a tiger nut,
camel milk, a water buffalo herd, pole-and-line fishing, a turtle excluder device, yerba mate, an
acid sulfate soil, parboiled rice or histamine. The nearest are passing and judged 0: the búfalos
that the Komodo dragons hunt with Timor deer and wild pigs (ev15) and the búfalos of Gorongosa
(ev06), wild animals and no water buffalo husbandry; the mangrove poles burned in the lime kilns of
Zanzibar (eu28), no fishing pole; the tea garden workers of Assam who chew gutka (eu25), no yerba
mate; the sulfate de calcium of plaster (eu20), no acid sulfate soil; and the escombros of the
Argentine plasterboard need (eu21), whose letters contain "scombr". The Senegal of the lycaons
(ev05), the Philippines of the cockatoo, Rafflesia and tarsier pages (ev08, ev18, ev22), the
Australia of the cockatoos, platypuses and plasterboard (ev07, ev25-ev27, eu19), the Ecuador of the
tayos (ev12), the Kenya of the fuel marker (eu16), the Spain of eu03, eu06 and ev21 and the Mexico
of eu12, eu24 and ev30 are places only. None of their records answers a query of this set, and none
of their queries is repeated in queries120.tsv. records121.py (ids ex01..ex30), written at the same
time by another engineer on water, oceans and coasts, climate adaptation, cities, disasters and
capacity building topics, is not part of this set's pool, and no query of this set was judged
against it.

Traps: the potato and eggplant, plastic tunnels, pesticide residues, cauliflower pests and red
spider mites of ew01 (0 to pesticide residues); the mouche blanche and its viruses and the semences
de tomate génétiquement modifiées of ew02 (0 to GM tomatoes); the mosca de la fruta, its controles
cuarentenarios and the boro and arsénico of the río Lluta of ew03 (0 to fruit flies and to arsenic
in water); the gluten-free flour, the mouldy nuts, the soil lost at harvest and the yellow
nutsedge, a weed of maize, of ew04 (0 to soil erosion); the horchata, the arachide and the niébé of
ew05 (0 to cowpea); the quemas of the dry plants, their smoke and the acequias of ew06 (0 to crop
residue burning); the solar-powered cooling tanks, the jerrycans and the live camels exported to
the Gulf of ew07 (0 to solar refrigeration); the brucellose, the transhumants and the lait de vache
et de chèvre of ew08; the ploughing, milling and carrying of old, the camels of Timanfaya tourism,
the libro genealógico and the queso majorero de cabra of ew09 (0 to goat cheese); the rice paddies,
hand tractors and rice straw treated with urea of ew10 (0 to rice straw burning); the tuberculose
bovine, the mozzarella, the chasseurs and the chevaux camarguais and vaches maraîchines of ew11 (0
to bovine tuberculosis); the fiebre aftosa, the brucelosis, the cebú and the hipopótamos of the
Magdalena Medio of ew12 (0 to hippos); the FADs of the purse seiners, the ice, the fuel and the
ghost nets of ew13 (0 to FADs and ghost nets); the dispositifs de concentration de poissons ancrés,
the palangre and the poti marara and their poisson volant of ew14 (0 to FADs and flying fish); the
anchoas and sardinas used as bait, the arrastreros pelágicos and the conserveras of ew15 (0 to
sardines and anchovies); the sea turtle nesting beaches and skimmer trawls of ew16 (0 to nesting
beaches); the tortues olivâtres and vertes, the raies and the foreign vessels fishing illegally of
ew17 (0 to rays and to illegal fishing); the export certification of shrimp, the redes suriperas
and the vaquita of ew18 (0 to the vaquita); the soy fields, timber species, firewood and bird
counts of ew19; the araucarias, the pinhões and the chimarrão of ew20 (0 to Araucaria and pinhão);
the chicos en las chacras, the té, the abonos verdes and the lapacho of ew21 (0 to tea, to cover
crops and to child labour); the sugarcane, its fertiliser runoff, the mangroves and the fish kills
of ew22; the tannes, the salinity and the reboisement des mangroves of ew23 (0 to soil salinisation
and to mangrove restoration); the camaroneras, the salinas and salineras and the manglar of ew24 (0
to shrimp farming and salt pans); the stoves that burn rice husk, the husk dumps, the firewood and
the imported rice of ew25 (0 to rice husk energy); the foyer économe, the balle de riz and the
cantines scolaires of ew26 (0 to improved cookstoves and school meals); the cáscara de arroz burned
for steam and electricity and the aviones that spray agroquímicos of ew27 (0 to rice husk power and
aerial spraying); the formalin, longliners, gillnetters and ice of ew28 (0 to formalin in fish);
the ciguatera, the biotoxines des coquillages and the cantines of ew29 (0 to ciguatera and harmful
algae); and the ammonia leak of an ice plant, the hielo and the plantas procesadoras of ew30 (0 to
ammonia leaks). For the country and exclusion queries: ew01 names only Nepal; ew02 Morocco (South
America as the moth's origin); ew03 only Chile (South America as the moth's origin); ew04 Ghana
(Europe as a market); ew05 Niger (Europe as a market, the border markets unnamed); ew06 only Spain
(West Africa as a source of imports); ew07 only Kenya (the Gulf as a market for live camels); ew08
only Mauritania; ew09 Spain (North Africa as the origin of the breed); ew10 only the Philippines;
ew11 France (Italy and Germany, where the first buffaloes were bought); ew12 Colombia (Trinidad,
where the first buffaloes came from); ew13 only Maldives (the Indian Ocean); ew14 only French
Polynesia; ew15 only Spain (the Bay of Biscay, golfo de Bizkaia); ew16 only the United States; ew17
only French Guiana (a frontier, unnamed); ew18 only Mexico; ew19 only Paraguay; ew20 only Brazil;
ew21 only Argentina; ew22 only Australia; ew23 only Senegal; ew24 only Honduras; ew25 only Nigeria;
ew26 only Benin; ew27 only Uruguay; ew28 Sri Lanka (Europe as a market); ew29 only France; ew30
only Ecuador.

Ids (ew01..ew30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
eq01..eq30, er01..er30, et01..et30), nor with those of records118.py (eu01..eu30), records119.py
(ev01..ev30) and records121.py (ex01..ex30), written at the same time, and no earlier id starts
with "ew".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- tomato leafminer ------------------------------------------------------------------------
    ("ew01", "project", "en",
     "Tomato leafminer in Nepal's vegetable pockets: pheromone traps, safer sprays and farmer "
     "field schools",
     "The South American tomato leafminer, Tuta absoluta, a small moth whose caterpillars mine "
     "the leaves, stems and fruits of tomatoes, was first found in Nepal in 2016 and within two "
     "years had spread from the Kathmandu valley to the plastic tunnels of Kaski and Dhading and "
     "to the open fields of the Terai, where some growers lost their whole crop. Many farmers "
     "answered with weekly sprays of mixed insecticides, leaving residues on the tomatoes sold "
     "in city markets. This project of the plant quarantine and pesticide management centre, an "
     "agricultural university and district vegetable cooperatives runs farmer field schools on "
     "integrated pest management: water and delta traps baited with sex pheromone for monitoring "
     "and mass trapping, netting on tunnel doors, removal of mined leaves and fruits, rotation "
     "away from potato and eggplant, and only the insecticides registered against the pest, used "
     "in rotation. It records moth catches, damaged fruits and spray numbers on 600 farms. "
     "Cauliflower pests and red spider mites are left out.",
     ("tomato leafminer", "Tuta absoluta", "integrated pest management", "pheromone traps",
      "projects"),
     ("NP",), "2024-04"),
    ("ew02", "need", "fr",
     "Besoin : contenir la mineuse de la tomate dans les serres du Souss-Massa",
     "Arrivée au Maroc en 2008, la mineuse de la tomate, un petit papillon venu d'Amérique du "
     "Sud dont la chenille creuse des galeries dans les feuilles, les tiges et les fruits, est "
     "devenue le premier ravageur des serres de tomates du Souss-Massa, qui fournissent "
     "l'essentiel des exportations du pays en hiver. Certaines exploitations traitent chaque "
     "semaine, des populations résistantes à plusieurs matières actives ont été signalées, et "
     "les contrôles des résidus de pesticides sur les tomates exportées se renforcent. L'office "
     "national de sécurité sanitaire des produits alimentaires, avec l'institut agronomique "
     "d'Agadir, l'association des producteurs exportateurs et une station de recherche, demande "
     "un appui pour installer un réseau de pièges à phéromone sexuelle, élever et lâcher une "
     "punaise prédatrice, Nesidiocoris tenuis, tester la résistance des populations, poser des "
     "filets insect-proof et des sas aux portes des serres, et former les techniciens des "
     "coopératives. La mouche blanche et les virus qu'elle transmet, ainsi que les semences de "
     "tomate génétiquement modifiées, relèvent d'autres programmes.",
     ("mineuse de la tomate", "serres", "lutte biologique", "résistance aux insecticides",
      "besoins"),
     ("MA",), "2024-02"),
    ("ew03", "document", "es",
     "Guía de manejo integrado de la polilla del tomate en los valles de Azapa y Lluta",
     "La polilla del tomate (Tuta absoluta), llamada también minador o gusano minador del "
     "tomate, es nativa de Sudamérica y en el norte de Chile ataca todo el año los tomates al "
     "aire libre y bajo malla de los valles de Azapa y Lluta, en la región de Arica y "
     "Parinacota, que abastecen al país durante el invierno. Esta guía, preparada por el "
     "servicio agrícola y ganadero con el instituto de investigaciones agropecuarias y la "
     "universidad regional, explica cómo reconocer las galerías en hojas, tallos y frutos, cómo "
     "vigilar la plaga con trampas de feromona y umbrales de captura, cómo destruir los "
     "rastrojos y respetar un período sin tomate, cómo liberar avispitas parasitoides del género "
     "Trichogramma y cuándo usar insecticidas, rotando los modos de acción para no crear "
     "resistencia. Incluye un calendario para cada valle. La mosca de la fruta, que obliga a "
     "controles cuarentenarios en la región, y el riego con agua del río Lluta cargada de boro y "
     "arsénico se tratan en otras guías.",
     ("polilla del tomate", "Tuta absoluta", "manejo integrado de plagas", "control biológico",
      "guías"),
     ("CL",), "2023-09"),
    # --- tiger nuts ------------------------------------------------------------------------------
    ("ew04", "case-study", "en",
     "From street snack to export flour: the tiger nut growers of the Afram Plains and Kwahu",
     "Tiger nuts, the small sweet tubers of Cyperus esculentus known in Ghana as atadwe, are "
     "grown by thousands of smallholders on the sandy soils of the Afram Plains and the Kwahu "
     "area of the Eastern Region, and sold by women traders, fresh or dried, as a street snack "
     "and for atadwe milk. Since European buyers began to pay for them as a gluten-free flour, "
     "prices have swung widely from one season to the next. This case study follows a "
     "farmer-based organisation of 1,200 members and its partner processor in Nkawkaw: clean "
     "seed nuts, planting on ridges, harvest by sieving the soil, drying on raised racks instead "
     "of bare ground, sorting out mouldy nuts and stones, and a contract with a flour exporter. "
     "It also counts the costs: the soil lost at each harvest, because the nuts are lifted with "
     "the topsoil, and fallow and bush cleared for new fields. Yellow nutsedge, the same species "
     "growing as a weed in maize, is mentioned only in passing.",
     ("tiger nuts", "Cyperus esculentus", "smallholder farming", "export crops", "case studies"),
     ("GH",), "2023-11"),
    ("ew05", "project", "fr",
     "Projet : semences triées, séchage et stockage pour le souchet de la région de Maradi",
     "Au Niger, le souchet (Cyperus esculentus), petit tubercule sucré appelé aussi pois sucré "
     "ou amande de terre, est cultivé en saison des pluies sur les sols sableux des départements "
     "de Madarounfa, de Guidan Roumdji et d'Aguié, dans la région de Maradi. Il est vendu sur "
     "les marchés frontaliers et, de plus en plus, à des exportateurs qui l'expédient vers "
     "l'Europe pour la farine et la boisson appelée horchata. Les rendements restent faibles, "
     "les semences sont mélangées et les tubercules sont souvent séchés à même le sol, ce qui "
     "les charge de sable et de moisissures. Ce projet, conduit par une fédération d'unions de "
     "producteurs avec l'institut national de recherche agronomique et une ONG, distribue des "
     "semences triées, forme 3 000 productrices et producteurs aux semis en lignes et à la "
     "fumure organique, construit des aires de séchage cimentées et des magasins de stockage, et "
     "négocie des contrats avec des exportateurs. L'arachide et le niébé cultivés dans les mêmes "
     "exploitations ne sont abordés qu'en passant.",
     ("souchet", "Cyperus esculentus", "filières agricoles", "séchage et stockage", "projets"),
     ("NE",), "2024-05"),
    ("ew06", "dataset", "es",
     "Chufa de Valencia: superficie, cosecha y calidad en los pueblos de l'Horta Nord, 2010-2024",
     "La chufa, el tubérculo de la juncia avellanada (Cyperus esculentus), se cultiva en España "
     "casi solo en dieciséis municipios de l'Horta Nord, al norte de la ciudad de Valencia, como "
     "Alboraia, Almàssera y Meliana, donde se siembra en primavera en caballones sobre suelos "
     "arenosos regados con agua de acequia y se arranca en otoño, cuando la mata se ha secado. "
     "Con ella se elabora la horchata. Este conjunto de datos, publicado por el consejo "
     "regulador de la denominación de origen Chufa de Valencia con el instituto valenciano de "
     "investigaciones agrarias, da por año y por municipio la superficie cultivada, los "
     "agricultores inscritos, los kilos cosechados y certificados, los controles de calidad "
     "(calibre, humedad, tierra y chufas dañadas) y las importaciones de chufa de África "
     "occidental. Registra también las quemas de la mata seca, que los vecinos de la huerta "
     "denuncian por el humo, y las parcelas perdidas por el crecimiento urbano. La juncia como "
     "mala hierba de arrozales y maizales no se trata.",
     ("chufa", "Cyperus esculentus", "horchata", "denominación de origen", "datos"),
     ("ES",), "2024-10"),
    # --- camel milk ------------------------------------------------------------------------------
    ("ew07", "support-source", "en",
     "Offer: milk cans, cooling and hygiene training for camel milk traders in Isiolo and "
     "Garissa",
     "In northern Kenya, Somali, Borana and Rendille herders keep some three million camels, and "
     "camel milk, sold fresh or as the fermented suusac, gives an income to women who bulk it "
     "from herds in the rangelands and send it by road to Isiolo, Garissa and the Eastleigh "
     "market in Nairobi. Much of it sours or is lost on the way: it travels in yellow plastic "
     "jerrycans that cannot be cleaned properly, under a hot sun, for up to twelve hours. A "
     "livestock development programme funded by a bilateral donor offers women's camel milk "
     "groups aluminium milk cans, solar-powered cooling tanks at collection points, milk testing "
     "kits, training in milking hygiene and in making pasteurised milk and yoghurt, and help to "
     "obtain dairy licences from the county and the national dairy board. Groups apply through "
     "their county livestock office. Loans to buy camels and the export of live camels to the "
     "Gulf are outside the offer.",
     ("camel milk", "pastoralism", "milk hygiene", "women's groups", "support sources"),
     ("KE",), "2024-03"),
    ("ew08", "dataset", "fr",
     "Lait de chamelle en Mauritanie : collecte, transformation et ventes autour de Nouakchott, "
     "2014-2023",
     "En Mauritanie, le dromadaire est l'animal des éleveurs nomades et transhumants, et le lait "
     "de chamelle, bu frais, caillé ou allongé d'eau et de sucre dans le zrig, tient une place "
     "centrale dans l'alimentation. Depuis l'ouverture des premières laiteries de Nouakchott à "
     "la fin des années 1980, une part croissante de ce lait est ramassée par des camionnettes "
     "dans les campements du Trarza et de l'Inchiri, pasteurisée et vendue en briques, en lait "
     "caillé et en yaourts. Ce jeu de données, constitué par le ministère de l'élevage avec "
     "l'office national de recherche et de développement de l'élevage et les laiteries, donne "
     "par année les volumes de lait de chamelle collectés, transformés et vendus, le nombre "
     "d'éleveurs fournisseurs, les prix qui leur sont payés, les pertes par acidification, les "
     "analyses de qualité (germes, brucellose) et les mois de pointe et de pénurie. Il inclut "
     "les essais de fromage de chamelle. Le lait de vache et de chèvre ramassé par les mêmes "
     "laiteries est compté à part.",
     ("lait de chamelle", "dromadaires", "laiteries", "pastoralisme", "données"),
     ("MR",), "2023-12"),
    ("ew09", "project", "es",
     "Proyecto: leche y queso de camella del camello canario en Fuerteventura y Lanzarote",
     "El camello canario, un dromedario traído del norte de África desde el siglo XV para arar, "
     "moler y cargar, es hoy una raza autóctona protegida de la que quedan poco más de mil "
     "ejemplares, casi todos en Lanzarote y Fuerteventura, y la mayoría dedicados a pasear "
     "turistas por las montañas de Timanfaya. Este proyecto, impulsado por el cabildo de "
     "Fuerteventura con la asociación de criadores de la raza, la universidad de Las Palmas de "
     "Gran Canaria y una quesería artesanal, quiere darle un nuevo uso: ordeñar camellas para "
     "vender leche pasteurizada y elaborar quesos, lo que obliga a adaptar unas normas "
     "sanitarias de la leche pensadas para vacas, cabras y ovejas. Registra la producción de "
     "cada camella, la calidad higiénica de la leche y los costes, mejora el libro genealógico "
     "de la raza para evitar la consanguinidad y forma a ordeñadores y queseros. El queso "
     "majorero de cabra, con denominación de origen, se cita solo como referencia.",
     ("leche de camella", "camello canario", "razas autóctonas", "quesos", "proyectos"),
     ("ES",), "2024-06"),
    # --- water buffalo ---------------------------------------------------------------------------
    ("ew10", "project", "en",
     "From draught animal to dairy: crossbred carabaos for smallholders in Nueva Ecija",
     "The carabao, the swamp-type water buffalo of the Philippines, has ploughed rice paddies "
     "and hauled carts for centuries, but as hand tractors spread, many farmers sold their "
     "animals for slaughter. The Philippine Carabao Center, a government agency, now works with "
     "dairy cooperatives in Nueva Ecija to cross native carabaos with riverine Murrah buffaloes "
     "by artificial insemination, producing animals that give five or six litres of milk a day "
     "instead of one or two. This project supports 40 village cooperatives: it provides semen "
     "and pregnancy checks, trains farmers to feed rice straw treated with urea and planted "
     "forage, builds milk collection centres with chillers, and buys the milk for a plant that "
     "makes pasteurised milk, kesong puti, a white cheese, and milk candy. It follows the number "
     "of crossbred calves, milk yields and household incomes. Carabao meat and the working "
     "animals that still pull sleds in the uplands are outside the project.",
     ("water buffalo", "carabao", "dairy cooperatives", "crossbreeding", "projects"),
     ("PH",), "2024-01"),
    ("ew11", "case-study", "fr",
     "Étude de cas : des buffles d'eau pour entretenir les prairies humides des marais "
     "charentais",
     "Quand l'élevage bovin a reculé dans les marais arrière-littoraux de Charente-Maritime, les "
     "roseaux, les joncs et les saules ont gagné sur les prairies humides, et les oiseaux des "
     "prés inondés ont décliné. Un conservatoire d'espaces naturels y a introduit en 2013 un "
     "petit troupeau de buffles d'eau, ou buffles domestiques d'Asie, achetés à des éleveurs "
     "d'Italie et d'Allemagne : ils supportent l'eau jusqu'au ventre, mangent les joncs et les "
     "jeunes ligneux que les vaches délaissent et entretiennent en s'y vautrant des mares peu "
     "profondes. Cette étude de cas dresse le bilan de dix ans : surfaces pâturées, évolution de "
     "la végétation et des oiseaux nicheurs, santé des animaux (parasites, dépistage de la "
     "tuberculose bovine), clôtures et abreuvement, coûts, vente de la viande et de quelques "
     "bufflonnes à un éleveur qui fabrique de la mozzarella. Elle rend compte aussi des "
     "réticences de riverains et de chasseurs. Les chevaux camarguais et les vaches maraîchines "
     "du même site servent de comparaison.",
     ("buffles d'eau", "pâturage", "prairies humides", "gestion des espaces naturels",
      "études de cas"),
     ("FR",), "2023-06"),
    ("ew12", "dataset", "es",
     "Búfalos de agua en Colombia: inventario, leche de búfala y humedales, 2012-2024",
     "Colombia tiene hoy más de medio millón de búfalos de agua, descendientes en buena parte de "
     "animales llegados de Trinidad en los años sesenta, criados en las sabanas inundables de "
     "Córdoba, el Magdalena Medio, Antioquia y los Llanos, donde soportan mejor que el ganado "
     "cebú el agua y los pastos duros. Este conjunto de datos, publicado por la asociación de "
     "criadores de búfalos con el instituto agropecuario y la corporación de investigación "
     "agropecuaria, reúne por departamento y por año el inventario de búfalos tomado de los "
     "registros de vacunación contra la fiebre aftosa y la brucelosis, el número de predios, la "
     "producción de leche de búfala y de quesos (mozzarella, quesillo y queso costeño), el "
     "sacrificio para carne y las áreas de ciénagas y humedales donde pastan. Incluye un mapa de "
     "los predios situados dentro de humedales protegidos, donde el pisoteo y el pastoreo "
     "preocupan a las corporaciones ambientales. Los hipopótamos del Magdalena Medio, que "
     "comparten algunas ciénagas, no se tratan.",
     ("búfalos de agua", "leche de búfala", "ganadería", "humedales", "datos"),
     ("CO",), "2024-08"),
    # --- pole-and-line tuna fishing --------------------------------------------------------------
    ("ew13", "case-study", "en",
     "One fish at a time: the pole-and-line skipjack fishery of the Maldives and its live bait",
     "For centuries Maldivian fishers have caught skipjack and young yellowfin tuna one fish at "
     "a time. From the stern of a mechanised dhoni, the crew throws live bait and sprays water "
     "to hold a school at the surface, then flicks the tuna aboard with bamboo or fibreglass "
     "poles and barbless hooks. The method takes almost no bycatch, no sharks and no turtles, "
     "and in 2012 the fishery became one of the first pole-and-line tuna fisheries certified as "
     "sustainable. This case study, written with the fisheries ministry, the fishermen's "
     "association and a marine research institute, looks at what keeps it going: the small bait "
     "fish, silver sprats and fusiliers netted on the reefs at night, whose stocks and effect on "
     "reef ecosystems are now monitored; logbooks and port sampling; the rising cost of fuel and "
     "ice; and competition from purse seiners that catch skipjack under drifting FADs across the "
     "Indian Ocean. Ghost nets on Maldivian reefs are mentioned only in passing.",
     ("pole-and-line fishing", "skipjack tuna", "live bait", "sustainable fisheries",
      "case studies"),
     ("MV",), "2023-05"),
    ("ew14", "project", "fr",
     "Projet : relancer les bonitiers et la pêche à la canne de la bonite à Tahiti et Moorea",
     "À Tahiti et à Moorea, les bonitiers, petites vedettes de pêche côtière à la coque souvent "
     "peinte de couleurs vives, pêchent la bonite, c'est-à-dire le listao, à la canne : quand "
     "les oiseaux signalent un banc, le pêcheur traîne un leurre en nacre ou en plastique au "
     "bout d'une canne de bambou ou de fibre de verre et remonte les poissons un par un, sans "
     "appât vivant ni filet. Cette pêche, qui apporte un poisson très frais au marché de "
     "Papeete, a reculé devant la palangre et le prix du carburant. Ce projet de la direction "
     "des ressources marines, avec une coopérative de bonitiers et le lycée professionnel "
     "maritime, finance le remplacement de moteurs par des modèles plus sobres, forme des "
     "équipages, installe des bacs à glace à bord, mouille quelques dispositifs de concentration "
     "de poissons ancrés réservés aux bonitiers et suit les captures par sortie. Les poti marara "
     "qui pêchent le poisson volant la nuit ne sont pas concernés.",
     ("pêche à la canne", "bonitiers", "bonite", "pêche côtière", "projets"),
     ("PF",), "2024-09"),
    ("ew15", "need", "es",
     "Necesidad: cebo vivo y datos para los boniteros de caña del Cantábrico",
     "Cada verano, en la costera del bonito, unos doscientos barcos de los puertos de Euskadi, "
     "Cantabria, Asturias y Galicia salen al golfo de Bizkaia tras el bonito del norte, o atún "
     "blanco (Thunnus alalunga), que pescan uno a uno a la cacea, con líneas de señuelos "
     "remolcadas, o a caña con cebo vivo: la tripulación arroja al agua anchoas o sardinas vivas "
     "guardadas en viveros a bordo para retener el cardumen y lo saca a golpe de caña. La falta "
     "de anchoa y sardina pequeña para cebo en algunos años, el precio del gasóleo y la "
     "competencia de los arrastreros pelágicos que pescan el mismo bonito con redes amenazan "
     "esta pesquería artesanal. Las cofradías de pescadores solicitan apoyo para estudiar cuánto "
     "cebo vivo se captura y su efecto sobre la anchoa, probar viveros con mejor renovación del "
     "agua, instalar diarios de pesca electrónicos en los barcos pequeños y promover una marca "
     "de bonito de caña. Las conserveras se citan solo como compradoras.",
     ("pesca con caña", "bonito del norte", "cebo vivo", "cofradías de pescadores", "necesidades"),
     ("ES",), "2024-05"),
    # --- turtle excluder devices -----------------------------------------------------------------
    ("ew16", "document", "en",
     "Turtle excluder devices on shrimp trawls: a compliance guide for Gulf and South Atlantic "
     "shrimpers",
     "Shrimp trawls that sweep the shallow bottoms of the Gulf of Mexico and the South Atlantic "
     "coast catch sea turtles, which drown if they are held underwater. Since the late 1980s, "
     "otter trawlers in United States waters have had to pull a turtle excluder device, or TED: "
     "a metal grid sewn into the neck of the net that lets shrimp pass into the bag and guides "
     "turtles and other large animals out through an escape opening. In 2021 the rule was "
     "extended to skimmer trawls 40 feet long and over, common in the bays of Louisiana and "
     "Mississippi. This guide, published by the federal fisheries agency with the state Sea "
     "Grant programmes, explains which TEDs are approved, the bar spacing and angle of the grid, "
     "the size of the opening and the flotation, how to install and check a TED at the dock, "
     "what enforcement officers measure at sea, and where shrimpers can have their gear checked. "
     "Sea turtle nesting beaches are not covered.",
     ("turtle excluder devices", "shrimp trawling", "sea turtle bycatch",
      "fisheries regulations", "guidance"),
     ("US",), "2022-03"),
    ("ew17", "dataset", "fr",
     "Chalutiers crevettiers de Guyane : captures, prises accessoires et dispositif TTED, "
     "2008-2023",
     "Au large de la Guyane, une petite flotte de chalutiers crevettiers basée au Larivot pêche "
     "la crevette pénéide sur les fonds vaseux du plateau continental, où vivent aussi des "
     "tortues marines, des raies et de nombreux poissons. Depuis 2010, leurs chaluts doivent "
     "porter un TTED, dispositif d'exclusion des tortues et de réduction des captures "
     "accessoires : une grille inclinée cousue à l'entrée de la poche, qui laisse passer la "
     "crevette et rejette par une trappe les tortues et les gros animaux. Ce jeu de données, "
     "tenu par l'institut de recherche pour l'exploitation de la mer avec le comité régional des "
     "pêches, donne par année le nombre de navires et de marées, les débarquements de crevettes, "
     "les rejets, les captures accessoires de tortues olivâtres, de tortues vertes et de raies "
     "observées à bord avant et après l'obligation, et les pertes de crevettes mesurées pendant "
     "les essais de la grille. La pêche illégale de navires étrangers le long de la frontière "
     "n'y est pas comptée.",
     ("TTED", "dispositifs d'exclusion des tortues", "chalutage crevettier",
      "captures accessoires", "données"),
     ("GF",), "2024-02"),
    ("ew18", "event", "es",
     "Taller: instalación y revisión del excluidor de tortugas en la flota camaronera de "
     "Mazatlán",
     "En el Pacífico mexicano, los barcos camaroneros de altamar con puerto en Mazatlán, Guaymas "
     "y Topolobampo deben llevar en cada red de arrastre un dispositivo excluidor de tortugas "
     "marinas, el DET: una parrilla metálica con una abertura de escape por la que salen las "
     "tortugas golfinas, prietas y caguamas que entran en la red. Cuando en 2021 se suspendió "
     "por un tiempo la certificación que permite exportar camarón silvestre, por fallas en el "
     "uso de los DET, la autoridad pesquera, la procuraduría ambiental y las cámaras del sector "
     "reforzaron las inspecciones. Este taller de tres días en Mazatlán, organizado con el "
     "instituto nacional de pesca y una universidad, enseña a patrones, rederos y motoristas a "
     "armar, coser, ajustar y revisar el excluidor, a medir el ángulo de la parrilla y el tamaño "
     "de la salida, y simula las inspecciones en el muelle y en el mar. Las redes suriperas de "
     "la pesca ribereña y la vaquita del Alto Golfo quedan fuera del taller.",
     ("excluidores de tortugas", "DET", "pesca de camarón", "tortugas marinas", "eventos"),
     ("MX",), "2024-10"),
    # --- yerba mate ------------------------------------------------------------------------------
    ("ew19", "project", "en",
     "Shade-grown yerba mate to bring back the Atlantic Forest in Itapúa and Alto Paraná",
     "Yerba mate (Ilex paraguariensis) is a holly of the Atlantic Forest whose dried leaves are "
     "brewed into mate and tereré, the everyday drinks of Paraguay. Most of it now comes from "
     "plantations in full sun that replaced the forest, but the tree grows naturally in the "
     "shade of the canopy, where its leaves are said to taste milder. This project, led by a "
     "farmers' cooperative with a conservation foundation and a regional university, helps 300 "
     "families of Itapúa and Alto Paraná plant yerba mate under native trees, in degraded forest "
     "and in old soy fields replanted with timber species, instead of clearing more forest. It "
     "provides seedlings, training in pruning and harvest, a shared drying shed that burns less "
     "firewood, and organic and forest-friendly certification with a premium paid by an "
     "exporting company. It follows forest cover, bird counts and the income per hectare. "
     "Soybean expansion and cattle ranching are named only as causes of deforestation.",
     ("yerba mate", "Ilex paraguariensis", "agroforestry", "Atlantic Forest", "projects"),
     ("PY",), "2024-07"),
    ("ew20", "case-study", "fr",
     "Le maté sous les araucarias : l'erva-mate des caívas du Paraná",
     "Au sud du Brésil, le maté (Ilex paraguariensis), que l'on appelle là-bas erva-mate et que "
     "l'on boit en chimarrão, pousse naturellement dans la forêt mixte à araucarias. Dans le "
     "centre-sud de l'État du Paraná, des familles d'agriculteurs l'exploitent encore dans les "
     "caívas, des forêts claires où le bétail pâture sous les arbres et où l'on récolte tous les "
     "deux ou trois ans les feuilles des pieds de maté spontanés ou plantés, sans abattre la "
     "forêt. Cette étude de cas, menée par un institut de recherche agronomique avec "
     "l'entreprise publique de recherche agropastorale et une association de producteurs, "
     "compare les revenus, la qualité des feuilles et la biodiversité des caívas et des "
     "plantations en plein soleil, décrit la transmission des savoirs entre générations et les "
     "débouchés d'un maté de forêt vendu plus cher. Elle discute aussi les règles forestières "
     "qui interdisent de couper même les araucarias plantés. La récolte des pinhões, les graines "
     "de l'araucaria, n'est évoquée qu'en passant.",
     ("maté", "erva-mate", "agroforesterie", "forêt à araucarias", "études de cas"),
     ("BR",), "2023-10"),
    ("ew21", "need", "es",
     "Necesidad: yerbales con monte nativo y condiciones dignas para los tareferos de Misiones",
     "Misiones y el noreste de Corrientes producen toda la yerba mate de la Argentina, el país "
     "que más la consume: unos 12.000 productores, la mayoría colonos pequeños, cultivan "
     "yerbales en la tierra colorada donde crecía la selva paranaense. Muchos yerbales viejos, a "
     "pleno sol y con suelos erosionados, rinden poco, y la cosecha, la tarefa, la hacen a mano "
     "tareferos temporarios, a menudo sin registro, con chicos en las chacras y traslados en "
     "camiones sin seguridad. Una cooperativa yerbatera y el ministerio provincial del agro "
     "solicitan apoyo para replantar yerbales bajo árboles nativos como el cedro misionero, el "
     "lapacho y el anchico, recuperar los suelos con abonos verdes, mecanizar en parte la "
     "cosecha sin destruir empleo, registrar a los tareferos y ofrecerles transporte seguro y "
     "guarderías para sus hijos. Piden también un estudio sobre los precios de la hoja verde que "
     "fija el instituto nacional de la yerba mate. El té de las chacras vecinas no forma parte "
     "de la solicitud.",
     ("yerba mate", "yerbales", "tareferos", "selva paranaense", "necesidades"),
     ("AR",), "2024-04"),
    # --- acid sulfate soils ----------------------------------------------------------------------
    ("ew22", "dataset", "en",
     "East Trinity acid sulfate soils: water, soil and mangrove monitoring during tidal "
     "remediation, 2001-2023",
     "Coastal floodplains and mangrove muds hold iron pyrite that is harmless while it stays "
     "waterlogged; when they are drained, the pyrite reacts with air and releases sulfuric acid, "
     "iron and aluminium. At East Trinity, across the inlet from Cairns in Queensland, a scheme "
     "of the 1970s to grow sugarcane built a seawall and drains across 800 hectares of tidal "
     "wetland, and the exposed acid sulfate soils then sent acid water into Trinity Inlet, "
     "killing fish and mangroves. Since 2001 the state has treated the site by lime-assisted "
     "tidal exchange: the gates in the seawall are opened so that seawater returns, neutralises "
     "the acid and covers the pyrite again, while lime is dosed into the drains. This dataset, "
     "kept by the state environment and science departments, gives the pH, acidity, iron and "
     "aluminium of drain and inlet water, soil profiles, groundwater levels, mangrove recovery "
     "and fish kills from 2001 to 2023. Sugarcane farms elsewhere on the floodplain, and their "
     "fertiliser runoff, are not covered.",
     ("acid sulfate soils", "pyrite", "coastal floodplains", "soil remediation", "datasets"),
     ("AU",), "2024-06"),
    ("ew23", "project", "fr",
     "Projet : digues anti-sel et riziculture de mangrove sur les sols sulfatés acides de "
     "Basse-Casamance",
     "En Basse-Casamance, les Diola cultivent depuis des siècles le riz dans d'anciennes "
     "mangroves défrichées, entre des digues et des billons qui retiennent l'eau de pluie et "
     "lessivent le sel. Mais ces sols de mangrove sont des sols sulfatés acides : riches en "
     "pyrite, ils deviennent très acides quand ils s'assèchent. Les sécheresses des années 1970 "
     "et 1980, en faisant baisser les nappes et remonter le sel, ont rendu acides et stériles "
     "des milliers d'hectares de rizières, aujourd'hui abandonnées aux tannes. Ce projet, mené "
     "par une fédération d'organisations paysannes avec l'institut sénégalais de recherches "
     "agricoles et le génie rural, reconstruit des digues anti-sel munies d'ouvrages de vidange "
     "pour garder les sols humides en saison sèche, évacuer l'eau acide au bon moment et "
     "empêcher l'entrée de l'eau de mer, sélectionne des variétés de riz tolérantes avec les "
     "paysans et suit le pH, la salinité et les rendements des rizières. Le reboisement des "
     "mangroves voisines relève d'un autre programme.",
     ("sols sulfatés acides", "riziculture de mangrove", "digues anti-sel", "Casamance",
      "projets"),
     ("SN",), "2024-03"),
    ("ew24", "need", "es",
     "Necesidad: recuperar los suelos sulfatados ácidos de las camaroneras abandonadas del golfo "
     "de Fonseca",
     "En el golfo de Fonseca, en el sur de Honduras, miles de hectáreas de manglar y de playones "
     "salinos se convirtieron desde los años ochenta en estanques para criar camarón. Al drenar "
     "y excavar estos suelos de manglar, ricos en pirita, la pirita se oxida y el suelo se "
     "vuelve sulfatado ácido: el agua de los estanques pierde pH, los camarones crecen mal, y "
     "muchas camaroneras han sido abandonadas, con bordos desnudos donde ni el manglar vuelve a "
     "crecer. La secretaría de agricultura, con la dirección de pesca, una universidad agrícola "
     "y asociaciones de comunidades costeras de Choluteca y Valle, solicita apoyo para mapear la "
     "acidez de los suelos de las camaroneras abandonadas, ensayar el encalado y la reinundación "
     "con la marea para neutralizarlos, y restaurar el manglar o devolver las tierras a un uso "
     "productivo, como salinas o cultivos tolerantes. Pide también capacitación de técnicos en "
     "el análisis de suelos ácidos. Las salineras artesanales activas no forman parte de la "
     "solicitud.",
     ("suelos sulfatados ácidos", "camaroneras", "manglares", "encalado", "necesidades"),
     ("HN",), "2024-09"),
    # --- parboiled rice --------------------------------------------------------------------------
    ("ew25", "project", "en",
     "Better parboiled rice from the Abakaliki rice mill cluster: shared parboiling centres for "
     "women processors",
     "Most of the rice grown in Nigeria is parboiled before milling: the paddy is soaked, "
     "steamed and dried so that the grain hardens, breaks less in the mill and keeps its "
     "nutrients. In the Abakaliki rice mill cluster in Ebonyi State, hundreds of women parboil "
     "paddy in old oil drums over open wood fires and dry it on the ground before sending it to "
     "small mills, and the rice that reaches the market is often uneven, with stones, husks and "
     "broken grains, and loses out to imported rice. This project, run by the state agriculture "
     "ministry with a rice research centre and the cluster's processors' association, builds "
     "shared parboiling centres with steaming vessels fitted with false bottoms, stoves that "
     "burn rice husk, concrete drying floors and destoners, and trains 800 women in soaking "
     "times, steaming and drying. It measures head rice yield, broken grains, firewood saved and "
     "prices. The husk dumps of the mills and their burning are left to another project.",
     ("parboiled rice", "parboiling", "post-harvest losses", "women processors", "projects"),
     ("NG",), "2024-02"),
    ("ew26", "support-source", "fr",
     "Offre : équipements d'étuvage améliorés et formation pour les étuveuses de riz du Bénin",
     "Au Bénin, l'étuvage du riz paddy, trempé dans l'eau chaude, cuit à la vapeur puis séché "
     "avant le décorticage, est le métier de milliers de femmes de Glazoué, de Dassa-Zoumé et de "
     "Malanville, qui vendent un riz étuvé local apprécié mais souvent inégal, chargé de "
     "cailloux et de grains brisés. Le dispositif d'étuvage amélioré mis au point par un centre "
     "de recherche rizicole africain associe une cuve de trempage, un étuveur à vapeur à double "
     "fond et un foyer économe alimenté à la balle de riz. Un programme de coopération propose "
     "aux groupements et unions d'étuveuses ces kits cofinancés, la formation des femmes et des "
     "artisans soudeurs qui les fabriquent, des aires de séchage, et la mise en relation avec "
     "des décortiqueurs et des acheteurs institutionnels, comme les cantines scolaires. Les "
     "candidatures passent par les directions départementales de l'agriculture. La production de "
     "riz paddy et les aménagements d'irrigation ne sont pas financés.",
     ("riz étuvé", "étuvage", "transformation agroalimentaire", "groupements de femmes", "offres"),
     ("BJ",), "2023-11"),
    ("ew27", "dataset", "es",
     "Arroz parbolizado en los molinos del Uruguay: producción, grano entero y exportaciones, "
     "2012-2024",
     "Uruguay exporta casi todo el arroz que cosecha en el este y el norte del país, y una parte "
     "creciente sale como arroz parbolizado: el arroz con cáscara se remoja en agua caliente, se "
     "somete a vapor a presión y se seca antes de descascararlo, lo que endurece el grano, "
     "reduce el quebrado en el molino y conserva vitaminas. Este conjunto de datos, publicado "
     "por la asociación de molinos con el instituto nacional de investigación agropecuaria y la "
     "gremial de cultivadores, da por año y por planta las toneladas de arroz parbolizado y de "
     "arroz blanco elaborado, el rendimiento de grano entero y el porcentaje de quebrado, el "
     "consumo de agua y de energía de las plantas de parbolizado, y las exportaciones por "
     "destino. Añade las toneladas de cáscara de arroz quemadas para producir vapor y "
     "electricidad en los molinos. El cultivo, el riego de las chacras arroceras y los aviones "
     "que siembran y aplican agroquímicos no se tratan.",
     ("arroz parbolizado", "molinos arroceros", "poscosecha", "exportaciones", "datos"),
     ("UY",), "2024-07"),
    # --- histamine fish poisoning ----------------------------------------------------------------
    ("ew28", "dataset", "en",
     "Histamine in Sri Lanka's fresh tuna: export tests, border rejections and on-board "
     "handling, 2015-2023",
     "When tuna, mackerel and other scombroid fish are not chilled quickly after capture, "
     "bacteria turn the histidine in their flesh into histamine, which survives cooking, "
     "freezing and canning and causes scombroid fish poisoning: flushing, headache, rash and "
     "palpitations within an hour of the meal. Sri Lanka's multi-day longliners and gillnetters "
     "stay at sea for two or three weeks with ice in their holds, and fresh yellowfin tuna sent "
     "to Europe has repeatedly been rejected at the border for histamine above the legal limit. "
     "This dataset, compiled by the national aquatic resources agency with the fish inspection "
     "authority and the exporters, gives the histamine tests of export lots by year, fishery "
     "harbour and boat type, the border rejections notified by importing countries, fish "
     "temperatures measured at landing, the days at sea and the ice carried, and the outbreaks "
     "of poisoning reported by hospitals. It shows the effect of insulated fish holds and slurry "
     "ice. Formalin, sometimes added to fish in local markets, is tested separately.",
     ("histamine", "scombroid fish poisoning", "tuna", "fish handling", "datasets"),
     ("LK",), "2024-03"),
    ("ew29", "document", "fr",
     "Fiche : prévenir l'intoxication histaminique en restauration collective et chez les "
     "poissonniers",
     "L'intoxication histaminique, ou scombrotoxisme, est en France l'une des premières causes "
     "de toxi-infections alimentaires collectives liées au poisson : de quelques minutes à une "
     "heure après le repas, rougeurs du visage, maux de tête, picotements dans la bouche, "
     "diarrhée et palpitations touchent plusieurs convives à la fois. Elle est due à l'histamine "
     "que forment des bactéries dans la chair du thon, de l'espadon, du maquereau, de la sardine "
     "ou de l'anchois laissés trop longtemps à une température trop élevée, et la cuisson ne la "
     "détruit pas. Cette fiche, rédigée par la direction générale de l'alimentation avec "
     "l'agence nationale de sécurité sanitaire et les services vétérinaires départementaux, "
     "s'adresse aux cuisiniers des cantines, aux traiteurs et aux poissonniers : chaîne du froid "
     "de la criée à l'assiette, décongélation, contrôle des températures à la réception, "
     "conservation des longes de thon sous vide, signes d'alerte et déclaration des cas à "
     "l'agence régionale de santé. La ciguatera et les biotoxines des coquillages font l'objet "
     "d'autres fiches.",
     ("intoxication histaminique", "histamine", "sécurité sanitaire des aliments", "poissons",
      "guides"),
     ("FR",), "2023-04"),
    ("ew30", "event", "es",
     "Jornada técnica: histamina en el dorado y el atún de la pesca artesanal de Manta",
     "El dorado (Coryphaena hippurus) y los atunes que desembarcan las lanchas de fibra de la "
     "pesca artesanal en Manta, Jaramijó y Santa Rosa se venden frescos al mercado local y a las "
     "plantas que exportan filetes. Si el pescado pasa horas al sol sin hielo en la lancha o en "
     "la playa, se forma histamina, que no desaparece al cocinarlo ni al congelarlo y causa la "
     "intoxicación histamínica o escombroidosis, con enrojecimiento, picazón y dolor de cabeza; "
     "varios lotes de filetes de dorado han sido rechazados por histamina alta. Esta jornada "
     "técnica, organizada en Manta por la agencia de regulación y control fito y zoosanitario "
     "con el instituto público de investigación acuícola y pesquera, las asociaciones de "
     "pescadores y las plantas procesadoras, presenta los resultados de los muestreos de "
     "histamina, enseña a usar hielo y cajas térmicas a bordo y discute la trazabilidad desde la "
     "playa. La fuga de amoníaco de una planta de hielo del puerto se recuerda en una charla "
     "sobre seguridad.",
     ("histamina", "escombroidosis", "dorado", "pesca artesanal", "eventos"),
     ("EC",), "2024-11"),
)  # fmt: skip
