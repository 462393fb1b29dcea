"""Clearing-house records of the hundred-and-sixty-sixth judged relevance set
(tests/search/relevance/queries166.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: health and enforcement
pages on the non-medical use and trafficking of tramadol (a case study of the high-dose
tablets seized, sold by unlicensed chemical sellers and taken by young men in northern Ghana;
a need of Cameroon to curb the « tramol » of the Nord, the Extrême-Nord and the Adamaoua,
with a quality control laboratory, customs training and an addiction clinic; a dataset of the
incautaciones de tramadol in the ports, airports and parcels of Spain); chemicals and health
pages on poisonings by essential oils (a dataset of the calls about eucalyptus, tea tree,
clove and other oils to New Zealand's poisons centre; a fiche, a document, of the Belgian
centre antipoisons on the huiles essentielles and diffuseurs of the home; a project on safe
bottles and labels for the aceites esenciales sold in the ferias and tiendas naturistas of
Chile); energy pages on compressed air systems in industry (an offer, a support source, of
free compressed air assessments and leak surveys for South African manufacturers; a journée
technique, an event, on the air comprimé of the factories of Québec, Canada; a case study
of the fugas de aire comprimido of a PET bottle plant in Montevideo, Uruguay); waste pages on
spent catalysts (a project for the spent hydroprocessing catalysts of Kuwait's refineries;
a need of Algeria to dispose of or recover the catalyseurs usés stored in its refineries;
a dataset of the catalizadores gastados declared in Colombia); noise and health pages on
hearing loss from earphones and headphones (a World Hearing Day event on safe listening for
students in Singapore; a guide, a document, on the écouteurs and casques audio of teenagers,
Suisse romande, Switzerland; a dataset of the audífonos and audiometrías of secondary school
students of Costa Rica); pollution and waste pages on hot-dip galvanizing (a case study of spent
pickling acid, zinc ash and fumes at small galvanizing plants north of Cairo, Egypt; a project
for the ateliers de galvanisation à chaud of Ben Arous, Tunisia; a need for the ácidos agotados
and cenizas de zinc of the galvanizadoras of Lima and Callao, Peru); waste pages on the worn
banknotes that central banks withdraw and shred (a dataset of the shredded banknotes of Kenya
and where they went; a project of Morocco's central bank to recover its billets usagés broyés
instead of landfilling them; a case study of the composting of the billetes deteriorados of
Guatemala); waste and enforcement pages on vehicle impound lots (a need to clear the rotting
impounded vehicles of the police yards and traffic authority pounds of Lagos, Nigeria; a case
study of the emptying of the fourrière of Dakar, Senegal; a project to scrap the vehículos
abandonados of the corralones of Mexico City); chemicals and pollution pages on printing works
(an offer, a support source, of cleaner production help for the offset printers of Sivakasi,
India; a guide, a document, to the Imprim'Vert mark for the imprimeries of the Pays de la Loire,
France; a jornada, an event, on the tintas, solventes and residuos of the imprentas of Quito,
Ecuador); and health and enforcement pages on poppers, the inhaled alkyl nitrites (a guide,
a document, to the rescheduling of alkyl nitrites in Australia; a dataset of the atteintes
de la rétine caused by poppers and reported to the French addictovigilance centres; a need
of Argentina to control the poppers sold as aromatizantes or limpiadores). English, French
and Spanish, 10 records each, every topic written once in each language (different countries,
projects and angles, not translations of one text).

None of records.py, records3.py, ..., records165.py is about these topics: their files
and the golden files (tests/mappings/golden/*.json) were searched for the topics' words
in the three languages before these were written (tramadol, Tramol, tapentadol, opioid,
opioïde, opioide, opiáceo, painkiller, analgésique, antalgique, analgésico, codeine,
codéine, codeína, fentanyl, naloxone, psychotrope, stupéfiant, estupefaciente, falsified
medicines, médicaments de rue, medicamentos falsificados; essential oil, huile essentielle,
aceite esencial, aromatherapy, aromathérapie, aromaterapia, diffuser, diffuseur, difusor,
eucalyptus oil, aceite de eucalipto, tea tree, árbol de té, camphor, camphre, alcanfor,
wintergreen, gaulthérie, methyl salicylate, peppermint, menthe poivrée, lavender, lavande,
lavanda, poison centre, centre antipoison, centro de toxicología; compressed air, air
comprimé, aire comprimido, compressor, compresseur, compresor, air leaks, fuites d'air,
fugas de aire, pneumatic, pneumatique, neumático, ultrasonic, ultrasons, ultrasonido; spent
catalyst, catalyseur usé, catalizador gastado, catalyst, hydrotreating, hydrotraitement,
hidrotratamiento, FCC, craquage, craqueo, molybdenum, vanadium, vanadio, refinery, raffinerie,
refinería; headphones, earphones, earbuds, écouteurs, casque audio, auriculares, audífonos,
cascos, hearing loss, perte auditive, pérdida auditiva, surdité, sordera, hipoacusia,
tinnitus, acouphènes, zumbidos, decibel, décibel, audiometry, audiométrie, audiometría,
safe listening; galvanizing, galvanising, galvanisation, galvanizado, hot-dip, zinc, pickling,
décapage, decapado, zinc ash, cendres de zinc, cenizas de zinc, dross, mattes, flux, ammonium
chloride, electroplating, galvanoplastie, galvanoplastia; banknote, billet de banque, billete,
currency, monnaie, shredded, broyat, triturado, central bank, banque centrale, banco central;
impound, pound, fourrière, corralón, depósito vehicular, seized vehicles, véhicules saisis,
vehículos incautados, abandoned vehicles, épaves, vehículos abandonados, end-of-life vehicles,
véhicules hors d'usage, chatarrización; printing, print shop, offset, imprimerie, imprimeur,
imprenta, artes gráficas, arts graphiques, sérigraphie, serigrafía, flexografía, printing
ink, encre, tinta, isopropanol, alcool isopropylique, alcohol isopropílico, Imprim'Vert;
poppers, alkyl nitrite, amyl nitrite, nitrite d'alkyle, nitrite d'amyle, nitrito de alquilo,
nitrito de amilo, chemsex, sex shop, recreational drugs).

Screened and dropped as covered: ethylene oxide (bq07-bq09), antineoplastic drug residues
(eb07-eb09), anaesthetic gases (cf25-cf27), metered-dose inhalers (cx07-cx09), nitrous oxide
canisters (cj04-cj06), the diethylene glycol syrups (bk01-bk03), falsified medicines (screened
by sets 122, 134, 142 and 150, next to bk01-bk03), embalming (eh01-eh03), engineered stone
(bh25-bh27), wind turbine blades (bh10-bh12), beverage cartons (dx13-dx15), trichloramine in
indoor pools (cz04-cz06), dry cleaners (k29), high-efficiency electric motors (dt07-dt09),
conflict minerals (cr28-cr30), chemical leasing (j16-j18), environmental courts (r13-r15), the
carbon border adjustment mechanism (cd19-cd21), the road transport of dangerous goods (t04-t06),
welding fume (eb10-eb12), lead shot (u25-u27), sewage sludge (bf16-bf18), shore power (cp01-cp03),
artificial turf (ch16-ch18), wet wipes (dd07-dd09), acid attacks (cp16-cp18), borax and slime
(eh16-eh18), head lice treatments (cv01-cv03), bed bugs (cp13-cp15), radon (bz07-bz09), aluminium
phosphide (bd10-bd12), snakebite (bn28-bn30), calabash chalk (ct10-ct12), lead glazes in pottery
(bd13-bd15), used cooking oil (i25-i27), the take-back of unused medicines (bc25-bc27), dog faeces
(cr04-cr06), end-of-life vehicles (bc22-bc24), derelict boats (dh16-dh18), halons (u22-u24),
pumped storage (cx10-cx12), lithium from salt flats (x22-x24), solar cookers (bz19-bz21),
micro-hydro (cl16-cl18), smart and prepaid meters (db10-db12), energy poverty (dj19-dj21),
electric buses (cn01-cn03), diesel generators (cn13-cn15), idling engines (dp07-dp09), the
radiofrequency of mobile towers (cz10-cz12), shisha lounges (dd04-dd06), printer cartridges
(fc28-fc30), sodium nitrite (fs10-fs12), the illegal traffic of hazardous waste (n21, p45)
and sound limiters (ep22-ep24), besides the topics of sets 42 to 165 and those their docstrings
list as covered; screened with no or passing hits but not chosen: melanotan tanning injections
and the sildenafil hidden in « natural » sexual enhancement products (no hit, but next to
the cosmetic injections gm16-gm18, the sunbeds ey07-ey09 and the falsified medicines screened
by earlier sets), drug checking at festivals (no hit, but a second drug topic beside tramadol
and poppers), ear candles (no hit, few pages), radioactive lightning rods (named by the orphan
source pages cd02 and eu03), used antifreeze (named by fo04, and the golden ethylene glycol
page names automobile antifreeze among its uses), occupational heat stress (named by fo25 and
fs06, and nearer the climate adaptation engineer's area) and greenwashing (named by the carbon
label pages eh22 and eh23).

One earlier record is judged relevant in part (1). The Kenyan dataset of mandatory energy audits
(dn07) lists compressed air leaks first among the kinds of savings it counts by sector, so it is
judged 1 to the plain compressed air queries (compressed air leaks, air comprimé, fugas de aire
comprimido, and the aire comprimido side of « aire comprimido OR catalizadores gastados »),
and 0 to those that ask for offers or for Uruguay, since it is a dataset of all savings and is
about Kenya. All the other hits are passing or about other things, judged 0: the diethylene
glycol syrups (bk01-bk03), the take-back of unused medicines, with their painkillers (bc25),
the analgésicos sampled in a river (v12), the drug precursors (cn25-cn27) and the seizures
of counterfeit pesticides (cb16-cb18), no tramadol; the frankincense whose exports feed the
aceites esenciales of perfumery (ba06), the sandalwood of New Caledonia harvested for its
huile essentielle (ba26), the labdanum of the rockroses and its aceite esencial (gn30), the
head lice guide that advises against essential oils (cv02), the camphor and paradichlorobenzene
of the mothball pages (bp07-bp09), the incense pages (cj07-cj09) and the lavender dieback pages
(da10-da12), no essential oil poisoning; the electric motors that drive compressors (dt07-dt09),
the heat recovered from the compressors of ice rinks (df07, df08), the solar ice makers (eh13,
eh14), the compressors of gas wells and of medical oxygen plants (cl28, cl30, gm13, gm14),
the bleed air of airliners (gm25, gm26), the seismic air guns (el18), the brake dust blown off
with compressed air (ep15) and the silica dust that must not be blown (bh27), no compressed
air system; the nitric acid plant catalysts (cz16-cz18), the catalytic converters of the metal
theft guide (er19), the cars without catalytic converters of the vehicle inspection page dl12,
the rare earths for catalysts (dr04), the petroleum coke of Chicago and Cadereyta (ed16-ed18)
and the green chemistry page that prefers catalysts to reagents (cl11), no spent catalyst;
the hearing aids of the button cell pages (bn22-bn24), the sound limiters of bars and clubs
(ep22-ep24), the leaf blowers and the hearing of gardeners (cv07-cv09), the hearing loss of
the cotton mills (er28), the aircraft noise pages (eu22-eu24) and the public hearings of impact
assessments (m13), no earphone; the galvanised pipes and fittings of the ram pump pages (ep01,
ep03) and the galvanised steel cables of the trail bridges (gh29), the zinc and lead smelters
(fg10, dh10, dh12), the trichloroethylene degreasing of the galvanoplastias of dd03 and the
electroplating shops of the chemical safety toolkits (k28, k30), no galvanizing plant; the
quetzal that gives its name to Guatemala's currency (ev28), the cryptocurrency mining pages
(cn07-cn09), the shredded plastic of the plastic roads (cn28, cn30) and the smoke alarms that
must not be shredded (eu01), no banknote; the end-of-life vehicles (bc22-bc24, bc23 on the
casses automobiles of Dakar), the derelict boats of Auckland (dh16-dh18), the diesel generators
of Lagos (cn13), the cat impoundments of ei10 and the corrales of the goat pages (go12, go30),
no vehicle pound; and the 3D printers of school makerspaces (ef28), the dyeing and printing
plants of Bangladesh (bh07), the printing inks on the recycled board of cocoa sacks (dv04),
the printed PVC flex boards of the Kerala elections (ga01), the printer cartridges (fc28-fc30),
the tattoo inks (bo28-bo30) and the sérigraphiés windows of the bird collision page (bp23),
no printing works; and no earlier record names poppers or alkyl nitrites (the sodium nitrite
pages fs10-fs12 and the nitrous oxide canisters cj04-cj06 are other products).

records162.py, records163.py, records164.py and records165.py (ids gm01..gm30, gn01..gn30,
go01..go30 and gp01..gp30), the four files of the last round, were searched like the others:
their only hits on this set's words are the compressors of the medical oxygen plants (gm13,
gm14) and of the airliners' engines (gm25, gm26), the seringues saisies of the cosmetic
injection case study (gm17), the trituradora of the catering waste need (gm24), the eucalypts
of gn19, the aceite esencial of the labdanum page (gn30), the corrales of the goat pages (go12,
go30) and the photographs imprimées sur bâches of the photo contest page (gp26); none of
their records answers a query of this set. records167.py, records168.py and records169.py
(ids gr01..gr30, gs01..gs30 and gt01..gt30), written at the same time by other engineers on
biodiversity, on agriculture, fisheries, forestry, food and land, and on water, oceans and
coasts, climate adaptation, cities, disasters and capacity building, are not part of this
set's pool, and no query of this set was judged against them. Once they appeared, while this
set was being finished, they were searched for this set's words only to check that no topic is
shared, and none is: their topics are wall lizards, wheatears, oil beetles, burying beetles,
harvestmen, earthstars, saxifrages, sea lavenders, ladybird spiders and anoles (records167.py),
spirulina, tar spot of maize, broomrape, the small hive beetle, liver fluke, chayote, paulownia,
trammel nets, vermicompost and food irradiation (records168.py), and windpumps, emergency water
treatment units, the benchmarking of water utilities, tide gates, tsunami vertical evacuation,
World Oceans Day, the calibration of weather instruments, impact-based forecasting, the flood
protection of metro systems and disaster memorials (records169.py), and their only hits are the
galvanised wire of the chayote trellises, the broyage of crop residues against tar spot and the
shredder of the vermicompost page (records168.py), the comprimés de purification named by the
docstring of the emergency water pages and the saisie des données of the utility benchmarking
page (records169.py); records167.py has none.

Traps: the energy drinks, the akpeteshie, the galamsey pits, the codeine cough syrups and the
cannabis of gq01 (0 to illegal gold mining and contaminated syrups); the faux médicaments, the
plantes médicinales, the moto-taxis and the stocks saisis to destroy of gq02 (0 to falsified
medicines and to the disposal of seizures); the ropa usada, the repuestos de automóvil, the
precursores de drogas and the medicamentos falsificados of gq03 (0 to used clothing and drug
precursors); the camphor, the ear drops, the child-resistant caps, the mothballs, the cleaning
products and the e-cigarette liquids of gq04 (0 to mothballs, household chemicals and vapes);
the aspirine, the asthmatiques, the chats, the bougies parfumées, the désodorisants and the
encens of gq05 (0 to scented candles, air fresheners and incense); the ferias, the alcanfor,
the productos de aseo and the plaguicidas domésticos of gq06 (0 to household pesticides);
the motors, the steam systems, the lighting and the drying rooms of gq07 (0 to electric
motors and energy audits); the réfrigération à l'ammoniac, the vapeur, the plasturgie and
the agroalimentaire of gq08 (0 to ammonia refrigeration); the botellas de PET, the auditoría
energética and the refrigerantes of gq09 (0 to PET recycling, energy audits and refrigerants);
the coke, the Basel Convention, the oily sludge, the stack emissions and the catalytic converters
of gq10 (0 to catalytic converter theft and oily waste); the platine, the cimenterie, the boues
de fond de bacs and the eaux huileuses of gq11 (0 to co-processing); the aceites vegetales,
the coprocesamiento en hornos cementeros, the convertidores catalíticos and the coque de
petróleo of gq12 (0 to petroleum coke and catalytic converters); the traffic, the crowds,
the concerts and clubs and the noise at work of gq13 (0 to traffic noise and sound limiters);
the audioprothésistes, the salles de concert, the discothèques and the bruit au travail
of gq14 (0 to sound limiters and hearing aids); the audífonos médicos para personas con
sordera and the ruido del tránsito of gq15 (0 to hearing aid batteries and traffic noise);
the ferric chloride, the bag filter, the electroplating and the aluminium smelting of gq16 (0
to electroplating and aluminium dross); the pylônes, the serres, the chromage and the fonderies
of gq17 (0 to electroplating and foundry sand); the torres de telecomunicaciones, the minería,
the fundición de plomo and the minería del zinc of gq18 (0 to lead smelters and mining); the
Dandora dumpsite, the fuel briquettes, the cement kiln, the paperboard, the heavy metals in the
ash, the coins and the compressed shreds of gq19 (0 to landfills, briquettes, co-processing and
compressed air); the imprimerie de billets, the cimenterie, the composts, the pièces de monnaie
and the chèques of gq20 (0 to printing works and composting in general); the incinerador,
the residuos de mercados, the polímero, the monedas and the residuos electrónicos of gq21
(0 to market waste composting and e-waste); the mosquitoes, the battery acid, the tyres, the
snakes and rats and the used car imports of gq22 (0 to used cars, tyres and lead-acid batteries);
the motos « Jakarta », the charrettes, the gaz de climatisation and the véhicules d'occasion
importés of gq23 (0 to used cars and refrigerants); the dengue, the anticongelante, the gas
del aire acondicionado, the sustitución de taxis and the verificación vehicular of gq24 (0 to
vehicle inspection and dengue); the fireworks and match factories, the calendars and the paper
recycling of gq25 (0 to fireworks); the lingettes, the cartouches d'imprimantes, the papier and
the plaques d'aluminium of gq26 (0 to wet wipes, printer cartridges and paper recycling); the
curado ultravioleta, the planchas de aluminio, the campañas electorales and the papel of gq27
(0 to UV lamps, election campaign waste and paper); the leather cleaner, the room odouriser,
the erectile dysfunction medicines and the other chemsex drugs of gq28 (0 to air fresheners);
the sex-shops, the bureaux de tabac, the centres antipoison and the protoxyde d'azote of gq29
(0 to nitrous oxide canisters); and the aromatizante de ambiente, the limpiador de cueros,
the óxido nitroso and the nitrito de sodio of gq30 (0 to sodium nitrite and nitrous oxide).

For the country and exclusion queries: gq01 names Ghana (Tamale, Tema, the Northern, Upper
East and Savannah regions), South Asia and Burkina Faso, whose border it names; gq02 Cameroon
(Garoua), Nigeria and Chad, whose borders it names; gq03 Spain (Algeciras, Valencia, Barcelona,
Las Palmas, Madrid), South Asia, West and North Africa and the Middle East; gq04 only New
Zealand; gq05 only Belgium (« belge »); gq06 only Chile; gq07 only South Africa; gq08 names
only Québec and Drummondville, whose country code gives Canada; gq09 names only Montevideo,
whose country code gives Uruguay; gq10 only Kuwait; gq11 only Algeria (Skikda, Arzew, Alger,
Hassi Messaoud); gq12 only Colombia (Barrancabermeja, Cartagena); gq13 only Singapore; gq14 only
Switzerland (the Suisse romande); gq15 only Costa Rica (San José, Cartago, Limón, Guanacaste);
gq16 only Egypt (Shubra El-Kheima, Cairo); gq17 names Tunis and Ben Arous, whose country code
gives Tunisia, and a European donor; gq18 names only Lima, Ate, Santa Anita and Callao, whose
country code gives Peru; gq19 only Kenya (Dandora); gq20 only Morocco; gq21 only Guatemala;
gq22 names only Lagos, whose country code gives Nigeria; gq23 names only Dakar, whose country
code gives Senegal; gq24 only Mexico (Mexico City); gq25 only India (Sivakasi, Tamil Nadu);
gq26 names only the Pays de la Loire, whose country code gives France; gq27 names only Quito,
whose country code gives Ecuador; gq28 only Australia; gq29 only France; gq30 only Argentina
(Buenos Aires, Rosario). Among these records, Ghana is the country of gq01 only, Cameroon of
gq02 only, Spain of gq03 only, New Zealand of gq04 only, Belgium of gq05 only, Chile of gq06
only, Uruguay of gq09 only, Algeria of gq11 only, Switzerland of gq14 only, Egypt of gq16 only,
Kenya of gq19 only, Nigeria of gq22 only (gq02 names it as a border), Senegal of gq23 only,
Mexico of gq24 only, India of gq25 only, Australia of gq28 only and France of gq26 and gq29;
no record names Ghana but gq01. The words "safe listening" are written by gq13 only (gq14
writes écouteurs and perte auditive, gq15 audífonos and pérdida auditiva); "perte auditive
induite par le bruit" by gq14 only (gq13 writes noise-induced hearing loss in its subjects,
gq15 pérdida auditiva inducida por ruido); "billetes deteriorados" by gq21 only (gq19
writes worn banknotes, gq20 billets de banque usagés); the word compost by gq20 (compostage,
composts) and gq21 (compost, compostaje), not by gq19. Letters: the tramadol of gq01, the «
tramol » of gq02 and the tramadol de alta dosis of gq03 are the opioid painkiller taken and
trafficked outside prescription; the essential oils of gq04, the huiles essentielles of gq05
and the aceites esenciales of gq06 are the concentrated plant oils that poison children; the
compressed air of gq07, the air comprimé of gq08 and the aire comprimido of gq09 are the air
that factories compress and lose through leaks; the spent catalysts of gq10, the catalyseurs
usés of gq11 and the catalizadores gastados of gq12 are the exhausted catalysts of refineries;
the earphones and headphones of gq13, the écouteurs and casques audio of gq14 and the audífonos
of gq15 are the personal listening devices that damage hearing; the hot-dip galvanizing of gq16,
the galvanisation à chaud of gq17 and the galvanización en caliente of gq18 are the dipping
of steel in molten zinc; the shredded banknotes of gq19, the billets usagés broyés of gq20
and the billetes deteriorados of gq21 are the worn notes destroyed by central banks; the pounds
of gq22, the fourrière of gq23 and the corralones of gq24 are the lots where seized vehicles
are kept; the offset printers of gq25, the imprimeries of gq26 and the imprentas of gq27 are
printing works; and the poppers of gq28, gq29 and gq30 are the inhaled alkyl nitrites. The
golden files name none of them (their "analgesic" is the acetaminophen of a molecule page,
their camphor oil the substance of the camphor page, with no poisoning, their catalysts the
refinery catalysts that dimethyl disulfide pre-sulfides, their "galvanizing iron" a use of the
ore on the sphalerite page, and their automobile antifreeze a use on the ethylene glycol page).

Ids (gq01..gq30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
gl01..gl30, gm01..gm30, gn01..gn30, go01..go30, gp01..gp30), and no earlier id starts with "gq".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- tramadol misuse and trafficking (high-dose tablets sold without prescription) ------------
    ("gq01", "case-study", "en",
     "Tramadol in northern Ghana: a case study of seizures, unlicensed sellers and young users",
     "Tramadol is a prescription opioid painkiller registered in Ghana in 50 and 100 mg doses. "
     "Since about 2015, tablets of 120, 200 and 225 mg, made in South Asia for export and never "
     "registered, have been smuggled in and sold by chemical sellers, market hawkers and lorry "
     "station touts in the Northern, Upper East and Savannah regions, where young men take them "
     "with energy drinks or akpeteshie to work longer on farms and in galamsey pits. This case "
     "study, written by the food and drugs authority with the narcotics control commission, a "
     "teaching hospital in Tamale and a youth association, follows the ban on high-dose imports, "
     "the seizures at Tema port and at the border with Burkina Faso, the closure of unlicensed "
     "shops, the fits and dependence seen at the hospital and a radio campaign in Dagbani. It sets "
     "out what worked and what only displaced the trade. Cannabis and codeine cough syrups are "
     "mentioned only in passing.",
     ("tramadol", "opioid misuse", "pharmaceutical trafficking", "youth health", "case studies"),
     ("GH",), "2025-03"),
    ("gq02", "need", "fr",
     "Besoin : freiner le trafic et l'usage détourné du tramadol dans les régions septentrionales "
     "du Cameroun",
     "Dans le Nord, l'Extrême-Nord et l'Adamaoua, le tramadol, un antalgique opioïde, se vend hors "
     "des pharmacies sous le nom de « tramol » : des comprimés très dosés, souvent sans "
     "autorisation de mise sur le marché, arrivent par les frontières du Nigeria et du Tchad et "
     "passent de main en main dans les marchés, les gares routières et les parcs de moto-taxis. "
     "Conducteurs, cultivateurs et élèves en prennent pour tenir la fatigue ; les médecins voient "
     "des convulsions, des accidents de la route et des dépendances. Le ministère de la santé "
     "publique, avec la douane, l'ordre des pharmaciens et deux hôpitaux régionaux, demande un "
     "appui pour équiper un laboratoire de contrôle de la qualité, former les douaniers et les "
     "inspecteurs au repérage des produits, détruire sans polluer les stocks saisis, ouvrir une "
     "consultation d'addictologie à Garoua et mener une campagne dans les langues locales. Les "
     "faux médicaments en général et les plantes médicinales relèvent d'autres programmes.",
     ("tramadol", "usage détourné de médicaments", "trafic de médicaments", "douanes", "besoins"),
     ("CM",), "2024-11"),
    ("gq03", "dataset", "es",
     "Incautaciones de tramadol en puertos, aeropuertos y envíos postales de España, 2016-2024",
     "España es lugar de tránsito de los comprimidos de tramadol de alta dosis fabricados en Asia "
     "meridional y enviados a África occidental, al norte de África y a Oriente Medio, donde se "
     "consumen sin receta. Este conjunto de datos, publicado por el servicio de vigilancia "
     "aduanera con la agencia española de medicamentos, recoge cada incautación de tramadol "
     "registrada en los puertos de Algeciras, Valencia, Barcelona y Las Palmas, en los aeropuertos "
     "de Madrid y Barcelona y en los envíos postales: fecha, lugar, número de comprimidos, dosis "
     "declarada (100, 120, 200 o 225 mg), países de origen y de destino declarados, mercancía con "
     "la que viajaban (a menudo contenedores de ropa usada o de repuestos de automóvil) y "
     "resultado de los análisis de laboratorio. Una tabla aparte da las denuncias por venta de "
     "tramadol sin receta en internet. Los precursores de drogas y los medicamentos falsificados "
     "de otras clases no se incluyen.",
     ("tramadol", "incautaciones", "aduanas", "tráfico de medicamentos", "conjuntos de datos"),
     ("ES",), "2025-05"),
    # --- essential oil poisonings and the safe use of essential oils and diffusers at home --------
    ("gq04", "dataset", "en",
     "Essential oil poisonings in New Zealand: calls to the national poisons centre, 2014-2024",
     "Eucalyptus, tea tree, clove, peppermint, lavender and camphor oils are sold in supermarkets, "
     "pharmacies and gift shops, and many homes now run an electric diffuser. Swallowed, even a "
     "teaspoon of some oils can cause drowsiness, seizures or breathing problems in a toddler, and "
     "oils splashed in the eyes or on the skin burn. This dataset, compiled by New Zealand's "
     "national poisons centre, counts every call about an essential oil by year, oil named, age "
     "group, route (swallowed, inhaled, eye, skin), how it happened (bottle left open, oil "
     "mistaken for a medicine or for ear drops, diffuser knocked over, home remedy), advice given "
     "and whether the patient was sent to hospital. Notes explain why tea tree and eucalyptus oils "
     "lead the counts, and how bottles with a dropper insert and a child-resistant cap changed the "
     "numbers. Mothballs, cleaning products and e-cigarette liquids are counted in other tables.",
     ("essential oils", "poisonings", "poisons centre", "child safety", "datasets"),
     ("NZ",), "2025-01"),
    ("gq05", "document", "fr",
     "Huiles essentielles et diffuseurs à la maison : fiche du centre antipoisons pour les "
     "familles",
     "Naturelles ne veut pas dire sans danger : les huiles essentielles sont des produits très "
     "concentrés. Cette fiche, rédigée par le centre antipoisons belge avec des pharmaciens et des "
     "pédiatres, rappelle que quelques gouttes d'huile essentielle d'eucalyptus, de menthe "
     "poivrée, de camphrier ou de gaulthérie avalées par un jeune enfant peuvent provoquer des "
     "convulsions, et que la gaulthérie, riche en salicylate de méthyle, est toxique comme "
     "l'aspirine à forte dose. Elle explique comment ranger les flacons hors de portée, ne pas les "
     "confondre avec des gouttes pour le nez ou les yeux, ne pas appliquer d'huile pure sur la "
     "peau ni dans les oreilles, diffuser moins de trente minutes dans une pièce aérée et jamais "
     "près d'un bébé, d'une personne asthmatique ou d'un chat, et quoi faire en cas d'ingestion. "
     "Les bougies parfumées, les désodorisants et l'encens, qui polluent aussi l'air intérieur, "
     "font l'objet d'autres fiches.",
     ("huiles essentielles", "intoxications", "centre antipoisons", "diffuseurs", "guides"),
     ("BE",), "2025-04"),
    ("gq06", "project", "es",
     "Proyecto: envases seguros y rotulado de los aceites esenciales vendidos en ferias y tiendas "
     "naturistas",
     "En Chile los aceites esenciales se venden sueltos en ferias libres, tiendas naturistas y "
     "redes sociales, a menudo en frascos sin tapa de seguridad ni advertencias, y se usan en "
     "vahos para el resfrío, en masajes y en difusores. El centro de información toxicológica de "
     "una universidad registró un aumento de las intoxicaciones de niños pequeños con aceite de "
     "eucalipto, de alcanfor y de menta, y casos de adultos que bebieron aceite de árbol de té "
     "como remedio. Este proyecto, conducido por el instituto de salud pública con ese centro, una "
     "asociación de herbolarios y la autoridad sanitaria de la región Metropolitana, propone un "
     "modelo de etiqueta con la dosis y las advertencias, promueve frascos con gotero y cierre a "
     "prueba de niños, capacita a los vendedores y fiscaliza la venta de aceites puros para "
     "ingerir. Los productos de aseo y los plaguicidas domésticos no forman parte del proyecto.",
     ("aceites esenciales", "intoxicaciones", "rotulado", "envases a prueba de niños", "proyectos"),
     ("CL",), "2024-10"),
    # --- compressed air systems in industry (leaks, pressure, compressors and heat recovery) ------
    ("gq07", "support-source", "en",
     "Offer: free compressed air system assessments and leak surveys for South African "
     "manufacturers",
     "Compressed air is often the most expensive utility in a factory: about a tenth of the "
     "electricity used by South African industry drives compressors, and in a typical plant a "
     "third of that air escapes through leaking hoses, couplings, drains and tools left blowing. "
     "The national cleaner production centre, with the electricity utility's energy efficiency "
     "programme, offers manufacturers a free assessment of their compressed air system. Trained "
     "engineers log the compressors' power and pressure for a week, walk the plant with ultrasonic "
     "leak detectors and tag every leak, and check whether the pressure is set higher than the "
     "tools need, whether air is used for cleaning or cooling where a blower would do, and whether "
     "the heat of the compressors could warm water or drying rooms. The firm receives a report of "
     "savings and payback times and a training day for its maintenance staff. Steam systems, "
     "motors and lighting are covered by other offers.",
     ("compressed air", "air leaks", "industrial energy efficiency", "compressors", "offers"),
     ("ZA",), "2025-02"),
    ("gq08", "event", "fr",
     "Journée technique : l'air comprimé dans les usines du Québec, chasse aux fuites et "
     "récupération de chaleur",
     "Dans bien des usines, l'air comprimé sert à tout : outils pneumatiques, vérins, soufflettes, "
     "transport de poudres, emballage. Or il coûte cher : environ 90 % de l'électricité consommée "
     "par un compresseur repart en chaleur, et les fuites peuvent représenter le quart de l'air "
     "produit. Cette journée, organisée à Drummondville par une association d'industriels avec le "
     "distributeur d'électricité, un cégep et des fournisseurs, présentera le diagnostic d'un "
     "réseau d'air comprimé, la détection des fuites aux ultrasons, la baisse de la pression de "
     "service, les compresseurs à vitesse variable, le séchage et la filtration de l'air, la "
     "récupération de la chaleur des compresseurs pour chauffer les bâtiments ou l'eau de procédé, "
     "et les subventions offertes. Des entreprises de la plasturgie et de l'agroalimentaire "
     "témoigneront. La réfrigération à l'ammoniac et les réseaux de vapeur seront traités lors "
     "d'une autre journée.",
     ("air comprimé", "fuites d'air", "compresseurs", "efficacité énergétique industrielle",
      "événements"),
     ("CA",), "2025-03"),
    ("gq09", "case-study", "es",
     "Estudio de caso: fugas de aire comprimido en una planta de envases PET de Montevideo",
     "Una planta que fabrica preformas y botellas de PET para bebidas en la zona industrial de "
     "Montevideo tenía tres compresores de alta presión para las sopladoras y dos de baja presión "
     "para el resto de la fábrica, todos encendidos día y noche. La auditoría energética, "
     "financiada con los certificados de eficiencia energética del ministerio de industria, midió "
     "que casi el 30 % del aire comprimido se perdía en fugas de mangueras, acoples, purgas y "
     "válvulas, y que la red de baja presión trabajaba a 8 bar cuando las máquinas necesitaban 6. "
     "Este estudio de caso describe el censo y la reparación de 140 fugas, el aprovechamiento del "
     "aire de soplado en la red de baja presión, un compresor de velocidad variable, un programa "
     "mensual de detección con ultrasonido y los ahorros de electricidad medidos durante un año. "
     "El reciclaje de las botellas de PET y los refrigerantes de los enfriadores quedan fuera.",
     ("aire comprimido", "fugas de aire", "compresores", "eficiencia energética",
      "estudios de caso"),
     ("UY",), "2024-12"),
    # --- spent catalysts of refineries and chemical plants (storage, metal recovery) --------------
    ("gq10", "project", "en",
     "Managing spent hydroprocessing catalysts from Kuwait's refineries: storage, classification "
     "and metal recovery",
     "Kuwait's refineries remove sulphur and nitrogen from fuels over catalysts of cobalt, nickel "
     "and molybdenum on alumina, and replace them every few years. The spent catalysts come out "
     "coated with coke, oil and sulphur; they can heat up and catch fire in air, release toxic "
     "gases when wet and leach metals, and several thousand tonnes a year must be handled as "
     "hazardous waste. This project, run by the environment public authority with the national "
     "petroleum company, a university and a licensed waste contractor, inventories the spent "
     "catalysts from the hydrotreaters, residue units and reformers, builds a covered store where "
     "drums are kept under nitrogen and watched for hot spots, and tests which lots can be "
     "regenerated and reused and which must be exported, under the Basel Convention's notification "
     "procedure, to plants that recover molybdenum, vanadium, nickel and cobalt. Stack emissions, "
     "oily sludge and the catalytic converters of cars are outside the project.",
     ("spent catalysts", "refinery waste", "hazardous waste", "metal recovery", "projects"),
     ("KW",), "2024-09"),
    ("gq11", "need", "fr",
     "Besoin : éliminer ou valoriser les catalyseurs usés entreposés dans les raffineries "
     "algériennes",
     "Les raffineries de Skikda, d'Arzew, d'Alger et de Hassi Messaoud remplacent régulièrement "
     "les catalyseurs de leurs unités d'hydrotraitement, de reformage catalytique et de craquage. "
     "Faute de filière nationale, des centaines de tonnes de catalyseurs usés s'accumulent depuis "
     "des années dans des fûts et des big-bags sur les parcs à déchets des sites, où certains lots "
     "s'échauffent et où la pluie entraîne nickel, vanadium et hydrocarbures. L'entreprise "
     "nationale des hydrocarbures, avec le ministère de l'environnement et l'agence nationale des "
     "déchets, demande un appui pour inventorier et caractériser ces stocks, séparer les "
     "catalyseurs au platine de ceux au cobalt-molybdène ou au nickel, former les agents au "
     "conditionnement sous azote, préparer les dossiers de mouvements transfrontières vers des "
     "usines de récupération des métaux et étudier l'emploi des catalyseurs de craquage en "
     "cimenterie. Les boues de fond de bacs et les eaux huileuses font l'objet d'une autre "
     "demande.",
     ("catalyseurs usés", "raffineries", "déchets dangereux", "récupération des métaux", "besoins"),
     ("DZ",), "2025-06"),
    ("gq12", "dataset", "es",
     "Catalizadores gastados generados en Colombia: cantidades, tipos y destino, 2017-2024",
     "Las refinerías de Barrancabermeja y Cartagena, las plantas petroquímicas y algunas "
     "industrias de grasas y aceites, que hidrogenan aceites vegetales con catalizadores de "
     "níquel, generan cada año miles de toneladas de catalizadores gastados, un residuo peligroso "
     "por sus metales, su azufre y los hidrocarburos que lo impregnan. Este conjunto de datos, "
     "extraído por el instituto de estudios ambientales del registro nacional de generadores de "
     "residuos peligrosos, da por año, departamento y sector las toneladas declaradas por tipo de "
     "catalizador (craqueo catalítico, hidrotratamiento, reformado, hidrogenación de aceites) y su "
     "destino: almacenamiento en el sitio, coprocesamiento en hornos cementeros, exportación para "
     "recuperar metales o relleno de seguridad. Las notas explican los códigos del registro y los "
     "cambios de las declaraciones tras la ampliación de la refinería de Cartagena. Los "
     "convertidores catalíticos de los vehículos y el coque de petróleo no se incluyen.",
     ("catalizadores gastados", "residuos peligrosos", "refinerías", "coprocesamiento",
      "conjuntos de datos"),
     ("CO",), "2025-02"),
    # --- hearing loss from earphones and headphones (personal listening devices, safe listening) --
    ("gq13", "event", "en",
     "World Hearing Day event: safe listening with earphones and headphones for students in "
     "Singapore",
     "Many students in Singapore wear earbuds for hours a day on the train, while gaming and while "
     "studying, often turning the volume up to drown out traffic and crowds. Listening above about "
     "85 decibels for long periods slowly damages the hair cells of the inner ear, causing ringing "
     "in the ears and a hearing loss that cannot be cured. For World Hearing Day, the health "
     "promotion agency, with a hospital's ear, nose and throat department, polytechnic students "
     "and a hearing loss association, holds an afternoon event at a shopping mall: free hearing "
     "screening, a booth that measures the sound level reaching the ear from visitors' own "
     "earphones, a talk on the 60-60 rule and on noise-cancelling headphones, and a workshop on "
     "setting volume limits on phones. Noise at concerts and clubs and noise at work are the "
     "subjects of other campaigns.",
     ("safe listening", "earphones", "noise-induced hearing loss", "young people", "events"),
     ("SG",), "2025-03"),
    ("gq14", "document", "fr",
     "Écouteurs, casques audio et musique trop forte : guide pour les adolescents et les parents",
     "En Suisse romande, un jeune sur cinq écoute de la musique avec des écouteurs plus d'une "
     "heure et demie par jour, souvent à un volume qui dépasse ce que l'oreille supporte. Ce "
     "guide, publié par la ligue de santé d'un canton avec des médecins ORL, des audioprothésistes "
     "et des enseignants, explique comment l'oreille interne s'abîme, ce que sont les acouphènes "
     "et la perte auditive induite par le bruit, pourquoi le danger dépend du volume et de la "
     "durée, et comment régler le limiteur de volume du téléphone, choisir un casque à réduction "
     "de bruit plutôt que de monter le son dans le train, faire des pauses et consulter après un "
     "sifflement qui dure. Une page pour les parents décrit les signes d'une baisse d'audition "
     "chez l'enfant. Les règles qui limitent le niveau sonore dans les salles de concert et les "
     "discothèques, et le bruit au travail, sont présentés dans d'autres documents.",
     ("écouteurs", "casques audio", "perte auditive", "jeunes", "guides"),
     ("CH",), "2024-11"),
    ("gq15", "dataset", "es",
     "Uso de audífonos y audiometrías de estudiantes de colegio en Costa Rica, 2022-2024",
     "En Costa Rica se llama audífonos a los auriculares con que los jóvenes escuchan música, ven "
     "videos y juegan en línea. Este conjunto de datos, publicado por el ministerio de salud con "
     "la escuela de tecnologías en salud de la universidad pública, reúne una encuesta a 4 800 "
     "estudiantes de colegios de San José, Cartago, Limón y Guanacaste sobre el tipo de audífonos "
     "usados, las horas diarias de escucha, el volumen habitual y los zumbidos en los oídos, y las "
     "audiometrías hechas a una submuestra de 900 estudiantes. Para cada caso anónimo se dan la "
     "edad, el sexo, la región, los umbrales auditivos por frecuencia y la presencia de la muesca "
     "en 4 000 Hz típica de la pérdida auditiva inducida por ruido. Los audífonos médicos para "
     "personas con sordera y el ruido del tránsito se tratan en otras publicaciones.",
     ("audífonos", "auriculares", "pérdida auditiva inducida por ruido", "estudiantes",
      "conjuntos de datos"),
     ("CR",), "2025-05"),
    # --- hot-dip galvanizing (spent pickling acid, flux, zinc ash and dross, fumes) ---------------
    ("gq16", "case-study", "en",
     "Cleaner hot-dip galvanizing in Shubra El-Kheima: a case study of spent acid, zinc ash and "
     "fumes",
     "Galvanizers coat steel poles, towers, pipes and fencing with zinc by dipping them in a "
     "kettle of molten zinc at about 450 °C. First the steel is degreased, pickled in hydrochloric "
     "acid and dipped in a flux of zinc ammonium chloride, and each step leaves waste: spent "
     "pickling acid loaded with iron and zinc, flux sludge, zinc ash skimmed from the bath, dross "
     "from its bottom and white fumes over the kettle. This case study, written by Egypt's "
     "industrial pollution abatement programme, follows twelve small galvanizing plants north of "
     "Cairo that used to neutralise spent acid with lime and pour it into the drains. It describes "
     "the separate tanks for pickling baths with and without zinc, the drag-out rinse tanks, the "
     "sale of spent acid to a ferric chloride maker, the enclosure and bag filter over the kettle, "
     "the return of ash and dross to zinc recyclers and the savings made. Electroplating and "
     "aluminium smelting are not covered.",
     ("hot-dip galvanizing", "spent pickling acid", "zinc ash", "cleaner production",
      "case studies"),
     ("EG",), "2024-10"),
    ("gq17", "project", "fr",
     "Projet : réduire les rejets des ateliers de galvanisation à chaud de la zone industrielle de "
     "Ben Arous",
     "Autour de Tunis, une dizaine d'ateliers de galvanisation à chaud protègent de la corrosion "
     "les pylônes électriques, les glissières de sécurité, les serres et les charpentes "
     "métalliques en les trempant dans un bain de zinc fondu. Leurs bains de décapage à l'acide "
     "chlorhydrique usés, leurs bains de fluxage, les cendres et les mattes de zinc finissent trop "
     "souvent dans le réseau d'assainissement ou sur des terrains vagues, et les riverains se "
     "plaignent des fumées blanches. Ce projet, mené par le centre international des technologies "
     "de l'environnement avec l'agence de protection de l'environnement, la chambre syndicale des "
     "galvanisateurs et un bailleur européen, finance des audits de production plus propre, des "
     "bacs de rinçage, une unité de régénération de l'acide partagée entre plusieurs ateliers, des "
     "hottes d'aspiration, la formation des opérateurs et un contrat de reprise des cendres de "
     "zinc par un recycleur. Les ateliers de chromage et les fonderies relèvent d'autres "
     "programmes.",
     ("galvanisation à chaud", "bains de décapage", "cendres de zinc", "production plus propre",
      "projets"),
     ("TN",), "2025-01"),
    ("gq18", "need", "es",
     "Necesidad: manejo de ácidos agotados y cenizas de zinc de las galvanizadoras de Lima y el "
     "Callao",
     "En los distritos de Ate, Santa Anita y el Callao trabajan varias galvanizadoras que recubren "
     "con zinc tubos, postes, torres de telecomunicaciones y estructuras para la minería, "
     "sumergiéndolos en zinc fundido después de decaparlos con ácido clorhídrico. La mayoría son "
     "pequeñas empresas que acumulan el ácido de decapado agotado en cilindros, lo neutralizan con "
     "cal sin control o lo entregan a informales, y que almacenan a la intemperie las cenizas y "
     "las matas de zinc; los vecinos denuncian humos blancos y olores. El organismo de evaluación "
     "y fiscalización ambiental, con el ministerio de la producción y una asociación de "
     "galvanizadores, solicita apoyo para elaborar un inventario y una guía de buenas prácticas "
     "para la galvanización en caliente, capacitar a inspectores y operarios y estudiar la "
     "factibilidad de una planta de regeneración de ácido. La fundición de plomo y la minería del "
     "zinc quedan fuera.",
     ("galvanizado en caliente", "ácido de decapado", "cenizas de zinc", "fiscalización ambiental",
      "necesidades"),
     ("PE",), "2025-04"),
    # --- worn banknotes withdrawn and shredded by central banks, and the waste of shredded notes --
    ("gq19", "dataset", "en",
     "Shredded banknotes in Kenya: worn notes destroyed by the central bank and what becomes of "
     "the waste, 2015-2024",
     "Every year Kenya's central bank withdraws hundreds of millions of worn, torn and dirty "
     "banknotes from circulation, counts and shreds them, and must dispose of the shreds, a cotton "
     "paper mixed with inks, security threads and holograms. For years they were compressed and "
     "sent to the Dandora dumpsite; since 2019, when the old 1,000 shilling notes were withdrawn, "
     "part has been made into fuel briquettes and part burnt in a cement kiln. This dataset, "
     "published by the central bank in its sustainability report, gives by year and branch the "
     "number and value of notes destroyed by denomination, the tonnes of shreds produced and the "
     "tonnes sent to landfill, to briquetting, to co-processing in cement kilns and to trials of "
     "paperboard making. Notes explain the heavy metals found in the ash. Coins and the bank's "
     "office waste are not covered.",
     ("banknotes", "shredded currency", "waste disposal", "central banks", "datasets"),
     ("KE",), "2025-02"),
    ("gq20", "project", "fr",
     "Projet : valoriser les billets de banque usagés broyés plutôt que de les enfouir",
     "Au Maroc, les billets de banque abîmés ou trop sales que les agences de la banque centrale "
     "retirent de la circulation sont détruits par broyage, ce qui produit chaque année plusieurs "
     "centaines de tonnes de confettis de papier fiduciaire, jusqu'ici compactés en briquettes et "
     "mis en décharge contrôlée. Ce projet, conduit par la banque centrale et son imprimerie de "
     "billets avec une école d'ingénieurs et une cimenterie, teste trois voies : l'incorporation "
     "des broyats dans des panneaux isolants et des cartons, leur compostage avec des déchets "
     "verts après analyse des encres et des métaux, et leur emploi comme combustible de "
     "substitution dans un four de cimenterie. Il mesure les émissions, la qualité des composts et "
     "des panneaux et les coûts de chaque voie. Les pièces de monnaie, les chèques et le papier "
     "des bureaux de l'administration ne sont pas concernés.",
     ("billets de banque usagés", "broyats", "valorisation des déchets", "banque centrale",
      "projets"),
     ("MA",), "2024-12"),
    ("gq21", "case-study", "es",
     "Estudio de caso: del incinerador al compost, los billetes deteriorados del banco central de "
     "Guatemala",
     "Los billetes de quetzal deteriorados que los bancos devuelven al banco central se verifican, "
     "se anulan y se trituran; durante décadas los residuos se quemaron en un incinerador antiguo "
     "en la ciudad de Guatemala, con un humo que molestaba a los vecinos y cenizas con restos de "
     "tintas. Este estudio de caso, redactado por el banco central con la municipalidad y una "
     "universidad, describe cómo desde 2020 el papel de algodón triturado se mezcla con residuos "
     "de mercados y podas en la planta de compostaje municipal, tras analizar los metales pesados "
     "de las tintas y del compost, y cómo el billete de polímero de un quetzal, que no se "
     "composta, se entrega a un reciclador de plásticos. Presenta las toneladas desviadas, los "
     "costos, las precauciones de seguridad para trasladar el material y las lecciones para otros "
     "bancos centrales de la región. Las monedas y los residuos electrónicos de las oficinas no se "
     "tratan.",
     ("billetes deteriorados", "billetes triturados", "compostaje", "banca central",
      "estudios de caso"),
     ("GT",), "2025-06"),
    # --- vehicle impound lots (pounds, fourrières, corralones) and their unclaimed vehicles -------
    ("gq22", "need", "en",
     "Need: clearing rotting impounded vehicles from police yards and traffic authority pounds in "
     "Lagos",
     "Thousands of cars, buses, tricycles and motorcycles seized after accidents, traffic offences "
     "or crimes sit for years in police station yards, on roadsides in front of divisional "
     "headquarters and in the pounds of the Lagos State traffic management authority. Many are "
     "never claimed or are held as exhibits for court cases that drag on. They rust, leak engine "
     "oil, fuel and battery acid into the soil and drains, collect rainwater in which mosquitoes "
     "breed, catch fire in the dry season and shelter snakes and rats. The state environment "
     "ministry, with the police command, the traffic authority and the judiciary, asks for support "
     "to inventory and photograph the vehicles, agree a legal procedure for auctioning or "
     "scrapping unclaimed ones, drain their fluids and remove batteries and tyres before they go "
     "to licensed scrap recyclers, and clean up the yards. The import of used cars from abroad is "
     "dealt with elsewhere.",
     ("impounded vehicles", "vehicle pounds", "abandoned vehicles", "enforcement", "needs"),
     ("NG",), "2025-03"),
    ("gq23", "case-study", "fr",
     "Étude de cas : vider la fourrière de Dakar, des véhicules saisis jamais réclamés à la "
     "filière de recyclage",
     "La fourrière municipale de Dakar et les parcs des commissariats gardaient en 2022 plus de 3 "
     "000 voitures, camions, motos « Jakarta » et charrettes saisis lors de contrôles routiers ou "
     "d'enquêtes, dont beaucoup n'étaient jamais réclamés faute de pouvoir payer les frais de "
     "garde. Les véhicules se dégradaient, les huiles et le carburant souillaient le sol, des "
     "pièces étaient volées et les riverains se plaignaient des moustiques et des incendies. Cette "
     "étude de cas, rédigée par la direction de l'environnement avec la ville, la police, le "
     "service des domaines et une entreprise de recyclage des métaux, décrit l'inventaire des "
     "véhicules, la procédure de vente aux enchères puis de destruction des épaves non vendues, la "
     "dépollution (vidange des fluides, retrait des batteries, des pneus et des gaz de "
     "climatisation), le tri des métaux et le nettoyage du site. Les véhicules d'occasion importés "
     "ne sont pas traités.",
     ("fourrières", "véhicules saisis", "épaves", "dépollution", "études de cas"),
     ("SN",), "2024-11"),
    ("gq24", "project", "es",
     "Proyecto: chatarrización de vehículos abandonados en los corralones de la Ciudad de México",
     "En los depósitos vehiculares de la Ciudad de México, los corralones, se acumulan autos, "
     "motocicletas y camiones remitidos por infracciones de tránsito, por abandono en la vía "
     "pública o por orden del ministerio público, muchos sin reclamar desde hace más de diez años. "
     "Las llantas con agua estancada son criaderos de los mosquitos del dengue, los aceites y el "
     "anticongelante escurren al suelo y los incendios se repiten en la temporada seca. Este "
     "proyecto de la secretaría de movilidad con la secretaría del medio ambiente, la fiscalía y "
     "empresas de reciclaje autorizadas declara el abandono legal de los vehículos vencidos los "
     "plazos, los descontamina (retira combustible, aceites, baterías, llantas y el gas del aire "
     "acondicionado), compacta las carrocerías, vende el acero y el aluminio y libera espacio en "
     "los depósitos. La sustitución de taxis viejos y la verificación vehicular no forman parte "
     "del proyecto.",
     ("corralones", "depósitos vehiculares", "vehículos abandonados", "chatarrización",
      "proyectos"),
     ("MX",), "2025-01"),
    # --- printing works (offset, screen and flexographic printers: inks, solvents, plates, VOCs) --
    ("gq25", "support-source", "en",
     "Offer: cleaner production help for the offset printers of Sivakasi",
     "Sivakasi in Tamil Nadu prints a large share of India's calendars, diaries, notebooks, labels "
     "and cartons in hundreds of small offset printing presses, next to the town's better-known "
     "fireworks and match factories. The presses use inks based on mineral oils, isopropyl alcohol "
     "in the fountain solution, solvent blanket washes and plate-developing chemicals, and workers "
     "breathe the vapours in hot, closed halls, while waste inks, rags soaked in solvent and used "
     "plates are burnt or sold without control. A national productivity institute, with the state "
     "pollution control board and the printers' association, offers each press a free walk-through "
     "audit, help to switch to vegetable-based inks and alcohol-free dampening, closed "
     "solvent-recovery units and a rag-washing service, ventilation advice and training for "
     "supervisors. Fireworks safety, match-making and paper recycling are not part of the offer.",
     ("printing industry", "offset printing", "solvents", "cleaner production", "offers"),
     ("IN",), "2025-04"),
    ("gq26", "document", "fr",
     "Imprimeurs : guide des bonnes pratiques pour obtenir la marque Imprim'Vert",
     "Imprim'Vert est une marque créée par les chambres de métiers et les organisations "
     "professionnelles de l'imprimerie pour aider les imprimeries, les ateliers de sérigraphie et "
     "les entreprises de reprographie à réduire leurs impacts. Ce guide, édité par la chambre de "
     "métiers et de l'artisanat des Pays de la Loire, détaille les critères du cahier des charges "
     ": éliminer de façon conforme les déchets dangereux (encres, solvants, chiffons et lingettes "
     "souillés, révélateurs des plaques), sécuriser le stockage des liquides dangereux sur "
     "rétention, ne plus utiliser de produits étiquetés toxiques, sensibiliser les salariés et la "
     "clientèle et suivre les consommations d'énergie. Il donne des exemples de substitution des "
     "solvants de lavage, de réduction de l'alcool isopropylique dans la solution de mouillage et "
     "de récupération des plaques d'aluminium, et une grille d'autodiagnostic. Le recyclage des "
     "cartouches d'imprimantes de bureau et celui du papier sont traités ailleurs.",
     ("imprimeries", "Imprim'Vert", "encres et solvants", "déchets dangereux", "guides"),
     ("FR",), "2025-02"),
    ("gq27", "event", "es",
     "Jornada: artes gráficas sostenibles, tintas, solventes y residuos en las imprentas de Quito",
     "Quito cuenta con cientos de imprentas pequeñas y medianas de offset, serigrafía, flexografía "
     "de etiquetas y gran formato, muchas en casas adaptadas de barrios residenciales. Sus tintas, "
     "solventes de limpieza, trapos contaminados y planchas usadas terminan a menudo en el "
     "alcantarillado o en la basura común, y los trabajadores se quejan de dolores de cabeza por "
     "los vapores. La jornada, organizada por la secretaría de ambiente del municipio con la "
     "asociación de industriales gráficos y una universidad, presentará las tintas de base vegetal "
     "y de curado ultravioleta, la sustitución de solventes y del alcohol isopropílico, la "
     "recuperación de solventes por destilación, el reciclaje de las planchas de aluminio, la "
     "ventilación de los talleres y el registro como generador de desechos peligrosos. Varias "
     "imprentas contarán su experiencia y habrá una visita a una planta que recupera solventes. El "
     "material de las campañas electorales y el reciclaje del papel no se tratarán.",
     ("imprentas", "artes gráficas", "tintas y solventes", "desechos peligrosos", "eventos"),
     ("EC",), "2025-05"),
    # --- poppers (inhaled alkyl nitrites: amyl, isobutyl, isopropyl nitrite) ----------------------
    ("gq28", "document", "en",
     "Poppers: what the rescheduling of alkyl nitrites means for users and retailers",
     "Poppers are small bottles of volatile alkyl nitrites, such as amyl, isobutyl and isopropyl "
     "nitrite, that are sniffed for a brief rush and to relax muscles, and are widely used by gay "
     "and bisexual men. For years they were sold in Australian adult shops and tobacconists "
     "labelled as leather cleaner or room odouriser. Under the national medicines regulator's "
     "decision, amyl nitrite can now be bought only from a pharmacy, with advice, while the other "
     "alkyl nitrites are prohibited. This guide, written by a community health organisation with "
     "pharmacists and the regulator, explains where poppers can legally be bought and the risks: a "
     "dangerous fall in blood pressure with erectile dysfunction medicines, methaemoglobinaemia, "
     "burns, damage to the retina from isopropyl nitrite, and harm when swallowed. It also says "
     "what to do in an emergency and how to report products sold illegally. Other drugs used in "
     "chemsex are covered by separate guides.",
     ("poppers", "alkyl nitrites", "harm reduction", "medicines regulation", "guidance"),
     ("AU",), "2024-10"),
    ("gq29", "dataset", "fr",
     "Poppers et atteintes de la rétine : cas signalés aux centres d'addictovigilance, 2013-2024",
     "Les poppers, vendus en petits flacons dans les sex-shops, les bureaux de tabac et sur "
     "internet, contiennent des nitrites d'alkyle volatils que l'on inhale pour un effet "
     "euphorisant et vasodilatateur bref. Depuis que le nitrite d'isopropyle a remplacé le nitrite "
     "d'amyle dans beaucoup de produits, des ophtalmologistes décrivent des baisses de vision par "
     "atteinte de la macula, souvent réversibles à l'arrêt. Ce jeu de données, publié par l'agence "
     "nationale de sécurité du médicament avec le réseau des centres d'addictovigilance et les "
     "centres antipoison, recense les cas d'effets graves déclarés en France : date, âge, sexe, "
     "produit et nitrite identifié quand le flacon a été analysé, circonstances (inhalation, "
     "ingestion accidentelle, contact avec la peau), atteinte (maculopathie, méthémoglobinémie, "
     "malaise, brûlure) et évolution. Des notes rappellent les décisions d'interdiction de vente "
     "et leurs annulations. Le protoxyde d'azote et les autres produits détournés font l'objet de "
     "jeux de données distincts.",
     ("poppers", "nitrites d'alkyle", "maculopathies", "addictovigilance", "jeux de données"),
     ("FR",), "2025-03"),
    ("gq30", "need", "es",
     "Necesidad: controlar la venta de poppers rotulados como aromatizantes o limpiadores en "
     "Argentina",
     "En Argentina los poppers, frascos de nitritos de alquilo que se inhalan en fiestas y "
     "boliches, se consiguen en sex shops, kioscos y sitios de venta en línea rotulados como "
     "aromatizante de ambiente, limpiador de cueros o limpiador de cabezales, sin registro, sin "
     "composición declarada y sin advertencias. Los centros de toxicología reciben consultas por "
     "desmayos, metahemoglobinemia, quemaduras en la cara y casos de niños que bebieron el "
     "líquido, y oftalmólogos de Buenos Aires y Rosario describen lesiones en la retina. La "
     "administración nacional de medicamentos, alimentos y tecnología médica, con el centro "
     "nacional de intoxicaciones y las autoridades de defensa del consumidor, solicita apoyo para "
     "analizar muestras, definir su encuadre legal, capacitar a inspectores, retirar los productos "
     "de las plataformas en línea y preparar mensajes de reducción de daños. El óxido nitroso y el "
     "nitrito de sodio quedan fuera de este pedido.",
     ("poppers", "nitritos de alquilo", "venta ilegal", "reducción de daños", "necesidades"),
     ("AR",), "2025-06"),
)  # fmt: skip
