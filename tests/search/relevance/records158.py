"""Clearing-house records of the hundred-and-fifty-eighth judged relevance set
(tests/search/relevance/queries158.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: occupational health pages on
surgical smoke, the plume that electrosurgery, lasers and ultrasonic scalpels release in operating
rooms (a case study of twelve Ontario hospitals that applied the national standard on plume
scavenging with smoke evacuation pencils and portable evacuators, Canada; a dataset of the fumées
chirurgicales of the bistouri électrique measured in 18 salles d'opération of a CHU of
Auvergne-Rhône-Alpes, France; a jornada, an event, on the humo quirúrgico of the electrobisturí for
the instrumentadores quirúrgicos of Buenos Aires, Argentina); tobacco control and enforcement pages
on heated tobacco products, devices that heat sticks of tobacco instead of burning them (a dataset
of the use of HTPs, the heat-not-burn products, and of the heated-tobacco-only rooms of restaurants
and bars, Japan; a fiche, a document, for shops and inspectors on the ban on flavoured tabac chauffé
and its bâtonnets de tabac à chauffer, Belgium; a case study of the ban on importing the
dispositivos de tabaco calentado and of the decomisos en aduanas, Mexico); chemicals and water pages
on the flea and tick treatments of dogs and cats (a project tracing the fipronil and imidacloprid of
spot-on flea treatments into English rivers, United Kingdom; a journée d'information, an event, on
the antiparasitaires des chiens et des chats, pipettes antipuces and colliers, found in the rivers
of the Plateau suisse, Switzerland; a guía, a document, for tutores de mascotas on the pipetas
antipulgas, collares and baños that reach esteros and canales, Chile); health and waste pages on the
reprocessing of single-use medical devices (a need to make safe the reuse of single-use catheters,
trocars and dialysers in the public hospitals of Maharashtra, India; a project, the expérimentation
du retraitement des dispositifs médicaux à usage unique in volunteer hospitals, France; a case study
of the reprocesamiento de dispositivos médicos de un solo uso in the social security hospitals of
Costa Rica); waste pages on floral foam, the green phenolic foam of florists (an offer, a support
source, of training and a guide to foam-free floristry, Australia; a guide, a document, to fleurir
sans mousse florale for fleuristes and salons funéraires, Québec, Canada; a dataset of the espuma
floral, the oasis, in the wreaths and waste of the cemeteries of Bogotá, Colombia); product safety
pages on UV-C germicidal lamps sold to the public (a dataset of the eye and skin injuries, ozone
tests and recalls of UV-C lamps sold online, New Zealand; a need to control the lampes germicides
UV-C imported and sold in the souks and online, Morocco; a project of market surveillance of the
lámparas germicidas and aparatos de desinfección ultravioleta UVC sold online, Spain); chemicals and
health pages on quaternary ammonium disinfectants, the quats (a project cutting quats and cleaners'
asthma in Massachusetts hospitals, United States; a case study of the résidus d'ammoniums
quaternaires left in milk and cheese by the cleaning of dairy equipment, Normandie, France; a
jornada, an event, on the amonios cuaternarios, cuaternarios de amonio or amonio de quinta
generación sold a granel, Ecuador); waste pages on plastic plant pots (a project of taupe,
detectable and returnable pots and of take-back at garden centres, United Kingdom; a dataset of the
pots de fleurs, godets and pots horticoles collected in the recyparcs of Wallonie, Belgium; an
offer, a support source, of a recyclers' cooperative that collects the macetas de plástico of the
viveros and florerías of the conurbano bonaerense, Argentina); energy and air pages on transport
refrigeration units, the diesel cooling units of refrigerated trucks and trailers (a case study of
California's rule on zero-emission TRUs, the reefer units, at distribution centres, United States; a
guide, a document, on the groupes frigorifiques of delivery trucks, their noise during the
livraisons de nuit and their emissions, Paris, France; a need to measure the emissions and noise of
the equipos de frío of the camiones refrigerados of Santiago, Chile); and occupational health pages
on the fog and haze machines of the performing arts (a guidance, a document, on smoke and haze
effects for theatres, venues and touring crews, Ireland; a case study of the brouillard de scène and
machines à fumée of the theatres of Genève and Lausanne, Switzerland; a jornada, an event, on the
máquinas de humo and efectos de niebla of the antros, salones de fiestas and conciertos of
Guadalajara, Mexico). English, French and Spanish, 10 records each, every topic written once in each
language (different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records157.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (surgical smoke, surgical plume, smoke evacuation, smoke
evacuator, plume, electrosurgery, electrocautery, diathermy, cautery, cautère, cauterio, bistouri,
bistouri électrique, electrobisturí, fumées chirurgicales, humo quirúrgico, operating room,
operating theatre, bloc opératoire, quirófano, surgeon, chirurgien, cirujano, laparoscopy,
cœlioscopie; heated tobacco, heat-not-burn, HTP, IQOS, tobacco stick, tabac chauffé, tabac à
chauffer, tabaco calentado, tobacco, tabac, tabaco, nicotine, nicotina, nicotine pouch, e-cigarette,
cigarette électronique, vape, vapeador, menthol; flea, puce, pulga, tick, tique, garrapata, spot-on,
pipette, pipeta, flea collar, collier, collar, antiparasitaire, antiparasitario, parasiticide,
fipronil, imidacloprid, imidaclopride, permethrin, perméthrine, veterinary medicine, médicaments
vétérinaires, pet, animaux de compagnie, mascotas, micropolluants; single-use device, reprocessing,
retraitement, reprocesamiento, reuse, réutilisation, reutilización, usage unique, un solo uso,
sterilisation, stérilisation, esterilización, catheter, cathéter, catéter, trocar, reusable,
réutilisable, reutilizable; floral foam, mousse florale, espuma floral, oasis, phenolic foam, mousse
phénolique, espuma fenólica, florist, fleuriste, floristería, florería, cut flowers, fleurs coupées,
flores cortadas, wreath, couronne, corona fúnebre; UV-C, UVC, germicidal, germicide, germicida,
ultraviolet, ultravioleta, UV lamp, lampe UV, lámpara ultravioleta, photokeratitis, UV disinfection;
quaternary ammonium, ammoniums quaternaires, amonios cuaternarios, cuaternario, quats, benzalkonium,
benzalconio, DDAC, disinfectant, désinfectant, desinfectante, cleaners' asthma, agents d'entretien,
personal de limpieza; plant pot, flower pot, pots de fleurs, pots horticoles, pots en plastique,
godets, maceta, macetas de plástico, nursery pot, garden centre, jardinerie, vivero, pépinière;
transport refrigeration unit, TRU, reefer, refrigerated truck, camion frigorifique, groupe
frigorifique, camión refrigerado, equipo de frío, cold chain, chaîne du froid, cadena de frío, night
deliveries, livraisons de nuit; fog machine, smoke machine, haze, hazer, fumée artificielle, machine
à fumée, brouillard de scène, máquina de humo, humo escénico, niebla artificial, theatrical,
théâtre, teatro, concert, nightclub, discothèque, discoteca, glycol).

Screened and dropped as covered: radioactive lightning rods (the paratonnerres radioactifs of the
orphan source pages cd01-cd03, screened by set 142), Miracle Mineral Solution and chlorine dioxide
(br07-br09), colloidal silver (the coating of the ceramic water filters ex19-ex21, whose subjects
name it), chemical leasing (j16-j18), school laboratory chemicals (j28-j30), tear gas (db01-db03),
hookah smoke (dd04-dd06), incense smoke (cj07-cj09), bed bug insecticides (cp13-cp15), acid attacks
(cp16-cp18), drug precursors and drug-lab waste (cn25-cn27), electric motorcycle taxis (cd13-cd15),
lead wheel weights (df22-df24), ice arenas (df07-df09), lead-glazed pottery (bd13-bd15), borax in
food (eh16-eh18), formalin in mortuaries (eh01-eh03), perchloroethylene in dry cleaning (k28-k30),
fumigated containers (cn22-cn24), solar refrigerators for health centres (cr25-cr27), the
radiofrequency of mobile towers (cz10-cz12), disposable vapes (bk04-bk06), roadside remote sensing
of vehicle emissions (dl10-dl12), ship sulphur sniffers (cb28-cb30), the brominated flame retardants
of plastics from e-waste (n27, t31-t33), which made black plastic kitchen utensils too near, and
dung as cooking fuel, gas stoves and energy performance certificates (screened by sets 110, 122, 130
and 150), besides the topics of sets 42 to 157 and those their docstrings list as covered; screened
with no or passing hits but not chosen: the plain packaging of tobacco (no hit, but a second tobacco
topic beside heated tobacco), e-rickshaws (named by the docstring of records82, next to the electric
motorcycle taxis), shotgun cartridges and their plastic wads (no hit, but next to the lead shot
pages u25-u27 and the clay target grounds screened by set 146), used spectacles and wetsuits (no
hit, but few pages), the auxiliary power units of parked aircraft (no hit, next to the aircraft
noise pages), humidifier disinfectants (no hit, but the pages are mostly about one country's
disaster), art materials for children (no hit) and gutter oil (no hit, a food fraud topic nearer the
food engineers' area).

No earlier record is judged relevant to any query of this set. The nearest are passing or about
other things, all 0: the anaesthetic gas pages (cf25-cf27), the ethylene oxide sterilisation pages
(bq07-bq09), the welding fume pages (eb10-eb12), the 3D printer and makerspace page ef28, the
latex-free hospital fw14 and the health-care waste pages (d3, p23), no surgical smoke page; the
smokeless tobacco pages (eu25-eu27), the illicit cigarette trade (ey01-ey03), the shisha pages
(dd04-dd06), the green tobacco sickness pages (fo25-fo27), the tobacco curing barns (er16-er18), the
disposable vapes (bk04-bk06) and the cigarette butts (z25-z27), none of which names heated tobacco;
the fipronil pages (bi04-bi06), whose bi04 names the flea and tick treatments of pets only as the
authorised use of the insecticide in a case about eggs, the neonicotinoid pages (w01-w03), the dung
beetle and livestock wormer pages (bm16-bm18), the dog faeces pages (cr04-cr06), the lindane lice
shampoo pages (cv01-cv03), the pharmaceutical residue pages (v10, v11), the gadolinium page fo02 and
the sea lice treatments of salmon farms (gc07-gc09), no pet flea treatment; the ethylene oxide
sterilisation pages (bq07-bq09), the health-care waste pages (d3, p23), the X-ray film pages
(ey19-ey21), the DEHP pages (ge28-ge30), the medicine take-back pages (bc25-bc27), the contact lens
pages (fs19-fs21) and the mercury-free health care page n44, no reprocessing of single-use devices;
the grave candle pages (fg22-fg24), the cemetery biodiversity pages (cm25-cm27), the GM carnations
sold as cut flowers (bf19-bf21), the methyl bromide of Colombian floriculture (v33), the microbead
pages (ba16-ba18) and the festival glitter pages (ct28-ct30), no floral foam; the sunbed pages
(ey07-ey09), the UV Index pages (cd25-cd27), the ozone generator pages (ga22-ga24), whose ga24 deals
with ozonizadores sold to disinfect premises, the pool chloramine pages (cz04-cz06), which name
ultraviolet lamps among the treatments of pool water, the household water treatment guide ex15,
which names a lámpara ultravioleta, the shellfish depuration pages (fq10-fq12), which disinfect
seawater with ultraviolet light, and the fluorescent lamp pages (o28-o30), no UV-C lamp page; the
disinfectant spraying pages (cp10-cp12), whose cp10 and cp12 name the quaternary ammonium compounds
and the amonio cuaternario sprayed on streets only as inputs beside hypochlorite, the chlorine
dioxide pages (br07-br09), the triclosan pages (bp10, bp11), the paraben pages (ef01-ef03), the
antimicrobial resistance pages (k01-k03), the chemical leasing of industrial cleaning (j16) and the
mastitis and raw milk pages (fy01-fy03, fe25-fe27), no quats page; the agricultural plastic pages
(z22-z24), the octopus pot pages (fu16-fu18), whose fu17 replaces the pots en plastique of octopus
fishing, the trade fair carpet page ep12, whose recycled granules become macetas, the tree fern pots
of da09, the pesticide container page n09, the forest nursery trays of the pitch canker pages
(gg16-gg18) and the cork stopper pages (ge25-ge27), no plant pot page; the shore power pages
(cp01-cp03), whose cp01 names the reefer containers of ships at berth in California, the anti-idling
pages (dp07-dp09), the non-road machinery pages (eu13-eu15), the diesel generator pages (cn13-cn15),
the ice arena refrigerants (df07-df09), the solar ice makers of Lake Victoria (eh13), the solar
vaccine refrigerators (cr25-cr27) and the gleaning need fi30, which asks for two camiones
refrigerados, no transport refrigeration unit page; and the insecticide fogging pages (cx01-cx03),
the fog collectors (bh28-bh30), the liquid nitrogen in food pages (ge13-ge15), the carbon dioxide in
wineries (ga16-ga18), the sound limiter pages (ep22-ep24), the fireworks pages (u19-u21), the smoke
alarm pages (eu01-eu03), the incense and shisha smoke pages (cj07-cj09, dd04-dd06), the festival
glitter pages (ct28-ct30) and the diethylene glycol syrups (bk01-bk03), no stage fog page.

records154.py, records155.py, records156.py and records157.py (ids ge.., gf.., gg.. and gh..), the
four files of the last round, were searched like the others: their only hits on this set's words are
the smoke biscuits and the humo of the liquid nitrogen pages (ge13, ge15), the nieblas and the
disinfection of the metalworking fluid pages (ge16, ge18), the sterilisation pages named by the DEHP
docstring, the green tobacco sickness named by the docstring of records155, the parfumées bells of
the lily of the valley, the mousses of the Killarney fern pages, the nurseries, pépinières and
viveros of the pitch canker pages (gg16-gg18), whose gg18 disinfects nursery trays, the
antiparasitarios of the community animal health workers (gg21), the disinfected shrimp farms (gg07,
gg08) and the pépinière municipale of the xeriscaping need gh23; none of their records answers a
query of this set. records159.py, records160.py and records161.py (ids gj01..gj30, gk01..gk30 and
gl01..gl30), written at the same time by other engineers on biodiversity, on agriculture, fisheries,
forestry, food and land, and on water, oceans and coasts, climate adaptation, cities, disasters and
capacity building, are not part of this set's pool, and no query of this set was judged against
them. Once records160.py and records161.py appeared, while this set was being finished, they were
searched for this set's words only to check that no topic is shared, and none is: their topics are
farming, fisheries, forestry and food topics (from clubroot and spotted wing drosophila to fish
leather, patulin and wood vinegar) and water, ocean, city and disaster topics (from water towers and
atmospheric water generators to school weather stations and children's drawing contests), and their
only hits are the tobacco mosaic virus and the greenhouse désinfectants of the tomato virus pages,
the smoke, fumées and humo of the charcoal kilns whose smoke is condensed into wood vinegar, the
ultraviolets that disinfect the water of atmospheric water generators and the fog collectors named
beside them; records159.py had not appeared.

Traps: the anaesthesia staff, the surgical masks, the formaldehyde and benzene and the sterilisation
of instruments of gi01 (0 to anaesthetic gases and ethylene oxide); the gaz anesthésiques, the
rayonnements of interventional radiology and the benzène of gi02 (0 to anaesthetic gases and
benzene); the gases anestésicos, the óxido de etileno de la esterilización and the licitaciones of
gi03 (0 to ethylene oxide and public procurement); the e-cigarettes, the poison centres, the PM2.5
and the smoke-free areas of gi04 (0 to vapes and indoor air); the cigarettes électroniques, the
sachets de nicotine, the contrebande de cigarettes, the menthol and the night shops of gi05 (0 to
vapes, nicotine pouches and the illicit tobacco trade); the cigarrillos electrónicos and vapeadores,
the contrabando de cigarrillos, the destino de lo decomisado and the tianguis of gi06 (0 to vapes,
the illicit tobacco trade and the disposal of seized goods); the fipronil and imidacloprid, the seed
coatings of arable crops, the sheep dips and the sewage works of gi07 (0 to fipronil, neonicotinoids
and dip sites); the micropolluants, the stations d'épuration, the vermifuges and the
antiparasitaires du bétail of gi08 (0 to pharmaceuticals in water and livestock wormers); the
garrapatas, the canales de regadío, the antiparasitarios del ganado and the plaguicidas agrícolas of
gi09 (0 to cattle tick dips and pesticides); the glutaraldehyde, the haemodialysers and the
incineration of hospital waste of gi10 (0 to health-care waste); the bistouris à ultrasons, the
déchets évités and the empreinte carbone of gi11 (0 to surgical smoke and health-care waste); the
desechos infecciosos and the óxido de etileno de los esterilizadores of gi12 (0 to health-care waste
and ethylene oxide); the formaldehyde, the carbon black, the microplastics, the flowers taken from
graves, the plastic wrapping and the imported cut flowers of gi13 (0 to microplastics, cemeteries
and cut flowers); the microplastiques, the formaldéhyde, the couronnes funéraires, the bac brun and
the cellophane of gi14 (0 to microplastics and composting); the cementerios, the velas de los
cementerios and the plaguicidas de los cultivos de flores of gi15 (0 to grave candles and
floriculture); the welder's flash, the mercury lamps, the ozone, the upper-room germicidal
irradiation of hospitals and the UV disinfection of drinking water of gi16 (0 to welding fumes,
fluorescent lamps, ozone generators and household water treatment); the mercure, the ozone, the
cabines de bronzage and the lampes UV des salons de manucure of gi17 (0 to sunbeds, nail salons and
mercury lamps); the camas solares, the ozonizadores, the piscinas and the red europea de alertas of
gi18 (0 to sunbeds, ozone generators and swimming pools); the antibiotics, the hydrogen peroxide,
the spraying and fogging, the ultraviolet room disinfection robots and the hand sanitisers of gi19
(0 to antimicrobial resistance, disinfectant spraying, stage fog and UV-C lamps); the machines à
traire, the résidus d'antibiotiques and the eaux blanches des laiteries of gi20 (0 to mastitis, raw
milk and dairy wastewater); the cloro, the niños who drank the product, the desinfección de calles
and the agua potable of gi21 (0 to disinfectant spraying and caustic soda poisoning); the carbon
black of black pots, the incineration, the peat-free compost, the fibre pots and the polytunnel film
of gi22 (0 to agricultural plastics and peat); the terre cuite, the mobilier urbain, the bâches
agricoles and the films de serre of gi23 (0 to agricultural plastics); the recicladores urbanos, the
bandejas de almácigos, the macetas de barro and the envases vacíos de agroquímicos of gi24 (0 to
waste pickers and pesticide containers); the refrigerants, the trucks' own engines, the medicines
and the grid upgrades of gi25 (0 to refrigerants and idling); the azote liquide of the cryogenic
units, the prises électriques aux quais, the fluides frigorigènes and the logistique urbaine of gi26
(0 to liquid nitrogen in food and shore power); the mercados mayoristas, the medicamentos, the gases
refrigerantes and the cadena de frío de la fruta of gi27 (0 to cold chains and refrigerants); the
dry ice and liquid nitrogen, the smoke detectors, the pyrotechnics and the carbon dioxide jets of
gi28 (0 to liquid nitrogen in food, carbon dioxide, smoke alarms and fireworks); the bruit des
concerts and the effets pyrotechniques of gi29 (0 to sound limiters and fireworks); and the hielo
seco, the pirotecnia fría, the límites de sonido and the protección civil of gi30 (0 to dry ice,
fireworks and sound limiters).

For the country and exclusion queries: gi01 names only Ontario, whose country code gives Canada;
gi02 only France (a CHU of Auvergne-Rhône-Alpes); gi03 only Argentina (Buenos Aires); gi04 only
Japan; gi05 only Belgium (and the European Union); gi06 only Mexico (Manzanillo, Lázaro Cárdenas);
gi07 only England, in the United Kingdom; gi08 only Switzerland (Lausanne, the Plateau suisse, the
Venoge and the Broye); gi09 only Chile; gi10 only India (Maharashtra); gi11 France and, in passing,
Germany and the United States; gi12 only Costa Rica; gi13 only Australia (Melbourne); gi14 only
Canada (Québec, Montréal, Sherbrooke); gi15 only Colombia (Bogotá); gi16 only New Zealand; gi17 only
Morocco; gi18 only Spain (and the European alert network); gi19 only the United States
(Massachusetts); gi20 only France (Normandie) and European controls; gi21 only Ecuador (Guayaquil);
gi22 only the United Kingdom; gi23 only Belgium (Wallonie); gi24 only Argentina (the conurbano
bonaerense, Escobar, Florencio Varela); gi25 only the United States (California, the Inland Empire);
gi26 only France (Paris); gi27 only Chile (Santiago); gi28 only Ireland; gi29 only Switzerland
(Genève, Lausanne); gi30 only Mexico (Guadalajara, Jalisco). Among these records, Canada is the
country of gi01 and gi14, Japan of gi04 only, Argentina of gi03 and gi24, Mexico of gi06 and gi30,
Morocco of gi17 only, India of gi10 only, Costa Rica of gi12 only, Colombia of gi15 only, Ireland of
gi28 only, California of gi25 only and the United Kingdom of gi07 and gi22; no record of the
surgical smoke topic but gi01 names Canada, no heated tobacco record but gi04 names Japan, and no
pet treatment record but gi07 names England; of the heated tobacco records, gi05 names the douanes
and gi06 the aduanas, gi04 no customs. The phrase "smoke evacuation" is written by gi01 only (gi02
writes aspiration des fumées, gi03 evacuadores de humo); "pipettes antipuces" by gi08 only (gi07
writes spot-on flea treatments, gi09 pipetas antipulgas); "máquinas de humo" by gi30 only (gi28
writes fog machines, gi29 machines à fumée).

Ids (gi01..gi30) collide with none of the earlier records files' (a1..h5, n01..n47, ..., gd01..gd30,
ge01..ge30, gf01..gf30, gg01..gg30, gh01..gh30), and no earlier id starts with "gi".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- surgical smoke (the plume of electrosurgery and lasers in operating rooms) --------------
    ("gi01", "case-study", "en",
     "Clearing the plume: how Ontario hospitals brought surgical smoke evacuation into their "
     "operating rooms",
     "Electrosurgical units, lasers and ultrasonic scalpels vaporise tissue and release surgical "
     "smoke, a plume of ultrafine particles, benzene, toluene, formaldehyde and hydrogen cyanide, "
     "sometimes carrying bacteria and viral fragments. Surgeons, nurses and anaesthesia staff "
     "breathe it for hours, and ordinary surgical masks do not filter it. This case study, written "
     "by a provincial nurses' association with a hospital safety network, follows twelve Ontario "
     "hospitals that applied the national standard on plume scavenging between 2019 and 2024: they "
     "bought smoke evacuation pencils and portable evacuators, added in-line filters to "
     "laparoscopic ports, wrote rules on when to use them and trained perioperative staff. It "
     "reports particle counts before and after, staff complaints of headaches and sore throats, "
     "costs, and the resistance of some surgeons to bulkier pencils. Anaesthetic gases and the "
     "sterilisation of instruments are left to other pages.",
     ("surgical smoke", "smoke evacuation", "operating rooms", "occupational health",
      "case studies"),
     ("CA",), "2024-11"),
    ("gi02", "dataset", "fr",
     "Fumées chirurgicales au bloc opératoire : particules et composés organiques mesurés dans 18 "
     "salles d'un CHU, 2022-2024",
     "Le bistouri électrique, le laser et les instruments à ultrasons produisent, en coupant et en "
     "coagulant les tissus, des fumées chirurgicales chargées de particules ultrafines, de "
     "composés organiques volatils et d'hydrocarbures aromatiques polycycliques. Ce jeu de "
     "données, constitué par le service de santé au travail d'un centre hospitalier universitaire "
     "de la région Auvergne-Rhône-Alpes avec un laboratoire de métrologie, rassemble les mesures "
     "faites pendant 640 interventions dans 18 salles d'opération : concentrations de particules à "
     "hauteur du visage du chirurgien, de l'infirmière de bloc et de l'anesthésiste, benzène, "
     "toluène et formaldéhyde, type d'intervention, durée d'usage du bistouri, présence ou non "
     "d'une aspiration des fumées au plus près de la source et débit de ventilation de la salle. "
     "Il compare la cœlioscopie et la chirurgie ouverte. Les gaz anesthésiques et l'exposition aux "
     "rayonnements en radiologie interventionnelle sont suivis par d'autres équipes.",
     ("fumées chirurgicales", "bloc opératoire", "bistouri électrique", "santé au travail",
      "jeux de données"),
     ("FR",), "2025-02"),
    ("gi03", "event", "es",
     "Jornada: humo quirúrgico en el quirófano, riesgos para el equipo y sistemas de evacuación",
     "Cada vez que el electrobisturí corta o coagula, y cuando se usan el láser o el bisturí "
     "armónico, se genera humo quirúrgico: una pluma de partículas finísimas, gases irritantes y "
     "sustancias cancerígenas que respira todo el equipo de cirugía. La jornada, organizada en "
     "Buenos Aires por la asociación de instrumentadores quirúrgicos con la superintendencia de "
     "riesgos del trabajo, una sociedad de cirugía y un hospital público, presentará mediciones "
     "hechas en quirófanos del país, los síntomas que refieren instrumentadoras y enfermeras "
     "(cefaleas, irritación de ojos y garganta, náuseas), los evacuadores de humo portátiles y los "
     "lápices de electrobisturí con aspiración, los filtros para laparoscopía y un modelo de "
     "protocolo institucional. Habrá un taller sobre cómo incluir los equipos en las licitaciones "
     "de los hospitales. Los gases anestésicos y el óxido de etileno de la esterilización se "
     "tratarán en otro encuentro.",
     ("humo quirúrgico", "electrobisturí", "quirófanos", "salud ocupacional", "eventos"),
     ("AR",), "2025-06"),
    # --- heated tobacco products (sticks of tobacco heated, not burned) --------------------------
    ("gi04", "dataset", "en",
     "Heated tobacco products in Japan: use, heated-tobacco-only rooms and indoor air, 2016-2024",
     "Japan became the world's largest market for heated tobacco products (HTPs), devices that "
     "heat sticks of processed tobacco to about 350 °C instead of burning them, sold as "
     "heat-not-burn products. Under the revised health promotion law, restaurants and bars may "
     "keep rooms where only heated tobacco is used and where food may still be served. This "
     "dataset, assembled by a national cancer research centre with prefectural health offices, "
     "gives the share of adults using HTPs by age, sex and prefecture from annual internet "
     "surveys, dual use with cigarettes, the number of heated-tobacco-only rooms registered in "
     "twelve cities, and measurements of nicotine, PM2.5 and acetaldehyde in those rooms and in "
     "the smoke-free areas next to them. It adds calls to poison centres after small children "
     "swallowed tobacco sticks. Nicotine e-cigarettes, which cannot be sold in the country without "
     "a medicines licence, are not covered.",
     ("heated tobacco products", "heat-not-burn", "tobacco control", "indoor air", "datasets"),
     ("JP",), "2025-03"),
    ("gi05", "document", "fr",
     "Tabac chauffé : fiche pour les commerçants et les contrôleurs sur l'interdiction des arômes "
     "et l'étiquetage",
     "Depuis le 23 octobre 2023, les produits du tabac chauffé aromatisés ne peuvent plus être "
     "vendus en Belgique, comme dans le reste de l'Union européenne : les bâtonnets de tabac à "
     "chauffer ne peuvent plus avoir d'arôme caractérisant, menthol ou fruit, ni de filtre ou de "
     "capsule aromatisés. Cette fiche du service public fédéral de la santé publique, rédigée avec "
     "l'administration des douanes et accises, explique aux librairies, aux night shops et aux "
     "stations-service ce que sont les appareils qui chauffent le tabac sans le brûler, "
     "l'étiquetage et les avertissements sanitaires obligatoires, le timbre fiscal, l'interdiction "
     "de vente aux moins de 18 ans et les points vérifiés lors des contrôles, puis les sanctions "
     "et la procédure de saisie. Elle rappelle que l'aérosol des bâtonnets contient de la nicotine "
     "et des substances toxiques. Les cigarettes électroniques, les sachets de nicotine et la "
     "contrebande de cigarettes relèvent d'autres fiches.",
     ("tabac chauffé", "arômes caractérisants", "contrôles", "lutte antitabac", "guides"),
     ("BE",), "2024-03"),
    ("gi06", "case-study", "es",
     "Tabaco calentado en México: estudio de caso de la prohibición de los dispositivos y de los "
     "decomisos en aduanas",
     "Desde 2020, sucesivos decretos prohibieron en México importar los dispositivos de tabaco "
     "calentado, que calientan barras de tabaco sin quemarlas, junto con los cigarrillos "
     "electrónicos y otros sistemas alternativos de consumo de nicotina (SACN), y en 2022 se "
     "prohibió también su circulación y venta. Este estudio de caso, preparado por la comisión "
     "federal para la protección contra riesgos sanitarios con la agencia nacional de aduanas y "
     "una red de organizaciones de control del tabaco, reconstruye el recorrido legal de la "
     "medida, los amparos presentados por las empresas, los decomisos de equipos y de cajetillas "
     "de barras de tabaco en los puertos de Manzanillo y Lázaro Cárdenas, en el aeropuerto de la "
     "capital y en la paquetería, y la venta que siguió en redes sociales y tianguis. Describe "
     "también el destino de lo decomisado y la dificultad de distinguir en la aduana un "
     "dispositivo de calentamiento de un vapeador. El contrabando de cigarrillos convencionales se "
     "trata aparte.",
     ("tabaco calentado", "sistemas alternativos de consumo de nicotina", "aduanas",
      "control del tabaco", "estudios de caso"),
     ("MX",), "2024-08"),
    # --- flea and tick treatments of dogs and cats, and the rivers they reach --------------------
    ("gi07", "project", "en",
     "Flea and tick treatments in English rivers: tracing fipronil and imidacloprid from pets to "
     "streams",
     "Spot-on flea treatments, flea collars and sprays for dogs and cats contain insecticides such "
     "as fipronil and imidacloprid, long restricted or banned on farm crops but still applied "
     "every month to millions of pets, often as a routine. Residues reach rivers when freshly "
     "treated dogs swim, when owners wash their pets or their bedding, and through sewage works. "
     "This project, led by a university with the environment agency, water companies and a "
     "veterinary association, samples twenty rivers below towns and sewage works, measures the "
     "insecticides in wastewater and in aquatic invertebrates, tests how much washes off dogs "
     "after swimming and bathing, and surveys owners and vets on how often pets are treated. With "
     "vets it will publish advice on treating only when needed and keeping freshly treated dogs "
     "out of streams. Seed coatings on arable crops and sheep dips are studied by other projects.",
     ("flea treatments", "pet parasiticides", "fipronil", "river pollution", "projects"),
     ("GB",), "2024-06"),
    ("gi08", "event", "fr",
     "Journée d'information : les antiparasitaires des chiens et des chats et la qualité des cours "
     "d'eau",
     "Pipettes antipuces, colliers antiparasitaires, sprays et comprimés contre les puces et les "
     "tiques : les produits appliqués aux animaux de compagnie contiennent des insecticides, dont "
     "le fipronil, la perméthrine et l'imidaclopride, qui se retrouvent dans les eaux usées et les "
     "rivières. Les stations de mesure des micropolluants du Plateau suisse en détectent en aval "
     "des stations d'épuration, à des concentrations parfois toxiques pour les insectes "
     "aquatiques. Cette journée, organisée à Lausanne par l'office fédéral de l'environnement avec "
     "la société des vétérinaires et une association de protection des animaux, réunira "
     "vétérinaires, éleveurs canins, toiletteurs et gardes-pêche. Au programme : les mesures dans "
     "la Venoge et la Broye, les voies d'entrée (baignade des chiens, lavage des paniers, "
     "toilettage), les traitements à la demande plutôt que toute l'année et les conseils à donner "
     "aux propriétaires. Les vermifuges et les antiparasitaires du bétail ne seront pas abordés.",
     ("antiparasitaires vétérinaires", "animaux de compagnie", "micropolluants", "qualité des eaux",
      "événements"),
     ("CH",), "2025-04"),
    ("gi09", "document", "es",
     "Guía para tutores de mascotas: pipetas antipulgas, collares y baños sin contaminar esteros y "
     "canales",
     "Las pipetas antipulgas, los collares antiparasitarios, los champús y los baños contra "
     "garrapatas que se aplican a perros y gatos contienen insecticidas como fipronil, permetrina "
     "o imidacloprid, muy tóxicos para insectos, crustáceos y peces. En Chile, donde dos de cada "
     "tres hogares tienen mascotas, esos productos llegan a esteros, canales de regadío y al "
     "alcantarillado cuando los perros se bañan recién tratados o cuando se lavan sus camas. Esta "
     "guía del ministerio del medio ambiente, con el colegio médico veterinario y el servicio "
     "agrícola y ganadero, explica qué contiene cada producto, cómo aplicarlo solo cuando hace "
     "falta y con la dosis que corresponde al peso del animal, cuántos días evitar que el perro "
     "entre a ríos y lagunas, cómo lavarlo sin verter el agua en los sumideros de aguas lluvia y "
     "cómo desechar pipetas y envases. Los antiparasitarios del ganado y los plaguicidas agrícolas "
     "no se incluyen.",
     ("pipetas antipulgas", "antiparasitarios para mascotas", "contaminación de aguas",
      "tenencia responsable", "guías"),
     ("CL",), "2024-10"),
    # --- reprocessing of single-use medical devices ----------------------------------------------
    ("gi10", "need", "en",
     "Need: safe reprocessing of single-use medical devices in the public hospitals of Maharashtra",
     "To stretch tight budgets, many hospitals in India reuse devices labelled for single use: "
     "angioplasty balloons and guide wires, electrophysiology catheters, laparoscopic trocars and "
     "staplers, haemodialysers and even suction tubes, often cleaned by hand and soaked in "
     "glutaraldehyde without any validated process. The state health department of Maharashtra, "
     "with a medical college and the state drug regulator, asks for support to survey which "
     "single-use devices are reused and how, to draw up rules on which devices may never be "
     "reprocessed, to set up two central units where selected devices would be cleaned, tested for "
     "function and sterilised under a quality system that tracks the number of cycles, and to "
     "train sterile supply staff. It also wants to record infections and device failures after "
     "reuse. The disposal of the devices finally discarded and the incineration of hospital waste "
     "are not part of this request.",
     ("single-use medical devices", "reprocessing", "sterilisation", "patient safety", "needs"),
     ("IN",), "2024-09"),
    ("gi11", "project", "fr",
     "Projet : l'expérimentation du retraitement des dispositifs médicaux à usage unique dans des "
     "hôpitaux volontaires",
     "En France, un dispositif médical marqué « à usage unique » devait être jeté après un seul "
     "patient. La loi de financement de la sécurité sociale pour 2024 a ouvert une expérimentation "
     "de leur retraitement, déjà pratiqué en Allemagne et aux États-Unis par des retraiteurs "
     "agréés. Ce projet, conduit par le ministère de la santé avec l'agence nationale de sécurité "
     "du médicament, des établissements de santé volontaires et leurs pharmacies à usage "
     "intérieur, retient une liste courte de dispositifs : bistouris à ultrasons, cathéters "
     "d'électrophysiologie, manchons de compression et capteurs d'oxymétrie. Ceux-ci sont "
     "collectés après usage, nettoyés, contrôlés, restérilisés et remis en service par une "
     "entreprise retraiteuse, avec une traçabilité de chaque pièce. Le projet mesure les "
     "incidents, les économies, les tonnes de déchets évitées et l'empreinte carbone, et recueille "
     "l'avis des chirurgiens et des patients. Les dispositifs réutilisables classiques, stérilisés "
     "à l'hôpital, restent hors de son champ.",
     ("retraitement", "dispositifs médicaux à usage unique", "hôpitaux", "économie circulaire",
      "projets"),
     ("FR",), "2025-01"),
    ("gi12", "case-study", "es",
     "Reprocesamiento de dispositivos médicos de un solo uso en los hospitales de la seguridad "
     "social de Costa Rica",
     "Durante años, hospitales de Costa Rica reutilizaron catéteres, trocares, cánulas y pinzas de "
     "laparoscopía fabricados para un solo uso, lavándolos en las centrales de esterilización sin "
     "saber si resistían otro ciclo. Tras un brote de infecciones posoperatorias en un hospital "
     "regional, la caja de seguro social, con el ministerio de salud y una universidad pública, "
     "definió qué dispositivos de un solo uso podían reprocesarse y cuáles no, validó la limpieza "
     "y la esterilización con pruebas de residuos de proteínas, endotoxinas e integridad, limitó "
     "el número de ciclos por pieza y etiquetó cada dispositivo para rastrearlo. Este estudio de "
     "caso describe el proceso entre 2018 y 2024, los dispositivos retirados de la lista, los "
     "costos comparados con la compra de nuevos, la reducción de desechos y el debate ético sobre "
     "informar a los pacientes. La gestión de los desechos infecciosos y el óxido de etileno de "
     "los esterilizadores se tratan en otras páginas.",
     ("reprocesamiento", "dispositivos médicos de un solo uso", "esterilización",
      "seguridad del paciente", "estudios de caso"),
     ("CR",), "2025-03"),
    # --- floral foam (the green phenolic foam of florists) ---------------------------------------
    ("gi13", "support-source", "en",
     "Offer: free training and a guide for florists who want to stop using floral foam",
     "Floral foam, the green phenolic foam block that florists soak and push stems into, is a "
     "single-use plastic: it crumbles into microplastics, is made with formaldehyde and carbon "
     "black, cannot be composted and ends up in landfill or in green waste with the flowers taken "
     "from graves. A sustainable floristry network based in Melbourne offers florists, flower "
     "farmers, event stylists, funeral directors and floristry teachers across Australia free "
     "online courses, hands-on workshops in the state capitals and a printed guide to foam-free "
     "mechanics: chicken wire, pin frogs, reusable tubes, moss and twig armatures, and "
     "water-filled vessels. The offer includes posters for shops, wording for wedding and funeral "
     "clients, a directory of foam-free florists and a yearly survey of the foam still bought by "
     "members. The plastic wrapping of bouquets and the carbon footprint of imported cut flowers "
     "are covered by other materials.",
     ("floral foam", "floristry", "single-use plastics", "training", "offers"),
     ("AU",), "2024-07"),
    ("gi14", "document", "fr",
     "Fleurir sans mousse florale : guide pour les fleuristes, les salons funéraires et les "
     "organisateurs d'événements",
     "La mousse florale, ce bloc vert de mousse phénolique que l'on gorge d'eau pour y piquer les "
     "tiges, est un plastique à usage unique : elle s'effrite en microplastiques dans les éviers, "
     "les égouts et le compost, et contient des résidus de formaldéhyde. Ce guide, publié par la "
     "société d'État chargée de la récupération et du recyclage au Québec avec une association de "
     "fleuristes, explique comment composer bouquets de table, arches de mariage, gerbes et "
     "couronnes funéraires sans mousse : grillage à poule, pique-fleurs, éprouvettes "
     "réutilisables, mousse végétale, branchages et contenants remplis d'eau. Il donne des "
     "consignes pour les salons funéraires et les églises, des conseils pour ne pas jeter la "
     "mousse usée dans le bac brun du compost municipal, et des exemples de fleuristes de Montréal "
     "et de Sherbrooke qui l'ont abandonnée. Les emballages de cellophane et les fleurs importées "
     "relèvent d'autres documents.",
     ("mousse florale", "fleuristes", "microplastiques", "plastiques à usage unique", "guides"),
     ("CA",), "2025-05"),
    ("gi15", "dataset", "es",
     "Espuma floral en coronas y arreglos de los cementerios de Bogotá: caracterización de "
     "residuos, 2023-2024",
     "En los cementerios y funerarias de Bogotá, coronas, cruces y arreglos se arman sobre espuma "
     "floral, la esponja verde que muchos llaman oasis, un plástico fenólico que se desmorona en "
     "microplásticos y no se composta. Este conjunto de datos, elaborado por la unidad distrital "
     "de servicios públicos con una universidad y la asociación de floristerías, reúne la "
     "caracterización de los residuos recogidos en cuatro cementerios durante doce meses: kilos de "
     "flores, tallos, espuma floral, cintas, plásticos de envoltura y soportes metálicos por "
     "semana, con picos en el Día de la Madre, en noviembre y a fin de año, y el destino de cada "
     "fracción. Incluye una encuesta a 120 floristerías sobre cuánta espuma compran, si conocen "
     "alternativas y cuánto les costaría cambiar. Las velas de los cementerios y los plaguicidas "
     "de los cultivos de flores de la sabana quedan fuera.",
     ("espuma floral", "residuos de cementerios", "floristerías", "microplásticos",
      "conjuntos de datos"),
     ("CO",), "2024-12"),
    # --- UV-C germicidal lamps (ultraviolet disinfection devices) --------------------------------
    ("gi16", "dataset", "en",
     "UV-C disinfection lamps sold online: eye and skin injuries, ozone tests and recalls, "
     "2020-2024",
     "During the pandemic, ultraviolet-C lamps, wands and boxes sold online promised to kill "
     "viruses on phones, in rooms and in cars. Germicidal ultraviolet light at 254 nanometres does "
     "inactivate microbes, but a few minutes of direct exposure burn the cornea, causing "
     "photokeratitis like welder's flash, and redden the skin, and some low-pressure mercury lamps "
     "also produce ozone. This dataset, compiled by New Zealand's consumer product safety "
     "regulator with poison centre and eye clinic staff, lists 310 UV-C products bought or "
     "reported between 2020 and 2024, with their claimed and measured irradiance, whether they "
     "switch off when someone is present, the ozone measured in a closed room and the labelling, "
     "together with 86 reported injuries, mostly eye burns, and the recalls and stop-sale notices "
     "that followed. Upper-room ultraviolet germicidal irradiation in hospitals and the UV "
     "disinfection of drinking water are outside its scope.",
     ("UV-C lamps", "germicidal ultraviolet", "product safety", "recalls", "datasets"),
     ("NZ",), "2025-02"),
    ("gi17", "need", "fr",
     "Besoin : contrôler les lampes germicides UV-C importées et vendues au Maroc",
     "Depuis 2020, des lampes UV-C « désinfectantes », des boîtes de stérilisation pour téléphones "
     "et des robots à ultraviolets importés à bas prix se vendent dans les souks, les magasins "
     "d'électroménager et sur internet au Maroc, souvent sans notice en arabe ni en français. Mal "
     "utilisées, ces lampes germicides brûlent les yeux et la peau ; certaines dégagent de l'ozone "
     "et contiennent du mercure. Le département chargé du commerce et de l'industrie, avec le "
     "laboratoire public d'essais et le centre antipoison, demande un appui pour équiper le "
     "laboratoire d'un radiomètre UV et d'un analyseur d'ozone, rédiger une norme marocaine sur "
     "les appareils de désinfection par ultraviolets, former les inspecteurs de la surveillance du "
     "marché et les agents aux frontières, et préparer des messages pour les cliniques, les salons "
     "de coiffure et les familles. Les cabines de bronzage et les lampes UV des salons de manucure "
     "ne sont pas concernées.",
     ("lampes germicides UV-C", "surveillance du marché", "sécurité des produits",
      "rayonnement ultraviolet", "besoins"),
     ("MA",), "2024-05"),
    ("gi18", "project", "es",
     "Proyecto: vigilancia del mercado de lámparas y aparatos de desinfección ultravioleta UVC "
     "vendidos en línea",
     "Con la pandemia se multiplicaron en España las lámparas germicidas, las varitas y las cajas "
     "desinfectantes de luz ultravioleta C que se venden en plataformas de comercio electrónico "
     "con la promesa de eliminar el 99,9 % de virus y bacterias. La radiación UVC de 254 "
     "nanómetros sí inactiva microorganismos, pero la exposición directa causa queratitis y "
     "quemaduras en la piel, y muchos aparatos no llevan sensor de presencia. Este proyecto de la "
     "dirección general de consumo, con las comunidades autónomas, un laboratorio de ensayos "
     "eléctricos y la sociedad de oftalmología, comprará 150 productos en línea, medirá su "
     "irradiancia, el ozono que emiten y su seguridad eléctrica, revisará etiquetas y afirmaciones "
     "biocidas, notificará los peligrosos a la red europea de alertas y publicará consejos para "
     "hogares, peluquerías, gimnasios y colegios. Las camas solares de bronceado, los ozonizadores "
     "y la desinfección del agua de las piscinas quedan fuera.",
     ("lámparas UVC", "desinfección ultravioleta", "vigilancia del mercado", "comercio electrónico",
      "proyectos"),
     ("ES",), "2024-11"),
    # --- quaternary ammonium disinfectants (quats) -----------------------------------------------
    ("gi19", "project", "en",
     "Safer hospital cleaning: cutting quaternary ammonium disinfectants and cleaners' asthma in "
     "Massachusetts hospitals",
     "Quaternary ammonium compounds, or quats, such as benzalkonium chloride and "
     "didecyldimethylammonium chloride, are the active ingredients of many wipes and sprays used "
     "on hospital surfaces. They are linked to work-related asthma and skin irritation among "
     "environmental services staff and nurses, they leave sticky residues, and bacteria exposed to "
     "low doses can become less sensitive to them and to some antibiotics. This project, run by a "
     "university occupational health programme with six hospitals, the state department of public "
     "health and the cleaners' union, replaces quat-based products where possible with hydrogen "
     "peroxide and other lower-hazard disinfectants, stops routine spraying and fogging, "
     "introduces microfibre cloths and pre-measured dilution, and follows new asthma cases, "
     "symptoms and infection rates. It also tests residues on bed rails and keyboards. Ultraviolet "
     "room disinfection robots are evaluated by another team, and hand sanitisers are not covered.",
     ("quaternary ammonium compounds", "disinfectants", "work-related asthma", "hospital cleaning",
      "projects"),
     ("US",), "2024-04"),
    ("gi20", "case-study", "fr",
     "Résidus d'ammoniums quaternaires dans le lait et les fromages : étude de cas dans les "
     "exploitations et fromageries de Normandie",
     "Les ammoniums quaternaires, comme le chlorure de benzalkonium et le chlorure de "
     "didécyldiméthylammonium (DDAC), servent à désinfecter les tanks à lait, les machines à "
     "traire, les cuves et les surfaces des fromageries. Mal rincés, ils laissent des résidus qui "
     "passent dans le lait et les fromages. En 2012, des contrôles européens ont trouvé des "
     "teneurs dépassant la limite par défaut de 0,01 mg/kg, et des limites provisoires ont été "
     "fixées. Cette étude de cas, menée par la chambre régionale d'agriculture avec "
     "l'interprofession laitière, un laboratoire vétérinaire départemental et vingt exploitations "
     "et fromageries de Normandie, décrit les analyses de résidus, les causes (surdosage, rinçage "
     "court, produits mal choisis), le passage à des désinfectants sans ammoniums quaternaires ou "
     "à l'acide peracétique et les plans de rinçage. Elle note aussi les irritations cutanées des "
     "trayeurs. Les résidus d'antibiotiques dans le lait et les eaux blanches des laiteries sont "
     "traités ailleurs.",
     ("ammoniums quaternaires", "résidus de désinfectants", "fromageries",
      "sécurité sanitaire des aliments", "études de cas"),
     ("FR",), "2024-09"),
    ("gi21", "event", "es",
     "Jornada: amonios cuaternarios de venta a granel, registro, etiquetado y uso seguro en "
     "hogares, colegios y clínicas",
     "Desde 2020 se venden en Ecuador, a granel, en galones sin etiqueta o por redes sociales, "
     "desinfectantes a base de amonios cuaternarios, los llamados cuaternarios de amonio o amonio "
     "de quinta generación, fabricados muchas veces en talleres informales y rebajados o mezclados "
     "con cloro. Estos compuestos, como el cloruro de benzalconio, irritan ojos, piel y vías "
     "respiratorias, pueden causar asma en el personal de limpieza, son tóxicos para los "
     "organismos acuáticos y favorecen bacterias menos sensibles; los centros de toxicología "
     "registran además niños que bebieron el producto trasvasado a botellas de bebidas. La "
     "jornada, organizada en Guayaquil por la agencia de regulación y control sanitario con el "
     "centro de información toxicológica y los gremios de fabricantes de productos de limpieza, "
     "presentará los resultados de operativos de control, los requisitos de notificación sanitaria "
     "y de etiquetado, cómo diluir y cuándo basta con agua y detergente, y el equipo de protección "
     "del personal. La desinfección de calles y el cloro del agua potable no se tratarán.",
     ("amonios cuaternarios", "desinfectantes", "productos de limpieza", "intoxicaciones",
      "eventos"),
     ("EC",), "2025-03"),
    # --- plastic plant pots of nurseries and garden centres --------------------------------------
    ("gi22", "project", "en",
     "Taupe and returnable: a plant pot recycling project for garden centres and nurseries in the "
     "United Kingdom",
     "British gardeners buy hundreds of millions of plastic plant pots, trays and modules each "
     "year. Most were black pots coloured with carbon black, which the infrared sorting machines "
     "of recycling plants cannot see, so they went to landfill or incineration even when put in "
     "kerbside bins. This project, led by the horticultural trade association with pot "
     "manufacturers, growers, garden centre chains and local councils, moves growers to taupe and "
     "other detectable colours made from recycled polypropylene, sets up pot take-back points at "
     "400 garden centres, sends the collected pots to a reprocessor and feeds the pellets back "
     "into new pots. It publishes the tonnes collected, the share of detectable pots by season and "
     "the contamination found, and tests reusable nursery pots that return to growers on the "
     "delivery lorries. Peat-free compost, biodegradable fibre pots and the plastic film of "
     "polytunnels are covered by other projects.",
     ("plastic plant pots", "garden centres", "horticulture", "plastic recycling", "projects"),
     ("GB",), "2024-03"),
    ("gi23", "dataset", "fr",
     "Pots de fleurs et godets en plastique collectés dans les recyparcs de Wallonie : tonnages et "
     "composition, 2021-2024",
     "Chaque printemps, les Wallons rapportent des jardineries et des pépinières des pots de "
     "fleurs, godets, plateaux alvéolés et conteneurs horticoles en plastique, le plus souvent en "
     "polypropylène noir, que les centres de tri ne reconnaissent pas. Depuis 2021, plusieurs "
     "intercommunales de gestion des déchets acceptent ces pots horticoles dans une fraction "
     "séparée de leurs recyparcs. Ce jeu de données, publié par l'administration wallonne de "
     "l'environnement, donne par intercommunale et par mois les tonnages de pots collectés, les "
     "refus de tri, la part de pots noirs, colorés ou en terre cuite mêlés à la collecte, la terre "
     "restée dans les pots, et le devenir de la matière : broyage, lavage, granulés vendus aux "
     "fabricants de pots ou de mobilier urbain. Il ajoute les résultats d'une enquête auprès de 60 "
     "jardineries sur la reprise des pots en magasin. Les bâches agricoles et les films de serre "
     "suivent la filière des plastiques agricoles.",
     ("pots horticoles", "recyparcs", "recyclage des plastiques", "jardineries", "jeux de données"),
     ("BE",), "2025-01"),
    ("gi24", "support-source", "es",
     "Oferta: retiro y reciclaje de macetas de plástico de viveros y florerías del conurbano "
     "bonaerense",
     "Una cooperativa de recicladores urbanos del conurbano bonaerense ofrece a viveros, "
     "florerías, paisajistas, municipios y vecinos un servicio gratuito de retiro de macetas de "
     "plástico usadas, bandejas de almácigos y contenedores de vivero. Las macetas se clasifican "
     "por tipo de plástico y se limpian de tierra; las enteras se reutilizan y vuelven a los "
     "viveros productores de Escobar y Florencio Varela, y las rotas se muelen y se venden como "
     "material para nuevas macetas. La oferta incluye contenedores para los puntos de venta, "
     "capacitación a los viveristas para separar las macetas de polipropileno y de polietileno, un "
     "informe trimestral de los kilos recuperados y certificados para los programas municipales de "
     "reciclaje. Las macetas de barro y las de fibra se reciben aparte para su reúso. Los envases "
     "vacíos de agroquímicos de los viveros, que siguen su propio sistema de gestión, no se "
     "aceptan.",
     ("macetas de plástico", "viveros", "reciclaje", "recicladores urbanos", "ofertas"),
     ("AR",), "2024-10"),
    # --- transport refrigeration units of refrigerated trucks ------------------------------------
    ("gi25", "case-study", "en",
     "Zero-emission transport refrigeration units: a case study of California's TRU rule at "
     "distribution centres",
     "Transport refrigeration units (TRUs), often called reefer units, are the small diesel "
     "engines that cool the trailers, trucks and containers carrying food and medicines. They run "
     "for hours while parked at distribution centres and grocery warehouses, often next to homes, "
     "emitting diesel particulate matter and nitrogen oxides and making noise at night. "
     "California's air resources board first required cleaner diesel TRUs and, from 2023, began a "
     "gradual shift of truck TRUs to zero-emission technology, with electric plug-in "
     "infrastructure at facilities. This case study, prepared with a regional air district and "
     "community groups in the Inland Empire, follows how warehouses installed electric standby "
     "plugs, how fleets bought battery-electric units and how reporting by facility owners began. "
     "It gives emission and noise estimates, costs, grid upgrades and problems of enforcement. The "
     "refrigerants of the units and the trucks' own engines are left to other pages.",
     ("transport refrigeration units", "diesel emissions", "zero-emission technology", "freight",
      "case studies"),
     ("US",), "2024-12"),
    ("gi26", "document", "fr",
     "Groupes frigorifiques des camions et livraisons de nuit : guide pour réduire le bruit et les "
     "émissions en ville",
     "Les camions et les fourgons qui livrent les supermarchés, les restaurants et les pharmacies "
     "en produits frais ou surgelés portent souvent un groupe frigorifique autonome, un petit "
     "moteur diesel qui tourne aussi à l'arrêt pendant les déchargements. Ces groupes froids "
     "émettent des particules et des oxydes d'azote non filtrés et font un bruit qui réveille les "
     "riverains lors des livraisons de nuit ou au petit matin. Ce guide, publié par le centre "
     "d'études du ministère chargé des transports avec la ville de Paris, des transporteurs et des "
     "enseignes de la grande distribution, présente les solutions : groupes électriques alimentés "
     "par batterie ou par l'alternateur, groupes cryogéniques à l'azote liquide, caisses mieux "
     "isolées, prises électriques aux quais de chargement, matériels certifiés silencieux, et les "
     "chartes de livraison qui les exigent. Il propose aussi une méthode pour mesurer le bruit "
     "d'un groupe. Les fluides frigorigènes et la logistique urbaine en général sont traités "
     "ailleurs.",
     ("groupes frigorifiques", "transport frigorifique", "livraisons de nuit", "bruit", "guides"),
     ("FR",), "2025-04"),
    ("gi27", "need", "es",
     "Necesidad: medir las emisiones y el ruido de los equipos de frío de los camiones "
     "refrigerados en Santiago",
     "En Santiago, miles de camiones refrigerados y furgones térmicos reparten carnes, lácteos, "
     "frutas y medicamentos con equipos de frío accionados por un motor diésel auxiliar sin filtro "
     "de partículas, que sigue encendido en los centros de distribución, en los mercados "
     "mayoristas y frente a los supermercados, muchas veces de noche. Ninguna norma chilena limita "
     "todavía sus emisiones ni su ruido. El ministerio del medio ambiente, con la secretaría "
     "regional de transportes y una universidad, solicita apoyo para inventariar esos equipos de "
     "refrigeración de transporte, medir en terreno el material particulado, los óxidos de "
     "nitrógeno y el ruido, estimar su aporte a la contaminación de la capital, evaluar equipos "
     "eléctricos y puntos de conexión en los andenes, y preparar una propuesta de norma y de "
     "incentivos. El control de fugas de gases refrigerantes y la cadena de frío de la fruta de "
     "exportación en los puertos quedan fuera.",
     ("equipos de frío", "camiones refrigerados", "contaminación del aire", "ruido", "necesidades"),
     ("CL",), "2025-05"),
    # --- stage fog and haze machines of theatres, concerts and clubs -----------------------------
    ("gi28", "document", "en",
     "Smoke and haze effects in live performance: guidance for theatres, venues and touring crews",
     "Fog machines, hazers and low-fog units are used in almost every concert, play and club night "
     "in Ireland. Most make a visible cloud by heating mixtures of glycols and water, or by "
     "atomising mineral oil; low fog comes from chilling that cloud or from dry ice and liquid "
     "nitrogen. High concentrations irritate the eyes, throat and airways, can trigger asthma in "
     "performers and crew, leave slippery floors, hide exit signs and set off smoke detectors. "
     "This guidance, published by the national occupational safety authority with the arts council "
     "and a performers' union, sets out how to choose fluids, keep the haze as thin as the effect "
     "needs, place machines away from singers and wind players, ventilate, measure glycol and oil "
     "mist, isolate the fire alarm safely and warn audiences. Pyrotechnics and the carbon dioxide "
     "jets used at concerts are covered by separate guidance.",
     ("fog machines", "haze", "live performance", "occupational health", "guidance"),
     ("IE",), "2024-08"),
    ("gi29", "case-study", "fr",
     "Brouillard de scène et santé des professionnels du spectacle : étude de cas dans les "
     "théâtres de Genève et de Lausanne",
     "Machines à fumée, machines à brouillard et « hazers » à base de glycol ou d'huile minérale "
     "donnent corps aux faisceaux lumineux des spectacles, mais techniciens, danseurs, chanteurs "
     "et musiciens se plaignent de toux, d'yeux secs et de voix enrouées. Cette étude de cas, "
     "menée par l'institut universitaire romand de santé au travail avec six théâtres et salles de "
     "concert de Genève et de Lausanne et le syndicat des professionnels du spectacle, a mesuré "
     "les aérosols de glycol et d'huile pendant les répétitions et les représentations, interrogé "
     "240 professionnels et comparé les fluides. Elle décrit ensuite les changements : liquides à "
     "base d'eau et de glycols moins irritants, débits réduits, ventilation, distances avec les "
     "chanteurs, information des équipes et des compagnies en tournée. Elle conclut à une baisse "
     "des plaintes. Le bruit des concerts et les effets pyrotechniques sont traités dans d'autres "
     "documents.",
     ("brouillard de scène", "machines à fumée", "spectacle vivant", "santé au travail",
      "études de cas"),
     ("CH",), "2025-02"),
    ("gi30", "event", "es",
     "Jornada: máquinas de humo y efectos de niebla en antros, salones de fiestas y conciertos",
     "Las máquinas de humo y de niebla, que calientan líquidos de glicoles o pulverizan aceite "
     "mineral, se usan cada fin de semana en antros, salones de fiestas, bodas, quince años y "
     "conciertos de Guadalajara, muchas veces con líquidos sin etiqueta comprados en mercados y a "
     "dosis tan altas que no se ve la salida. La jornada, organizada por la unidad estatal de "
     "protección civil de Jalisco con la secretaría de salud, la cámara de la industria del "
     "entretenimiento y un colegio de ingenieros de sonido e iluminación, presentará mediciones de "
     "aerosoles en doce locales, los síntomas de meseros, DJ y bailarines, los riesgos para la "
     "evacuación y para las personas con asma, y una propuesta de lineamientos: líquidos "
     "certificados, límites de uso, ventilación y rutas de salida siempre visibles. También se "
     "hablará del hielo seco que se pone en mesas y pasteles. La pirotecnia fría y los límites de "
     "sonido se tratarán en otra jornada.",
     ("máquinas de humo", "efectos especiales", "antros", "protección civil", "eventos"),
     ("MX",), "2025-06"),
)  # fmt: skip
