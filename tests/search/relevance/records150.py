"""Clearing-house records of the hundred-and-fiftieth judged relevance set
(tests/search/relevance/queries150.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: waste pages on election
campaign waste, the posters, banners and flex boards left after the polls (a case study of the
green protocol that replaced PVC flex boards with cloth banners and organised the clean-up after
the polls in Kerala, India; a need to remove and recycle the affiches, banderoles and bâches
électorales of Abidjan, Côte d'Ivoire; a dataset of the propaganda electoral, lonas, pendones
and plastics, removed after the 2024 elections in Jalisco, Mexico); waste and health pages on
the radioactive waste and effluents of nuclear medicine (a need for delay tanks and a decay
store for the iodine-131 therapy ward of a teaching hospital in Accra, Ghana; a guide, a
document, on the effluents and déchets radioactifs of a service de médecine nucléaire and its
cuves de décroissance, France; a project on the desechos radiactivos de medicina nuclear and the
tanques de decaimiento of the public hospitals of Quito and Guayaquil, Ecuador); energy and
indoor air pages on kerosene heaters (a dataset of the fires, carbon monoxide poisonings and
recalls of kerosene fan heaters and stoves, Japan; a guide, a document, on the poêle à pétrole
used as a chauffage d'appoint, Wallonia and Brussels, Belgium; a project for cleaner indoor air
in the homes heated with estufas a parafina, Santiago, Chile); product safety and enforcement
pages on combustible façade cladding (a dataset of the buildings audited and rectified for
combustible cladding and aluminium composite panels, Victoria, Australia; a case study of the
recensement of the buildings with façades en panneaux composites aluminium after the Grenfell
fire, France; a project to check the fachadas with paneles de aluminio compuesto of Valencia
after the Campanar fire, Spain); waste pages on marble slurry, the sludge of sawing and
polishing marble (a project reusing the marble slurry of the dumping yards of Kishangarh and
Makrana, Rajasthan, India; a need to put to use the boues de sciage of the marbreries of Thala
and Kasserine, Tunisia; a jornada técnica, an event, on the lodos del corte del mármol of
Macael, Almería, Spain); occupational health pages on the carbon dioxide of fermentation in
wineries (a guide, a document, for the cellar hands of Marlborough and Hawke's Bay, New Zealand;
a dataset of the intoxications au gaz carbonique pendant les vinifications in caves and chais,
France; a jornada, an event, on the asfixias por dióxido de carbono in the bodegas of Mendoza
and San Juan during the vendimia, Argentina); trade and enforcement pages on substandard
electrical cables (a dataset of market surveillance samples of cables with undersized conductors
or copper-clad aluminium, Kenya; a project to control the fils et câbles électriques non
conformes, Morocco; a guía, a document, on recognising cables eléctricos adulterados o de
calibre menor, Peru); chemicals and indoor air pages on ozone generators (a case study of the
certification of indoor air cleaners that took ozone generators off the shelves in California,
United States; an offer, a support source, of training for the entreprises de nettoyage après
sinistre on the safe use of générateurs d'ozone, Québec, Canada; a need to control the
ozonizadores sold to disinfect premises and homes, Comunidad de Madrid, Spain); enforcement and
chemicals pages on transformer oil theft (a case study of the insulating oil drained from
transformers and sold to chip fryers, Uganda; a need to stop the vol d'huile des transformateurs
in Antananarivo and Toamasina, Madagascar; a project against the robo de aceite dieléctrico of
the transformers of the Atlántico, Colombia); and air pollution pages on construction dust (a
dataset of the complaints, inspections and prosecutions under the construction dust regulation,
Hong Kong; an atelier, an event, on the poussières des chantiers de construction et de
démolition of Dakar, Senegal; an offer, a support source, of advice and loaned particle monitors
to control the polvo de las obras, Bogotá, Colombia). English, French and Spanish, 10 records
each, every topic written once in each language (different countries, projects and angles, not
translations of one text).

None of records.py, records3.py, ..., records149.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (election, élection, elecciones, electoral, campaign,
campagne électorale, campaña electoral, propaganda electoral, political poster, affiche, afiche,
banner, banderole, bâche, lona, pendón, pasacalle, flex, PVC, thermocol, green protocol,
Haritha; nuclear medicine, médecine nucléaire, medicina nuclear, radiopharmaceutical,
radiopharmaceutique, radiofármaco, radioisotope, iodine-131, iode 131, yodo-131, technetium,
technétium, tecnecio, radiotherapy, radiothérapie, radioterapia, thyroid, thyroïde, tiroides,
decay tank, décroissance, decaimiento, radioactive waste, déchets radioactifs, residuos
radiactivos, desechos radiactivos, hospital effluent, effluents hospitaliers, efluentes
hospitalarios; kerosene, kérosène, queroseno, kerosén, paraffin, parafina, pétrole lampant,
heater, poêle à pétrole, chauffage d'appoint, estufa a parafina, estufa de queroseno,
calefactor, mechero; cladding, bardage, façade, fachada, revestimiento, aluminium composite,
aluminum composite, ACM, panneaux composites, paneles composite, polyethylene core,
polyéthylène, polietileno, high-rise, tower block, immeuble de grande hauteur, rascacielos,
Grenfell, Campanar, Lacrosse; marble, marbre, mármol, granite, granit, granito, slurry, boues de
sciage, lodos de corte, marmettola, Carrara, Macael, Makrana, Kishangarh, stone cutting, stone
processing, taille de pierre, piedra natural, dimension stone, sawing, sciage, aserrado; carbon
dioxide, gaz carbonique, dióxido de carbono, CO2, carbon dioxide poisoning, asphyxia, asphyxie,
asfixia, fermentation, fermenting, vinification, vinificación, vendanges, vendimia, winery,
cellar, chai, cuvage, bodega, lagar, confined space, espace confiné, espacio confinado; cable,
câble, cable eléctrico, electrical wire, fils électriques, alambre, conductores eléctricos,
wiring, substandard cable, counterfeit cable, copper-clad, aluminium cuivré, cobre recubierto,
short circuit, court-circuit, cortocircuito, electrical fire, incendies électriques, KEBS,
Indecopi; ozone generator, générateur d'ozone, ozoneur, ozonizador, ozonización, generador de
ozono, air purifier, air cleaner, épurateur, purificateur, purificador, ioniser, ioniseur,
ionizador, indoor ozone, disinfection, désinfection, desinfección; transformer oil, huile de
transformateur, aceite dieléctrico, aceite de transformador, vandalism, vandalisme, vandalismo,
transformer, transformateur, transformador, PCB, polychlorinated biphenyls; construction dust,
poussières de chantier, polvo de obra, dust control, control del polvo, site dust, building
site, construction site, chantier, chantiers de construction, obras de construcción, demolition
dust, démolition, PM10, humectación, arrosage, anti-smog gun, mist cannon).

Screened and dropped as covered: engineered stone (bh25-bh27), cheese whey (eh04-eh06), vinasse
(bj10-bj12), embalming fluids (eh01-eh03), fumigated import containers (cn22-cn24), leaf blowers
(cv07-cv09), tattoo inks (bo28-bo30), nail salons (bn25-bn27), creosote sleepers (bb13-bb15),
CCA-treated timber (bj28-bj30), glitter (ct28-ct30), end-of-life boats (dh16-dh18), road salt
(bm28-bm30), orphan oil and gas wells (dv01-dv03), chronic kidney disease of unknown cause
(ct07-ct09), head lice treatments (cv01-cv03), welding fume (eb10-eb12), isocyanates
(dx16-dx18), leaking underground tanks of petrol stations (ed22-ed24), disposable vapes
(bk04-bk06), sulphur hexafluoride in switchgear (bu07-bu09), the transport of dangerous goods
(t04, t06), hydrogen sulfide in sewers (y16-y18), coal ash (bb10-bb12), the air of ice arenas
(df07-df09), trichloramine in indoor pools (cz04-cz06), used refrigerators (cf22-cf24),
lithium-ion battery fires in waste (ef07-ef09), the exports of banned pesticides (dj22-dj24),
roadside remote sensing of vehicle emissions (dl10-dl12), solar lanterns (ch01-ch03), ciguatera
(cv04-cv06), the negative-ion products (ey10-ey12) and the ionisation smoke detectors
(eu01-eu03), besides the topics of sets 42 to 149 and those their docstrings list as covered;
screened with no or passing hits but not chosen: sewage heat recovery (screened by sets 110,
112, 134 and 142, next to the mine water heat and sand battery pages), gas stoves and indoor
nitrogen dioxide (screened by sets 110 and 122, next to the induction cookers of cl19-cl21), air
fresheners (no page, but the désodorisants named by the paradichlorobenzene toilet block page
bp08), incinerator bottom ash (the mâchefers of eb17, screened by set 134), falsified medicines
(screened by sets 122, 134 and 142), aerosol cans (the aerosol spray cans of the leftover paint
pages dr01 and dr02), the colour powders of Holi festivals and colour runs (no hit, but few
French-language pages), the decompression sickness of diving fishermen (no hit, but nearer the
fisheries engineers' area), energy performance certificates of buildings (the diagnostic de
performance énergétique named by dj20) and the charging fires of e-bikes at home (next to the
battery fire pages ef07-ef09 and the shared e-scooters ct16-ct18). Combustible façade cladding
had been screened by set 149 and left to this area as a building fire topic nearer the chemicals
engineers'.

One earlier record is judged relevant in part (1): the construction and demolition waste project
of Delhi, cb10, whose own subjects include dust control and which monitors the dust of its
plants and sites, answers the construction dust queries in part. The nearest others are passing
or about other things, all 0: the visual pollution pages (dl07-dl09), whose dl09 sends the
vallas of electoral campaigns to a separate protocol, the unaddressed advertising pages
(fw04-fw06), whose fw06 leaves the propaganda electoral out, the recovered paper pages
(df16-df18) and the festival glitter page ct28, no election campaign waste; the ionisation smoke
detector pages (eu01-eu03), the deep geological repositories (ct01-ct03), the tritium pages
(dj07-dj09), the potassium iodide tablets (eu10-eu12), the negative-ion products (ey10-ey12),
the cobalt-60 orphan source of Mayapuri (cd01), the old X-ray films (ey19), the gadolinium of
MRI contrast agents (fo01-fo03), whose fo02 collects the urine of patients, the health-care
waste pages (d3, p22, p23) and the cytotoxic drug pages (eb07-eb09), no nuclear medicine waste;
the carbon monoxide pages (cb07-cb09), whose cb08 names the chaufferettes au propane of
ice-fishing huts, the home heating oil pages (fc19-fc21), the paraffin lamp pages (ch01-ch03),
the paraffin stoves of the shack fire page fr19 and of dv13, the estufas a parafina named among
the causes of fires by the campamento dataset fr21 and among the sources of damp by dp30, the
pellet pages (dd16-dd18), the heat pumps of ca21 and the dry firewood pages (fw28-fw30), no
kerosene heater; the HBCD in polystyrene insulation before demolition (t31), the mineral wool
waste pages (er10-er12), the HCFC-free foam panels (dh28, dh29), the fires in informal
settlements (fr19-fr21), the firefighters' cancer pages (fs04-fs06) and the post-earthquake
building checks (ff07), no façade cladding; the engineered stone and silicosis pages
(bh25-bh27), whose bh27 is about the marmolistas who cut quartz agglomerates, the quarry
blasting pages (ey25-ey27), the foundry sand pages (ey16-ey18), the red mud pages (bl22-bl24)
and the construction and demolition waste pages (cb10-cb12), no marble slurry; the winery
wastewater pages (fs01-fs03), the carbon dioxide monitors in classrooms (dn28-dn30), the
hydrogen sulfide in sewers (y16-y18), the gaz carbonique of lake Kivu named by br26 and the
carbon dioxide refrigeration of the ice arenas (df07, df08), no carbon dioxide in wineries; the
metal theft pages (er19-er21), the counterfeit phone charger pages (fs22-fs24), whose fs23 names
câbles USB and fs24 the cables sold with chargers, phone accessories and no installation cables,
the electricity theft pages (dv13-dv15), the counterfeit engine oil pages (fw22-fw24) and the
informal settlement fires (fr19-fr21), no substandard electrical cables; the ground-level ozone
pages (cp22-cp24), the ozone layer pages (among them m19, t01, t02, u22 and u23), the carbon
dioxide monitors in classrooms (dn28-dn30), whose dn29 names portable purificateurs d'air, the
air quality microsensors (cd05), the negative-ion products (ey10-ey12) and the trichloramine in
indoor pools (cz04-cz06), no ozone generator; the PCB phase-out pages (e1, e3, n24), the metal
theft pages (er19-er21), the pipeline vandalism pages (dp01-dp03), the electricity theft pages
(dv13-dv15), the used cooking oil guide i26 and the counterfeit engine oil pages (fw22-fw24), no
transformer oil theft; and the non-road mobile machinery pages (eu13-eu15), whose eu13 and eu14
leave demolition dust to other pages, the other construction and demolition waste pages (cb11,
cb12), the unpaved road dust pages (fk19-fk21), the quarry blasting pages (ey25-ey27), the
summary of the impact assessment of Salto de Chira (cx12), which names dust control among its
conditions, the plasterboard pages (eu19-eu21) and the mineral wool pages (er10-er12), no
construction dust.

records146.py, records147.py, records148.py and records149.py (ids fw.., fx.., fy.. and fz..),
the most recent earlier files, were searched like the others: their only hits on this set's
words are the propaganda electoral that fw06 leaves out, the winery wastewater named by the
docstring of records146, the wood stoves, estufas and poêles of the dry firewood pages
(fw28-fw30), the combustible façade cladding screened by the docstring of records149, the
villagers who burn the army ants with pétrole in fx14, the campaigns on how to spot a fake pack
of fw22 and the campañas por radio of the airbag offer fw18, the affiche of the science café
offer fz29, the campagne genevoise, the countryside, of the praying mantis pages of records147
and the campagnes d'insémination artificielle of records148; none of their records answers a
query of this set. records151.py, records152.py and records153.py (ids gb01..gb30, gc01..gc30
and gd01..gd30), written at the same time by other engineers on biodiversity, on agriculture,
fisheries, forestry, food and land, and on water, oceans and coasts, climate adaptation, cities,
disasters and capacity building, are not part of this set's pool, and no query of this set was
judged against them.

Traps: the counting-day fireworks, the voter slips, the thermocol and the recyclable
polyethylene of ga01 (0 to fireworks, polystyrene and plastic packaging); the caniveaux, the
ordures burnt, the tee-shirts and the cartes d'électeur of ga02 (0 to open burning and textile
waste); the anuncios espectaculares, the volantes and the rellenos sanitarios of ga03 (0 to
billboards, unaddressed advertising and landfills); the sealed radiotherapy sources, the
incinerator, the clinical waste and the city sewer of ga04 (0 to orphan sources and health-care
waste); the générateurs usagés, the déchets de soins and the réseau d'assainissement of ga05 (0
to ozone generators and health-care waste); the residuos hospitalarios, the alcantarillado and
the fuentes selladas en desuso of ga06 (0 to health-care waste and orphan sources); the petrol
stations, the carbon monoxide, the recalls, the air conditioners, the electric heaters and the
gas stoves of ga07 (0 to petrol vapour, carbon monoxide pages and airbag recalls); the
chaudières au mazout, the braseros, the moisissures and the détecteur de monoxyde de carbone of
ga08 (0 to heating oil tanks, carbon monoxide pages and damp and mould); the estufas a leña, the
bencinera, the humedad and the calefactores eléctricos of ga09 (0 to wood stoves and dry
firewood); the Grenfell Tower, the expanded polystyrene, the internal insulation, the fire doors
and the sprinklers of ga10 (0 to flame retardants in insulation); the tour Grenfell, the
isolants en polystyrène, the balcons and the parcs de stationnement of ga11 (0 to HBCD, balcony
solar and solar carports); the poliuretano, the incendios forestales and the placas solares of
ga12 (0 to isocyanates, wildfires and rooftop solar); the silicosis, the granite quarries, the
cement and lime plants, the bricks and the groundwater of ga13 (0 to engineered stone and lime
kilns); the carrières, the tirs de mines, the ciment, the chaux and the amendement des sols
acides of ga14 (0 to quarry blasting and enhanced rock weathering); the aglomerados de cuarzo
and the silicosis, the escombreras and the desulfuración de gases of ga15 (0 to engineered stone
and ship scrubbers); the winery wastewater, the refrigerants, the confined spaces and the
seasonal workers of ga16 (0 to winery wastewater and refrigerants); the effluents vinicoles, the
pesticides de la vigne and the alarmes portatives of ga17 (0 to winery wastewater and vine
pesticides); the efluentes de las bodegas, the riego con agua de reúso and the fosas de orujo of
ga18 (0 to winery wastewater and wastewater reuse); the mobile phone chargers, the extension
leads, the port of Mombasa and the fires in markets of ga19 (0 to phone chargers); the
compteurs, the branchements illégaux, the PVC recyclé and the douanes of ga20 (0 to electricity
theft); the robo de cables de cobre and the viviendas autoconstruidas of ga21 (0 to copper cable
theft); the formaldehyde, the fragrances, the ionisers, the COVID-19 pandemic, the wildfire
smoke and the outdoor ozone smog of ga22 (0 to ground-level ozone and negative-ion products);
the moisissures, the incendie, the inondation, the tabac and the épurateurs d'air portatifs of
ga23 (0 to damp and mould and to classroom air cleaners); the pandemia, the asma, the aulas, the
purificadores de aire, the publicidad engañosa and the ozono troposférico of ga24 (0 to
ground-level ozone and classroom CO2 monitors); the scrap dealers and the copper, the chip
fryers, the body creams and the PCB phase-out of ga25 (0 to metal theft, used cooking oil and
PCB phase-out); the gargotes, the huile de friture, the moteurs, the branchements clandestins
and the fraude aux compteurs of ga26 (0 to street food, used cooking oil and electricity theft);
the aceites de motor, the cobre de las bobinas, the ventas callejeras and the sustitución de los
equipos con PCB of ga27 (0 to engine oil, copper cable theft and PCB phase-out); the exhaust of
construction machinery, the noise of piling, the unpaved haul roads and the particle sensors of
ga28 (0 to non-road machinery, noise, unpaved roads and microsensors); the harmattan, the rues
en terre, the déchets de démolition and the carrières de Bandia of ga29 (0 to dust storms,
unpaved roads, demolition waste and quarry blasting); and the escombros, the ruido, the buses y
camiones and the metro of ga30 (0 to construction and demolition waste and noise). For the
country and exclusion queries: ga01 names only India (Kerala); ga02 only Côte d'Ivoire (Abidjan,
Cocody, Yopougon, Abobo); ga03 only Mexico (Jalisco, Guadalajara); ga04 only Ghana (Accra); ga05
names no place (country code FR); ga06 only Ecuador (Quito, Guayaquil); ga07 only Japan; ga08
only Belgium (Wallonie, Bruxelles); ga09 only Chile (Santiago, La Pintana, Puente Alto, Cerro
Navia); ga10 Australia (Victoria, Melbourne's Docklands) and, in passing, London (the Grenfell
Tower); ga11 France (country code FR) and, in passing, Londres (the tour Grenfell); ga12 only
Spain (Valencia, Campanar); ga13 only India (Rajasthan, Kishangarh, Makrana, Rajsamand,
Udaipur); ga14 only Tunisia (Kasserine, Thala); ga15 only Spain (Almería, Macael, the valle del
Almanzora); ga16 only New Zealand (Marlborough, Hawke's Bay); ga17 only France (Champagne,
Bordelais, Languedoc); ga18 only Argentina (Mendoza, San Juan); ga19 only Kenya (Nairobi,
Mombasa); ga20 only Morocco (Casablanca, Fès, Marrakech); ga21 only Peru (Lima); ga22 only the
United States (California); ga23 only Canada (Québec); ga24 only Spain (the Comunidad de Madrid)
and the European Union; ga25 only Uganda (Kampala, Wakiso, Mukono); ga26 only Madagascar
(Antananarivo, Toamasina); ga27 only Colombia (Barranquilla, Soledad, Malambo, the Atlántico);
ga28 only Hong Kong; ga29 only Senegal (Dakar, Diamniadio, Bandia); ga30 only Colombia (Bogotá).
Japan is named by ga07 only, Australia by ga10 only, Hong Kong by ga28 only, Mexico by ga03
only, Ecuador by ga06 only, Ghana by ga04 only, Kenya by ga19 only, Madagascar by ga26 only,
Argentina by ga18 only, Chile by ga09 only, India by ga01 and ga13, Spain by ga12, ga15 and
ga24, and Colombia by ga27 and ga30; the phrase "aluminium composite panels" is written by ga10
only (ga11 writes panneaux composites aluminium, ga12 paneles de aluminio compuesto); "cuves de
décroissance" by ga05 only (ga04 writes delay tanks, ga06 tanques de decaimiento); "estufas a
parafina" by ga09 only among these records (the earlier fr21 and dp30 name them in passing).

Ids (ga01..ga30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
fw01..fw30, fx01..fx30, fy01..fy30, fz01..fz30), and no earlier id starts with "ga".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- election campaign waste (posters, PVC banners and flex boards left after the polls) ------
    ("ga01", "case-study", "en",
     "A green protocol for elections in Kerala: cloth banners instead of PVC flex boards, and "
     "clean-up after the polls",
     "Every election in India leaves behind mountains of campaign material: printed PVC flex "
     "boards and banners, plastic flags and buntings, thermocol cut-outs of candidates, posters "
     "pasted on walls and leaflets handed out at rallies. In Kerala, where flex boards lined every "
     "road before the 2019 general election, the state election commission and the state "
     "sanitation mission asked parties and candidates to follow a green protocol: no PVC flex, "
     "plastic or thermocol in campaign material, banners of cotton cloth or paper, steel plates "
     "and tumblers at rallies, and removal of everything within days of polling. This case study, "
     "written by the mission with a university, follows the 2020 local body elections and the 2024 "
     "general election: the complaints sent through a mobile app, the material removed by the "
     "Haritha Karma Sena, the local women's green task force, the flex boards seized and shredded "
     "or reused, and the printers who switched to cloth and recyclable polyethylene. The "
     "counting-day fireworks and the voter slips are left aside.",
     ("election campaign waste", "PVC flex banners", "green protocol", "plastic waste",
      "case studies"),
     ("IN",), "2024-11"),
    ("ga02", "need", "fr",
     "Besoin : enlever et recycler les affiches, banderoles et bâches électorales après les "
     "scrutins à Abidjan",
     "À chaque élection présidentielle, législative ou municipale, les murs, les poteaux "
     "électriques, les arbres et les carrefours d'Abidjan se couvrent d'affiches, de banderoles, "
     "de bâches en plastique imprimées à l'effigie des candidats et de fanions, et les meetings "
     "distribuent casquettes et tee-shirts. Après le scrutin, une grande partie de ce matériel de "
     "campagne reste en place pendant des mois, se déchire au vent, bouche les caniveaux avant la "
     "saison des pluies ou part brûler avec les ordures. Le district autonome d'Abidjan, avec "
     "l'agence nationale de gestion des déchets et les mairies de Cocody, Yopougon et Abobo, "
     "sollicite un appui pour inventorier le matériel électoral posé, fixer aux partis un délai "
     "d'enlèvement, trier les bâches en PVC et les affiches en papier, tester leur réemploi par "
     "des couturières, des maraîchers et des artisans et leur recyclage, et rédiger avec les "
     "partis une charte qui limite le plastique dans la propagande électorale. Les cartes "
     "d'électeur et les bulletins de vote ne font pas partie de la demande.",
     ("déchets de campagne électorale", "affiches électorales", "bâches en PVC",
      "collecte des déchets", "besoins"),
     ("CI",), "2025-02"),
    ("ga03", "dataset", "es",
     "Propaganda electoral retirada después de las elecciones de 2024 en Jalisco: lonas, pendones "
     "y plásticos",
     "En las campañas de 2024, las más grandes de la historia de México, partidos y candidatos "
     "colgaron millones de lonas, pendones, gallardetes y mantas de vinilo en postes, puentes "
     "peatonales y bardas, repartieron volantes y calcomanías y pintaron muros. La ley electoral "
     "obliga a imprimir la propaganda en materiales reciclables o biodegradables con el símbolo "
     "internacional del reciclaje, a presentar un plan de reciclaje y a retirar la propaganda de "
     "la vía pública en los días siguientes a la jornada electoral. Este conjunto de datos, "
     "reunido por la secretaría de medio ambiente del estado con el instituto electoral local y "
     "los ayuntamientos de la zona metropolitana de Guadalajara, da por municipio y por partido "
     "las toneladas retiradas, el tipo de material, lo que se recicló, lo que fue a los rellenos "
     "sanitarios y las multas impuestas, con los reportes ciudadanos y las fotografías de los "
     "postes que nadie limpió. Los anuncios espectaculares comerciales no se incluyen.",
     ("propaganda electoral", "lonas de vinilo", "reciclaje", "residuos plásticos", "datos"),
     ("MX",), "2025-01"),
    # --- radioactive waste of nuclear medicine (iodine-131 and other radiopharmaceuticals) --------
    ("ga04", "need", "en",
     "Need: delay tanks and a decay store for the radioiodine therapy ward of a teaching hospital "
     "in Accra",
     "Patients treated with iodine-131 for an overactive thyroid or for thyroid cancer excrete "
     "most of the radioactivity in their urine during the first days, and the nuclear medicine "
     "department of a teaching hospital in Accra, Ghana's main centre for this treatment, still "
     "lets the toilets of its two isolation rooms drain straight into the city sewer. Syringes, "
     "vials, gloves, bedding and leftover food contaminated with iodine-131, or with the "
     "technetium-99m used for scans, are kept in an unshielded corner room. The hospital, with the "
     "nuclear regulatory authority and the national atomic energy commission, requests support to "
     "install shielded delay tanks that hold the effluent until it has decayed, to build a decay "
     "store with a register and a monitor for releasing the bags as ordinary clinical waste, to "
     "train nurses, cleaners and porters in radiation protection, and to advise patients going "
     "home on hygiene. Sealed radiotherapy sources and the hospital's incinerator are outside the "
     "request.",
     ("nuclear medicine", "radioactive waste", "iodine-131", "radiation protection", "needs"),
     ("GH",), "2025-03"),
    ("ga05", "document", "fr",
     "Guide : gérer les effluents et les déchets radioactifs d'un service de médecine nucléaire",
     "Les services de médecine nucléaire administrent aux patients des radiopharmaceutiques : "
     "technétium 99m pour les scintigraphies, fluor 18 pour la tomographie par émission de "
     "positons, iode 131 et, depuis peu, lutétium 177 pour la radiothérapie interne vectorisée. "
     "Une partie de ces radionucléides se retrouve dans les déchets (seringues, flacons, "
     "compresses, linge et repas des chambres protégées) et dans les effluents, surtout les urines "
     "des patients. Ce guide, rédigé par l'autorité de sûreté nucléaire avec des physiciens "
     "médicaux et des services d'hygiène hospitalière, explique comment établir le plan de gestion "
     "des déchets et des effluents contaminés, trier les déchets selon la période du "
     "radionucléide, les entreposer en décroissance et contrôler leur radioactivité avant de les "
     "éliminer comme déchets de soins, dimensionner les cuves de décroissance reliées aux chambres "
     "protégées, surveiller les rejets à l'émissaire vers le réseau d'assainissement et informer "
     "les patients qui rentrent chez eux. Les sources scellées et les générateurs usagés sont "
     "traités à part.",
     ("médecine nucléaire", "déchets radioactifs", "effluents radioactifs", "radioprotection",
      "guides"),
     ("FR",), "2024-06"),
    ("ga06", "project", "es",
     "Proyecto: gestión de los desechos radiactivos de medicina nuclear en los hospitales públicos "
     "de Quito y Guayaquil",
     "Los servicios de medicina nuclear de Ecuador atienden cada año a miles de pacientes con "
     "gammagrafías de tecnecio-99m y con tratamientos de yodo-131 para el hipertiroidismo y el "
     "cáncer de tiroides, y los nuevos tomógrafos PET usan flúor-18. Los desechos contaminados, "
     "jeringas, viales, guantes, sábanas y restos de comida de las habitaciones de aislamiento, se "
     "guardaban sin registro junto a los residuos hospitalarios, y la orina de los pacientes "
     "tratados con yodo iba directamente al alcantarillado. Este proyecto de la autoridad de "
     "control de las radiaciones, con el ministerio de salud y dos hospitales de especialidades, "
     "instala tanques de decaimiento blindados para los inodoros de las habitaciones de "
     "yodoterapia, habilita depósitos de decaimiento con un registro de cada bolsa, entrega "
     "detectores de contaminación, capacita al personal de limpieza y de enfermería y mide el "
     "yodo-131 en las descargas al alcantarillado. Las fuentes selladas en desuso de la "
     "radioterapia y de la industria tienen otro programa.",
     ("medicina nuclear", "desechos radiactivos", "yodo-131", "protección radiológica",
      "proyectos"),
     ("EC",), "2024-10"),
    # --- kerosene (paraffin) heaters (portable unflued room heaters burning kerosene) -------------
    ("ga07", "dataset", "en",
     "Kerosene heater accidents in Japan: fires, carbon monoxide poisonings and recalls, 2010-2024",
     "Millions of Japanese homes still warm their living rooms in winter with kerosene fan heaters "
     "and portable kerosene stoves, filled by hand from plastic tanks bought at petrol stations. "
     "The national product safety agency collects every accident report involving these heaters, "
     "and this dataset gives them by year, prefecture and type of appliance: fires started when "
     "petrol was poured into the tank by mistake, when a cartridge tank was not properly closed, "
     "when laundry dried above a stove caught fire or when an old heater was used after a recall; "
     "carbon monoxide poisonings from heaters run in closed rooms or with clogged air filters; and "
     "burns to children and older people. It lists the recalled models, among them heaters made in "
     "the 1980s that still caused deaths decades later, the share of owners reached, and the "
     "warnings put up in shops each autumn. Air conditioners, electric heaters and gas stoves, "
     "which cause other accidents, are counted separately.",
     ("kerosene heaters", "home heating", "carbon monoxide", "product recalls", "datasets"),
     ("JP",), "2025-02"),
    ("ga08", "document", "fr",
     "Guide : utiliser sans danger un poêle à pétrole comme chauffage d'appoint",
     "Avec la hausse des prix de l'énergie, de nombreux ménages de Wallonie et de Bruxelles ont "
     "ressorti ou acheté un poêle à pétrole, à mèche ou électronique, pour chauffer une pièce sans "
     "allumer la chaudière. Ces appareils mobiles sans conduit rejettent dans la pièce tous leurs "
     "gaz de combustion : monoxyde de carbone, dioxyde d'azote, particules fines et vapeur d'eau. "
     "Ce guide, publié par le centre antipoisons avec les services de santé environnementale et "
     "les pompiers, explique comment choisir un appareil conforme et un combustible désaromatisé "
     "de qualité, ne jamais l'utiliser dans une chambre, une salle de bains ou une pièce sans "
     "aération, aérer régulièrement, installer un détecteur de monoxyde de carbone, remplir le "
     "réservoir dehors et appareil éteint, ranger les bidons loin de toute source de chaleur et ne "
     "jamais y verser d'essence ni de gasoil. Il rappelle que la vapeur d'eau produite favorise "
     "les moisissures. Les chaudières au mazout et les braseros sont traités dans d'autres fiches.",
     ("poêles à pétrole", "chauffage d'appoint", "monoxyde de carbone",
      "pollution de l'air intérieur", "guides"),
     ("BE",), "2024-11"),
    ("ga09", "project", "es",
     "Proyecto: aire interior más limpio en las casas que se calientan con estufas a parafina en "
     "Santiago",
     "En Santiago, la mayoría de los hogares de las comunas periféricas se calienta en invierno "
     "con estufas a parafina, de mecha o láser, y compra la parafina en bidones en la bencinera o "
     "a los camiones que recorren las poblaciones. Las estufas sin salida al exterior descargan "
     "dentro de la casa monóxido de carbono, dióxido de nitrógeno, partículas finas y mucha "
     "humedad, en viviendas pequeñas donde se cierran las ventanas para no perder calor. Este "
     "proyecto del ministerio del medio ambiente, con la superintendencia de electricidad y "
     "combustibles, la secretaría regional de salud y una universidad, mide durante dos inviernos "
     "la calidad del aire interior en 120 casas de La Pintana, Puente Alto y Cerro Navia, enseña a "
     "ventilar y a mantener las estufas, entrega detectores de monóxido, controla en el comercio "
     "la calidad de la parafina y prueba el cambio a calefactores eléctricos con una tarifa de "
     "invierno. Las estufas a leña del sur del país tienen sus propios programas.",
     ("estufas a parafina", "calefacción", "contaminación intradomiciliaria", "monóxido de carbono",
      "proyectos"),
     ("CL",), "2024-08"),
    # --- combustible facade cladding (aluminium composite panels with a polyethylene core) --------
    ("ga10", "dataset", "en",
     "Combustible cladding in Victoria: buildings audited, risk ratings and rectification works, "
     "2019-2025",
     "After fire raced up the aluminium composite panels of the Lacrosse apartment tower in "
     "Melbourne's Docklands in 2014, and after the Grenfell Tower fire in London in 2017, the "
     "state of Victoria audited thousands of private and public buildings for combustible external "
     "wall cladding: aluminium composite panels with a polyethylene core, expanded polystyrene "
     "render systems and other flammable products. This dataset, published by the state agency "
     "that funds the removal of cladding from the highest-risk apartment buildings, gives for each "
     "local government area the buildings audited, their class and height, the type of cladding "
     "found, the risk rating given by fire engineers, the interim fire safety measures ordered, "
     "the buildings where rectification has started or finished and its cost, and the orders and "
     "prosecutions against builders and building surveyors. It notes the state ban on the sale and "
     "use of the most flammable panels. Internal insulation, fire doors and sprinklers are not "
     "covered.",
     ("combustible cladding", "aluminium composite panels", "building fire safety", "rectification",
      "datasets"),
     ("AU",), "2025-04"),
    ("ga11", "case-study", "fr",
     "Étude de cas : le recensement des immeubles à façades en panneaux composites aluminium après "
     "l'incendie de la tour Grenfell",
     "Au lendemain de l'incendie de la tour Grenfell, à Londres, en juin 2017, le ministère chargé "
     "du logement a demandé aux préfets de recenser les immeubles d'habitation de grande hauteur "
     "et les établissements recevant du public dont la façade comportait des panneaux composites "
     "aluminium à âme en polyéthylène, semblables à ceux qui avaient propagé le feu. Cette étude "
     "de cas, rédigée par un centre scientifique et technique du bâtiment avec des services "
     "départementaux d'incendie et de secours, retrace la démarche : questionnaires aux bailleurs "
     "sociaux et aux syndics de copropriété, visites des façades, prélèvements pour identifier "
     "l'âme des panneaux, classement de réaction au feu, et immeubles où le bardage a été déposé "
     "ou recoupé par des bandes incombustibles. Elle revient sur la révision des règles de "
     "conception des façades, sur les isolants extérieurs en polystyrène et sur la difficulté de "
     "faire financer les travaux par les copropriétés. Les incendies de balcons et de parcs de "
     "stationnement sont laissés de côté.",
     ("façades combustibles", "panneaux composites aluminium", "sécurité incendie",
      "immeubles de grande hauteur", "études de cas"),
     ("FR",), "2024-05"),
    ("ga12", "project", "es",
     "Proyecto: revisar las fachadas con paneles de aluminio compuesto de los edificios de "
     "Valencia tras el incendio de Campanar",
     "El 22 de febrero de 2024 un incendio recorrió en minutos las fachadas de un edificio de "
     "catorce plantas del barrio de Campanar, en Valencia, y mató a diez personas. El "
     "revestimiento, paneles de aluminio compuesto con núcleo de polietileno sobre un aislante de "
     "poliuretano, ardió como una chimenea. Este proyecto del ayuntamiento, con el colegio de "
     "arquitectos, el de ingenieros industriales y el cuerpo de bomberos, inventaría los edificios "
     "residenciales de más de seis plantas construidos desde los años noventa con fachadas "
     "ventiladas o revestimientos metálicos, revisa los proyectos de obra y muestras de los "
     "paneles, clasifica su reacción al fuego según la norma europea, informa a las comunidades de "
     "propietarios y prepara una línea de ayudas para sustituir los materiales combustibles. "
     "También propone cambios en el código técnico de la edificación. Los incendios forestales en "
     "la interfaz urbana y las placas solares de las cubiertas no forman parte del proyecto.",
     ("fachadas combustibles", "paneles de aluminio compuesto", "seguridad contra incendios",
      "edificios residenciales", "proyectos"),
     ("ES",), "2024-12"),
    # --- marble slurry (sludge from sawing and polishing marble and other natural stone) ----------
    ("ga13", "project", "en",
     "Project: from dumping yards to bricks and tiles, reusing the marble slurry of Kishangarh and "
     "Makrana",
     "Rajasthan saws most of India's marble, and the gang saws, cutters and polishing lines of the "
     "processing units of Kishangarh, Makrana, Rajsamand and Udaipur wash out a fine white slurry "
     "of stone powder and water, about a fifth of every block. For decades it was dumped on "
     "roadsides, farmland and dry riverbeds, where it dried into a powder that blew into villages, "
     "crusted over soils and sealed the ground where rain once recharged the wells. Under the "
     "state pollution control board's orders the units now send it to designated dumping yards, "
     "one of which near Kishangarh has become a white landscape visited by film crews. This "
     "project of the board with the marble traders' associations and a technical institute dries "
     "the slurry in filter presses, supplies it to cement and lime plants, brick makers, tile and "
     "wall-putty factories and road builders, and monitors the air and the groundwater around the "
     "yards. The silicosis of stone cutters and the granite quarries are dealt with by other "
     "projects.",
     ("marble slurry", "stone processing waste", "dumping yards", "waste reuse", "projects"),
     ("IN",), "2024-07"),
    ("ga14", "need", "fr",
     "Besoin : valoriser les boues de sciage des marbreries de Thala et de Kasserine",
     "Dans le gouvernorat de Kasserine, les carrières de Thala fournissent un marbre beige réputé "
     "que des dizaines de marbreries scient en tranches et en carreaux. Le sciage et le polissage, "
     "refroidis à l'eau, produisent des boues de marbre, une pâte de fine poudre de calcaire "
     "chargée d'un peu d'abrasif, que les ateliers vident dans les oueds et sur les terres "
     "agricoles voisines. En séchant, elles forment des croûtes blanches qui stérilisent les sols "
     "et une poussière que le vent porte jusqu'aux habitations. L'agence nationale de protection "
     "de l'environnement, avec le centre technique des matériaux de construction et les "
     "groupements de marbriers, sollicite un appui pour caractériser les boues, équiper les "
     "ateliers de décanteurs et de filtres-presses qui recyclent l'eau, aménager une aire de "
     "stockage commune et tester leur emploi dans le ciment, la chaux, les briques, le plâtre et "
     "l'amendement des sols acides. Les tirs de mines des carrières ne font pas partie de la "
     "demande.",
     ("boues de marbre", "boues de sciage", "marbreries", "valorisation des déchets", "besoins"),
     ("TN",), "2025-01"),
    ("ga15", "event", "es",
     "Jornada técnica: qué hacer con los lodos del corte del mármol de Macael",
     "La comarca del mármol de Macael, en el valle del Almanzora, en Almería, corta y pule cada "
     "año cientos de miles de toneladas de mármol blanco y de otras piedras naturales en talleres "
     "y fábricas que usan telares, cortabloques y pulidoras refrigerados con agua. De ese proceso "
     "salen lodos de carbonato cálcico muy finos que durante años se vertieron en ramblas y "
     "escombreras y que hoy se decantan en balsas y se llevan a vertederos autorizados a un coste "
     "creciente. Esta jornada, organizada por la asociación de empresarios del mármol con el "
     "centro tecnológico de la piedra, la consejería de medio ambiente y la universidad de "
     "Almería, presentará los ensayos para usar los lodos en cementos, morteros, pinturas y "
     "plásticos, en la desulfuración de gases y en la corrección de suelos ácidos, el secado con "
     "filtros prensa, la recirculación del agua y el régimen de subproducto. Los talleres que "
     "cortan aglomerados de cuarzo y la silicosis se tratarán en otra jornada.",
     ("lodos de mármol", "piedra natural", "subproductos", "economía circular", "eventos"),
     ("ES",), "2024-10"),
    # --- carbon dioxide in wineries (CO2 from fermentation in tanks and cellars during vintage) ---
    ("ga16", "document", "en",
     "Carbon dioxide in the winery: a vintage safety guide for cellar hands in Marlborough and "
     "Hawke's Bay",
     "Fermenting grape juice gives off large volumes of carbon dioxide, a gas heavier than air "
     "that cannot be seen or smelt at the concentrations that kill. During vintage it fills the "
     "tops of open fermenters, pools in tanks, sumps, pits and presses and drifts into low "
     "cellars; a worker who leans into a tank to plunge the cap, clean it or free a valve can "
     "collapse within a few breaths, and the colleague who climbs in to help is often the second "
     "victim. This guide, published by the workplace health and safety regulator with the national "
     "winegrowers' association, explains how to ventilate cellars and monitor them with fixed and "
     "personal carbon dioxide detectors, test the air before entering any tank, which counts as a "
     "confined space, use entry permits, harnesses and a standby person, and train the seasonal "
     "workers who arrive each autumn, many from overseas. The treatment of winery wastewater and "
     "the refrigerants of cooling plants are covered by other guidance.",
     ("carbon dioxide", "wineries", "fermentation", "confined spaces", "guidance"),
     ("NZ",), "2024-02"),
    ("ga17", "dataset", "fr",
     "Intoxications au gaz carbonique pendant les vinifications : accidents déclarés dans les "
     "caves et les chais, 2000-2024",
     "Chaque année, pendant les vendanges, des vignerons, des cavistes et des saisonniers sont "
     "intoxiqués par le gaz carbonique que dégagent les moûts en fermentation : un hectolitre de "
     "vendange en produit plusieurs mètres cubes en quelques jours, qui s'accumulent au fond des "
     "cuves, dans les fosses, autour des pressoirs et dans les caves enterrées. Certains accidents "
     "sont mortels, surtout lors du pigeage et du nettoyage des cuves. Ce jeu de données, tenu par "
     "la caisse centrale de la mutualité sociale agricole avec les services de santé au travail "
     "des régions viticoles, recense par année et par région, de la Champagne au Bordelais et au "
     "Languedoc, les accidents déclarés, leurs circonstances, l'opération en cours, le type de "
     "cuve, la présence d'un détecteur ou d'une ventilation, les secours et les séquelles. Il est "
     "complété par les ventes d'alarmes portatives subventionnées. Les effluents vinicoles et les "
     "maladies professionnelles liées aux pesticides de la vigne ne sont pas traités.",
     ("gaz carbonique", "vinification", "caves et chais", "santé au travail", "données"),
     ("FR",), "2025-03"),
    ("ga18", "event", "es",
     "Jornada: prevenir las asfixias por dióxido de carbono en las bodegas durante la vendimia",
     "Cada vendimia, en las bodegas de Mendoza y San Juan, los obreros que bazuquean, remontan o "
     "limpian piletas de cemento y tanques de acero se exponen al dióxido de carbono que desprende "
     "el mosto al fermentar y que se acumula en el fondo de las piletas, en los lagares, en las "
     "fosas de orujo y en los sótanos. Varios trabajadores han muerto al entrar a una pileta sin "
     "ventilarla, a veces junto al compañero que intentó rescatarlos. Esta jornada, organizada por "
     "la superintendencia de riesgos del trabajo con el instituto nacional de vitivinicultura, la "
     "cámara de bodegueros y el sindicato de obreros vitivinícolas, presentará los casos "
     "ocurridos, la medición del gas con detectores portátiles, la ventilación forzada, los "
     "permisos de ingreso a espacios confinados, el uso de arnés y de equipos autónomos y la "
     "capacitación de los trabajadores temporarios de la vendimia. Los efluentes de las bodegas y "
     "el riego con agua de reúso se tratarán en otro encuentro.",
     ("dióxido de carbono", "bodegas", "vendimia", "espacios confinados", "eventos"),
     ("AR",), "2025-01"),
    # --- substandard and counterfeit electrical cables (undersized conductors, fake copper) -------
    ("ga19", "dataset", "en",
     "Substandard electrical cables in Kenya: market surveillance samples and test results, "
     "2018-2024",
     "Electrical cables sold in Nairobi's hardware shops and in the wholesale streets around "
     "Kirinyaga Road come in coils labelled 2.5 or 4 square millimetres and stamped with standard "
     "marks, yet many contain fewer or thinner copper strands than declared, copper-clad aluminium "
     "instead of copper, or insulation that softens and burns. Undersized conductors overheat "
     "inside walls and are blamed for house fires and fires in markets. This dataset, kept by the "
     "national standards body with the energy regulator and the association of electrical "
     "contractors, gives for each sample bought in shops or seized at the port of Mombasa and at "
     "border posts the brand, origin, declared and measured cross-section, conductor resistance, "
     "insulation thickness and flame test, and the action taken: seizure, destruction, recall or "
     "prosecution. It also lists the certificates of conformity issued to importers. Mobile phone "
     "chargers and extension leads are followed in other series.",
     ("substandard cables", "electrical wiring", "market surveillance", "fire safety", "datasets"),
     ("KE",), "2025-02"),
    ("ga20", "project", "fr",
     "Projet : contrôler les fils et câbles électriques non conformes sur le marché marocain",
     "Au Maroc, une part des fils et câbles électriques vendus dans les quincailleries et par les "
     "grossistes de Casablanca, de Fès et de Marrakech ne respecte pas les normes : section de "
     "cuivre inférieure à celle qui est marquée, âme en aluminium cuivré, isolant en PVC recyclé "
     "trop mince ou qui propage la flamme. Ces câbles, importés ou fabriqués dans des ateliers "
     "informels, chauffent dans les murs et provoquent des incendies domestiques. Ce projet du "
     "ministère de l'industrie, avec la fédération des industries électriques, l'organisme de "
     "normalisation et l'administration des douanes, multiplie les prélèvements chez les "
     "distributeurs et aux frontières, fait analyser les échantillons par un laboratoire "
     "accrédité, saisit et détruit les lots non conformes, publie la liste des marques retirées et "
     "forme les électriciens et les promoteurs immobiliers à reconnaître un câble conforme. Il "
     "aide aussi les fabricants à faire certifier leurs produits. Les compteurs et les "
     "branchements illégaux relèvent d'un autre programme.",
     ("câbles électriques non conformes", "surveillance du marché", "normalisation", "douanes",
      "projets"),
     ("MA",), "2024-09"),
    ("ga21", "document", "es",
     "Guía: cómo reconocer cables eléctricos adulterados o de calibre menor antes de comprarlos",
     "En Lima y en otras ciudades del Perú se venden cables y alambres eléctricos que imitan "
     "marcas conocidas pero tienen menos hilos de cobre, o más delgados, de lo indicado, "
     "conductores de aluminio recubierto de cobre o un aislamiento de PVC reciclado que se agrieta "
     "y arde con facilidad. Instalados en viviendas autoconstruidas, galerías comerciales y "
     "talleres, se recalientan y causan cortocircuitos e incendios. Esta guía, preparada por la "
     "autoridad de protección al consumidor con el colegio de ingenieros y la asociación de "
     "fabricantes de conductores, enseña a consumidores, maestros de obra y electricistas a "
     "revisar el rotulado impreso en el forro cada metro, pesar un rollo y compararlo con el peso "
     "declarado, contar los hilos, pedir el certificado de conformidad con la norma técnica, "
     "guardar la boleta y denunciar los productos sospechosos. Explica también qué calibre usar en "
     "cada circuito. El robo de cables de cobre en la vía pública se trata en otra publicación.",
     ("cables eléctricos", "productos falsificados", "seguridad eléctrica",
      "protección al consumidor", "guías"),
     ("PE",), "2024-06"),
    # --- ozone generators (ozone-emitting air purifiers and ozone disinfection machines) ----------
    ("ga22", "case-study", "en",
     "Limiting ozone from indoor air cleaners: how California certified devices and took ozone "
     "generators off the shelves",
     "Ozone generators are sold as air purifiers that remove odours, smoke, mould and germs, but "
     "ozone is a lung irritant at the concentrations these devices produce, reacts indoors with "
     "fragrances and other chemicals to form formaldehyde and fine particles, and cleans the air "
     "poorly at safe levels. In 2007 California became the first state to regulate indoor air "
     "cleaning devices: since 2010 every air cleaner sold there must be tested and certified to "
     "emit no more than 50 parts per billion of ozone, which takes ozone generators off the market "
     "and limits ionisers and other electronic cleaners. This case study, by the state air "
     "resources board, follows the certification of thousands of models, the sweeps of shops and "
     "online marketplaces, the warning letters and penalties, and the surge of ozone machines and "
     "disinfecting ionisers sold during the COVID-19 pandemic and after wildfire smoke events. "
     "Outdoor ozone smog is not discussed.",
     ("ozone generators", "air cleaners", "indoor air quality", "product certification",
      "case studies"),
     ("US",), "2024-09"),
    ("ga23", "support-source", "fr",
     "Offre : formation des entreprises de nettoyage après sinistre à l'usage sûr des générateurs "
     "d'ozone",
     "Au Québec, les entreprises de nettoyage après sinistre, les hôtels, les concessionnaires "
     "automobiles et les entreprises de désinfection utilisent des générateurs d'ozone de forte "
     "puissance pour chasser l'odeur de fumée après un incendie, de moisissures après une "
     "inondation ou de tabac dans les chambres et les voitures. L'ozone irrite les voies "
     "respiratoires, et des travailleurs et des occupants ont été incommodés en entrant trop tôt "
     "dans des locaux traités. Une association paritaire de prévention en santé et sécurité du "
     "travail offre gratuitement aux employeurs une formation d'une journée, une fiche de "
     "prévention et le prêt d'un détecteur d'ozone : choix de l'appareil, évacuation des "
     "personnes, des animaux et des plantes, affichage sur les portes, durée du traitement, "
     "ventilation et mesure avant la réoccupation, et méthodes de rechange comme le nettoyage et "
     "la filtration. Les épurateurs d'air portatifs à usage domestique font l'objet d'un avis de "
     "santé publique distinct.",
     ("générateurs d'ozone", "nettoyage après sinistre", "santé au travail",
      "qualité de l'air intérieur", "offres"),
     ("CA",), "2024-04"),
    ("ga24", "need", "es",
     "Necesidad: controlar los ozonizadores que se venden para desinfectar locales y viviendas en "
     "la Comunidad de Madrid",
     "Desde la pandemia se han vendido decenas de miles de ozonizadores, generadores de ozono "
     "anunciados para desinfectar bares, gimnasios, aulas, consultas, coches y viviendas, y muchas "
     "empresas ofrecen tratamientos con ozono sin estar inscritas como servicios biocidas. El "
     "ozono generado en el lugar es un biocida cuya autorización sigue en evaluación en la Unión "
     "Europea; respirado, irrita los ojos y las vías respiratorias y agrava el asma, y los "
     "servicios de urgencias han atendido a personas que entraron en locales recién tratados. La "
     "consejería de sanidad de la Comunidad de Madrid, con la red de vigilancia del mercado de "
     "productos de consumo, solicita apoyo para inventariar los aparatos y las empresas que "
     "desinfectan con ozono, medir las emisiones de los ozonizadores y purificadores de aire más "
     "vendidos en línea, inspeccionar a los aplicadores, retirar la publicidad engañosa y preparar "
     "información para hosteleros y centros educativos. El ozono troposférico de los veranos queda "
     "fuera.",
     ("ozonizadores", "generadores de ozono", "biocidas", "vigilancia del mercado", "necesidades"),
     ("ES",), "2025-02"),
    # --- transformer oil theft (insulating oil drained from transformers and resold) --------------
    ("ga25", "case-study", "en",
     "Drained for the frying pan: transformer oil theft and vandalism on Uganda's distribution "
     "network",
     "Across Kampala, Wakiso and Mukono, thieves climb distribution poles at night, drain the "
     "insulating oil from transformers and sell it to roadside chip and fish fryers, to makers of "
     "cheap body creams and to garages, or strip the transformers for their copper and sell it to "
     "scrap dealers. A drained transformer burns out within hours, leaving whole neighbourhoods "
     "without power for days, and older units may hold oil contaminated with polychlorinated "
     "biphenyls, which then ends up in food. This case study, written by the electricity "
     "distribution company with the police, the national environment management authority and the "
     "food safety regulator, reviews the surge of vandalism from 2016 to 2024, the replacement "
     "costs, the testing of seized oil and of the frying oil of street vendors for PCBs, the "
     "anti-theft bolts, welded drain valves, alarms and community watch groups, and the "
     "prosecutions under the tougher electricity law. The phase-out of PCB-filled equipment is "
     "only summarised.",
     ("transformer oil theft", "vandalism", "polychlorinated biphenyls", "electricity distribution",
      "case studies"),
     ("UG",), "2025-01"),
    ("ga26", "need", "fr",
     "Besoin : enrayer le vol d'huile des transformateurs électriques à Antananarivo et à "
     "Toamasina",
     "À Madagascar, les vols d'huile dans les transformateurs du réseau de distribution se "
     "multiplient : des bandes ouvrent la nuit les vannes de vidange ou percent les cuves, et "
     "revendent l'huile isolante sur les marchés, où elle est mêlée à l'huile de friture des "
     "gargotes, vendue comme huile de massage ou utilisée pour les moteurs. Privés d'huile, les "
     "transformateurs grillent, des quartiers entiers restent sans électricité, et l'huile des "
     "appareils anciens peut contenir des PCB. La compagnie nationale d'eau et d'électricité, avec "
     "le ministère de l'énergie, la gendarmerie et le laboratoire national d'hygiène des aliments, "
     "sollicite un appui pour cartographier les vols, protéger les postes par des cadenas, des "
     "soudures et des alarmes, marquer l'huile neuve par un traceur, équiper le laboratoire de "
     "trousses de dépistage des PCB, analyser les huiles de friture vendues près des sites pillés "
     "et sensibiliser les riverains. Les branchements clandestins et la fraude aux compteurs font "
     "l'objet d'un autre programme.",
     ("vol d'huile de transformateur", "transformateurs électriques", "PCB",
      "sécurité sanitaire des aliments", "besoins"),
     ("MG",), "2024-12"),
    ("ga27", "project", "es",
     "Proyecto: contra el robo de aceite dieléctrico de los transformadores en el Atlántico "
     "colombiano",
     "En Barranquilla, Soledad, Malambo y otros municipios del Atlántico, los ladrones vacían de "
     "noche el aceite dieléctrico de los transformadores de distribución y lo venden como aceite "
     "para fritos, como combustible o para mezclarlo con aceites de motor; otras veces se llevan "
     "el transformador entero por el cobre de sus bobinas. Cada robo deja barrios sin energía "
     "durante días, derrama aceite en calles y suelos, y el aceite de los equipos antiguos puede "
     "contener bifenilos policlorados. Este proyecto de la empresa distribuidora de energía, con "
     "la policía, la autoridad ambiental regional y la secretaría de salud departamental, instala "
     "tornillos antirrobo y sensores de nivel en los transformadores, añade un trazador al aceite "
     "nuevo, abre una línea de denuncia y una red de vecinos vigilantes, toma muestras de los "
     "aceites de fritura de las ventas callejeras para buscar PCB y apoya a la fiscalía en los "
     "procesos. La sustitución de los equipos con PCB tiene su propio plan.",
     ("robo de aceite dieléctrico", "transformadores", "bifenilos policlorados",
      "seguridad alimentaria", "proyectos"),
     ("CO",), "2024-11"),
    # --- construction dust (dust from building sites, demolition and earthworks) ------------------
    ("ga28", "dataset", "en",
     "Construction dust in Hong Kong: complaints, site inspections and prosecutions under the dust "
     "regulation, 2012-2024",
     "Hong Kong's crowded districts live next to building sites, road works and demolition jobs, "
     "and dust from excavation, concrete breaking, stockpiles of sand and aggregate, unpaved haul "
     "roads and lorries leaving the sites is one of the commonest air pollution complaints. A "
     "regulation on construction dust requires contractors of notifiable works to notify the "
     "environmental protection department, spray water on dusty activities, cover stockpiles and "
     "lorries, wash wheels at site exits, enclose scaffolding with screens and hoarding, and pave "
     "haul roads. This dataset gives by district and year the notifiable works, the complaints "
     "received, the site inspections, the warnings, the prosecutions and fines, and the readings "
     "of the nearby roadside and general air quality stations, with the results of a pilot of "
     "real-time particle sensors at site boundaries. Exhaust from construction machinery and the "
     "noise of piling are recorded separately.",
     ("construction dust", "dust control", "building sites", "air quality enforcement", "datasets"),
     ("HK",), "2025-03"),
    ("ga29", "event", "fr",
     "Atelier : réduire les poussières des chantiers de construction et de démolition à Dakar",
     "Les grands chantiers de Dakar et de Diamniadio, immeubles, routes, autoroute à péage et "
     "lignes de transport en commun, et les milliers de petits chantiers de maisons soulèvent "
     "chaque jour des poussières de ciment, de sable et de gravats qui s'ajoutent à celles de "
     "l'harmattan et des rues en terre. Riverains, écoles et marchands se plaignent, et les "
     "concentrations de particules dépassent souvent les valeurs limites. Cet atelier, organisé "
     "par la direction de l'environnement et des établissements classés avec le centre de gestion "
     "de la qualité de l'air, l'ordre des architectes et le syndicat des entrepreneurs du "
     "bâtiment, présentera les mesures à imposer dans les cahiers des charges : arrosage des "
     "pistes et des stocks, bâchage des camions, palissades et filets sur les échafaudages, "
     "découpe à l'eau des blocs de béton, lavage des roues, et des capteurs de particules pour "
     "suivre les chantiers. Les déchets de démolition et les carrières de Bandia seront traités "
     "lors d'une autre séance.",
     ("poussières de chantier", "chantiers de construction", "qualité de l'air", "prévention",
      "événements"),
     ("SN",), "2024-05"),
    ("ga30", "support-source", "es",
     "Oferta: asesoría gratuita y préstamo de monitores de partículas para controlar el polvo de "
     "las obras en Bogotá",
     "En Bogotá, las obras de construcción, las demoliciones y las excavaciones del metro y de las "
     "nuevas troncales levantan polvo de tierra, arena, cemento y escombros que los vecinos "
     "respiran y que se suma al material particulado de los buses y camiones. La guía de manejo "
     "ambiental del sector obliga a cubrir los acopios de materiales, humedecer las áreas de "
     "trabajo, instalar polisombra en las fachadas de los edificios en obra, lavar las llantas de "
     "las volquetas y barrer las vías de acceso. La secretaría distrital de ambiente, con la "
     "cámara colombiana de la construcción y una universidad, ofrece a las constructoras pequeñas "
     "y medianas visitas de asesoría gratuitas, el préstamo durante tres meses de monitores de "
     "partículas de bajo costo conectados a una plataforma pública y cursos para residentes de "
     "obra y maestros. Las constructoras inscritas reciben un reconocimiento público. El manejo de "
     "los escombros y el ruido de las obras tienen programas propios.",
     ("polvo de obras", "construcción", "material particulado", "monitores de bajo costo",
      "ofertas"),
     ("CO",), "2025-04"),
)  # fmt: skip
