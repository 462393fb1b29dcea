"""Clearing-house records of the hundred-and-second judged relevance set
(tests/search/relevance/queries102.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: occupational health and
chemicals pages on hexavalent chromium in cement (how the ferrous sulphate limit of Denmark, then
of the European Union, cut cement eczema among construction workers; a French fiche on the chrome
VI and the gale du ciment of maçons, coffreurs and carreleurs; a need for the cromo hexavalente and
the dermatitis of the obreros de construcción civil of Lima); climate mitigation pages on
short-haul flight bans (the Vienna-Salzburg flights ended under the climate conditions of Austria's
airline rescue of 2020; a French note on the ban on vols intérieurs where a train takes less than
two and a half hours; a Madrid event on suppressing the vuelos peninsulares); waste pages on reuse
centres (ReTuna, the second-hand shopping centre of Eskilstuna, Sweden; a dataset on the
ressourceries of Québec; the centro de preparación para la reutilización and second-hand shops of
the Traperos de Emaús of Navarra); climate finance and governance pages on climate-related
financial disclosures (a guide to New Zealand's mandatory climate statements; the article 29
reports of French institutional investors; a need for the Norma de Carácter General 461 of Chile);
capacity pages on environmental film festivals (a New Delhi environment and wildlife film festival;
an offer of a cinéma mobile for ciné-débats in the villages of Burkina Faso; ten years of a
festival de cine ambiental of Buenos Aires); pollution and energy pages on petroleum coke (the
petcoke dust of Chicago's Southeast Side; the coke de pétrole burned by the Port-Daniel cement
plant in Gaspésie; a need for the coque de petróleo of the Cadereyta refinery in Nuevo León);
chemicals pages on lawn and garden pesticides (ten years of Ontario's cosmetic pesticides ban; a
French guide to the loi Labbé for jardiniers amateurs; a campaign on the fitosanitarios de uso no
profesional sold by the centros de jardinería of the Comunitat Valenciana); contaminated land pages
on leaking fuel tanks at petrol stations (pollution incidents at the filling stations of England;
the Belgian fund for the sols pollués of stations-service; a need for the tanques subterráneos of
the estaciones de servicio, the bombas de gasolina, of Bogotá); Biosafety Clearing-House pages on
genetically modified citrus (Florida's oranges with spinach defensin genes; a note on agrumes
génétiquement modifiés for biosafety authorities; a need of Mexico to assess cítricos transgénicos
against HLB); and marine pollution and trade pages on ship-to-ship transfers (tankers of the shadow
fleet in the Laconian Gulf; a need to watch the transbordements de navire à navire in the rade de
Lomé; the gasolineras flotantes of the bahía de Algeciras). English, French and Spanish, 10 records
each, every topic written once in each language (different countries, projects and angles, not
translations of one text).

None of records.py, records3.py, ..., records101.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (hexavalent chromium, chromium(VI), chrome VI, cromo
hexavalente, chromate, cement, ciment, cemento, concrete, béton, hormigón, dermatitis, eczema,
eczéma, gale du ciment, ferrous sulphate, sulfate ferreux, sulfato ferroso, bricklayer, maçon,
albañil, construction workers, BTP, construcción civil; short-haul, domestic flights, vols
intérieurs, vols courts, vuelos cortos, vuelos nacionales, airline, compagnie aérienne, aerolínea,
flight, avion, vuelo, transport aérien, air travel, high-speed rail, TGV, AVE; reuse centre, reuse,
réemploi, ressourcerie, recyclerie, reutilización, segunda mano, second-hand, seconde main,
friperie, charity shop, thrift, Emmaüs, Emaús, encombrants, voluminosos, enseres, furniture,
meubles, muebles, punto limpio, écocentre, déchèterie; climate-related disclosure, TCFD, ISSB,
CSRD, climate risk, risques climatiques, riesgos climáticos, divulgation, divulgación, disclosure,
sustainability reporting, ESG, investors, investisseurs, inversionistas, central bank, stock
exchange; film festival, festival, cinéma, cine, film, película, documentary, documentaire,
documental, ciné-débat, screening, projection, proyección; petroleum coke, petcoke, coke, coque,
cokerie, coquizadora, coking; cosmetic pesticide, lawn, pelouse, gazon, césped, loi Labbé, zéro
phyto, jardinier amateur, particuliers, jardinería, jardinerie, garden centre, non-professional
use, uso no profesional, 2,4-D, pesticide-free; underground storage tank, fuel tank, cuve, tanque
subterráneo, petrol station, filling station, service station, station-service, estación de
servicio, gasolinera, grifo, bomba de gasolina, MTBE, contaminated site, sites pollués, sitios
contaminados, suelos contaminados; citrus, agrumes, cítricos, orange, oranger, naranja, limón,
huanglongbing, HLB, greening, defensin, genetically modified trees; ship-to-ship, transbordement,
trasvase, bunkering, avitaillement, tanker, pétrolier, petrolero, buque tanque, navire-citerne,
shadow fleet, flotte fantôme, flota fantasma, sanctions, Laconian, Lomé, Algeciras, Gibraltar).
Screened and dropped as covered: engineered stone and silicosis (bh25-bh27), halons (u22-u24),
agrivoltaics (bu19-bu21), disposable vapes (bk04-bk06), cigarette butts (z25-z27), expanded
polystyrene (bx07-bx09), lead-glazed pottery (bd14, bd15), used cooking oil (i25-i27), lead shot
and fishing weights (u25, u26), mattresses (s28-s30), nappies (bb16-bb18), coal ash (bb10, bb11),
phosphogypsum (bd16-bd18), used oil re-refining (x28-x30), pay-as-you-throw (df13), old chemicals
in school laboratories (j28-j30), aluminium cookware (bl28-bl30), mosquito coils (bc19-bc21),
microbeads (ba16-ba18), melamine (bl16-bl18), methanol in illicit liquor (bc16-bc18), ethylene
oxide (bq07-bq09), contaminated cough syrups (bk01-bk03), aflatoxins (t28-t30), solar cookers
(bz19-bz21), siloxanes (bt07-bt09), drilling muds (be16-be18), uranium (bw07-bw09), Wolbachia
mosquitoes (bl10-bl12), genetically modified salmon (t38), bananas (bg13-bg15), rice (z19-z21) and
trees (y25-y27), liability and redress (n43), socio-economic considerations (n13), GMO moratoria
(bk27, ct27), pesticide residues in food (n10, l09), pesticide taxes (br16, br17), solar lanterns
and solar home systems (ch01-ch03, t25), refrigerant smuggling (cv27, dx22, dx23), smart grids (no
record, but too near the smart meters of db10-db12) and efficient lighting programmes (too near the
move from mercury lamps to LED lighting, o30), besides the topics of sets 42 to 101 and those their
docstrings list as covered, and the biodiversity, ecosystem, agriculture and water topics left to
set 103. Screened with no or passing hits but not chosen: parabens (no hit), car wash wastewater
(no hit, a water topic), military burn pits (no hit), environmental complaint hotlines (too near
the ombudsman pages cv28, cv29), Fairmined gold (no hit, but near mercury-free gold, n04, and
conflict minerals, cr28-cr30), the destruction of seized counterfeit goods (near the counterfeit
pesticides of cb16-cb18), charcoal exports (charcoal is covered: bx04, bx05, df04), genetically
modified chestnuts (near the blight-resistant chestnuts of bp28), solar water pumps (passing: du25)
and solar dryers (passing: br11). records103.py (ids ee..), written at the same time by another
engineer on biodiversity, ecosystem, agriculture and water topics, is not part of this set's pool.

The nearest are judged 1: the need for monitoring at the Faja Petrolífera del Orinoco (dh06), whose
title names the pilas de coque and whose description says that mountains of coque de petróleo pile
up at the upgraders of José and asks for particle measurements near them, to the general petroleum
coke queries; the case study of Kamikatsu's zero waste declaration (cv10), whose subjects name
reuse and whose description presents the kuru kuru shop where residents leave and take used goods
free of charge, to the general reuse centre queries; the French guide to remediating soils polluted
by hydrocarbons (v29), whose description names the soils contaminated by fuels around
stations-service among its sites, to the general petrol station queries; the guide to managing
cemeteries without pesticides after the ban on synthetic pesticides in public spaces was extended
to them (cm26, subject zéro phyto), to "cosmetic pesticide bans" and, as a page on the law it
applies without naming it, to "loi Labbé"; and the case study of a London borough that ended
herbicide spraying on its pavements (dc28, subject pesticide-free streets), to "cosmetic pesticide
bans". All the other hits are passing or about other things, judged 0: the ban on short domestic
flights only evoked by the night train project (cr20) and the end of domestic flights among the
proposals of the Convention citoyenne pour le climat (cj26), the night trains compared with flights
(cr19, cr21), sustainable aviation fuel (ch28-ch30), contrails (df10-df12), leaded avgas
(cj01-cj03) and the untaxed kerosene of the carbon tax note (ch08); the chrome tanning pages
(x01-x03), the hexavalent chromium of stainless steel welding (eb10), the CCA-treated wood pages
(bj28, bj29), low-carbon cement (cj16-cj18), the cement of the CBAM pages (cd19, cd20), the tyres
burned in cement kilns (q11) and the asbestos-cement roofs (q13, q15); the second-hand clothes
(k22, k23), the réemploi of mattress foam (s29) and of creosote sleepers (bb14), the écocentres of
bx08 and dv29 and the enseres of the DANA of Valencia (dz06); the green bonds (cf28-cf30), the
shadow carbon price (dt16), the protected disclosures of whistleblowers (dh25) and the disclosure
of origin of the ayahuasca patent (ds22); the glitter at music festivals (ct28), the festival of
pomegranates (ec10), the podcasts (dv29, dv30), comics (dx25, dx27) and theatre (dz25, dz26), other
media, and the mulch films (z22, z23); the coal coke of the old cokerie (bl14), of the oil shale
heaps (dx01), of the steel pages (dx04-dx06) and of the coquizadoras of Boyacá (cx06), and the oil
sands pages (dh04, dh05); the metaldehyde slug pellet pages (by07, by08), which are about a
molluscicide banned outdoors for farms and gardens and about poisoned pets, the end of most
pesticide use at Mount Auburn Cemetery (cm25), the community gardens of Montréal (ci29), the
dicamba drift onto gardens (dl02), the pesticide tax paid by jardiniers amateurs (br17) and the
yuyos sprayed with herbicide (dc30); the stations-service named by the kpayo case study (ca08) and
by the fuel sulphur pages (cr10, cr11), the gasohol sold in the grifos of the Peruvian Amazon
(dp15), the till receipts of petrol stations (dj04), the gasolineras of the ozone contingencies
(cp24), the oil-polluted land of v28 and v30 and the fuel theft pages (dp02, dp03); the
huanglongbing pages (bq28-bq30), none of which names a genetically modified citrus, the genetically
modified trees (y25-y27) and the transgenic grapevine rootstocks (db22-db24); and the oil spill
pages (k07, k08, k09), the port reception facilities of Lomé (cl26), the ship fuel sulphur pages
(cb28-cb30), the transshipments of catches at sea that the fisheries surveillance pages flag in
passing (br19, br20, br21), the transshipment hubs of the free zone pages (cv25, cv26), the
trasbordo of grain barges at Nueva Palmira (dn21) and the trasvases of the river Tajo (bj21). In
the golden files, the molecule page on 2,4-D lists lawn and turf care among the places the
herbicide is sprayed, a passing mention as the eleventh, twenty-second and twenty-seventh sets
graded its rangeland, sugar-cane and corn; a page on WLAN services at gas stations and molecule
pages naming cement, coke plants or films among uses and sources are unrelated.

Traps: the REACH restriction and the tin sulphate of ed01; the béton and the maladies
professionnelles of ed02; the concreto of ed03; the ticket tax and the state aid of ed04; the
Convention citoyenne pour le climat of ed05 (0 to citizens' assemblies); the AVE and the low-cost
rail competition of ed06; the repair workshops and textiles of ed07; the matelas (0 to the mattress
queries) and the écocentres of ed08; the puntos limpios and the vertedero of ed09; the scope 3
emissions of ed10; the biodiversité and the sortie du charbon of ed11; the sequía, incendios
forestales and marejadas of ed12; the stubble burning, waste pickers, landfill fires, plastic and
snow leopards of ed13; the orpaillage and mercure, pesticides du coton, feux de brousse and sachets
plastiques of ed14; the agroquímicos, litio, humedales del delta del Paraná and basura del
Riachuelo of ed15; the heavy crude and the environmental justice of ed16; the cimenterie (0 to the
cement and chromium queries), the pneus and the marché du carbone of ed17; the dióxido de azufre
and the vanadio of ed18; the golf courses, the dicamba and the lawn grubs of ed19; the cimetières,
coccinelles, mésanges and centres antipoison of ed20; the pulgón, cochinilla and picudo rojo de las
palmeras of ed21; the foam concrete of ed22; the terres excavées of ed23; the benceno (0 to benzene
as a topic of its own) and the humedales of ed24; the huanglongbing, the rootstocks and the gene
editing of ed25; the abeilles of ed26; the orgánicos of ed27; the sanctions on Russian oil and the
naval exercises of ed28; the souteurs and MARPOL of ed29; and Gibraltar and the capitanía marítima
of ed30. For the country queries: ed01 names only Denmark (and the European Union); ed02 names only
France; ed03 names only Peru; ed04 names only Austria; ed05 names only France (and the European
Commission); ed06 names Spain and France (the precedente francés); ed07 names only Sweden; ed08
names only Canada (Québec); ed09 names only Spain (Navarra); ed10 names only New Zealand; ed11
names only France (and Europe); ed12 names only Chile; ed13 names only India; ed14 names only
Burkina Faso; ed15 names only Argentina; ed16 names only the United States (Chicago); ed17 names
only Canada (Québec, Gaspésie); ed18 names only Mexico; ed19 names only Canada (Ontario, Québec);
ed20 names only France; ed21 names only Spain; ed22 names only the United Kingdom (England); ed23
names only Belgium; ed24 names only Colombia; ed25 names only the United States (Florida); ed26
names no country (only Asia); ed27 names only Mexico; ed28 names Greece and Russia; ed29 names
Togo, Benin and Ghana; ed30 names Spain and Gibraltar.

Ids (ed01..ed30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
eb01..eb30, ec01..ec30), and no earlier id starts with "ed".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- hexavalent chromium in cement -----------------------------------------------------------
    ("ed01", "case-study", "en",
     "Ferrous sulphate in every bag: how Denmark, then the European Union, cut cement eczema "
     "among construction workers",
     "Wet cement is strongly alkaline and carries traces of water-soluble hexavalent chromium, "
     "chromium(VI), that comes from the raw materials and the refractory bricks of the kiln. "
     "Bricklayers, concrete workers, floor layers and tilers who handle mortar and concrete with "
     "bare hands become allergic to it and develop contact dermatitis, the cement eczema that "
     "forces many of them to leave the trade. At the end of the 1970s Nordic dermatologists "
     "showed that adding ferrous sulphate to cement reduces chromium(VI) to the insoluble "
     "trivalent form, and in 1983 Denmark limited soluble chromium(VI) in cement to two parts per "
     "million. This case study follows what happened next: chromate allergy among Danish "
     "construction workers fell sharply, and in 2005 the European Union adopted the same limit, "
     "now a REACH restriction, with each bag showing how long the reducing agent stays effective. "
     "It compares eczema registers before and after, discusses tin sulphate as an alternative "
     "reducer, and recalls that gloves are still needed against alkaline cement burns.",
     ("hexavalent chromium", "cement", "allergic contact dermatitis", "occupational health",
      "REACH restriction"),
     ("DK",), "2023-11"),
    ("ed02", "document", "fr",
     "Ciment et chrome VI : fiche de prévention de l'eczéma et des brûlures pour les maçons, "
     "coffreurs et carreleurs",
     "Sur les chantiers, on l'appelle encore la « gale du ciment » : un eczéma des mains et des "
     "avant-bras qui touche les maçons, les coffreurs, les carreleurs et les manœuvres au contact "
     "du ciment frais, du mortier ou du béton. Il est dû au chrome hexavalent soluble, le chrome "
     "VI, présent à l'état de traces dans le clinker, auquel la peau devient allergique, souvent "
     "pour toujours. Cette fiche, rédigée par un organisme de prévention du bâtiment et des "
     "travaux publics avec des médecins du travail, rappelle que les ciments vendus en France ne "
     "doivent pas contenir plus de 2 mg/kg de chrome VI soluble et que le sac indique la date "
     "jusqu'à laquelle l'agent réducteur reste efficace : un ciment stocké trop longtemps perd "
     "cette protection. Elle détaille le choix de gants en nitrile, le lavage des mains au savon "
     "doux, les brûlures alcalines aux genoux lors du coulage des chapes et la déclaration de la "
     "maladie professionnelle au titre du tableau n° 8 du régime général.",
     ("chrome VI", "ciment", "eczéma de contact", "maladies professionnelles",
      "bâtiment et travaux publics"),
     ("FR",), "2022-03"),
    ("ed03", "need", "es",
     "Necesidad: límite de cromo hexavalente en el cemento y prevención de la dermatitis de los "
     "obreros de construcción civil en Lima",
     "En las obras de Lima y del Callao, los obreros de construcción civil, los albañiles y los "
     "peones mezclan a mano cemento, arena y agua, muchas veces sin guantes, y cargan el concreto "
     "fresco en baldes sobre el hombro. Los médicos de una clínica del seguro social atienden "
     "cada año a decenas de trabajadores con dermatitis de contacto por cemento en manos, "
     "antebrazos y pies, y con úlceras por quemaduras alcalinas cuando el concreto se mete en las "
     "botas. La dermatitis se debe sobre todo al cromo hexavalente soluble del cemento, que "
     "ninguna norma peruana limita. Un sindicato de trabajadores de construcción civil, con una "
     "universidad y la autoridad de salud ocupacional, solicita apoyo para medir el cromo VI en "
     "las marcas de cemento que se venden en bolsa, incluidas las importadas, evaluar una norma "
     "técnica que exija agentes reductores como el sulfato ferroso, capacitar a los maestros de "
     "obra y entregar guantes y botas adecuados.",
     ("cromo hexavalente", "cemento", "dermatitis de contacto", "salud ocupacional",
      "necesidades"),
     ("PE",), "2024-07"),
    # --- short-haul flight bans ------------------------------------------------------------------
    ("ed04", "case-study", "en",
     "Trains instead of planes between Vienna and Salzburg: the climate conditions of Austria's "
     "2020 airline rescue",
     "When the pandemic grounded Austrian Airlines in 2020, the federal government agreed to a "
     "rescue package of 600 million euros with climate conditions attached: the airline would "
     "halve the carbon dioxide emissions of its domestic flights by 2030 and stop flying routes "
     "that could be travelled by train in less than three hours. The Vienna-Salzburg flights "
     "ended in July 2020 and the federal railways added trains with through tickets and baggage "
     "check-in to Vienna airport; the same year a ticket tax of twelve euros per departing "
     "passenger was introduced, rising to thirty euros for flights shorter than 350 kilometres. "
     "This case study looks at what the short-haul flight ban changed: passengers who moved to "
     "rail, fares, connections for transfer passengers to long-haul flights, the routes to Graz "
     "and Innsbruck that were kept, and the emissions avoided. It asks whether such bans belong "
     "in law rather than in the conditions of state aid to an airline.",
     ("short-haul flight bans", "aviation emissions", "modal shift", "rail travel",
      "state aid to airlines"),
     ("AT",), "2023-06"),
    ("ed05", "document", "fr",
     "Interdiction des vols intérieurs courts : ce que prévoient la loi Climat et résilience et "
     "le décret de 2023",
     "L'article 145 de la loi Climat et résilience d'août 2021 interdit les services réguliers de "
     "transport aérien de passagers à l'intérieur du territoire lorsqu'il existe une liaison en "
     "train direct de moins de deux heures trente, plusieurs fois par jour. Après l'accord de la "
     "Commission européenne, nécessaire parce que la mesure limite la liberté des compagnies "
     "d'exploiter des liaisons dans l'Union, le décret du 22 mai 2023 l'a rendue applicable pour "
     "trois ans. Cette note explique les critères retenus (gare desservant l'aéroport ou la même "
     "ville, horaires permettant de passer plus de huit heures sur place), les trois liaisons au "
     "départ d'Orly effectivement supprimées, vers Bordeaux, Nantes et Lyon, l'exclusion des vols "
     "en correspondance, et les émissions évitées, modestes au regard de l'ensemble du transport "
     "aérien. Elle rappelle que la Convention citoyenne pour le climat avait proposé un seuil de "
     "quatre heures et présente le bilan prévu avant la fin de la mesure.",
     ("vols intérieurs", "transport aérien", "report modal", "loi Climat et résilience",
      "émissions de gaz à effet de serre"),
     ("FR",), "2023-09"),
    ("ed06", "event", "es",
     "Jornada: ¿suprimir los vuelos peninsulares cuando el tren tarda menos de dos horas y media?",
     "El acuerdo de gobierno de 2023 incluyó el compromiso de reducir los vuelos peninsulares en "
     "las rutas con una alternativa en tren de menos de dos horas y media, salvo los que conectan "
     "con vuelos internacionales en los grandes aeropuertos. Una cátedra universitaria de "
     "transporte y una organización ecologista organizan en Madrid, el 20 de noviembre de 2024, "
     "una jornada para debatir la medida. Se presentarán las rutas afectadas, como "
     "Madrid-Valencia, Madrid-Sevilla o el puente aéreo Madrid-Barcelona, en el límite de las dos "
     "horas y media; la caída de pasajeros aéreos tras la llegada del AVE y de la competencia "
     "ferroviaria de bajo coste; el caso de los pasajeros en conexión en Barajas; y el precedente "
     "francés, que suprimió tres rutas. Participarán aerolíneas, operadores ferroviarios, el "
     "ministerio de transportes y asociaciones de consumidores. La jornada cerrará con una "
     "estimación de las emisiones evitadas y de los huecos de aterrizaje liberados. Inscripción "
     "gratuita y emisión en directo.",
     ("vuelos cortos", "transporte aéreo", "alta velocidad ferroviaria", "cambio modal",
      "mitigación del cambio climático"),
     ("ES",), "2024-10"),
    # --- reuse centres ---------------------------------------------------------------------------
    ("ed07", "project", "en",
     "ReTuna: a shopping centre for second-hand goods beside Eskilstuna's recycling park",
     "Since 2015 the municipal waste company of Eskilstuna, a town west of Stockholm, has run "
     "ReTuna Återbruksgalleria, said to be the first shopping centre in the world that sells only "
     "reused and repaired goods. Residents bringing waste to the recycling park drive first to a "
     "drop-off depot, where they leave furniture, toys, clothes, bicycles, electrical appliances "
     "and building materials that can still be used. Staff sort the items and pass them to a "
     "dozen shops in the centre, each run by a tenant who repairs, upcycles and sells them, from "
     "furniture and computers to garden tools and textiles. The project also runs a café, a "
     "course in recycling and design with the adult education college, and repair workshops for "
     "the public. Sales, tonnes kept out of the recycling park's containers, jobs created and "
     "visitors are reported each year. The page explains how the municipality set the centre up, "
     "how rents are set and what visiting delegations from other cities most often ask.",
     ("reuse centres", "second-hand goods", "repair", "waste prevention", "circular economy"),
     ("SE",), "2024-03"),
    ("ed08", "dataset", "fr",
     "Ressourceries du Québec : objets récupérés, remis en circulation et emplois d'insertion, "
     "2016-2023",
     "Les ressourceries sont des entreprises d'économie sociale qui récupèrent, par apport "
     "volontaire, par collecte à domicile ou dans les écocentres, les meubles, électroménagers, "
     "vêtements, livres, jouets et articles de maison dont les citoyens se départissent, les "
     "trient, les réparent au besoin et les revendent à bas prix dans leurs magasins, tout en "
     "offrant des emplois à des personnes éloignées du marché du travail. Ce jeu de données, "
     "compilé par le réseau qui regroupe une soixantaine de ressourceries avec la société d'État "
     "chargée des matières résiduelles, donne pour chaque région administrative les tonnes "
     "reçues, la part remise en circulation, celle envoyée au recyclage et celle éliminée, le "
     "nombre de participants aux programmes d'insertion, les ventes et les dons. Il montre le pic "
     "d'encombrants reçus autour du 1er juillet, jour des déménagements au Québec, et la part "
     "croissante des matelas et des meubles en panneaux de particules, difficiles à réemployer.",
     ("ressourceries", "réemploi", "matières résiduelles", "économie sociale", "Québec"),
     ("CA",), "2024-05"),
    ("ed09", "project", "es",
     "Traperos de Emaús en la comarca de Pamplona: recogida de muebles y enseres para "
     "reutilizarlos y tiendas de segunda mano",
     "La fundación Traperos de Emaús de Navarra recoge desde hace décadas muebles, ropa, "
     "electrodomésticos, libros y otros enseres que los vecinos ya no quieren, y con la "
     "mancomunidad de la comarca de Pamplona presta el servicio de recogida a domicilio de "
     "voluminosos. Este proyecto amplía su centro de preparación para la reutilización: un taller "
     "de reparación de electrodomésticos y de restauración de muebles, una nave para clasificar "
     "lo que llega por la recogida a domicilio y por los puntos limpios, y dos tiendas de segunda "
     "mano con precios bajos y vales para las familias derivadas por los servicios sociales. Lo "
     "que no se puede vender se desmonta y se envía a reciclaje. En el centro trabajan personas "
     "en procesos de inserción sociolaboral, contratadas por la empresa de inserción de la "
     "fundación. El proyecto mide las toneladas reutilizadas, las recicladas y las que acaban en "
     "el vertedero, y los puestos de inserción creados.",
     ("centros de reutilización", "preparación para la reutilización", "segunda mano",
      "empresas de inserción", "residuos voluminosos"),
     ("ES",), "2023-11"),
    # --- climate-related financial disclosures ---------------------------------------------------
    ("ed10", "document", "en",
     "Climate-related disclosures in Aotearoa New Zealand: a guide for climate reporting entities",
     "New Zealand was the first country to make climate-related disclosures mandatory by law. "
     "Since the 2021 amendment to its financial markets legislation, about 200 large listed "
     "issuers, registered banks, insurers, credit unions and managers of investment schemes must "
     "publish each year a climate statement prepared under the Aotearoa New Zealand Climate "
     "Standards of the External Reporting Board, which follow the recommendations of the Task "
     "Force on Climate-related Financial Disclosures (TCFD). This guide explains what the "
     "statements must contain: the governance of climate risks and opportunities, scenario "
     "analysis with at least a 1.5 °C scenario, a high-warming scenario and a third of the "
     "entity's choice, transition plans, and metrics and targets, including scope 1, 2 and 3 "
     "greenhouse gas emissions, whose figures must later be independently assured. It explains "
     "the role of the Financial Markets Authority, the adoption provisions for the first "
     "reporting periods, which began in 2023, and the weaknesses found in the first statements.",
     ("climate-related financial disclosures", "TCFD", "climate risk", "corporate reporting",
      "greenhouse gas emissions"),
     ("NZ",), "2024-04"),
    ("ed11", "case-study", "fr",
     "L'article 29 de la loi Énergie-climat : ce que publient les investisseurs français sur "
     "leurs risques climatiques",
     "Depuis 2016, l'article 173 de la loi de transition énergétique oblige les investisseurs "
     "institutionnels, assureurs, mutuelles, caisses de retraite et sociétés de gestion, à "
     "publier comment ils prennent en compte le risque climatique dans leurs placements, une "
     "obligation pionnière citée dans les travaux du groupe de travail sur la publication "
     "d'informations financières liées au climat (TCFD). L'article 29 de la loi Énergie-climat de "
     "2019 et son décret de 2021 l'ont renforcée : alignement des portefeuilles sur l'Accord de "
     "Paris, exposition aux énergies fossiles, risques physiques et de transition, et désormais "
     "risques liés à la biodiversité. Cette étude de cas analyse les rapports publiés par près de "
     "500 entités pour l'exercice 2022, à partir des revues menées par les autorités de contrôle "
     "des marchés et des assurances : des rapports longs mais hétérogènes, des indicateurs de "
     "température difficiles à comparer, des politiques de sortie du charbon plus précises que "
     "celles du pétrole et du gaz. Elle évoque l'arrivée des normes européennes de publication de "
     "durabilité.",
     ("informations financières liées au climat", "investisseurs institutionnels",
      "risques climatiques", "TCFD", "finance durable"),
     ("FR",), "2024-02"),
    ("ed12", "need", "es",
     "Necesidad: capacitación de emisores y supervisores en la divulgación de riesgos climáticos "
     "que exige la Norma de Carácter General 461",
     "En noviembre de 2021 la Comisión para el Mercado Financiero de Chile modificó el contenido "
     "de la memoria anual de los emisores de valores con la Norma de Carácter General 461, que "
     "exige reportar información de sostenibilidad y de gobierno corporativo, incluidos los "
     "riesgos y oportunidades relacionados con el cambio climático, siguiendo las recomendaciones "
     "del TCFD y los estándares del SASB. Las grandes sociedades anónimas abiertas ya la aplican, "
     "pero las medianas, muchas de ellas empresas familiares de regiones, las administradoras de "
     "fondos y las compañías de seguros tienen poca experiencia en análisis de escenarios, en "
     "medir sus emisiones o en estimar la exposición de sus activos a la sequía, los incendios "
     "forestales y las marejadas. La Comisión, con una asociación gremial y una universidad, "
     "solicita apoyo para formar a directorios y equipos de finanzas, preparar guías por sector, "
     "fortalecer la supervisión de la calidad de la información divulgada y adaptar el marco a "
     "las normas NIIF S1 y S2 del ISSB.",
     ("divulgación de riesgos climáticos", "TCFD", "mercado de valores",
      "información de sostenibilidad", "necesidades"),
     ("CL",), "2024-06"),
    # --- environmental film festivals ------------------------------------------------------------
    ("ed13", "event", "en",
     "Environment and wildlife film festival in New Delhi: competition, screenings and a "
     "mobile-phone film workshop",
     "For more than twenty years a New Delhi media research centre has organised an environment "
     "and wildlife film festival and competition, with regional editions that travel to smaller "
     "cities. The 2025 edition, from 6 to 9 February, will screen some sixty films chosen from "
     "more than 400 entries in Hindi, English and other Indian languages, from students' short "
     "films and community videos to feature-length documentaries. This year's themes include the "
     "winter smog over Delhi and stubble burning, waste pickers and landfill fires, plastic in "
     "the Himalayas, the Yamuna river and the lives of snow leopards. Filmmakers will discuss "
     "their work with scientists and officials after each session, and a two-day workshop will "
     "teach young people how to film environmental stories on a mobile phone. Screenings are "
     "free. Winning films will be shown in schools and colleges across the country in the months "
     "after the festival.",
     ("environmental film festivals", "documentary films", "environmental awareness", "media",
      "India"),
     ("IN",), "2025-01"),
    ("ed14", "support-source", "fr",
     "Offre : un cinéma mobile et des films sur l'environnement pour des ciné-débats dans les "
     "villages du Burkina Faso",
     "Une association de cinéastes de Ouagadougou, née autour d'un festival de films sur "
     "l'environnement organisé chaque année pendant la saison sèche, propose aux communes, aux "
     "ONG et aux projets de développement une caravane de cinéma mobile : un camion équipé d'un "
     "écran gonflable, d'un projecteur, d'une sonorisation et d'un groupe solaire, qui s'installe "
     "le soir sur la place du village. Le catalogue compte une quarantaine de courts et longs "
     "métrages, documentaires et fictions, en mooré, en dioula, en fulfuldé et en français, sur "
     "l'orpaillage et le mercure, les pesticides du coton, la coupe du bois, les feux de brousse "
     "et les sachets plastiques. Chaque projection est suivie d'un débat animé par un médiateur "
     "formé et, si le commanditaire le souhaite, par un agent de santé ou des eaux et forêts. "
     "L'offre comprend la préparation d'un programme adapté au thème, l'information des autorités "
     "coutumières et un rapport sur la participation, avec un tarif réduit pour les communes "
     "rurales.",
     ("festivals de films sur l'environnement", "cinéma mobile", "ciné-débats", "sensibilisation",
      "Burkina Faso"),
     ("BF",), "2024-10"),
    ("ed15", "case-study", "es",
     "Diez años de un festival de cine ambiental en Buenos Aires y de su muestra itinerante por "
     "las provincias",
     "Desde 2014 un festival internacional de cine ambiental reúne cada año en Buenos Aires "
     "documentales y ficciones sobre el ambiente, con funciones gratuitas en salas, centros "
     "culturales y plazas, y luego recorre las provincias con una muestra itinerante. Este "
     "estudio de caso analiza diez ediciones: cuántas películas se recibieron y se proyectaron, "
     "de qué países venían, qué públicos llegaron, cómo se financió el festival con aportes "
     "públicos, de embajadas y de empresas, y qué temas dominaron, como los agroquímicos en los "
     "pueblos fumigados, el litio de los salares de la Puna, los incendios en los humedales del "
     "delta del Paraná y la basura del Riachuelo. Incluye entrevistas con docentes que usaron las "
     "películas en las escuelas, con realizadores indígenas y campesinos que mostraron allí sus "
     "primeras obras y con funcionarios municipales que organizaron funciones al aire libre. "
     "Concluye con lo que hace durar un festival: voluntarios, alianzas con universidades y un "
     "catálogo en línea para las escuelas.",
     ("festivales de cine ambiental", "cine documental", "educación ambiental", "difusión",
      "Argentina"),
     ("AR",), "2024-11"),
    # --- petroleum coke --------------------------------------------------------------------------
    ("ed16", "dataset", "en",
     "Petroleum coke piles on Chicago's Southeast Side: dust monitoring at the bulk terminals of "
     "the Calumet River, 2014-2017",
     "In the summer of 2013 strong winds blew black dust from uncovered piles of petroleum coke, "
     "the carbon-rich solid left over when refineries crack the heaviest fractions of crude oil, "
     "across homes, ball fields and parks of the East Side and South Deering neighbourhoods of "
     "Chicago. The petcoke came from a nearby refinery that had been rebuilt to process more "
     "heavy crude, and was stored at bulk terminals along the Calumet River before being shipped "
     "out by barge and rail to be sold as fuel. Residents sued, and in 2014 the city adopted "
     "rules requiring bulk material terminals to enclose their piles, monitor particulate matter "
     "at the fence line and stop expanding. This dataset holds the continuous PM10 readings of "
     "the terminals' fence-line monitors, exceedance reports, wind data, inspection and complaint "
     "records and the tonnages stored, until the last petcoke piles left the area in 2016. A "
     "residents' survey of dust inside homes is linked.",
     ("petroleum coke", "fugitive dust", "particulate matter", "bulk material terminals",
      "environmental justice"),
     ("US",), "2021-05"),
    ("ed17", "case-study", "fr",
     "Du coke de pétrole pour la cimenterie de Port-Daniel : étude de cas sur le combustible "
     "d'une grande usine gaspésienne",
     "Mise en service en 2017 à Port-Daniel–Gascons, en Gaspésie, une cimenterie d'une capacité "
     "de plus de deux millions de tonnes par an est devenue l'une des plus grandes sources "
     "industrielles de gaz à effet de serre du Québec. Son four brûle surtout du coke de pétrole, "
     "résidu solide et riche en carbone du raffinage des pétroles lourds, bon marché et très "
     "énergétique, mais chargé de soufre et de métaux comme le vanadium et le nickel. Cette étude "
     "de cas retrace pourquoi le projet a échappé à l'examen du Bureau d'audiences publiques sur "
     "l'environnement, ce que prévoit son autorisation pour le dioxyde de soufre et les "
     "poussières, comment le coke arrive par bateau et est stocké au quai, et ce qu'en disent les "
     "pêcheurs et les résidents de la baie des Chaleurs. Elle examine les options pour remplacer "
     "une partie du coke par de la biomasse forestière, des pneus ou des déchets, et la place de "
     "l'usine dans le marché du carbone québécois.",
     ("coke de pétrole", "cimenteries", "gaz à effet de serre", "évaluation environnementale",
      "Gaspésie"),
     ("CA",), "2023-04"),
    ("ed18", "need", "es",
     "Necesidad: medir el polvo y las emisiones del coque de petróleo de la refinería de "
     "Cadereyta y de su traslado por tren",
     "La refinería de Cadereyta, en Nuevo León, produce en su planta coquizadora miles de "
     "toneladas diarias de coque de petróleo, el residuo sólido que queda al convertir los fondos "
     "pesados del crudo en gasolina y diésel. El coque se apila a cielo abierto dentro de la "
     "refinería y sale en góndolas de ferrocarril hacia plantas de energía e industrias de otros "
     "estados. Vecinos de las colonias cercanas y de los municipios de Juárez y Guadalupe se "
     "quejan del polvo negro que se asienta en techos y patios, y las autoridades ambientales del "
     "estado atribuyen a la refinería una parte de la contaminación por partículas y por dióxido "
     "de azufre del área metropolitana de Monterrey. La secretaría de medio ambiente estatal, con "
     "una universidad, solicita apoyo para instalar monitores de partículas alrededor de los "
     "patios de coque y a lo largo de la vía, analizar los metales del polvo, como el vanadio, y "
     "proponer el encapsulamiento de las pilas y la cubierta de los vagones.",
     ("coque de petróleo", "polvo fugitivo", "refinerías", "calidad del aire", "necesidades"),
     ("MX",), "2024-09"),
    # --- lawn and garden pesticides --------------------------------------------------------------
    ("ed19", "case-study", "en",
     "Ten years of Ontario's cosmetic pesticides ban: lawn care, garden centres and herbicides in "
     "urban streams",
     "In April 2009 Ontario banned the sale and use of pesticides for cosmetic purposes, that is, "
     "to keep lawns, gardens, patios, driveways and parks looking tidy, after the by-laws of "
     "Hudson, Québec, upheld by the Supreme Court of Canada in 2001, and of Toronto and dozens of "
     "other municipalities. Some 250 products and 95 active ingredients, among them the lawn "
     "herbicides 2,4-D, mecoprop and dicamba, could no longer be sold to homeowners; golf "
     "courses, farms, forestry and uses to protect public health were exempted. This case study "
     "looks at what followed: lawn care companies switched to overseeding, mowing higher and "
     "iron-based weed killers, garden centres emptied their shelves, and the province's stream "
     "monitoring found that the three herbicides fell sharply in the urban watercourses of the "
     "Greater Toronto Area within two years while they did not change in rural streams. It also "
     "reports complaints about dandelions and weedy sports fields, and the debate over "
     "insecticides against lawn grubs.",
     ("cosmetic pesticides", "pesticide bans", "lawns", "urban streams", "Ontario"),
     ("CA",), "2021-09"),
    ("ed20", "document", "fr",
     "Jardiner sans pesticides de synthèse : ce que la loi Labbé interdit aux jardiniers amateurs "
     "et comment s'en passer",
     "Depuis le 1er janvier 2019, les particuliers ne peuvent plus acheter, détenir ni utiliser "
     "de produits phytopharmaceutiques de synthèse pour leur jardin, leur potager, leur pelouse, "
     "leur balcon ou leur allée : la loi Labbé de 2014, appliquée d'abord aux espaces verts "
     "publics en 2017, a été étendue aux jardiniers amateurs, puis en 2022 aux copropriétés, aux "
     "campings, aux terrains de sport et aux cimetières. Restent autorisés les produits de "
     "biocontrôle, ceux qualifiés à faible risque et ceux utilisables en agriculture biologique. "
     "Ce guide, réalisé par une association de jardiniers avec une agence de l'eau, explique "
     "comment reconnaître ces produits en jardinerie, ce qu'il faut faire des vieux flacons de "
     "désherbant ou d'insecticide (les déposer en déchèterie, jamais à l'évier) et comment "
     "jardiner autrement : paillage, rotation des cultures, associations de plantes, purin "
     "d'ortie, filets, auxiliaires comme les coccinelles et les mésanges, herbe tolérée dans les "
     "allées. Il rappelle les intoxications d'enfants et d'animaux domestiques signalées aux "
     "centres antipoison.",
     ("loi Labbé", "jardiniers amateurs", "pesticides", "jardinage au naturel", "biocontrôle"),
     ("FR",), "2022-04"),
    ("ed21", "project", "es",
     "Jardines domésticos sin venenos: campaña con los centros de jardinería de la Comunitat "
     "Valenciana sobre los fitosanitarios de uso no profesional",
     "Desde el Real Decreto 1311/2012, los productos fitosanitarios que se venden a particulares "
     "deben estar autorizados expresamente para uso no profesional, en envases pequeños y listos "
     "para usar, y el vendedor debe asesorar al comprador; los demás solo puede aplicarlos quien "
     "tenga el carné de usuario profesional. En la práctica, en viveros, ferreterías y tiendas "
     "agrícolas de muchos pueblos se siguen vendiendo a aficionados herbicidas e insecticidas "
     "agrícolas para el césped, los rosales o los frutales del huerto. Este proyecto de una "
     "organización de consumidores con la consejería de agricultura forma al personal de los "
     "centros de jardinería, revisa los productos expuestos, edita fichas para combatir sin "
     "químicos el pulgón, la cochinilla, el picudo rojo de las palmeras y las malas hierbas de "
     "los jardines domésticos, y promueve la entrega de envases y restos en los puntos limpios. "
     "Mide los productos de uso profesional retirados de la venta a particulares y las consultas "
     "atendidas.",
     ("plaguicidas de jardinería", "fitosanitarios de uso no profesional", "jardines domésticos",
      "centros de jardinería", "Comunitat Valenciana"),
     ("ES",), "2023-05"),
    # --- leaking fuel tanks at petrol stations ---------------------------------------------------
    ("ed22", "dataset", "en",
     "Petrol station pollution incidents in England: leaking underground tanks and pipework, "
     "2010-2023",
     "Thousands of petrol filling stations in England still store fuel in single-skin steel tanks "
     "buried decades ago. When tanks or pipework corrode or joints fail, petrol and diesel seep "
     "into the ground, and where a station stands on a chalk or sandstone aquifer the fuel and "
     "its additives can reach groundwater pumped for drinking water. This dataset, compiled from "
     "the environmental regulator's incident records and from the local petroleum licensing "
     "authorities, lists the pollution incidents linked to filling stations: location, aquifer "
     "vulnerability, product lost, cause (corroded tank, pipework, overfill, delivery spill), "
     "whether the fuel oxygenate MTBE was found in groundwater, and the clean-up and monitoring "
     "carried out. It also records stations closed and their tanks removed or filled with foam "
     "concrete, and the leak detection and wetstock reconciliation systems installed. The notes "
     "explain why MTBE, very soluble and slow to break down, travels further than other petrol "
     "components and taints water at very low concentrations.",
     ("underground storage tanks", "petrol stations", "groundwater pollution", "MTBE",
      "hydrocarbons"),
     ("GB",), "2024-01"),
    ("ed23", "project", "fr",
     "Assainir les sols des stations-service en Belgique : le fonds sectoriel et ses chantiers",
     "Des milliers de stations-service ont fermé en Belgique depuis les années 1970, laissant "
     "souvent sous le trottoir des cuves enterrées rouillées et des sols imprégnés d'essence et "
     "de gasoil. Depuis le milieu des années 2000, un fonds financé par le secteur pétrolier, "
     "créé par un accord entre les trois Régions, prend en charge l'étude et l'assainissement des "
     "sols pollués des stations-service, en activité ou fermées, pour les exploitants et "
     "propriétaires qui en font la demande. Le projet présenté ici suit les chantiers en Wallonie "
     "et à Bruxelles : étude d'orientation, étude de caractérisation, enlèvement des cuves, "
     "excavation des terres, pompage et écrémage des eaux souterraines, venting, puis contrôle de "
     "l'administration régionale. Il signale les panaches de MTBE qui s'étendent sous les maisons "
     "voisines, les chantiers de centre-ville qui obligent à fermer une rue, et le sort des "
     "terres excavées, envoyées en centre de traitement ou réutilisées.",
     ("stations-service", "sols pollués", "cuves enterrées", "assainissement des sols",
      "Belgique"),
     ("BE",), "2023-10"),
    ("ed24", "need", "es",
     "Necesidad: pruebas de hermeticidad y vigilancia de fugas en los tanques subterráneos de las "
     "estaciones de servicio de Bogotá",
     "Bogotá tiene cerca de quinientas estaciones de servicio, que muchos siguen llamando bombas "
     "de gasolina, y buena parte guarda la gasolina, el ACPM y el biodiésel en tanques de "
     "almacenamiento subterráneo de acero instalados hace más de treinta años. La autoridad "
     "ambiental del Distrito exige pruebas de hermeticidad periódicas y pozos de monitoreo, y ha "
     "encontrado en varias estaciones suelos y aguas subterráneas con hidrocarburos, benceno y "
     "MTBE, algunas junto a humedales y quebradas de los cerros orientales. Pero faltan "
     "laboratorios acreditados para el MTBE, inspectores capacitados y un registro público de "
     "fugas. La Secretaría Distrital de Ambiente solicita apoyo técnico para actualizar el "
     "inventario de tanques y su edad, formar a sus funcionarios y a los operadores en detección "
     "de fugas y conciliación de inventarios, acreditar métodos de análisis y preparar una guía "
     "de remediación para las estaciones que cierran, con prioridad en los barrios donde aún se "
     "usan aljibes y pozos.",
     ("tanques de almacenamiento subterráneo", "estaciones de servicio", "fugas de combustible",
      "aguas subterráneas", "necesidades"),
     ("CO",), "2024-04"),
    # --- genetically modified citrus -------------------------------------------------------------
    ("ed25", "case-study", "en",
     "Oranges with a spinach gene: the long road of transgenic citrus against greening in Florida",
     "Since huanglongbing, or citrus greening, reached Florida in 2005, the state's orange "
     "harvest has fallen by more than four fifths, and no conventional sweet orange resists the "
     "bacterium spread by the Asian citrus psyllid. A juice company and university researchers "
     "turned to genetic engineering: orange trees carrying defensin genes from spinach, which "
     "make antimicrobial proteins in the sap, have been grown in field trials since 2010. This "
     "case study follows the regulatory path through three federal agencies: field release "
     "permits and an environmental impact statement from the plant health service for wider "
     "planting, the review of the defensins as a plant-incorporated protectant by the "
     "environmental agency, and the food safety consultation. It discusses pollen and seed flow "
     "to other citrus, the long life of trees, the attitudes of juice processors and consumers, "
     "the rival hopes placed in tolerant rootstocks and gene editing, and why, fifteen years on, "
     "no transgenic orange has reached the market.",
     ("genetically modified citrus", "transgenic oranges", "huanglongbing", "biosafety regulation",
      "field trials"),
     ("US",), "2023-08"),
    ("ed26", "document", "fr",
     "Agrumes génétiquement modifiés contre le greening : note d'information pour les autorités "
     "de biosécurité",
     "Le huanglongbing, ou greening des agrumes, a ravagé les vergers de nombreuses régions "
     "productrices et aucune variété classique d'oranger, de citronnier ou de mandarinier n'y "
     "résiste. Des équipes de recherche publiques et privées ont mis au point des agrumes "
     "génétiquement modifiés : orangers exprimant des défensines ou des peptides antimicrobiens, "
     "porte-greffes transgéniques censés transmettre une résistance à une variété greffée non "
     "modifiée, arbres qui repoussent le psylle vecteur. Cette note, préparée pour les comités et "
     "autorités nationales de biosécurité susceptibles de recevoir une demande d'essai au champ "
     "ou d'importation, résume les points à examiner : longévité des arbres et stabilité de "
     "l'expression, flux de pollen vers les vergers et les agrumes des jardins, espèces sauvages "
     "apparentées dans les centres de diversité d'Asie, effets sur les abeilles et les insectes "
     "non cibles, allergénicité du jus, statut du fruit non modifié récolté sur un porte-greffe "
     "modifié et détection dans les plants importés. Elle fait le point sur les essais connus.",
     ("agrumes génétiquement modifiés", "greening des agrumes", "évaluation des risques", "OVM",
      "essais au champ"),
     (), "2024-01"),
    ("ed27", "need", "es",
     "Necesidad: capacidades para evaluar solicitudes de liberación de cítricos genéticamente "
     "modificados contra el HLB",
     "Con el HLB presente en casi todos los estados citrícolas de México, productores de limón y "
     "de naranja y centros de investigación estudian portainjertos y variedades de cítricos "
     "genéticamente modificados tolerantes a la bacteria, y es probable que lleguen las primeras "
     "solicitudes de liberación experimental en los próximos años. La autoridad de sanidad "
     "vegetal y la comisión intersecretarial de bioseguridad reconocen que nunca han evaluado un "
     "frutal transgénico: los cítricos viven décadas, se injertan, se multiplican en viveros y "
     "crecen en los traspatios de todo el país. Solicitan apoyo para capacitar a sus evaluadores "
     "en el análisis de riesgo de árboles genéticamente modificados, diseñar condiciones de "
     "confinamiento para los ensayos en campo, con distancias de aislamiento y eliminación de "
     "flores, preparar métodos para detectar plantas y yemas transgénicas importadas y organizar "
     "consultas con los productores de cítricos orgánicos de Veracruz y Nuevo León, que temen "
     "perder sus mercados de exportación.",
     ("cítricos transgénicos", "HLB", "evaluación de riesgos", "bioseguridad", "necesidades"),
     ("MX",), "2024-11"),
    # --- ship-to-ship transfers ------------------------------------------------------------------
    ("ed28", "dataset", "en",
     "Ship-to-ship oil transfers in the Laconian Gulf: tankers, transfers and spill risk, "
     "2019-2024",
     "The sheltered waters of the Laconian Gulf, off the southern Peloponnese, have long been one "
     "of the busiest places in the Mediterranean for ship-to-ship transfers, in which crude oil "
     "or fuel oil is pumped at anchor from one tanker to another to combine cargoes, change "
     "vessels or store oil at sea. After the 2022 sanctions and price cap on Russian oil, the "
     "number of transfers rose sharply, and many of the tankers involved were ageing ships of the "
     "so-called shadow fleet, with unclear ownership, flags of convenience and insurance of "
     "doubtful value. This dataset, compiled by a university research group from satellite ship "
     "tracking and port authority notices, lists tanker anchorages, identified transfers, vessel "
     "age and flag, the periods when automatic identification transponders were switched off, and "
     "the small spills and sheens seen on radar images. It records the naval exercises of 2023 "
     "that pushed the transfers out of the gulf, and the concerns of fishers and of the islanders "
     "of Elafonisos.",
     ("ship-to-ship transfers", "oil tankers", "shadow fleet", "oil spill risk", "Laconian Gulf"),
     ("GR",), "2024-09"),
    ("ed29", "need", "fr",
     "Besoin : surveiller les transbordements d'hydrocarbures de navire à navire dans la rade de "
     "Lomé",
     "Au large de Lomé, où la mer est calme et le port en eau profonde, des dizaines de "
     "navires-citernes mouillent chaque mois pour des transbordements de navire à navire : "
     "essence, gasoil et fioul y passent de grands pétroliers à de plus petits qui desservent les "
     "ports de la sous-région, et des souteurs livrent le combustible aux navires au mouillage. "
     "Ces opérations, qui ont fait du Togo une plaque tournante du golfe de Guinée, ont lieu "
     "parfois de nuit et sans notification complète aux autorités, et des nappes d'hydrocarbures "
     "et des boulettes de goudron ont été signalées sur les plages d'Aného et de Baguida. La "
     "préfecture maritime et le ministère chargé de l'environnement demandent un appui pour "
     "adopter des règles de notification et d'agrément fondées sur la Convention MARPOL, former "
     "des inspecteurs à bord, acquérir des barrages flottants et un service de détection des "
     "nappes par satellite, et préparer avec le Bénin et le Ghana un plan d'urgence en cas de "
     "déversement.",
     ("transbordements de navire à navire", "navires-citernes", "pollution par les hydrocarbures",
      "sécurité maritime", "besoins"),
     ("TG",), "2024-05"),
    ("ed30", "case-study", "es",
     "Gasolineras flotantes en la bahía de Algeciras: suministro de combustible y trasvases entre "
     "buques",
     "La bahía de Algeciras, a la entrada del Estrecho, es uno de los mayores puntos de "
     "suministro de combustible a buques del mundo: gabarras y petroleros fondeados, que los "
     "vecinos llaman gasolineras flotantes, trasvasan cada año millones de toneladas de fueloil y "
     "gasóleo a los barcos de paso, desde el puerto de Algeciras y desde las aguas de Gibraltar, "
     "con normas y controles distintos a cada lado. Este estudio de caso revisa una década de "
     "operaciones de suministro y de trasvases de buque a buque: los derrames durante las "
     "maniobras, las manchas de hidrocarburo en las playas de Getares, Palmones y La Línea, las "
     "sanciones impuestas, los protocolos de la capitanía marítima, las barreras preventivas y "
     "los petroleros que pasaron semanas fondeados cargados de combustible. Recoge la visión de "
     "las cofradías de pescadores, de los grupos ecologistas, de los operadores y de las "
     "autoridades portuarias, y propone un registro común de incidentes para toda la bahía.",
     ("trasvases de combustible entre buques", "suministro de combustible a buques",
      "derrames de hidrocarburos", "bahía de Algeciras", "contaminación marina"),
     ("ES", "GI"), "2024-02"),

)  # fmt: skip
