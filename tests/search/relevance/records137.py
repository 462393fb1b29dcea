"""Clearing-house records of the hundred-and-thirty-seventh judged relevance set
(tests/search/relevance/queries137.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: sanitation pages on faecal
sludge emptying (a project of scheduled desludging, the emptying of every septic tank once in three
years by contracted vacuum trucks, with a faecal sludge treatment plant, in Wai and other small
towns of Maharashtra, India; a need to organise the vidange des latrines et des fosses septiques,
with the vidangeurs manuels, the camions de vidange and stations de traitement des boues de
vidange, in Bamako, Mali; a dataset of the barométricas, the suction trucks that empty the pozos
negros, of Canelones, Uruguay); drinking water pages on boil water advisories (a dataset of the
boil water, do-not-consume and do-not-use advisories of the First Nations reserves of Canada; a
case study of the avis de faire bouillir l'eau issued during the water crisis of 2023-2024 in
Mayotte; a project of avisos de hervir el agua for the community water systems, the acueductos
non-PRASA, of the mountains of Puerto Rico); groundwater pages on saltwater intrusion (a dataset of
the saltwater interface mapped in the Biscayne aquifer of south-east Florida, United States; a
project against the intrusion marine, the intrusion saline, of the nappe côtière of the Cap Bon by
artificial recharge, Tunisia; a need to stop the intrusión salina in the aquifer of La Paz, Baja
California Sur, Mexico); coastal planning pages on coastal setbacks (a guide to the coastal setback
lines of new buildings in Barbados; a journée d'étude, an event, on the bande littorale
inconstructible of 100 metres of Morocco's coastal law; a case study of the zona marítimo
terrestre, the protected coastal strip of 200 metres, on the coast of Guanacaste, Costa Rica);
flood adaptation pages on property flood resilience (an offer, a support source, of free surveys
and grants for flood doors, flood barriers, airbrick covers and non-return valves for the homes of
Cumbria, Great Britain; a project of diagnostics de vulnérabilité and batardeaux for the
flood-prone houses of the Gard, France; a need for barreras antiinundación, compuertas and válvulas
antirretorno for the homes of l'Horta Sud after the dana of 2024, Spain); urban services pages on
fire hydrants (a need for fire hydrants in the old towns of the Kathmandu Valley, Nepal; a project
to inspect, clear of snow and colour-code the bornes-fontaines, as fire hydrants are called in
Québec, of Laval, Canada; a guide, a document, to the grifos, as fire hydrants are called in Chile,
for municipalities and fire brigades); disaster pages on forecast-based financing (a case study of
the anticipatory action, with early action protocols and cash sent before the flood peak, along the
Jamuna in 2020, Bangladesh; a project of financement basé sur les prévisions, a protocole d'action
précoce against cyclones, in Madagascar; a taller, an event, on acción anticipatoria before the El
Niño costero, in Piura, Peru); disaster risk pages on disaster loss databases (a dataset of Sri
Lanka's national disaster loss database on DesInventar; a need for a base de données nationale des
pertes et dommages for the civil protection of Haiti; a guide, a document, to recording the daños y
pérdidas por desastres in the inventario of the municipalities of Colombia); weather observation
pages on community rain gauge networks (a dataset of CoCoRaHS, the volunteer rain, hail and snow
observers of the United States; a project of pluviomètres citoyens in the flood-prone
neighbourhoods of Cotonou, Benin; a need for pluviómetros comunitarios and observadores voluntarios
for the early warning of the Choluteca basin, Honduras); and knowledge sharing pages on
participatory video (a case study of participatory video with pastoralist women in Isiolo, Kenya;
an offer, a support source, of ateliers de vidéo participative for the water committees and
communes of Senegal; a taller, an event, of video participativo for the young people of El Alto,
Bolivia). English, French and Spanish, 10 records each, every topic written once in each language
(different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records133.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (faecal sludge, fecal sludge, sludge, septage, septic tank,
desludging, pit emptying, pit latrine, vacuum truck, vacutug, gulper, honey sucker, vidange,
vidangeur, boues de vidange, fosse septique, camion de vidange, hydrocureur, lodos fecales, fosa
séptica, pozo negro, pozo séptico, cámara séptica, barométrica, camión atmosférico, limpiafosas,
vaciado; boil water, boil-water, drinking water advisory, do not drink, avis de faire bouillir,
bouillir, avis d'ébullition, avis de non-consommation, hervir, aviso de hervir, no consumir,
coliform, E. coli, cryptosporidium; saltwater intrusion, salt water, seawater intrusion, coastal
aquifer, freshwater lens, brackish, salinity, intrusion saline, intrusion marine, aquifère côtier,
nappe côtière, saumâtre, salinité, langue salée, remontée saline, intrusión salina, intrusión
marina, acuífero costero, cuña salina, salobre, salinidad; setback, coastal zone management, ICZM,
high water mark, loi littoral, bande littorale, bande des 100 mètres, inconstructible, domaine
public maritime, recul, trait de côte, zona marítimo terrestre, ley de costas, servidumbre de
protección, dominio público marítimo, franja costera; property flood resilience, flood-proof, flood
barrier, flood door, non-return valve, airbrick, sandbag, batardeau, anti-inondation, clapet
anti-retour, zone refuge, réduction de la vulnérabilité, barrera antiinundación, compuerta, válvula
antirretorno, autoprotección; fire hydrant, hydrant, firefighting water, fire brigade, poteau
d'incendie, borne d'incendie, bouche d'incendie, borne-fontaine, pompiers, hidrante, boca de
incendio, grifo, bomberos; forecast-based financing, anticipatory action, early action, trigger,
cash transfer, mobile money, humanitarian, Red Cross, Red Crescent, financement basé sur les
prévisions, action anticipatoire, action précoce, déclencheur, transferts monétaires, Croix-Rouge,
financiamiento basado en pronósticos, acción anticipatoria, acción temprana, umbral de activación,
transferencias monetarias, Cruz Roja; disaster loss database, DesInventar, Sendai, loss data,
damage and loss, EM-DAT, PDNA, pertes et dommages, base de données des pertes, daños y pérdidas,
pérdidas por desastres, inventario de desastres, damnificados; rain gauge, CoCoRaHS, volunteer
observer, weather observer, citizen weather, early warning, pluviomètre, observateurs, alerte
précoce, pluviómetro, observadores voluntarios, alerta temprana; participatory video, community
video, video, film, storytelling, photovoice, vidéo participative, vidéo, court métrage,
documentaire, video participativo, vídeo, cortometraje, documental). Screened and dropped as
covered: fog collectors (bh28-bh30), lightning (bx25-bx27), cool roofs (the heat action plans of
w19-w21), sponge cities and rain gardens (de25-de27), underground stormwater storage and combined
sewer overflows (ff13-ff15), storm surge barriers (ff01-ff03), amphibious houses (fj16-fj18),
geotextile sand containers (fj25-fj27), water tankers and vendors and water kiosks (ex16-ex18, and
the bornes-fontaines of ep02), water safety plans (ff25-ff27), ceramic water filters (ex19-ex21),
dry toilets and container-based sanitation (by19-by21), sewage sludge (bf16-bf18), public toilets
(ex10-ex12), managed realignment (ck25-ck27), coastal erosion (m10-m12), tide gauges (ex04-ex06),
flood marks (ex07-ex09), cold waves (too near the frost pages bu25-bu27), traditional weather
indicators (ce22-ce24), film festivals (ed13-ed15), environmental journalism and community radios
(bq22-bq24), comics (dx25-dx27), theatre (dz25-dz27), podcasts (dv28-dv30) and participatory
mapping (ek19-ek21), besides the topics of sets 42 to 133 and those their docstrings list as
covered; screened with no or passing hits but not chosen: catastrophe risk pools and parametric
insurance (too near this set's forecast-based financing, and next to the index-based livestock
insurance that set 124 screened), boat ambulances (a health service), ice roads and river ice jams
(no Spanish-speaking place to write about), chlorine dispensers at water points (named in passing
by ff19), sea outfalls (next to the brine outfalls of bs19-bs21) and water towers.

Two earlier records are judged relevant in part (1). The need of Ouagadougou's public toilets
(ex11) asks, besides the rehabilitation of 40 toilet blocks and the training of their managers, for
the vidange régulière des fosses and the transport of the boues to the treatment plant: it names
the emptying of faecal sludge among several things, and it is judged 1 to the faecal sludge queries
that do not restrict it away (faecal sludge management, boues de vidange, vaciado de letrinas y
pozos negros, faecal sludge OR boil water advisories and boues de vidange OR vidéo participative);
it is not about India, Mali or Uruguay. The dataset of the freshwater lenses of Majuro and Wotje
atolls (bz04) follows the salinity of the wells and boreholes of the thin lens of fresh water that
floats on seawater, the saltwater that king tides and swells washed into the islets and the
shrinking of the lens in droughts, to set safe pumping rates: the salinisation of an island aquifer
by the sea, described for what it is, and it is judged 1 to the saltwater intrusion queries that do
not restrict it away (saltwater intrusion, intrusion saline, intrusión marina en acuíferos costeros
and saltwater intrusion -Mexico); it is not about Tunisia or the United States. All the other hits
are passing or about other things, judged 0: the septage spread on Maine farms (bf16) and the other
sewage sludge pages (bf17, bf18), the container-based sanitation and dry toilets (by19-by21, with
the fosas sépticas of by21), the septic tanks of the bus toilets of Pune (ex10), the fosse septique
to be emptied in the phosphate leaflet eb05, the pozos sépticos of the funeral homes of eh03, the
workers killed by hydrogen sulphide in septic tanks (y16) and the vidange of glacial lakes (w38),
cattle dips (er02) and used oils (x28-x30), no faecal sludge emptying; the water safety plans
(ff25-ff27), the ceramic filters and the boiling over wood fires of ex19-ex21, the lead in the
school taps of Puerto Rico (bj24), the chlorinated water of the carts of Nouakchott (ex17) and the
raw milk to be boiled (fe25-fe27), no boil water advisory; the soil salinisation pages (j13-j15)
with the langue salée of j14, the anti-salt dikes of the rice fields of Casamance (ew23), the
salinisation of the Mekong delta (fj17), the salt water in coastal wells of the Fiji water safety
plan (ff25), the salt water that moves up the Pangani estuary (bj19), the cuña salina of the blue
energy need dh03, the desalination brine (bs19-bs21) and the salinity of the Argo profiles (fb29),
no saltwater intrusion into an aquifer; the coastal erosion pages (m10-m12) with the recul
stratégique des habitations of m11, the managed realignment pages (ck25-ck27), the seawalls
(fb10-fb12), the dune pages (bt04-bt06) and the servidumbres ecológicas of the conservation
easements (bp19-bp21), no coastal setback; the amphibious houses (fj16-fj18), the storm surge
barriers (ff01-ff03), the underground stormwater storage (ff13-ff15), the flood marks (ex07-ex09),
the geotextile sand containers (fj25-fj27), the zones refuges of the Bt maize guide dr20 and the
batardeaux that closed the Rance estuary (ch05), no property flood protection; the hydrants where
the tankers of Karachi fill up (ex16), the fire-fighting water pages (l19-l21), the firefighting
foams (n23), the grifos that are petrol stations in Peru (dp15, cr12, dz12) or taps (bj24, fj12,
ex21), the bornes-fontaines that are public standpipes in Africa (ep02, ex17, ff20) and the
bomberos of the chemical accident pages, no fire hydrant; the drought early warning pages
(r28-r30), the cyclone shelters (ex22-ex24), the cell broadcast alerts (fb19-fb21), the
transitional shelters (ff10-ff12), the wheat rust advisories (fi01), the heat action plans
(w19-w21), the huaico warnings of Chosica (bv27), the cash given to the poor when fuel subsidies
were cut (cf07) and the fertiliser paid by mobile money (en10), no forecast-based financing; the
post-earthquake building assessments (ff07-ff09), the earthquake pages (ca25-ca27), the disaster
waste pages (dz04-dz06) and the flood marks (ex07-ex09), no disaster loss database; the
pluviomètres paysans of the forums of the Burkina Faso plateau (ce23) and the pluviómetros of the
yapuchiris (ce24), the rain gauges to be installed against landslides in Cameroon (bv26) and at
Chosica (bv27), the rain gauge records of the Wayanad case (bv25), the volunteer frost observers of
bu25, the pluviómetros of the cloud seeding project fj06, the radiosondes (fb16-fb18) and the snow
surveys (ff04-ff06), no community rain gauge network; and the film festivals (ed13-ed15), with the
community videos and the mobile-phone film workshop of ed13, the journalists and community radios
(bq22-bq24), the theatre (dz25-dz27), comics (dx25-dx27), podcasts (dv28-dv30) and participatory
mapping (ek19-ek21) pages, no participatory video.

records134.py (ids fk01..fk30, on chemicals, waste, pollution, energy, health, trade and
enforcement topics), records135.py (ids fl01..fl30, on biodiversity topics) and records136.py (ids
fm01..fm30, on agriculture, fisheries, forestry, food and land topics), written at the same time by
three other engineers, were searched for the same words once they were finished (with their
queries134.tsv, queries135.tsv and queries136.tsv, 60 queries each), before these records were
judged. Their topics are aristolochic acid, water beads, histoplasmosis, melioidosis, solar heat
for industrial processes, sulphur mining, dust from unpaved roads, spent coffee grounds,
counterfeit cosmetics and cat litter (records134.py); bush dogs, uakaris, chevrotains, hyraxes,
cuscuses, pittas, motmots, velvet worms, giant lobelias and white-sand forests (records135.py); and
cassava mosaic disease, grass pea, turkeys, Napier grass, canoe registration, matsutake,
clenbuterol, reusable plastic crates, soil compaction and grazing exclosures (records136.py). None
of their records names faecal sludge emptying, a boil water advisory, saltwater intrusion, a
coastal setback, property flood protection, a fire hydrant, forecast-based financing, a disaster
loss database, a community rain gauge network or participatory video. The nearest are passing or
about other things and judged 0: the huile de vidange that must no longer be spread on the dirt
streets of Ouagadougou (fk20) is used engine oil, no faecal sludge; the cat litter flushed down
toilets whose parasites survive sewage treatment and months in seawater (fk28) is no faecal sludge
emptying and no saltwater intrusion; the monthly rainfall and the floods set against the
melioidosis cases of Thailand (fk10) are no community rain gauge network; the flooded forests,
forêts inondées and bosques inundados of the uakaris (fl04-fl06) are no property flood protection;
the incendios named by fl09 and fl24 are no fire hydrant; and the losses, pertes and pérdidas of
tomatoes, pineapples and blackberries that reusable crates cut (fm22-fm24) are post-harvest losses,
no disaster loss database. None of their records answers a query of this set, and none of their
queries is repeated in queries137.tsv.

Traps: the public toilets, handwashing, drains, property tax and the river ghats of fn01; the
choléra, the caniveaux, the toilettes publiques des marchés and the fleuve of fn02; the
inundaciones, the agua potable, the playas and the napa alta of fn03; the water trucks, bottled
water, operator training courses, E. coli and chlorine residual of fn04; the sécheresse, the
retenues collinaires, the dessalement, the tours d'eau (the water rationing of ff16-ff18), the
coupures and the choléra of fn05; the huracán María, the cloradores, the placas solares, the
tanques and the apagones of fn06; the king tides, sunny-day flooding, the Everglades, the drainage
canals and the reclaimed water of fn07; the eaux usées traitées, the barrage, the serres, the
dessalement and the montée du niveau de la mer of fn08; the planta desaladora, the huracanes, the
pipas de agua (water tankers) and the agua residual tratada of fn09; the seawalls, groynes, coral
reefs, swells and sea-level rise of fn10; the ports de plaisance, the extraction de sable, the
digues and the recul du trait de côte of fn11; the manglares, the tortugas marinas, the agua para
los hoteles and the desalojos of fn12; Storm Desmond, sandbags, river defences and flood insurance
of fn13; the digues, the repères de crue (the flood marks of ex07-ex09), the assurance des
catastrophes naturelles and the zones refuges, a word of the Bt maize guide dr20, of fn14; the
dana, the barrancos, the diques and the coches arrastrados of fn15; the water tankers, ponds, stone
water spouts, the 2015 earthquake and the water meters of fn16; the vidange du fût, which empties a
hydrant, not a pit, the compteurs d'eau, the gel des conduites and the fuites of fn17; the camiones
aljibe, the cortafuegos and the incendios forestales of fn18; the flood shelters, embankments, crop
insurance, mobile money and boats of fn19; the abris anticycloniques, the radars météorologiques,
the assurance paramétrique and the comprimés pour purifier l'eau of fn20; the huaicos, the sacos
terreros, the defensas ribereñas and the seguro agrícola of fn21; the flood marks, rain gauges,
post-disaster needs assessments, lightning and the 2004 tsunami of fn22; the abris provisoires, the
alerte précoce, the cartes des menaces and the séisme of 2010 of fn23; the simulacros, the planes
de contingencia, the avenidas torrenciales and the incendios forestales of fn24; the weather
radars, snow surveys, cloud seeding, hail pads and drought impact reports of fn25; the caniveaux,
the lagune, the estimations par satellite and the base de données des inondations de la mairie, no
disaster loss database, of fn26; the deslizamientos, the represa de Los Laureles, the agua potable,
the radios, no amateur radio, and the visitas de intercambio of fn27; the community radio, the film
festival, the boreholes and water pans of fn28; the ciné-débats, the radios communautaires, the
théâtre-forum, the pannes du forage and the sel qui gagne les puits du Saloum, no saltwater
intrusion page, of fn29; and the murales, the radio comunitaria, the festival de cine, the pozos
contaminados and the inundaciones of fn30. Letters: the desludging of fn01, the vidange des fosses
and boues de vidange of fn02 and the barométricas that empty the pozos negros of fn03 are all
faecal sludge emptying; the boil water advisories of fn04, the avis de faire bouillir l'eau of fn05
and the avisos de hervir el agua of fn06 are the same notices; the saltwater interface of fn07, the
intrusion marine of fn08 and the intrusión salina of fn09 are saltwater intrusion; the setback line
of fn10, the bande littorale inconstructible of fn11 and the zona marítimo terrestre of fn12 are
coastal setbacks; the flood doors and barriers of fn13, the batardeaux of fn14 and the barreras
antiinundación of fn15 protect homes from floods; the fire hydrants of fn16, the bornes-fontaines
of Québec of fn17 and the grifos of Chile of fn18 are the same fittings; the anticipatory action of
fn19, the financement basé sur les prévisions of fn20 and the acción anticipatoria of fn21 are
forecast-based financing; the national disaster loss database of fn22, the base de données des
pertes et dommages of fn23 and the inventario de desastres of fn24 are disaster loss databases, all
three on DesInventar; the CoCoRaHS observers of fn25, the pluviomètres citoyens of fn26 and the
pluviómetros comunitarios of fn27 are community rain gauge networks; the participatory video of
fn28, the vidéo participative of fn29 and the video participativo of fn30 are one method; the
golden files name none of them (their "septic", "boil", "seawater", "forecasting", "natural
disasters", "rain-gauge", "video", "participatory", "fire" and "loss" are other things: antiseptic
chemicals, boiling points, the tropical seawater of a marine engine model, the forecasting of
product returns, a Dutch paper on the valuation of flood risks, the rain-gauge records of a runoff
model of Melbourne, a review of health education videos and a video playback tool, the
participatory management of a national park, the fires set off by chemicals and weight loss).

For the country queries: fn01 names only India (Maharashtra); fn02 only Mali (Bamako; the fleuve as
a river); fn03 only Uruguay (Canelones); fn04 only Canada (the First Nations as peoples); fn05 only
Mayotte; fn06 only Puerto Rico; fn07 only the United States (Florida; the Everglades as a wetland);
fn08 only Tunisia; fn09 only Mexico (Baja California Sur); fn10 only Barbados; fn11 only Morocco
(the Atlantic as an ocean); fn12 only Costa Rica; fn13 only Great Britain (Cumbria); fn14 only
France (the Gard); fn15 only Spain (Valencia); fn16 only Nepal; fn17 only Canada (Québec); fn18
only Chile; fn19 only Bangladesh (the Jamuna as a river); fn20 only Madagascar; fn21 only Peru;
fn22 only Sri Lanka (the Sendai Framework named after a city); fn23 only Haiti (the same
framework); fn24 only Colombia (Latin America as the region of a network); fn25 only the United
States; fn26 only Benin; fn27 only Honduras; fn28 only Kenya (the Somali as a people); fn29 only
Senegal; fn30 only Bolivia (El Alto; the lake left unnamed).

Ids (fn01..fn30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
fg01..fg30, fh01..fh30, fi01..fi30, fj01..fj30), nor with records134.py's (fk01..fk30),
records135.py's (fl01..fl30) or records136.py's (fm01..fm30), and no earlier id starts with "fn".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- faecal sludge emptying ----------------------------------------------------------------
    ("fn01", "project", "en",
     "Scheduled desludging: emptying every septic tank in the small towns of Maharashtra once in "
     "three years",
     "Most homes in the small towns of Maharashtra, India, are not connected to sewers: their "
     "toilets drain into septic tanks that are emptied only when they overflow, by private "
     "vacuum truck operators who often dump the faecal sludge in drains, streams or fields. "
     "Since 2018 the municipal council of Wai, with an urban sanitation research centre, has run "
     "scheduled desludging: every property's septic tank is emptied once every three years by a "
     "contracted operator, paid through a sanitation tax added to the property tax, and the "
     "sludge goes to a small faecal sludge treatment plant with drying beds and a planted "
     "filter, whose dried sludge is composted for farmers. This project extends the model to "
     "four more towns: it surveys tanks, many without outlets or too small, registers and trains "
     "truck operators and their workers, fits trucks with GPS and sets up a number for "
     "complaints. Public toilets, handwashing and the river ghats are named in passing.",
     ("faecal sludge management", "desludging", "septic tanks", "urban sanitation", "projects"),
     ("IN",), "2024-11"),
    ("fn02", "need", "fr",
     "Besoin : organiser la vidange des latrines et des fosses septiques et traiter les boues de "
     "vidange à Bamako",
     "À Bamako, plus de neuf ménages sur dix utilisent des latrines ou des fosses septiques, et "
     "il n'existe presque pas d'égouts. Quand une fosse est pleine, on appelle des vidangeurs "
     "manuels, qui la vident au seau et enterrent les boues dans la cour ou les versent la nuit "
     "dans la rue, ou un camion de vidange, trop cher pour beaucoup de familles, qui déverse "
     "souvent les boues de vidange dans des terrains vagues ou dans les marigots qui descendent "
     "vers le fleuve, faute de site de dépotage. La direction de l'assainissement, les mairies "
     "des communes et l'association des vidangeurs demandent un appui pour construire deux "
     "stations de traitement des boues de vidange avec lits de séchage, équiper les vidangeurs "
     "manuels de pompes manuelles, de combinaisons et de bottes, créer un centre d'appel qui "
     "fixe les prix et envoie le camion le plus proche, et former les opérateurs à la sécurité "
     "et à la gestion. Le choléra, les caniveaux et les toilettes publiques des marchés ne sont "
     "cités qu'en passant.",
     ("vidange des fosses", "boues de vidange", "vidangeurs", "assainissement autonome", "besoins"),
     ("ML",), "2025-02"),
    ("fn03", "dataset", "es",
     "Servicio de barométricas de Canelones: vaciado de pozos negros y descarga de lodos, "
     "2019-2024",
     "En el departamento de Canelones, en Uruguay, la mayoría de las viviendas fuera de las "
     "ciudades principales no tiene saneamiento por red: sus baños descargan en pozos negros que "
     "se vacían con camiones cisterna de succión, las barométricas. La intendencia presta un "
     "servicio municipal de barométrica a precio social, habilita a empresas privadas y desde "
     "2019 registra cada servicio. Este conjunto de datos reúne más de 180.000 vaciados: fecha, "
     "localidad, tipo de pozo (filtrante o impermeable), volumen extraído, días de espera desde "
     "la solicitud, tarifa pagada o exonerada y planta de tratamiento donde el camión descargó "
     "los lodos fecales, junto con los vertidos ilegales denunciados en cañadas y arroyos. "
     "Permite ver los barrios donde los pozos se vacían cada pocas semanas porque la napa está "
     "alta y el suelo no infiltra. Unas notas explican cómo se controla el recorrido de los "
     "camiones con GPS. Las inundaciones, el agua potable y las playas del departamento se "
     "mencionan de paso.",
     ("barométricas", "pozos negros", "lodos fecales", "saneamiento", "conjuntos de datos"),
     ("UY",), "2025-01"),
    # --- boil water advisories -----------------------------------------------------------------
    ("fn04", "dataset", "en",
     "Drinking water advisories in First Nations communities of Canada, 2015-2025",
     "Boil water advisories, do-not-consume and do-not-use advisories tell a community that its "
     "tap water is not safe. On many First Nations reserves in Canada such advisories have "
     "lasted for years, some for more than two decades, because treatment plants were too small "
     "or broken, or run without trained operators and back-up. This dataset, kept by the federal "
     "department for Indigenous services with regional First Nations water authorities, lists "
     "every long-term and short-term drinking water advisory on reserves since November 2015: "
     "community, province, type of advisory, dates issued and lifted, the cause given (E. coli "
     "or total coliforms in samples, low chlorine residual, turbidity, a failed pump or a main "
     "break), the system affected and the corrective work done. It shows more than 140 long-term "
     "advisories lifted and about 30 still in force. Notes explain how short-term advisories "
     "become long-term after a year. Water trucks, bottled water and operator training courses "
     "are named in passing.",
     ("boil water advisories", "drinking water advisories", "First Nations",
      "drinking water quality", "datasets"),
     ("CA",), "2025-03"),
    ("fn05", "case-study", "fr",
     "Mayotte : les avis de faire bouillir l'eau pendant la crise de l'eau de 2023-2024",
     "En 2023, la pire sécheresse depuis des décennies a vidé les retenues collinaires de "
     "Combani et de Dzoumogné, et l'eau du robinet n'a plus coulé à Mayotte qu'un jour sur "
     "trois. À chaque remise en eau, les canalisations vidées aspiraient des eaux souillées, et "
     "l'agence régionale de santé a émis à répétition des avis de faire bouillir l'eau avant de "
     "la boire, par commune et par village, puis des avis de non-consommation quand des germes "
     "étaient trouvés. Cette étude de cas d'un laboratoire universitaire de santé publique "
     "analyse ces avis : comment ils étaient diffusés (SMS, radio, réseaux sociaux, crieurs dans "
     "les quartiers, affiches en shimaoré et en kibushi), qui les recevait, combien de familles "
     "pouvaient faire bouillir l'eau faute de gaz ou d'électricité, la distribution de "
     "bouteilles, les cas de diarrhée et de typhoïde et la confusion entre coupures et avis. "
     "Elle propose des messages plus simples. Le dessalement, les tours d'eau et le choléra de "
     "2024 ne sont cités qu'en passant.",
     ("avis de faire bouillir l'eau", "eau potable", "crise de l'eau", "santé publique",
      "études de cas"),
     ("YT",), "2025-01"),
    ("fn06", "project", "es",
     "Avisos de hervir el agua para los acueductos comunitarios de la montaña de Puerto Rico",
     "Unos 240 sistemas comunitarios de agua, los acueductos non-PRASA, abastecen a decenas de "
     "miles de personas en la zona montañosa de Puerto Rico, fuera de la red de la autoridad de "
     "acueductos. Tras el huracán María quedaron meses sin electricidad para bombear y clorar, y "
     "muchas familias bebieron agua de quebradas. Cuando una muestra sale positiva a coliformes "
     "o falla la cloración, la reglamentación exige emitir un aviso de hervir el agua, pero las "
     "juntas comunitarias, formadas por voluntarios, no sabían cómo avisar a todos ni cuándo "
     "levantarlo. Este proyecto de una universidad y una red de acueductos comunitarios, con el "
     "departamento de salud, prepara un protocolo y plantillas de aviso de hervir el agua, "
     "instala un sistema de mensajes de texto y llamadas a cada abonado, capacita a los "
     "operadores en muestreo y dota a 60 acueductos de cloradores y equipos de análisis. Cada "
     "aviso queda en un mapa público. Las placas solares, los tanques y los apagones se "
     "mencionan de paso.",
     ("avisos de hervir el agua", "acueductos comunitarios", "agua potable", "Puerto Rico",
      "proyectos"),
     ("PR",), "2024-10"),
    # --- saltwater intrusion into coastal aquifers ---------------------------------------------
    ("fn07", "dataset", "en",
     "Mapping the saltwater interface in the Biscayne aquifer of south-east Florida, 1995-2024",
     "The Biscayne aquifer, a shallow layer of porous limestone under Miami-Dade and Broward "
     "counties, supplies the drinking water of several million people. Where it meets the sea, "
     "denser salt water pushes inland beneath the fresh water, and pumping, drainage canals, "
     "droughts and rising sea level have moved this saltwater front kilometres inland since the "
     "early twentieth century, forcing some well fields to close. This dataset, from the "
     "national geological survey and the county water departments, holds the position of the "
     "saltwater interface mapped every few years since 1995 from monitoring wells and airborne "
     "electromagnetic surveys, the chloride concentrations measured in some 100 monitoring "
     "wells, groundwater levels, and the operation of the salinity control structures that hold "
     "fresh water in the canals. It is used to site new supply wells and to plan the recharge of "
     "the aquifer with reclaimed water. King tides, sunny-day flooding and the Everglades are "
     "named in passing.",
     ("saltwater intrusion", "coastal aquifers", "groundwater", "drinking water", "datasets"),
     ("US",), "2024-12"),
    ("fn08", "project", "fr",
     "Freiner l'intrusion marine dans la nappe côtière du Cap Bon par la recharge artificielle",
     "Sur la côte orientale du Cap Bon, en Tunisie, la nappe côtière de Korba et de Menzel "
     "Temime alimente des milliers de puits qui irriguent les cultures maraîchères et "
     "fournissent l'eau des villages. Pompée bien au-delà de ce que la pluie lui apporte, elle a "
     "vu son niveau descendre sous celui de la mer, et l'eau de mer pénètre dans l'aquifère : "
     "sur une bande de plusieurs kilomètres, l'eau des puits est devenue saumâtre et certains "
     "ont été abandonnés. Ce projet du ministère chargé des ressources en eau, avec un centre de "
     "recherche sur l'eau, réalimente la nappe avec les eaux usées traitées d'une station "
     "d'épuration et les lâchers d'un barrage, surveille la salinité et le niveau de 80 "
     "piézomètres, cartographie l'intrusion saline par prospection électrique et aide les "
     "usagers à réduire leurs pompages en échange d'eau de surface. Le dessalement, les serres "
     "et la montée du niveau de la mer ne sont cités qu'en passant.",
     ("intrusion marine", "intrusion saline", "nappes côtières", "recharge artificielle",
      "projets"),
     ("TN",), "2024-09"),
    ("fn09", "need", "es",
     "Necesidad: detener la intrusión salina en el acuífero que abastece a La Paz, Baja "
     "California Sur",
     "La ciudad de La Paz depende casi por completo del acuífero que se extiende bajo el valle, "
     "entre la sierra y la bahía. Décadas de extracción por encima de la recarga han bajado los "
     "niveles por debajo del nivel del mar, y el agua de mar avanza tierra adentro: varios pozos "
     "del organismo operador cercanos a la costa ya bombean agua salobre, con cloruros por "
     "encima de la norma, y han tenido que cerrarse. El organismo operador municipal, la "
     "comisión estatal del agua y una universidad solicitan apoyo para instalar una red de pozos "
     "de monitoreo de la intrusión salina, hacer sondeos geofísicos, modelar cuánto se puede "
     "extraer sin que avance la cuña salina, reubicar pozos tierra adentro y planear la recarga "
     "con escurrimientos de los arroyos y con agua residual tratada. Piden también capacitar a "
     "su personal en el manejo de los datos. La planta desaladora, los huracanes y las pipas de "
     "agua se mencionan de paso.",
     ("intrusión salina", "acuíferos costeros", "aguas subterráneas", "La Paz", "necesidades"),
     ("MX",), "2025-03"),
    # --- coastal setbacks ----------------------------------------------------------------------
    ("fn10", "document", "en",
     "Coastal setback guidelines for new buildings on the west and south coasts of Barbados",
     "Much of the housing, hotels and roads of Barbados crowd the narrow strip behind its "
     "beaches, and buildings placed too close to the sea lose gardens, walls and foundations to "
     "swells and storms and stop the beach from moving naturally. Under the island's coastal "
     "zone management rules, new buildings must stand back at least 30 metres from the high "
     "water mark on sandy coasts and 10 metres from the edge of the cliffs on rocky coasts. This "
     "guide of the coastal zone management unit and the town planning department explains how "
     "the setback line is surveyed, when it is widened for eroding beaches, what may be placed "
     "inside it, such as boardwalks, pools and temporary structures, how applicants for planning "
     "permission must show it on their drawings, and how setbacks will have to move inland as "
     "sea level rises. Worked examples come from hotel sites in St. James and Christ Church. "
     "Seawalls, groynes and coral reefs are named in passing.",
     ("coastal setbacks", "coastal zone management", "planning permission", "sea-level rise",
      "guidance"),
     ("BB",), "2024-07"),
    ("fn11", "event", "fr",
     "Journée d'étude : la bande littorale inconstructible et son application sur la côte "
     "atlantique marocaine",
     "La loi marocaine relative au littoral, adoptée en 2015, interdit toute construction dans "
     "une bande de 100 mètres comptée à partir de la limite du domaine public maritime, que "
     "l'administration peut élargir là où l'érosion ou la submersion l'exigent, avec des "
     "exceptions pour les activités qui ont besoin de la proximité de la mer. Dix ans après, la "
     "bande des 100 mètres reste mal appliquée : dérogations, constructions antérieures à la "
     "loi, lotissements autorisés trop près des plages. Une faculté des sciences, une agence "
     "urbaine et le département de l'environnement organisent à Rabat, en mars 2026, une journée "
     "d'étude pour les agences urbaines, les communes et les promoteurs, de Kénitra à Agadir : "
     "délimitation du domaine public maritime et de la bande, retours d'expérience des "
     "commissions qui instruisent les dérogations, jurisprudence, prise en compte du recul du "
     "trait de côte et de la montée de la mer. Les ports de plaisance, l'extraction de sable et "
     "les digues ne sont cités qu'en passant.",
     ("bande littorale inconstructible", "loi littoral", "domaine public maritime",
      "aménagement du littoral", "événements"),
     ("MA",), "2025-11"),
    ("fn12", "case-study", "es",
     "La zona marítimo terrestre de Guanacaste: la franja costera protegida frente al auge "
     "hotelero",
     "En Costa Rica, la ley de la zona marítimo terrestre de 1977 reserva a lo largo de todo el "
     "litoral una franja de 200 metros desde la línea de la pleamar ordinaria: los primeros 50 "
     "metros, la zona pública, son de uso común e inalienables, y en los 150 restantes, la zona "
     "restringida, solo se puede construir con una concesión municipal y un plan regulador "
     "costero aprobado. Este estudio de caso de una universidad pública examina cómo se ha "
     "aplicado la franja en las playas de Guanacaste, entre Tamarindo, Flamingo y Playa Hermosa, "
     "durante el auge hotelero e inmobiliario: los planes reguladores que faltan, las "
     "concesiones, los muros y ranchos levantados dentro de la zona pública, los desalojos "
     "ordenados por los tribunales, el acceso de la gente a las playas y lo que significará la "
     "subida del mar para el límite de la pleamar. Los manglares, las tortugas marinas y el agua "
     "para los hoteles se mencionan de paso.",
     ("zona marítimo terrestre", "franja costera", "planes reguladores costeros", "Guanacaste",
      "estudios de caso"),
     ("CR",), "2024-05"),
    # --- property flood resilience -------------------------------------------------------------
    ("fn13", "support-source", "en",
     "Offer: free property flood resilience surveys and grants for flood-hit homes in Cumbria",
     "After Storm Desmond in December 2015 and the floods that followed, thousands of homes in "
     "Carlisle, Cockermouth, Keswick and Appleby had been flooded more than once. The county "
     "council and a regional flood and coastal committee offer householders and small businesses "
     "a free property flood resilience survey by an accredited surveyor and a grant of up to "
     "5,000 pounds towards the measures it recommends: flood doors and removable flood barriers "
     "for doorways, covers for airbricks, non-return valves on drains and toilets, sumps and "
     "pumps and, where water will still get in, resilient repairs such as tiled floors, lime "
     "plaster and raised sockets. The offer includes help to choose certified products and "
     "installers, a check after installation and a household flood plan. Community flood groups "
     "can ask for a demonstration of the products. Sandbags, river defences and flood insurance "
     "are named in passing.",
     ("property flood resilience", "flood doors", "flood barriers", "homes", "offers"),
     ("GB",), "2025-02"),
    ("fn14", "project", "fr",
     "Diagnostics de vulnérabilité et batardeaux pour les maisons inondables du Gard",
     "Dans le Gard, les crues éclair des épisodes cévenols, comme celle de septembre 2002, "
     "envahissent en quelques heures des milliers de maisons de plain-pied. Le syndicat de "
     "bassin et le département mènent un programme de réduction de la vulnérabilité de l'habitat "
     ": un technicien visite gratuitement chaque maison située en zone inondable et en fait le "
     "diagnostic, puis des subventions couvrent jusqu'à 80 % des travaux recommandés : "
     "batardeaux amovibles devant les portes et les portes-fenêtres, clapets anti-retour sur les "
     "évacuations, obturation des bouches d'aération, surélévation du tableau électrique et de "
     "la chaudière, création d'une zone refuge à l'étage ou sous le toit, accessible aux "
     "secours. Le projet vise 5 000 logements et forme des artisans locaux à poser ces "
     "équipements. Il mesure combien de ménages passent aux travaux après le diagnostic. Les "
     "digues, les repères de crue et l'assurance des catastrophes naturelles ne sont cités qu'en "
     "passant.",
     ("batardeaux", "réduction de la vulnérabilité", "habitat inondable", "zones refuges",
      "projets"),
     ("FR",), "2024-10"),
    ("fn15", "need", "es",
     "Necesidad: barreras antiinundación y válvulas antirretorno para las viviendas de l'Horta "
     "Sud tras la dana",
     "La dana del 29 de octubre de 2024 inundó en pocas horas los municipios de l'Horta Sud, al "
     "sur de la ciudad de Valencia: el agua de los barrancos entró con más de dos metros de "
     "altura en plantas bajas, garajes y bajos comerciales, donde vivían muchas personas "
     "mayores. Una mancomunidad de municipios, con el colegio de ingenieros y una universidad, "
     "solicita apoyo para un programa de autoprotección de viviendas: visitas técnicas casa por "
     "casa, barreras antiinundación desmontables y compuertas para puertas y accesos de garajes, "
     "válvulas antirretorno en los desagües, elevación de los cuadros eléctricos, y salidas a la "
     "azotea o a una planta alta para quien vive en un bajo. Piden también formar a instaladores "
     "y a vecinos para colocar las barreras en cuanto se emita una alerta, y un censo de las "
     "viviendas más expuestas. Los barrancos, los diques y los coches arrastrados se mencionan "
     "de paso.",
     ("barreras antiinundación", "autoprotección de viviendas", "inundaciones", "dana",
      "necesidades"),
     ("ES",), "2025-05"),
    # --- fire hydrants -------------------------------------------------------------------------
    ("fn16", "need", "en",
     "Need: fire hydrants for the old towns of the Kathmandu Valley",
     "The dense brick and timber neighbourhoods of Kathmandu, Lalitpur and Bhaktapur, with lanes "
     "too narrow for fire engines, burn often, above all in the dry months before the monsoon. "
     "Yet most of the valley has no working fire hydrants: the few installed decades ago were "
     "buried by road works or cut off, and the water mains are empty for much of the day. Fire "
     "brigades refill their tenders from ponds, rivers and private water tankers, sometimes far "
     "from the fire. The metropolitan fire services, with the valley's water utility, ask for "
     "support to install 300 fire hydrants on the mains and beside restored ponds and stone "
     "water spouts, the dhunge dhara, each with a reserve tank, to map them with their flow and "
     "pressure, to paint and mark them, and to train firefighters and ward volunteers to use "
     "them with portable pumps and hoses. The 2015 earthquake and water meters are named in "
     "passing.",
     ("fire hydrants", "firefighting water", "historic towns", "urban fire safety", "needs"),
     ("NP",), "2025-04"),
    ("fn17", "project", "fr",
     "Inspecter, déneiger et codifier les bornes-fontaines de Laval",
     "Au Québec, on appelle bornes-fontaines les bornes d'incendie branchées sur l'aqueduc, où "
     "les pompiers raccordent leurs boyaux. À Laval, la ville en compte plus de 9 000. Ce projet "
     "du service de l'ingénierie et du service de sécurité incendie les inspecte toutes deux "
     "fois par an, au printemps et avant l'hiver : manœuvre des vannes, vidange du fût pour "
     "qu'il ne gèle pas, essais de débit et de pression sur un échantillon chaque année, "
     "réparations, et déneigement avec l'aide des citoyens, invités à adopter la borne-fontaine "
     "la plus proche de chez eux. Les capuchons sont peints selon un code de couleurs qui "
     "indique aux pompiers le débit disponible, et chaque borne figure sur une carte en ligne "
     "consultée depuis les camions. Le projet repère aussi les secteurs où le débit ne suffit "
     "pas pour les nouveaux immeubles. Les compteurs d'eau, le gel des conduites et les fuites "
     "ne sont cités qu'en passant.",
     ("bornes-fontaines", "bornes d'incendie", "sécurité incendie", "réseau d'aqueduc", "projets"),
     ("CA",), "2024-06"),
    ("fn18", "document", "es",
     "Manual de grifos para municipios y cuerpos de bomberos de Chile: ubicación, mantención y "
     "señalización",
     "En Chile se llama grifo al hidrante de la red de agua potable al que los bomberos conectan "
     "sus mangueras, y en los incendios de Valparaíso de 2014 y de Viña del Mar de 2024 hubo "
     "cerros donde los grifos no tenían presión o no existían. Este manual, preparado por la "
     "superintendencia de servicios sanitarios con la junta nacional de cuerpos de bomberos y "
     "las empresas sanitarias, explica quién instala, paga y mantiene cada grifo, a qué "
     "distancia deben quedar unos de otros en zonas urbanas y en loteos nuevos, qué caudal y "
     "presión deben entregar, cómo señalizarlos y pintarlos, cómo inspeccionarlos cada año y "
     "registrar sus fallas, y cómo asegurar el agua en sectores altos con estanques y bombas. "
     "Trae fichas para que municipios y bomberos revisen juntos los grifos de cada población. "
     "Los camiones aljibe, los cortafuegos y los incendios forestales se mencionan de paso.",
     ("grifos", "hidrantes", "bomberos", "redes de agua potable", "guías"),
     ("CL",), "2024-08"),
    # --- forecast-based financing and anticipatory action --------------------------------------
    ("fn19", "case-study", "en",
     "Cash before the flood: anticipatory action along the Jamuna in the 2020 monsoon",
     "In July 2020, when the flood forecast for the Jamuna river showed a high chance of a "
     "severe flood within ten days, humanitarian agencies in Bangladesh acted before the water "
     "peaked. Under early action protocols agreed in advance, with money set aside beforehand "
     "and released as soon as the forecast crossed a trigger, some 23,000 households in "
     "Kurigram, Gaibandha, Bogura and Jamalpur received a mobile money transfer of about 55 "
     "dollars, and others got storage drums, animal feed and boats to move livestock to raised "
     "ground, days before their villages flooded. This case study by a university and the "
     "national Red Crescent compares the households that received cash in advance with those "
     "helped after the flood: fewer sold animals cheaply, took loans at high interest or skipped "
     "meals. It also reviews the skill of the forecast, the design of the trigger, the lists of "
     "beneficiaries and the cost. Flood shelters, embankments and crop insurance are named in "
     "passing.",
     ("anticipatory action", "early action protocols", "flood forecasts", "cash transfers",
      "case studies"),
     ("BD",), "2024-08"),
    ("fn20", "project", "fr",
     "Financement basé sur les prévisions : un protocole d'action précoce contre les cyclones à "
     "Madagascar",
     "Chaque saison, de novembre à avril, des cyclones frappent la côte est de Madagascar, comme "
     "Batsirai en 2022 et Freddy en 2023. Ce projet de la Croix-Rouge malagasy, avec le bureau "
     "national de gestion des risques et des catastrophes et le service météorologique, met en "
     "place le financement basé sur les prévisions : un protocole d'action précoce, validé à "
     "l'avance, fixe le seuil de déclenchement, la prévision d'un cyclone intense touchant terre "
     "dans les 72 heures, les districts visés et les actions à mener avant l'impact : renforcer "
     "les toits avec des kits de cordes et de clous, mettre à l'abri semences et papiers, "
     "évacuer les familles vulnérables, verser des transferts monétaires et distribuer des "
     "comprimés pour purifier l'eau. Les fonds sont débloqués dès que le seuil est atteint. Le "
     "projet forme les volontaires des districts de Toamasina, Mananjary et Farafangana et "
     "évalue chaque activation. Les abris anticycloniques, les radars météorologiques et "
     "l'assurance paramétrique ne sont cités qu'en passant.",
     ("financement basé sur les prévisions", "action anticipatoire", "cyclones",
      "protocoles d'action précoce", "projets"),
     ("MG",), "2024-12"),
    ("fn21", "event", "es",
     "Taller nacional de acción anticipatoria ante El Niño costero: umbrales, protocolos y "
     "fondos, en Piura",
     "En 2017, un Niño costero que los pronósticos no anunciaron a tiempo dejó inundaciones y "
     "huaicos en la costa norte del Perú. Desde entonces, la Cruz Roja Peruana, el servicio "
     "nacional de meteorología e hidrología y los gobiernos regionales ensayan la acción "
     "anticipatoria: actuar cuando el pronóstico indica que un evento extremo es probable, con "
     "protocolos y fondos aprobados de antemano, en lugar de esperar al desastre. Este taller, "
     "que se realizará en Piura en abril de 2026, reunirá a autoridades regionales y "
     "municipales, agencias humanitarias y dirigentes comunales para revisar los umbrales de "
     "activación basados en el pronóstico de lluvias y de caudales del río Piura, los protocolos "
     "de acción temprana (limpieza de drenes, entrega de dinero en efectivo y de bidones para "
     "agua, protección de pozos y de animales), el financiamiento basado en pronósticos y las "
     "lecciones de las activaciones de 2023. Los sacos terreros, las defensas ribereñas y el "
     "seguro agrícola se mencionan de paso.",
     ("acción anticipatoria", "El Niño costero", "financiamiento basado en pronósticos",
      "gestión del riesgo", "eventos"),
     ("PE",), "2025-12"),
    # --- disaster loss databases ---------------------------------------------------------------
    ("fn22", "dataset", "en",
     "Sri Lanka's national disaster loss database: five decades of deaths, homes and crops lost, "
     "1974-2024",
     "Since 2006 the disaster management centre of Sri Lanka has kept a national disaster loss "
     "database on the DesInventar system, and has filled it back to 1974 from newspapers, "
     "district secretariat reports and relief records. Each record is one event in one "
     "divisional secretariat: a flood, landslide, drought, cyclone, lightning strike or the 2004 "
     "tsunami, with its date and cause, the people killed, injured, missing and affected, the "
     "houses destroyed and damaged, the hectares of crops lost, the roads, schools and health "
     "facilities damaged and the relief paid. The database is open online with maps and charts. "
     "It is used to report on the global targets of the Sendai Framework for disaster risk "
     "reduction, to show the small, frequent disasters that never make the national news, and to "
     "plan budgets. Notes explain the definitions and the gaps in the early years. Flood marks, "
     "rain gauges and post-disaster needs assessments are named in passing.",
     ("disaster loss databases", "DesInventar", "Sendai Framework", "disaster statistics",
      "datasets"),
     ("LK",), "2025-01"),
    ("fn23", "need", "fr",
     "Besoin : une base de données nationale des pertes et dommages dus aux catastrophes pour la "
     "protection civile d'Haïti",
     "Ouragans, inondations, séismes et sécheresses frappent Haïti presque chaque année, mais "
     "les pertes restent dispersées entre rapports de situation, tableurs des ministères et "
     "évaluations des bailleurs, et les petits événements locaux ne sont recensés nulle part. La "
     "direction générale de la protection civile demande un appui pour créer une base de données "
     "nationale des pertes et dommages : adapter un logiciel libre, l'inventaire DesInventar "
     "déjà employé dans la région, définir des fiches de collecte par commune (morts, blessés, "
     "disparus, maisons détruites ou endommagées, écoles, routes, cultures et bétail perdus), "
     "former les comités communaux et départementaux à les remplir, saisir les archives depuis "
     "le séisme de 2010, héberger la base et publier des tableaux pour le suivi du cadre de "
     "Sendai. Elle demande aussi un poste d'analyste pendant trois ans. Les abris provisoires, "
     "l'alerte précoce et les cartes des menaces ne sont cités qu'en passant.",
     ("bases de données des pertes", "pertes et dommages", "protection civile", "cadre de Sendai",
      "besoins"),
     ("HT",), "2025-02"),
    ("fn24", "document", "es",
     "Guía para registrar los daños y pérdidas por desastres en los municipios de Colombia",
     "En Colombia, las emergencias que reportan los consejos municipales de gestión del riesgo "
     "alimentan el consolidado nacional de emergencias y el inventario histórico de desastres, "
     "que se lleva desde los años setenta con la metodología DesInventar, nacida en la red "
     "latinoamericana de estudios sociales en prevención de desastres. Pero muchos municipios "
     "reportan tarde, sin cifras o con cifras que no cuadran. Esta guía de la unidad nacional "
     "para la gestión del riesgo de desastres explica a los coordinadores municipales cómo "
     "registrar cada evento: qué es un evento y cuándo se divide en dos, qué fuentes usar, cómo "
     "contar personas afectadas, damnificadas, muertas y desaparecidas, viviendas destruidas y "
     "averiadas, hectáreas y vías afectadas, cómo cruzar los datos con el registro único de "
     "damnificados y cómo corregir errores. Trae ejemplos de inundaciones, avenidas torrenciales "
     "e incendios forestales. Los simulacros y los planes de contingencia se mencionan de paso.",
     ("pérdidas por desastres", "inventario de desastres", "DesInventar", "gestión del riesgo",
      "guías"),
     ("CO",), "2024-09"),
    # --- community rain gauge networks ---------------------------------------------------------
    ("fn25", "dataset", "en",
     "CoCoRaHS: daily rain, hail and snow reports from volunteer observers across the United "
     "States, 1998-2024",
     "The Community Collaborative Rain, Hail and Snow Network, CoCoRaHS, began in 1998 after a "
     "flash flood in Fort Collins, Colorado, whose heaviest rain the official gauges had largely "
     "missed. Today some 20,000 volunteers, from farmers and retired people to school classes, "
     "read a standard four-inch plastic rain gauge in their garden every morning, measure hail "
     "on foam hail pads and snow on boards, and enter the totals online. This dataset holds all "
     "daily reports since 1998, with each observer's location, the time of reading, the "
     "precipitation, snowfall and snow water content, hail size, notes on flooding, and the "
     "drought impact reports that observers send each week. The weather service uses it to check "
     "radar estimates and warnings, and hydrologists and drought monitors use it to fill the "
     "gaps between official stations. Notes explain the quality control. Weather radars, snow "
     "surveys and cloud seeding are named in passing.",
     ("CoCoRaHS", "rain gauges", "volunteer observers", "precipitation", "datasets"),
     ("US",), "2025-02"),
    ("fn26", "project", "fr",
     "Des pluviomètres citoyens dans les quartiers inondables de Cotonou",
     "À Cotonou, les pluies de la grande saison, d'avril à juillet, noient chaque année des "
     "quartiers bâtis sur d'anciens bas-fonds, mais la ville ne compte que deux stations "
     "météorologiques, et les averses très localisées passent inaperçues. Ce projet de l'agence "
     "météorologique, d'une université et de la mairie installe un réseau de 150 pluviomètres "
     "citoyens : des pluviomètres manuels en plastique fixés dans les cours d'écoles, de centres "
     "de santé, de mosquées et d'églises et chez des habitants volontaires, relevés chaque matin "
     "à 8 heures et transmis par SMS ou par une application. Les observateurs bénévoles, souvent "
     "des enseignants et des jeunes, sont formés et réunis chaque trimestre. Les données, "
     "publiées sur une carte, servent à relier les hauteurs de pluie aux inondations signalées, "
     "à vérifier les estimations par satellite et à préparer des alertes par quartier. Les "
     "caniveaux bouchés, la lagune et la base de données des inondations de la mairie ne sont "
     "cités qu'en passant.",
     ("pluviomètres citoyens", "observateurs bénévoles", "inondations urbaines", "alerte précoce",
      "projets"),
     ("BJ",), "2024-11"),
    ("fn27", "need", "es",
     "Necesidad: pluviómetros comunitarios y observadores voluntarios para la alerta temprana en "
     "la cuenca del río Choluteca",
     "Después del huracán Mitch, que en 1998 arrasó barrios enteros de Tegucigalpa y de los "
     "pueblos del río Choluteca, se crearon en Honduras sistemas de alerta temprana comunitarios "
     "en los que voluntarios leen pluviómetros y reglas limnimétricas y avisan por radio a los "
     "comités de emergencia. Muchos de esos pluviómetros están rotos o abandonados, y los "
     "voluntarios se han ido. La comisión permanente de contingencias, con las alcaldías de la "
     "cuenca y una organización de desarrollo, solicita apoyo para renovar una red de 120 "
     "pluviómetros comunitarios, capacitar a nuevos observadores voluntarios, sobre todo jóvenes "
     "y mujeres, en la lectura diaria y el envío de datos por mensajería, fijar con los técnicos "
     "los umbrales de lluvia que activan la alerta, y equipar a los comités de emergencia "
     "locales con radios y linternas. Piden además visitas de intercambio entre observadores. "
     "Los deslizamientos, la represa de Los Laureles y el agua potable de la capital se "
     "mencionan de paso.",
     ("pluviómetros comunitarios", "observadores voluntarios", "alerta temprana", "Choluteca",
      "necesidades"),
     ("HN",), "2025-04"),
    # --- participatory video -------------------------------------------------------------------
    ("fn28", "case-study", "en",
     "Participatory video with pastoralist women in Isiolo: filming drought and water stories "
     "for county planners",
     "Participatory video hands the camera to the people a project serves: after a few days of "
     "training, community members plan, film and edit short videos about their own lives and "
     "show them to their neighbours and to decision-makers. This case study follows a climate "
     "adaptation programme in Isiolo county, Kenya, where 24 Borana, Somali and Turkana women "
     "learned to use tablets and simple editing software, filmed stories about broken boreholes, "
     "long walks to water and the livestock lost in the drought of 2020 to 2022, and screened "
     "them in their villages and at the county's climate change planning meetings. It describes "
     "the steps, from storyboards drawn in the sand to consent and the women's control of the "
     "final cut, what the county funded after the screenings, such as the repair of two water "
     "pans, and the limits: old tablets, scarce electricity and the cost of follow-up. Community "
     "radio and a film festival are named in passing.",
     ("participatory video", "pastoralist women", "climate adaptation", "community voices",
      "case studies"),
     ("KE",), "2024-10"),
    ("fn29", "support-source", "fr",
     "Offre : des ateliers de vidéo participative pour les comités de gestion de l'eau et les "
     "communes du Sénégal",
     "Un collectif de vidéastes et d'animateurs de Dakar, qui pratique la vidéo participative "
     "depuis quinze ans, propose aux communes, aux associations d'usagers des forages, aux "
     "comités de gestion des points d'eau et aux projets d'adaptation des ateliers où les "
     "habitants apprennent à filmer et à monter eux-mêmes : une semaine de formation au tournage "
     "avec des smartphones, au scénario en wolof, en pulaar ou en sérère, à l'interview et au "
     "montage, puis la réalisation d'un court film sur un problème qu'ils ont choisi, comme les "
     "pannes du forage ou le sel qui gagne les puits du Saloum, et une projection-débat publique "
     "avec les élus. L'offre comprend le prêt du matériel, l'accompagnement d'un animateur et la "
     "mise en ligne des films avec l'accord écrit des participants. Les ciné-débats, les radios "
     "communautaires et le théâtre-forum ne sont cités qu'en passant.",
     ("vidéo participative", "comités de gestion de l'eau", "communication communautaire",
      "renforcement des capacités", "offres"),
     ("SN",), "2025-03"),
    ("fn30", "event", "es",
     "Taller de video participativo para jóvenes de El Alto: contar con el celular el agua y el "
     "riesgo en los barrios",
     "Del 9 al 20 de marzo de 2026, un centro cultural de El Alto, con una organización de "
     "comunicación popular y el gobierno municipal, realizará un taller de video participativo "
     "para 30 jóvenes aymaras de los distritos de la periferia. Aprenderán a planear, filmar con "
     "el celular y editar cortos sobre los problemas de sus barrios que ellos mismos elijan, "
     "como la falta de agua potable, los pozos contaminados, las inundaciones de la temporada de "
     "lluvias, los ríos sucios que bajan hacia el lago o los basurales. En la primera semana "
     "trabajarán guion, encuadre, entrevista y sonido; en la segunda filmarán y editarán en "
     "grupos con un facilitador, con reglas sobre el consentimiento de quienes aparecen en "
     "cámara. Los cortos se presentarán al concejo municipal y en ferias barriales y se "
     "publicarán en línea. Los murales, la radio comunitaria y el festival de cine se mencionan "
     "de paso.",
     ("video participativo", "jóvenes", "comunicación comunitaria", "El Alto", "eventos"),
     ("BO",), "2025-12"),
)  # fmt: skip
