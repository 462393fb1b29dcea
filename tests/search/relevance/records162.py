"""Clearing-house records of the hundred-and-sixty-second judged relevance set
(tests/search/relevance/queries162.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: radiation protection pages on
the thorium gas mantles of camping lanterns and pressure lamps (an advice note, a document, on the
radioactive mantles of camping lanterns and kerosene pressure lamps for campers, collectors and
outdoor shops, New Zealand; an offer, a support source, to take back the manchons à incandescence au
thorium kept by particuliers, musées and collectionneurs, Switzerland; a need to control the
camisetas con torio of the lámparas a gas and Petromax lamps sold in ferias and ferreterías,
Bolivia); chemicals and product safety pages on non-stick cookware coated with PTFE and other PFAS
(a case study of Minnesota's ban on cookware with intentionally added PFAS, United States; a guide,
a document, to choosing, using and replacing poêles antiadhésives, France; a dataset of tests of the
sartenes antiadherentes, the sartenes de teflón, sold in Chile); health and chemicals pages on the
colour powders of Holi and of colour runs (a project making herbal gulal with women's self-help
groups in Uttar Pradesh, India; a séance d'information, an event, on the poudres colorées of the
courses colorées and fêtes Holi for event organisers, Belgium; a case study of the polvos holi of
the fiestas de pueblo and carreras de colores of a Valencian municipality, Spain); waste pages on
the single-use miniature toiletries of hotels (a dataset of 320 hotels after California's ban on
small plastic bottles, United States; a project replacing the mignonnettes and produits d'accueil of
the hotels of Djerba and Hammamet, Tunisia; an offer, a support source, of refillable dispensers to
replace the amenities de un solo uso of the hotels of Punta Cana, Dominican Republic); health and
energy pages on the medical oxygen plants of hospitals (a project installing and maintaining PSA
oxygen plants in county hospitals, Kenya; a need to repair and maintain the centrales de production
d'oxygène médical of the regional hospitals of Niger; a dataset of the plantas de oxígeno medicinal
of the establecimientos de salud of Peru); health and enforcement pages on illegal cosmetic
injections (a guide, a document, for the public on botox and dermal fillers, Ireland; a case study
of a network of fake injectors of acide hyaluronique dismantled in Île-de-France, France; a project
to detect and treat the victims of the biopolímeros injected in clandestine centros de estética,
Colombia); industrial safety and energy pages on steam boiler explosions and boiler inspection (a
case study of boiler registration and inspection after the Gazipur blast, Bangladesh; a guide, a
document, to preventing explosions of chaudières and générateurs de vapeur in the industries of
Abidjan, Côte d'Ivoire; a jornada, an event, on the seguridad de calderos of laundries, hospitals,
food plants and tanneries, Ecuador); waste and biosecurity pages on the international catering waste
of aircraft and ships (a project sorting international catering waste at Heathrow, United Kingdom; a
dataset of the déchets internationaux of the airports and ports of Québec, Canada; a need to treat
the residuos regulados of the Antarctic cruises and international flights of Ushuaia, Argentina);
occupational health pages on fume events and cabin air on airliners (a dataset of fume events
reported on Australian airliners, Australia; a journée d'étude, an event, on the qualité de l'air en
cabine, the « fume events » and the health of the personnel navigant, Toulouse, France; a case study
of the síndrome aerotóxico and the eventos de humo en cabina reported by sobrecargos, Mexico); and
energy and fire safety pages on fires in rooftop solar photovoltaic systems (an offer, a support
source, of fire safety training for firefighters and a checklist for installers of rooftop solar,
South Africa; a project of fire tests and intervention procedures on the toitures photovoltaïques
for the zones de secours of Wallonie, Belgium; a jornada, an event, on the incendios en
instalaciones fotovoltaicas de autoconsumo and the work of the bomberos, Spain). English, French and
Spanish, 10 records each, every topic written once in each language (different countries, projects
and angles, not translations of one text).

None of records.py, records3.py, ..., records161.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (thorium, thoriated, torio, gas mantle, lantern mantle,
incandescent mantle, Welsbach, camping lantern, pressure lamp, kerosene lamp, Petromax, Coleman,
manchon, manchon à incandescence, lampe à gaz, lampe tempête, lanterne, camiseta, camisa de lámpara,
manguito, farol, sol de noche, radioactive consumer products, radium, NORM; non-stick, nonstick,
PTFE, Teflon, teflón, Tefal, PFOA, GenX, PFAS, fluoropolymer, polymer fume fever, cookware, frying
pan, saucepan, poêle, antiadhésif, revêtement, ustensiles de cuisine, batterie de cuisine, sartén,
antiadherente, olla, budinera, utensilios de cocina; Holi, gulal, abir, colour powder, colour run,
color run, coloured powder, poudre colorée, course colorée, fête des couleurs, polvos holi, polvos
de colores, carrera de colores, fiesta de colores, cornstarch, amidon de maïs, almidón de maíz, dust
explosion, explosion de poussières, explosión de polvo, malachite, rhodamine, rodamina, Formosa;
hotel, hôtel, toiletries, amenities, miniature, hotel soap, shampoo bottle, mignonnette, produits
d'accueil, flacon, monodose, shampooing, savon, productos de cortesía, monodosis, botellita, champú,
dispenser, distributeur, dispensador; medical oxygen, oxygen plant, oxygen concentrator, oxygen
cylinder, pressure swing adsorption, PSA, pulse oximeter, hypoxaemia, oxygène médical, centrale à
oxygène, concentrateur, bouteilles d'oxygène, oxymètre, oxígeno medicinal, planta de oxígeno,
balones de oxígeno, cilindros de oxígeno, oxímetro; dermal filler, filler, botox, botulinum,
hyaluronic acid, hyaluron pen, biopolymer, silicone injection, cosmetic injection, cosmetic
procedure, acide hyaluronique, toxine botulique, produits de comblement, injections esthétiques,
ácido hialurónico, biopolímero, modelantes, alogenosis, metacrilato, PMMA, inyecciones estéticas,
rellenos; boiler, boiler explosion, steam boiler, pressure vessel, boiler inspection, chaudière,
générateur de vapeur, appareils à pression, équipements sous pression, caldera, caldero, generador
de vapor, recipientes sujetos a presión; international catering waste, ICW, cabin waste, galley
waste, in-flight, catering waste, animal by-product, déchets internationaux, déchets de cuisine et
de table, déchets de restauration à bord, ordures de bord, sous-produits animaux, residuos
regulados, residuos de a bordo, residuos de cocina internacional, SANDACH, subproductos animales,
swill, eaux grasses, lavaza; fume event, bleed air, cabin air, aerotoxic, tricresyl phosphate, TCP,
cabin crew, flight attendant, air de la cabine, événement fumée, syndrome aérotoxique, personnel
navigant, hôtesse, síndrome aerotóxico, aire de sangrado, tripulantes de cabina, sobrecargos, engine
oil, huile moteur, aceite de motor; rooftop solar, solar panel, PV, photovoltaic, inverter,
isolator, DC arc, rapid shutdown, firefighter, photovoltaïque, toiture photovoltaïque, panneaux
solaires, onduleur, pompiers, incendie, fotovoltaica, placas solares, paneles solares, autoconsumo,
inversor, bomberos, incendio).

Screened and dropped as covered: explosives precursors (no records page, but the golden pages on
niter, nitroguanidine and dinitrotoluene, which name their use in gunpowder and explosives, could be
judged relevant; and next to the ammonium nitrate storage page q01, the chemical weapons precursors
w04-w06 and the drug precursors cn25-cn27), the theft of catalytic converters (the annex of er19),
continuous emission monitoring systems (no page about them, but the continuous meters of N2O and
HFC-23 that cz18, dr26 and dr27 install or require, and the dioxins measured in continu of eb17,
would have been borderline), mothballs (bp07-bp09), keratin hair straightening (cl01-cl03), black
henna (bi22-bi24), tattoo inks (bo28-bo30), thermal paper (dj04-dj06), fluorinated ski wax
(dn25-dn27), sulphur hexafluoride (bu07-bu09), creosote sleepers (bb13-bb15), leaded aviation fuel,
lead chromate in turmeric (z07-z09), paint strippers, antifouling paints, lead in kohl (bg22-bg24),
lead fishing weights, mercury from crematoria (y28-y30), dental amalgam, mattresses (s28-s30),
disposable nappies (bb16-bb18), chewing gum (cx19-cx21), coffee capsules (cp19-cp21), sky lanterns
and balloon releases (bp25-bp27), mosquito coils (bc19-bc21), hexavalent chromium in cement
(ed01-ed03), isocyanates (dx16-dx18), nail salons (bn25-bn27), leaf blowers (cv07-cv09), road salt
(bm28-bm30), solar water heaters (cf04-cf06), heat pumps, electric cooking and pressure cookers
(cl19-cl21), grain dust explosions (y19-y21), ammonium nitrate storage (q01), methanol in
adulterated alcohol (bc16-bc18), button batteries (bn22-bn24), glue sniffing (db04-db06),
hydrofluoric acid (s26), DNP slimming pills (the golden dinitrophenol page), floating solar,
agrivoltaics (bu19-bu21), green hydrogen, rice husk power, bagasse cogeneration (cz13-cz15),
geothermal power, compressed natural gas vehicles, charging stations, carbon monoxide (cb07-cb09),
leaking tanks of petrol stations (ed22-ed24), fracking, gas flaring, orphan wells (dv01-dv03), fuel
theft from pipelines (dp01-dp03), hazardous chemicals sold online (eb13), radiation portal monitors
(named by the orphan source pages cd01-cd03) and pharmaceutical factory effluent (v10), besides the
topics of sets 42 to 161 and those their docstrings list as covered; screened with no or passing
hits but not chosen: scented candles (no hit, but next to the incense pages cj07-cj09 and the
désodorisants of bp08), eggs of backyard hens (no hit, nearer the food engineers' area and next to
the fipronil eggs bi04-bi06), the persulfate asthma of hairdressers (no hit, but next to the keratin
pages cl01-cl03), donations of medical equipment (no hit, but a second hospital equipment topic
beside medical oxygen), the accidents of biogas plants (the digester explosion at Jay named by
dh13). The colour powders of Holi festivals and colour runs had been screened by set 150 (no hit)
and not chosen for their few French-language pages; they are chosen here, with the courses colorées
of Belgium as the French page.

One earlier record is judged relevant in part (1). The solar power project for rural health centres
of Uganda (cr25), whose title ends "and oxygen" and which powers oxygen concentrators beside vaccine
refrigerators and lights, names medical oxygen among several services: it is judged 1 to the plain
medical oxygen queries (oxygène médical, and the oxígeno medicinal side of "oxígeno medicinal OR
inyecciones estéticas") and 0 to those that ask for oxygen plants, for needs, for Kenya or for PSA
plants, since it installs no oxygen plant. All the other hits are passing or about other things,
judged 0: the negative-ion products (ey10-ey12), which contain monazite and thorium and carry the
subject radioactive consumer products, the thorium-bearing residues of the rare earth plant (dr04),
the ionisation smoke alarms, some with radium (eu01-eu03), the orphan sources (cd01-cd03), the solar
lanterns that replace paraffin and kerosene lamps (ch01-ch03), the lampes à pétrole sous pression
replaced by solar lamps in the light fishing of Lake Tanganyika (fi11), the kerosene heaters
(ga07-ga09) and the LPG cylinder depots (i19-i21), no gas mantle; the PFAS pages (n23, q19-q21), the
fluorinated ski wax (dn25-dn27), the HFC-23 of HCFC-22 plants, whose dr26 names PTFE as a product of
HCFC-22 (dr25-dr27), the PFAS found in paper straws (dj10), the lead of artisanal aluminium
cookware, whose bl30 names ollas y sartenes (bl28-bl30), the bamboo-melamine tableware (bl17) and
the poêles à pétrole and poêles à granules, which are stoves (ga08, dd17), no non-stick pan; the
grain dust explosions (y19-y21), the talc page that names cornstarch (fc25), the festival glitter
(ct28-ct30), the fireworks (u19-u21), the lead chromate in turmeric (z07-z09), the kohl (bg22-bg24)
and the borax page that tests rhodamine B in food (eh16), no Holi colour; the ecolabel of the hotels
of Djerba, Hammamet and Sousse (by17), the Legionella in hotels (bp16-bp18), the microfibre filters
of the laundries of Benidorm's hotels (ch27), the microbeads in toiletries (ba16-ba18), the plastic
straws and popotes of restaurants and palapas (dj10-dj12) and the patio heaters of cafés and hotels
(ge02), no hotel toiletries; the Hospital Safety Index that names oxygen tanks and oxygen plants in
passing (fr22), the safe hospitals project that anchors cilindros de oxígeno (fr24), the oxygen
cylinders brought down from Everest (ej10), the pressure swing adsorption of biomethane upgrading
(ej16), the oxygen generators of dismantled aircraft (cz22) and the pulse co-oximeters of the carbon
monoxide need (cb09), no oxygen plant; the illegal tooth whitening pages (fo16-fo18), whose fo16
leaves dermal fillers aside, the counterfeit cosmetics (fk25-fk27), the skin-lightening creams
(p01-p03), the tattoo inks (bo28-bo30), the eyelash extensions (ge10-ge12), the sunbeds (ey07-ey09)
and the avian botulism pages, with their Clostridium botulinum (ca13-ca15), no cosmetic injection;
the heating oil boilers (fc19-fc21), the solar steam of tea factories and dairies (fk13-fk15), the
bagasse boilers (cz13-cz15), the energy audits with their steam traps and calderos (dn07-dn09), the
boilers of energy performance contracts (dv16-dv18) and the mercury emissions of industrial boilers
(q05), no boiler explosion; the port reception facilities for ship-generated waste (cl25-cl27),
whose cl25 names the handling of international catering waste under quarantine rules in a list of
tasks and cl26 the ordures de bord, the fallen stock and other animal by-products (en07-en09,
ep16-ep18, er22-er24), the African swine fever pages (bn13-bn15), the dismantling of aircraft
(cz22-cz24), the de-icing fluids of airports (cz01-cz03), the cruise ships of Bora Bora (co26) and
the expedition waste of Everest (ej10), no international catering waste; the aircraft noise pages
(eu22-eu24), the laser pointers aimed at aircraft (ey04-ey06), the wildlife hazards of airports
(em28, em29), the contrails (df10-df12), the aviation fuel pages (ch28-ch30), the counterfeit engine
oil (fw22-fw24) and the used oil filters (fo04-fo06), no fume event; and the solar panel waste
(u01-u03), the balcony solar kits (fw25-fw27), the solar carports (ef16-ef18), the agrivoltaics
(bu19-bu21), the grid batteries of South Australia, La Réunion and Chile with their fire safety
rules (dl13-dl15), the lithium battery fires in waste (ef07-ef09), the combustible cladding
(ga10-ga12), whose ga12 leaves the placas solares de las cubiertas out, the citizen renewable energy
guide (cr23) and the autoconsumo of churches (dx09), no fire of a rooftop solar system.

records158.py, records159.py, records160.py and records161.py (ids gi01..gi30, gj01..gj30,
gk01..gk30 and gl01..gl30), the four files of the last round, were searched like the others: their
only hits on this set's words are the manchons de compression and the capteurs d'oxymétrie
reprocessed by gi11, the cabines de bronzage of gi17, the fish processing by-products of the fish
leather pages (gk16-gk18), the panneaux solaires of the atmospheric water generators of gl05, the
placas solares named in passing by the windcatcher guide gl15 and the oxygen profiles of the
underwater gliders (gl10-gl12); none of their records answers a query of this set. records163.py,
records164.py and records165.py (ids gn01..gn30, go01..go30 and gp01..gp30), written at the same
time by other engineers on biodiversity, on agriculture, fisheries, forestry, food and land, and on
water, oceans and coasts, climate adaptation, cities, disasters and capacity building, are not part
of this set's pool, and no query of this set was judged against them. Once records165.py appeared,
while this set was being finished, it was searched for this set's words only to check that no topic
is shared, and none is: its topics are water, ocean, coast, disaster and awareness topics (from
voluntary observing ships, hurricane hunters and iron removal to emergency telephone numbers, photo
contests and World Toilet Day), and its only hits are the fire services, incendios and incendies de
marchés of the emergency number pages, the reconnaissance aircraft of the hurricane hunters and the
cabines of the toilet day case study; records163.py and records164.py had not appeared.

Traps: the smoke detectors, the kerosene pressure lamps and the radioactive consumer goods of gm01
(0 to ionisation smoke alarms, kerosene lamps and negative-ion products); the réverbères, the
chalets d'alpage, the déchets radioactifs, the montres à cadran au radium and the détecteurs de
fumée ioniques of gm02 (0 to radioactive waste and smoke alarms); the lámparas a kerosene, the
fogón, the aduana, the lámparas solares, the garrafas de gas and the monóxido de carbono of gm03 (0
to solar lanterns, LPG cylinders and carbon monoxide); the PFAS in drinking water, the firefighting
foam, the pet birds and the cast iron of gm04 (0 to PFAS in water and firefighting foams); the
polluants éternels, the usines, the perruches, the déchèterie and the pollution des eaux au sud de
Lyon of gm05 (0 to PFAS in water and to stoves); the ollas, the ferias, the «ecológica» labels and
the migración de aluminio of gm06 (0 to aluminium cookware and greenwashing); the lead oxide, the
chromium, the mica, the talc, the turmeric, the temple flowers, the dye factories and the Ganges of
gm07 (0 to talc, lead in spices, mica and textile dyeing); the explosion de poussières, the parc
aquatique de Taïwan, the feux d'artifice, the fumigènes and the avaloirs of gm08 (0 to grain dust
explosions and fireworks); the fiestas patronales, the conjuntivitis, the petardos and mascletàs of
gm09 (0 to fireworks); the homeless shelters, the razors, toothbrushes and shower caps, the plastic
bags, straws and takeout containers of gm10 (0 to plastic straws and bags); the décharge de Djerba,
the savonneries à l'huile d'olive, the savons refondus and the bouteilles d'eau of gm11 (0 to
landfills, olive mill wastewater and drinking water bottles); the jabones reciclados, the
comunidades sin saneamiento, the vasos and pajillas of the bares de playa of gm12 (0 to straws and
sanitation); the pneumonia, the cylinders, the pulse oximeters, the solar panels, the power cuts,
the health-care waste and the vaccine cold chain of gm13 (0 to solar power for health facilities,
load-shedding, health-care waste and rooftop solar fires); the groupes électrogènes, the poussière,
the concentrateurs, the énergie solaire and the incinérateurs of gm14 (0 to diesel generators,
health-care waste and rooftop solar fires); the COVID-19, the empresas, the tanque criogénico, the
concentradores, the camas de cuidados intensivos and the ventiladores of gm15 (0 to cryogenics and
to health services in general); the hotel rooms, the falsified products, the tattoos, the teeth
whitening and the cosmetic surgery abroad of gm16 (0 to hotel toiletries, tattoo inks, tooth
whitening and falsified medicines); the produits contrefaits, the centre antipoison, the implants
mammaires and the produits éclaircissants of gm17 (0 to counterfeit cosmetics and skin-lightening
creams); the silicona líquida industrial, the aceites minerales, the peluquerías, the daño renal and
the cirugías estéticas of gm18 (0 to hairdressers and chronic kidney disease); the parboiled paddy
of the rice mills, the dye baths, the fire exits and the building collapses of gm19 (0 to parboiled
rice, textile dyeing and building safety); the huileries, the savonneries, the cacao and the
anacarde, the coques de noix, the fumées des cheminées and the fuites d'ammoniac des chambres
froides of gm20 (0 to cocoa and cashew processing and ammonia refrigeration); the hoteles, the
curtiembres, the extractoras de palma, the combustible and the emisiones de las chimeneas of gm21 (0
to hotel toiletries, tanneries and palm oil mill effluent); the foot-and-mouth disease, the African
swine fever, the deep landfill and the airport's de-icing fluids of gm22 (0 to African swine fever
and de-icing fluids); the maladies animales, the ravageurs des végétaux, the navires de croisière,
the eaux usées and the eaux de ballast of gm23 (0 to ballast water and cruise tourism); the fiebre
aftosa, the peste porcina africana, the plagas, the incinerador, the aguas de sentina and the bases
antárticas of gm24 (0 to African swine fever, bilge water and Antarctic waste); the
organophosphates, the oxygen masks, the smoking on board, the fires and the aircraft noise of gm25
(0 to organophosphate pesticides, medical oxygen and aircraft noise); the accident du travail, the
bureau d'enquêtes, the bruit des aéroports and the rayonnements cosmiques of gm26 (0 to aircraft
noise); the seguro social, the mascarillas de oxígeno, the tabaco and the ruido de los aeropuertos
of gm27 (0 to medical oxygen, tobacco and aircraft noise); the load-shedding, the lithium batteries,
the recycling of old panels and the theft of solar panels of gm28 (0 to load-shedding, battery
fires, solar panel waste and metal theft); the hangars agricoles, the mousse of the jets, the
batteries domestiques and the recyclage des panneaux of gm29 (0 to firefighting foams, battery fires
and solar panel waste); and the granjas, the baterías, the humos tóxicos, the seguros, the grandes
plantas solares en suelo and the reciclaje de los paneles of gm30 (0 to battery fires and solar
panel waste).

For the country and exclusion queries: gm01 names no country in its text, and its country code gives
New Zealand; gm02 names only Switzerland; gm03 only Bolivia (La Paz, El Alto, Cochabamba, Potosí);
gm04 only the United States (Minnesota); gm05 only France (and Lyon); gm06 only Chile; gm07 only
India (Uttar Pradesh, Lucknow, Mathura, Vrindavan, Varanasi, the Ganges); gm08 Belgium (Namur) and,
for the 2015 explosion, Taiwan; gm09 only Spain (the province of Valencia); gm10 only the United
States (California); gm11 Tunisia (Djerba, Hammamet) and a European cooperation; gm12 only the
Dominican Republic (Punta Cana, Bávaro); gm13 only Kenya (Nairobi); gm14 only Niger (Maradi, Zinder,
Tahoua, Agadez, Dosso, Niamey); gm15 only Peru; gm16 only Ireland; gm17 only France (Île-de-France);
gm18 only Colombia (Bogotá, Cali, Medellín); gm19 only Bangladesh (Gazipur, Narayanganj); gm20 only
Côte d'Ivoire (Abidjan); gm21 only Ecuador (Guayaquil, Quito); gm22 only the United Kingdom
(Heathrow); gm23 only Canada (Québec, Montréal, Sept-Îles); gm24 names only Ushuaia and the
Antarctic, and its country code gives Argentina; gm25 only Australia; gm26 names only Toulouse,
whose country code gives France; gm27 only Mexico; gm28 only South Africa; gm29 names only Wallonie,
whose country code gives Belgium; gm30 only Spain (Zaragoza). Among these records, New Zealand is
the country of gm01 only, Bolivia of gm03 only, Chile of gm06 only, India of gm07 only, Tunisia of
gm11 only, Kenya of gm13 only, Ireland of gm16 only, Colombia of gm18 only, Bangladesh of gm19 only,
Côte d'Ivoire of gm20 only, Argentina of gm24 only, Canada of gm23 only, Australia of gm25 only,
Mexico of gm27 only, Belgium of gm08 and gm29, France of gm05, gm17 and gm26, Spain of gm09 and gm30
and the United States of gm04 and gm10. The words "hotel toiletries" are written by gm10 only (gm11
writes produits d'accueil and mignonnettes, gm12 amenities); "syndrome aérotoxique" by gm26 only
(gm25 writes aerotoxic syndrome, gm27 síndrome aerotóxico); "residuos regulados" by gm24 only (gm22
writes international catering waste, gm23 déchets internationaux). Letters: the gas mantles of gm01,
the manchons à incandescence of gm02 and the camisetas of gm03 are the fabric mantles that glow in
gas and pressure lamps; the non-stick cookware of gm04, the poêles antiadhésives of gm05 and the
sartenes antiadherentes or de teflón of gm06 are pans coated with PTFE; the gulal of gm07, the
poudres colorées of gm08 and the polvos holi of gm09 are the coloured powders of Holi and of colour
runs; the miniature toiletries of gm10, the mignonnettes and produits d'accueil of gm11 and the
amenities of gm12 are the small bottles of hotel bathrooms; the PSA oxygen plants of gm13, the
centrales de production d'oxygène médical of gm14 and the plantas de oxígeno medicinal of gm15 are
the plants that make medical oxygen from the air in hospitals; the botox and dermal fillers of gm16,
the injections d'acide hyaluronique of gm17 and the biopolímeros of gm18 are cosmetic injections
given outside the law; the boilers of gm19, the chaudières and générateurs de vapeur of gm20 and the
calderos of gm21 are steam boilers that can explode; the international catering waste of gm22, the
déchets internationaux of gm23 and the residuos regulados of gm24 are the food waste landed from
international aircraft and ships; the fume events of gm25, the « événements fumée » of gm26 and the
eventos de humo en cabina of gm27 are leaks of engine oil fumes into the cabin air of airliners; and
the rooftop solar fires of gm28, the incendies des toitures photovoltaïques of gm29 and the
incendios de placas solares of gm30 are fires of solar photovoltaic systems on roofs. The golden
files name none of them (their "lantern" is the gas street lanterns near which plants first showed
the effect of ethylene, their "hotel" the hotel and catering sector of an economics record and the
resorts of a golf cart record, their "injection" the ways a drug is given and a lidocaine injection
in a rat study, and their "oxygen", "cosmetics" and "boiler" the uses and properties of molecules).

Ids (gm01..gm30) collide with none of the earlier records files' (a1..h5, n01..n47, ..., gh01..gh30,
gi01..gi30, gj01..gj30, gk01..gk30, gl01..gl30), and no earlier id starts with "gm".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- thorium gas mantles of camping lanterns and pressure lamps -------------------------------
    ("gm01", "document", "en",
     "Radioactive gas lantern mantles: advice for campers, collectors and outdoor shops",
     "The mantles of camping lanterns and of some kerosene pressure lamps are small fabric socks "
     "that glow white when heated by the flame. Many were, and some cheap imported ones still "
     "are, impregnated with thorium nitrate, because thorium oxide gives a bright light. Thorium "
     "is naturally radioactive: a single mantle gives a tiny dose, but a burnt mantle becomes "
     "brittle and crumbles into an ash that should not be breathed or swallowed. This advice "
     "note, published by the national office of radiation safety, explains how to tell thoriated "
     "mantles from the yttrium-based ones now sold by most brands, why children should not play "
     "with them, how to change a mantle outdoors and wash hands afterwards, and how to throw away "
     "a few used mantles with household rubbish. It adds advice for collectors of old lanterns "
     "who keep boxes of spare mantles and for outdoor shops checking imported stock. Smoke "
     "detectors and other radioactive consumer goods have their own pages.",
     ("gas mantles", "thorium", "camping lanterns", "radiation protection", "guidance"),
     ("NZ",), "2024-10"),
    ("gm02", "support-source", "fr",
     "Offre : reprise gratuite des manchons à incandescence au thorium conservés par les "
     "particuliers, les musées et les collectionneurs",
     "Les manchons à incandescence des lampes à gaz, des lanternes de camping et des anciens "
     "réverbères étaient imprégnés de nitrate de thorium, un élément radioactif qui rend la "
     "lumière plus blanche. Dans les caves, les greniers, les chalets d'alpage et les brocantes "
     "de Suisse dorment encore des boîtes de manchons thoriés, parfois par centaines chez "
     "d'anciens quincailliers ou chez les collectionneurs de lampes. L'office fédéral chargé de "
     "la radioprotection propose aux particuliers, aux musées et aux associations de "
     "collectionneurs de les reprendre gratuitement : il suffit de signaler les objets, qui sont "
     "mesurés, emballés et acheminés vers le centre fédéral de collecte des déchets radioactifs. "
     "L'offre comprend une fiche pour reconnaître les manchons au thorium (marque, âge, mesure au "
     "radiamètre), des conseils pour manipuler sans en inhaler la poussière les manchons usagés, "
     "qui s'effritent, et une ligne de conseil téléphonique. Les montres à cadran au radium et "
     "les détecteurs de fumée ioniques font l'objet d'une campagne distincte.",
     ("manchons à incandescence", "thorium", "déchets radioactifs", "radioprotection", "offres"),
     ("CH",), "2025-01"),
    ("gm03", "need", "es",
     "Necesidad: controlar las camisetas con torio de las lámparas a gas que se venden en ferias "
     "y ferreterías de Bolivia",
     "En comunidades rurales del altiplano y de los valles de Bolivia, donde la red eléctrica no "
     "llega o falla, muchas familias, tiendas y puestos de feria se alumbran con lámparas a gas "
     "licuado o lámparas a kerosene de presión, las llamadas Petromax. Su luz la da una camiseta, "
     "una pequeña malla de tela que se pone incandescente. Buena parte de las camisetas "
     "importadas sin marca contiene torio, un elemento radiactivo; al romperse sueltan un polvo "
     "que los niños tocan y que se barre junto al fogón. El instituto boliviano de ciencia y "
     "tecnología nuclear solicita apoyo para medir la radiactividad de las camisetas vendidas en "
     "ferias y ferreterías de La Paz, El Alto, Cochabamba y Potosí, capacitar a la aduana para "
     "detectarlas, preparar una norma de etiquetado, difundir consejos en castellano, aymara y "
     "quechua y promover camisetas sin torio y lámparas solares. Las garrafas de gas y las "
     "intoxicaciones por monóxido de carbono quedan fuera.",
     ("camisetas para lámparas", "torio", "radiactividad", "productos de consumo", "necesidades"),
     ("BO",), "2025-04"),
    # --- non-stick cookware coated with PTFE and other PFAS ---------------------------------------
    ("gm04", "case-study", "en",
     "Taking PFAS out of the kitchen: a case study of Minnesota's ban on non-stick cookware with "
     "intentionally added PFAS",
     "Most non-stick frying pans, saucepans and baking trays are coated with "
     "polytetrafluoroethylene (PTFE), a fluoropolymer long made with PFOA, and these coatings "
     "belong to the family of per- and polyfluoroalkyl substances (PFAS). Since 1 January 2025 "
     "Minnesota has banned the sale of cookware with intentionally added PFAS, one of the first "
     "states to do so. This case study, written by the state pollution control agency with a "
     "university law clinic, follows how retailers pulled Teflon-type pans from their shelves, "
     "how manufacturers challenged the law in court, how the agency organised the reporting of "
     "PFAS in products and how shoppers turned to cast iron, stainless steel and ceramic sol-gel "
     "coatings. It also reports tests of pans labelled PFOA-free that still contained PTFE, and "
     "the polymer fume fever and pet bird deaths caused by overheated pans. PFAS in drinking "
     "water and in firefighting foam are dealt with on other pages.",
     ("non-stick cookware", "PFAS", "PTFE", "product bans", "case studies"),
     ("US",), "2025-07"),
    ("gm05", "document", "fr",
     "Poêles antiadhésives : guide pour choisir, utiliser et remplacer les ustensiles de cuisson "
     "revêtus",
     "La plupart des poêles, casseroles, moules et plaques antiadhésifs sont revêtus de "
     "polytétrafluoroéthylène (PTFE), un polymère fluoré de la famille des PFAS, les « polluants "
     "éternels ». L'acide perfluorooctanoïque (PFOA) longtemps utilisé pour le fabriquer est "
     "interdit depuis 2020, mais d'autres substances fluorées sont encore émises par les usines, "
     "et la loi française de 2025 visant à protéger la population des PFAS a exclu les ustensiles "
     "de cuisine de ses interdictions. Ce guide, publié par l'institut national de la "
     "consommation avec l'agence sanitaire, explique ce que valent les mentions « sans PFOA », "
     "pourquoi il ne faut pas chauffer une poêle vide à feu vif (au-delà de 260 °C, les fumées du "
     "revêtement donnent la fièvre des polymères et tuent les perruches et autres oiseaux de "
     "cage), quand jeter une poêle rayée et quelles solutions existent : fonte, acier, inox, "
     "revêtements céramiques. Il rappelle que les poêles usagées vont en déchèterie avec les "
     "métaux. La pollution des eaux au sud de Lyon est traitée ailleurs.",
     ("poêles antiadhésives", "PFAS", "PTFE", "ustensiles de cuisine", "guides"),
     ("FR",), "2025-05"),
    ("gm06", "dataset", "es",
     "Ensayos de sartenes antiadherentes vendidas en Chile: recubrimientos, PFOA y desgaste, "
     "2023-2024",
     "Las sartenes, ollas y budineras antiadherentes, que en Chile muchos llaman «de teflón», "
     "llevan un recubrimiento de politetrafluoroetileno (PTFE) o, cada vez más, de cerámica. Este "
     "conjunto de datos, publicado por el servicio nacional del consumidor con el laboratorio de "
     "una universidad, reúne los ensayos de 48 modelos comprados en supermercados, multitiendas, "
     "ferias y tiendas en línea: tipo de recubrimiento declarado y real, presencia de flúor, "
     "contenido de PFOA y de otros PFAS, espesor, resistencia al rayado con utensilios metálicos, "
     "temperatura a la que el recubrimiento empieza a humear y desprendimiento tras 2.000 ciclos "
     "de uso y lavado. Cada ficha indica el precio, el país de origen y si la etiqueta decía "
     "«libre de PFOA» o «ecológica» sin respaldo. Incluye una encuesta sobre cuándo los hogares "
     "botan una sartén gastada. La migración de aluminio de las ollas sin recubrimiento no forma "
     "parte de los datos.",
     ("sartenes antiadherentes", "PFAS", "teflón", "seguridad de productos", "conjuntos de datos"),
     ("CL",), "2024-11"),
    # --- Holi colour powders and the coloured powders of colour runs ------------------------------
    ("gm07", "project", "en",
     "Safe colours for Holi: a project making herbal gulal with women's self-help groups in Uttar "
     "Pradesh",
     "Every spring, millions of people in India throw and smear coloured powders, gulal and abir, "
     "during Holi. Many cheap Holi colours sold at street stalls are made from industrial dyes "
     "such as malachite green and rhodamine B, mixed with lead oxide, chromium compounds, mica, "
     "powdered glass or talc, and eye injuries, skin rashes and asthma attacks follow the "
     "festival each year. This project, run by the state rural livelihoods mission with a "
     "toxicology research institute in Lucknow, trains women's self-help groups in Mathura, "
     "Vrindavan and Varanasi to make herbal gulal from marigold and rose petals collected at "
     "temples, beetroot, turmeric, spinach and arrowroot flour. It tests batches for heavy "
     "metals, designs labels and sells through government shops and fairs. It also compares "
     "hospital records of Holi injuries before and after the campaign. The wastewater of dye "
     "factories and the flowers thrown into the Ganges are covered by other projects.",
     ("Holi colours", "gulal", "toxic dyes", "women's self-help groups", "projects"),
     ("IN",), "2025-02"),
    ("gm08", "event", "fr",
     "Séance d'information : poudres colorées, courses des couleurs et fêtes Holi, les règles de "
     "sécurité pour les organisateurs",
     "Les courses colorées, « color runs » et fêtes Holi attirent chaque été des milliers de "
     "participants en Belgique, qui se lancent des poudres de couleur, le plus souvent de "
     "l'amidon de maïs teinté. Ces nuages de poudre irritent les yeux et les voies respiratoires, "
     "peuvent déclencher des crises d'asthme chez les enfants et, au contact d'une flamme, "
     "provoquer une explosion de poussières, comme celle qui fit quinze morts et des centaines de "
     "brûlés lors d'une fête dans un parc aquatique de Taïwan en 2015. La séance, organisée à "
     "Namur par le service public fédéral de la santé publique avec les services d'incendie et "
     "les fédérations d'organisateurs d'événements, présentera le statut des poudres (jouets, "
     "cosmétiques ou articles de fête), l'étiquetage, les quantités lancées, l'interdiction de "
     "fumer et de toute flamme près des zones de lancer, les masques et lunettes proposés au "
     "public et le nettoyage des pelouses et des avaloirs. Les feux d'artifice et les fumigènes "
     "des supporters sont traités dans une autre séance.",
     ("poudres colorées", "courses colorées", "explosion de poussières", "sécurité des événements",
      "événements"),
     ("BE",), "2025-04"),
    ("gm09", "case-study", "es",
     "Polvos holi en fiestas de pueblo y carreras de colores: estudio de caso de un municipio "
     "valenciano",
     "Desde hace una década, las fiestas patronales, las carreras solidarias de colores y las "
     "fiestas de fin de curso de muchos pueblos españoles incluyen lanzamientos de polvos holi, "
     "polvos de colores hechos con almidón de maíz y colorantes. En 2023, en un municipio de la "
     "provincia de Valencia, varios niños acabaron en urgencias con conjuntivitis y crisis de "
     "asma tras una fiesta de colores en el polideportivo, y el ayuntamiento suspendió las "
     "siguientes. Este estudio de caso, redactado por el centro de salud pública de la comarca "
     "con el ayuntamiento y la asociación de madres y padres, reconstruye lo ocurrido: polvos "
     "comprados por internet sin etiquetado en castellano, bolsas que se vaciaban a la cara, un "
     "recinto cerrado y ninguna norma municipal. Describe la ordenanza posterior: solo polvos con "
     "ficha de datos de seguridad, lanzamientos al aire libre y a la altura del pecho, gafas para "
     "los menores y limpieza de los restos antes de la lluvia. Los petardos y las mascletàs de "
     "las fiestas no se tratan.",
     ("polvos holi", "carreras de colores", "fiestas populares", "salud infantil",
      "estudios de caso"),
     ("ES",), "2024-06"),
    # --- single-use miniature toiletries of hotels ------------------------------------------------
    ("gm10", "dataset", "en",
     "Hotel toiletries after California's ban on small plastic bottles: a survey of 320 hotels, "
     "2023-2025",
     "Since January 2024 large hotels in California, and since January 2025 smaller ones, may no "
     "longer give guests shampoo, conditioner, lotion or body wash in small plastic bottles, the "
     "miniature toiletries long placed in every hotel bathroom. This dataset, assembled by the "
     "state recycling agency with a lodging association and a university hospitality school, "
     "reports for 320 hotels, motels and vacation rentals the replacement chosen (wall-mounted "
     "pump dispensers, refillable bottles, larger bottles, paper or aluminium packaging), the "
     "number of miniature bottles avoided per room and year, the volume of product used, "
     "housekeeping time, guest complaints about hygiene and tampering, and what became of "
     "leftover stocks of minis, many donated to homeless shelters. It also records which hotels "
     "still hand out single-use razors, toothbrushes and shower caps on request. The plastic "
     "bags, straws and takeout containers of hotel restaurants are outside its scope.",
     ("hotel toiletries", "miniature bottles", "single-use plastics", "hospitality", "datasets"),
     ("US",), "2025-06"),
    ("gm11", "project", "fr",
     "Hôtels sans mignonnettes : un projet pour remplacer les produits d'accueil à usage unique à "
     "Djerba et Hammamet",
     "Dans les hôtels balnéaires tunisiens, chaque nuitée laisse dans la salle de bains des "
     "mignonnettes de shampooing, de gel douche et de lait corporel, des savonnettes emballées, "
     "des bonnets de douche et des kits dentaires, soit des millions de petits flacons en "
     "plastique par saison, que la décharge de l'île de Djerba ne peut plus absorber. Ce projet, "
     "mené par l'office national du tourisme avec la fédération hôtelière, l'agence de gestion "
     "des déchets et une coopération européenne, accompagne quarante hôtels de Djerba et de "
     "Hammamet dans le remplacement de ces produits d'accueil par des distributeurs rechargeables "
     "fixés au mur, l'achat en vrac auprès de savonneries locales à l'huile d'olive et la remise "
     "des kits seulement sur demande. Il mesure les flacons évités, les coûts et l'avis des "
     "clients, forme le personnel d'étage au remplissage hygiénique et collecte les savons "
     "entamés pour une association qui les refond. Les bouteilles d'eau en plastique des chambres "
     "font l'objet d'un volet distinct.",
     ("produits d'accueil", "hôtellerie", "plastiques à usage unique", "tourisme durable",
      "projets"),
     ("TN",), "2024-09"),
    ("gm12", "support-source", "es",
     "Oferta: dispensadores recargables y asesoría para eliminar las amenities de un solo uso en "
     "hoteles de Punta Cana",
     "Los hoteles todo incluido de Punta Cana y Bávaro reponen cada día en sus habitaciones "
     "botellitas de champú, acondicionador, gel de baño y crema, jabones envueltos, gorros de "
     "ducha y costureros: las amenities, o productos de cortesía, que terminan casi enteras en la "
     "basura. Una empresa dominicana de productos de higiene, con el clúster turístico de la zona "
     "y una fundación ambiental, ofrece a los hoteles un paquete para sustituirlas: dispensadores "
     "recargables antirrobo para la ducha y el lavamanos, productos a granel con recarga en "
     "circuito cerrado, capacitación de las camareras de piso, carteles para los huéspedes en "
     "español, inglés y francés y un informe trimestral del plástico evitado. Los primeros veinte "
     "hoteles pagan solo la mitad del equipo. La oferta también recoge los jabones usados para "
     "reciclarlos y donarlos a comunidades sin saneamiento. No incluye los vasos ni las pajillas "
     "de los bares de playa, que cubre otro programa.",
     ("amenities", "hoteles", "plásticos de un solo uso", "turismo", "ofertas"),
     ("DO",), "2025-02"),
    # --- medical oxygen plants (PSA oxygen generators) of hospitals -------------------------------
    ("gm13", "project", "en",
     "Oxygen for every county hospital: a project installing and maintaining PSA oxygen plants in "
     "Kenya",
     "Children with pneumonia, newborns, mothers after haemorrhage and surgical patients die when "
     "a hospital runs out of medical oxygen. Many Kenyan county hospitals depended on cylinders "
     "trucked from Nairobi, and shortages were severe during the COVID-19 pandemic. This project, "
     "run by the health ministry with county governments, a global health partnership and a "
     "university's biomedical engineering department, installs pressure swing adsorption (PSA) "
     "plants that concentrate oxygen from the air, pipes it to the wards, fills cylinders for "
     "smaller health centres and supplies pulse oximeters so that staff detect low blood oxygen "
     "(hypoxaemia). It trains biomedical technicians, keeps a pool of spare parts, tests purity "
     "and monitors each plant's output and downtime with remote sensors. Where power cuts are "
     "frequent, solar panels and batteries run the compressors, and the electricity cost of each "
     "cubic metre is tracked. Health-care waste and the vaccine cold chain are covered by other "
     "programmes.",
     ("medical oxygen", "PSA oxygen plants", "hospitals", "pneumonia", "projects"),
     ("KE",), "2024-08"),
    ("gm14", "need", "fr",
     "Besoin : remettre en état et entretenir les centrales de production d'oxygène médical des "
     "hôpitaux régionaux du Niger",
     "Pendant la pandémie de COVID-19, le Niger a reçu plusieurs centrales de production "
     "d'oxygène médical, des générateurs qui extraient l'oxygène de l'air par adsorption, "
     "installées dans les hôpitaux régionaux de Maradi, Zinder, Tahoua, Agadez et Dosso. Trois "
     "ans plus tard, la moitié sont à l'arrêt : compresseurs en panne, tamis moléculaires usés "
     "par la poussière et la chaleur, coupures d'électricité et groupes électrogènes sans gasoil, "
     "absence de techniciens biomédicaux. Les services de pédiatrie achètent de nouveau des "
     "bouteilles d'oxygène à Niamey, à prix élevé, et les concentrateurs tombent en panne faute "
     "de pièces. Le ministère de la santé publique sollicite un appui pour diagnostiquer chaque "
     "centrale, acheter des pièces de rechange, former et recruter des techniciens, alimenter les "
     "centrales à l'énergie solaire, organiser le remplissage et la distribution de bouteilles "
     "vers les centres de santé et contrôler la pureté de l'oxygène. Les déchets hospitaliers et "
     "les incinérateurs ne sont pas concernés.",
     ("oxygène médical", "centrales à oxygène", "hôpitaux", "maintenance biomédicale", "besoins"),
     ("NE",), "2025-03"),
    ("gm15", "dataset", "es",
     "Plantas de oxígeno medicinal en los establecimientos de salud del Perú: capacidad, estado y "
     "producción, 2020-2025",
     "En 2021, en plena segunda ola de COVID-19, las familias peruanas hacían colas de días para "
     "recargar balones de oxígeno y el precio de un balón se multiplicó. El Estado, los gobiernos "
     "regionales, empresas y donantes instalaron desde entonces cientos de plantas generadoras de "
     "oxígeno medicinal en hospitales y centros de salud. Este conjunto de datos, publicado por "
     "el ministerio de salud, lista cada planta con su región, establecimiento, tecnología "
     "(adsorción por oscilación de presión, PSA, o tanque criogénico de oxígeno líquido), "
     "capacidad en metros cúbicos por hora, pureza certificada (93 % o más), número de balones "
     "que puede llenar por día, fecha de instalación, estado operativo mensual, fallas, fuente de "
     "energía y costo de mantenimiento. Añade los concentradores de oxígeno entregados a los "
     "puestos de salud rurales. Los datos de camas de cuidados intensivos y de ventiladores "
     "mecánicos se publican aparte.",
     ("oxígeno medicinal", "plantas de oxígeno", "establecimientos de salud", "COVID-19",
      "conjuntos de datos"),
     ("PE",), "2025-05"),
    # --- illegal cosmetic injections (dermal fillers, botulinum toxin, biopolymers) ---------------
    ("gm16", "document", "en",
     "Botox and dermal fillers: what to check before a cosmetic injection, a guide for the public",
     "Anti-wrinkle injections of botulinum toxin and lip and cheek fillers of hyaluronic acid are "
     "now offered in beauty salons, hotel rooms, pop-up clinics and private homes across Ireland, "
     "often advertised on social media at cut prices. Botulinum toxin is a prescription-only "
     "medicine, yet the regulator keeps seizing unlicensed and falsified products bought online, "
     "and non-medical injectors may not know how to handle complications: blocked blood vessels "
     "that kill skin, infections, lumps and, rarely, blindness. This guide, published by the "
     "national health products regulator with the medical council and a consumer body, explains "
     "which products are authorised, who may prescribe and inject them, the questions to ask, the "
     "hyaluronidase that dissolves a filler in an emergency, the needle-free 'hyaluron pens' that "
     "should never be used, and how to report a bad reaction or an illegal seller. Cosmetic "
     "surgery abroad, tattoos and teeth whitening are not covered.",
     ("dermal fillers", "botulinum toxin", "cosmetic injections", "falsified medicines",
      "guidance"),
     ("IE",), "2024-12"),
    ("gm17", "case-study", "fr",
     "Injections illégales d'acide hyaluronique : étude de cas d'un réseau de « fake injectors » "
     "démantelé en Île-de-France",
     "En France, seuls les médecins peuvent injecter de l'acide hyaluronique ou de la toxine "
     "botulique. Pourtant, des injectrices sans formation, qui recrutent sur les réseaux sociaux, "
     "proposent des « lips » et des « rhinoplasties médicales » à domicile ou en institut pour "
     "quelques dizaines d'euros, avec des produits de comblement achetés sur des sites étrangers. "
     "Cette étude de cas, rédigée par l'agence régionale de santé d'Île-de-France avec l'office "
     "central de police chargé des atteintes à la santé publique et le centre antipoison, retrace "
     "l'enquête ouverte après l'arrivée aux urgences de jeunes femmes atteintes de nécroses des "
     "lèvres et d'infections : signalements, analyses des seringues saisies (produits "
     "contrefaits, non stériles, parfois sans acide hyaluronique), poursuites pour exercice "
     "illégal de la médecine et campagne de prévention auprès des adolescentes. Elle recense "
     "aussi les stylos injecteurs sans aiguille vendus en ligne. Les implants mammaires et les "
     "produits éclaircissants pour la peau ne sont pas traités.",
     ("injections esthétiques", "acide hyaluronique", "exercice illégal de la médecine",
      "santé publique", "études de cas"),
     ("FR",), "2025-01"),
    ("gm18", "project", "es",
     "Proyecto: detectar y atender a las víctimas de biopolímeros inyectados en centros de "
     "estética clandestinos de Colombia",
     "En Colombia, miles de mujeres, y también hombres y personas trans, recibieron en centros de "
     "estética, peluquerías y casas inyecciones de biopolímeros, en realidad silicona líquida "
     "industrial, aceites minerales o metacrilato, para aumentar glúteos, senos, pantorrillas o "
     "labios. Años después aparece la alogenosis iatrogénica: inflamación, endurecimiento, "
     "fiebre, dolor, migración del producto, daño renal y, en algunos casos, la muerte; el "
     "material no se puede retirar del todo. El proyecto, del ministerio de salud con la agencia "
     "sanitaria, las secretarías de salud de Bogotá, Cali y Medellín y la sociedad de cirugía "
     "plástica, crea un registro de pacientes, una ruta de atención en hospitales públicos, guías "
     "para los médicos de urgencias y operativos con la policía en locales que ofrecen "
     "«modelantes» o rellenos a bajo precio, y lanza una campaña en redes sociales. Los rellenos "
     "de ácido hialurónico aplicados por médicos y las cirugías estéticas regulares no son objeto "
     "del proyecto.",
     ("biopolímeros", "inyecciones estéticas", "alogenosis iatrogénica", "vigilancia sanitaria",
      "proyectos"),
     ("CO",), "2024-10"),
    # --- industrial steam boiler explosions and boiler inspection ---------------------------------
    ("gm19", "case-study", "en",
     "Boiler explosions in Bangladesh's factories: a case study of boiler registration and "
     "inspection after the Gazipur blast",
     "Steam boilers heat the dye baths of textile and garment factories, parboil paddy in rice "
     "mills and run paper, food and pharmaceutical plants across Bangladesh. When a boiler runs "
     "with a faulty safety valve, scaled tubes, low water or an untrained operator, it can "
     "explode and tear through a building: blasts in dyeing factories in Gazipur and Narayanganj "
     "and in rice mills have killed dozens of workers in the last decade. This case study, "
     "written by the office of the chief inspector of boilers with a labour rights organisation "
     "and a garment industry safety initiative, follows the campaign launched after the 2017 "
     "Gazipur blast to find unregistered boilers, inspect every registered boiler each year, "
     "certify boiler attendants and publish a register of boilers with their last inspection "
     "date. It reports the boilers found, prohibited or repaired, the inspectors' workload, "
     "bribery cases and the factories that replaced old boilers. Fire exits and building "
     "collapses are left to other pages.",
     ("boiler explosions", "boiler inspection", "factory safety", "garment industry",
      "case studies"),
     ("BD",), "2024-07"),
    ("gm20", "document", "fr",
     "Chaudières et générateurs de vapeur : guide de prévention des explosions pour les "
     "industries d'Abidjan",
     "Huileries, savonneries, brasseries, laiteries, blanchisseries hospitalières et usines de "
     "transformation du cacao et de l'anacarde utilisent en Côte d'Ivoire des chaudières à "
     "vapeur, souvent achetées d'occasion et chauffées au fioul, au gaz ou aux coques de noix. "
     "Une chaudière dont le niveau d'eau baisse, dont la soupape de sûreté est bloquée ou dont "
     "les tubes sont entartrés peut exploser et détruire un atelier. Ce guide, publié par la "
     "direction chargée des équipements sous pression au ministère de l'industrie avec "
     "l'institution de prévoyance sociale et un bureau de contrôle agréé, explique les "
     "obligations des exploitants : déclaration et épreuve hydraulique avant la mise en service, "
     "requalification périodique, registre d'entretien, traitement de l'eau d'alimentation, "
     "conduite par un chauffeur de chaudière formé et habilité, contrôle des brûleurs et des "
     "pressostats. Il contient une grille d'auto-inspection et des retours d'expérience "
     "d'accidents. Les fumées des cheminées et les fuites d'ammoniac des chambres froides "
     "relèvent d'autres guides.",
     ("chaudières à vapeur", "équipements sous pression", "prévention des explosions",
      "sécurité industrielle", "guides"),
     ("CI",), "2025-02"),
    ("gm21", "event", "es",
     "Jornada: seguridad de calderos en lavanderías, hospitales, fábricas de alimentos y "
     "curtiembres, cómo evitar una explosión",
     "En Ecuador se llama calderos a las calderas de vapor de las lavanderías industriales, los "
     "hospitales, los hoteles, las fábricas de alimentos, las curtiembres y las extractoras de "
     "palma. Muchos equipos tienen más de treinta años, no están registrados y los opera personal "
     "sin capacitación, y la explosión de un caldero en una industria de Guayaquil mató en 2022 a "
     "dos trabajadores. La jornada, organizada en Quito por el ministerio del trabajo con el "
     "instituto de seguridad social, la cámara de industrias y un colegio de ingenieros "
     "mecánicos, presentará las causas de las explosiones de calderos (bajo nivel de agua, "
     "válvulas de seguridad trabadas, incrustaciones, quemadores mal regulados), la inspección y "
     "la prueba hidrostática, la certificación de los operadores de calderos, el tratamiento del "
     "agua y un proyecto de reglamento técnico. Habrá una práctica con un caldero de "
     "demostración. El consumo de combustible y las emisiones de las chimeneas se tratarán en "
     "otra jornada.",
     ("calderos", "calderas de vapor", "seguridad industrial", "explosiones", "eventos"),
     ("EC",), "2025-05"),
    # --- international catering waste from aircraft and ships -------------------------------------
    ("gm22", "project", "en",
     "Sorting international catering waste at Heathrow: a project to recycle cabin waste within "
     "the animal by-product rules",
     "Food and drink waste taken off aircraft arriving from outside the United Kingdom, and "
     "everything mixed with it, is international catering waste (ICW). Because leftover meat and "
     "dairy could carry foot-and-mouth disease or African swine fever, it is a category 1 animal "
     "by-product that must be incinerated or buried in an approved deep landfill, so cans, "
     "bottles, newspapers and plastic cups from long-haul cabins are usually burnt too. This "
     "project, led by the airport operator with two airlines, the in-flight caterers and the "
     "government animal health agency, trials separating recyclables on board and in the catering "
     "units, keeping ICW in sealed, marked containers, and agreeing with the regulator which "
     "streams can leave the ICW route. It weighs each stream, audits contamination, estimates the "
     "carbon saved and reports to the regulator. The caterers' other food waste and the airport's "
     "de-icing fluids are outside the project.",
     ("international catering waste", "aircraft cabin waste", "animal by-products", "recycling",
      "projects"),
     ("GB",), "2024-05"),
    ("gm23", "dataset", "fr",
     "Déchets internationaux des avions et des navires : quantités traitées aux aéroports et aux "
     "ports du Québec, 2019-2024",
     "Au Canada, les restes de repas, les emballages souillés et les autres ordures débarqués des "
     "avions et des navires venant de l'étranger sont des « déchets internationaux » : l'agence "
     "fédérale d'inspection des aliments exige qu'ils soient recueillis dans des contenants "
     "étanches, transportés par des entreprises agréées et incinérés, stérilisés à l'autoclave ou "
     "enfouis sous surveillance, pour ne pas introduire de maladies animales ni de ravageurs des "
     "végétaux. Ce jeu de données, publié par le ministère québécois de l'environnement à partir "
     "des déclarations des transporteurs agréés, donne par mois et par site (aéroports de "
     "Montréal et de Québec, ports de Montréal, de Québec et de Sept-Îles) les tonnes de déchets "
     "internationaux reçus, le mode de traitement, la part venant des navires de croisière, les "
     "tonnes triées pour le recyclage avant traitement et les non-conformités relevées lors des "
     "inspections. Les eaux usées et les eaux de ballast des navires ne sont pas incluses.",
     ("déchets internationaux", "déchets de restauration à bord", "biosécurité", "aéroports",
      "jeux de données"),
     ("CA",), "2025-03"),
    ("gm24", "need", "es",
     "Necesidad: tratar los residuos regulados de los cruceros antárticos y de los vuelos "
     "internacionales en Ushuaia",
     "Cada temporada, cientos de escalas de cruceros antárticos y los vuelos internacionales que "
     "llegan a Ushuaia desembarcan restos de comida, envases y otros residuos de a bordo que, por "
     "venir del exterior, el servicio nacional de sanidad animal clasifica como residuos "
     "regulados: deben retirarse en contenedores precintados y destruirse por incineración o "
     "esterilización para que no entren enfermedades como la fiebre aftosa o la peste porcina "
     "africana, ni plagas de los cultivos. Ushuaia solo tiene un incinerador pequeño y antiguo, y "
     "parte de los residuos viaja en camión cientos de kilómetros. La municipalidad, con la "
     "dirección provincial de puertos y el servicio de sanidad, solicita apoyo para estudiar un "
     "autoclave con trituradora en el puerto, separar a bordo lo reciclable, capacitar a los "
     "agentes portuarios y de las aerolíneas y registrar y fiscalizar los volúmenes. Las aguas de "
     "sentina y los residuos de las bases antárticas quedan fuera.",
     ("residuos regulados", "residuos de a bordo", "cruceros", "bioseguridad", "necesidades"),
     ("AR",), "2024-12"),
    # --- fume events and cabin air quality on airliners (aerotoxic syndrome) ----------------------
    ("gm25", "dataset", "en",
     "Fume events on Australian airliners: reports of smoke, odours and crew symptoms, 2015-2024",
     "On most airliners the cabin is supplied with bleed air drawn from the engines' compressors. "
     "When a seal leaks, engine oil or hydraulic fluid can enter the air supply and produce "
     "smoke, haze or a smell of dirty socks: a fume event. Engine oils contain organophosphates "
     "such as tricresyl phosphate (TCP), and pilots and cabin crew have reported headaches, "
     "dizziness, confusion and breathing problems, some long-lasting, a condition their unions "
     "call aerotoxic syndrome. This dataset, compiled by the civil aviation safety regulator from "
     "mandatory occurrence reports, lists every reported fume or smoke event by year, aircraft "
     "type, phase of flight, source found by engineers, use of oxygen masks, diversions and the "
     "number of crew and passengers who sought medical care. A companion table gives the results "
     "of a cabin air sampling campaign. Smoking on board, fires and aircraft noise are outside "
     "its scope.",
     ("fume events", "cabin air quality", "aircraft", "occupational health", "datasets"),
     ("AU",), "2025-01"),
    ("gm26", "event", "fr",
     "Journée d'étude : qualité de l'air en cabine, « fume events » et santé du personnel "
     "navigant",
     "L'air que respirent passagers et équipages est, sur la plupart des avions, prélevé sur les "
     "compresseurs des réacteurs. Une fuite d'huile moteur ou de fluide hydraulique peut alors "
     "introduire dans la cabine des fumées et des odeurs chargées de composés organophosphorés "
     "comme le tricrésylphosphate. Après ces « événements fumée », des hôtesses, des stewards et "
     "des pilotes décrivent maux de tête, vertiges et troubles de la mémoire ; des syndicats "
     "parlent de syndrome aérotoxique et plusieurs cas ont été reconnus en accident du travail. "
     "La journée, organisée à Toulouse par une société de médecine du travail avec les syndicats "
     "de personnels navigants commerciaux et techniques, le bureau d'enquêtes sur les accidents "
     "et des constructeurs, présentera les mesures à bord, les détecteurs en développement, les "
     "filtres, la conduite à tenir par l'équipage et le médecin, les déclarations d'incident et "
     "les avions dont la cabine n'est plus alimentée par l'air des réacteurs. Le bruit des "
     "aéroports et les rayonnements cosmiques seront abordés lors d'autres rencontres.",
     ("qualité de l'air en cabine", "événements fumée", "personnel navigant", "santé au travail",
      "événements"),
     ("FR",), "2025-06"),
    ("gm27", "case-study", "es",
     "Síndrome aerotóxico: estudio de caso de los eventos de humo en cabina reportados por "
     "sobrecargos en México",
     "Los sobrecargos de aviación mexicanos, con su sindicato, empezaron en 2019 a registrar los "
     "eventos de humo o de olor en cabina, que se producen cuando el aire de sangrado de los "
     "motores arrastra vapores de aceite o de líquido hidráulico. Este estudio de caso, redactado "
     "por una universidad pública con el sindicato de sobrecargos y médicos del trabajo, "
     "reconstruye doce episodios ocurridos en vuelos nacionales: olor a calcetín sucio o a aceite "
     "quemado, neblina en la cabina, tripulantes con cefalea, náuseas, visión borrosa y "
     "desorientación que no siempre recibieron atención ni análisis. Describe la dificultad de "
     "que el seguro social reconozca estos casos como riesgo de trabajo, los formatos de reporte "
     "de las aerolíneas, la falta de sensores a bordo y las recomendaciones: protocolos de "
     "atención, reporte obligatorio a la autoridad de aviación civil, uso de mascarillas de "
     "oxígeno y mantenimiento de los sellos de los motores. El tabaco a bordo y el ruido de los "
     "aeropuertos no se abordan.",
     ("síndrome aerotóxico", "eventos de humo", "tripulantes de cabina", "salud ocupacional",
      "estudios de caso"),
     ("MX",), "2024-09"),
    # --- fires in rooftop solar photovoltaic systems and firefighting on PV roofs -----------------
    ("gm28", "support-source", "en",
     "Offer: rooftop solar fire safety training for firefighters and a checklist for installers "
     "in South Africa",
     "Load-shedding has pushed hundreds of thousands of South African homes, shops and farms to "
     "put solar panels, inverters and lithium batteries on their roofs and in their garages since "
     "2022, many fitted by untrained installers without a certificate of compliance. Fire "
     "services now attend fires that start in badly crimped DC connectors, isolator switches, "
     "inverters and battery packs, and firefighters face roofs that stay live as long as the sun "
     "shines on the panels. A solar industry association, with metropolitan fire services and the "
     "electrical contractors' association, offers free one-day courses for firefighters on "
     "recognising PV systems, shutting down inverters and batteries, keeping safe distances when "
     "spraying water and ventilating the smoke of battery fires, and a checklist for installers "
     "and home owners: certified components, labelled isolators, rapid shutdown devices and "
     "yearly inspections. The recycling of old panels and the theft of solar panels are not "
     "covered.",
     ("rooftop solar", "PV system fires", "firefighter safety", "electrical safety", "offers"),
     ("ZA",), "2024-11"),
    ("gm29", "project", "fr",
     "Toitures photovoltaïques et incendies : un projet d'essais et de procédures d'intervention "
     "pour les zones de secours de Wallonie",
     "La Wallonie compte plus de 200 000 installations photovoltaïques sur les toits des maisons, "
     "des hangars agricoles, des entrepôts et des supermarchés. Des connecteurs mal sertis, des "
     "onduleurs surchauffés ou des arcs électriques en courant continu peuvent y déclencher un "
     "incendie, et les panneaux restent sous tension tant qu'ils reçoivent de la lumière, ce qui "
     "expose les pompiers au risque d'électrisation et gêne l'extinction des toitures. Ce projet, "
     "conduit par le centre d'expertise de l'école du feu avec deux zones de secours, un "
     "laboratoire universitaire et la fédération des installateurs, réalise des essais de feu sur "
     "des maquettes de toitures, mesure le courant qui remonte le long des jets d'eau et de "
     "mousse, recense les interventions de 2018 à 2024 et rédige une procédure d'intervention : "
     "repérage du coffret de coupure, pictogramme à l'entrée des bâtiments, distances de "
     "sécurité. Les batteries domestiques sont étudiées à part, et le recyclage des panneaux "
     "usagés n'est pas concerné.",
     ("toitures photovoltaïques", "incendies", "sapeurs-pompiers", "risque électrique", "projets"),
     ("BE",), "2025-03"),
    ("gm30", "event", "es",
     "Jornada: incendios en instalaciones fotovoltaicas de autoconsumo, prevención en naves y "
     "viviendas y actuación de los bomberos",
     "El autoconsumo solar se ha multiplicado en España: placas solares en tejados de viviendas, "
     "comunidades de vecinos, naves industriales, granjas y polígonos. Con él han llegado los "
     "incendios que empiezan en conectores mal montados, cajas de conexión, inversores o "
     "baterías, y los bomberos se encuentran con cubiertas que siguen en tensión mientras haya "
     "sol, paneles que caen y humos tóxicos de los materiales quemados. La jornada, organizada en "
     "Zaragoza por el servicio de bomberos de la diputación provincial con el colegio de "
     "ingenieros industriales, una asociación de instaladores y una aseguradora, presentará casos "
     "reales de incendios de placas solares, los requisitos del reglamento de baja tensión, los "
     "dispositivos de desconexión rápida, la señalización para los servicios de emergencia, la "
     "revisión periódica de las instalaciones y las condiciones que piden los seguros. Habrá una "
     "demostración de corte de un inversor. Las grandes plantas solares en suelo y el reciclaje "
     "de los paneles se tratarán en otra jornada.",
     ("incendios de placas solares", "autoconsumo fotovoltaico", "bomberos", "seguridad eléctrica",
      "eventos"),
     ("ES",), "2025-04"),
)  # fmt: skip
