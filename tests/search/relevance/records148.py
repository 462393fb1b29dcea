"""Clearing-house records of the hundred-and-forty-eighth judged relevance set
(tests/search/relevance/queries148.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to
its queries, in the style of the pages of real clearing-house mechanisms: dairy herd health
pages on bovine mastitis (a project of California Mastitis Test screening, teat dipping
and veterinary treatment in the smallholder dairy herds of Tanga and Kilimanjaro, Tanzania;
journées de formation, an event, on the mammites, the test de Californie and the hygiène de
la traite for the dairy farmers and milk collectors of Mateur and Béja, Tunisia; a dataset
of the casos de mastitis and the recuento de células somáticas of the tambos of San José
and Florida, Uruguay); spice crop pages on ginger (a need to save the ginger farms of southern
Kaduna, Nigeria, after the blight of 2023; a project of gingembre dried in cossettes, ground
to powder and pressed into gnamankoudji for the women's groups of the Agnéby-Tiassa, Côte
d'Ivoire; a guide, a document, to growing kion, the jengibre of the selva central of Junín,
Peru); livestock breeding pages on artificial insemination (an offer, a support source, of AI
with Friesian, Jersey and Gir-cross semen and liquid nitrogen rounds for the dairy farmers of
western Uganda; a case study of fifteen years of campagnes d'insémination artificielle bovine,
IA, in Senegal; a need for liquid nitrogen flasks and inseminadores for the small dual-purpose
cattle farmers of Boaco and Chontales, Nicaragua); rice disease pages on rice blast (a dataset
of the leaf and neck blast surveys of Sri Lanka; a need for resistant varieties against the
pyriculariose of the upland rice of the Hautes Terres of Madagascar; a día de campo, an event,
on the piricularia, or quemazón, of the irrigated rice of Tolima, Colombia); food safety pages
on dried meat (a guide, a document, to making biltong and droëwors safely in South Africa;
a case study of the kilichi of Niamey, Maradi and Zinder, Niger; a project of charque de llama
with a registro sanitario for the altiplano of Oruro, Bolivia); fruit crop pages on passion fruit
(an offer, a support source, of grafted seedlings and training against passion fruit woodiness
disease in the highlands of western Kenya; a dataset of the vergers de fruit de la passion, the
grenadille, of La Réunion; a case study of the maracuyá of Los Ríos and Manabí, Ecuador,
and of its hand pollination); tree product pages on tamarind (a case study of the tamarind,
imli, gathered as minor forest produce and processed by women's self-help groups in Bastar,
Chhattisgarh, India; a need of the women's groups of the cercle de Kita, Mali, to process the
fruit of the tamarinier, tomi in Bambara; a feria with a taller, an event, on the tamarindo
of the potreros of Guanacaste, Costa Rica); nut crop pages on hazelnuts (a need to protect the
hazelnut orchards of western Georgia from the brown marmorated stink bug; a journée technique,
an event, on the noisetiers, the noisettes and the balanin of the Lot-et-Garonne, at Cancon,
France; a project of avellano europeo for the small farmers of La Araucanía, Chile); irrigation
pages on soil moisture sensors (a project of Chameleon sensors and wetting front detectors on
the smallholder irrigation schemes of Zimbabwe; a guide, a document, to piloting the irrigation
of potatoes with tensiomètres in Québec, Canada; a dataset of the sondas de humedad and
tensiómetros of the furrow-irrigated vineyards of Mendoza, Argentina); and aquaculture pages
on giant freshwater prawn farming (a case study of the galda, Macrobrachium rosenbergii, of
the ghers of Bagerhat and Khulna, Bangladesh; a project to relaunch the élevage d'ouassous
of Martinique with a hatchery; an offer, a support source, of postlarvas of langostino de agua
dulce and technical assistance for the farms of Veracruz and Tabasco, Mexico). English, French
and Spanish, 10 records each, every topic written once in each language (different countries,
projects and angles, not translations of one text).

None of records.py, records3.py, ..., records145.py is about these topics: their files and
the golden files (tests/mappings/golden/*.json) were searched for the topics' words in the
three languages before these were written (mastitis, mammite, mastite, udder, mamelle, ubre,
teat, trayon, pezón, somatic, cellules somatiques, células somáticas, CMT, California
Mastitis Test, test de Californie, Staphylococcus, agalactiae, dry cow, tarissement, milking,
traite, ordeño, raw milk, lait cru, leche cruda, antibiotic residues, résidus d'antibiotiques,
residuos de antibióticos; ginger, gingembre, jengibre, kion, Zingiber, gnamankoudji, rhizome rot,
Ralstonia, bacterial wilt, flétrissement bactérien, marchitez bacteriana, turmeric, curcuma,
cúrcuma, Kaduna, Pichanaki, Satipo; artificial insemination, insémination, inseminación,
semen, sperm, paillettes, pajuelas, pajillas, sexed semen, semen sexado, heat detection,
chaleurs, inseminator, inséminateur, inseminador, Montbéliarde, Holstein, Girolando; blast,
rice blast, pyriculariose, piricularia, Pyricularia, Magnaporthe, brusone, wheat blast; dried
meat, biltong, droëwors, jerky, kilishi, kilichi, charque, charqui, ch'arki, cecina, tasajo,
machaca, pemmican, carne seca, carnes secas, viande séchée, viande boucanée, viande fumée,
carne ahumada, salted meat, carne salada, carne de llama; passion fruit, passionfruit, fruit
de la passion, grenadille, granadilla, maracuja, maracuyá, parchita, chinola, Passiflora;
tamarind, tamarin, tamarinier, tamarindo, Tamarindus, imli, tomi, dakhar, Bastar, Chhattisgarh,
mahua, minor forest produce; hazelnut, hazel, noisette, noisetier, avellana, avellano, filbert,
Corylus, fındık, stink bug, Halyomorpha, marmorated; soil moisture, humidité du sol,
humedad del suelo, tensiometer, tensiomètre, tensiómetro, sonda, wetting front, Chameleon,
capacitance, watermark, irrigation scheduling, pilotage de l'irrigation; prawn, freshwater
prawn, giant river prawn, crevette d'eau douce, Macrobrachium, galda, bagda, gher, ouassou,
chevrette, camarón de río, camarones de río, langostino, langostino malayo, acamaya, pigua,
postlarva, post-larva). Screened and dropped as covered: rabbit farming (no page on farmed
rabbits, but the rabbit pages cw25-cw27 and the rabbits, "rabbits needs", lapins and conejos
queries of the sixty-ninth set would have met it), guinea pigs (cc19-cc21), quail (du07-du09,
whose Spanish need is about released farm codornices), airtight grain storage and metal silos
(t30, dropped by records124 and records140), animal traction (da19-da21, dropped by records120),
milk cooling (next to the raw milk pages fe25-fe27, dropped by records140), the dorado or
mahi-mahi (the histamine field day on the dorado of Manta, ew30, and the perico longliners of
l03), scallops (cu19-cu21), mussel farming (x19, x20, w41), shellfish gleaning (by10-by12),
cuttlefish (de28-de30), sea cucumbers (j25-j27), abalone (cq10-cq12), spearfishing (eg19-eg21),
fish aggregating devices (bj16-bj18), bilberries (ds16-ds18), heart of palm (cy28-cy30), bark
cloth (cy22-cy24), truffles (bn04-bn06), saffron (cg16-cg18), pine resin tapping (co16-co18),
chestnuts (bp28-bp30), carob (ci19-ci21) and Brazil nuts (bw18), besides the topics of sets
42 to 145 and those their docstrings list as covered; screened with no or passing hits but
not chosen: East Coast fever (no hit, but no Spanish-speaking country has it), enset (no hit,
screened by records99, and grown for food only in Ethiopia), wood vinegar (no hit), macadamia
(named by a dataset of records116), cloves (screened by set 132) and trichinellosis (no hit,
screened by set 132 and nearer the health topics).

Three earlier records are judged relevant in part (1), and no other: the solar conduction dryers
of the women farmers of Marathwada (ef13), whose title names the ginger they dry with tomatoes
and onions, are 1 to the general ginger queries (not to those on needs or on rhizome rot);
the crossbred carabaos of Nueva Ecija (ew10), water buffaloes bred by artificial insemination
with Murrah semen, are 1 to the general artificial insemination queries (not to those on needs,
Senegal or Nicaragua); and the river prawns of the lower Senegal River (br13), whose title names
the African river prawn stocked in net enclosures to eat the snails of bilharzia, are 1 to the
ouassous query, which asks for freshwater prawns, and 0 to the prawn farming queries, since
they are stocked against a disease, not farmed for food. Every other hit is passing or about
another thing, judged 0. No earlier record names mastitis: the raw milk pages (fe25-fe27),
the milk cans and milking hygiene of the camel milk offer (ew07), the dairy goats of the Q
fever pages (fs07-fs09), the tick dips (er01-er03), the bovine tuberculosis of the badger pages
(cy04-cy06) and the antibiotic and beta-agonist residues of fm20 are other things. No earlier
record is about ginger but ef13: the jus de gingembre named among the street foods of Abidjan
(fq23) is a passing mention, and the turmeric of other pages is another spice. No earlier
record names the artificial insemination of livestock but ew10: the houbara bustards bred by
insémination artificielle for release in eastern Morocco (bj02) are wild birds, no livestock,
and the local breeds (m02), the criollo cattle (m03) and the other water buffalo pages (ew11,
ew12) name no insemination. No earlier record names rice blast: the wheat rusts of Ethiopia
(fi01-fi03), whose project leaves wheat blast out, the system of rice intensification (fa07-fa09),
golden rice (z19-z21), rice-fish farming (ca10-ca12), the rice fields of waterbirds (i28-i30)
and parboiled rice (ew25-ew27) are other things. No earlier record is about dried meat: the
salted and dried meat of the guitarfishes of The Gambia (ek13) is fish and a passing mention,
and the fish smoking kilns (bx10, bx11), the nitrite curing salts (fs10-fs12), the mobile
abattoirs (fu25-fu27), the bushmeat pages (q37-q39) and the llama meat cooked on the solar
cookers of records46 are other things. No earlier record names passion fruit: the pineapples
(bm13-bm15) and the Medfly of bj13 are other fruits. No earlier record is about tamarind:
the tamarins (dy22-dy24) are monkeys, the tamarins des Hauts of Réunion (ck23) a forest
acacia, Tamarindo in Guanacaste (fn12) a beach, and the tamarind trees of the ring-tailed
lemur dataset (de01) and the tamarind seed collected by em19 are passing. No earlier record
is about hazelnuts: the hazel dormouse (dc01), the hazelnuts of the squirrels of Anglesey (cw07),
the noisetiers mycorhizés of the truffle project (bn05), the walnut trees (cq22-cq24) and
the bed bugs and kissing bugs that French calls punaises (cp13-cp15 and records35) are other
things. No earlier record is about soil moisture sensors: the drip irrigation pages (bx19-bx21),
the pilotage de l'irrigation au goutte-à-goutte named by cw14, the solar irrigation pumps
(el19-el21), the laser land levelling pages (fu28-fu30) and the soil moisture measured in
passing by agroforestry and restoration pages (eg25, eg27, fj28, ft18) are other things, the
tensiomètres and tensiómetros of the mercury pages n02 and dr30 are blood pressure meters, and the
chameleons of other pages are lizards. No earlier record is about farming freshwater prawns:
besides br13, the chevrettes poached in the rivers of Réunion named by the bichique project
(ea17), the titiri and cetí goby fry (ea16, ea18), the camarones de río killed by a river
pollution (en21), the langostino trawls of the golfo San Jorge (do10-do12), the prawn trawlers
of other pages and rice-fish farming (ca10-ca12) are other animals or other things.

records124.py to records145.py (ids fa01..fa30, ..., fv01..fv30), the most recent earlier
files, were searched like the others: their only hits on this set's words are the SRI of
fa07-fa09, the raw milk of fe25-fe27, the wheat rusts and wheat blast of fi01, the Tamarindo
beach of fn12, the residues of fm20, the jus de gingembre of fq23, the soil moisture of fj28
and ft18, the dairy goats of fs07-fs09, the curing salts of fs10-fs12, the milking goats of
the hydroponic fodder project fu22, the mobile abattoirs of fu25-fu27 and the laser levelling
of fu28-fu30. None of their records answers a query of this set.

records146.py and records147.py (ids fw01..fw30 and fx01..fx30), written at the same time
by two other engineers, were searched for the same words once they were finished (with their
queries146.tsv and queries147.tsv, each with its 60 queries), after this set's records and queries
were written, while the queries were being judged. The topics of records146.py are aluminium
dross and salt slag, unaddressed advertising mail, the surveillance of pathogens in wastewater,
hand-arm vibration syndrome, natural rubber latex allergy, defective Takata airbag inflators,
swallowed high-powered magnets, counterfeit engine oil, balcony solar and dry firewood; those
of records147.py are oropendolas, rockfowl (Picathartes), tayras, praying mantises, army ants,
wood ants, ocellated lizards, the Barbary thuja, sticklebacks and bluebells. None of their records
names bovine mastitis, ginger, the artificial insemination of livestock, rice blast, dried meat,
passion fruit, tamarind, hazelnuts, soil moisture sensors or freshwater prawns, and none is
judged relevant. The nearest are 0: the moisture meters, humidimètres and xilohigrómetros
of the dry firewood pages (fw28-fw30) measure the moisture of logs, not of soil; the sondas
of the latex allergy need of Corrientes (fw15) are catheters; the natural rubber of the latex
pages (fw13-fw15) is no crop page; the chacras of Misiones where the yapú nests, with their
yerba mate (fx03), and the planters of Soubré who live with the magnans, with their cabosses
(fx14), grow no crop of this set; and the irrigated gardens where the Barbary thuja is not
to be planted (fx22) and the bushmeat and tamarins of the screening list of records147 are
passing. None of their queries is repeated in queries148.tsv. records149.py (ids fz01..fz30),
written at the same time by another engineer on water, oceans and coasts, climate adaptation,
cities, disasters and capacity building topics, is not part of this set's pool.

Traps: the East Coast fever, the tick control, the antibiotic residues and the milk
collection centres of fy01 (0 to tick dips and to milk cooling); the fièvre aphteuse, the
tuberculose bovine and the résistances aux antibiotiques of fy02 (0 to bovine tuberculosis);
the leptospirosis and the washing water of fy03; the turmeric, the fungicides and the split
ginger dried for export of fy04 (0 to turmeric); the ananas, the cacao, the hévéa and the
claies of fy05 (0 to pineapples and to natural rubber); the cúrcuma, the café, the erosion
and the límites de residuos de plaguicidas of fy06 (0 to pesticide residues); the Ankole
cows, the brucellosis and the embryo transfer of fy07; the lait en poudre, the zébus Gobra,
the tiques and the centres de collecte du lait of fy08 (0 to local breeds); the Brahman crosses,
the consanguinidad, the pastos and the sequía of fy09; the brown planthopper, the bacterial leaf
blight and the nitrogen of fy10; the système de riziculture intensive and the semis direct sous
couverture végétale of fy11 (0 to the SRI and to cover crops); the manchado de grano and the
vaneamiento por calor of fy12; the game meat, the abattoir and the Salmonella and Listeria of
fy13; the pâte d'arachide and its aflatoxines, the chameau, the lait caillé and the fromage
tchoukou of fy14 (0 to aflatoxins and to camel milk); the sarcocistosis, the fibra de llama,
the quinua and the matadero rural of fy15 (0 to quinoa and to mobile abattoirs); the tree
tomatoes, the Fusarium collar rot and the aphids of fy16; the ananas Victoria, the letchi,
the mouches des fruits and the bactériose of fy17 (0 to pineapples and to fruit flies); the
abejorros carpinteros, the cacao and the banano of fy18 (0 to bees and to cocoa); the mahua
flowers, the sal seeds and the haats of fy19; the karité and the néré of fy20 (0 to shea
and to the Sahelian parklands); the beach of Tamarindo and the ganado of the potreros of fy21;
the samurai wasp, the bees, the persimmons and the citrus of fy22 (0 to biological control and
to invasive insects in general); the balanin, the punaises, the noix and the pruneaux d'Ente
of fy23 (0 to walnuts); the avellano chileno, Gevuina avellana, a native tree, and the pine
and eucalyptus plantations of fy24; the canal lining, the pump repairs, the nitrate and the
Chameleon sensors of fy25 (0 to solar irrigation pumps and to chameleons); the gale commune,
the mildiou and the Lac-Saint-Jean of fy26 (0 to late blight and to bleuets); the heladas,
the granizo and the viñedos of fy27 (0 to frost, hail and vineyard pages); the bagda tiger
shrimp, the floods, the cyclones and the snails of fy28 (0 to shrimp farming); the chlordécone
and the pêche en rivière of fy29 (0 to chlordecone); and the tilapia, the acamaya and pigua
caught wild and the encalado of the ponds of fy30 (0 to tilapia and to liming). For the country
and exclusion queries: fy01 names only Tanzania; fy02 only Tunisia; fy03 only Uruguay; fy04
only Nigeria; fy05 only Côte d'Ivoire; fy06 only Peru; fy07 only Uganda; fy08 only Senegal;
fy09 only Nicaragua; fy10 only Sri Lanka; fy11 only Madagascar; fy12 only Colombia; fy13 only
South Africa; fy14 Niger (Nigeria and Europe as markets); fy15 only Bolivia; fy16 only Kenya;
fy17 only La Réunion; fy18 Ecuador (Venezuela and the Dominican Republic only for the names
parchita and chinola); fy19 only India; fy20 only Mali; fy21 only Costa Rica; fy22 Georgia
(East Asia as the bug's origin, Turkey and Azerbaijan as neighbours to share data with); fy23
only France; fy24 only Chile; fy25 only Zimbabwe; fy26 Canada (Québec); fy27 only Argentina;
fy28 only Bangladesh; fy29 only Martinique; fy30 only Mexico.

Ids (fy01..fy30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
fu01..fu30, fv01..fv30), nor with those of records146.py (fw01..fw30), records147.py (fx01..fx30)
and records149.py (fz01..fz30), written at the same time, and no earlier id starts with "fy".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- bovine mastitis --------------------------------------------------------------------------
    ("fy01", "project", "en",
     "Project: screening and preventing mastitis in the smallholder dairy herds of Tanga "
     "and Kilimanjaro",
     "Mastitis, the inflammation of the udder caused mostly by bacteria such as Staphylococcus "
     "aureus and Streptococcus agalactiae, is the costliest disease of the crossbred dairy "
     "cows kept by smallholders in Tanzania's Tanga and Kilimanjaro regions. Most cases are "
     "subclinical: the milk looks normal, but yields fall and more milk is rejected at the "
     "collection centres. This project of a veterinary university, the regional livestock "
     "offices and three dairy cooperatives trains farmers and village paravets to test every "
     "cow each month with the California Mastitis Test (CMT), to wash and dry teats before "
     "hand milking and dip them after, to milk infected cows last and to treat clinical cases "
     "with a full course prescribed by a veterinarian instead of drugs bought at the agrovet "
     "shop. It records cases, somatic cell counts and antibiotic residues in cooperative milk, "
     "and the cost of these measures for 600 households. East Coast fever and tick control "
     "are left to another programme.",
     ("mastitis", "dairy cattle", "milk quality", "animal health", "projects"),
     ("TZ",), "2024-07"),
    ("fy02", "event", "fr",
     "Journées de formation : dépister et prévenir les mammites dans les élevages laitiers "
     "de Mateur et de Béja",
     "Dans le nord de la Tunisie, les petits éleveurs de vaches laitières Holstein ou "
     "croisées livrent leur lait deux fois par jour aux centres de collecte de Mateur et de "
     "Béja, qui le paient désormais à la qualité : au-delà d'un certain taux de cellules "
     "somatiques, le prix baisse. Les mammites, infections de la mamelle le plus souvent "
     "subcliniques, en sont la première cause. Ces journées de formation, organisées par "
     "l'office de l'élevage, un groupement de développement agricole et l'école nationale "
     "de médecine vétérinaire, montreront aux éleveurs et aux collecteurs comment faire "
     "le test de Californie (CMT) au pied de la vache, nettoyer et tremper les trayons, "
     "régler et laver la machine à traire, traiter les vaches au tarissement et tenir un "
     "carnet sanitaire. Des vétérinaires présenteront les germes isolés dans la région "
     "et leurs résistances aux antibiotiques. La fièvre aphteuse et la tuberculose bovine "
     "ne sont pas au programme.",
     ("mammites", "élevage laitier", "qualité du lait", "hygiène de la traite", "événements"),
     ("TN",), "2025-04"),
    ("fy03", "dataset", "es",
     "Mastitis y recuento de células somáticas en los tambos de San José y Florida, 2015-2024",
     "En Uruguay casi toda la leche se remite a la industria, que paga bonificaciones o aplica "
     "descuentos según el recuento de células somáticas (RCS) y el recuento bacteriano de "
     "la leche del tanque. Este conjunto de datos, reunido por un laboratorio de calidad de "
     "leche, la facultad de veterinaria y una cooperativa de productores, reúne los análisis "
     "mensuales de la leche de tanque de 420 tambos de los departamentos de San José y "
     "Florida, los casos clínicos de mastitis registrados vaca por vaca, los resultados "
     "del cultivo bacteriológico de muestras de cuartos mamarios (Staphylococcus aureus, "
     "Streptococcus uberis, Streptococcus agalactiae, coliformes) y los antibiogramas, junto "
     "con datos del manejo del ordeño: sellado de pezones, terapia de secado, mantenimiento "
     "de la máquina de ordeñar y tipo de cama en los encierros. Permite seguir el RCS por "
     "estación, por sistema y por tamaño de tambo. La leptospirosis y la calidad del agua "
     "de lavado se registran en otras bases.",
     ("mastitis bovina", "células somáticas", "calidad de leche", "tambos", "conjuntos de datos"),
     ("UY",), "2025-03"),
    # --- ginger -----------------------------------------------------------------------------------
    ("fy04", "need", "en",
     "Need: saving the ginger farms of southern Kaduna after the blight of 2023",
     "Southern Kaduna State grows most of Nigeria's ginger, a rhizome that smallholders in "
     "Kachia, Jaba, Kagarko and Kauru plant at the start of the rains and sun-dry for export "
     "as split ginger. In 2023 a blight swept through the fields: leaves yellowed and dried, "
     "shoots collapsed and rhizomes rotted, destroying most of the crop and leaving farmers "
     "who had borrowed for seed and labour in debt. Samples pointed to a fungal leaf disease "
     "followed by rhizome rot. A ginger farmers' association, the state agricultural development "
     "agency and a university ask for support to identify the pathogens with certainty, produce "
     "clean seed rhizomes, train farmers in rotation, field drainage, seed treatment and the "
     "safe use of fungicides, and set up a field warning system before the next planting. Help "
     "with washing slabs and drying floors to meet export standards is also requested. Turmeric, "
     "grown by some of the same farmers, is not covered.",
     ("ginger", "ginger blight", "crop diseases", "smallholders", "needs"),
     ("NG",), "2024-02"),
    ("fy05", "project", "fr",
     "Projet : du gingembre en cossettes, en poudre et en gnamankoudji pour les groupements "
     "de femmes de l'Agnéby-Tiassa",
     "En Côte d'Ivoire, le gingembre (Zingiber officinale) est surtout connu sous la forme "
     "du gnamankoudji, la boisson de gingembre râpé, pressé et sucré, parfois parfumée "
     "à l'ananas, que l'on vend glacée en sachets ou en bouteilles. La demande des villes "
     "et des exportateurs augmente, mais les producteurs de l'Agnéby-Tiassa plantent des "
     "rhizomes de mauvaise qualité et perdent une partie de la récolte, qui pourrit faute "
     "d'acheteurs. Ce projet d'une ONG de développement rural, du conseil régional et d'un "
     "centre de recherche agronomique aide 30 groupements, surtout de femmes, à produire des "
     "rhizomes-semences sains, à cultiver le gingembre sur buttes, à le laver, l'éplucher, "
     "le trancher et le sécher en cossettes sur des claies surélevées, puis à le moudre "
     "en poudre vendue aux grossistes. Il forme aussi les transformatrices à l'hygiène de la "
     "fabrication et de la conservation du jus. Le cacao et l'hévéa des mêmes exploitations "
     "ne sont cités qu'en passant.",
     ("gingembre", "gnamankoudji", "transformation agroalimentaire", "groupements de femmes",
      "projets"),
     ("CI",), "2024-11"),
    ("fy06", "document", "es",
     "Guía técnica: cultivo de kion (jengibre) en la selva central, de la semilla al empaque",
     "El kion, como se llama en el Perú al jengibre (Zingiber officinale), se ha convertido "
     "en uno de los productos de exportación de la selva central: en Pichanaki, Perené y "
     "Satipo, en Junín, miles de pequeños productores lo siembran en laderas. Esta guía de "
     "una dirección regional de agricultura y de una cooperativa exportadora explica cómo "
     "elegir y desinfectar los rizomas semilla, preparar camas altas siguiendo las curvas de "
     "nivel para frenar la erosión, abonar y controlar las malezas, y sobre todo cómo prevenir "
     "la pudrición del rizoma y la marchitez bacteriana (Ralstonia), que obligan a abandonar "
     "las chacras, mediante la rotación y el descanso del suelo. Dedica un capítulo a la "
     "cosecha, el lavado, la selección y el empaque para el mercado fresco, y a los límites "
     "máximos de residuos de plaguicidas que exigen los países compradores. La cúrcuma, "
     "que algunos productores siembran al lado, y el café se citan solo de paso.",
     ("kion", "jengibre", "selva central", "buenas prácticas agrícolas", "guías"),
     ("PE",), "2025-01"),
    # --- artificial insemination ------------------------------------------------------------------
    ("fy07", "support-source", "en",
     "Offer: artificial insemination services and liquid nitrogen rounds for dairy farmers "
     "in western Uganda",
     "In the cattle corridor of western Uganda, many farmers want to cross their Ankole cows "
     "with dairy breeds but can only borrow a neighbour's bull, which brings no genetic "
     "gain and may spread brucellosis. A national animal genetic resources centre, with "
     "district veterinary offices and two dairy cooperatives, offers artificial insemination "
     "(AI) at a subsidised price per straw: semen of Friesian, Jersey and Gir-cross bulls, "
     "stored in liquid nitrogen tanks at satellite stations in Mbarara and Kiruhura and "
     "carried by trained inseminators on motorcycles who answer farmers' calls. The offer "
     "includes training in heat detection, oestrus synchronisation for groups of cows, "
     "pregnancy diagnosis two months after service, a record card for every calf, and a "
     "limited stock of sexed semen for heifer calves. Cooperative members can pay from their "
     "milk deliveries. Embryo transfer is not part of the offer.",
     ("artificial insemination", "dairy cattle", "animal genetic resources", "crossbreeding",
      "offers"),
     ("UG",), "2024-08"),
    ("fy08", "case-study", "fr",
     "Étude de cas : quinze ans de campagnes d'insémination artificielle bovine au Sénégal",
     "Pour réduire ses importations de lait en poudre, le Sénégal mène depuis 2008 des "
     "campagnes nationales d'insémination artificielle (IA) des vaches locales, surtout "
     "des zébus Gobra, avec de la semence de taureaux de races laitières importées "
     "(Montbéliarde, Holstein, Normande) ou de zébus Guzérat. Les vaches sont rassemblées "
     "par village, leurs chaleurs synchronisées par des implants hormonaux, puis inséminées "
     "par des vétérinaires privés et des agents de l'élevage. Cette étude de cas d'une "
     "école vétérinaire régionale et d'un institut de recherche agricole analyse les "
     "données de plusieurs campagnes dans le bassin arachidier et la zone des Niayes : taux "
     "de gestation, naissances de veaux métis, lait produit par les vaches croisées, coût "
     "par veau né et abandons. Elle montre que les résultats dépendent de l'alimentation "
     "des vaches et du suivi des éleveurs, et que beaucoup de métis souffrent de la chaleur "
     "et des tiques. Les centres de collecte du lait ne sont évoqués qu'en passant.",
     ("insémination artificielle", "amélioration génétique", "élevage laitier", "bovins",
      "études de cas"),
     ("SN",), "2024-05"),
    ("fy09", "need", "es",
     "Necesidad: termos de nitrógeno líquido e inseminadores para los pequeños ganaderos "
     "de Boaco y Chontales",
     "En Boaco y Chontales, la zona lechera de Nicaragua, la mayoría de los ganaderos ordeña "
     "a mano vacas de doble propósito cruzadas con Brahman y usa toros de monta que a menudo "
     "son parientes de las propias vacas, de modo que la consanguinidad y la baja producción "
     "de leche se acumulan. La inseminación artificial (IA) permitiría usar toros probados "
     "de razas lecheras y de doble propósito, pero los centros de acopio no tienen termos "
     "de nitrógeno líquido ni técnicos que lleguen a las fincas alejadas. Una cooperativa "
     "de ganaderos, una escuela de agricultura y ganadería y el instituto de tecnología "
     "agropecuaria solicitan apoyo para comprar termos y un tanque de nitrógeno, formar como "
     "inseminadores a jóvenes de las comunidades, capacitar a las familias en detección "
     "de celo y manejo reproductivo, y llevar registros de cada servicio y de cada parto. La "
     "mejora de los pastos y la sequía se tratan en otra solicitud.",
     ("inseminación artificial", "mejoramiento genético", "ganadería de doble propósito",
      "pequeños productores", "necesidades"),
     ("NI",), "2025-02"),
    # --- rice blast -------------------------------------------------------------------------------
    ("fy10", "dataset", "en",
     "Rice blast surveillance in Sri Lanka: leaf and neck blast by district and season, "
     "2012-2024",
     "Rice blast, caused by the fungus Magnaporthe oryzae (Pyricularia oryzae), is the most "
     "damaging disease of rice in Sri Lanka, above all in the cool, wet months of the Maha "
     "season and in fields given too much nitrogen. Leaf blast leaves diamond-shaped grey "
     "lesions; neck blast breaks the panicle before the grain fills. This dataset of the "
     "national rice research institute and the provincial agriculture departments brings "
     "together the surveys of extension officers in 14 districts: for each field and season, "
     "the variety sown, the dates of planting and heading, the share of leaves and panicles "
     "infected, the fungicides applied, the nitrogen rate and the yield loss estimated "
     "at harvest, with daily rainfall, humidity and night temperatures from nearby weather "
     "stations. It also lists the blast reactions of new varieties in screening nurseries. Brown "
     "planthopper and bacterial leaf blight counts from the same surveys are kept in separate "
     "files.",
     ("rice blast", "Magnaporthe oryzae", "crop diseases", "disease surveillance", "datasets"),
     ("LK",), "2025-01"),
    ("fy11", "need", "fr",
     "Besoin : variétés résistantes et suivi de la pyriculariose du riz pluvial sur les "
     "Hautes Terres",
     "Sur les Hautes Terres de Madagascar, dans le Vakinankaratra et l'Itasy, les paysans "
     "cultivent de plus en plus de riz pluvial sur les collines, les tanety, faute de "
     "rizières irriguées. Au-dessus de 1 200 mètres, la pyriculariose, due au champignon "
     "Pyricularia oryzae, brûle les feuilles et casse le cou des panicules les années "
     "humides ; certaines variétés diffusées il y a dix ans ont perdu leur résistance, "
     "car le champignon évolue. Le centre national de recherche agronomique, une plateforme "
     "de semences paysannes et des organisations de producteurs demandent un appui pour tester "
     "chaque année les variétés et les lignées nouvelles dans un réseau de parcelles "
     "d'observation, analyser les souches du champignon au laboratoire, multiplier les semences "
     "des variétés qui résistent et former les paysans à mélanger les variétés et à "
     "limiter l'azote. Le système de riziculture intensive et le semis direct sous couverture "
     "végétale ne sont cités qu'en passant.",
     ("pyriculariose", "riz pluvial", "variétés résistantes", "santé des plantes", "besoins"),
     ("MG",), "2024-09"),
    ("fy12", "event", "es",
     "Día de campo: manejo integrado de la piricularia del arroz en el Tolima",
     "La piricularia o quemazón del arroz (Pyricularia oryzae) es la enfermedad que más "
     "aplicaciones de fungicida exige en los arrozales de riego del Tolima y del Huila: "
     "en los semestres lluviosos ataca primero las hojas y luego el cuello de la panícula, "
     "que se vuelve blanca y vana. En este día de campo, el gremio de arroceros, el instituto "
     "agropecuario y una universidad mostrarán en un campo experimental de Saldaña parcelas "
     "con variedades de distinta resistencia, fechas de siembra escalonadas, dosis de nitrógeno "
     "fraccionadas y densidades de siembra más bajas, y compararán la incidencia de la "
     "enfermedad y el número de aplicaciones necesarias. Los técnicos explicarán cómo "
     "reconocer las lesiones en forma de rombo, cómo usar el sistema de alertas basado en "
     "el clima y cómo rotar los fungicidas para no crear resistencia. El manchado de grano "
     "y el vaneamiento por calor se tratarán en otra jornada.",
     ("piricularia", "arroz", "manejo integrado de enfermedades", "fungicidas", "eventos"),
     ("CO",), "2025-05"),
    # --- dried meat -------------------------------------------------------------------------------
    ("fy13", "document", "en",
     "Guidance: making biltong and droëwors safely in small butcheries and home industries",
     "Biltong, strips of beef or game meat cured with salt, vinegar and coriander and dried "
     "in the air, and droëwors, the dried sausage, are sold in every butchery and filling "
     "station in South Africa, and more and more small producers make them in back rooms and "
     "home kitchens. Because the meat is never cooked, hygiene is the only barrier against "
     "Salmonella, Listeria monocytogenes and moulds. This guide, written by a meat industry "
     "association with the provincial food control authorities, explains how to choose and trim "
     "meat, measure salt and vinegar, keep cutting tables and hanging rooms clean, control "
     "temperature, humidity and air flow in drying cabinets, check that the product is dry "
     "enough by its weight loss and water activity, and package, label and store it. It lists "
     "the microbiological limits applied to ready-to-eat meat and the records that inspectors "
     "will ask to see. Game carcasses must come from an approved abattoir.",
     ("biltong", "dried meat", "food safety", "meat hygiene", "guidance"),
     ("ZA",), "2024-10"),
    ("fy14", "case-study", "fr",
     "Étude de cas : le kilichi de Niamey, Maradi et Zinder, une viande séchée entre "
     "savoir-faire et sécurité sanitaire",
     "Au Niger, le kilichi est une viande de bœuf, de mouton ou de chameau découpée en fines "
     "lanières, séchée au soleil, enrobée d'une pâte d'arachide, d'épices et de piment, "
     "puis séchée de nouveau et grillée. Préparé par des artisans, surtout des hommes, "
     "à Niamey, Maradi et Zinder, il se vend dans les marchés et les gares routières, et "
     "part jusqu'au Nigeria et en Europe dans les bagages des voyageurs. Cette étude de cas "
     "d'une université nigérienne et d'un laboratoire national de santé publique suit douze "
     "ateliers pendant un an : origine des viandes, séchage sur des claies ou à même des "
     "nattes, mouches et poussière, teneur en eau, contamination par des bactéries et par "
     "les aflatoxines de la pâte d'arachide, prix et revenus. Elle propose des séchoirs "
     "fermés et grillagés, un guide de bonnes pratiques et un label collectif. Le lait "
     "caillé et le fromage tchoukou ne sont mentionnés qu'en passant.",
     ("kilichi", "viande séchée", "sécurité sanitaire des aliments", "artisanat alimentaire",
      "études de cas"),
     ("NE",), "2024-04"),
    ("fy15", "project", "es",
     "Proyecto: charque de llama con registro sanitario para las comunidades del altiplano "
     "de Oruro",
     "En el altiplano de Oruro, donde las familias crían llamas por encima de los 3.700 "
     "metros, la carne que no se vende fresca se convierte desde hace siglos en charque: "
     "se corta en láminas finas, se sala y se deja secar al sol y a las heladas nocturnas "
     "durante semanas. El charque se vende en ferias y mercados de La Paz y Cochabamba, "
     "pero sin registro sanitario no puede llegar a los supermercados ni a los desayunos "
     "escolares. Este proyecto de una asociación de productores de camélidos, el servicio de "
     "sanidad agropecuaria e inocuidad alimentaria y una fundación construye tres secaderos "
     "con malla y techo, un pequeño matadero rural autorizado y una sala de salado, capacita "
     "en higiene, en control de la sal y de la humedad y en la detección de la sarcocistosis, "
     "cuyos quistes hacen rechazar la carne, y tramita el registro sanitario y la etiqueta. La "
     "fibra de llama y la quinua de las mismas comunidades no forman parte del proyecto.",
     ("charque", "carne de llama", "inocuidad alimentaria", "camélidos", "proyectos"),
     ("BO",), "2024-12"),
    # --- passion fruit ----------------------------------------------------------------------------
    ("fy16", "support-source", "en",
     "Offer: clean grafted passion fruit seedlings and training for growers in western Kenya",
     "Purple passion fruit (Passiflora edulis) is a favourite cash crop of small farms in the "
     "highlands of western Kenya, sold fresh in Nairobi and to juice makers, but many orchards "
     "now die within two years. Passion fruit woodiness disease, caused by a virus spread "
     "by aphids and by infected cuttings, makes fruits small, hard and cracked, and Fusarium "
     "collar rot kills the vines at the base. A horticultural research centre and accredited "
     "private nurseries in Uasin Gishu, Trans Nzoia and Bungoma offer clean seedlings of purple "
     "passion fruit grafted on yellow passion fruit rootstock, which tolerates soil-borne "
     "diseases, raised from virus-tested mother plants in insect-proof screenhouses. Each "
     "buyer receives a training day on trellising, pruning, removing infected vines, hand "
     "pollination and spraying only when needed, and a follow-up visit. Farmer groups can "
     "pay in instalments after the first harvest. Tree tomatoes, also sold by the nurseries, "
     "are not part of the offer.",
     ("passion fruit", "clean planting material", "woodiness virus", "horticulture", "offers"),
     ("KE",), "2024-06"),
    ("fy17", "dataset", "fr",
     "Vergers de fruit de la passion de La Réunion : surfaces, récoltes, prix et "
     "bioagresseurs, 2014-2024",
     "À La Réunion, le fruit de la passion, ou grenadille (Passiflora edulis), pousse sur "
     "des treilles dans les exploitations des Hauts de l'Ouest et du Sud et se vend sur les "
     "marchés forains, aux confiseurs et aux fabricants de jus. Ce jeu de données de la "
     "chambre d'agriculture et d'un réseau d'expérimentation en arboriculture réunit pour "
     "chaque année les surfaces plantées par commune, les volumes récoltés et livrés "
     "aux coopératives, les prix au kilo, et les relevés des parcelles de référence : "
     "dépérissements dus au Fusarium et à la bactériose, attaques de mouches des fruits, "
     "piégeages de punaises, traitements appliqués et rendements. Il inclut les essais de "
     "variétés à fruits jaunes et violets, de porte-greffes et de filets anti-insectes. Les "
     "données sur l'ananas Victoria et le letchi, produits par les mêmes exploitations, "
     "figurent dans d'autres jeux.",
     ("fruit de la passion", "grenadille", "arboriculture fruitière", "bioagresseurs",
      "jeux de données"),
     ("RE",), "2025-02"),
    ("fy18", "case-study", "es",
     "Estudio de caso: la maracuyá de Los Ríos y Manabí, entre la polinización a mano y "
     "el precio del concentrado",
     "Ecuador es uno de los mayores productores de maracuyá amarilla (Passiflora edulis "
     "f. flavicarpa), la fruta de la pasión que en Venezuela llaman parchita y en la "
     "República Dominicana chinola. En Los Ríos y Manabí la cultivan pequeños productores "
     "en espalderas, para las plantas que exportan concentrado de jugo. Este estudio de "
     "caso de una universidad técnica y de una asociación de productores sigue durante "
     "tres años a 60 fincas: rendimientos, costos de postes y alambre, pagos recibidos, "
     "enfermedades y plagas, y sobre todo la polinización. Las flores solo cuajan si las "
     "visitan abejorros carpinteros (Xylocopa), escasos donde se desmonta y se fumiga, por "
     "lo que muchos productores polinizan a mano cada tarde. El estudio compara fincas con "
     "polinización a mano, con refugios para los abejorros y sin ninguna medida, y muestra "
     "cómo las caídas del precio del concentrado empujan a abandonar los cultivos. El cacao "
     "y el banano se citan solo de paso.",
     ("maracuyá", "polinización", "fruticultura", "pequeños productores", "estudios de caso"),
     ("EC",), "2024-08"),
    # --- tamarind ---------------------------------------------------------------------------------
    ("fy19", "case-study", "en",
     "Case study: women's self-help groups and the tamarind trade of Bastar, Chhattisgarh",
     "In the forested Bastar region of Chhattisgarh, India, tamarind (Tamarindus indica), "
     "imli in Hindi, is gathered every spring from old trees around villages and in the "
     "forests and sold as minor forest produce. Adivasi families used to sell whole pods "
     "to traders at the weekly haats for very little. Since the state set a minimum support "
     "price and organised women's self-help groups into collection and processing centres, "
     "the groups buy pods, remove the shell, fibre and seeds by hand or with small machines, "
     "press the pulp into bricks and sell tamarind paste, concentrate and seed powder. This "
     "case study by a forestry research institute follows eight centres over three seasons: "
     "quantities bought, prices paid to gatherers, women's earnings, working conditions, "
     "losses to mould, and the care of the old trees left in villages. It also records "
     "disputes with traders. Mahua flowers and sal seeds, collected by the same families, "
     "are mentioned only in passing.",
     ("tamarind", "minor forest produce", "non-timber forest products", "self-help groups",
      "case studies"),
     ("IN",), "2024-03"),
    ("fy20", "need", "fr",
     "Besoin : conserver et transformer les fruits du tamarinier pour les groupements de "
     "femmes du cercle de Kita",
     "Dans la région de Kayes, au Mali, le tamarinier (Tamarindus indica), tomi en bambara, "
     "pousse dans les champs, autour des villages et le long des marigots. Ses gousses, "
     "récoltées de janvier à avril, donnent la pulpe acide que les femmes vendent en boules "
     "sur les marchés ou transforment en jus et en sirop de tamarin, et ses feuilles entrent "
     "dans les sauces. Faute de stockage, les gousses se vendent à bas prix, la pulpe moisit "
     "et les insectes attaquent les graines. Une union de groupements féminins du cercle de "
     "Kita, avec le service des eaux et forêts et une ONG, demande un appui pour construire "
     "un magasin ventilé, acquérir des décortiqueuses et une presse, former 400 femmes à "
     "l'hygiène et au conditionnement de la pulpe et des sirops, obtenir une autorisation "
     "de mise sur le marché et planter des tamariniers greffés. Le karité et le néré, "
     "cueillis par les mêmes femmes, ne sont cités qu'en passant.",
     ("tamarinier", "tamarin", "produits forestiers non ligneux", "groupements de femmes",
      "besoins"),
     ("ML",), "2024-11"),
    ("fy21", "event", "es",
     "Feria y taller: el tamarindo de los potreros de Guanacaste, de la vaina a la pulpa",
     "En Guanacaste, los tamarindos (Tamarindus indica) plantados hace décadas en los potreros "
     "y a orillas de los caminos dan sombra al ganado y cada verano cargan vainas que casi nadie "
     "cosecha, mientras las fábricas de refrescos y de confites compran pulpa de tamarindo "
     "importada. Esta feria con taller, organizada por una asociación de productores de Santa "
     "Cruz, el ministerio de agricultura y una universidad, reunirá en Nicoya a productores, "
     "recolectoras y pequeñas empresas: habrá demostraciones de cosecha y secado de las "
     "vainas, descascarado, despulpado y pasteurizado de la pulpa, preparación de refrescos, "
     "confites y salsas, y charlas sobre cómo injertar árboles de variedades dulces, llevar "
     "registros y cumplir los requisitos sanitarios para vender a las fábricas. Las playas "
     "de Tamarindo, que dan nombre al pueblo turístico vecino, no tienen relación con la "
     "feria, y el ganado de los mismos potreros se menciona solo de paso.",
     ("tamarindo", "agroindustria rural", "frutales", "árboles en potreros", "eventos"),
     ("CR",), "2025-03"),
    # --- hazelnuts --------------------------------------------------------------------------------
    ("fy22", "need", "en",
     "Need: protecting Georgia's hazelnut orchards from the brown marmorated stink bug",
     "Hazelnuts are western Georgia's main export crop, grown by tens of thousands of families "
     "in Samegrelo, Guria and Imereti. Since 2016 the brown marmorated stink bug (Halyomorpha "
     "halys), an invasive insect from East Asia that arrived with goods and vehicles, has "
     "swarmed into the orchards: its feeding makes kernels shrivel, darken and taste bitter, "
     "and in bad years buyers rejected much of the crop and export earnings fell sharply. Mass "
     "spraying from trucks and aircraft was tried and criticised for its effects on bees. The "
     "plant protection service, a hazelnut growers' association and an agricultural university "
     "ask for support to build a trapping and monitoring network, rear and release the samurai "
     "wasp (Trissolcus japonicus), an egg parasitoid, train growers in the timing of targeted "
     "sprays, improve drying and sorting to remove damaged nuts, and share data with Turkey "
     "and Azerbaijan. The persimmons and citrus that the bug also attacks are not covered.",
     ("hazelnuts", "brown marmorated stink bug", "plant protection", "biological control",
      "needs"),
     ("GE",), "2024-05"),
    ("fy23", "event", "fr",
     "Journée technique noisette : conduite du verger et lutte contre le balanin, Cancon",
     "La France produit l'essentiel de ses noisettes dans le Lot-et-Garonne et les départements "
     "voisins, où une coopérative regroupe plusieurs centaines de nuciculteurs. Depuis "
     "l'interdiction de plusieurs insecticides, le balanin de la noisette, un charançon dont "
     "la larve vide le fruit, et les punaises qui piquent les amandes font perdre une part "
     "croissante de la récolte. Cette journée technique de la station d'expérimentation, "
     "de la chambre d'agriculture et de la coopérative présentera à Cancon les essais en "
     "cours : filets, piégeage, argile kaolinite, nématodes et champignons entomopathogènes, "
     "lâchers de parasitoïdes, broyage des feuilles et ramassage mécanique. Elle abordera "
     "aussi la taille des noisetiers en gobelet ou en cépée, l'irrigation et la fertilisation, "
     "le séchage et le calibrage des noisettes. Une visite de vergers récents, plantés "
     "sur d'anciennes terres à céréales, terminera la journée. Les noix et les pruneaux "
     "d'Ente ne sont évoqués qu'en passant.",
     ("noisettes", "noisetier", "nuciculture", "protection des cultures", "événements"),
     ("FR",), "2025-06"),
    ("fy24", "project", "es",
     "Proyecto: avellano europeo para pequeños agricultores de La Araucanía, con secado y "
     "venta en común",
     "En las regiones del Maule, Ñuble y La Araucanía, el avellano europeo (Corylus avellana) "
     "se ha extendido en pocos años sobre antiguas praderas y trigales, impulsado por la "
     "demanda de las industrias de chocolates y cremas de avellana, y Chile es hoy uno de los "
     "mayores exportadores de avellanas, producidas sobre todo en grandes huertos. Este proyecto "
     "de una cooperativa campesina, el instituto de desarrollo agropecuario y una universidad "
     "regional acompaña a 80 pequeños agricultores mapuches y no mapuches de La Araucanía "
     "que plantan de dos a cinco hectáreas: plantas certificadas y variedades polinizantes, "
     "riego compartido, manejo de las heladas primaverales y del chanchito blanco, un centro "
     "común de secado y calibrado, y un contrato de compra a precio conocido. El avellano "
     "chileno o gevuín (Gevuina avellana), árbol nativo del bosque del sur, es otra especie "
     "y no forma parte del proyecto. Las plantaciones de pino y eucalipto se citan de paso.",
     ("avellano europeo", "avellanas", "fruticultura", "agricultura familiar campesina",
      "proyectos"),
     ("CL",), "2024-10"),
    # --- soil moisture sensors --------------------------------------------------------------------
    ("fy25", "project", "en",
     "Project: soil moisture sensors for farmers on smallholder irrigation schemes in Zimbabwe",
     "Farmers on small irrigation schemes in Zimbabwe often water by habit: every plot on its "
     "day in the roster, for as long as the canal runs. Much of the water drains below the "
     "roots and carries fertiliser away, while plots at the tail end go short. This project of "
     "an agricultural research council, the irrigation department and the scheme committees "
     "of Silalatshani and Mkoba gives farmers simple soil moisture tools: Chameleon sensors, "
     "buried at three depths, whose reader shows blue, green or red lights for wet, moist "
     "or dry soil, and wetting front detectors, funnels that raise a float when the water "
     "reaches them. Farmer learning groups compare the readings with their own judgement, "
     "shorten irrigations and set the water roster together. The project measures the water "
     "applied, nitrate leaching, yields of maize, wheat and vegetables, and quarrels over "
     "water. Canal lining and pump repairs are funded by another programme.",
     ("soil moisture sensors", "irrigation scheduling", "smallholder irrigation",
      "water productivity", "projects"),
     ("ZW",), "2024-04"),
    ("fy26", "document", "fr",
     "Guide : piloter l'irrigation de la pomme de terre avec des tensiomètres au Québec",
     "Au Québec, la pomme de terre est de plus en plus irriguée, par enrouleurs et canons "
     "ou par rampes, dans les sols sableux de Portneuf, de Lanaudière et du Lac-Saint-Jean, "
     "où quelques jours de sécheresse en juillet suffisent à faire baisser le rendement et "
     "à déformer les tubercules. Ce guide d'un institut de recherche en agroenvironnement "
     "et d'un club-conseil explique comment choisir, installer et lire des tensiomètres, "
     "qui mesurent en kilopascals la force avec laquelle le sol retient l'eau, et des sondes "
     "électroniques reliées à une plateforme en ligne : profondeur et emplacement dans "
     "le champ, entretien, seuils de déclenchement selon le stade de la culture et le type "
     "de sol, et quantité d'eau à apporter pour ne pas lessiver l'azote. Il présente les "
     "économies d'eau et d'énergie mesurées chez des producteurs. La gale commune et le "
     "mildiou, favorisés par l'humidité, sont traités dans d'autres fiches.",
     ("tensiomètres", "pilotage de l'irrigation", "humidité du sol", "pomme de terre", "guides"),
     ("CA",), "2023-05"),
    ("fy27", "dataset", "es",
     "Red de sondas de humedad de suelo en viñedos regados por surco de Mendoza, 2019-2024",
     "En los oasis de Mendoza, la mayor parte de los viñedos se sigue regando por surco "
     "o por inundación con agua de deshielo repartida en turnos por las inspecciones de "
     "cauce, y el regante no sabe si su turno llega cuando la vid lo necesita. Este conjunto "
     "de datos, de una estación experimental agropecuaria y del departamento general de "
     "irrigación, reúne las lecturas horarias de sondas capacitivas de humedad de suelo y de "
     "tensiómetros instalados a 30, 60 y 90 centímetros en 45 parcelas de Luján de Cuyo, "
     "Maipú y el Valle de Uco, con las fechas y volúmenes de cada riego, la textura del "
     "suelo, la evapotranspiración calculada en la estación meteorológica más cercana, el "
     "potencial hídrico de las hojas y los rendimientos y grados de azúcar de la uva. Sirve "
     "para calibrar recomendaciones de programación del riego. Las heladas y el granizo se "
     "registran en otra base.",
     ("sondas de humedad", "tensiómetros", "programación del riego", "viñedos",
      "conjuntos de datos"),
     ("AR",), "2025-02"),
    # --- giant freshwater prawn farming -----------------------------------------------------------
    ("fy28", "case-study", "en",
     "Case study: galda prawn farming in the ghers of Bagerhat and Khulna",
     "In south-western Bangladesh, thousands of farmers raise galda, the giant freshwater prawn "
     "(Macrobrachium rosenbergii), in ghers: low plots enclosed by high dykes, with a deep "
     "trench along the edge that holds water through the dry months, and vegetables grown on "
     "the dykes. Galda is exported frozen and earns far more than field crops, but farmers "
     "depend on juveniles: wild post-larvae netted in the rivers, with a heavy bycatch of "
     "other fish larvae, or hatchery seed of uneven quality. This case study by a fisheries "
     "university and a development NGO follows 120 gher farmers in Bagerhat and Khulna over "
     "three years: stocking, feeding with crushed snails and pellets, survival, harvest size, "
     "prices, debts to traders, and losses when floods overtop the dykes or cyclones breach "
     "them. It also documents the shift from wild to hatchery seed. Bagda, the tiger shrimp "
     "farmed in brackish water nearer the coast, is discussed only for comparison.",
     ("giant freshwater prawn", "galda", "aquaculture", "ghers", "case studies"),
     ("BD",), "2024-07"),
    ("fy29", "project", "fr",
     "Projet : relancer l'élevage d'ouassous en Martinique avec une écloserie et des bassins "
     "de grossissement",
     "En Martinique, on appelle ouassous les grosses crevettes d'eau douce, très prisées "
     "en fricassée. Celles des rivières, des espèces locales, sont pêchées en petites "
     "quantités et de nombreuses rivières sont fermées à la pêche à cause de la "
     "chlordécone ; la plupart des ouassous vendus sont donc importés ou issus de l'élevage "
     "de l'espèce asiatique Macrobrachium rosenbergii, introduite dans les années 1980. Ce "
     "projet d'une coopérative aquacole, de la collectivité territoriale et d'un institut de "
     "recherche pour l'exploitation de la mer remet en service une écloserie qui produit des "
     "post-larves, aide dix éleveurs à rénover leurs bassins de grossissement alimentés par "
     "l'eau de source, met au point un aliment local, forme aux règles sanitaires et vend les "
     "ouassous frais en circuit court. Il suit la survie, la croissance, la qualité de l'eau "
     "et la consommation d'eau des bassins. La pêche en rivière n'est citée qu'en passant.",
     ("ouassous", "crevettes d'eau douce", "aquaculture", "écloseries", "projets"),
     ("MQ",), "2025-01"),
    ("fy30", "support-source", "es",
     "Oferta: postlarvas de langostino de agua dulce y asistencia técnica para granjas de "
     "Veracruz y Tabasco",
     "El langostino malayo o langostino de agua dulce (Macrobrachium rosenbergii), de origen "
     "asiático, se cultiva en México desde los años setenta en estanques de tierra de las "
     "zonas cálidas, a menudo junto con tilapia; en el mercado se confunde con la acamaya "
     "y la pigua, camarones de río nativos que se pescan en los ríos del Golfo. Un centro "
     "acuícola estatal de Veracruz, con una universidad y la comisión nacional de acuacultura "
     "y pesca, ofrece a los productores rurales de Veracruz y Tabasco postlarvas producidas "
     "en su laboratorio a precio subsidiado, juveniles preengordados en estanques de cría "
     "y asistencia técnica gratuita durante el primer ciclo: preparación y encalado de "
     "estanques, densidades de siembra, alimento y fertilización, calidad del agua, cosecha "
     "selectiva y venta en vivo a restaurantes. Los productores se comprometen a no liberar "
     "langostinos en los ríos. La pesca de pigua silvestre no forma parte de la oferta.",
     ("langostino de agua dulce", "Macrobrachium rosenbergii", "acuicultura rural", "postlarvas",
      "ofertas"),
     ("MX",), "2024-09"),
)  # fmt: skip
