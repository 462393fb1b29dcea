"""Clearing-house records of the hundred-and-thirty-fourth judged relevance set
(tests/search/relevance/queries134.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: chemicals, health and trade
pages on aristolochic acid, the kidney poison of the Aristolochia plants (a case study of the
Balkan endemic nephropathy of the villages of the Sava valley, Brod-Posavina county, Croatia,
traced to birthwort seeds milled with the wheat; a guide, a document, for the pharmacists,
herbalists and importers of Belgium on the plantes à acide aristolochique, written after the
néphropathie aux herbes chinoises of a slimming cure of the 1990s; a need of Mexico to detect
the ácido aristolóquico of the tlacopatli, hierba del indio, guaco and raíz de víbora
sold in markets and online); product safety pages on water beads (a dataset of the water bead
ingestions and ear and nose insertions of Australian children, from poisons information centres
and hospitals, Australia; a webinaire, an event, on the perles d'eau and billes d'hydrogel for
childcare professionals and toy sellers, France; a project to take the bolitas de hidrogel,
bolitas de gel or perlas de agua off the market, Colombia); health pages on histoplasmosis
(a need to protect the bat guano collectors of Battambang from histoplasmosis, cave disease,
Cambodia; a project to diagnose earlier the histoplasmose disséminée of people living with
HIV, French Guiana; a guía, a document, to prevent the histoplasmosis, enfermedad de las
cavernas, of cavers, tour guides and guano collectors, Ecuador); health pages on melioidosis
(a dataset of the melioidosis, Whitmore's disease, of the rice farmers of northeast Thailand;
a need to recognise and treat the mélioïdose of the province Nord, New Caledonia; a jornada,
an event, in San Juan on the melioidosis to look for after hurricanes, Puerto Rico); energy
pages on solar heat for industrial processes (a project for solar steam and hot air in the tea
factories of the highlands, Kenya; a case study of a centrale solaire thermique selling its
chaleur solaire to a dairy in the Meuse, France; a dataset of the plants of calor solar para
procesos in copper mining and agro-industry, Chile); mining and health pages on sulphur mining
(a case study of the 2016 fire of the Mishraq sulphur mine, a Frasch mine, and its sulphur
dioxide cloud over Qayyarah, Iraq; a project to protect the health of the porteurs de soufre of
the Kawah Ijen crater, Indonesia; a dataset of the azufreras, abandoned sulphur mines, of the
Puna of Salta and Catamarca, with La Casualidad, Argentina); air pollution pages on the dust of
unpaved roads (a need to cut the dust of the unpaved streets of Ulaanbaatar's ger districts,
Mongolia; a project against the poussière of the rues en terre, of laterite, of Ouagadougou,
Burkina Faso; a guía, a document, on the control del polvo of the caminos no pavimentados,
the caminos de ripio, with bischofita and watering, Chile); waste pages on spent coffee
grounds (a project to collect the spent coffee grounds of the cafés and offices of Leeds,
United Kingdom; an offer, a support source, to grow pleurotes on the marc de café of cafés
and canteens, Switzerland; a case study of the separate collection of the posos de café of
the bars of Valencia, Spain); trade and enforcement pages on counterfeit cosmetics (a need to
test and seize the counterfeit cosmetics of the markets of Lagos, Nigeria; a case study of the
faux parfums and cosmétiques contrefaits seized at the port of Tanger Med, Morocco; a foro,
an event, on the cosméticos bamba, falsificados and de contrabando of Lima, Peru); and waste
pages on cat litter (a guide not to flush cat litter, for Toxoplasma and the sea otters of
California, United States; an offer to help the municipalities of Québec accept the litières
pour chats végétales in the bac brun, Canada; a dataset of the bentonite quarried for the
piedras sanitarias, the arena para gatos, of Río Negro and San Juan, Argentina). English,
French and Spanish, 10 records each, every topic written once in each language (different
countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records133.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (aristolochic, aristolochique, aristolóquico, Aristolochia,
aristoloche, birthwort, fangchi, fang ji, Stephania, Chinese herb, herbes chinoises, hierbas
chinas, nephropathy, néphropathie, nefropatía, Balkan, urothelial, hierba del indio,
tlacopatli, guaco, herbal medicine, phytothérapie, herbolaria, herbolario; water bead,
gel bead, perles d'eau, billes, hidrogel, hydrogel, bolitas, superabsorbent, polyacrylate,
poliacrilato, Orbeez, button battery, pile bouton, pila de botón, magnet; histoplasmosis,
histoplasmose, Histoplasma, cave disease, enfermedad de las cavernas, guano, bat droppings,
fientes, excrementos de murciélago, speleology, spéléologie, espeleología, fungal, fongique,
micosis, mycose; melioidosis, mélioïdose, Burkholderia, pseudomallei, Whitmore; process heat,
industrial heat, chaleur industrielle, calor industrial, calor de proceso, solar thermal, solaire
thermique, solar térmica, parabolic trough, cylindro-parabolique, cilindroparabólico, Fresnel,
Scheffler, solar collector, capteurs solaires, colectores solares, dairy, laiterie, lechería;
sulphur, sulfur, soufre, azufre, sulphur mine, mine de soufre, mina de azufre, azufrera, Frasch,
Mishraq, Qayyarah, Ijen, Kawah, solfatara, Aucanquilcha, Casualidad, volcán, volcan; unpaved,
dirt road, gravel road, haul road, latérite, pistes, routes en terre, caminos de tierra, no
pavimentado, ripio, terracería, trocha, road dust, poussière, polvo, polvo en suspensión,
dust suppressant, magnesium chloride, chlorure de magnésium, cloruro de magnesio, bischofita,
calcium chloride, cloruro de calcio, arrosage, harmattan, PM10; coffee grounds, spent coffee,
coffee waste, marc de café, posos de café, borra de café, cuncho, mushroom, pleurote,
oyster mushroom, hongos ostra, gírgola; counterfeit, contrefaçon, contrefait, falsificado,
falsificación, pirata, apócrifo, bamba, fake, cosmetic, cosmétique, cosmético, make-up,
maquillage, maquillaje, perfume, parfum; cat litter, kitty litter, litière, litière pour chat,
arena para gatos, arena sanitaria, piedras sanitarias, toxoplasmosis, Toxoplasma, sea otter,
loutre de mer, nutria marina, bentonite, bentonita, sepiolite, attapulgite).

Screened and dropped as covered: button batteries (the mercury button cells bn22-bn24),
electroplating (the galvanoplastie workshops of the chemical leasing seminar j17),
denim laundries (bh07-bh09), sandblasted jeans (next to silicosis, bh25-bh27), nitrous
oxide canisters (cj04-cj06), formalin in food (dj01-dj03), diethylene glycol in medicines
(bk01-bk03), falsified medicines (screened by set 122, next to the diethylene glycol syrups),
scorpion stings (bw13-bw15), Chagas disease (bo19-bo21), Legionnaires' disease (bp16-bp18),
onchocerciasis (by13-by15), leptospirosis (bq13-bq15), oil shale (dx01-dx03), orphan wells
(dv01-dv03), fuel theft from pipelines (dp01-dp03), used vehicle imports (cd22-cd24), lead
glazes in pottery (bd13-bd15), lead in aluminium cookware (bl28-bl30), nail salons (bn25-bn27),
mercury from crematoria (y28-y30), chewing gum (cx19-cx21), wet wipes (dd07-dd09), menstrual
products (ch19-ch21), mattresses and bulky waste (s28-s30, the encombrants and voluminosos
of ed08 and ed09), ammonium nitrate storage (q01), shipbreaking (p24), incinerator bottom ash
(the mâchefers of eb17), power cuts and load-shedding (the apagones and délestages of ct15,
db12, dv14 and of the diesel generator pages), wood pellet stoves (dd16-dd18), heat-retention
cookers (the paniers isolants and marmites norvégiennes of bz20), solar lanterns (ch01-ch03),
sewage heat recovery and the decommissioning of nuclear plants (screened by earlier sets,
next to district heating and radioactive waste), and gold smuggling (next to the conflict
minerals cr28-cr30), besides the topics of sets 42 to 133 and those their docstrings list
as covered; screened with no or passing hits but not chosen: coccidioidomycosis or valley
fever (no hit, but hardly any French-language page), fasciolosis (no hit, a foodborne disease
nearer set 136's food topics), lymphatic filariasis (no hit, a vector-borne disease with no
tie to this area's chemicals and pollution), podoconiosis (named only for contrast by fg19),
windpumps (no hit, but a water supply topic nearer set 137's), ceramic tile factories (no page,
screened by set 126, and hardly any French-language page), erionite and vermiculite (no hit,
too near asbestos), unsafe phone chargers (no hit, left for a product safety set), essential
oil poisonings of children (not chosen, next to the laundry capsules ep07-ep09 and the caustic
soda pages ej04-ej06), and coir retting (no hit, but few French and Spanish pages).

The only earlier record judged relevant to a query of this set is fc04, the manganese case study
of Nsuta, Ghana, whose title and subjects name the haul roads whose dust the mine waters and
seals: it is relevant in part (1) to the dust of unpaved roads, of which the dust of a mine's
haul roads is a kind. The other nearest records are passing or about other things, all 0:
the lead in traditional medicines (dl28-dl30), whose dl28 names Chinese herbal products, the
chronic kidney disease of unknown cause (ct07-ct09), the diethylene glycol syrups (bk01-bk03),
the melamine kidney stones (bl16-bl18), the snakebite pages (bn28-bn30), the medicinal plant
trade pages on devil's claw (bd04-bd06) and arnica (eg10-eg12), the Balkan gentian of ec22 and
the aflatoxin pages, no aristolochic acid; the mercury button cells (bn22-bn24), the hazardous
chemicals in toys (q40-q42), the laundry capsules (ep07-ep09), the caustic soda pages (ej04-ej06),
the disposable nappies (bb16-bb18), the microbeads (ba16-ba18), the plastic pellets (j01-j03),
the hidrogel of the seed balls of em21, the bolitas de naftalina of the mothball page bp09, the
bolitas of mercury that children play with in cr03 and the boric acid bolitas of the cockroach
baits of eh18, no water bead; the cave fauna pages (r01-r03), the oilbird pages (ev10-ev12),
whose ev12 is about the tayos of the caves of Morona Santiago, Ecuador, the white-nose syndrome
of bats (bl01-bl03), the urban pigeons (cu10-cu12), the guano of the penguin and seabird pages
(bn07, bn09) and of the fertiliser page en12, the rabies pages (bt13-bt15), the chytrid pages
(eo18, em08) and the mycetoma pages (fg19-fg21), no histoplasmosis; the leptospirosis pages
(bq13-bq15), the Buruli ulcer pages (bx13-bx15), the tungiasis pages (fc13-fc15), the mycetoma
pages and the rice field pages (i28-i30), no melioidosis; the concentrated solar power plants
(dl16-dl18), the solar water heaters of homes (cf04-cf06), the solar dryers of farmers and
drying units (ef13-ef15), the solar steam kitchens and solar cookers (bz19-bz21), the industrial
energy audits (dn07-dn09), whose dn09 names calentadores solares among possible improvements,
the hospital energy contracts of dv18, the chaleur industrielle of the small modular reactor
colloquium ey29, the green steel pages (dx04-dx06) and the bagasse cogeneration of the sugar
mills (cz13-cz15), no solar heat plant for an industrial process; the sulphur in road fuels
(cr10-cr12), the sulphur emissions of ships (cb28-cb30), the volcanic eruptions and their sulphur
dioxide (br25-br27), the sulphur hexafluoride pages (bu07-bu09), the hydrogen sulphide of sewers
(y16-y18), the geothermal power pages (dp04-dp06), the acid mine drainage pages (j04-j06), the
sulphur gases of the coal fires (fg04-fg06), the saltpetre and sulphur works that burned the
yaretas of fh25 and, in the golden files, the pyrite once mined for its sulphur and the thiophene
record whose subjects name sulfur, no sulphur mine; the lead wheel weights ground into road dust
(df22), the lead of the roadside dust of Casablanca (bm02), the sand and dust storms (x07-x09),
the road salt (bm28-bm30), the used lubricating oils (x28-x30), the construction machinery
(eu13-eu15), the quarry blasting (ey25-ey27), the low-cost air quality sensors (cd04-cd06), the
coal dust (dj16-dj18), the other manganese pages (fc05, fc06) and the dust of the mine trucks
near the wild chinchillas of fd30, no other unpaved road; the coffee capsule pages (cp19-cp21),
whose cp19 and cp20 name the grounds left inside capsules, the coffee processing wastewater
(bm25-bm27), the food waste pages (df13-df15), the fuel briquettes (df04-df06), the cargo bikes
(el28-el30) and the mycoremediation pages (bl13-bl15), which grow oyster mushrooms on no coffee,
no spent coffee grounds; the counterfeit and illegal pesticides (cb16-cb18), whose cb18 calls
its fakes agroquímicos bamba, the counterfeit fertilisers (en10-en12), the illicit cigarettes
(ey01-ey03), the counterfeit printer cartridges (fc28-fc30), the counterfeit lighters of
fg26, the mercury skin-lightening creams (p01-p03), the talc pages (fc25-fc27), the parabens
(ef01-ef03), the hair straightening products (cl01-cl03), the kohl (bg22-bg24), the black henna
(bi22-bi24), the tattoo inks (bo28-bo30), the online sales of hazardous chemicals (eb13-eb15)
and the customs laboratories (cx25-cx27), no counterfeit cosmetic; and the dog faeces pages
(cr04-cr06), the free-roaming cats (ei10-ei12), the toxoplasmosis that feral cats give the
monk seals of cg01, the otter pages (bl25-bl27), the litière biomaîtrisée of the dry toilets
of by20, the attapulgite quarries of bz17, the bentonite around the canisters of ct01 and the
drilling muds (be16-be18), no cat litter.

records130.py, records131.py, records132.py and records133.py (ids fg.., fh.., fi.. and fj..),
the most recent earlier files, were searched like the others: their only hits on this set's
words are the sulphur gases of the coal fires (fg04-fg06), the dust of beryllium (fg10-fg12),
the contrefaçons of the lighters of fg26 and of the pesticides of fi20, the cats that prey
on numbats (fh07-fh09) and hutias (fh13), the shade coffee plantations of the turaco page
fh23, the saltpetre and sulphur works of the yareta page fh25, the cosmetics firms that buy
copaiba oil (fi13, fi14), the solarisation of soils (fi19-fi21), the solar LED lamps of the
light fishing page fi11, the solar pumps and gravel pack of the well drilling page fj13, the
solar-powered radio stations of fj19 and fj21 and the sulfure of the sargasses of fj02; none
of their records answers a query of this set. records135.py, records136.py and records137.py
(ids fl01..fl30, fm01..fm30 and fn01..fn30), written at the same time by other engineers on
biodiversity, on agriculture, fisheries, forestry, food and land, and on water, oceans and
coasts, climate adaptation, cities, disasters and capacity building, are not part of this
set's pool, and no query of this set was judged against them.

Traps: the ochratoxin of stored grain, the trace elements of well water, the dialysis and
the chronic kidney disease of heat-stressed farm workers of fk01 (0 to aflatoxins, arsenic in
water and the CKDu pages); the cure amaigrissante, the compléments alimentaires, the médecine
traditionnelle chinoise and the aristoloche siphon of gardens of fk02 (0 to traditional medicine
pages); the mordeduras de serpiente and antivenenos, the diabetes and the ventas en línea of
fk03 (0 to snakebite and online sales); the button batteries, small magnets, vase fillers,
plant gel and online shopping of fk04 (0 to button cells and toys); the centre antipoison,
the contrôles de jouets and the capsules de lessive of fk05 (0 to laundry capsules and toy
chemicals); the floreros, the San Andresitos and the hidrogeles agrícolas of fk06; the fertiliser
for rice and pepper, the tuberculosis, the bat conservation and the bat emergence tourism of
fk07 (0 to fertilisers, caves and bats); the orpaillage, the poulaillers, the tuberculose,
paludisme and dengue of fk08 (0 to artisanal gold mining and dengue); the tayos, the rabia and
the turismo en cuevas of fk09 (0 to the oilbird pages, rabies and caves); the rice paddies,
diabetes, boots and gloves and leptospirosis of fk10 (0 to rice fields and leptospirosis);
the dépressions tropicales, chasseurs, poussières and leptospirose of fk11; the huracanes,
the bioseguridad en el laboratorio, the enfermedad renal, the leptospirosis and the dengue of
fk12 (0 to hurricanes, to the biosafety of living modified organisms and to kidney disease);
the firewood, eucalyptus, heavy fuel oil, tea bushes, pickers and dairies of fk13 (0 to
eucalyptus plantations, tea and fuel oil); the gaz naturel, the fonds chaleur, the panneaux
photovoltaïques and the industries agroalimentaires of fk14 (0 to photovoltaics and district
heating); the cobre, the lecherías, cervecerías and viñas, the búnker and the centrales
de concentración solar and calentadores solares de las viviendas of fk15 (0 to concentrated
solar power and solar water heaters); the fighting around Mosul, the oil wells set on fire,
the orchards and livestock of fk16 (0 to oil fires and military burn pits); the fumerolles, the
érosion dentaire, the touristes, the flammes bleues and the lac acide of fk17 (0 to volcanic
eruptions and tourism); the drenaje ácido, the vicuñas, the salares and litio and the pueblo
fantasma of fk18 (0 to acid mine drainage, vicuñas and lithium); the household stoves, the
coal, the windbreak trees and the spring dust storms from the Gobi of fk19 (0 to household air
pollution and sand and dust storms); the harmattan, the capteurs, the marchés and the huile
de vidange sprayed on the streets of fk20 (0 to dust storms, low-cost sensors and used oils);
the salar de Atacama, the emulsiones asfálticas and the sales para el deshielo of fk21 (0 to
lithium, asphalt and road salt); the cargo bike, anaerobic digestion, fuel logs, paper cups and
coffee capsules of fk22 (0 to cargo bikes, briquettes and coffee capsules); the mycélium, the
jardins urbains, the insertion professionnelle and the capsules de café en aluminium of fk23
(0 to coffee capsules and community gardens); the biodiésel, the briquetas para estufas, the
compostaje, the cápsulas monodosis and the envases de leche of fk24 (0 to used cooking oil,
briquettes and beverage cartons); the lead, mercury, arsenic, the open burning and the mercury
skin-lightening creams of fk25 (0 to skin-lightening creams); the méthanol des parfums, the
cimenterie, the ventes en ligne and the vêtements and pièces automobiles contrefaits of fk26
(0 to methanol poisoning, cement kilns and brake pads); the contrabando, registro sanitario,
plomo, mercurio and the tintes con parafenilendiamina of fk27 (0 to black henna and hair dye);
the sea otters, shellfish, storm drains, flushable brands, dog waste bags and outdoor cats of fk28
(0 to otters, wet wipes, dog faeces and free-roaming cats); the bentonite, the enfouissement,
the résidus alimentaires and the excréments de chiens of fk29 (0 to dog faeces and food
waste); and the canteras, planes de cierre, rellenos and the lodos de perforación of Vaca
Muerta of fk30 (0 to mine closure and drilling muds). For the country and exclusion queries:
fk01 names only Croatia (the Balkan region, no other country); fk02 only Belgium (China only
through the Chinese names of plants and of the médecine traditionnelle chinoise); fk03 only
Mexico; fk04 only Australia; fk05 only France; fk06 only Colombia; fk07 only Cambodia; fk08
only French Guiana (Guyane); fk09 only Ecuador; fk10 only Thailand; fk11 only New Caledonia;
fk12 only Puerto Rico; fk13 only Kenya; fk14 only France; fk15 only Chile; fk16 only Iraq; fk17
only Indonesia; fk18 only Argentina; fk19 Mongolia, through Ulaanbaatar and its country code
(the Gobi, no other country); fk20 Burkina Faso, through Ouagadougou and its country code; fk21
only Chile; fk22 the United Kingdom, through Leeds and its country code; fk23 only Switzerland
(Suisse romande, Lausanne); fk24 only Spain (Europe, no other country); fk25 Nigeria, through
Lagos and its country code; fk26 only Morocco; fk27 Peru, through Lima and its country code;
fk28 only the United States (California); fk29 only Canada (Québec); fk30 only Argentina. The
phrase "Kawah Ijen" is written by fk17 only, "néphropathie aux herbes chinoises" by fk02 only
and "arena sanitaria" by fk30 only; Toxoplasma is named by fk28 only among the cat litter pages
(fk29 speaks only of parasites); mushrooms by fk23, whose offer is about them, and by fk22,
one of whose three outlets grows oyster mushrooms on the grounds, not by fk24.

Ids (fk01..fk30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
fg01..fg30, fh01..fh30, fi01..fi30, fj01..fj30), and no earlier id starts with "fk".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- aristolochic acid (Aristolochia in herbal products and flour) ---------------------------
    ("fk01", "case-study", "en",
     "Birthwort in the wheat: Balkan endemic nephropathy and aristolochic acid in the villages of "
     "the Sava valley",
     "For decades doctors in a few villages along the Sava river, in Croatia's Brod-Posavina "
     "county, saw whole families develop a slow, silent kidney disease, Balkan endemic "
     "nephropathy, and an unusual number of cancers of the upper urinary tract. Its cause was "
     "long argued over, from ochratoxin in stored grain to trace elements in well water. It is "
     "now traced to birthwort (Aristolochia clematitis), a weed of wheat fields whose seeds were "
     "harvested with the grain and milled into household bread flour: the aristolochic acid they "
     "contain scars the kidney and leaves a signature mutation in the tumours. This case study, "
     "by a county public health institute with the nephrology department of a university "
     "hospital, follows the screening of villagers for protein in the urine, the weeding out of "
     "birthwort from fields, the switch to commercially milled flour, and the registry of "
     "dialysis patients and cancers. The chronic kidney disease of heat-stressed farm workers in "
     "other regions is a different illness.",
     ("Balkan endemic nephropathy", "aristolochic acid", "birthwort", "kidney disease",
      "case studies"),
     ("HR",), "2024-05"),
    ("fk02", "document", "fr",
     "Plantes contenant de l'acide aristolochique : guide pour les pharmaciens, herboristes et "
     "importateurs de préparations à base de plantes",
     "Au début des années 1990, en Belgique, plus d'une centaine de femmes qui suivaient une cure "
     "amaigrissante à base de plantes ont développé une insuffisance rénale grave, puis, pour "
     "beaucoup, des cancers des voies urinaires : dans les gélules, la racine de Stephania "
     "tetrandra, han fang ji, avait été remplacée par celle d'Aristolochia fangchi, guang fang "
     "ji. Cette « néphropathie aux herbes chinoises », appelée aujourd'hui néphropathie à l'acide "
     "aristolochique, a conduit à interdire les aristoloches dans les médicaments, les denrées et "
     "les compléments alimentaires. Ce guide de l'agence fédérale des médicaments, rédigé avec "
     "l'agence de sécurité de la chaîne alimentaire et des associations de pharmaciens et de "
     "praticiens de médecine traditionnelle chinoise, dresse la liste des espèces et des noms "
     "vernaculaires et commerciaux à refuser, comme ma dou ling ou mu tong, explique comment "
     "exiger un certificat d'identification botanique et d'analyse, repérer les substitutions et "
     "déclarer un effet indésirable. L'aristoloche siphon et les autres plantes de jardin du "
     "genre ne sont pas visées.",
     ("acide aristolochique", "aristoloches", "plantes médicinales", "pharmacovigilance",
      "lignes directrices"),
     ("BE",), "2024-10"),
    ("fk03", "need", "es",
     "Necesidad: detectar ácido aristolóquico en los productos herbolarios que se venden en "
     "mercados y en línea en México",
     "En los mercados de plantas medicinales de México, como el de Sonora en la capital, en "
     "tiendas naturistas y en páginas de internet se venden raíces, tés, cápsulas y tinturas de "
     "tlacopatli, hierba del indio, guaco o raíz de víbora, nombres que corresponden a varias "
     "especies de Aristolochia. Se ofrecen para bajar de peso, controlar la diabetes, calmar "
     "dolores o curar mordeduras de serpiente. Todas contienen ácido aristolóquico, que daña el "
     "riñón de forma irreversible y causa cáncer de las vías urinarias, aunque el daño aparece "
     "años después y rara vez se relaciona con el remedio. La comisión federal de protección "
     "contra riesgos sanitarios, con un laboratorio universitario de farmacognosia y un hospital "
     "de nefrología, solicita apoyo para equipar el laboratorio con cromatografía líquida y "
     "espectrometría de masas y estándares de referencia, formar a los verificadores sanitarios, "
     "muestrear mercados y ventas en línea y preparar materiales para vendedores y médicos. El "
     "tratamiento de las mordeduras de serpiente con antivenenos no forma parte de la solicitud.",
     ("ácido aristolóquico", "Aristolochia", "productos herbolarios", "vigilancia sanitaria",
      "necesidades"),
     ("MX",), "2025-03"),
    # --- water beads (superabsorbent polymer toys) -----------------------------------------------
    ("fk04", "dataset", "en",
     "Water bead injuries in Australian children: poisons information calls and hospital cases, "
     "2015-2024",
     "Water beads, also sold as gel beads, jelly balls or sensory beads, are small balls of "
     "superabsorbent polymer that swell to many times their size in water. They are sold as toys, "
     "for sensory play in childcare and as vase fillers and plant gel. Swallowed by an infant or "
     "toddler, they keep growing in the gut and can block the bowel; pushed into an ear or nose, "
     "they swell there too. This dataset, assembled by a paediatric surgery research group with "
     "the state poisons information centres and children's hospitals, lists each call about water "
     "beads and each hospital presentation, with age, route (swallowed, ear, nose), symptoms, "
     "imaging, surgery and outcome, and, from 2023, where the product came from and whether it "
     "was bought online. It also records the national safety warning, the recalls and the "
     "mandatory standard that followed. Button batteries and small magnets, the other swallowed "
     "hazards that the same centres follow, are kept in separate tables.",
     ("water beads", "child safety", "product safety", "poisons information", "datasets"),
     ("AU",), "2025-01"),
    ("fk05", "event", "fr",
     "Webinaire : perles d'eau et billes d'hydrogel, un danger pour les tout-petits",
     "Vendues comme jouets sensoriels, billes magiques ou décoration pour vases, les perles d'eau "
     "sont de petites billes de polymère superabsorbant qui gonflent jusqu'à cent fois leur "
     "volume au contact de l'eau. Avalées par un jeune enfant, elles continuent de gonfler dans "
     "l'intestin et peuvent provoquer une occlusion qui impose une opération ; introduites dans "
     "l'oreille ou le nez, elles y grossissent aussi. Ce webinaire, organisé par un centre "
     "antipoison et de toxicovigilance avec la direction chargée de la protection des "
     "consommateurs et une fédération de crèches, s'adresse aux professionnels de la petite "
     "enfance, aux assistantes maternelles, aux enseignants de maternelle et aux vendeurs de "
     "jouets. Il présente les cas recueillis en France, les résultats des contrôles de jouets "
     "vendus en ligne et sur les marchés, qui dépassent souvent la limite d'expansion fixée par "
     "la norme sur les jouets, les retraits et rappels, et les gestes à adopter si un enfant en a "
     "avalé. Les capsules de lessive, autre danger pour les tout-petits, sont évoquées en fin de "
     "séance.",
     ("perles d'eau", "billes d'hydrogel", "sécurité des jouets", "petite enfance", "événements"),
     ("FR",), "2024-11"),
    ("fk06", "project", "es",
     "Proyecto: sacar del mercado las bolitas de hidrogel que crecen con agua y advertir a las "
     "familias",
     "En los San Andresitos, las papelerías y las tiendas en línea de Colombia se venden por "
     "pocos pesos bolsas de bolitas de hidrogel, también llamadas bolitas de gel, perlas de agua "
     "o bolitas mágicas, que crecen al remojarlas y se usan como juguete, para decorar floreros o "
     "para regar plantas. Para los niños pequeños son un peligro: una bolita tragada sigue "
     "creciendo en el intestino y puede obstruirlo, y varios niños han necesitado cirugía. Este "
     "proyecto de la superintendencia encargada de la protección del consumidor, con la policía "
     "fiscal y aduanera, el instituto de vigilancia de medicamentos y alimentos y una sociedad de "
     "cirugía pediátrica, inspecciona importadores y comercios, ordena retirar los productos "
     "vendidos como juguete, exige advertencias en los empaques de uso decorativo, registra los "
     "casos atendidos en urgencias y lanza una campaña para madres, padres y jardines infantiles. "
     "Los hidrogeles agrícolas que retienen agua en el suelo se mencionan, pero no se regulan en "
     "este proyecto.",
     ("bolitas de hidrogel", "perlas de agua", "seguridad de los juguetes",
      "protección del consumidor", "proyectos"),
     ("CO",), "2025-02"),
    # --- histoplasmosis (cave disease) -----------------------------------------------------------
    ("fk07", "need", "en",
     "Need: protecting bat guano collectors from histoplasmosis in Battambang",
     "In Battambang province, Cambodia, families collect bat guano from the limestone caves of "
     "Phnom Sampov and from colonies that roost in trees and pagoda roofs, and sell it as a rich "
     "fertiliser for rice, fruit trees and pepper. The dry droppings can carry the spores of "
     "Histoplasma capsulatum, a fungus that grows in bat and bird droppings; stirred up by "
     "shovels and brooms, they are breathed in and cause histoplasmosis, a lung infection "
     "sometimes called cave disease, which in people with weakened immunity spreads through the "
     "body and can kill. Health centres often treat the fever and cough as tuberculosis. The "
     "provincial health department, with the infectious disease unit of a referral hospital and a "
     "bat conservation group, asks for support to train collectors to wet the guano before "
     "digging and to wear fitted masks, to supply antigen tests and antifungal medicines to the "
     "hospital, and to map the collection sites. Tourism at the evening bat emergence is outside "
     "the request.",
     ("histoplasmosis", "bat guano", "occupational health", "fungal infections", "needs"),
     ("KH",), "2024-07"),
    ("fk08", "project", "fr",
     "Projet : diagnostiquer plus tôt l'histoplasmose disséminée chez les personnes vivant avec "
     "le VIH en Guyane",
     "En Guyane, l'histoplasmose, une infection due à un champignon microscopique, Histoplasma "
     "capsulatum, présent dans les sols enrichis de fientes de chauves-souris et d'oiseaux, est "
     "la première cause de décès des personnes vivant avec le VIH au stade sida. Les spores sont "
     "inhalées lors de l'abattage d'arbres creux, du nettoyage de poulaillers ou de combles, ou "
     "sur les sites d'orpaillage, et la maladie se confond longtemps avec la tuberculose. Ce "
     "projet, porté par les hôpitaux de Cayenne et de Saint-Laurent-du-Maroni avec les centres "
     "délocalisés de prévention et de soins des communes de l'intérieur, déploie un test rapide "
     "de détection d'antigène dans les urines, forme les médecins et infirmiers des fleuves à "
     "évoquer l'histoplasmose devant une fièvre prolongée, assure l'approvisionnement en "
     "antifongiques et suit la mortalité avant et après. Il rappelle aussi aux éleveurs de "
     "volailles et aux élagueurs de porter un masque. Le paludisme et la dengue, autres causes de "
     "fièvre, restent suivis par leurs propres programmes.",
     ("histoplasmose", "VIH", "infections fongiques", "diagnostic rapide", "projets"),
     ("GF",), "2024-12"),
    ("fk09", "document", "es",
     "Guía para prevenir la histoplasmosis en espeleólogos, guías de turismo y recolectores de "
     "guano en cuevas del Ecuador",
     "La histoplasmosis, conocida también como enfermedad de las cavernas, se contrae al respirar "
     "esporas del hongo Histoplasma capsulatum, que crece en el suelo de cuevas, túneles y "
     "construcciones abandonadas donde se acumula el guano de murciélagos y aves. En el Ecuador "
     "se han descrito brotes en grupos de estudiantes y turistas después de visitar cuevas de la "
     "Amazonía y en personas que sacan guano para abonar sus cultivos. Esta guía, publicada por "
     "el ministerio de salud pública con una sociedad de espeleología y la asociación de guías de "
     "la provincia de Napo, explica cómo reconocer los síntomas, que aparecen una a tres semanas "
     "después de la visita, evitar remover el suelo seco o humedecerlo antes, usar mascarillas "
     "con filtro, limitar el número de visitantes por cueva y señalizar las cuevas de riesgo. "
     "Pide a los médicos preguntar por visitas a cuevas ante una neumonía que no mejora. Los "
     "tayos que anidan en algunas cuevas y la rabia transmitida por murciélagos se tratan en "
     "otras publicaciones.",
     ("histoplasmosis", "enfermedad de las cavernas", "espeleología", "turismo en cuevas", "guías"),
     ("EC",), "2025-04"),
    # --- melioidosis (Whitmore's disease) --------------------------------------------------------
    ("fk10", "dataset", "en",
     "Melioidosis in northeast Thailand: cases, deaths, rainfall and soil sampling, 2010-2024",
     "Melioidosis, also known as Whitmore's disease, is an infection caused by Burkholderia "
     "pseudomallei, a bacterium that lives in wet soil and surface water. Rice farmers in "
     "northeast Thailand catch it through cuts on their feet and hands while planting in flooded "
     "paddies, or by breathing in contaminated dust and droplets during storms, and people with "
     "diabetes are most at risk. It kills up to four in ten patients, often because it is "
     "mistaken for other infections and treated with the wrong antibiotics. This dataset, "
     "compiled by a tropical medicine research unit with provincial hospitals of Ubon "
     "Ratchathani, Khon Kaen and Udon Thani, lists culture-confirmed cases with age, occupation, "
     "diabetes, site of infection, treatment and outcome, together with monthly rainfall and the "
     "results of soil and water samples taken from rice fields and village ponds. It also reports "
     "how many farmers wore boots and gloves after a prevention campaign. Leptospirosis, another "
     "disease of rice farmers after floods, is recorded separately.",
     ("melioidosis", "Burkholderia pseudomallei", "rice farmers", "infectious diseases",
      "datasets"),
     ("TH",), "2024-09"),
    ("fk11", "need", "fr",
     "Besoin : mieux reconnaître et traiter la mélioïdose dans la province Nord de la "
     "Nouvelle-Calédonie",
     "La mélioïdose, due à la bactérie Burkholderia pseudomallei qui vit dans les sols humides et "
     "les eaux de surface, est présente en Nouvelle-Calédonie, où des cas sont signalés chaque "
     "année, surtout dans les communes de la province Nord, après les fortes pluies et les "
     "dépressions tropicales. Elle touche des agriculteurs, des éleveurs et des chasseurs, "
     "souvent diabétiques, qui se contaminent par une plaie au contact de la boue ou en inhalant "
     "des poussières et des embruns. Elle se confond avec d'autres infections, et la bactérie est "
     "parfois mal identifiée par les automates de laboratoire. La direction des affaires "
     "sanitaires et sociales, avec le centre hospitalier territorial et le laboratoire de "
     "l'hôpital du Nord, demande un appui pour former les biologistes et les médecins "
     "généralistes, disposer de milieux de culture sélectifs et de tests rapides, cartographier "
     "la bactérie dans les sols des tribus et informer les habitants sur le port de bottes et de "
     "gants. La leptospirose, fréquente dans les mêmes zones, a déjà son propre programme.",
     ("mélioïdose", "Burkholderia pseudomallei", "diagnostic de laboratoire",
      "maladies infectieuses", "besoins"),
     ("NC",), "2025-01"),
    ("fk12", "event", "es",
     "Jornada en San Juan: la melioidosis, una infección del suelo que hay que buscar después de "
     "los huracanes",
     "La melioidosis, o enfermedad de Whitmore, es una infección causada por Burkholderia "
     "pseudomallei, una bacteria del suelo y del agua que entra por heridas, por inhalación o por "
     "ingestión, y que puede causar neumonía, abscesos y sepsis, sobre todo en personas con "
     "diabetes o enfermedad renal. En Puerto Rico se han confirmado casos aislados desde hace más "
     "de una década, algunos después de huracanes y lluvias intensas, y se sospecha que muchos "
     "pasan sin diagnóstico. Esta jornada, organizada por el departamento de salud con la escuela "
     "de medicina y la sociedad de microbiólogos, reúne a epidemiólogos, médicos de emergencia, "
     "infectólogos y personal de laboratorio para revisar los casos de la isla, los errores de "
     "identificación de los sistemas automatizados, la bioseguridad en el laboratorio, el "
     "tratamiento con ceftazidima o meropenem seguido de meses de antibióticos orales y el "
     "muestreo de suelos. Se presentará un protocolo de notificación. La leptospirosis y el "
     "dengue se discutirán solo como diagnósticos diferenciales.",
     ("melioidosis", "enfermedad de Whitmore", "Burkholderia pseudomallei",
      "laboratorios clínicos", "eventos"),
     ("PR",), "2025-05"),
    # --- solar heat for industrial processes -----------------------------------------------------
    ("fk13", "project", "en",
     "Project: solar steam and hot air for tea factories in Kenya's highlands",
     "Kenya's tea factories wither and dry green leaf with hot air and steam from boilers that "
     "each burn thousands of tonnes of firewood a year, much of it eucalyptus grown on land that "
     "once held food crops or forest, and some still run on heavy fuel oil. This project, led by "
     "a renewable energy centre with a smallholder tea management agency, a university and two "
     "equipment suppliers, installs concentrating solar collectors and flat-plate air collectors "
     "at four factories in Nyeri, Kericho and Nandi to preheat boiler feed water and the air "
     "blown through the withering troughs and dryers, with a hot water tank that carries heat "
     "into the evening. It measures the firewood and oil saved, the temperatures reached, the "
     "effect on tea quality and the cleaning the mirrors need, and trains factory engineers to "
     "run the systems. A guide on solar heat for other food processors, from dairies to fruit "
     "canneries, will follow. The tea bushes and the pickers' wages are outside the project.",
     ("solar heat for industrial processes", "solar thermal collectors", "tea factories",
      "firewood", "projects"),
     ("KE",), "2024-06"),
    ("fk14", "case-study", "fr",
     "Chaleur solaire pour l'industrie : retour d'expérience d'une centrale solaire thermique au "
     "service d'une laiterie",
     "Une laiterie a besoin chaque jour de grandes quantités d'eau chaude, pour pasteuriser le "
     "lait, nettoyer les cuves et les canalisations et préchauffer l'eau des chaudières. Dans la "
     "Meuse, une usine de produits laitiers reçoit depuis 2023 la chaleur d'une centrale solaire "
     "thermique de plusieurs milliers de mètres carrés de capteurs, avec un grand ballon de "
     "stockage qui lisse la production entre le jour et la nuit. La centrale a été construite et "
     "est exploitée par une société qui vend la chaleur à l'industriel à un prix fixé pour vingt "
     "ans, avec une aide du fonds chaleur de l'agence de la transition écologique. Cette étude de "
     "cas, réalisée par un bureau d'études avec un institut technique, analyse la part des "
     "besoins de chaleur de l'usine couverte par le soleil, le gaz naturel économisé, les coûts, "
     "le contrat de vente de chaleur et les leçons pour d'autres industries agroalimentaires. Les "
     "panneaux photovoltaïques posés sur les toits de l'usine sont étudiés à part.",
     ("chaleur solaire industrielle", "capteurs solaires thermiques", "laiteries",
      "vente de chaleur", "études de cas"),
     ("FR",), "2024-04"),
    ("fk15", "dataset", "es",
     "Calor solar en la minería y la agroindustria de Chile: datos de operación de las plantas "
     "solares térmicas para procesos, 2013-2024",
     "Chile tiene una de las radiaciones solares más altas del mundo y una industria que consume "
     "mucho calor: la minería del cobre calienta el electrolito de las naves de electroobtención, "
     "y las lecherías, las plantas de fruta, las viñas y las cervecerías necesitan agua caliente "
     "y vapor. Desde 2013 funciona en el desierto de Atacama una planta de colectores "
     "cilindroparabólicos que entrega calor a una mina de cobre, y después se sumaron decenas de "
     "instalaciones menores de colectores planos y de tubos al vacío. Este conjunto de datos, "
     "publicado por el ministerio de energía con un centro de investigación en energía solar, "
     "reúne para cada planta la superficie de colectores, la tecnología, el proceso al que "
     "entrega calor, la temperatura, la energía entregada mes a mes, el combustible desplazado, "
     "sea diésel, gas licuado o búnker, y los costos declarados, y permite comparar regiones y "
     "sectores. Las centrales de concentración solar que producen electricidad y los calentadores "
     "solares de las viviendas quedan fuera.",
     ("calor solar para procesos industriales", "colectores solares", "minería del cobre",
      "agroindustria", "conjuntos de datos"),
     ("CL",), "2025-02"),
    # --- sulphur mining --------------------------------------------------------------------------
    ("fk16", "case-study", "en",
     "When the Mishraq sulphur mine burned: the 2016 fire and the sulphur dioxide cloud over "
     "Qayyarah",
     "The state sulphur company of Mishraq, south of Mosul in Iraq, mined one of the world's "
     "largest deposits of native sulphur by the Frasch method, pumping superheated water down "
     "wells to melt the sulphur underground and bring it up as a liquid that cooled into huge "
     "yellow stockpiles. In October 2016, as fighting moved towards Mosul, the stockpiles were "
     "set on fire and burned for about a week, sending a cloud of sulphur dioxide over Qayyarah "
     "and nearby villages; hundreds of people were treated for breathing problems, and crops, "
     "orchards and livestock were damaged. This case study, by an environmental organisation with "
     "the health and environment ministries, reviews how the fire was smothered with sand and "
     "water, the air measurements, the hospital records, the sampling of soil and water around "
     "the mine and the plans to clean up the site and reopen the mine safely. The oil wells that "
     "burned near Qayyarah at the same time are the subject of another study.",
     ("sulphur mining", "Frasch process", "sulphur dioxide", "mine fires", "case studies"),
     ("IQ",), "2024-03"),
    ("fk17", "project", "fr",
     "Projet : protéger la santé des porteurs de soufre du Kawah Ijen",
     "Dans l'est de Java, en Indonésie, quelques centaines d'hommes descendent chaque nuit au "
     "fond du cratère du Kawah Ijen pour extraire le soufre qui se dépose à la sortie des tuyaux "
     "de céramique captant les fumerolles. Ils le cassent à la barre de fer au milieu des gaz, "
     "dioxyde de soufre et sulfure d'hydrogène, puis remontent à pied des paniers de 70 à 90 "
     "kilos jusqu'au bord du cratère. Beaucoup souffrent de toux, d'essoufflement, d'érosion "
     "dentaire et de douleurs du dos et des épaules. Ce projet d'une association de médecins, "
     "avec le centre de santé du district et la coopérative des mineurs, mesure la fonction "
     "respiratoire et l'exposition aux gaz, distribue des masques à cartouches pour gaz acides, "
     "finance des chariots pour remplacer le portage sur la partie haute du sentier et négocie le "
     "prix au kilo avec l'acheteur. Les touristes venus voir les flammes bleues et le lac acide "
     "du cratère sont seulement invités à porter eux aussi un masque.",
     ("mines de soufre", "porteurs de soufre", "santé au travail", "volcans", "projets"),
     ("ID",), "2024-08"),
    ("fk18", "dataset", "es",
     "Azufreras abandonadas de la Puna: catastro de pasivos ambientales mineros en Salta y "
     "Catamarca",
     "Entre las décadas de 1930 y 1970 se explotó azufre en los conos de varios volcanes de la "
     "Puna argentina, a más de cinco mil metros de altura. La mayor de estas minas, La "
     "Casualidad, en el departamento de Los Andes, en Salta, tuvo un pueblo de mil habitantes con "
     "escuela, hospital y un cablecarril que bajaba el mineral; cerró en 1979 y hoy es un pueblo "
     "fantasma. Este conjunto de datos, elaborado por el servicio geológico minero con la "
     "secretaría de minería de Salta y una universidad nacional, registra para cada azufrera "
     "abandonada la ubicación, los años de explotación, los hornos y autoclaves donde se fundía "
     "el azufre, las escombreras y colas, los edificios, los restos de combustibles y tambores, "
     "la presencia de drenaje ácido y los riesgos para arrieros, turistas y vicuñas. Incluye "
     "fotografías y una propuesta de prioridades de remediación. Los salares y los proyectos de "
     "litio de la región se mencionan solo por el tránsito que llevan a los caminos.",
     ("azufreras", "minería de azufre", "pasivos ambientales mineros", "Puna",
      "conjuntos de datos"),
     ("AR",), "2024-11"),
    # --- dust from unpaved roads -----------------------------------------------------------------
    ("fk19", "need", "en",
     "Need: cutting the dust of unpaved streets in Ulaanbaatar's ger districts",
     "Most of the streets of Ulaanbaatar's ger districts, where more than half of the city's "
     "people live in felt tents and small houses on the hillsides, are unpaved tracks of dirt and "
     "gravel. Every passing car and minibus raises dust, and in the dry, windy spring the coarse "
     "particles measured beside these roads far exceed the air quality standard, on top of the "
     "winter smoke of household stoves. Children walk to school along them and clinics report "
     "coughs and eye complaints. The city's roads department, with the air pollution reduction "
     "agency, a university and the district governors, asks for support to map the unpaved "
     "network and its traffic, test dust suppressants such as calcium chloride and lignin binders "
     "on trial sections, compare them with watering, gravel surfacing and the paving of the "
     "busiest streets, set speed limits, plant windbreak trees and measure PM10 before and after. "
     "The coal burned in the stoves and the spring dust storms from the Gobi are dealt with by "
     "other programmes.",
     ("unpaved roads", "road dust", "dust suppressants", "air quality", "needs"),
     ("MN",), "2024-04"),
    ("fk20", "project", "fr",
     "Projet : moins de poussière dans les rues en terre des quartiers de Ouagadougou",
     "À Ouagadougou, la plupart des rues des quartiers périphériques sont des voies en terre, de "
     "latérite ou de sable, que les motos, les taxis et les camions transforment en nuages de "
     "poussière rouge pendant la saison sèche. Les particules qui retombent sur les marchés, les "
     "étals de nourriture et les cours d'école s'ajoutent à celles de l'harmattan, et les centres "
     "de santé voient affluer les infections respiratoires et les conjonctivites. Ce projet de la "
     "commune, avec une association de quartier, un laboratoire universitaire de physique de "
     "l'atmosphère et une entreprise de travaux publics, mesure les particules fines avec des "
     "capteurs installés le long de rues témoins, fait arroser certaines rues à heures fixes, "
     "pave des tronçons avec des pavés de latérite taillée ou autobloquants fabriqués par des "
     "jeunes du quartier, plante des arbres et interdit l'épandage d'huile de vidange, encore "
     "utilisée par des riverains pour fixer la poussière mais qui pollue le sol et les puits. Le "
     "bitumage des grands axes relève d'un programme national.",
     ("routes en terre", "poussière", "qualité de l'air", "pavage", "projets"),
     ("BF",), "2025-03"),
    ("fk21", "document", "es",
     "Guía para el control del polvo en caminos no pavimentados: bischofita, riego y otras "
     "soluciones para los caminos rurales de Chile",
     "Más de la mitad de los caminos públicos de Chile no están pavimentados: son caminos de "
     "ripio o de tierra que unen pueblos, fundos, faenas y escuelas rurales. Con el paso de "
     "camiones y vehículos levantan nubes de polvo que cubren casas, huertos y cultivos, afectan "
     "la salud de los vecinos y desgastan el propio camino. Esta guía, elaborada por la dirección "
     "de vialidad con el ministerio del medio ambiente y un centro tecnológico de la "
     "construcción, explica las técnicas de control de polvo y estabilización: el riego con agua "
     "y sus límites en zonas secas, las sales como la bischofita, un cloruro de magnesio que sale "
     "como subproducto de las sales del salar de Atacama, el cloruro de calcio, los productos a "
     "base de lignosulfonatos y las emulsiones asfálticas, con sus dosis, costos y efectos sobre "
     "la vegetación y los cauces cercanos, y cómo medir el polvo en suspensión antes y después. "
     "Las sales para el deshielo de las rutas de montaña se tratan en otro documento.",
     ("caminos no pavimentados", "control de polvo", "bischofita", "calidad del aire", "guías"),
     ("CL",), "2024-10"),
    # --- spent coffee grounds --------------------------------------------------------------------
    ("fk22", "project", "en",
     "Project: collecting spent coffee grounds from cafés and offices across Leeds",
     "Cafés, offices, canteens and train stations in Leeds throw away thousands of tonnes of "
     "spent coffee grounds a year, mostly in general waste bound for incineration or landfill, "
     "where the wet grounds rot and give off methane. This project, run by a social enterprise "
     "with the city council's waste team and a business improvement district, collects the "
     "grounds by electric cargo bike in sealed caddies from more than 300 businesses, weighs each "
     "pick-up and sends them to three outlets: an anaerobic digestion plant that makes biogas and "
     "fertiliser, a firm that dries and presses them into fuel logs and pellets, and a farm in a "
     "former warehouse that grows oyster mushrooms on them. It reports the tonnes diverted, the "
     "emissions avoided, the cost for each business compared with trade waste charges, and the "
     "jobs created. The paper cups and the coffee capsules that the same cafés and offices throw "
     "away are left to other schemes.",
     ("spent coffee grounds", "food waste", "anaerobic digestion", "circular economy", "projects"),
     ("GB",), "2024-09"),
    ("fk23", "support-source", "fr",
     "Offre : un accompagnement pour cultiver des pleurotes sur le marc de café des cafés et "
     "cantines de Suisse romande",
     "Le marc de café jeté chaque jour par les cafés, les restaurants, les cantines d'entreprise "
     "et les hôpitaux finit presque toujours dans les ordures ou, au mieux, dans les déchets "
     "verts. Il peut pourtant servir de substrat à des champignons comestibles comme le pleurote. "
     "Une coopérative de Lausanne, qui cultive depuis plusieurs années des pleurotes sur le marc "
     "collecté à vélo dans la ville, offre aux communes, aux associations et aux établissements "
     "de Suisse romande un accompagnement complet : conseils pour organiser la collecte et le "
     "stockage du marc frais, fourniture du mycélium, formation à l'ensemencement, à l'incubation "
     "et à la récolte en cave ou en conteneur, contrôles d'hygiène, et reprise du substrat épuisé "
     "comme amendement pour les jardins urbains. Elle aide aussi à chiffrer les déchets évités et "
     "à monter des ateliers d'insertion professionnelle. Les capsules de café en aluminium, que "
     "les mêmes établissements utilisent parfois, ne sont pas concernées par l'offre.",
     ("marc de café", "pleurotes", "économie circulaire", "biodéchets", "offres"),
     ("CH",), "2025-01"),
    ("fk24", "case-study", "es",
     "Estudio de caso: los posos de café de los bares de Valencia, del contenedor de resto al "
     "compost y los biocombustibles",
     "España tiene una de las mayores densidades de bares de Europa, y la cafetera de cada bar "
     "deja a diario varios kilos de posos de café que suelen acabar en el contenedor de resto. "
     "Este estudio de caso, elaborado por una universidad politécnica con la empresa municipal de "
     "residuos de Valencia y una asociación de hostelería, analiza dos años de recogida separada "
     "de posos en 180 bares y cafeterías de los barrios de Ruzafa y El Carmen: cubos cerrados "
     "entregados a cada local, recogida tres veces por semana, pesaje, análisis de humedad y de "
     "contenido de aceite, y tres destinos probados, el compostaje con la fracción orgánica "
     "municipal, la extracción de aceite para biodiésel y la fabricación de briquetas para "
     "estufas. Compara los costes, las toneladas desviadas del vertedero y de la incineradora, la "
     "calidad del compost y la disposición de los hosteleros a separar. Concluye que recogerlos "
     "junto con la fracción orgánica es lo más viable. Las cápsulas monodosis y los envases de "
     "leche quedan fuera del estudio.",
     ("posos de café", "residuos de hostelería", "compostaje", "biorresiduos", "estudios de caso"),
     ("ES",), "2024-12"),
    # --- counterfeit cosmetics -------------------------------------------------------------------
    ("fk25", "need", "en",
     "Need: testing and seizing counterfeit cosmetics sold in Lagos markets",
     "In the big markets of Lagos, fake versions of international make-up, perfume, lotion and "
     "hair-care brands are sold openly next to genuine goods at a fraction of the price, in "
     "packaging that copies the logos, barcodes and holograms. Tests by the regulator have found "
     "lead, mercury, arsenic and high counts of bacteria in counterfeit lipsticks, eyeliners and "
     "face powders, and buyers report rashes, burns and eye infections. The national food and "
     "drug regulatory agency, with the customs service, the standards organisation and a "
     "university analytical laboratory, asks for support to equip the laboratory with portable "
     "X-ray fluorescence analysers and microbiological testing, train officers to recognise "
     "counterfeits with the help of brand owners, trace the containers arriving through the "
     "ports, run market raids, destroy seized products without burning them in the open, and tell "
     "buyers how to spot fakes. Mercury skin-lightening creams, which are banned rather than "
     "counterfeit, are covered by a separate campaign.",
     ("counterfeit cosmetics", "market surveillance", "product safety", "customs", "needs"),
     ("NG",), "2024-07"),
    ("fk26", "case-study", "fr",
     "Faux parfums et cosmétiques contrefaits saisis au port de Tanger Med : étude de cas",
     "Parfums de grandes marques vendus dix fois moins cher, rouges à lèvres, mascaras, crèmes et "
     "palettes de maquillage copiés jusqu'au code-barres : les contrefaçons de cosmétiques "
     "arrivent au Maroc par conteneurs, souvent déclarées comme articles ménagers, et se vendent "
     "dans les souks, sur les marchés et sur les réseaux sociaux. Cette étude de cas, réalisée "
     "par l'administration des douanes avec le ministère de la santé, un laboratoire national "
     "d'analyses et une association de protection des consommateurs, retrace trois années de "
     "contrôles au port de Tanger Med : ciblage des conteneurs à risque, coopération avec les "
     "titulaires de marques, analyses qui ont trouvé du méthanol dans des parfums, des métaux "
     "lourds et des colorants interdits dans le maquillage et des bactéries dans des crèmes, "
     "poursuites, et destruction des lots saisis dans une cimenterie. Elle montre aussi les "
     "limites : ventes en ligne, petits colis, amendes faibles. Les vêtements et les pièces "
     "automobiles contrefaits, saisis dans le même port, ne sont pas étudiés.",
     ("cosmétiques contrefaits", "contrefaçon", "douanes", "sécurité des consommateurs",
      "études de cas"),
     ("MA",), "2025-02"),
    ("fk27", "event", "es",
     "Foro: cosméticos bamba, falsificados y de contrabando en Lima, riesgos para la salud y "
     "control",
     "En las galerías del Centro de Lima, en Mesa Redonda y en Gamarra se venden labiales, bases, "
     "sombras, perfumes y cremas bamba, es decir falsificados, que imitan marcas conocidas, junto "
     "con cosméticos de contrabando sin registro sanitario. Algunos análisis han encontrado en "
     "ellos plomo, mercurio, arsénico y contaminación microbiana, y los dermatólogos atienden "
     "alergias, quemaduras e infecciones oculares. Este foro, organizado por la dirección general "
     "de medicamentos, insumos y drogas con la superintendencia de aduanas, el instituto de "
     "defensa de la propiedad intelectual y el colegio químico farmacéutico, reúne a inspectores, "
     "fiscales, comerciantes, dermatólogos y asociaciones de consumidores para presentar los "
     "resultados de los operativos, los análisis de laboratorio, la venta por redes sociales, la "
     "responsabilidad de los distribuidores y el destino de los productos decomisados. Se "
     "presentará una guía para que las compradoras reconozcan un producto falsificado. Los tintes "
     "para el cabello con parafenilendiamina se tratarán en otra reunión.",
     ("cosméticos falsificados", "contrabando", "registro sanitario", "propiedad intelectual",
      "eventos"),
     ("PE",), "2024-10"),
    # --- cat litter ------------------------------------------------------------------------------
    ("fk28", "document", "en",
     "Don't flush cat litter: a guide for cat owners on Toxoplasma and California's sea otters",
     "Cat faeces can carry the eggs, called oocysts, of Toxoplasma gondii, a parasite that "
     "survives sewage treatment and months in seawater. Flushed down toilets, or washed from "
     "gardens and storm drains into creeks, they reach the coast, where snails and shellfish "
     "concentrate them and the southern sea otters that eat these prey fall ill; toxoplasmosis is "
     "a known cause of death of otters found stranded on the central coast of California. This "
     "guide, published by the state coastal commission with a marine mammal centre and "
     "veterinarians, asks cat owners never to flush cat litter, even brands labelled flushable, "
     "but to bag used litter and put it in the trash. It explains how to scoop daily, why "
     "pregnant women should let someone else do it, how clumping clay, silica and plant-based "
     "litters differ, and why keeping cats indoors also helps wildlife. Dog waste bags and pet "
     "waste stations in parks are covered by other guidance.",
     ("cat litter", "Toxoplasma", "sea otters", "pet waste", "guidance"),
     ("US",), "2024-06"),
    ("fk29", "support-source", "fr",
     "Offre : accompagner les municipalités du Québec pour accepter les litières pour chats "
     "végétales dans le bac brun",
     "Au Québec, la litière pour chats usagée pèse lourd dans les ordures ménagères : plusieurs "
     "kilos par chat et par mois, surtout de la litière d'argile agglomérante, faite de bentonite "
     "extraite en carrière, qui ne se composte pas et alourdit l'enfouissement. Les litières "
     "végétales, de bois, de maïs, de papier ou de blé, pourraient rejoindre les résidus "
     "alimentaires dans le bac brun, mais la plupart des municipalités les refusent, faute de "
     "savoir si les excréments et leurs parasites sont détruits au compostage. Un centre de "
     "recherche en compostage, avec une régie intermunicipale de gestion des matières "
     "résiduelles, offre aux municipalités et aux exploitants de plateformes de compostage des "
     "essais sur des litières végétales souillées, des mesures de température et d'agents "
     "pathogènes, un modèle de règlement et des outils de communication pour les propriétaires de "
     "chats. Les excréments de chiens, que certaines villes envisagent aussi d'accepter, font "
     "l'objet d'essais distincts.",
     ("litière pour chats", "compostage", "bac brun", "matières résiduelles", "offres"),
     ("CA",), "2024-12"),
    ("fk30", "dataset", "es",
     "Bentonita para piedras sanitarias: producción, canteras y restauración en Río Negro y San "
     "Juan, 2005-2024",
     "En la Argentina la arena para gatos se vende como piedras o piedritas sanitarias, y la "
     "mayor parte es bentonita, una arcilla que absorbe la orina y forma grumos. Se extrae a "
     "cielo abierto en canteras de la meseta de Río Negro y en San Juan, y una parte creciente de "
     "la producción se destina a la arena sanitaria para gatos, junto con la que usan la "
     "industria y la perforación petrolera. Este conjunto de datos, publicado por la secretaría "
     "de minería provincial con una universidad nacional, reúne por cantera la superficie "
     "abierta, las toneladas extraídas y su destino, los planes de cierre, las superficies "
     "restauradas, el polvo de las plantas de secado y molienda, y estimaciones del volumen de "
     "piedras usadas que llegan a los rellenos de las ciudades. Añade una encuesta a tiendas de "
     "mascotas sobre las alternativas de sílice y de origen vegetal. Los lodos de perforación a "
     "base de bentonita de Vaca Muerta se describen en otra publicación.",
     ("arena para gatos", "piedras sanitarias", "bentonita", "canteras", "conjuntos de datos"),
     ("AR",), "2025-04"),
)  # fmt: skip
