"""Clearing-house records of the hundred-and-sixtieth judged relevance set
(tests/search/relevance/queries160.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: brassica disease pages on
clubroot (a dataset of the surveys of clubroot and of its pathotypes in the canola fields of
Alberta, Canada; a guide, a document, to the hernie des crucifères in the cauliflowers and broccoli
of the Léon, Finistère, France; a jornada técnica, an event, on the potra of the berzas and grelos
of the huertas of Galicia, Spain); fruit pest pages on spotted wing drosophila (a contingency plan,
a document, to keep Drosophila suzukii out of the berry and cherry orchards of Australia; a project
of nets, traps and parasitoids against the drosophile asiatique in the cherry trees and small fruits
of the Valais and Vaud, Switzerland; a case study of Chile's response to the drosófila de alas
manchadas in its export blueberries and cherries); greenhouse crop pages on tomato brown rugose
fruit virus (a need to stop ToBRFV in the greenhouses of the Jordan Valley, Jordan; a journée
technique, an event, on the virus du fruit rugueux brun de la tomate in the serres of the
Souss-Massa, Morocco; a dataset of the surveys of the virus rugoso del tomate on the jitomate of
Sinaloa, Baja California and Jalisco, Mexico); sheep health pages on sheep scab (a project of free
testing and coordinated treatment to eradicate scab from Wales, United Kingdom; a need to fight the
gale psoroptique of the sheep of the Algerian steppe; a guía, a document, on the control of the
sarna ovina in the establecimientos of Patagonia, Argentina); fishing gear pages on pair trawling (a
case study of the ban on pair trawling, called bull trawling, off Goa and coastal Karnataka, India;
a dataset of the infractions of chalutage en bœuf recorded off Senegal; a project on the selectivity
of the arrastre en pareja fleet that fishes corvina and pescadilla in the Río de la Plata, Uruguay);
fish by-product pages on fish leather (a case study of the tanning of Nile perch and tilapia skins
on the Kenyan shores of Lake Victoria; an offer, a support source, of a tannery that collects the
salmon and fish skins of the workshops of Boulogne-sur-Mer, France, to make cuir marin; a need to
tan the cuero de paiche and the skins of other Amazonian fish in Loreto and Ucayali, Peru); food
safety pages on patulin (a need to test for and prevent patulin in the apple juice concentrate of
Georgia; a guide, a document, to preventing patuline in the jus de pomme and cidre of the orchards
and cidreries of Québec, Canada; a dataset of the official controls of patulina in the sidra
natural, zumo and compota de manzana of Asturias, Spain); forestry pages on reduced-impact logging
(a training course, an event, on RIL for the felling and skidding crews of East Kalimantan,
Indonesia; a case study of ten years of exploitation forestière à faible impact, EFI, in the
certified concessions of Gabon; a project of aprovechamiento forestal de impacto reducido in the
community forests of Guarayos, Santa Cruz, Bolivia); grazing pages on virtual fencing (a project of
virtual fencing collars for cattle on the public rangelands of eastern Oregon, United States; a
journée technique, an event, on clôtures virtuelles and colliers GPS for the herds of the Massif
central, France; a case study of cercos virtuales with collares GPS in the cattle ranching of the
Región de Aysén, Chile); and charcoal by-product pages on wood vinegar (an offer, a support source,
of kilns and training to make wood vinegar for the farmer groups of Northeast Thailand; a need to
produce and register the vinaigre de bois of charcoal makers for the market gardeners of southern
Benin; an offer, a support source, of condensers to collect vinagre de madera at the charcoal kilns
of the Chaco and San Pedro, Paraguay). English, French and Spanish, 10 records each, every topic
written once in each language (different countries, projects and angles, not translations of one
text).

None of records.py, records3.py, ..., records157.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (clubroot, club root, Plasmodiophora, hernie, hernie des
crucifères, hernie du chou, hernia, hernia de las crucíferas, potra, crucifer, crucifère, crucífera,
Brassica, cabbage, chou, chou-fleur, brocoli, broccoli, cauliflower, coliflor, brócoli, berza,
repollo, nabo, navet, turnip, grelo, canola, colza, raps; spotted wing drosophila, Drosophila,
drosophile, drosófila, suzukii, alas manchadas, ailes tachetées, vinegar fly, mouche du vinaigre,
mosca del vinagre, cherry, cerise, cerisier, cereza, blueberry, bleuet, myrtille, arándano,
raspberry, framboise, frambuesa, strawberry, fraise, fresa, fruit fly, mouche des fruits, mosca de
la fruta; tomato brown rugose fruit virus, ToBRFV, rugose, rugueux, rugoso, tobamovirus, mosaic,
mosaïque, mosaico, tomato, tomate, jitomate, greenhouse, serre, invernadero; sheep scab, scab,
psoroptic, Psoroptes, mange, gale, gale ovine, sarna, sarna ovina, sarna psoróptica, sheep dip,
dipping, baño, bain, ivermectin, acarien, ácaro, mite; pair trawling, pair trawl, bull trawling,
chalutage en bœuf, en bœuf, chalutage en paire, arrastre en pareja, pareja, parejas de bou, bou,
trawl, chalut, arrastre; fish leather, fish skin, cuir de poisson, cuir marin, peau de poisson,
cuero de pescado, piel de pescado, leather, cuir, cuero, tannery, tannerie, curtiembre, paiche,
Arapaima, pirarucu, Nile perch, perche du Nil; patulin, patuline, patulina, Penicillium, blue mould,
moisissure bleue, moho azul, mycotoxin, mycotoxine, micotoxina, ochratoxin, apple juice, jus de
pomme, zumo de manzana, jugo de manzana, cider, cidre, sidra, compote; reduced-impact logging, RIL,
EFI, low impact, low-impact forestry, impact réduit, faible impact, impacto reducido, bajo impacto,
madereo, selective logging, skid trail, skidder, felling, directional felling, abattage contrôlé,
tala dirigida, débardage, concession forestière, concesión forestal, exploitation forestière,
aprovechamiento forestal, chainsaw, tronçonneuse, motosierra; virtual fencing, virtual fence,
clôture virtuelle, cerco virtual, vallado virtual, Nofence, GPS collar, collier GPS, collar GPS,
electric fence, clôture électrique, cerco eléctrico; wood vinegar, pyroligneous, pyroligneux,
vinaigre de bois, vinagre de madera, piroleñoso, mokusaku, vinegar, vinaigre, vinagre, charcoal
kiln, four à charbon, horno de carbón, charcoal, charbon de bois, carbón vegetal, biochar). Screened
and dropped as covered: the New World screwworm (bj15), guinea pigs (cc19-cc21), the lethal
yellowing of coconut palms (co12), breadfruit (ce16-ce18), sericulture (cc28-cc30), stingless bees
(p36), zaï pits and half-moons, truffles (bn04-bn06), maple sap (do07), mosquito nets used as
fishing nets (the mosquiteros of Bioko of records21 and the beach seine page dm25), beach seines
(dm25-dm27), fish weirs (ce19-ce21), gooseneck barnacles (co13-co15), Iberian pigs in montanera
(fa19-fa21), pine nuts (bo04-bo06), edible caterpillars (br10-br12), bark cloth (cy22-cy24), kapok
(dk28-dk30), huanglongbing (bq28-bq30), cover crops (bw10-bw12), the chestnut gall wasp (the cynips
of the chestnut page bp29), electric fences (bw19-bw21), forest concessions (bw16-bw18), horse
logging (da19-da21), fish mislabelling (bb29), octopus closures (bt17), airtight grain storage
(t30), wild rice (cm16-cm18), the tomato leafminer (ew01-ew03), the brown marmorated stink bug
(fy22), the box tree moth (dy01-dy03), the Asian hornet (bd28), dairy sheep (the brebis laitières of
the Roquefort area of bu29 and gc26), hair sheep (the Red Maasai sheep of m01) and field gleaning
(fi28-fi30: imperfect, out-of-grade fruit and vegetables, first chosen for this set, were replaced
by fish leather because the gleaning pages name produce of the wrong size or shape for supermarkets
among the reasons it is left in the fields), besides the topics of sets 42 to 157 and those their
docstrings list as covered; screened with no or passing hits but not chosen: potato wart (no hit,
but too near the potato cyst nematodes of gg04-gg06), the bacterial canker of kiwifruit (no hit),
citrus canker (no hit, screened by set 152), African horse sickness and contagious caprine
pleuropneumonia (no hit, but no Spanish-speaking country has them), sunn pests (no hit), the
eucalyptus snout beetle (no hit), the Japanese beetle (no hit), the small hive beetle (named in
passing by gg12), broomrape (the orobanche named in passing by fm05), the boll weevil (no hit, but
absent from French-speaking cotton countries), ackee poisoning (screened by sets 110, 112 and 136),
soil sealing (screened by sets 132 and 140), brewers' spent grain (no hit) and Amazonian dark earths
(no hit).

Two earlier records are judged relevant in part (1), to the three plain-name queries of
reduced-impact logging only: the horse logging case study da19, whose title names low-impact
harvests and whose own subjects name low-impact forestry, and the animal logging need da21, whose
description calls the madereo with oxen and horses of southern Chile a madereo de bajo impacto.
Every other hit is passing or about another thing, judged 0. No earlier record names clubroot: the
genetically modified canola, colza and raps pages (cd28-cd30), the GM mustard pages of records25,
the self-limiting diamondback moths of the cabbage fields of New York (dv19), the root-knot
nematodes of the onions and cabbages of the soil solarization pages (fi19-fi21), the broccoli and
mustard biofumigation of the metam sodium offer fs15, the liming pages (cr07-cr09, er22, er24), the
cabbages of the rotations of the potato cyst nematode need gg04 and the sea kale, a wild crucifer
(gf22-gf24), are other things. No earlier record names spotted wing drosophila: the Mediterranean
fruit fly (bj13), the olive fruit fly (gg28-gg30), the coffee cherries of the coffee berry borer
pages (fa01-fa03), the strawberries and blackberries of the metam sodium pages (fs13-fs15), the
brown marmorated stink bug of the hazelnut orchards of Georgia (fy22), the grapevine moth of the
vineyards (gg01-gg03) and the strawberry trees (eq16) are other things. No earlier record names
tomato brown rugose fruit virus: the tomato leafminer pages (ew01-ew03, ew02 in the serres of the
Souss-Massa), the genetically modified and gene-edited tomatoes (ct25-ct27, ct26 for the seeds of
the Souss-Massa), the methyl bromide replaced in Moroccan tomatoes (v31), the tomatoes dried in
Marathwada (ef13), the bean golden mosaic (eb25-eb27) and the cassava mosaic (fm01-fm03) are other
things. No earlier record is about sheep scab: the sheep dip residues in the fleece of ep16, the
baños de ovinos against sarna and piojo named by the tick dip page er03, the sarna named in passing
by the footrot page gc27, the sarna of the alpacas of the ethnoveterinary page cc24 and of the
kamayoq case study gg21, the gale of the cobayes of cc20, the lindane lice and scabies page cv01,
the gale commune named by the potato irrigation guide fy26 the gale du ciment of the chromium VI
pages of records102 and the apple scab, the sarna of apple trees, named by records62 and records152
are passing or other things, and the footrot (gc25-gc27) and bluetongue (bu29) pages are about other
sheep diseases. No earlier record is about pair trawling: the chalutiers pélagiques qui travaillent
en bœuf, named among the causes of dolphin bycatch by the pinger project fa17, are a passing
mention; the turtle excluder devices of shrimp trawls (ew16-ew18), the bottom trawling of seamounts
(bh22), the hake juveniles of the langostino trawlers of the golfo San Jorge (do12), the trawlers of
the inshore exclusion zones (gg22-gg24), the trawlers that tear off the wave buoys of records157 and
the light fishing case study (fi10) are other things. No earlier record names fish leather: the
tannery effluent pages (x01-x03), the reptile skin pages (s17, bs03), the fish silage pages
(gc28-gc30), the shellfish shell waste pages (er22-er24), the fish smoking pages and the arapaima
fishery pages (ce10-ce12) are other things. No earlier record names patulin: the mycotoxin guide for
stored maize (t30), the ergot pages of records116, the ochratoxin named by records134, the
traditional cider orchards, pomaradas and prés-vergers (eg14, eg15), the lead arsenate of former
orchards (ge22-ge24) and the codling moth of gc13 and gc15 are other things. No earlier record is
about reduced-impact logging: besides da19 and da21, judged 1 as above, the Walloon aid for
débardage à cheval (da20), which names no low impact, the clouded leopards of the forests of Sabah
logged with métodos de bajo impacto (ez03) and the tayras of the parcelles exploitées à faible
impact of French Guiana (fx08), named in passing, the forest concession pages (bw16-bw18), the
timber legality and illegal logging pages (m17, o11), the chicle of the community concessions of the
Petén (bp14), the salvage logging named by records155 and the chainsaws of the vibration and
acoustic sensor pages are other things. No earlier record names virtual fencing: the electric fences
against elephants and pumas (bw19-bw21, bw21 in Aysén), the GPS collars of wild animals, the
rotational grazing pages (fi16-fi18), the grazed firebreaks (bz28-bz30), the livestock ear tags and
veterinary cordon fence (fe04-fe06) and the crab fences of the white spot need gg08 are other
things. No earlier record names wood vinegar: the biochar pages (y04-y06, y06 in Paraguay), the
miombo charcoal pages (bx04, bx05), the briquettes (df04, df05), the biopesticide pages, the carbón
vegetal named by the cork stopper page ge27 and the vinegar of the biltong guide fy13 and of the
pickled capers of gc18 are other things.

records124.py to records157.py (ids fa01..fa30, ..., gh01..gh30), the most recent earlier files,
were searched like the others: their only hits on this set's words are passing or about other things
(the coffee cherries of fa01-fa03; the chalutiers en bœuf of fa17; the ear tags of fe04-fe06; the
light fishing of fi10; the rotational grazing of fi16-fi18; the exploitation à faible impact of the
tayra need fx08; the cabbages of fi19-fi21; the out-of-grade produce of the gleaning pages
fi28-fi30; the cassava mosaic of fm01-fm03; the strawberries and broccoli of fs13-fs15; the biltong
vinegar of fy13; the stink bug of fy22; the gale commune of fy26; the codling moth of gc13 and gc15;
the capers in vinegar of gc18; the footrot and sarna of gc25-gc27; the fish silage of gc28-gc30; the
orchards of ge22-ge24 and the carbón vegetal of ge27; the sea kale of gf22-gf24; the salvage logging
of records155; the cabbages of gg04; the crab fences of gg08; the sarna of gg21; the trawlers of
gg22-gg24; the fruit flies of gg28-gg30; and the chalutiers of the wave buoy pages of records157),
and none of their records answers a query of this set.

records158.py (ids gi01..gi30, on chemicals, waste, pollution, energy, health, trade and enforcement
topics) and records159.py (ids gj01..gj30, on biodiversity topics), written at the same time by two
other engineers, were searched for the same words once they were finished (with their queries158.tsv
and queries159.tsv, each with its 60 queries), after this set's records and queries were written,
while the queries were being judged. The topics of records158.py are surgical smoke, heated tobacco
products, the flea and tick treatments of dogs and cats, the reprocessing of single-use medical
devices, floral foam, UV-C germicidal lamps, quaternary ammonium disinfectants, plastic plant pots,
the refrigeration units of refrigerated trucks and the fog and haze machines of stages; those of
records159.py are pygmy owls, goshawks, guanacos, colobus monkeys, capuchin monkeys, roe deer,
skinks, bush-crickets, the royal fern and aspen. None of their records names clubroot, spotted wing
drosophila, tomato brown rugose fruit virus, sheep scab, pair trawling, fish leather, patulin,
reduced-impact logging, virtual fencing or wood vinegar, and none is judged relevant. The nearest
are 0: the flea collars, colliers antiparasitaires and collares of the pet flea treatment pages
(gi07-gi09) are no GPS collars of a virtual fence, and the sheep dips that gi07 leaves to other
projects and the baños of the pets of gi09 treat no sheep scab; the sheep ranching, pumas, clôtures
and alambrados of the guanaco pages (gj07-gj09) are no sheep scab and no virtual fence; the
clearfell coupes, felling and forest plantations of the goshawk pages (gj04-gj06) are no
reduced-impact logging; the collares of gj18 are worn by wild roe deer; the cattle and sheep grazing
of the bush-cricket project gj22 and the cattle, elk and fences of the aspen case study gj28 are
other things; and the charcoal of the colobus project gj10, for which thicket is cleared and which
the monkeys eat, yields no wood vinegar. None of their queries is repeated in queries160.tsv.
records161.py (ids gl01..gl30), written at the same time by another engineer on water, oceans and
coasts, climate adaptation, cities, disasters and capacity building topics, is not part of this
set's pool, and no query of this set was judged against it.

Traps: the blackleg, the verticillium stripe and the canola of gk01 (0 to GM canola); the colza, the
mouche du chou, the alternariose and the chaulage of gk02 (0 to GM colza and to liming); the mosca
de la col, the mildiu del grelo, the encalado, the patata and the judía of gk03 (0 to liming); the
Queensland fruit fly, the apple cider vinegar traps and the grapes of gk04 (0 to fruit flies, to
wood vinegar and to cider); the mouche de la cerise, the vinaigre de cidre and the raisins rouges of
gk05 (0 to fruit flies and to wood vinegar); the mosca de la fruta del Mediterráneo, the vinagre de
manzana and the mercados de destino of gk06 (0 to fruit flies and to wood vinegar); the tomato
yellow leaf curl virus, the whiteflies, the peppers and the tobacco mosaic of gk07; the tuta, the
bourdons and the mosaïque of gk08 (0 to the tomato leafminer); the mosca blanca, the chile and the
semilla importada of gk09; the blowfly strike, the lice, the plunge dipping and the common grazing
of gk10 (0 to sheep dip residues); the clavelée, the fièvre aphteuse, the Ouled Djellal sheep, the
marchés and the bains of gk11 (0 to sheep pox); the melófago, the piojos, the esquila, the
ivermectinas and the bañaderos of gk12; the LED lights, the monsoon fishing ban and the purse
seining of gk13 (0 to light fishing); the pêche en zone interdite, the maillage and the balises of
gk14 (0 to inshore zones and to electronic monitoring); the franciscanas, the rayas, the tiburones,
the descartes, the vedas, the redes de enmalle and the parejas de bou of the Cantabrian ports of
gk15 (0 to gillnet bycatch); the chrome, the mimosa extract, the fish scales, the fish meal and the
cowhide of gk16 (0 to tannery effluents and to fishmeal); the fumage, the saurisserie, the farine de
poisson, the équarrissage and the têtes et arêtes of gk17 (0 to fish smoking and to fallen stock);
the paiche, the piscigranjas and the carne seca salada of gk18 (0 to arapaima fisheries and to dried
meat); the cider, the pesticide residues and the honey of gk19; the cidre de glace, the résidus de
pesticides and the calibre des pommes de table of gk20; the sulfitos, the plaguicidas and the
llagares of gk21 (0 to cider orchards); the timber legality checks, the certification and the oil
palm of gk22 (0 to illegal logging); the chasse commerciale, the okoumé and the carbone of gk23 (0
to bushmeat); the incendios forestales, the soya and the aserraderos of gk24 (0 to forest fires);
the sage-grouse, the pronghorn, the mule deer, the fuel breaks, the riparian areas and the wolves of
gk25 (0 to grazed firebreaks); the loup, the zones humides and the jeunes plantations of gk26 (0 to
wolves); the abigeato, the perros, the lenga, the mallines and the alambrado of gk27 (0 to cattle
theft and to electric fences); the bamboo charcoal, the biochar and the pig and poultry houses of
gk28 (0 to biochar); the charbon de bois, the déforestation, the choux and the amarantes of gk29 (0
to charcoal and to clubroot); and the carbón vegetal, the yerba mate, the leña and the trabajo
infantil of gk30 (0 to charcoal and to yerba mate). For the country and exclusion queries: gk01
names only Canada (Alberta); gk02 only France; gk03 only Spain; gk04 Australia (North and South
America, Europe and East Asia as regions, naming no other country); gk05 Switzerland (Asia as the
wasp's home); gk06 only Chile; gk07 only Jordan; gk08 Morocco (the Proche-Orient as a region); gk09
only Mexico; gk10 the United Kingdom (Wales, Great Britain); gk11 only Algeria; gk12 only Argentina;
gk13 only India; gk14 only Senegal; gk15 Uruguay (the Cantabrian ports, naming no country); gk16
only Kenya; gk17 only France; gk18 only Peru; gk19 only Georgia; gk20 Canada (Québec); gk21 only
Spain; gk22 only Indonesia; gk23 only Gabon; gk24 only Bolivia; gk25 only the United States; gk26
only France; gk27 only Chile; gk28 only Thailand; gk29 Benin (Asia and West Africa as regions); gk30
only Paraguay.

Ids (gk01..gk30) collide with none of the earlier records files' (a1..h5, n01..n47, ..., gg01..gg30,
gh01..gh30), nor with those of records158.py (gi01..gi30), records159.py (gj01..gj30) and
records161.py (gl01..gl30), written at the same time, and no earlier id starts with "gk".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- clubroot of brassicas (Plasmodiophora brassicae) -----------------------------------------
    ("gk01", "dataset", "en",
     "Clubroot of canola in Alberta: field surveys, pathotypes and resistance breakdown, "
     "2003-2024",
     "Clubroot, a soil-borne disease of canola and other crucifers caused by Plasmodiophora "
     "brassicae, was first found in Alberta canola fields near Edmonton in 2003. The pathogen "
     "swells the roots into galls that starve the plants of water, and its resting spores "
     "survive in the soil for up to twenty years, moving from field to field on machinery, in "
     "soil and in water. This dataset of the provincial agriculture ministry, a university plant "
     "pathology group and the canola producers' commission gathers the yearly surveys of canola "
     "fields in each county and municipal district since 2003: fields inspected, fields with "
     "galled roots, soil tests for spore load, and the pathotypes identified in the laboratory, "
     "including those that overcame the first clubroot-resistant cultivars after 2013. It adds "
     "the municipal bylaws that require at least two years between canola crops and the cleaning "
     "of equipment that leaves infested fields. Blackleg and verticillium stripe are recorded "
     "elsewhere.",
     ("clubroot", "Plasmodiophora brassicae", "canola", "soil-borne diseases", "datasets"),
     ("CA",), "2024-12"),
    ("gk02", "document", "fr",
     "Guide : reconnaître et limiter la hernie des crucifères dans les choux-fleurs et brocolis "
     "du Léon",
     "La hernie des crucifères, due à Plasmodiophora brassicae, un micro-organisme du sol, fait "
     "gonfler les racines des choux, choux-fleurs, brocolis, navets et du colza en excroissances "
     "en forme de massue ; les plantes flétrissent aux heures chaudes, jaunissent et donnent des "
     "pommes petites ou invendables. Dans le Léon, au nord du Finistère, où le chou-fleur "
     "revient souvent sur les mêmes parcelles, les spores, qui restent vivantes plus de quinze "
     "ans dans le sol, ont gagné de nombreux champs. Ce guide de la chambre d'agriculture, d'une "
     "station d'expérimentation légumière et des groupements de producteurs explique comment "
     "repérer les symptômes et arracher des plants pour examiner les racines, faire analyser la "
     "terre, allonger les rotations, chauler les parcelles acides pour relever le pH, drainer "
     "les zones humides, nettoyer tracteurs et outils entre deux parcelles et choisir des "
     "variétés résistantes. La mouche du chou et l'alternariose font l'objet d'autres fiches.",
     ("hernie des crucifères", "Plasmodiophora brassicae", "chou-fleur", "maladies du sol",
      "guides"),
     ("FR",), "2023-10"),
    ("gk03", "event", "es",
     "Jornada técnica: la potra de las berzas y los grelos en las huertas de Galicia",
     "La potra, que los manuales llaman hernia de las crucíferas (Plasmodiophora brassicae), "
     "deforma las raíces de berzas, repollos, coliflores, nabos y grelos en bultos duros y "
     "retorcidos; las plantas se quedan pequeñas, se marchitan al mediodía y muchas se arrancan "
     "antes de tiempo. En las huertas de A Coruña, Lugo y Pontevedra, donde el nabo para grelos "
     "y la berza se siembran año tras año en suelos ácidos y húmedos, muchos agricultores ya no "
     "logran cosechas limpias. Esta jornada técnica, organizada en Lugo por un centro de "
     "investigaciones agrarias de la Xunta, la oficina agraria comarcal y una cooperativa "
     "hortícola, explicará el ciclo de la enfermedad y sus esporas, que duran décadas en la "
     "tierra, el encalado y el drenaje de las fincas, las rotaciones con patata, maíz y judía, "
     "los semilleros sanos y las variedades de nabo tolerantes. Por la tarde se visitarán "
     "parcelas afectadas. La mosca de la col y el mildiu del grelo se tratarán en otra jornada.",
     ("potra", "hernia de las crucíferas", "grelos", "enfermedades del suelo", "eventos"),
     ("ES",), "2025-02"),
    # --- spotted wing drosophila (Drosophila suzukii) ---------------------------------------------
    ("gk04", "document", "en",
     "Contingency plan: keeping spotted wing drosophila out of Australia's berry and cherry "
     "orchards",
     "Spotted wing drosophila (Drosophila suzukii), a small vinegar fly from East Asia, spread "
     "after 2008 to the fruit regions of North and South America and Europe. Unlike other "
     "vinegar flies, whose larvae feed on overripe or rotting fruit, its females carry a "
     "saw-like egg-laying organ that cuts into ripening, healthy cherries, blueberries, "
     "raspberries, strawberries and grapes, so that whole pickings can turn soft and unsaleable "
     "within days. The fly has not been found in Australia. This plan of the national plant "
     "health body, the berry and cherry growers' associations and the state agriculture "
     "departments sets out how it could arrive, most likely as larvae in imported fresh fruit; "
     "the grid of apple cider vinegar traps around ports, airports and orchards in Tasmania, "
     "Victoria and New South Wales; how a detection would be confirmed and contained; and the "
     "insecticide permits, netting and orchard hygiene growers would need. Queensland fruit fly, "
     "a different pest, is excluded.",
     ("spotted wing drosophila", "Drosophila suzukii", "berries and cherries", "biosecurity",
      "guidance"),
     ("AU",), "2024-05"),
    ("gk05", "project", "fr",
     "Projet : filets, piégeage et parasitoïdes contre Drosophila suzukii dans les cerisiers et "
     "les petits fruits du Valais et de Vaud",
     "Arrivée en Suisse en 2011, Drosophila suzukii, que les arboriculteurs appellent simplement "
     "suzukii ou drosophile asiatique, pond dans les fruits sains en cours de maturation : "
     "cerises, framboises, mûres, myrtilles, fraises d'automne et raisins rouges. Ses larves les "
     "ramollissent en quelques jours, et une caisse touchée est refusée entière. Ce projet de la "
     "station fédérale de recherche agronomique, des offices cantonaux d'arboriculture du Valais "
     "et de Vaud et de l'interprofession des fruits suit les vols avec un réseau de pièges "
     "appâtés au vinaigre de cidre et au vin rouge, couvre des vergers de cerisiers et des "
     "tunnels de framboisiers de filets à mailles fines, organise des récoltes rapprochées et "
     "l'élimination des fruits tombés, et teste en conditions contrôlées des lâchers de "
     "Ganaspis, une petite guêpe parasitoïde venue d'Asie. Il mesure les pertes de récolte et le "
     "nombre de traitements insecticides. La mouche de la cerise, un autre ravageur, n'est pas "
     "concernée.",
     ("Drosophila suzukii", "drosophile asiatique", "cerisiers", "petits fruits", "projets"),
     ("CH",), "2024-03"),
    ("gk06", "case-study", "es",
     "Estudio de caso: Chile frente a la drosófila de alas manchadas en arándanos y cerezas de "
     "exportación",
     "La drosófila de alas manchadas (Drosophila suzukii), una mosca del vinagre cuyas hembras "
     "perforan la fruta sana para poner sus huevos, se detectó en Chile en 2017 en trampas de la "
     "Región de Los Ríos y luego avanzó hacia los huertos de arándanos, frambuesas y cerezas del "
     "sur y del centro del país. Este estudio de caso, preparado por el servicio agrícola y "
     "ganadero, un instituto de investigaciones agropecuarias y la asociación de exportadores de "
     "fruta, revisa siete años de respuesta: la red nacional de trampas con vinagre de manzana, "
     "los muestreos de fruta en los huertos y en las plantas de embalaje, los protocolos "
     "exigidos por los mercados de destino, el manejo con cosechas frecuentes, enfriamiento "
     "rápido, mallas y eliminación de la fruta caída, y los primeros ensayos de control "
     "biológico. Estima el costo para los pequeños productores de frambuesa del Maule, muchos de "
     "los cuales dejaron el cultivo. La mosca de la fruta del Mediterráneo, con su propio "
     "programa, se cita solo de paso.",
     ("drosófila de alas manchadas", "Drosophila suzukii", "arándanos", "fruta de exportación",
      "estudios de caso"),
     ("CL",), "2024-10"),
    # --- tomato brown rugose fruit virus (ToBRFV) -------------------------------------------------
    ("gk07", "need", "en",
     "Need: stopping tomato brown rugose fruit virus in the greenhouses of the Jordan Valley",
     "Tomato brown rugose fruit virus (ToBRFV), a tobamovirus first described from tomato "
     "greenhouses in Jordan in 2015, breaks the resistance that had protected tomatoes from "
     "tobacco and tomato mosaic viruses for decades. Infected plants show mottled, narrowed "
     "leaves and fruits with yellow blotches and brown, wrinkled, rough patches that cannot be "
     "sold. The virus survives for months on plastic, tools, crates, clothes and hands and "
     "travels with seed, seedlings and workers. In the Jordan Valley, where thousands of small "
     "greenhouses grow tomatoes and peppers through the winter, the ministry of agriculture, the "
     "national agricultural research centre and a farmers' union ask for support to equip a "
     "laboratory for rapid tests, train nursery staff and labourers in hygiene and disinfection, "
     "set up footbaths and dedicated clothing at greenhouse doors, and test the new resistant "
     "tomato varieties under local conditions. Tomato yellow leaf curl virus, carried by "
     "whiteflies, is outside this request.",
     ("tomato brown rugose fruit virus", "ToBRFV", "tomatoes", "greenhouses", "needs"),
     ("JO",), "2024-07"),
    ("gk08", "event", "fr",
     "Journée technique : le virus du fruit rugueux brun de la tomate dans les serres du "
     "Souss-Massa",
     "Le virus du fruit rugueux brun de la tomate (ToBRFV), un tobamovirus apparu au "
     "Proche-Orient au milieu des années 2010, contourne la résistance des variétés de tomate "
     "aux virus de la mosaïque. Les fruits se couvrent de taches jaunes et de plages brunes et "
     "rugueuses, les feuilles se déforment, et le virus, très stable, se transmet par les mains, "
     "les outils, les caisses, les semences et les plants. Dans le Souss-Massa, qui produit sous "
     "serre la plus grande partie des tomates exportées par le Maroc, l'office national de "
     "sécurité sanitaire des produits alimentaires, l'institut agronomique d'Agadir et "
     "l'association des producteurs exportateurs organisent à Agadir une journée technique pour "
     "les chefs de culture, les pépiniéristes et les techniciens : hygiène à l'entrée des "
     "serres, pédiluves et désinfectants efficaces, contrôle des semences et des plants en "
     "pépinière, gestion des déchets de culture, tests rapides et nouvelles variétés "
     "résistantes. La tuta et la pollinisation par les bourdons ne seront abordées qu'en "
     "passant.",
     ("virus du fruit rugueux brun de la tomate", "ToBRFV", "tomate sous serre",
      "protection des végétaux", "événements"),
     ("MA",), "2025-01"),
    ("gk09", "dataset", "es",
     "Virus rugoso del tomate (ToBRFV) en Sinaloa, Baja California y Jalisco: muestreos y "
     "detecciones, 2019-2024",
     "El virus rugoso del tomate, o virus del fruto rugoso café del tomate (ToBRFV), un "
     "tobamovirus que infecta jitomate y chile aun en variedades resistentes al mosaico, se "
     "detectó en México en 2018 y se extendió a zonas productoras del noroeste y del occidente. "
     "Los frutos presentan manchas amarillas y zonas cafés y arrugadas que los vuelven "
     "invendibles. Este conjunto de datos de la autoridad nacional de sanidad agroalimentaria y "
     "de los comités estatales de sanidad vegetal reúne los muestreos de 2019 a 2024 en casas "
     "sombra, invernaderos y viveros de plántula de Sinaloa, Baja California y Jalisco: fecha, "
     "municipio, cultivo, tipo de instalación, resultado de las pruebas serológicas y "
     "moleculares, y medidas aplicadas, como la destrucción de plantas, la desinfección o la "
     "cuarentena del lote. Incluye también los análisis de lotes de semilla importada. Las "
     "detecciones de virus transmitidos por mosca blanca se registran en otra base.",
     ("virus rugoso del tomate", "ToBRFV", "jitomate", "invernaderos", "conjuntos de datos"),
     ("MX",), "2024-11"),
    # --- sheep scab (Psoroptes ovis) --------------------------------------------------------------
    ("gk10", "project", "en",
     "Project: free testing and coordinated treatment to eradicate sheep scab from Wales",
     "Sheep scab is an intensely itchy skin disease caused by the mite Psoroptes ovis, which "
     "feeds on the skin under the fleece; infested sheep rub and bite themselves, lose wool and "
     "condition, and can die if left untreated. Eradicated from Great Britain in 1952, it "
     "returned in 1973 and has spread since dipping stopped being compulsory in 1992. On the "
     "hill farms of Wales, where flocks share common grazing and mix at markets, scab costs "
     "farmers millions of pounds a year. This project of the Welsh government, veterinary "
     "practices and farmers' unions offers free blood tests that detect infestation before "
     "symptoms appear, trains vets and shearers to recognise early signs, coordinates the "
     "treatment of all flocks on a common with plunge dipping by licensed mobile dippers or with "
     "injectable treatments, and maps outbreaks. It also promotes the quarantine of bought-in "
     "sheep and limits injectables to slow resistance. Blowfly strike and lice are mentioned "
     "only in passing.",
     ("sheep scab", "Psoroptes ovis", "sheep", "animal health", "projects"),
     ("GB",), "2024-04"),
    ("gk11", "need", "fr",
     "Besoin : lutter contre la gale psoroptique des moutons dans la steppe algérienne",
     "La gale psoroptique du mouton, due à un acarien, Psoroptes ovis, qui vit à la surface de "
     "la peau sous la toison, provoque de fortes démangeaisons, des croûtes, la chute de la "
     "laine et un amaigrissement qui peut tuer les agneaux. Dans les wilayas steppiques de "
     "Djelfa, de Laghouat, d'El Bayadh et de Tiaret, où des millions de moutons de race Ouled "
     "Djellal se déplacent entre pâturages d'été et d'hiver et se mélangent sur les marchés "
     "hebdomadaires, les vétérinaires signalent chaque hiver de nouveaux foyers, et les éleveurs "
     "recourent à des produits achetés sans ordonnance et mal dosés. La direction des services "
     "vétérinaires, l'institut technique des élevages et une fédération d'éleveurs demandent un "
     "appui pour construire des bains collectifs et acheter des baignoires mobiles, former des "
     "vétérinaires et des éleveurs relais au diagnostic par raclage cutané, organiser des "
     "traitements simultanés par commune et suivre l'efficacité des acaricides. La clavelée et "
     "la fièvre aphteuse relèvent d'autres programmes.",
     ("gale psoroptique", "gale ovine", "moutons", "santé animale", "besoins"),
     ("DZ",), "2024-12"),
    ("gk12", "document", "es",
     "Guía: control y erradicación de la sarna ovina en los establecimientos de la Patagonia",
     "La sarna ovina, o sarna psoróptica, causada por el ácaro Psoroptes ovis, es la enfermedad "
     "parasitaria que más pérdidas causa en las majadas de la Patagonia: las ovejas se rascan "
     "contra alambrados y postes, pierden vellón en mechones, adelgazan, y la lana sarnosa vale "
     "menos en la esquila. En Chubut, Santa Cruz y Río Negro, los campos extensos, los "
     "alambrados en mal estado y los animales que pasan de un establecimiento a otro hacen que "
     "un solo foco reinfecte a toda una zona. Esta guía del servicio nacional de sanidad animal "
     "y de una estación experimental agropecuaria explica cómo reconocer la sarna, tomar "
     "muestras de raspado de piel, denunciar los casos, bañar toda la majada en bañaderos de "
     "inmersión con productos aprobados o aplicar ivermectinas inyectables dos veces, respetar "
     "los tiempos de espera antes de la faena y de la esquila, controlar el movimiento de "
     "hacienda y aislar los lanares que se compran. El melófago, o falsa garrapata, y los piojos "
     "se tratan en otro capítulo.",
     ("sarna ovina", "sarna psoróptica", "ovinos", "sanidad animal", "guías"),
     ("AR",), "2023-08"),
    # --- pair trawling (bull trawling) ------------------------------------------------------------
    ("gk13", "case-study", "en",
     "Case study: enforcing the ban on pair trawling, or bull trawling, off Goa and coastal "
     "Karnataka",
     "In pair trawling, known along India's west coast as bull trawling, two boats tow a single "
     "large net between them, sweeping a far wider path and catching more juvenile fish than a "
     "trawler working alone. Fishers' unions and researchers have long blamed it for the falling "
     "catches of small traditional boats, and the marine fishing regulation acts of several "
     "coastal states ban it, together with fishing with LED lights. This case study by a "
     "fisheries college and a community fisheries organisation looks at ten years of enforcement "
     "off Goa and coastal Karnataka: the pairs of boats seized and the fines imposed, how the "
     "coastal police and the fisheries department patrol, how rival fishers report pair trawlers "
     "by phone, why the ban is hard to enforce beyond the twelve-mile limit of state waters, and "
     "how the catches of the traditional sector changed. The monsoon fishing ban and purse "
     "seining are discussed only where they meet the pair trawling ban.",
     ("pair trawling", "bull trawling", "destructive fishing gear", "fisheries enforcement",
      "case studies"),
     ("IN",), "2024-06"),
    ("gk14", "dataset", "fr",
     "Chalutage en bœuf au large du Sénégal : infractions relevées par la surveillance des "
     "pêches, 2015-2024",
     "Le chalutage en bœuf, ou chalutage en paire, consiste à traîner un même chalut entre deux "
     "navires, ce qui permet d'utiliser un filet bien plus grand que celui d'un chalutier seul "
     "et de racler de larges surfaces du fond. Le code de la pêche maritime du Sénégal "
     "l'interdit, mais des navires industriels, souvent titulaires de licences de pêche "
     "démersale, sont régulièrement soupçonnés de travailler à deux la nuit, feux éteints. Ce "
     "jeu de données de la direction de la protection et de la surveillance des pêches, complété "
     "par les signalements des pêcheurs artisans de Joal, de Mbour et de Kayar, recense chaque "
     "infraction de chalutage en bœuf relevée depuis 2015 : date, position, noms et pavillons "
     "des deux navires, moyen de détection (patrouille, avion, balise, observateur à bord), "
     "espèces à bord, sanctions et suites judiciaires. Il ajoute les traces de navires suivis "
     "par balise qui ont navigué en parallèle pendant des heures. Les infractions de maillage et "
     "de pêche en zone interdite figurent dans un autre jeu de données.",
     ("chalutage en bœuf", "chalutiers industriels", "surveillance des pêches", "infractions",
      "données"),
     ("SN",), "2025-03"),
    ("gk15", "project", "es",
     "Proyecto: selectividad y descartes en la flota de arrastre en pareja de corvina y "
     "pescadilla del Río de la Plata",
     "En Uruguay, buena parte de la corvina blanca y de la pescadilla que se desembarcan en "
     "Montevideo y Piriápolis la captura la flota costera de arrastre en pareja: dos barcos, las "
     "llamadas parejas, que remolcan juntos una sola red de fondo en las aguas someras del Río "
     "de la Plata y de su frente oceánico. El método, heredero de las parejas de bou de los "
     "puertos cantábricos, es eficiente, pero retiene muchos juveniles que se descartan muertos "
     "y captura rayas, tiburones costeros y, a veces, franciscanas. Este proyecto de la "
     "dirección nacional de recursos acuáticos, de una facultad de ciencias y de las empresas "
     "armadoras embarca observadores en veinte parejas, prueba copos de malla cuadrada y paneles "
     "de escape, mide la supervivencia de los juveniles devueltos y propone zonas y épocas de "
     "veda en las áreas de cría de la corvina. La pesca artesanal con redes de enmalle del mismo "
     "río se estudia en otro proyecto.",
     ("arrastre en pareja", "parejas de bou", "corvina", "selectividad de artes de pesca",
      "proyectos"),
     ("UY",), "2024-09"),
    # --- fish leather (tanned fish skins) ---------------------------------------------------------
    ("gk16", "case-study", "en",
     "Case study: tanning Nile perch and tilapia skins into fish leather on the Kenyan shores of "
     "Lake Victoria",
     "The filleting plants and fish markets around Kisumu, Homa Bay and Siaya discard thousands "
     "of tonnes of Nile perch and tilapia skins each year, dumped on land or in the lake, where "
     "they rot and draw flies. Since 2017 women's and youth groups, trained by a national "
     "leather development institute and a university textile department, have turned them into "
     "fish leather: the skins are scraped, limed, tanned with vegetable tannins from acacia bark "
     "or with mimosa extract instead of chrome, dyed and softened, then sewn into shoes, bags, "
     "belts and wallets sold in Nairobi and to tourists. This case study follows five groups "
     "over six years: the tonnes of skins collected, the prices paid to fish traders, the "
     "strength and finish of the leather, the water and chemicals used and the effluents "
     "produced, sales and incomes, and the obstacles met, from an irregular supply of skins to "
     "competition with cowhide. Fish scales and fish meal are mentioned only in passing.",
     ("fish leather", "fish skins", "fish processing by-products", "Lake Victoria", "case studies"),
     ("KE",), "2025-02"),
    ("gk17", "support-source", "fr",
     "Offre : une tannerie collecte les peaux de saumon et de poisson des ateliers de "
     "Boulogne-sur-Mer pour en faire du cuir marin",
     "Les ateliers de filetage, de fumage et de saurisserie de Boulogne-sur-Mer, premier centre "
     "français de transformation des produits de la mer, rejettent chaque jour des tonnes de "
     "peaux de saumon, de cabillaud et de lieu, aujourd'hui envoyées en farine de poisson ou à "
     "l'équarrissage. Une tannerie artisanale de la région, soutenue par la région "
     "Hauts-de-France et par un pôle de compétitivité de la filière aquatique, offre aux "
     "entreprises de mareyage et de transformation de collecter gratuitement leurs peaux, "
     "conservées au froid ou salées dans des bacs qu'elle fournit, selon un calendrier de "
     "ramassage hebdomadaire. Elle les transforme en cuir de poisson, que l'on appelle aussi "
     "cuir marin, tanné sans chrome avec des tanins végétaux, pour la maroquinerie, la chaussure "
     "et l'ameublement, et remet à ses fournisseurs un bilan annuel des volumes valorisés. Les "
     "entreprises intéressées signent une convention d'un an. Les têtes et les arêtes, destinées "
     "à d'autres filières, ne sont pas concernées.",
     ("cuir de poisson", "cuir marin", "peaux de saumon", "coproduits de la pêche", "offres"),
     ("FR",), "2025-04"),
    ("gk18", "need", "es",
     "Necesidad: curtir el cuero de paiche y de otros peces amazónicos en Loreto y Ucayali",
     "En Loreto y Ucayali, el paiche (Arapaima gigas), el pez de escamas más grande de la "
     "Amazonía, se cría en piscigranjas y se pesca bajo planes de manejo en las cochas de "
     "comunidades ribereñas. Su piel gruesa, con el dibujo de las escamas, da un cuero de "
     "pescado muy apreciado por la marroquinería de lujo, pero la mayoría de las pieles se bota "
     "en los desembarcaderos de Iquitos y Pucallpa o se vende salada y sin curtir a "
     "intermediarios. Una asociación de acuicultores, un instituto de investigación de la "
     "Amazonía y dos curtiembres artesanales piden apoyo para instalar una planta de curtido al "
     "vegetal, con taninos de especies locales y tratamiento de efluentes, capacitar a mujeres "
     "de las comunidades en el descarnado, el salado y el curtido de las pieles de paiche, "
     "doncella y gamitana, certificar el origen legal de las pieles y abrir mercados en Lima y "
     "en el exterior. La venta de carne seca salada de paiche se trata en otro programa.",
     ("cuero de pescado", "cuero de paiche", "Arapaima gigas", "subproductos pesqueros",
      "necesidades"),
     ("PE",), "2024-08"),
    # --- patulin in apple juice and cider ---------------------------------------------------------
    ("gk19", "need", "en",
     "Need: testing and preventing patulin in Georgia's apple juice concentrate",
     "Patulin is a mycotoxin produced mainly by Penicillium expansum, the blue mould that rots "
     "bruised and damaged apples, and it passes into the juice, purée and cider made from them; "
     "it survives pasteurisation, and legal limits apply to apple juice and, more strictly, to "
     "food for infants. Georgia exports growing quantities of apple juice concentrate, pressed "
     "in plants in Shida Kartli, Kakheti and Imereti from apples bought from thousands of "
     "smallholders and often left for weeks in open piles. Several consignments have been "
     "rejected abroad for patulin above the limit. The national food agency, an association of "
     "juice processors and a university laboratory ask for support to equip a reference "
     "laboratory with liquid chromatography, train inspectors and the quality managers of the "
     "plants, set up sorting lines and cold storage for fruit waiting to be pressed, and teach "
     "orchard owners to pick and carry apples without bruising them. Pesticide residues and the "
     "honey sector are outside this request.",
     ("patulin", "mycotoxins", "apple juice concentrate", "food safety", "needs"),
     ("GE",), "2024-02"),
    ("gk20", "document", "fr",
     "Guide : prévenir la patuline dans le jus de pomme et le cidre des vergers et cidreries du "
     "Québec",
     "La patuline est une mycotoxine produite surtout par Penicillium expansum, la moisissure "
     "bleue qui se développe sur les pommes meurtries, piquées ou mal entreposées. Elle passe "
     "dans le jus, résiste à la pasteurisation et n'est que partiellement détruite par la "
     "fermentation ; sa teneur est limitée dans les jus de pomme, et plus strictement dans les "
     "aliments pour bébés. Ce guide du ministère de l'agriculture, des pêcheries et de "
     "l'alimentation du Québec, rédigé avec une association de cidriculteurs artisans et un "
     "centre de recherche en agroalimentaire, s'adresse aux vergers qui pressent leurs propres "
     "pommes et aux cidreries : cueillette soignée, tri des fruits blessés ou pourris, exclusion "
     "des pommes tombées au sol, entreposage court au froid, lavage et parage avant le broyage, "
     "hygiène du pressoir, analyses en laboratoire et tenue de registres. Des encadrés traitent "
     "du cidre de glace et des jus non pasteurisés vendus à la ferme. Les résidus de pesticides "
     "et le calibre des pommes de table ne sont pas abordés.",
     ("patuline", "mycotoxines", "jus de pomme", "cidre", "guides"),
     ("CA",), "2023-11"),
    ("gk21", "dataset", "es",
     "Patulina en la sidra natural, el zumo y la compota de manzana de Asturias: controles "
     "oficiales, 2014-2024",
     "La patulina es una micotoxina que producen sobre todo mohos del género Penicillium, en "
     "especial Penicillium expansum, el moho azul de las manzanas golpeadas o podridas; pasa al "
     "mosto, resiste el tratamiento térmico y tiene un contenido máximo fijado para zumos, "
     "sidra, compotas y alimentos infantiles. En Asturias, donde la sidra natural se elabora en "
     "llagares que compran manzana a cientos de cosecheros y donde la fruta espera a menudo "
     "amontonada antes de mayarse, la agencia de seguridad alimentaria del Principado y el "
     "laboratorio de salud pública toman muestras cada año. Este conjunto de datos reúne los "
     "resultados de los análisis de sidra natural, sidra espumosa, zumo y compota de manzana "
     "desde 2014: fecha, tipo de producto, tamaño del llagar o de la industria, concentración de "
     "patulina, superación del límite y medidas tomadas. Añade encuestas sobre el almacenamiento "
     "de la manzana en los llagares. Los residuos de plaguicidas y los sulfitos se controlan en "
     "otros programas.",
     ("patulina", "micotoxinas", "sidra natural", "seguridad alimentaria", "conjuntos de datos"),
     ("ES",), "2025-01"),
    # --- reduced-impact logging -------------------------------------------------------------------
    ("gk22", "event", "en",
     "Training course: reduced-impact logging for felling and skidding crews in East Kalimantan",
     "Conventional selective logging in tropical forests damages far more than the trees it "
     "removes: crews fell trees in every direction, bulldozers open skid trails at random, and "
     "up to half of the remaining stand can be broken or uprooted. Reduced-impact logging (RIL) "
     "plans every step: an inventory and map of harvestable trees before logging, cutting "
     "climbing lianas a year ahead, directional felling away from streams and seed trees, skid "
     "trails laid out on the map and built along contours, winching logs instead of driving to "
     "every stump, and closing roads after the harvest. This three-week course at a forestry "
     "training centre in Samarinda, organised by the provincial forestry service, a forest "
     "certification body and the association of concession holders, will train chainsaw "
     "operators, skidder drivers and planners from the natural forest concessions of East "
     "Kalimantan. It ends with a practice harvest in a concession block and an examination. "
     "Timber legality checks and conversion to oil palm are not part of the course.",
     ("reduced-impact logging", "RIL", "tropical forest management", "timber harvesting", "events"),
     ("ID",), "2025-05"),
    ("gk23", "case-study", "fr",
     "Étude de cas : dix ans d'exploitation forestière à faible impact dans les concessions "
     "certifiées du Gabon",
     "Au Gabon, où la forêt couvre près des neuf dixièmes du territoire, les concessions "
     "forestières sous aménagement prélèvent l'okoumé, le padouk, l'azobé et d'autres essences à "
     "raison d'un ou deux arbres par hectare tous les vingt-cinq à trente ans. Plusieurs d'entre "
     "elles, certifiées, pratiquent l'exploitation à faible impact (EFI) : inventaire et "
     "cartographie de chaque pied exploitable, abattage contrôlé pour diriger la chute, pistes "
     "de débardage tracées à l'avance, ponts plutôt que remblais sur les cours d'eau, protection "
     "des semenciers et fermeture des routes après l'exploitation. Cette étude de cas d'une "
     "université, d'un institut de recherche en écologie tropicale et de l'union des forestiers "
     "industriels compare, sur des parcelles de l'Ogooué-Ivindo et de l'Ogooué-Lolo, les dégâts "
     "au peuplement restant, les trouées, le carbone perdu, la reconstitution du stock et le "
     "coût par mètre cube avec ceux de l'exploitation conventionnelle, et examine ce qui freine "
     "les petites sociétés. La chasse commerciale le long des routes forestières n'est évoquée "
     "qu'en passant.",
     ("exploitation à faible impact", "EFI", "concessions forestières", "aménagement forestier",
      "études de cas"),
     ("GA",), "2024-11"),
    ("gk24", "project", "es",
     "Proyecto: aprovechamiento forestal de impacto reducido en los bosques comunitarios de "
     "Guarayos",
     "En la provincia Guarayos, en Santa Cruz, las comunidades indígenas guarayas manejan "
     "bosques de sus tierras comunitarias con planes generales de manejo forestal aprobados y "
     "venden madera de roble, cedro, ochoó, yesquero y otras especies a los aserraderos de la "
     "región. Muchas veces, sin embargo, los tractores de arrastre abren caminos sin "
     "planificación y los motosierristas tumban los árboles sin dirigir la caída. Este proyecto "
     "de una fundación de manejo forestal, de la autoridad de bosques y tierra y de las "
     "organizaciones comunales forma a motosierristas y tractoristas de las comunidades en el "
     "aprovechamiento de impacto reducido: censo comercial y mapa de los árboles a aprovechar, "
     "corta de lianas, tala dirigida, planificación de las pistas de arrastre, protección de los "
     "árboles semilleros y de los curichis, y cierre de caminos al terminar la zafra forestal. "
     "Mide los daños al bosque remanente y la madera que antes se perdía en el monte. Los "
     "incendios forestales y los desmontes para soya quedan fuera del proyecto.",
     ("aprovechamiento de impacto reducido", "manejo forestal comunitario", "tala dirigida",
      "bosques tropicales", "proyectos"),
     ("BO",), "2024-05"),
    # --- virtual fencing for livestock ------------------------------------------------------------
    ("gk25", "project", "en",
     "Project: virtual fencing collars for cattle grazing on public rangelands in eastern Oregon",
     "Virtual fencing replaces posts and wire with GPS collars: a rancher draws the boundaries "
     "of a pasture on a phone or laptop, and each collared cow hears an audio cue when she "
     "approaches the line and receives a mild electric pulse only if she keeps walking. Cattle "
     "learn within days to turn back at the sound. On the sagebrush rangelands of eastern "
     "Oregon, where building and mending wire fence across rough country is costly and fences "
     "hinder sage-grouse, pronghorn and mule deer, this project of a state university's range "
     "science department, two ranching families and the federal land management agency fits 400 "
     "cows with collars on their grazing allotments. It uses virtual fences to keep cattle out "
     "of riparian areas and recently burned ground, to rotate grazing between paddocks and to "
     "graze fuel breaks, and it measures collar reliability, animal welfare, the recovery of "
     "stream banks and the labour saved. Wolves and losses to predators are outside the project.",
     ("virtual fencing", "GPS collars", "rangelands", "grazing management", "projects"),
     ("US",), "2024-08"),
    ("gk26", "event", "fr",
     "Journée technique : clôtures virtuelles et colliers GPS pour les troupeaux du Massif "
     "central",
     "Avec une clôture virtuelle, l'éleveur trace sur son téléphone les limites d'une parcelle, "
     "et chaque animal porte un collier GPS qui émet un signal sonore quand il s'approche de la "
     "limite, puis une légère impulsion électrique s'il continue d'avancer. Des essais menés "
     "depuis 2021 dans des fermes expérimentales montrent que vaches, brebis et chèvres "
     "apprennent vite à faire demi-tour au son. Pour les élevages allaitants et les estives du "
     "Cantal, de l'Aubrac et du Puy-de-Dôme, où poser et entretenir des clôtures sur de grandes "
     "surfaces coûte beaucoup de temps, ces colliers promettent un pâturage plus souple et la "
     "mise en défens de zones humides ou de jeunes plantations. Cette journée technique, "
     "organisée par la chambre d'agriculture, un institut de l'élevage et un centre de recherche "
     "agronomique, présentera les résultats des essais, le bien-être animal et la "
     "réglementation, le coût des colliers et des abonnements, la couverture du réseau en "
     "montagne, et des démonstrations au champ. La prédation par le loup ne sera évoquée qu'en "
     "passant.",
     ("clôtures virtuelles", "colliers GPS", "pâturage", "élevage allaitant", "événements"),
     ("FR",), "2025-06"),
    ("gk27", "case-study", "es",
     "Estudio de caso: cercos virtuales con collares GPS en la ganadería bovina de la Región de "
     "Aysén",
     "En la Región de Aysén, en la Patagonia chilena, los predios ganaderos son extensos, los "
     "cercos de alambre se deterioran con la nieve y el viento, y muchas vacas pastan en "
     "terrenos de bosque y mallines difíciles de recorrer a caballo. Desde 2022 un grupo de "
     "transferencia tecnológica de ganaderos, con el instituto de investigaciones agropecuarias "
     "y un fondo regional de innovación, prueba el cerco virtual: cada vaca lleva un collar con "
     "GPS y panel solar que emite un sonido cuando se acerca al límite trazado en una aplicación "
     "y, si sigue avanzando, una descarga leve. Este estudio de caso revisa tres temporadas en "
     "cinco predios: cuánto tardaron los animales en aprender, cuántos cruzaron los límites, la "
     "duración de las baterías y la señal, el uso del cerco virtual para proteger mallines, "
     "renovales de lenga y orillas de río, el tiempo de trabajo ahorrado y el costo frente al "
     "alambrado tradicional. El abigeato y los ataques de perros se mencionan de paso.",
     ("cerco virtual", "collares GPS", "ganadería bovina", "manejo del pastoreo",
      "estudios de caso"),
     ("CL",), "2025-03"),
    # --- wood vinegar (pyroligneous acid) ---------------------------------------------------------
    ("gk28", "support-source", "en",
     "Offer: kilns and training to make wood vinegar for farmer groups in Northeast Thailand",
     "Wood vinegar, or pyroligneous acid, is the brown, smoky liquid obtained by cooling and "
     "condensing the smoke of a charcoal kiln; after settling for three months and filtering, it "
     "is diluted and sprayed by many farmers in Thailand as an insect repellent, soil "
     "conditioner and growth promoter, and used to cut odours in pig and poultry houses. Its "
     "quality varies widely, because smoke collected at the wrong temperature carries tar and "
     "harmful compounds. A provincial agricultural extension office and a university faculty of "
     "agriculture offer farmer groups and community enterprises in Khon Kaen, Udon Thani and "
     "Sakon Nakhon a 200-litre drum kiln with a bamboo or steel chimney condenser, a five-day "
     "training on charcoal making, collecting the smoke between the right temperatures, settling "
     "and storage, and laboratory tests of acidity and tar content before sale. Groups commit to "
     "using only prunings and waste wood. Bamboo charcoal for export and biochar trials are "
     "separate programmes.",
     ("wood vinegar", "pyroligneous acid", "charcoal kilns", "biopesticides", "offers"),
     ("TH",), "2024-09"),
    ("gk29", "need", "fr",
     "Besoin : produire et homologuer le vinaigre de bois des charbonniers pour les maraîchers "
     "du Sud Bénin",
     "Le vinaigre de bois, ou jus pyroligneux, est le liquide acide et fumé que l'on recueille "
     "en condensant les fumées des fours à charbon. Dilué, il est employé en Asie, et de plus en "
     "plus en Afrique de l'Ouest, comme répulsif contre les insectes, stimulant de croissance et "
     "additif du compost. Au Bénin, des maraîchers de Grand-Popo, de Sèmè-Podji et de Cotonou, "
     "qui cherchent à réduire les insecticides chimiques sur leurs choux, laitues et amarantes, "
     "en achètent à des charbonniers des départements des Collines et du Zou, sans étiquette ni "
     "contrôle de qualité. Une ONG d'agroécologie, une université et une union de maraîchers "
     "demandent un appui pour équiper dix groupements de charbonniers de fours améliorés avec "
     "condenseurs, analyser la teneur en goudrons et en méthanol du vinaigre produit, conduire "
     "des essais au champ et constituer le dossier d'homologation du produit comme biopesticide "
     "auprès du comité national. Le charbon de bois lui-même et la déforestation relèvent "
     "d'autres programmes.",
     ("vinaigre de bois", "jus pyroligneux", "biopesticides", "maraîchage", "besoins"),
     ("BJ",), "2025-02"),
    ("gk30", "support-source", "es",
     "Oferta: condensadores para obtener vinagre de madera en los hornos de carbón del Chaco y "
     "de San Pedro",
     "El vinagre de madera, o ácido piroleñoso, es el líquido que se obtiene al enfriar el humo "
     "de los hornos de carbón; reposado y filtrado, se usa diluido en la huerta y en el campo "
     "como repelente de insectos, bioestimulante y acelerador del compost, y para reducir los "
     "olores de los corrales. En el Paraguay la mayor parte del carbón vegetal se hace en hornos "
     "de ladrillo de media naranja del Chaco y de San Pedro, cuyo humo se pierde en el aire y "
     "molesta a las familias vecinas. Un programa de cooperación técnica con la universidad "
     "nacional y el instituto forestal ofrece a los carboneros asociados condensadores de caño "
     "metálico para instalar en las chimeneas, capacitación para recoger el vinagre a la "
     "temperatura adecuada, dejarlo reposar y separar el alquitrán, análisis de calidad y "
     "contactos con cooperativas de productores orgánicos de hortalizas y de yerba mate que "
     "quieren comprarlo. Los permisos forestales de la leña y el trabajo infantil en las "
     "carbonerías se tratan en otros programas.",
     ("vinagre de madera", "ácido piroleñoso", "hornos de carbón", "bioinsumos", "ofertas"),
     ("PY",), "2024-12"),
)  # fmt: skip
