"""Clearing-house records of the hundred-and-seventieth judged relevance set
(tests/search/relevance/queries170.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: chemicals and health pages
on methylisothiazolinone (MI, MIT), the isothiazolinone preservative behind an epidemic of
contact allergy (a dataset of the positive patch tests of Danish hospital clinics, Denmark;
a guide, a document, on the méthylisothiazolinone of wall paints and its airborne eczema,
Belgium; a need of Colombia to watch the metilisotiazolinona of its shampoos, liquid soaps and
detergents); chemicals and product safety pages on hazardous chemicals in school supplies (a
case study of a decade of back-to-school testing of lead-painted pencils and phthalates in
pencil cases in the Philippines; an offer, a support source, of free analyses of the
fournitures scolaires of the schools of Québec, Canada; a dataset of the útiles escolares
tested before the regreso a clases in Mexico); health and trade pages on nicotine pouches, the
tobacco-free oral nicotine sachets (a need of Kenya to control the pouches sold to young people;
a brochure, a document, on the sachets de nicotine and « snus » of the teenagers of Suisse
romande, Switzerland; a project on the bolsitas de nicotina of the schoolchildren of Santiago,
Chile); waste and fire pages on disposable barbecues (a project to keep single-use barbecues
off the moors of the Peak District, United Kingdom; a case study of the barbecues jetables and
the fire ban of the forêt de Fontainebleau, France; a guía, a document, on the parrillas
descartables buried hot in the sand of the beaches of Uruguay); waste and pollution pages on
shotgun cartridge wads (a dataset of the shotgun wads and spent cartridges counted on Irish
beaches, Ireland; a project for biodegradable bourres among the wildfowlers of the bassin
d'Arcachon and the Gironde estuary, France; a need to collect the tacos and cartuchos left by the
duck-hunting tourism of the rice fields of Entre Ríos, Argentina); energy and enforcement pages
on shops that keep their doors open with the heating or the air conditioning on (a case study of
New York City's open-door rule, United States; a guide, a document, to the French obligation to
keep the doors of heated or air-conditioned commerces closed, France; a dataset of the
inspections of the puertas abiertas and cierre automático of the shops of Barcelona, Spain);
energy pages on heat cost allocators and the individual metering of heating in apartment
buildings (a project to bill heat by consumption in the apartment blocks of Sarajevo, Bosnia and
Herzegovina; an offer, a support source, of free help for the copropriétés of Brussels to install
répartiteurs de frais de chauffage, Belgium; a jornada, an event, on the contabilización
individual and the repartidores de costes of the comunidades de vecinos of Castilla y León,
Spain); pollution and energy pages on the auxiliary power units (APU) of aircraft parked at the
gate and the ground power and pre-conditioned air that replace them (an offer, a support source,
of help for India's airports; a case study of the groupes auxiliaires de puissance switched off
at the stands of Genève Aéroport, Switzerland; a need of the aeropuerto de Lima for energía en
tierra, Peru); enforcement and waste pages on the destruction of seized drugs (a case study of
the seized cocaine burnt in a cement kiln in Sri Lanka; a need of Côte d'Ivoire to destroy its
drogues saisies without open burning; a dataset of the drogas incautadas e incineradas of
Ecuador); and chemicals and health pages on the toxic gases released by mixing bleach with
acids, ammonia and other cleaning products (a dataset of the calls to the poisons centre of New
South Wales, Australia; a fiche, a document, of the centre antipoison of Morocco on never mixing
eau de Javel with other produits ménagers; a taller, an event, on the mezclas peligrosas de
cloro for the cleaners of schools and hospitals of Costa Rica). English, French and Spanish, 10
records each, every topic written once in each language (different countries, projects and
angles, not translations of one text).

None of records.py, records3.py, ..., records169.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (methylisothiazolinone, méthylisothiazolinone,
metilisotiazolinona, isothiazolinone, isotiazolinona, MIT, CMIT, BIT, Kathon, preservative,
conservateur, conservante, contact allergy, allergie de contact, alergia de contacto, dermatitis
de contacto, eczéma de contact, patch test, tests épicutanés, pruebas de parche; school supplies,
fournitures scolaires, útiles escolares, material escolar, back-to-school, rentrée scolaire,
regreso a clases, vuelta al cole, crayon, feutre, marker, marcador, eraser, gomme, goma de
borrar, pencil case, trousse, estuche, modelling clay, pâte à modeler, plastilina, phthalates,
phtalates, ftalatos, toys, jouets, juguetes; nicotine pouch, sachet de nicotine, bolsa de
nicotina, bolsita, snus, white snus, snuff, oral nicotine, nicotine, nicotina; disposable
barbecue, single-use barbecue, barbecue jetable, barbacoa desechable, parrilla descartable,
barbecue, barbacoa, parrilla, asado, grill, picnic, pique-nique, campfire, feu de camp, fogata;
shotgun wad, wad, bourre, taco de cartucho, cartridge, cartouche, cartucho, douille, vaina,
hunting, chasse, caza, perdigones, grenaille; open door, shop door, portes ouvertes, portes des
magasins, puertas abiertas, cierre automático, air curtain, rideau d'air, cortina de aire, shop
window, vitrine, escaparate, sobriété, ahorro energético; heat cost allocator, répartiteur,
repartidor, heat meter, compteur de chaleur, contador de calor, individualisation, contabilización
individual, thermostatic, robinet thermostatique, válvula termostática, calefacción central,
chauffage collectif, copropriété, comunidad de propietarios, district heating, réseau de chaleur,
calefacción distrital; auxiliary power unit, APU, groupe auxiliaire de puissance, unidad de
potencia auxiliar, ground power, 400 Hz, pre-conditioned air, air préconditionné, aire
preacondicionado, apron, airport, aéroport, aeropuerto; seized drugs, drogues saisies, drogas
incautadas, destruction, incineration, incinération, incineración, narcotics, stupéfiants,
estupefacientes, cocaine, cocaïne, cocaína, cannabis, marihuana, heroin, saisie, incautación,
decomiso; bleach, eau de Javel, lejía, cloro, lavandina, hypochlorite, hipoclorito, chlorine gas,
chlore gazeux, gas cloro, chloramine, cloramina, ammonia, ammoniaque, amoníaco, esprit de sel,
salfumán, ácido muriático, cleaning products, produits ménagers, productos de limpieza, poison
centre, centre antipoison).

Screened and dropped as covered: diacetyl and popcorn lung (screened by set 154, the golden
biacetyl page), sky lanterns (bp25-bp27), mosquito coils (bc19-bc21), fluorinated ski wax
(dn25-dn27), glue sniffing (db04-db06), hair relaxers and keratin straightening (cl01-cl03),
black henna (bi22-bi24), nail salons (bn25-bn27), thermal paper (dj04-dj06), chewing gum
(cx19-cx21), methanol in adulterated alcohol (bc16-bc18), fireworks (u19-u21), LPG cylinders
(i19-i21), hydrofluoric acid (s25-s27), ammonium nitrate storage (q01), sandblasted jeans (next
to silicosis, bh25-bh27), electricity theft (dv13-dv15), fuel theft from pipelines (dp01-dp03),
drug precursors and drug-lab waste (cn25-cn27), district heating (cj13-cj15), Christmas trees
(ec07-ec09), fishmeal plants (dl19-dl21), lead in folk remedies such as azarcón and greta
(dl28-dl30), cinnabar mining (dn22-dn24), plastic pellets (j01-j03), end-of-life aircraft
(cz22-cz24), aircraft de-icing fluids (cz01-cz03), used mosquito nets (ba28-ba30), hazardous
chemicals in toys (q40-q42), chemicals in school laboratories (j28-j30), ammonia leaks at cold
stores (o07-o09) and chloramines in swimming pools (cz04-cz06), besides the topics of sets 42 to
169 and those their docstrings list as covered; screened with no or passing hits but not chosen:
the plain packaging of tobacco (no hit, but a second tobacco topic beside nicotine pouches), the
fuel of hammams (named only by gl26 and cf05, and few Spanish-language pages), super-efficient
ceiling fans (named by the appliance label dataset dd19), festive Christmas illuminations (named
by the energy saving page ct14, and next to the light pollution pages w16-w18), the forensic
fingerprinting of oil spills (no hit, but next to the illegal oil discharge pages en25-en27,
whose en26 and en27 name the samples taken as evidence) and the reconditioning of used chemical
drums (no hit, but few pages).

Four earlier records are judged relevant in part (1). The Swiss energy saving recommendations of
ct14 name « fermer les portes des magasins » among some ten measures, so ct14 is 1 to the plain
queries on shops with open doors ("shop doors left open", "fermeture des portes des commerces",
"comercios con puertas abiertas y climatización" and "portes des magasins ouvertes -France", which
ct14, about Switzerland, does not exclude), and 0 to "open shop doors case studies", since it is a
document. The Ulaanbaatar district heating project cj13 installs heat meters « so that users pay
for what they use » among its measures, so it is 1 to the plain queries on the metering and
billing of heat ("individualisation des frais de chauffage", "contadores individuales de
calefacción"), and 0 to those that ask for heat cost allocators, which it does not name, for a
country or for offers and events. The need gq02 asks, among its requests against tramadol in
Cameroon, for help to « détruire sans polluer les stocks saisis », and the West African workshop
cn26 on drug precursors has « l'élimination des produits saisis » on its programme, so both are
1 to the plain queries on the destruction of seized drugs ("destruction of seized drugs",
"destruction des drogues saisies", "incineración de drogas incautadas", the second side of
"aircraft APU OR destroying seized drugs" and "drogues saisies -Sri Lanka"), and 0 to the
queries that ask for seized cocaine or quote "drogas incautadas". All the other hits are passing
or about other things, judged 0: the paraben case study ef01, which says in one clause that some
brands moved to methylisothiazolinone, which then caused a wave of contact allergy, the tattoo
ink offer bo30, which names metilisotiazolinona among the substances it analyses, the chlorocresol
preservative of a golden molecule page, the nickel allergy (fg13-fg15), epoxy (ge19-ge21),
chromium in cement (ed01-ed03), black henna (bi22-bi24) and wet wipe (dd07-dd09) pages, no
isothiazolinone allergy; the hazardous chemicals in toys (q40-q42, q40 in the Philippines), the
chemicals of school laboratories (j28-j30), the slime and borax pages (eh16-eh18), the water
beads (fk04-fk06), the swallowed magnets (fw19-fw21) and the crayons of the children's drawing
contest gl28, no school supplies; the smokeless tobacco (eu25-eu27), heated tobacco (gi04-gi06,
gi05 naming the sachets de nicotine only to leave them to other fiches), disposable vape
(bk04-bk06), hookah (dd04-dd06), green tobacco sickness (fo25-fo27) and illicit tobacco
(ey01-ey03) pages, no nicotine pouch; the Dorset heath project bp04, whose wardens patrol when
fires « often started by disposable barbecues » burn the heath, the sky lanterns (bp25-bp27),
the festive bonfires (ep28-ep30), the camping gas cartridges (fs28-fs30), the restaurant cooking
fumes (fo22-fo24) and the fogatas of the Patagonian pages fs30 and di27, no page about disposable
barbecues; the lead shot and fishing weights (u25-u27), the perdigones of ec27, the printer
cartridges (fc28-fc30), the camping gas cartouches and cartuchos (fs28-fs30), the plastic pellets
(j01-j03) and the cigarette butts (z25-z27), no shotgun wad; the patio heaters (ge01-ge03, ge02
leaving the climatisation des commerces portes ouvertes to other pages), the Japanese setsuden
case study ct13, the standby power pages (ge04-ge06), the light pollution pages (w16-w18), the
journées portes ouvertes of eg08 and go20 and the portes à flot of the tide gate pages (gt10-gt12),
no shop with its door open; the district heating pages cj14 and cj15, the community boilers of
Madrid (fc21), the smart and prepaid electricity meters (db10-db12) and the balcony solar pages
(fw25-fw27), no heat cost allocator; the aircraft noise (eu22-eu24), private jet (ef22-ef24, ef23
at Geneva), cabin fume (gm25-gm27), de-icing (cz01-cz03), bird strike (em28-em30) and aircraft
catering waste (gm22-gm24) pages, the shore power of ships (cp01-cp03), the idling engines
(dp07-dp09) and the diesel generators (cn13-cn15), no aircraft APU; the drug precursors and
drug-lab waste of cn25 and cn27, the tramadol seizures of gq01 and gq03, the cannabis plantations
(dd10-dd12), the seized counterfeit pesticides (cb16-cb18), cosmetics (fk25), cartridges (fc30),
engine oil (fw22-fw24) and heated tobacco (gi06), and the golden cocaine page, no destruction of
seized drugs; and the quaternary ammonium disinfectants (gi19-gi21, gi21 on quats « mezclados con
cloro » by informal makers), the caustic soda (ej04-ej06), laundry capsule (ep07-ep09),
disinfectant spraying (cp10-cp12), chlorine dioxide (br07-br09), pool chloramine (cz04-cz06) and
ammonia leak (o07-o09) pages, the magnet dataset of the Moroccan centre antipoison (fw20), and the
golden hydrogen peroxide and ammonium pages, no mixing of bleach with other products.

records166.py, records167.py, records168.py and records169.py (ids gq01..gq30, gr01..gr30,
gs01..gs30 and gt01..gt30), the four files of the last round, were searched like the others:
their only hits on this set's words are the « détruire sans polluer les stocks saisis » of the
tramadol need gq02 (judged 1, above), the tramadol incautaciones in the ports and aeropuertos of
Spain (gq03), the véhicules saisis of the impound lot pages (gq22, gq23), the cartouches
d'imprimantes named by the printing works guide gq26, the ammoniac refrigeration left aside by
gq08, the zinc ammonium chloride of the galvanizing page gq16, the hígados decomisados of the
liver fluke page gs15, the doors of the paulownia page gs19, and the portes à flot,
compuertas, watertight doors and cloro residual of the water pages of records169.py (gt04-gt06,
gt10-gt12, gt25, gt27); none of their records answers a query of this set. records171.py,
records172.py and records173.py (ids gv01..gv30, gw01..gw30 and gx01..gx30), written at the same
time by other engineers on biodiversity, on agriculture, fisheries, forestry, food and land, and
on water, oceans and coasts, climate adaptation, cities, disasters and capacity building, are not
part of this set's pool, and no query of this set was judged against them. Once records171.py
and records172.py appeared, while this set was being finished, they were searched for this
set's words only to check that no topic is shared, and none is: their topics are
pseudoscorpions, camel spiders, whip spiders, spider wasps, velvet ants, treehoppers, todies,
white-eyes, columbines and stinkhorns (records171.py), and citrus tristeza virus, the globe
artichoke, sunn pest, Gumboro disease, Mangalica pigs, the Maya nut, individual transferable
quotas, fish sauce, keyhole gardens and grain moisture meters (records172.py), and their only
hits are the verb saisir of the whip spider, velvet ant and tody pages (gv08, gv14, gv20) and
the spraying from aircraft against sunn pest (gw07); records173.py had not appeared.

Traps: the wet wipes, the water-based paints, the washing-up liquids and the nickel, fragrance
and hair dye allergies of gu01 (0 to wet wipes, nickel allergy and black henna); the peintures
au plomb, the solvants des vernis, the shampooing and the gêne respiratoire of gu02 (0 to lead
paint and leftover paint); the toallitas húmedas, the lavaplatos, the tintes para el cabello and
the níquel de la bisutería of gu03 (0 to wet wipes, hair dyes and nickel allergy); the toys, the
raincoats, the portable X-ray fluorescence analyser and the lead paint on school walls of gu04 (0
to toys and lead paint); the jouets, the matériel d'arts plastiques, the allergènes parfumés and
the produits de nettoyage des classes of gu05 (0 to toys and cleaning products); the tolueno and
xileno of the markers and glues, the norma de juguetes, the uniformes and the calzado escolar of
gu06 (0 to glue sniffing and toys); the cigarettes, the shisha, the tobacco farms of Migori and
the petrol stations of gu07 (0 to hookah smoke and green tobacco sickness); the cigarettes
électroniques jetables, the tabac chauffé and the enfants qui avalent un sachet of gu08 (0 to
vapes and heated tobacco); the vapeo, the cigarrillo tradicional and the botillerías of gu09 (0
to vapes); the sky lanterns, the campfires, the peat, the lighter fluid, the moorland wildfires
and the hot ash bins of gu10 (0 to sky lanterns and wildfires); the charbon de bois, the
aiguilles de pin, the poubelles and the feux de camp des grimpeurs of gu11 (0 to charcoal and
forest fires); the carbón, the médanos, the fogatas de la Noche de San Juan and the incendios
forestales of gu12 (0 to festive bonfires and forest fires); the lead shot, the fishing weights,
the clays, the bottle tops and the brass heads of gu13 (0 to lead shot and clay targets); the
grenaille de plomb, the billes d'acier, the plombs de pêche and the parc naturel marin of gu14 (0
to lead shot); the perdigones, the intoxicación por plomo de las aves acuáticas, the palomas
plaga and the latón of gu15 (0 to lead poisoning of birds and pigeon control); the air curtains,
the automatic doors, the lighting of shop windows and the energy code of gu16 (0 to light
pollution and building codes); the enseignes lumineuses, the rideaux d'air, the boulangers and
the pharmaciens of gu17 (0 to light pollution); the 27 grados, the escaparates, the alumbrado
público and the terrazas con estufas of gu18 (0 to patio heaters and street lighting); the
district heating company, the building substations, the insulation of facades, the gas boilers
and the coal stoves of gu19 (0 to district heating, insulation and coal stoves); the chaudière
collective, the rénovation des façades and the primes énergie of gu20 (0 to boiler replacement);
the calderas de gasóleo, the redes de calor urbanas and the protección de los datos of gu21 (0 to
oil boilers and district heating); the aircraft noise, the single-engine taxiing, the
sustainable aviation fuel and the kerosene of gu22 (0 to aircraft noise); the bruit des avions,
the aviation d'affaires and the climatisation de la cabine of gu23 (0 to aircraft noise and
private jets); the grupos electrógenos diésel, the ruido de los despegues and the nueva terminal
of gu24 (0 to diesel generators and aircraft noise); the cement kiln co-processing, the port of
Colombo, the cannabis burnt in fields, the heroin, the pharmaceutical tablets and the drug
precursor chemicals of gu25 (0 to co-processing and drug precursors); the comprimés psychotropes,
the cimenteries, the incinérateur de déchets dangereux, the précurseurs chimiques and the faux
médicaments of gu26 (0 to drug precursors and falsified medicines); the hornos de cementeras,
the químicos incautados en laboratorios clandestinos and the armas of gu27 (0 to co-processing
and drug-lab waste); the swallowed bleach, the caustic drain cleaners, the swimming pool plant
rooms and the lockdown disinfection of gu28 (0 to caustic soda, pool chloramines and disinfectant
spraying); the hammams, the mosquées, the déboucheur and the ingestions accidentelles des enfants
of gu29 (0 to caustic soda and laundry capsules); and the desinfectantes, the agua potable and
the piscinas of gu30 (0 to quats, water chlorination and pools).

For the country and exclusion queries: gu01 names only Denmark (« Danish », and a European ban);
gu02 only Belgium; gu03 only Colombia (Bogotá, Medellín, Cali); gu04 only the Philippines
(Manila, Divisoria); gu05 names only Québec, whose country code gives Canada; gu06 only Mexico
(Ciudad de México, Guadalajara, Monterrey); gu07 only Kenya (Migori); gu08 only Switzerland (the
Suisse romande); gu09 only Chile (Santiago, the Región Metropolitana); gu10 names only the Peak
District, whose country code gives the United Kingdom; gu11 only France (Fontainebleau,
Seine-et-Marne, Île-de-France); gu12 only Uruguay (« uruguayo », Canelones, Maldonado, Rocha);
gu13 only Ireland (« Irish »); gu14 names the Gironde, the Landes and the bassin d'Arcachon, whose
country code gives France; gu15 names Entre Ríos, Corrientes and the río Paraná, whose country
code gives Argentina; gu16 only the United States (New York City); gu17 only France; gu18 only
Spain (Barcelona); gu19 names only Sarajevo, whose country code gives Bosnia and Herzegovina; gu20
only Belgium (Bruxelles); gu21 names Valladolid and Castilla y León, whose country code gives
Spain; gu22 only India; gu23 only Switzerland (Genève, Meyrin, Grand-Saconnex); gu24 names Lima
and the Callao, whose country code gives Peru; gu25 only Sri Lanka (Colombo, Puttalam); gu26 only
Côte d'Ivoire (Abidjan); gu27 only Ecuador (Guayaquil); gu28 only Australia (New South Wales);
gu29 only Morocco; gu30 only Costa Rica (San José). Among the records of each topic no other
record names the country of a country query: no isothiazolinone record but gu01 names Denmark
and none but gu03 Colombia; no school supplies record but gu04 names the Philippines and none but
gu06 Mexico; no nicotine pouch record but gu07 names Kenya and none but gu08 Switzerland; no
barbecue record but gu10 is British and none but gu12 names Uruguay; no record on open shop doors
names France but gu17 (gu11, with its Île-de-France, is a barbecue page); no heat metering
record but gu21 is about Spain; no APU record but gu23 names Switzerland; no seized drug record
but gu25 names Sri Lanka and none but gu27 Ecuador; and no bleach record but gu28 names Australia
and none but gu29 Morocco. The words "shotgun wads" are written by gu13 only (gu14 writes
bourres de cartouches, gu15 tacos de plástico and tacos biodegradables); "bourres de
cartouches" by gu14 only; "drogas incautadas" by gu27 only (gu25 writes seized cocaine and
seized drugs, gu26 drogues saisies and stupéfiants saisis); every record on seized drugs
names cocaine (gu25 cocaine, gu26 cocaïne, gu27 cocaína); every bleach record names ammonia
(gu28 ammonia-based glass cleaners, gu29 ammoniaque, gu30 amoníaco) and every school supplies
record phthalates (gu04 phthalates, gu05 phtalates, gu06 ftalatos). Letters: the
methylisothiazolinone of gu01, the méthylisothiazolinone (MIT) of gu02 and the
metilisotiazolinona of gu03 are the same isothiazolinone preservative and the contact allergy
it causes; the school supplies of gu04, the fournitures scolaires of gu05 and the útiles
escolares of gu06 are the pencils, crayons, markers, erasers, glues and pencil cases of
schoolchildren and the chemicals found in them; the nicotine pouches of gu07, the sachets de
nicotine and « snus » of gu08 and the bolsitas de nicotina of gu09 are the tobacco-free oral
nicotine pouches; the disposable barbecues of gu10, the barbecues jetables of gu11 and the
parrillas descartables of gu12 are the single-use foil-tray barbecues; the shotgun wads of gu13,
the bourres de cartouches of gu14 and the tacos de cartuchos of gu15 are the plastic wads of
hunting cartridges; the open doors of gu16, the portes ouvertes of gu17 and the puertas abiertas
of gu18 are shop doors left open with the air conditioning or the heating on; the heat cost
allocators of gu19, the répartiteurs de frais de chauffage of gu20 and the repartidores de costes
de calefacción of gu21 are the devices that share out the heating bill by consumption; the APU of
gu22, the groupes auxiliaires de puissance of gu23 and the unidades de potencia auxiliar of gu24
are the small turbines that aircraft run at the gate; the seized drugs of gu25, the drogues
saisies of gu26 and the drogas incautadas of gu27 are the narcotics destroyed after seizure; and
the bleach of gu28, the eau de Javel of gu29 and the cloro of gu30 are household sodium
hypochlorite, whose mixtures give off chlorine and chloramines. The golden files name none of
them (their cocaine is a molecule page on its medical use and action, their chlorine-based
bleaches a passing mention of the hydrogen peroxide page, their ammonium an ion page, their
preservative for cosmetics, glues and paints the chlorocresol of a molecule page, their tobacco
the smoke that contains some flavour molecules, and their "door" a Dutch word of the Erasmus
records).

Ids (gu01..gu30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
gq01..gq30, gr01..gr30, gs01..gs30, gt01..gt30), and no earlier id starts with "gu".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- methylisothiazolinone (MI, MIT) and the isothiazolinone contact allergy ------------------
    ("gu01", "dataset", "en",
     "Methylisothiazolinone allergy in Danish patch test clinics: positive reactions by year and "
     "source, 2005-2024",
     "Methylisothiazolinone (MI), a preservative allowed on its own in cosmetics from 2005 and "
     "then added to shampoos, liquid soaps, baby wipes, washing-up liquids and water-based paints, "
     "caused an epidemic of allergic contact dermatitis: at its peak in 2013 close to one patient "
     "in ten patch tested at Danish hospital clinics reacted to it. This dataset, compiled by the "
     "national allergy research centre with the hospital dermatology departments, gives by year, "
     "sex, age group and occupation the number of patients tested with MI and with the older "
     "mixture of methylchloroisothiazolinone and MI, the share of positive reactions and the "
     "products held responsible: leave-on cosmetics, rinse-off cosmetics, wet wipes, paints and "
     "household cleaners. It follows the fall that came after the European ban of MI in leave-on "
     "cosmetics in 2017 and the limit of 15 ppm in rinse-off products from 2018. Allergies to "
     "nickel, fragrances and hair dyes are counted in other tables.",
     ("methylisothiazolinone", "isothiazolinones", "contact allergy", "patch testing",
      "datasets"),
     ("DK",), "2025-01"),
    ("gu02", "document", "fr",
     "Peintures murales et allergie à la méthylisothiazolinone (MIT) : guide pour les peintres et "
     "les particuliers",
     "Les peintures à l'eau, les vernis et les enduits vendus en Belgique contiennent souvent des "
     "isothiazolinones, des conservateurs qui empêchent le produit de pourrir en pot : "
     "méthylisothiazolinone (MIT), benzisothiazolinone (BIT) ou mélange CMIT/MIT. Après "
     "l'application, la MIT s'évapore pendant plusieurs jours et peut provoquer, chez une "
     "personne déjà sensibilisée par un shampooing ou un savon liquide, un eczéma du visage et "
     "des paupières, parfois une gêne respiratoire, sans qu'elle ait touché la peinture. Ce "
     "guide, rédigé par le service de dermatologie d'un hôpital universitaire avec la "
     "confédération de la construction et une association de consommateurs, explique comment "
     "reconnaître cette allergie aéroportée, la faire confirmer par des tests épicutanés, lire "
     "les étiquettes (« contient de la méthylisothiazolinone, peut produire une réaction "
     "allergique »), choisir des peintures sans isothiazolinones, aérer et éloigner la personne "
     "allergique pendant les travaux et protéger les peintres en bâtiment. Les peintures au plomb "
     "et les solvants des vernis sont traités dans d'autres guides.",
     ("méthylisothiazolinone", "allergie de contact", "peintures", "conservateurs", "guides"),
     ("BE",), "2024-10"),
    ("gu03", "need", "es",
     "Necesidad: vigilar la metilisotiazolinona en champús, jabones líquidos y detergentes "
     "vendidos en Colombia",
     "Dermatólogos de Bogotá, Medellín y Cali atienden cada vez más eccemas de manos, cara y "
     "cuello por alergia a la metilisotiazolinona, un conservante presente en champús, "
     "acondicionadores, jabones líquidos, toallitas húmedas, lavaplatos y suavizantes, nacionales "
     "e importados. En el país no hay una serie estandarizada de pruebas de parche ni límites "
     "propios: los cosméticos siguen el listado andino de sustancias y los productos de aseo del "
     "hogar casi no se controlan. La asociación colombiana de dermatología, con el instituto "
     "nacional de vigilancia de medicamentos y alimentos y una universidad, solicita apoyo para "
     "comprar los alérgenos de parche y formar a los dermatólogos, crear un registro nacional de "
     "casos de dermatitis alérgica de contacto, equipar un laboratorio que mida las "
     "isotiazolinonas en muestras del mercado y proponer límites como los europeos, con etiquetas "
     "que adviertan su presencia. Los tintes para el cabello y el níquel de la bisutería quedan "
     "fuera de este pedido.",
     ("metilisotiazolinona", "conservantes", "dermatitis de contacto", "cosméticos",
      "necesidades"),
     ("CO",), "2025-04"),
    # --- hazardous chemicals in school supplies (crayons, markers, erasers, pencil cases, glues) --
    ("gu04", "case-study", "en",
     "Lead-painted pencils and phthalates in pencil cases: a case study of back-to-school testing "
     "in the Philippines",
     "Every June, before classes open, families crowd the bargain stalls of Divisoria in Manila to "
     "buy crayons, coloured pencils, watercolours, erasers, rulers, glue, pencil cases, raincoats "
     "and backpacks, many of them unbranded imports. This case study, written by a citizens' "
     "toxics watchdog with the food and drug regulator, follows ten years of back-to-school "
     "testing: screening of school supplies with a portable X-ray fluorescence analyser for lead, "
     "cadmium and chromium in paint coatings, and laboratory tests of PVC bags and pencil cases "
     "for phthalates. It tells how results published each year before the school opening led to "
     "advisories, the recall of lead-painted pencils and a draft standard on heavy metals in "
     "school supplies, and how vendors and parents reacted. It also sets out the limits: a few "
     "hundred items tested, products that change every year, and online sales. Toys in general "
     "and lead paint on school walls are discussed only briefly.",
     ("school supplies", "lead", "phthalates", "product safety", "case studies"),
     ("PH",), "2024-08"),
    ("gu05", "support-source", "fr",
     "Offre : analyses gratuites des fournitures scolaires pour les écoles et les comités de "
     "parents du Québec",
     "Avant la rentrée, les listes de fournitures scolaires réclament crayons de couleur, "
     "feutres, surligneurs, gommes à effacer, colle, couvre-livres et reliures en plastique, étuis "
     "à crayons et sacs à dos, souvent achetés au plus bas prix. Des essais ont trouvé des "
     "phtalates dans des gommes et des étuis en PVC, des solvants et des parfums dans des "
     "marqueurs et des métaux lourds dans la peinture de certains crayons. Un laboratoire "
     "universitaire de chimie analytique, avec l'office de la protection du consommateur et une "
     "fédération de comités de parents, offre aux écoles primaires et secondaires du Québec "
     "d'analyser gratuitement jusqu'à vingt articles par établissement : phtalates, plomb, "
     "cadmium, composés organiques volatils et allergènes parfumés. Il remet un rapport en "
     "langage clair, une liste d'achat responsable à joindre aux listes de fournitures et une "
     "capsule d'animation pour les enseignants. Les jouets, le matériel d'arts plastiques des "
     "cours du secondaire et les produits de nettoyage des classes ne sont pas couverts.",
     ("fournitures scolaires", "phtalates", "métaux lourds", "sécurité des produits", "offres"),
     ("CA",), "2025-05"),
    ("gu06", "dataset", "es",
     "Útiles escolares analizados en laboratorio antes del regreso a clases en México, 2016-2025",
     "Cada verano, antes del regreso a clases, el laboratorio de la procuraduría federal del "
     "consumidor compra en papelerías, tianguis, tiendas de autoservicio y plataformas en línea de "
     "la Ciudad de México, Guadalajara y Monterrey muestras de colores de madera y de cera, "
     "plastilinas, gomas, lápices adhesivos, pegamentos líquidos, marcadores, forros de plástico "
     "y mochilas. Este conjunto de datos reúne los resultados por producto y año: plomo y cadmio "
     "en pinturas y recubrimientos, ftalatos en gomas, forros y mochilas de PVC, disolventes como "
     "el tolueno y el xileno en marcadores y pegamentos, cumplimiento del etiquetado con la "
     "leyenda «no tóxico», precio y marca. Da también las alertas y los retiros del mercado que "
     "siguieron. Notas explican los métodos de análisis y los límites de la norma de juguetes y "
     "artículos escolares que se aplicaron. Los uniformes, el calzado escolar y los artículos de "
     "plástico desechables no se incluyen.",
     ("útiles escolares", "ftalatos", "plomo", "seguridad de los productos", "conjuntos de datos"),
     ("MX",), "2025-07"),
    # --- nicotine pouches (tobacco-free oral nicotine pouches, "white snus") ---------------------
    ("gu07", "need", "en",
     "Need: controlling nicotine pouches sold to young people in Kenya",
     "Small white pouches of nicotine salt, flavourings and plant fibre, tucked under the lip for "
     "a fast nicotine hit, arrived in Kenyan supermarkets, kiosks and petrol stations in 2019 in "
     "mint and berry flavours, promoted on social media and at music events. Because they contain "
     "no tobacco leaf, sellers argued that the tobacco control law did not apply, and the "
     "suspension of the first brand by the health ministry was challenged in court. Teachers "
     "report pupils using them in class, where they leave no smell, and doctors see nausea, "
     "palpitations and nicotine dependence in teenagers. The ministry of health, with the tobacco "
     "control board, the standards bureau and a university, asks for support to test pouches "
     "bought in shops for nicotine content and contaminants, draft rules on sales to minors, "
     "flavours, packaging and advertising, train county inspectors and run a school campaign. "
     "Cigarettes, shisha and the tobacco farms of Migori are covered by other programmes.",
     ("nicotine pouches", "oral nicotine", "tobacco control", "youth health", "needs"),
     ("KE",), "2025-02"),
    ("gu08", "document", "fr",
     "Sachets de nicotine et « snus » : ce que les parents et les enseignants doivent savoir",
     "Dans les cours d'école et les clubs sportifs de Suisse romande, de plus en plus "
     "d'adolescents glissent sous la lèvre des sachets de nicotine, souvent appelés « snus » même "
     "quand ils ne contiennent pas de tabac : de petites poches blanches de sels de nicotine, "
     "d'arômes et de fibres végétales, parfois très dosées. Cette brochure, éditée par un centre "
     "de prévention des addictions avec les services de santé scolaire des cantons, explique ce "
     "que contiennent ces produits, comment la nicotine passe par la gencive, les signes d'une "
     "intoxication (nausées, vertiges, palpitations) et d'une dépendance, et le danger pour les "
     "jeunes enfants qui avalent un sachet. Elle présente la nouvelle loi fédérale sur les "
     "produits du tabac et les produits contenant de la nicotine, qui interdit la vente aux "
     "mineurs et encadre la publicité, et donne des pistes pour en parler et des adresses d'aide "
     "à l'arrêt. Les cigarettes électroniques jetables et le tabac chauffé font l'objet d'autres "
     "brochures.",
     ("sachets de nicotine", "snus", "prévention des addictions", "adolescents", "guides"),
     ("CH",), "2024-11"),
    ("gu09", "project", "es",
     "Proyecto: bolsitas de nicotina en escolares de Santiago, encuesta, fiscalización y "
     "prevención",
     "Las bolsitas de nicotina, pequeños sobres que se colocan entre el labio y la encía, se "
     "venden en Chile en botillerías, quioscos, estaciones de servicio y redes sociales, en latas "
     "de colores con sabores a menta, sandía o cola y con concentraciones que el comprador no "
     "siempre conoce. Como no contienen tabaco, su situación frente a la ley del tabaco se "
     "discute. Este proyecto de la secretaría regional ministerial de salud de la Región "
     "Metropolitana, con una universidad y las direcciones de educación de diez comunas, encuesta "
     "a estudiantes de séptimo básico a cuarto medio sobre su uso, compra muestras para medir la "
     "nicotina, fiscaliza la venta a menores de 18 años y forma a profesores, orientadores y "
     "centros de alumnos para prevenir el consumo. Sus resultados servirán para proponer una "
     "norma sobre la venta, el etiquetado y la publicidad de estos productos. El vapeo y el "
     "cigarrillo tradicional se tratan en otros programas.",
     ("bolsitas de nicotina", "nicotina oral", "control del tabaco", "escolares", "proyectos"),
     ("CL",), "2025-06"),
    # --- disposable barbecues (single-use foil-tray barbecues: fires, burns and litter) -----------
    ("gu10", "project", "en",
     "Project: keeping disposable barbecues off the moors and heaths of the Peak District",
     "Single-use barbecues, foil trays of charcoal sold for a few pounds at supermarkets and "
     "petrol stations, are lit every warm weekend on the moors, heaths and reservoir banks of the "
     "Peak District. Left on the ground they scorch the peat and vegetation beneath, and several "
     "moorland wildfires have been traced to them; dumped while still hot they set litter bins "
     "alight, and cold ones leave foil, charcoal and lighter fluid behind. This project, led by "
     "the national park authority with fire and rescue services, landowners, water companies and "
     "neighbouring councils, enforces a public spaces protection order that bans fires and "
     "barbecues on open land, asks shops near the park to stop selling disposable barbecues in "
     "the fire season, installs hot ash bins at car parks and trains rangers and volunteers to "
     "talk to visitors. It counts incidents, fines and sales. Sky lanterns and campfires are "
     "mentioned only as other causes of fires.",
     ("disposable barbecues", "moorland wildfires", "litter", "national parks", "projects"),
     ("GB",), "2024-06"),
    ("gu11", "case-study", "fr",
     "Étude de cas : les barbecues jetables dans la forêt de Fontainebleau, interdiction et "
     "départs de feu",
     "Chaque été, des milliers de promeneurs pique-niquent dans les rochers et les sablières de "
     "la forêt de Fontainebleau, en Seine-et-Marne, et certains allument des barbecues jetables, "
     "ces barquettes d'aluminium garnies de charbon de bois vendues en supermarché. Posés sur la "
     "mousse, les aiguilles de pin ou le sable, ils brûlent le sol, et plusieurs départs de feu "
     "leur ont été attribués pendant les étés secs de 2019, 2020 et 2022. Cette étude de cas, "
     "rédigée par l'établissement qui gère les forêts domaniales avec la préfecture et le service "
     "départemental d'incendie et de secours, décrit l'arrêté qui interdit tout feu et tout "
     "barbecue, y compris jetable, en forêt, les patrouilles à cheval et à vélo, l'information "
     "dans les parkings et les gares, les amendes, et les barbecues jetés encore chauds dans les "
     "poubelles. Elle en tire des leçons pour les autres massifs forestiers d'Île-de-France. Les "
     "feux de camp des grimpeurs ne sont cités qu'en passant.",
     ("barbecues jetables", "départs de feu", "forêts périurbaines", "déchets", "études de cas"),
     ("FR",), "2024-09"),
    ("gu12", "document", "es",
     "Guía: parrillas descartables en playas y parques, brasas enterradas y quemaduras",
     "En el verano uruguayo se venden en supermercados, estaciones de servicio y almacenes de la "
     "costa parrillas descartables: una bandeja de aluminio con carbón y una rejilla, lista para "
     "encender. En las playas de Canelones, Maldonado y Rocha muchas se entierran todavía "
     "calientes en la arena, donde niños y bañistas las pisan descalzos y sufren quemaduras en "
     "las plantas de los pies; otras quedan tiradas en los médanos o prenden fuego a los "
     "contenedores. Esta guía, preparada por el ministerio de ambiente con las intendencias "
     "costeras, la dirección nacional de bomberos y un centro de quemados, explica por qué "
     "conviene no usarlas, dónde están prohibidas por las ordenanzas de playas y áreas "
     "protegidas, cómo apagarlas con agua y dónde tirarlas frías, y propone parrilleros fijos y "
     "colectivos junto a los paradores. Da consejos de primeros auxilios para las quemaduras. Las "
     "fogatas de la Noche de San Juan y los incendios forestales del este del país se tratan en "
     "otras guías.",
     ("parrillas descartables", "quemaduras", "playas", "residuos", "guías"),
     ("UY",), "2024-12"),
    # --- shotgun cartridge wads (plastic wads and spent cartridges of hunting and clay shooting) --
    ("gu13", "dataset", "en",
     "Shotgun wads and spent cartridges on Irish beaches: volunteer counts, 2016-2024",
     "Shotgun cartridges fired at ducks, geese and clays over estuaries and coastal marshes leave "
     "behind the plastic wad, the cup that holds the shot, and the spent case itself. Carried by "
     "rivers and tides, shotgun wads wash up on beaches far from where they were fired, where "
     "they are often mistaken for shells of sea creatures or for bottle tops. This dataset, "
     "compiled by a coastal clean-up charity from the standard beach litter surveys of its "
     "volunteers, gives for each beach and survey the number of plastic wads, fibre wads, spent "
     "cartridge cases and brass heads found per hundred metres, with the date, the length "
     "surveyed and the nearest estuary. Tables compare the winter shooting season with the "
     "summer, and beaches near wildfowling grounds with the others. Notes explain how wads were "
     "identified and counted. Lead shot, fishing weights and the rest of the litter collected are "
     "reported elsewhere.",
     ("shotgun wads", "spent cartridges", "beach litter", "plastic pollution", "datasets"),
     ("IE",), "2025-03"),
    ("gu14", "project", "fr",
     "Projet : des bourres biodégradables pour les chasseurs du bassin d'Arcachon et de "
     "l'estuaire de la Gironde",
     "Sur les plages de la Gironde et des Landes, les ramasseurs bénévoles trouvent chaque hiver "
     "des centaines de bourres de cartouches en plastique, ces petites coupelles qui entourent "
     "les plombs et sont projetées à chaque tir, et des douilles vides. Elles viennent de la "
     "chasse au gibier d'eau dans les marais, les prés salés et les tonnes de l'estuaire et du "
     "bassin d'Arcachon. Ce projet, porté par une association de protection de l'océan avec la "
     "fédération départementale des chasseurs, des armuriers et le parc naturel marin, fait "
     "essayer aux chasseurs des cartouches à bourre de carton, de fibre ou de matière "
     "biodégradable compatibles avec les billes d'acier obligatoires en zone humide, installe des "
     "bacs de collecte des douilles dans les armureries et les ports, et suit le nombre de bourres "
     "ramassées sur dix plages de référence. La grenaille de plomb et les plombs de pêche ne sont "
     "pas l'objet du projet.",
     ("bourres de chasse", "cartouches", "déchets plastiques", "plages", "projets"),
     ("FR",), "2024-10"),
    ("gu15", "need", "es",
     "Necesidad: recoger los tacos y cartuchos de caza que deja el turismo cinegético en los "
     "arrozales de Entre Ríos",
     "Cada temporada llegan a Entre Ríos y Corrientes cazadores del país y del extranjero para la "
     "caza de patos y palomas en arrozales, bañados y lagunas, organizada por cotos y empresas de "
     "turismo cinegético. Una sola jornada puede dejar miles de cartuchos vacíos y de tacos de "
     "plástico, las piezas que separan la pólvora de los perdigones, esparcidos en los campos, los "
     "canales de riego y las orillas, desde donde el agua los arrastra hacia los ríos. La "
     "secretaría de ambiente provincial, con la dirección de recursos naturales, los cotos "
     "habilitados y una universidad, solicita apoyo para exigir a los cotos la recolección de "
     "vainas y tacos, probar cartuchos con tacos biodegradables, organizar puntos de acopio para "
     "reciclar el latón y el plástico, y medir cuántos tacos llegan al río Paraná. La "
     "intoxicación por plomo de las aves acuáticas y el control de las palomas como plaga se "
     "tratan aparte.",
     ("tacos de cartuchos", "cartuchos de caza", "residuos plásticos", "turismo cinegético",
      "necesidades"),
     ("AR",), "2025-01"),
    # --- shops that keep their doors open with the heating or air conditioning on -----------------
    ("gu16", "case-study", "en",
     "Closing the door on wasted cooling: a case study of New York City's open-door rule for shops",
     "On hot days many shops on busy streets used to prop their doors wide open with the air "
     "conditioning running, to draw in passers-by, while the cool air spilled onto the pavement. "
     "A New York City law, passed in 2008 and strengthened in 2015, requires businesses that run "
     "air conditioning to keep their doors and windows onto the street closed, with a warning "
     "first and then fines for repeat offenders. This case study, written by the city's consumer "
     "and worker protection department with an energy research institute, reviews the inspection "
     "sweeps along commercial corridors, the complaints from residents, the warnings and fines "
     "issued, the reaction of retailers who feared losing customers, and measurements of how much "
     "more electricity a shop with an open door uses. It discusses air curtains and automatic "
     "doors as alternatives and the idea of extending the rule to heating in winter. The "
     "lighting of shop windows at night and the energy code for new buildings are outside its "
     "scope.",
     ("open doors", "air conditioning", "shops", "energy efficiency", "case studies"),
     ("US",), "2024-07"),
    ("gu17", "document", "fr",
     "Commerces : fermer la porte quand le chauffage ou la climatisation fonctionne, ce que dit "
     "la réglementation",
     "En France, depuis 2023, un établissement recevant du public qui chauffe ou climatise ses "
     "locaux doit garder fermées les portes donnant sur l'extérieur, sous peine d'une amende "
     "pouvant atteindre 750 euros, puis 1 500 euros en cas de récidive. Ce guide, publié par une "
     "chambre de commerce et d'industrie avec l'agence de la transition écologique, s'adresse aux "
     "commerçants, restaurateurs, boulangers, pharmaciens et gérants de magasins. Il explique à "
     "qui s'applique l'obligation de fermeture des portes, les exceptions (sas, portes à "
     "ouverture automatique, rideaux d'air performants), comment les agents de contrôle la "
     "vérifient et les gains attendus sur la facture : une porte ouverte peut augmenter de moitié "
     "la consommation de chauffage ou de climatisation d'une boutique. Il donne des conseils pour "
     "rester accueillant porte fermée et des exemples de campagnes menées dans des centres-villes. "
     "L'extinction des enseignes lumineuses la nuit fait l'objet d'une autre fiche.",
     ("portes ouvertes", "commerces", "climatisation", "sobriété énergétique", "guides"),
     ("FR",), "2024-05"),
    ("gu18", "dataset", "es",
     "Inspecciones de ahorro energético en comercios de Barcelona: puertas, temperaturas y "
     "escaparates, 2022-2024",
     "Desde agosto de 2022 los comercios, bares, oficinas y demás locales climatizados de España "
     "deben disponer de un sistema de cierre automático de puertas para no dejarlas abiertas con "
     "la calefacción o el aire acondicionado en marcha, no bajar de 27 grados en verano ni subir "
     "de 19 en invierno y apagar los escaparates a partir de las diez de la noche. Este conjunto "
     "de datos, publicado por la agencia de energía del ayuntamiento de Barcelona con el área de "
     "comercio, recoge cada visita de inspección: distrito, tipo de local, si la puerta estaba "
     "abierta o tenía cierre automático, temperatura medida, cartel informativo, escaparate "
     "encendido y requerimiento o sanción. Tablas por barrio y temporada muestran la proporción "
     "de puertas abiertas en los ejes comerciales y su evolución tras las campañas informativas. "
     "El alumbrado público y las terrazas con estufas no se incluyen.",
     ("puertas abiertas", "comercios", "climatización", "ahorro energético",
      "conjuntos de datos"),
     ("ES",), "2025-02"),
    # --- heat cost allocators and individual metering of heating in multi-apartment buildings -----
    ("gu19", "project", "en",
     "Project: paying for heat by consumption in Sarajevo's apartment blocks with heat cost "
     "allocators",
     "Most apartment blocks in Sarajevo are heated by the city's district heating company, and "
     "households have long paid a flat charge per square metre, whatever the temperature they "
     "keep or how many windows they leave open. This project, run by the cantonal energy agency "
     "with the heating company, a development bank and residents' associations, equips 150 "
     "buildings with a heat meter at each building substation, electronic heat cost allocators "
     "read by radio on every radiator and thermostatic radiator valves, after balancing the "
     "heating pipes. Each flat then pays a fixed share for the building and a variable share by "
     "its readings. The project explains the scheme at residents' meetings, handles complaints "
     "from flats on top floors and corners that need more heat, and compares consumption and "
     "bills before and after. The insulation of facades, gas boilers in houses and coal stoves in "
     "the suburbs are covered by other projects.",
     ("heat cost allocators", "heat metering", "apartment buildings", "energy efficiency",
      "projects"),
     ("BA",), "2024-11"),
    ("gu20", "support-source", "fr",
     "Offre : accompagnement gratuit des copropriétés bruxelloises pour installer des "
     "répartiteurs de frais de chauffage",
     "Dans les immeubles à appartements de Bruxelles chauffés par une chaudière collective, les "
     "frais de chauffage sont encore souvent répartis selon la surface ou les quotités de chaque "
     "lot, ce qui n'incite personne à baisser le thermostat. Le service régional d'accompagnement "
     "des ménages en énergie offre aux syndics et aux associations de copropriétaires un "
     "accompagnement gratuit vers l'individualisation des frais de chauffage : visite de "
     "l'immeuble, étude de faisabilité, choix entre compteurs d'énergie thermique par appartement "
     "et répartiteurs de frais de chauffage électroniques posés sur chaque radiateur, pose de "
     "robinets thermostatiques, cahier des charges et comparaison des offres des sociétés de "
     "relevé, explication de la clé de répartition en assemblée générale et aide pour obtenir "
     "les primes énergie. Un conseiller suit les deux premières saisons de chauffe. La rénovation "
     "des façades et le remplacement de la chaudière relèvent d'autres services.",
     ("répartiteurs de frais de chauffage", "individualisation des frais de chauffage",
      "copropriétés", "chauffage collectif", "offres"),
     ("BE",), "2025-03"),
    ("gu21", "event", "es",
     "Jornada: contabilización individual de la calefacción y repartidores de costes en las "
     "comunidades de vecinos",
     "El real decreto de 2020 sobre la contabilización de consumos individuales en las "
     "instalaciones térmicas de los edificios obliga a muchas comunidades de propietarios con "
     "calefacción central a instalar contadores individuales de energía o, cuando no es posible, "
     "repartidores de costes de calefacción en cada radiador, junto con válvulas termostáticas, "
     "con plazos según la zona climática. La jornada, organizada en Valladolid por el ente "
     "regional de la energía de Castilla y León con el colegio de administradores de fincas, "
     "explicará qué edificios están obligados y cuáles quedan exentos por el estudio de "
     "viabilidad, cómo se calculan la parte fija y la parte variable del recibo, la lectura por "
     "radio, la protección de los datos y cómo resolver los conflictos entre los vecinos de los "
     "pisos bajos, los áticos y las esquinas. Varias comunidades que ya los instalaron contarán su "
     "experiencia. La sustitución de las calderas de gasóleo y las redes de calor urbanas se "
     "tratarán en otras jornadas.",
     ("repartidores de costes de calefacción", "contadores individuales", "calefacción central",
      "comunidades de propietarios", "eventos"),
     ("ES",), "2025-04"),
    # --- aircraft auxiliary power units (APU) at the gate, ground power and pre-conditioned air ---
    ("gu22", "support-source", "en",
     "Offer: help for Indian airports to replace aircraft APUs at the gate with ground power and "
     "pre-conditioned air",
     "While an aircraft is parked at the gate, its auxiliary power unit (APU), a small jet engine "
     "in the tail, burns kerosene to supply electricity and cabin air, adding noise, nitrogen "
     "oxides and particles on the apron where ground staff work. Fixed ground power units "
     "delivering 400 Hz electricity and pre-conditioned air from the boarding bridge do the same "
     "job for a fraction of the fuel. Following the civil aviation regulator's circular that "
     "restricts APU use at stands, an airport sustainability programme backed by an international "
     "climate fund offers India's airport operators free help: inventory of stands and APU "
     "running times, design of electric ground power and pre-conditioned air for contact and "
     "remote stands, tariffs to charge airlines, rules on when an APU may be started before "
     "departure, and training of ground handlers. Priority goes to busy regional airports in hot "
     "cities. Aircraft noise, single-engine taxiing and sustainable aviation fuel are outside the "
     "offer.",
     ("auxiliary power units", "ground power", "airport air quality", "aviation emissions",
      "offers"),
     ("IN",), "2025-01"),
    ("gu23", "case-study", "fr",
     "Étude de cas : à Genève Aéroport, les groupes auxiliaires de puissance coupés aux postes de "
     "stationnement",
     "À l'escale, un avion de ligne fait tourner son groupe auxiliaire de puissance (APU), une "
     "petite turbine logée dans la queue, pour produire l'électricité et la climatisation de la "
     "cabine. À Genève Aéroport, en Suisse, ces turbines représentaient une part notable des "
     "oxydes d'azote émis au sol, près des habitants de Meyrin et du Grand-Saconnex. Cette étude "
     "de cas, rédigée par le service environnement de l'aéroport avec l'office cantonal de "
     "l'air, retrace quinze ans d'efforts : alimentation électrique 400 Hz et air préconditionné "
     "sur toutes les passerelles puis sur les postes au large, règlement limitant l'usage de "
     "l'APU à quelques minutes avant le départ et après l'arrivée, contrôles par les agents de "
     "piste, redevance d'émissions, et résultats des mesures de la qualité de l'air. Elle décrit "
     "aussi les réticences des compagnies et le cas des appareils anciens. Le bruit des avions et "
     "l'aviation d'affaires sont traités ailleurs.",
     ("groupes auxiliaires de puissance", "aéroports", "qualité de l'air", "émissions au sol",
      "études de cas"),
     ("CH",), "2024-12"),
    ("gu24", "need", "es",
     "Necesidad: energía en tierra para las aeronaves estacionadas en el aeropuerto de Lima",
     "En las posiciones de estacionamiento del aeropuerto internacional de Lima, muchas aeronaves "
     "mantienen encendida durante toda la escala su unidad de potencia auxiliar (APU), una "
     "pequeña turbina en la cola que quema combustible para dar electricidad y aire acondicionado "
     "a la cabina, y en algunas posiciones se usan además grupos electrógenos diésel móviles. Los "
     "trabajadores de rampa respiran el escape y soportan el ruido, y vecinos del Callao reclaman "
     "por la calidad del aire. La autoridad de aeronáutica civil, con el ministerio del ambiente, "
     "el operador del aeropuerto y los sindicatos de rampa, solicita apoyo para medir las "
     "emisiones en plataforma, dotar las mangas y las posiciones remotas de unidades fijas de "
     "energía de 400 Hz y de aire preacondicionado, fijar un reglamento que limite el uso de la "
     "APU, capacitar al personal de tierra y calcular el ahorro de combustible para las "
     "aerolíneas. El ruido de los despegues y la nueva terminal no forman parte del pedido.",
     ("unidades de potencia auxiliar", "aeropuertos", "calidad del aire", "emisiones",
      "necesidades"),
     ("PE",), "2025-05"),
    # --- destruction of seized drugs (incineration of seized narcotics, cement kilns) -------------
    ("gu25", "case-study", "en",
     "Burning seized cocaine in a cement kiln: a case study from Sri Lanka",
     "In 2019 Sri Lanka held more than 700 kilograms of cocaine seized at Colombo port and at sea, "
     "kept for years in police and court stores as evidence, under constant fear of theft. This "
     "case study, written by the police narcotics bureau with the central environmental "
     "authority and a cement company, describes how the drugs were destroyed in public: the "
     "court orders, the sampling and weighing before witnesses and the media, the transport under "
     "armed escort, and the feeding of the sealed packets into the kiln of the Puttalam cement "
     "works, where temperatures above 1,400 °C destroy the drug completely and leave nothing to "
     "recover. It compares this co-processing with the open burning of cannabis in fields and "
     "with the small incinerators used before, which left smoke and half-burnt drugs. Later "
     "destructions of heroin, cannabis and pharmaceutical tablets are listed. Drug precursor "
     "chemicals and the rehabilitation of drug users are outside its scope.",
     ("seized drugs", "drug destruction", "cement kilns", "co-processing", "case studies"),
     ("LK",), "2024-09"),
    ("gu26", "need", "fr",
     "Besoin : détruire sans polluer les drogues saisies en Côte d'Ivoire",
     "Les saisies de cannabis, de cocaïne, d'héroïne et de comprimés psychotropes détournés se "
     "multiplient au port d'Abidjan, à l'aéroport et aux frontières du nord. Faute de filière, "
     "les stupéfiants saisis s'entassent dans les magasins sous scellés des tribunaux et de la "
     "police, où des vols ont été constatés, puis sont brûlés à ciel ouvert lors de cérémonies "
     "publiques, avec des fumées épaisses et des restes à demi brûlés. Le comité interministériel "
     "de lutte contre les drogues, avec le ministère de l'environnement, la douane et le "
     "laboratoire national de police scientifique, demande un appui pour établir une procédure "
     "d'échantillonnage et de destruction conforme aux décisions de justice, identifier les "
     "cimenteries ou l'incinérateur de déchets dangereux capables de détruire la drogue à haute "
     "température, sécuriser les magasins de scellés et former les agents. Les précurseurs "
     "chimiques et les faux médicaments relèvent d'un autre programme.",
     ("drogues saisies", "destruction des stupéfiants", "incinération", "brûlage à l'air libre",
      "besoins"),
     ("CI",), "2025-03"),
    ("gu27", "dataset", "es",
     "Drogas incautadas e incineradas en Ecuador: cantidades, gestores y métodos de destrucción, "
     "2015-2024",
     "Ecuador incauta cada año decenas de toneladas de cocaína, marihuana y otras sustancias, "
     "sobre todo en los puertos de Guayaquil y en las carreteras de la frontera norte. Este "
     "conjunto de datos, publicado por la fiscalía con la policía antinarcóticos, el ministerio "
     "del ambiente y la secretaría encargada del control de drogas, registra cada destrucción de "
     "drogas incautadas autorizada por un juez: fecha, provincia, sustancia, peso, lugar de "
     "almacenamiento previo, método (coprocesamiento en hornos de cementeras, incineración por "
     "gestores ambientales autorizados o, en los primeros años, quema a cielo abierto), costo y "
     "emisiones medidas cuando las hubo. Notas explican las muestras que se guardan como prueba, "
     "los plazos entre la incautación y la destrucción y los robos de droga almacenada que "
     "llevaron a acortarlos. Los químicos incautados en laboratorios clandestinos y las armas se "
     "registran en otros conjuntos de datos.",
     ("drogas incautadas", "incineración", "coprocesamiento", "destrucción de estupefacientes",
      "conjuntos de datos"),
     ("EC",), "2025-06"),
    # --- toxic gases from mixing bleach with acids, ammonia and other cleaning products ----------
    ("gu28", "dataset", "en",
     "Gases from mixing bleach with other cleaning products: calls to the New South Wales poisons "
     "centre, 2015-2024",
     "Mixing household bleach, a solution of sodium hypochlorite, with an acidic toilet or tile "
     "cleaner releases chlorine gas, and mixing it with ammonia-based glass cleaners or with urine "
     "releases chloramine gases; both irritate the eyes and airways and can cause severe "
     "breathing problems in a closed bathroom. This dataset, compiled by the poisons information "
     "centre of New South Wales, Australia, from its call records, gives by year, age group and "
     "setting (home, workplace, school, swimming pool plant room) the number of calls about "
     "exposure to gases from mixed cleaning products, the products combined, the symptoms "
     "reported and whether the caller was sent to hospital. Tables show the peaks of the 2020 and "
     "2021 lockdowns, when people cleaned and disinfected more, and the cases among cleaners at "
     "work. Notes describe how calls are coded. Swallowed bleach and caustic drain cleaners are "
     "counted in other tables.",
     ("bleach", "chlorine gas", "chloramines", "cleaning products", "datasets"),
     ("AU",), "2025-02"),
    ("gu29", "document", "fr",
     "Fiche : ne jamais mélanger l'eau de Javel avec d'autres produits ménagers",
     "Au Maroc, le centre antipoison reçoit chaque année des centaines d'appels pour des "
     "intoxications par inhalation dues au mélange de l'eau de Javel avec l'esprit de sel (acide "
     "chlorhydrique), un détartrant, un déboucheur ou un produit à base d'ammoniaque, souvent "
     "pour « renforcer » le nettoyage des toilettes, des cuisines et des hammams. Le mélange "
     "dégage du chlore ou des chloramines, des gaz qui provoquent toux, brûlures des yeux et de la "
     "gorge, gêne respiratoire et parfois un œdème pulmonaire. Cette fiche, publiée par le centre "
     "antipoison avec le ministère de la santé, s'adresse aux ménages, aux femmes de ménage et "
     "aux agents d'entretien des écoles et des mosquées. Elle explique pourquoi il ne faut jamais "
     "mélanger les produits, comment utiliser la Javel diluée dans un lieu aéré, que faire en cas "
     "d'inhalation (sortir à l'air libre, appeler le centre antipoison) et comment garder les "
     "produits dans leur emballage d'origine. Les ingestions accidentelles des enfants sont "
     "traitées dans une autre fiche.",
     ("eau de Javel", "mélanges de produits ménagers", "chlore", "intoxications", "guides"),
     ("MA",), "2024-07"),
    ("gu30", "event", "es",
     "Taller: mezclas peligrosas de cloro y otros productos de limpieza para conserjes de "
     "escuelas y hospitales",
     "En Costa Rica el cloro de uso doméstico, una solución de hipoclorito de sodio, se usa a "
     "diario para limpiar escuelas, colegios, clínicas y oficinas, y es frecuente que el personal "
     "lo mezcle con ácido muriático, con limpiavidrios con amoníaco, con desinfectantes o con "
     "detergentes para que «limpie más». Las mezclas liberan cloro gaseoso o cloraminas y han "
     "causado intoxicaciones colectivas en baños cerrados, con personas atendidas en los "
     "servicios de emergencias. El centro nacional de control de intoxicaciones, con el "
     "ministerio de salud y la caja del seguro social, organiza en San José un taller práctico "
     "para conserjes, misceláneos y encargados de limpieza: qué productos nunca mezclar, cómo "
     "leer las etiquetas y los pictogramas, cómo diluir el cloro, la ventilación y el equipo de "
     "protección, y qué hacer ante una exposición. Se entregarán afiches para los cuartos de "
     "limpieza. La desinfección del agua potable y de las piscinas no se tratará.",
     ("cloro", "mezclas de productos de limpieza", "intoxicaciones", "personal de limpieza",
      "eventos"),
     ("CR",), "2025-05"),
)  # fmt: skip
