"""Clearing-house records of the hundred-and-twenty-fourth judged relevance set
(tests/search/relevance/queries124.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: crop protection pages on the
coffee berry borer, Hypothenemus hampei (Beauveria sprays, strip picking and mill sanitation on the
coffee farms of Kona and Ka'u, on the island of Hawaii in the United States; a need to control the
scolyte des baies du café in the robusta caféières of the région des Plateaux in Togo; a día de
campo on the broca del café, the Re-Re and the avispitas parasitoides in the fincas of the south of
Huila in Colombia); crop pages on pigeon pea, Cajanus cajan (the nandolo sown between the maize of
southern Malawi, exported to India for toor dal, and the price crash of 2017; a project for the
seed and the processing of the pois Congo, the pois d'Angole of the Antilles and ambrevade of La
Réunion, on the dry mornes of the Nord-Ouest of Haiti; a dataset on the guandú of Coclé, Herrera
and Los Santos in Panama, the gandul of Puerto Rico, guandul of the Dominican Republic and
quinchoncho of Venezuela); farming practice pages on the System of Rice Intensification, SRI (a
dataset of yields, water and labour in the tank-fed villages of Tamil Nadu in India; a project for
the système de riziculture intensive, born in Madagascar, and its lighter variant, the SRA, in the
bas-fonds of the Itasy region; a case study of the sistema intensivo de cultivo arrocero, the SICA,
as Cuba calls it, of the cooperatives of Los Palacios); livestock and fibre pages on Angora goats
and their mohair (shearing sheds, Angora bucks and mobile payments for the mountain farmers of
Lesotho; a case study of the éleveuses de chèvres angora and the filière mohair of France; a need
of the crianceros of northern Neuquén, in Argentina, to improve the mohair of their cabras de
Angora); soil fertility pages on rhizobium inoculants (peat-based Bradyrhizobium inoculants for the
soybean, groundnut and cowpea farmers of northern Nigeria; a Québec guide to the inoculation du
soya in fields that never grew it, in Canada; a dataset on the quality control of the inoculantes,
the rizobios and the strains for the soja and the forage legumes of Uruguay); fishing gear pages on
acoustic pingers (a compliance guide to the pingers of the sink gillnets of New England under the
harbor porpoise take reduction plan, in the United States; a project of répulsifs acoustiques, the
dispositifs de dissuasion acoustique, against the captures of dauphins communs in the golfe de
Gascogne, in France; a need for alarmas acústicas on the redes de enmalle of the artisanal fishers
of Salaverry, in Peru); forest and wood-pasture pages on pannage (the commoners' pigs turned out
for the acorns of the New Forest, in England; the glandée, heir of the droit de panage, of the porc
noir de Bigorre in the oak and chestnut woods of the Pyrenees, in France; a dataset on the
montanera of the cerdo ibérico in the dehesas of Spain); rangeland pages on saltbush, Atriplex (old
man saltbush on the salt scalds of the Western Australian wheatbelt; thirty years of plantations of
Atriplex and other arbustes fourragers on the parcours of central Tunisia; a guide to planting and
grazing Atriplex, kin of the native cachiyuyos, in the secano of Coquimbo, Chile); food safety
pages on honey adulteration (a dataset of honey authenticity tests in the United Kingdom; an offer
of authenticity analyses and traceability against miel frelaté for the beekeeping cooperatives of
Morocco; a jornada técnica in Valencia, Spain, on detecting miel adulterada and on the labelling of
origin); and post-harvest and food loss pages on diffused light stores for seed potatoes (a project
in Nyandarua and Meru, Kenya; a need for magasins à lumière diffuse for the seed potatoes of the
Fouta-Djalon in Guinea; a case study of the almacenes rústicos de luz difusa for the semilla de
papa of Huancavelica, Peru). English, French and Spanish, 10 records each, every topic written once
in each language (different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records121.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (coffee berry borer, berry borer, borer, Hypothenemus, hampei,
scolyte, broca, Beauveria, coffee, café, caféier, caféière, cafetal, cafeto, caficult; pigeon pea,
pigeonpea, Cajanus, pois d'Angole, pois Congo, pois de Congo, ambrevade, guandú, guandul, gandul,
quinchoncho, frijol de palo, toor dal, arhar; System of Rice Intensification, rice intensification,
SRI, riziculture intensive, repiquage, sistema intensivo, intensificación del cultivo, SICA,
alternate wetting and drying, riego intermitente; mohair, Angora, cashmere, cachemire, fleece,
toison, strong wool, laine de mouton, vicuña, shahtoosh, criancero, cabra criolla, goat, chèvre,
cabra; rhizobium, rhizobia, rizobio, Bradyrhizobium, inoculant, inoculum, inoculante, nitrogen
fixation, nitrogen-fixing, fixation de l'azote, fijación biológica; pinger, acoustic deterrent,
répulsif acoustique, dissuasion acoustique, alarma acústica, ahuyentador, porpoise, marsouin,
marsopa, vaquita, dauphin, delfín, gillnet, filet maillant, red de enmalle, trasmallo, bycatch,
captures accidentelles, captura incidental; pannage, panage, paisson, glandée, acorn, gland,
bellota, montanera, cerdo, porc, pig, ibérico, porc noir, Bigorre, dehesa, montado, encina, New
Forest, jambon, jamón; saltbush, Atriplex, cachiyuyo, zampa, fodder shrub, arbustes fourragers,
arbustos forrajeros, fourrag, forraj, halophyte, halophile; honey, miel, mieles, adulteration,
adulterated, adulterada, frelaté, falsifié, fraud, fraude, syrup, sirop, jarabe, mislabelling;
diffused light, diffuse light, lumière diffuse, luz difusa, seed potato, semences de pomme de
terre, semilla de papa, potato storage, stockage des pommes de terre, almacenamiento de papa,
potato, pomme de terre, papa, papas nativas). Screened and dropped as covered: airtight grain
storage (the silos herméticos of the mycotoxin guide t30), bird-scaring lines on longlines
(l01-l03), hair sheep (the Red Maasai sheep of m01, a hair sheep, and the Dorper it is crossed
with), criollo cattle (m03), açaí (the jus de wassaï of bo20 and the juçara palm, from palmito to
fruit pulp, of cy28), palm toddy (bq10), bluetongue (bu28-bu30), African swine fever (bn13-bn15),
octopus closures (bt17), fish mislabelling found by DNA barcoding (bb29), zaï pits and half-moons
(l13-l15), moringa as goat fodder (bb09), the red palm weevil (br30), chicle (bp13-bp15), sea
cucumbers (j25-j27) and olive mill wastewater (bg10-bg12), besides the topics of sets 42 to 121 and
those their docstrings list as covered; screened with no or passing hits but not chosen: the frosty
pod rot, or moniliasis, of cocoa and wheat blast (named only by the screening list of records120),
sea lice on salmon farms (next to the salmon farming pages k03 and bs06), index-based livestock
insurance (next to the community livestock insurance fund of the snow leopard page z28, and to the
climate risk finance of other sets), livestock ear tags and traceability, Bambara groundnut and
onion storage.

No earlier record is judged relevant: every hit is passing or about another thing, judged 0. The
coffee leaf rust pages (bs28, on the same farms of Kona, Ka'u and Maui; bs29 in Haiti; bs30 in
Guatemala), the copper sprayed against coffee berry disease in Kenya (dz01), the coffee washing
stations and aguas mieles (bm25, bm27), the shade coffee of bg21, bh21 and n30, the briquetas of
cascarilla de café (df06), the bark beetles, scolytes and typographe of the conifer pages
(bn16-bn18) and the Beauveria of the red palm weevil of Elche (br30) name no coffee berry borer.
The yams intercropped with cowpea and pigeon pea (dg13), the pois d'Angole among the crops of the
Creole gardens of Martinique (ce14) and the pois congo among the seeds of the Haitian seed balls
(em20) are passing; the pulses of dg07-dg09, the Bt cowpea of bd19-bd21 and the GM beans of
eb25-eb27 are other crops. The rice-fish case study of Madagascar (ca11) compares the repiquage en
ligne du SRI with the traditional transplanting in one sentence, passing; the other rice-fish pages
(ca10, ca12), the rice fields as wetlands (i28-i30), golden rice (z19-z21), wild rice (cm16-cm18),
the solar pumps of Bangladesh's boro rice (el19) and the drones over Japan's paddies (dn01) name no
SRI. The unsold strong wool and laine de mouton (ep16-ep18), the vicuña fibre (z13-z15), the
shahtoosh and cashmere (be01-be03), the alpaca herders (bu27, cc24), the feral goats (dy28-dy30)
and the livestock guardian dogs of the crianceros (bz12) are no mohair. The GM nitrogen-fixing
bacteria for maize (cb19), the GM yeasts (cb20), the training on GM microorganisms that names
inoculantes y biofertilizantes (cb21), the cover crops (bw10-bw12), the lupins (do16-do18), the GM
soybean (cr13-cr15) and the GM alfalfa (bk25-bk27) are no rhizobium inoculant. The river dolphins
released from gillnets (ba01-ba03), the totoaba and vaquita pages (bd01-bd03), the gillnet closures
for the Australian sea lion (ci01) and the other sea lion pages (ci02, ci03), the acoustic
detectors against blast fishing (by10), the marsouins of the banc de Guérande wind farm (dn11) and
the passive acoustic monitoring pages (bk13-bk15) name no pinger. The African swine fever and wild
boar pages (bn13-bn15), the cork dehesa guide (y24), the charcas of the dehesas (da24, ee27), the
birds of the dehesas (dq27), the Cañada Real (bt12), the acorns of the red squirrels (cw07), the
glands of the hantavirus page (bv14), the chestnut pages (bp28-bp30) and the pollards (bu10-bu12)
are no pannage. The salt-affected soils (j13-j15), the samphire (ei25-ei27), the esparto and halfa
steppes (eo01-eo03), the invasive plants of rangelands (m04-m06), the prickly pears (de07-de09),
the moringa fodder (bb09), the silvopastoral systems (k27) and the zaï and half-moons (l13-l15)
name no saltbush. The GM pollen in honey (dh19-dh21), the neonicotinoids in pollen and honey (w01,
w02), the honey hunters (cs13-cs15), the tree beekeeping pages (dc25-dc27), the urban beekeeping
pages (di19-di21), the Asian hornet (bd28), the melamine in milk (bl16-bl18) and the Sudan dyes
(ej01-ej03) are no honey adulteration. The GM potatoes (bc10-bc12), the copper on the potatoes of
Carchi (dz03), the acrylamide pages that name the stockage des pommes de terre above 8 °C
(dr22-dr24), the sweet potatoes (dq16, dq17) and the evaporative coolers (er13-er15) name no
diffused light store.

records118.py, records119.py, records120.py and records121.py (ids eu01..eu30, ev01..ev30,
ew01..ew30 and ex01..ex30), the most recent earlier files, were searched like the others: their
only hits on this set's words are the parboiled rice of ew25-ew27, the rice paddies of the water
buffalo of Nueva Ecija (ew10) and the mangrove rice of Casamance (ew23), none of them SRI; the
integrated pest management, pheromone traps and potato rotation of the tomato leafminer page ew01,
no coffee berry borer; the old coffee estates of the oilbird caves (ev10), the coffee plantations
near the cave of Caripe (ev11) and the shade coffee of El Triunfo (ev30); the goats of the camel
milk and cyclone shelter pages (ew08, ew09, ex22), no Angora goats; the wild pigs hunted by the
Komodo dragons (ev15); the feral honeybees of ev07; the coffee berry borer and moniliasis named by
the screening list of records120; and the acoustic sensors and acoustic windows of ex04, ex05 and
eu22, no pingers. None of their records answers a query of this set.

records122.py and records123.py (ids ey01..ey30 and ez01..ez30), written at the same time by two
other engineers, were searched for the same words once they were finished (with their
queries122.tsv and queries123.tsv, each with its 60 queries), before these records were judged: the
topics of records122.py are the illicit tobacco trade, laser pointers, sunbeds, radioactive
negative-ion products, petrol vapour recovery, spent foundry sand, X-ray films and fixer, wood
dust, quarry blasting and small modular reactors; those of records123.py are clouded leopards,
maned wolves, Welwitschia, proboscis monkeys, pudus, aardvarks, birds-of-paradise, tree kangaroos,
okapis and horned lizards. None of their records names a coffee berry borer, pigeon pea, the System
of Rice Intensification, mohair or Angora goats, a rhizobium inoculant, a pinger, pannage,
saltbush, honey adulteration or a diffused light store. The nearest are passing and judged 0: the
cerdos hormigueros, the aardvarks whose Spanish name makes them ant pigs, and the karakul sheep
named in passing by ez18, no pigs in montanera and no mohair; the arrozales that replace the
grasslands of the maned wolf in Ñeembucú (ez06) and the rizières cut into the swamps of the Barito
delta (ez11), no SRI; the goats that damage the welwitschias of Iona (ez08), no Angora goats; the
almacenamiento of the negative-ion products seized in Peru (ey12) and the stockage of foundry sand
(ey17), no diffused light stores. The Kenya of ey01, the Colombia of ey03, the Morocco of ey05, the
Spain of ey09 and ez27, the Peru of ey12, the India of ey13 and ez01, the Chile of ey15 and ez13,
the Canada of ey23 and ez29 and the Argentina of ey30, ez05 and ez15 are places only. None of their
records answers a query of this set, and none of their queries is repeated in queries124.tsv.
records125.py (ids fb01..fb30), written at the same time by another engineer on water, oceans and
coasts, climate adaptation, cities, disasters and capacity building topics, is not part of this
set's pool, and no query of this set was judged against it.

Traps: the coffee leaf rust found on Maui and the mills of fa01 (0 to coffee leaf rust); the cacao
and the swollen shoot du cacaoyer of fa02 (0 to cocoa diseases); the roya del cafeto, the secado en
marquesinas and the café pasilla of fa03 (0 to coffee rust and solar dryers); the maize, groundnut,
toor dal, warehouse receipts, school feeding, pod borers and goats of fa04 (0 to Bt cowpea and
school meals); the purée de pois, the foreurs and the vétiver and haies vives of fa05 (0 to soil
bioengineering and hedgerows); the maíz, arroz and frijol, the El Niño droughts and the canned
guandú of fa06; the tanks, their desilting, the finger millet and wheat grown on SRI principles and
the weeders of fa07 (0 to tank rehabilitation); the rizipisciculture, the canals and the
blacksmiths of fa08 (0 to rice-fish farming); the arroz popular, the fuel shortages and the
fumigación aérea of fa09 (0 to aerial spraying); the sheep's wool, the broker of 2019 and the
degraded rangelands of fa10 (0 to unsold wool); the viande des chevreaux, the fromage de chèvre,
the landes and the parasitisme of fa11 (0 to goat cheese); the cabra criolla neuquina, its chivito
and denominación de origen, and the invernadas and veranadas of fa12 (0 to local breeds and to
transhumance); the cowpea, groundnut, phosphorus and GM nitrogen-fixing bacteria of fa13 (0 to GM
microorganisms); the soya génétiquement modifié, the pois, haricots and luzerne and the fungicide
seed treatments of fa14 (0 to GM soybean); the glifosato, the siembra directa and the praderas of
fa15 (0 to glyphosate and no-till farming); the right whales, weak links and sinking groundlines
and the cod, herring, hake and monkfish of fa16 (0 to right whales); the phoques, tortues, sole and
merlu and the bruit en mer of fa17 (0 to hake and to underwater noise); the tiburón azul and
diamante, the bonito, the tortugas marinas, the dolphin meat used as bait and the lobos marinos of
fa18 (0 to sharks, sea turtle bycatch and sea lions); the ponies and cattle, the acorn poisoning,
the Verderers, the Tamworths and Gloucestershire Old Spots and the forestry operations of fa19; the
race gasconne, the châtaignes, the semis de chênes and the jambon de Bayonne of fa20 (0 to local
breeds and chestnuts); the alcornoques, the seca de la encina and the peste porcina africana of
fa21 (0 to cork, oak decline and African swine fever); the samphire, dryland salinity, Merino
sheep, wool and water table of fa22 (0 to samphire and salt-affected soils); the cactus inerme, the
désertification, the sécheresses and the steppes d'alfa of fa23 (0 to prickly pear and esparto);
the cachiyuyos, the zanjas de infiltración, the atrapanieblas and the riego of the valles
transversales of fa24 (0 to fog collectors); the pesticide residues, the genetically modified
pollen and the manuka labels of fa25 (0 to GM pollen in honey); the miel d'euphorbe, the indication
géographique, the varroa and the mortalité des abeilles of fa26 (0 to bee health); the varroa, the
avispa asiática and the cata de mieles of fa27 (0 to the Asian hornet); the cold stores for ware
potatoes, the chip makers, the bacterial wilt, aphids and tuber moths of fa28 (0 to cold chains);
the semence importée d'Europe, the chambres froides solaires, the oignon and the fonio of fa29 (0
to solar refrigeration and fonio); and the chuño, the papas nativas, the polilla and the gorgojo de
los Andes of fa30 (0 to native potatoes). For the country and exclusion queries: fa01 names only
the United States (the island of Hawaii, Kona, Ka'u, Maui); fa02 only Togo; fa03 only Colombia;
fa04 Malawi (India as a market); fa05 Haiti (the Antilles and La Réunion for the names of the pea);
fa06 Panama (Puerto Rico, the Dominican Republic and Venezuela for the names of the pea); fa07 only
India; fa08 only Madagascar; fa09 only Cuba; fa10 only Lesotho; fa11 France (Italian spinning
mills); fa12 only Argentina; fa13 only Nigeria; fa14 only Canada (Québec); fa15 only Uruguay; fa16
only the United States; fa17 only France; fa18 only Peru; fa19 only the United Kingdom (England);
fa20 only France; fa21 only Spain; fa22 only Australia; fa23 only Tunisia; fa24 Chile (the shrub's
Australian origin, as an adjective); fa25 only the United Kingdom; fa26 only Morocco; fa27 Spain
(Europe as a market); fa28 only Kenya; fa29 Guinea (Europe as a source of seed); fa30 Peru (the
Andes).

Ids (fa01..fa30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
eu01..eu30, ev01..ev30, ew01..ew30, ex01..ex30), nor with those of records122.py (ey01..ey30),
records123.py (ez01..ez30) and records125.py (fb01..fb30), written at the same time, and no earlier
id starts with "fa".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- coffee berry borer ----------------------------------------------------------------------
    ("fa01", "project", "en",
     "Coffee berry borer on the farms of Kona and Ka'u: Beauveria sprays, strip picking and mill "
     "sanitation",
     "The coffee berry borer, Hypothenemus hampei, a black beetle smaller than a sesame seed, "
     "bores into the green and ripe cherries of coffee and breeds inside the beans, which are "
     "then sold at a discount or rejected. It was first found on the island of Hawaii in the "
     "Kona district in 2010, reached Ka'u a year later and has since spread to the other "
     "coffee-growing islands, and many small farms lost a third of their crop. This project of "
     "the state department of agriculture, the university's extension service and the growers' "
     "associations subsidises sprays of the insect-killing fungus Beauveria bassiana, lends "
     "alcohol-baited traps for monitoring, and teaches the practices that break the beetle's "
     "cycle: frequent picking, strip picking of all remaining cherries at the end of the season, "
     "removal of fallen and dried cherries, and the bagging and freezing of infested cherries at "
     "the mills. It follows infestation and bean damage on 200 farms. Coffee leaf rust, found on "
     "Maui in 2020, is dealt with by another programme.",
     ("coffee berry borer", "Hypothenemus hampei", "coffee", "integrated pest management",
      "projects"),
     ("US",), "2024-03"),
    ("fa02", "need", "fr",
     "Besoin : maîtriser le scolyte des baies du café dans les caféières de la région des "
     "Plateaux",
     "Dans les préfectures de Kloto, d'Agou et du Litimé, au sud-ouest du Togo, des milliers de "
     "petits planteurs récoltent le café robusta de vieilles caféières plantées sous l'ombrage "
     "de grands arbres, souvent à côté du cacao. Le scolyte des baies du café (Hypothenemus "
     "hampei), appelé aussi scolyte des grains, est un minuscule coléoptère noir dont la femelle "
     "perce la cerise au niveau de la couronne et pond dans la fève, que les larves dévorent. Là "
     "où les cerises sèches restent sur les arbres et au sol après la récolte, jusqu'à la moitié "
     "des grains sont scolytés, et les exportateurs déclassent le café. L'institut de recherche "
     "agronomique et l'interprofession du café et du cacao demandent un appui pour former les "
     "planteurs à la récolte sanitaire et au ramassage des cerises tombées, fabriquer des pièges "
     "en bouteilles de plastique appâtés d'un mélange de méthanol et d'éthanol, produire "
     "localement le champignon Beauveria bassiana et suivre les taux d'attaque. Le swollen shoot "
     "du cacaoyer, qui frappe les mêmes exploitations, relève d'un autre programme.",
     ("scolyte des baies du café", "Hypothenemus hampei", "caféiculture", "lutte intégrée",
      "besoins"),
     ("TG",), "2024-05"),
    ("fa03", "event", "es",
     "Día de campo: manejo integrado de la broca del café en las fincas del sur del Huila",
     "La broca del café (Hypothenemus hampei), un cucarrón diminuto que perfora el fruto y se "
     "reproduce dentro de la almendra, es la principal plaga de los cafetales de Colombia: cada "
     "punto de infestación en la cosecha se paga con café pasilla y descuentos en el precio. En "
     "este día de campo, organizado en una finca demostrativa de Pitalito por el comité "
     "departamental de cafeteros con el centro nacional de investigaciones del café y el "
     "servicio de extensión, los caficultores del sur del Huila recorrerán lotes donde se aplica "
     "el manejo integrado: recolección oportuna cada quince días y repase al final de la "
     "cosecha, el Re-Re, para no dejar frutos maduros ni secos en el árbol ni en el suelo; "
     "evaluación del porcentaje de infestación con muestreos de 30 árboles; aspersión del hongo "
     "Beauveria bassiana dirigida a los focos; liberación de avispitas parasitoides; y manejo de "
     "los frutos brocados en el beneficio. La roya del cafeto y el secado en marquesinas se "
     "tratarán en otra jornada.",
     ("broca del café", "Hypothenemus hampei", "caficultura", "manejo integrado de plagas",
      "eventos"),
     ("CO",), "2024-08"),
    # --- pigeon pea ------------------------------------------------------------------------------
    ("fa04", "case-study", "en",
     "Pigeon pea in Malawi's maize fields: doubled-up legumes, dal mills and the price crash of "
     "2017",
     "Pigeon pea (Cajanus cajan), nandolo in Chichewa, is grown on most smallholder farms of "
     "southern Malawi, from Thyolo and Mulanje to Chiradzulu and Zomba, sown between the rows of "
     "maize and harvested months after the maize, when its deep roots have drawn water from the "
     "dry soil. Its fallen leaves feed the soil, and the farmers of the doubled-up legume trials "
     "also grow it with groundnut. Most of the dry grain is sold to traders who export it to "
     "India for toor dal, and when India capped its imports in 2017 the farm-gate price fell by "
     "two thirds. This case study follows five farmers' associations from 2015 to 2023: the "
     "short- and medium-duration varieties they adopted, the warehouse receipts that let them "
     "hold their grain, a cooperative that mills dal for Malawian supermarkets and school "
     "feeding, and the green pods sold in town. It weighs the gains for soil fertility against "
     "the losses to pod borers and to the goats that browse the crop after the maize harvest.",
     ("pigeon pea", "Cajanus cajan", "intercropping", "legumes", "case studies"),
     ("MW",), "2023-10"),
    ("fa05", "project", "fr",
     "Projet : semences et transformation du pois Congo pour les groupements paysans du "
     "Nord-Ouest",
     "En Haïti, le pois Congo (Cajanus cajan), que les Antilles appellent aussi pois d'Angole et "
     "La Réunion ambrevade, pousse sur les mornes secs du Nord-Ouest, autour de Bombardopolis, "
     "de Baie-de-Henne et de Jean-Rabel. On le récolte vert pour la purée de pois et le riz aux "
     "pois Congo des fêtes de fin d'année, puis sec, et ses arbustes protègent les parcelles en "
     "pente. Mais les variétés locales sont tardives, les gousses sont attaquées par les "
     "foreurs, et les paysans vendent les grains frais au plus bas au moment de la récolte. Ce "
     "projet, conduit par une fédération de groupements paysans avec le ministère de "
     "l'agriculture et un centre de recherche, multiplie des semences de variétés plus précoces, "
     "forme 1 500 producteurs au semis en courbes de niveau, à la lutte contre les foreurs et au "
     "séchage, et installe trois petits ateliers qui décortiquent et conditionnent le pois sec "
     "pour les marchés de Port-de-Paix et des Gonaïves. Le vétiver et les haies vives contre "
     "l'érosion relèvent d'un autre projet.",
     ("pois Congo", "Cajanus cajan", "légumineuses", "semences", "projets"),
     ("HT",), "2024-01"),
    ("fa06", "dataset", "es",
     "Guandú en Panamá: superficie, cosecha y precios en Coclé, Herrera y Los Santos, 2012-2024",
     "El guandú (Cajanus cajan), que en Puerto Rico llaman gandul, en la República Dominicana "
     "guandul y en Venezuela quinchoncho, se siembra en Panamá con las primeras lluvias, a "
     "menudo junto al maíz, y se cosecha verde entre noviembre y enero, cuando no puede faltar "
     "el arroz con guandú en las mesas de Navidad y Año Nuevo. Este conjunto de datos, publicado "
     "por el ministerio de desarrollo agropecuario con el instituto de investigación "
     "agropecuaria, da por año y por distrito de Coclé, Herrera, Los Santos y Veraguas la "
     "superficie sembrada, los productores, los quintales cosechados en vaina verde y en grano "
     "seco, los precios al productor y en los mercados de la capital en diciembre, y las "
     "importaciones de guandú enlatado y congelado. Incluye las pérdidas por sequía de los años "
     "de El Niño y los ensayos de variedades de ciclo corto. El maíz, el arroz y el frijol de "
     "las mismas fincas se registran en otras estadísticas.",
     ("guandú", "Cajanus cajan", "leguminosas", "estadísticas agrícolas", "datos"),
     ("PA",), "2024-06"),
    # --- System of Rice Intensification ----------------------------------------------------------
    ("fa07", "dataset", "en",
     "System of Rice Intensification in the tank-fed villages of Tamil Nadu: yields, water and "
     "labour, 2008-2023",
     "The System of Rice Intensification, SRI, changes how paddy is planted rather than what is "
     "planted: seedlings only 8 to 14 days old are transplanted singly, in a wide square grid, "
     "the field is kept moist and allowed to dry between irrigations instead of standing under "
     "water, weeds are churned in with a rotary or cono weeder, and compost replaces part of the "
     "fertiliser. In Tamil Nadu the state agriculture department has promoted it since 2003, "
     "especially where farmers depend on tanks and failing wells. This dataset, compiled by the "
     "agricultural university with the department and two NGOs, gives by district and season the "
     "area under SRI and under conventional transplanting, grain yields, irrigation water "
     "measured at field inlets, seed used, labour days by task and by gender, weeder purchases "
     "and the share of farmers who dropped the method after a few seasons. The finger millet and "
     "wheat grown on SRI principles, and the desilting of the tanks, are not covered.",
     ("System of Rice Intensification", "SRI", "paddy", "water saving", "datasets"),
     ("IN",), "2024-02"),
    ("fa08", "project", "fr",
     "Projet : diffuser le système de riziculture intensive dans les bas-fonds de la région "
     "Itasy",
     "Le système de riziculture intensive, ou SRI, est né à Madagascar dans les années 1980, mis "
     "au point par un prêtre jésuite agronome, le père Henri de Laulanié, avec des paysans des "
     "Hautes Terres : repiquer très jeunes, à 8 ou 10 jours, des plants isolés, un brin par "
     "poquet, en carré de 25 à 30 centimètres, maintenir la rizière humide sans la noyer, "
     "sarcler avec une houe rotative et apporter du compost. Il a fait le tour du monde mais "
     "reste peu adopté chez lui, faute de maîtrise de l'eau et de main-d'œuvre au moment du "
     "repiquage. Ce projet, conduit par une association de techniciens, la direction régionale "
     "de l'agriculture et des organisations paysannes de l'Itasy, réhabilite les petits canaux "
     "de quatorze bas-fonds, forme des paysans relais, fait fabriquer des sarcleuses par des "
     "forgerons locaux et compare, parcelle par parcelle, le SRI, le système de riziculture "
     "améliorée, ou SRA, plus souple, et le repiquage traditionnel. La rizipisciculture, qui "
     "demande une lame d'eau permanente, n'est pas concernée.",
     ("système de riziculture intensive", "SRI", "riziculture", "bas-fonds", "projets"),
     ("MG",), "2024-04"),
    ("fa09", "case-study", "es",
     "Estudio de caso: el sistema intensivo de cultivo arrocero en las cooperativas de Los "
     "Palacios",
     "En Cuba se llama SICA, sistema intensivo de cultivo arrocero, a lo que en otros países se "
     "conoce como SRI, sistema de intensificación del arroz: trasplantar posturas muy jóvenes, "
     "de 10 a 15 días, una por nido, a marco amplio, alternar riegos y secas en lugar de "
     "mantener el campo inundado, controlar las malezas con escardas y abonar con materia "
     "orgánica. Desde 2002 se ensaya en el sur de Pinar del Río, en Los Palacios, donde una "
     "estación experimental del arroz trabaja con cooperativas de créditos y servicios y con "
     "campesinos del arroz popular. Este estudio de caso compara durante diez campañas los "
     "rendimientos, la semilla, el agua bombeada y el gasto de fertilizante de 40 productores "
     "que usan el SICA y de vecinos que siembran a voleo, y cuenta cómo la falta de combustible "
     "y de fertilizantes de los últimos años ha vuelto más atractivo el método. La fumigación "
     "aérea de los arrozales estatales no se trata.",
     ("sistema intensivo de cultivo arrocero", "SICA", "arroz", "ahorro de agua",
      "estudios de caso"),
     ("CU",), "2023-12"),
    # --- mohair and Angora goats -----------------------------------------------------------------
    ("fa10", "project", "en",
     "Lesotho's mohair: Angora bucks, shearing sheds and fair prices for mountain farmers",
     "Lesotho is one of the world's largest producers of mohair, the lustrous fibre shorn twice "
     "a year from Angora goats, and in the mountain districts of Thaba-Tseka, Mokhotlong and "
     "Quthing the mohair cheque is often a household's main cash income. Much of the clip is "
     "poor: flocks are inbred, fleeces are shorn in the open and packed unclassed, and when new "
     "regulations forced all wool and mohair through a single broker in 2019, payments arrived "
     "months late and some farmers sold their goats. This project of the agriculture ministry, "
     "the national wool and mohair growers' association and a development bank builds and equips "
     "40 shearing sheds, brings in tested Angora bucks, trains shearers and classers to sort "
     "kid, young goat and adult mohair, and pays farmers through mobile money within weeks of "
     "the auctions. It also supports grazing associations that rest degraded rangelands. Sheep's "
     "wool, sold through the same sheds, gets only a small share of the budget.",
     ("mohair", "Angora goats", "shearing", "rangelands", "projects"),
     ("LS",), "2024-03"),
    ("fa11", "case-study", "fr",
     "Étude de cas : les éleveuses de chèvres angora et la filière mohair en France",
     "Une centaine d'élevages, souvent tenus par des femmes installées hors cadre familial, "
     "élèvent en France des chèvres angora pour leur toison, le mohair, tondue deux fois par an, "
     "au printemps et à l'automne. Les troupeaux, de 30 à 150 chèvres, pâturent des prairies "
     "pauvres, des landes et des sous-bois du Limousin, de l'Ardèche, du Tarn ou de Bretagne, "
     "qu'ils aident à entretenir. Cette étude de cas, réalisée par un réseau d'éleveurs avec un "
     "institut technique et une école d'agronomie, suit douze fermes et la coopérative qui "
     "collecte leurs toisons, les fait laver, filer et tricoter dans des filatures françaises et "
     "italiennes et revend chaussettes, pulls et pelotes sur les marchés et en ligne. Elle "
     "chiffre le temps de travail, le prix du kilo de mohair de chevreau, le plus fin, et "
     "d'adulte, les pertes dues au parasitisme et au froid après la tonte, et la concurrence du "
     "mohair importé. La viande des chevreaux et le fromage de chèvre ne sont évoqués qu'en "
     "passant.",
     ("mohair", "chèvres angora", "fibres textiles", "élevage caprin", "études de cas"),
     ("FR",), "2023-09"),
    ("fa12", "need", "es",
     "Necesidad: mejorar el mohair de las cabras de Angora de los crianceros del norte neuquino",
     "En el norte de Neuquén, en los departamentos de Chos Malal, Minas y Ñorquín, unas 1.500 "
     "familias de crianceros trasladan cada año sus chivas entre las invernadas de la estepa y "
     "las veranadas de la cordillera. Además de la cabra criolla neuquina, criada por su carne, "
     "muchas crían cabras de Angora, cuyo pelo, el mohair, se esquila dos veces al año y se "
     "vende a acopiadores. El mohair de la zona es de calidad desigual: majadas consanguíneas, "
     "esquila en corrales con tierra, vellones sin clasificar y precios fijados por "
     "intermediarios. Una cooperativa de crianceros, con el ministerio de producción provincial "
     "y la estación experimental agropecuaria de la zona, solicita apoyo para renovar los machos "
     "con reproductores evaluados, capacitar comparsas de esquila y clasificadores, construir "
     "galpones de esquila comunitarios, vender en lotes por licitación y ordenar el pastoreo de "
     "los campos de invernada, muy degradados. El chivito de la cabra criolla y su denominación "
     "de origen quedan fuera de la solicitud.",
     ("mohair", "cabras de Angora", "crianceros", "esquila", "necesidades"),
     ("AR",), "2024-07"),
    # --- rhizobium inoculants --------------------------------------------------------------------
    ("fa13", "project", "en",
     "Rhizobium inoculants for soybean and groundnut farmers in northern Nigeria",
     "Legumes fix nitrogen from the air only when the right rhizobia, soil bacteria that form "
     "nodules on their roots, are present. Soybean, spread across Nigeria's northern savanna in "
     "recent decades, often finds none in the soil, and farmers in Kaduna, Kano and Niger States "
     "harvest well below what the crop can give. This project of an agricultural research "
     "institute, a university soil microbiology laboratory and a private inoculant maker "
     "produces peat-based inoculants of selected Bradyrhizobium strains, sold in small sachets "
     "with a sticker to coat the seed just before sowing, and works with agro-dealers to keep "
     "the sachets cool and out of the sun, since heat kills the bacteria. Demonstration plots "
     "compare inoculated and uninoculated soybean, groundnut and cowpea, with and without "
     "phosphorus fertiliser, counting nodules and weighing grain. Extension agents learn to "
     "recognise effective nodules, pink inside. Genetically engineered nitrogen-fixing bacteria "
     "for cereals are not part of the project.",
     ("rhizobium inoculants", "biological nitrogen fixation", "soybean", "soil fertility",
      "projects"),
     ("NG",), "2023-08"),
    ("fa14", "document", "fr",
     "Guide : réussir l'inoculation du soya dans les champs qui n'en ont jamais porté",
     "Le soya ne fixe l'azote de l'air que si ses racines portent des nodosités formées par une "
     "bactérie du sol, Bradyrhizobium japonicum, absente des champs du Québec où la culture n'a "
     "jamais été semée, notamment dans les régions qui s'y mettent depuis peu, comme "
     "l'Abitibi-Témiscamingue, le Saguenay-Lac-Saint-Jean et le Bas-Saint-Laurent. Ce guide, "
     "préparé par un centre de recherche sur les grains avec le ministère de l'Agriculture et "
     "des conseillers agronomes, explique le choix d'un inoculant en tourbe, liquide ou "
     "granulaire, sa conservation au frais et à l'abri du soleil, l'application le jour même du "
     "semis, la compatibilité avec les traitements de semences fongicides, la double dose "
     "recommandée la première année et le contrôle des nodosités, roses à l'intérieur, six "
     "semaines après la levée. Il montre que l'engrais azoté devient inutile lorsque la "
     "nodulation est bonne. Les pois, les haricots et la luzerne demandent d'autres souches et "
     "font l'objet de fiches séparées ; le soya génétiquement modifié n'est pas abordé.",
     ("inoculation", "soya", "Bradyrhizobium", "fixation biologique de l'azote", "guides"),
     ("CA",), "2024-02"),
    ("fa15", "dataset", "es",
     "Control de calidad de inoculantes para leguminosas en Uruguay: muestras y cepas, 2005-2024",
     "En Uruguay casi toda la soja y las leguminosas forrajeras de las praderas sembradas, como "
     "el trébol blanco, el trébol rojo, el lotus y la alfalfa, se siembran inoculadas con "
     "rizobios, las bacterias que forman nódulos en sus raíces y fijan el nitrógeno del aire. Un "
     "laboratorio de microbiología de suelos del ministerio de ganadería, agricultura y pesca "
     "selecciona las cepas recomendadas para cada leguminosa y controla los inoculantes que se "
     "venden en el país, antes de su registro y en los comercios. Este conjunto de datos da, por "
     "año, producto y formulación (turba, líquido o semilla preinoculada), el número de rizobios "
     "viables por gramo o por mililitro, los contaminantes encontrados, los lotes rechazados y "
     "las cepas usadas, y resume ensayos de nodulación y rendimiento en chacras y praderas. "
     "También registra la pérdida de viabilidad de la semilla preinoculada almacenada. El "
     "glifosato y la siembra directa de las mismas chacras no se tratan.",
     ("inoculantes", "rizobios", "fijación biológica de nitrógeno", "leguminosas forrajeras",
      "datos"),
     ("UY",), "2024-09"),
    # --- acoustic pingers on fishing nets --------------------------------------------------------
    ("fa16", "document", "en",
     "Pingers on sink gillnets: a compliance guide to the harbor porpoise take reduction plan in "
     "New England",
     "Harbor porpoises that feed on herring and hake in the Gulf of Maine and off southern New "
     "England drown when they swim into the bottom-set gillnets used for cod, pollock and "
     "monkfish. Since the late 1990s a federal take reduction plan has required acoustic "
     "deterrent devices, called pingers, on these nets in certain areas and months: small "
     "battery-powered units that emit a high-pitched signal that porpoises avoid. This guide, "
     "published by the regional fisheries office with the gillnet fishermen's associations, "
     "explains where and when pingers are mandatory, how many must be attached to each string "
     "and how far apart, which models meet the specifications, how to test them at the dock with "
     "a pinger tester and how often to change the batteries. It explains how closure areas are "
     "triggered when the fleet's compliance falls and bycatch rises above its target. The weak "
     "links and sinking groundlines required to protect right whales are covered by another "
     "plan.",
     ("pingers", "acoustic deterrent devices", "harbor porpoise", "gillnets", "bycatch", "guides"),
     ("US",), "2023-06"),
    ("fa17", "project", "fr",
     "Projet : répulsifs acoustiques et observateurs contre les captures de dauphins communs "
     "dans le golfe de Gascogne",
     "Chaque hiver, des centaines de dauphins communs morts s'échouent sur les plages de la "
     "façade atlantique, de la Vendée aux Landes, portant des marques de filets : ils ont été "
     "capturés accidentellement par les fileyeurs qui pêchent la sole et le merlu ou par les "
     "chalutiers pélagiques qui travaillent en bœuf. Après la fermeture d'un mois de la pêche "
     "dans le golfe de Gascogne imposée au début de 2024, ce projet, mené par les comités des "
     "pêches, l'institut de recherche pour l'exploitation de la mer et l'observatoire des "
     "mammifères marins de La Rochelle, équipe 200 navires de dispositifs de dissuasion "
     "acoustique, appelés pingers, et de balises qui signalent le filet à l'eau, embarque des "
     "observateurs et des caméras, et compare les captures avec et sans répulsifs. Il évalue "
     "aussi le bruit ajouté en mer et l'effet des répulsifs sur les marsouins. Les échouages de "
     "phoques et de tortues relèvent d'autres réseaux.",
     ("répulsifs acoustiques", "dauphins communs", "captures accidentelles", "filets de pêche",
      "projets"),
     ("FR",), "2024-10"),
    ("fa18", "need", "es",
     "Necesidad: alarmas acústicas para las redes de enmalle de la pesca artesanal de Salaverry",
     "Las embarcaciones artesanales que salen de Salaverry, en La Libertad, calan redes de "
     "enmalle a la deriva para tiburón azul, tiburón diamante y bonito, y en ellas mueren cada "
     "año miles de delfines oscuros, delfines comunes y marsopas espinosas, además de tortugas "
     "marinas. Parte de esos cetáceos se usaba como carnada para el tiburón, una práctica "
     "prohibida que persiste. Una asociación de pescadores, con una organización de conservación "
     "marina y el instituto del mar, solicita apoyo para comprar 600 alarmas acústicas, los "
     "llamados pingers, que emiten un sonido que aleja a los cetáceos de la red; repartir "
     "baterías de repuesto; capacitar a los tripulantes para colocarlas y registrar las capturas "
     "en bitácoras; embarcar observadores para medir si funcionan; y buscar carnadas que "
     "reemplacen la carne de delfín. Pide también un diálogo con la autoridad de pesca para que "
     "las alarmas entren en las reglas de la pesquería. Los lobos marinos que rompen las redes "
     "quedan para otra solicitud.",
     ("alarmas acústicas", "pingers", "captura incidental", "redes de enmalle", "necesidades"),
     ("PE",), "2024-05"),
    # --- pannage ---------------------------------------------------------------------------------
    ("fa19", "case-study", "en",
     "Pannage in the New Forest: commoners' pigs, acorns and the safety of ponies and cattle",
     "Every autumn, for at least sixty days from September, the commoners of the New Forest in "
     "Hampshire may turn their pigs out into the open forest to eat the fallen acorns, beechmast "
     "and chestnuts. This ancient right, pannage, is also a safeguard: green acorns are "
     "poisonous to the ponies and cattle that graze the forest all year, and the pigs hoover "
     "them up. The Verderers set the dates, with a longer season in heavy mast years, and the "
     "agisters check that every pig is registered, marked and fitted with a nose ring so that it "
     "cannot root up the turf. This case study, written by the commoners' association with the "
     "national park authority, follows pannage from 2013 to 2023: the number of pigs, from a few "
     "hundred to more than six hundred, the size of the acorn crop, pony deaths from acorn "
     "poisoning, the breeds used, from Tamworths to Gloucestershire Old Spots, and the pork and "
     "sausages sold locally. Forestry operations and visitor pressure are left aside.",
     ("pannage", "acorns", "pigs", "commoning", "wood pasture", "case studies"),
     ("GB",), "2024-01"),
    ("fa20", "project", "fr",
     "Projet : la glandée du porc noir de Bigorre dans les chênaies et châtaigneraies des "
     "Pyrénées",
     "Le porc noir de Bigorre, issu de la race gasconne sauvée de justesse à la fin des années "
     "1980, est élevé en plein air dans les Hautes-Pyrénées et les départements voisins, et ses "
     "jambons, séchés au moins vingt mois, bénéficient d'une appellation d'origine. Les porcs "
     "finissent leur engraissement à l'automne sur des parcours en sous-bois, où ils se "
     "nourrissent de glands, de châtaignes et de faînes : c'est la glandée, héritière du droit "
     "de panage, ou de paisson, que les communautés exerçaient dans les forêts seigneuriales. Ce "
     "projet, porté par le consortium de la filière avec la chambre d'agriculture et le centre "
     "régional de la propriété forestière, négocie des conventions entre éleveurs et "
     "propriétaires de bois privés et communaux, installe des clôtures mobiles, fixe des "
     "chargements et des rotations qui protègent les semis de chênes, et mesure la production de "
     "glands et l'état des sols. Le jambon de Bayonne, issu de porcs élevés en bâtiment, n'est "
     "cité que pour comparaison.",
     ("glandée", "porc noir de Bigorre", "race gasconne", "sylvopastoralisme", "projets"),
     ("FR",), "2024-06"),
    ("fa21", "dataset", "es",
     "Montanera del cerdo ibérico en las dehesas: aforos de bellota, cargas y pesos, 2014-2024",
     "La montanera es la fase final del engorde del cerdo ibérico, de octubre a febrero o marzo, "
     "en la que los animales comen en libertad la bellota y la hierba de las dehesas de encinas "
     "y alcornoques del suroeste de España. Solo los cerdos que reponen en montanera al menos 46 "
     "kilos en un mínimo de 60 días, en fincas con una carga máxima por hectárea, pueden "
     "venderse como cerdo ibérico de bellota, con la etiqueta negra si son de raza pura y la "
     "roja si son cruzados. Este conjunto de datos, publicado por el ministerio de agricultura "
     "con las comunidades autónomas de Extremadura y Andalucía y las entidades de certificación, "
     "da por campaña y por provincia el aforo de la cosecha de bellota, la superficie de dehesa "
     "certificada, las cargas admitidas, los cerdos inscritos, los pesos de entrada y de salida "
     "y las inspecciones. La seca de la encina y la peste porcina africana se citan solo como "
     "riesgos.",
     ("montanera", "cerdo ibérico", "dehesas", "bellota", "datos"),
     ("ES",), "2024-10"),
    # --- saltbush --------------------------------------------------------------------------------
    ("fa22", "project", "en",
     "Saltbush on the salt scalds of the Western Australian wheatbelt: saltland pastures for "
     "sheep",
     "After a century of clearing, rising groundwater has brought salt to the surface of more "
     "than a million hectares of the wheatbelt of Western Australia, leaving bare scalds where "
     "crops no longer grow. Saltbushes, shrubs of the genus Atriplex that tolerate salt and "
     "drought, can turn part of this land back into feed. In this project of catchment groups, "
     "the state agriculture department and a research centre on future farming systems, 60 "
     "farmers plant old man saltbush (Atriplex nummularia) and river saltbush in alleys with an "
     "understorey of puccinellia and tall wheatgrass, and graze them with Merino sheep in "
     "autumn, when the stubbles are finished and the pastures have not yet grown. It measures "
     "the feed value of the leaves, rich in protein and in salt, so that the sheep need fresh "
     "water and some grain, the carrying capacity, the wool cut and the depth of the water table "
     "under the shrubs. The samphire that grows naturally on the wettest scalds is left alone.",
     ("saltbush", "Atriplex", "saltland pastures", "dryland salinity", "sheep", "projects"),
     ("AU",), "2023-11"),
    ("fa23", "case-study", "fr",
     "Étude de cas : trente ans de plantations d'Atriplex sur les parcours du Centre tunisien",
     "Depuis les années 1980, l'office de l'élevage et des pâturages et les services forestiers "
     "de Tunisie ont planté des dizaines de milliers d'hectares d'arbustes fourragers sur les "
     "parcours des gouvernorats de Kairouan, de Sidi Bouzid et de Gafsa, surtout l'Atriplex "
     "nummularia, un arbuste halophile aux feuilles grises, et le cactus inerme. Ces "
     "plantations, mises en défens deux à trois ans puis ouvertes au pâturage des ovins et des "
     "caprins, devaient fournir une réserve sur pied pour les années sèches et freiner la "
     "désertification. Cette étude de cas, conduite avec un institut de recherche agronomique et "
     "des groupements de développement agricole, revisite quinze périmètres : survie des "
     "arbustes, biomasse consommable, pâturage réglementé ou non, conflits sur l'accès, et rôle "
     "des plantations pendant les sécheresses de 2016 et de 2022. Elle montre que les feuilles "
     "d'Atriplex, riches en sel, ne suffisent pas seules à nourrir un troupeau. Les steppes "
     "d'alfa voisines, récoltées pour le papier, ne sont pas traitées.",
     ("Atriplex", "arbustes fourragers", "parcours", "désertification", "études de cas"),
     ("TN",), "2023-05"),
    ("fa24", "document", "es",
     "Guía para establecer y pastorear Atriplex en el secano de la región de Coquimbo",
     "En las comunidades agrícolas del secano de Coquimbo, donde las cabras pastorean cerros "
     "erosionados y las lluvias fallan uno de cada dos años, el Atriplex nummularia, un arbusto "
     "forrajero de origen australiano emparentado con los cachiyuyos nativos, se planta desde "
     "los años setenta como reserva de forraje para la sequía. Esta guía, preparada por el "
     "instituto de investigaciones agropecuarias con el servicio forestal y la oficina de "
     "desarrollo agropecuario, explica cómo producir las plantas en vivero, preparar el suelo "
     "con surcos y zanjas de infiltración que capten la lluvia, plantar a distancias que "
     "permitan el paso del ganado, proteger las plantas dos años y luego pastorearlas con cabras "
     "y ovejas en rotación, sin rebajar los arbustos a menos de medio metro. Incluye cálculos de "
     "carga animal y de proteína para suplementar a las cabras en el verano. Los atrapanieblas y "
     "el riego de los valles transversales se tratan en otras guías.",
     ("Atriplex", "arbustos forrajeros", "caprinos", "sequía", "guías"),
     ("CL",), "2024-04"),
    # --- honey adulteration ----------------------------------------------------------------------
    ("fa25", "dataset", "en",
     "Honey authenticity tests in the United Kingdom: retail, imported and blended honeys, "
     "2018-2024",
     "Honey is among the foods most often adulterated: cheap syrups made from cane, corn, rice "
     "or beet sugar are added to it or passed off as honey, and blends are labelled in ways that "
     "hide where they come from. This dataset, compiled by the food standards authority with the "
     "government chemist and public analysts, gathers the results of the sampling programmes of "
     "honey sold in British shops and markets, imported in bulk or packed in the country. For "
     "each sample it gives the origin on the label, the price, the tests used, from the carbon "
     "isotope test that detects cane and corn syrups to the nuclear magnetic resonance and "
     "high-resolution mass spectrometry that look for rice and beet syrups and foreign sugars, "
     "the pollen analysis of the declared origin, and the verdict: authentic, suspicious or "
     "non-compliant. It adds the checks made on manuka honey labels. The pesticide residues and "
     "genetically modified pollen occasionally found in honey are reported elsewhere.",
     ("honey", "adulteration", "food fraud", "food authenticity", "datasets"),
     ("GB",), "2024-05"),
    ("fa26", "support-source", "fr",
     "Offre : analyses d'authenticité et traçabilité contre le miel frelaté pour les "
     "coopératives apicoles du Maroc",
     "Au Maroc, le miel d'euphorbe du Tadla-Azilal, le miel de thym ou de jujubier se vendent "
     "très cher, et les souks comme les bords de route regorgent de miels frelatés : coupés au "
     "sirop de sucre ou de glucose, chauffés pour paraître plus liquides, ou importés et vendus "
     "comme miel de montagne. Les apiculteurs honnêtes, réunis en coopératives, en pâtissent. Un "
     "programme de coopération offre aux coopératives et à leurs unions des analyses gratuites "
     "ou à coût réduit dans un laboratoire agréé (sucres, humidité, HMF, pollen, isotopes du "
     "carbone), un appui pour mettre en place l'étiquetage, les numéros de lot et la traçabilité "
     "du rucher au pot, la formation des apiculteurs à la récolte et à la conservation du miel, "
     "et un accompagnement vers les signes d'indication géographique. Les demandes se déposent "
     "auprès des directions régionales de l'agriculture. La lutte contre le varroa et la "
     "mortalité des abeilles ne sont pas financées.",
     ("miel frelaté", "authenticité du miel", "apiculture", "traçabilité", "offres"),
     ("MA",), "2024-02"),
    ("fa27", "event", "es",
     "Jornada técnica: cómo detectar la miel adulterada y qué cambia con el etiquetado de origen",
     "Los apicultores españoles venden su miel por debajo del coste mientras entran en Europa "
     "miles de toneladas de miel barata, una parte adulterada con jarabes de arroz, de maíz o de "
     "remolacha que los análisis clásicos no detectan. Esta jornada técnica, organizada en "
     "Valencia por una organización agraria con el laboratorio apícola de una universidad y la "
     "dirección general de consumo de la comunidad autónoma, presenta los resultados de la "
     "última campaña europea de control en frontera, explica qué revelan la resonancia magnética "
     "nuclear, la espectrometría de masas y el análisis del polen, y cómo un comprador puede "
     "sospechar de una miel demasiado barata. Una segunda sesión trata el real decreto que "
     "obliga a indicar en la etiqueta los países de origen de las mezclas de mieles y la reforma "
     "europea que exigirá sus porcentajes. Se cierra con una cata de mieles de azahar, romero y "
     "brezo. La varroa y la avispa asiática no forman parte del programa.",
     ("miel adulterada", "fraude alimentario", "etiquetado", "apicultura", "eventos"),
     ("ES",), "2024-11"),
    # --- diffused light stores for seed potatoes -------------------------------------------------
    ("fa28", "project", "en",
     "Diffused light stores for seed potato in Nyandarua and Meru",
     "Most Kenyan potato farmers replant tubers kept from their own harvest, stored in dark "
     "rooms or under the bed, where they grow long white sprouts that break at planting, and "
     "which often carry bacterial wilt and viruses. Seed tubers kept instead in diffused light, "
     "indirect daylight that never falls straight on them, stay firm and grow short, thick, "
     "green sprouts ready for planting, and the light also keeps aphids and tuber moths down. "
     "This project of the national agricultural research organisation, the county agriculture "
     "departments of Nyandarua and Meru and an international potato research centre trains 300 "
     "seed multipliers and farmer groups to build diffused light stores from local timber and "
     "iron sheets, with wide eaves, netted walls and slatted shelves, and to fill them with "
     "clean seed from certified sources. It records sprouting, weight loss, rots and the yields "
     "of the next crop. The cold stores for ware potatoes sold to chip makers are a separate "
     "matter.",
     ("diffused light stores", "seed potatoes", "post-harvest storage", "smallholder farming",
      "projects"),
     ("KE",), "2023-07"),
    ("fa29", "need", "fr",
     "Besoin : magasins à lumière diffuse pour les semences de pomme de terre du Fouta-Djalon",
     "Au Fouta-Djalon, en Guinée, la pomme de terre est devenue en vingt ans une culture de "
     "rente pour des milliers de petits producteurs de Timbi-Madina, de Labé et de Mamou, réunis "
     "en unions au sein d'une fédération paysanne. Mais presque toute la semence est importée "
     "d'Europe chaque année, car les tubercules gardés d'une saison à l'autre pourrissent ou "
     "germent trop tôt dans la chaleur des cases. La fédération, avec l'institut de recherche "
     "agronomique et la direction préfectorale de l'agriculture, demande un appui pour "
     "construire et tester des magasins à lumière diffuse, des entrepôts aérés où les plants "
     "sont rangés en couches minces sur des claies, à la lumière du jour mais jamais au soleil, "
     "pour qu'ils développent des germes courts, verts et robustes ; pour former des producteurs "
     "de semences ; et pour comparer la conservation et les rendements avec ceux de la semence "
     "importée. Les chambres froides solaires pour l'oignon et le fonio de la région relèvent "
     "d'autres projets.",
     ("lumière diffuse", "semences de pomme de terre", "conservation post-récolte",
      "organisations paysannes", "besoins"),
     ("GN",), "2024-03"),
    ("fa30", "case-study", "es",
     "Estudio de caso: almacenes rústicos de luz difusa para la semilla de papa en Huancavelica",
     "En las comunidades altoandinas de Huancavelica, las familias guardaban la semilla de papa "
     "en trojes oscuros, dentro de la casa o bajo la paja, donde los tubérculos echan brotes "
     "largos y blancos que se quiebran al sembrar. El almacenamiento en luz difusa, ensayado en "
     "los Andes desde los años setenta, consiste en extender la semilla en capas delgadas sobre "
     "tarimas, bajo un techo amplio y con paredes de malla o de carrizo, para que reciba luz "
     "indirecta pero no sol directo: los brotes salen cortos, verdes y vigorosos y la semilla "
     "llega a la siembra con menos pérdidas. Este estudio de caso sigue durante cinco campañas a "
     "24 comunidades que construyeron almacenes rústicos con apoyo de la dirección regional "
     "agraria y de un centro internacional de investigación de la papa: pérdidas de peso, "
     "brotamiento, daños de polilla y de gorgojo de los Andes, y rendimientos. El chuño y las "
     "papas nativas para la venta se mencionan solo de paso.",
     ("luz difusa", "semilla de papa", "poscosecha", "comunidades campesinas", "estudios de caso"),
     ("PE",), "2023-09"),
)  # fmt: skip
