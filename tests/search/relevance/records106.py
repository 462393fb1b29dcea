"""Clearing-house records of the hundred-and-sixth judged relevance set
(tests/search/relevance/queries106.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: chemicals and occupational
health pages on embalming (the formalin of Ghana's mortuaries and their mortuary attendants; a
French fiche on the thanatopraxie, the soins de conservation and the formaldéhyde breathed by
thanatopracteurs; a need for the salas de tanatopraxia, the formol and the vertimientos of the
funerarias of the Valle del Cauca, Colombia); waste and pollution pages on cheese whey (the feta
whey of Epirus poured into streams, then collected by tanker; the lactosérum, the petit-lait, of
Québec's fromageries artisanales and its épandage; a need for the suero of the queseras of
Chontales and Boaco, in Nicaragua, where cuajada and quesillo are made); pollution and health pages
on military burn pits (the Airborne Hazards and Open Burn Pit Registry of the United States; a
Canadian fiche for the militaires and vétérans exposed to the fosses de brûlage of Kandahar; a need
to end the fosas de quema of the Uruguayan cascos azules in the Democratic Republic of the Congo);
energy pages on daylight saving time (what the 2007 extension saved in the United States; the heure
légale of Morocco, kept at GMT+1, the old heure d'été, all year; a dataset on Mexico's electricity
demand before and after the end of its horario de verano); energy pages on solar ice makers for
small-scale fishers (the beach management units of Kenya's Lake Victoria shore; an offer of
machines à glace solaires for the Vezo fishers of south-western Madagascar; a need for hielo solar
for the Miskito fishers of the laguna de Caratasca in Honduras); chemicals pages on borax and boric
acid (the borax, boraks and bleng, of the bakso, noodles and kerupuk of Indonesian markets; a
Belgian fiche on the borax, acide borique and bore of slime; the intoxicaciones of Argentine chicos
by ácido bórico cockroach baits, agua boricada and bórax); biosafety pages on high-containment
laboratories (a biosafety level 3 suite for haemorrhagic fever samples in Entebbe; a Lyon training
session for the laboratoires de niveau de confinement 3 and 4, the P3 and P4; a need for a
laboratorio de bioseguridad nivel 3 in Asunción); climate mitigation pages on carbon labels (the
carbon reduction label a British supermarket chain dropped in 2012; a French guide from the indice
carbone to the affichage environnemental and the étiquetage carbone; the etiqueta de huella de
carbono of Chilean export wines); trade and customs pages on customs brokers (the licensed customs
brokers of the Philippines; a guide for the commissionnaires en douane agréés, the transitaires, of
the port of Dakar; a need for the despachantes de aduana of Bolivia, who clear mercury, plaguicidas
and refrigerantes); and finance and governance pages on lotteries that fund the environment (the
National Lottery Heritage Fund's grants for nature; the Loterie Romande and the environmental
associations of Suisse romande; a need to study a lotería con fines ambientales for Peru's
protected areas). English, French and Spanish, 10 records each, every topic written once in each
language (different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records105.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (embalming, embalmer, mortuary, morgue, funeral home,
thanatopraxy, thanatopraxie, thanatopracteur, soins de conservation, pompes funèbres, funérarium,
funéraire, tanatopraxia, tanatopractor, embalsamamiento, embalsamar, funeraria, formol, formalin,
formaldehyde; whey, cheese, dairy, lactose, lactosérum, petit-lait, fromagerie, laiterie,
lactosuero, suero, suero lácteo, quesería, queso, lechería, ricotta; burn pit, open burning,
military base, veterans, peacekeeping, fosse de brûlage, brûlage à l'air libre, base militaire,
anciens combattants, vétérans, casques bleus, fosa de quema, quema a cielo abierto, base militar,
veteranos, cascos azules; daylight saving time, summer time, clock change, clock, heure d'été,
changement d'heure, heure légale, horloge, horario de verano, cambio de hora, huso horario; ice
maker, ice plant, solar ice, machine à glace, glace, fabrique de glace, hielo, fábrica de hielo,
hielera, cold chain, chaîne du froid, cadena de frío; borax, boraks, bleng, boric acid, boron,
borate, acide borique, borique, bore, bórax, ácido bórico, boro, slime; BSL-3, BSL-4, biosafety
level, high containment, containment level, P3, P4, L3, laboratoire de haute sécurité, niveau de
confinement, confinement, laboratorio de alta contención, nivel de bioseguridad, NBS-3, contención,
biosecurity, biosûreté, biocustodia, pathogen; carbon label, carbon footprint, footprint label,
étiquette carbone, étiquetage carbone, affichage environnemental, empreinte carbone, Éco-score,
etiqueta de carbono, etiquetado de carbono, huella de carbono, ecolabel; customs broker, customs
agent, clearing agent, freight forwarder, commissionnaire en douane, transitaire, courtier en
douane, déclarant, despachante de aduana, agente de aduana, agente aduanal, agencia de aduanas,
declarante; lottery, lotto, postcode lottery, gambling, loterie, loto, jeux de hasard, lotería,
sorteo, juegos de azar, tombola, raffle). Screened and dropped as covered: radon (bz07-bz09),
formaldehyde spills (ba13-ba15), creosote sleepers (bb13-bb15), solar panel waste (u01-u03), wind
turbine blades (bh10-bh12), halon banks (u22-u24), brick kilns (v25-v27), coal fly ash (bb10,
bb11), cool roofs (w19), tributyltin antifouling paints (u04-u06), stubble burning (bm22), sky
lanterns and balloon releases (bp25-bp27), chemical leasing (j16-j18), used oil (x28-x30), used
cooking oil (i25-i27), second-hand clothes (k22-k24), disposable nappies (bb16-bb18), cigarette
butts (z25-z27), Legionella in cooling towers (bp16-bp18), engineered stone (bh25-bh27), nail
salons (bn25-bn27), methanol in illicit liquor (bc16-bc18), melamine (bl16-bl18), metaldehyde slug
pellets (by07), chemicals in toys (q40-q42), GM alfalfa (bk25-bk27), GM sorghum (bj25-bj27),
GMO-free zones (bc12, bk27, ct27), synthetic biology (p14, p17), contained use of LMOs (o22-o24),
institutional biosafety committees (dn16-dn18), ecolabels (by16-by18), appliance energy labels
(dd19-dd21), refrigerant smuggling (cv27, dx22, dx23), mercury trade (q07-q09), shipbreaking (p24),
the training of customs officers (v22, v23, w04, cn26, ct22), hackathons (bv22-bv24), environmental
journalism (bq22-bq24), environmental defenders (j19-j21), financial guarantees for mine closure
(bz16-bz18) and natural capital accounting (bk19-bk21), besides the topics of sets 42 to 105 and
those their docstrings list as covered, and the biodiversity, ecosystem, agriculture and water
topics left to set 107. Screened with no or passing hits but not chosen: space debris (no hit),
nuclear power (named only by the Setsuden case study, ct13, and the tritium and radioactive waste
pages), model United Nations and mock climate negotiations (no hit, but near the role-plays of the
serious game and summer school pages), local referendums on extractive projects (the consultas
populares named by di09 and dz09), cassava processing wastewater (no hit, an agro-industry topic),
sindoor (no hit, too near kohl and lead in traditional medicines), GM safflower (named only by
cl07), wood packaging under ISPM 15 (named by the fumigated container guide cn23), island power
grids (the réseau insulaire of the grid battery page dl14), hammams (passing, cf05) and vegetarian
school meals (no hit, too near the food and agriculture topics of other sets). records107.py (ids
ei..), written at the same time by another engineer on biodiversity, ecosystem, agriculture and
water topics, is not part of this set's pool.

No earlier record is judged relevant to any query of this set: all the hits are passing or about
other things, judged 0. For embalming, the formalin-laced fish pages (dj01, which says that
formalin preserves bodies in mortuaries, and dj02, whose formol is diverted from morgues, and
dj03), the formaldehyde spills (ba13-ba15), the keratin smoothing pages (cl01-cl03), the cemeteries
(cm25-cm27) and the mercury of crematoria (y28-y30); for whey, the dairy SMEs of Arequipa in the
energy audit need (dn09) and the fromageries of the Charlevoix agritourism project (dc20); for burn
pits, the Agent Orange pages (dv07-dv09), the open burning at the Chunga dumpsite (q16) and the
dioxin inventory of open burning (e4), none of them on a military base's waste; for daylight saving
time, the energy saving campaigns (ct13-ct15), none of which changes the clocks; for solar ice, the
ammonia leak drill at the ice plant of a tuna processor in Manta (o09), the cadena de frío asked
for by the fishing cooperatives of the golfo de Chiriquí (t18), the fish smoking ovens (bx10-bx12),
the solar vaccine refrigerators of rural health centres (cr25-cr27) and the solar dryers
(ef13-ef15); for borax, the borates among the alternatives to pentachlorophenol (x17) and the boron
glazes of the lead-free pottery guide (bd13); for high-containment laboratories, the contained-use
pages (o22-o24), the institutional biosafety committees (dn16-dn18), the community biology labs
that work at biosafety level 1 (cf19-cf21) and the DNA synthesis screening pages (dj25-dj27); for
carbon labels, the embedded emissions of the CBAM need (cd21), the huella de carbono of anaesthetic
gases and inhalers (cf27, cx09) and of the Giro Limpio freight programme (ct21), the ecolabels
(by16-by18) and the appliance energy labels (dd19-dd21), none of which puts a carbon footprint on a
label; for customs brokers, the despachantes de aduana, clearing agents, freight forwarders and
transitaires named in passing by the tariff, cocoa attestation, AEO and ePhyto pages (cd09, dd26,
dh22, dt19, dt20, dt21), and the agentes de aduanas of the ebony need (ci24), who are customs
officers; for lotteries, the sorteo that chose the members of a citizens' assembly (cj27). In the
golden files, the molecule pages on lactose and on antioxidants of butter and cheese are unrelated,
and no page names embalming, burn pits, daylight saving time, ice makers, borax, containment
laboratories, carbon labels, customs brokers or lotteries.

Traps: the refrigerated body storage and the open drains of eh01; the déchets d'activités de soins
à risques infectieux of eh02; the hornos crematorios of eh03 (0 to crematoria); the biogas of eh04,
the biométhanisation of eh05 and the biodigestores of eh06 (0 to biogas), and the pigs, porcs and
cerdos fed with whey; the dust storms, generator exhaust and tyres of eh07 (0 to dust storms); the
pneus and incinérateurs contrôlés of eh08; the incineradores, pilas and aceites of eh09 (0 to
waste-to-energy); the LED lighting, air conditioning and traffic safety of eh10; the campagnes
d'économies d'énergie named apart by eh11 (0 to energy saving campaigns); the sueño y salud of
eh12; the diesel generators and the dried fish of eh13 (0 to diesel generators); the poulpes and
calmars (0 to octopus and squid), the fumage and the groupe électrogène of eh14; the langosta por
buceo and the planta diésel of eh15 (0 to spiny lobsters); the formalin, rhodamine B and metanil
yellow tests and the turmeric test papers of eh16 (0 to formalin in food and to lead in turmeric);
the jouets and the Centre Antipoisons of eh17 (0 to chemicals in toys and to poison centres); the
cucarachas of eh18 (0 to household insecticides); the formaldehyde room fumigation and the
recombinant viruses of eh19 (0 to embalming and to GMO queries); the utilisation confinée d'OGM
named among the rules of eh20 (0 to contained use); the laboratorios de detección de transgénicos
left out of eh21; the plant-based brands and the reporting rules for companies' own emissions of
eh22; the étiquettes énergie of eh23 (0 to appliance energy labels); the glass bottles and
fertilizantes of eh24 (0 to glass recycling); the garbage containers declared as plastic scrap of
eh25 (0 to the plastic waste trade); the borax and acide borique of eh26, named as an example of a
false declaration (0 to the borax queries), and its guichet unique (0 to single windows); the
mercury for gold mining of eh27 (0 to artisanal gold mining); the peatland and meadow restoration
of eh28; the ateliers de réparation and the réduction des déchets of eh29 (0 to right to repair and
zero waste); and the residuos, guardaparques and fondo fiduciario of eh30. For the country and
exclusion queries: eh01 names only Ghana; eh02 only France (and the European Union); eh03 only
Colombia; eh04 only Greece; eh05 only Canada (Québec); eh06 Nicaragua (and El Salvador as a
market); eh07 the United States, Iraq and Afghanistan (and Djibouti); eh08 Canada and Afghanistan
(and the United States and allies); eh09 Uruguay and the Democratic Republic of the Congo, and no
Afghanistan; eh10 only the United States; eh11 only Morocco (and its European partners); eh12 only
Mexico (and the United States, whose clock change its border municipalities follow); eh13 only
Kenya; eh14 only Madagascar; eh15 only Honduras; eh16 only Indonesia; eh17 Belgium (and other
European countries); eh18 only Argentina; eh19 only Uganda; eh20 only France; eh21 only Paraguay;
eh22 only the United Kingdom; eh23 only France; eh24 Chile (and its buyers in the United Kingdom,
the Nordic countries and Canada); eh25 only the Philippines; eh26 only Senegal; eh27 Bolivia (and
its borders with Peru and Brazil); eh28 only the United Kingdom; eh29 only Switzerland (and other
European countries); eh30 Peru (and the Netherlands and the United Kingdom as examples), and no
Switzerland.

Ids (eh01..eh30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
ef01..ef30, eg01..eg30), and no earlier id starts with "eh".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- embalming -------------------------------------------------------------------------------
    ("eh01", "case-study", "en",
     "Formalin in Ghana's mortuaries: embalming, mortuary workers and the waste water of long "
     "funerals",
     "In Ghana a body may stay in the mortuary for weeks or months while the family prepares the "
     "funeral, so nearly every body is embalmed, most often by mortuary attendants who inject "
     "and soak it with formalin, a solution of formaldehyde bought in drums from chemical "
     "dealers. This case study, prepared by a public health team in Kumasi with the mortuary "
     "workers' association, followed embalming in twelve public and private mortuaries of the "
     "Ashanti and Greater Accra regions. Air sampling found formaldehyde far above occupational "
     "limits in rooms without extraction fans; attendants reported burning eyes, coughing, skin "
     "rashes and headaches, and few wore respirators or gloves. Embalming fluid, blood and wash "
     "water went into open drains or soak-aways beside homes. The study recommends local exhaust "
     "ventilation, training and certification of embalmers, holding tanks and treatment of "
     "mortuary effluent, and fluids with less formaldehyde, and notes that refrigerated body "
     "storage would reduce the doses used.",
     ("embalming", "formaldehyde", "mortuaries", "occupational health", "funeral waste water"),
     ("GH",), "2024-03"),
    ("eh02", "document", "fr",
     "Thanatopraxie et formaldéhyde : fiche de prévention pour les thanatopracteurs et les "
     "chambres funéraires",
     "En France, environ un défunt sur trois reçoit des soins de conservation avant les "
     "obsèques : le thanatopracteur draine le sang et injecte dans les artères un fluide à base "
     "de formaldéhyde, classé cancérogène, qui retarde la décomposition pendant la présentation "
     "du corps. Cette fiche, rédigée avec des services de santé au travail et une fédération de "
     "pompes funèbres, rappelle la valeur limite d'exposition professionnelle, que la directive "
     "européenne de 2019 a ramenée à 0,3 ppm après une période transitoire accordée au secteur "
     "funéraire, et décrit les mesures à prendre dans les laboratoires des chambres funéraires : "
     "table ventilée, captage à la source, gants en nitrile, lunettes, appareil de protection "
     "respiratoire pour les soins à domicile, où l'aération est souvent insuffisante. Elle "
     "traite aussi des eaux usées chargées de formol, des déchets d'activités de soins à risques "
     "infectieux, des fluides sans formaldéhyde proposés par les fabricants et de l'information "
     "des familles, qui peuvent refuser les soins.",
     ("thanatopraxie", "soins de conservation", "formaldéhyde", "santé au travail",
      "pompes funèbres"),
     ("FR",), "2024-09"),
    ("eh03", "need", "es",
     "Necesidad: control del formol y de los vertimientos en las salas de tanatopraxia de las "
     "funerarias del Valle del Cauca",
     "En Cali, Palmira, Buenaventura y los demás municipios del Valle del Cauca funcionan más de "
     "cien funerarias con salas de tanatopraxia, donde los tanatopractores arreglan y conservan "
     "los cuerpos con formol antes de la velación, que en la costa pacífica puede durar varios "
     "días. Las visitas de inspección de la secretaría departamental de salud encontraron salas "
     "sin extracción localizada, tanatopractores sin respirador ni careta, bidones de formol sin "
     "rotular y vertimientos de sangre, líquidos corporales y restos de formol directamente al "
     "alcantarillado o a pozos sépticos. La secretaría, con la CVC, autoridad ambiental "
     "regional, solicita apoyo para medir el formaldehído en el aire de las salas y en los "
     "vertimientos, capacitar y certificar a los tanatopractores, diseñar un pretratamiento "
     "sencillo de las aguas y una guía de buenas prácticas, y revisar la gestión de los residuos "
     "peligrosos con gestores autorizados. Los hornos crematorios de algunas funerarias no "
     "forman parte de la solicitud.",
     ("tanatopraxia", "formol", "funerarias", "vertimientos", "salud ocupacional"),
     ("CO",), "2025-02"),
    # --- cheese whey -----------------------------------------------------------------------------
    ("eh04", "case-study", "en",
     "Cheese whey in Epirus: from dumping in streams to shared collection and treatment",
     "Epirus in north-western Greece makes much of the country's feta from sheep's and goat's "
     "milk, in hundreds of small and medium cheese dairies. For every kilogram of cheese they "
     "are left with about nine litres of whey, rich in lactose and proteins, whose organic load "
     "is hundreds of times that of household sewage. For decades much of the whey, once the "
     "second cheeses, mizithra or anthotyros, had been made from it, was poured into ravines and "
     "streams or taken to farmers' pigs, and the rivers below the dairies smelled, turned white "
     "and lost their fish in spring, when milk production peaks. This case study follows a "
     "regional scheme that collects whey by tanker from the small dairies and sends it to a "
     "central plant that concentrates the proteins and digests the rest to biogas, backed by "
     "inspections and fines for dumping. It sets out the costs, what the dairies pay, the water "
     "quality measured downstream and the problems left: remote mountain dairies and the spring "
     "surplus.",
     ("cheese whey", "dairy effluent", "river pollution", "feta", "biogas"),
     ("GR",), "2023-11"),
    ("eh05", "project", "fr",
     "Valoriser le lactosérum des fromageries artisanales du Québec plutôt que de l'épandre",
     "Le Québec compte plus d'une centaine de fromageries artisanales et fermières, dans les "
     "Cantons-de-l'Est, Charlevoix, le Centre-du-Québec ou le Bas-Saint-Laurent. Pour chaque "
     "kilo de fromage, elles produisent environ neuf litres de lactosérum, le petit-lait, "
     "qu'elles épandent souvent sur les champs voisins ou donnent à des éleveurs de porcs ; "
     "épandu en trop grande quantité ou avant une pluie, il ruisselle vers les fossés et les "
     "ruisseaux, où sa forte demande biochimique en oxygène et son phosphore font mourir les "
     "poissons. Ce projet, porté par un centre collégial de transfert de technologie avec des "
     "fromagers et le ministère de l'Environnement, tient un registre des volumes, propose des "
     "plans d'épandage qui respectent les doses et les distances, met à l'essai une unité mobile "
     "de filtration qui sépare les protéines du lactosérum de brebis et de vache, et étudie une "
     "biométhanisation collective à l'échelle d'une MRC. Les boissons et la ricotta que quelques "
     "fromageries tirent déjà du lactosérum servent d'exemples.",
     ("lactosérum", "petit-lait", "fromageries", "épandage", "pollution des cours d'eau"),
     ("CA",), "2024-05"),
    ("eh06", "need", "es",
     "Necesidad: tratamiento del suero de las queseras artesanales de Chontales y Boaco",
     "En Chontales y Boaco, los departamentos ganaderos del centro de Nicaragua, cientos de "
     "queseras artesanales transforman cada día la leche de las fincas en cuajada, quesillo y "
     "queso seco para el mercado nacional y la exportación a El Salvador. Por cada libra de "
     "queso queda más de un galón de suero, que pocas queseras usan para engordar cerdos; el "
     "resto se vierte en las quebradas, que bajan blancas y malolientes hacia el río Mayales y "
     "el lago Cocibolca, con mortandad de peces y quejas de las comunidades que se abastecen río "
     "abajo. Las alcaldías, una cooperativa de productores y el ministerio del ambiente "
     "solicitan apoyo para censar las queseras y sus volúmenes de lactosuero, ensayar lagunas y "
     "biodigestores a escala de quesera, organizar la recolección del suero para alimento animal "
     "o para una planta de bebidas, y capacitar a los inspectores municipales. Piden además "
     "análisis de calidad del agua en las quebradas antes y después de las mejoras.",
     ("suero lácteo", "lactosuero", "queseras", "contaminación de ríos", "Chontales"),
     ("NI",), "2024-10"),
    # --- military burn pits ----------------------------------------------------------------------
    ("eh07", "dataset", "en",
     "Airborne Hazards and Open Burn Pit Registry: deployments, exposures and reported health "
     "conditions, 2014-2024",
     "During the wars in Iraq and Afghanistan, United States bases burned their waste in open "
     "pits: plastics, food, batteries, tyres, medical and human waste, packaging and paint, "
     "often doused with jet fuel. At Joint Base Balad in Iraq the pit burned around the clock "
     "for years. This dataset describes, in anonymised and aggregated form, the registry opened "
     "in 2014 by the Department of Veterans Affairs for service members and veterans deployed to "
     "south-west Asia, Djibouti and Afghanistan: deployment periods and places, self-reported "
     "closeness to burn pits and their smoke, other exposures such as dust storms and generator "
     "exhaust, and reported conditions, from asthma and chronic bronchitis to constrictive "
     "bronchiolitis and cancers. It notes the limits of self-reported data and links the "
     "registry to the PACT Act of 2022, which made several respiratory diseases and cancers "
     "presumptive for veterans exposed to burn pits. No air measurements taken near the pits are "
     "included.",
     ("burn pits", "open burning of waste", "military bases", "veterans' health", "air pollution"),
     ("US", "IQ", "AF"), "2024-08"),
    ("eh08", "document", "fr",
     "Fosses de brûlage : fiche d'information pour les militaires et les vétérans des Forces "
     "armées canadiennes",
     "Pendant la mission en Afghanistan, de 2001 à 2014, et lors d'autres déploiements, des "
     "membres des Forces armées canadiennes ont vécu sur des bases, comme l'aérodrome de "
     "Kandahar, où les déchets étaient brûlés à ciel ouvert dans des fosses de brûlage : "
     "plastiques, restes de repas, piles, pneus, déchets médicaux, souvent arrosés de carburant. "
     "La fumée, mêlée à la poussière et aux gaz d'échappement, dérivait vers les tentes et les "
     "lieux de travail. Cette fiche, préparée pour les militaires, les vétérans et leurs "
     "familles, explique ce que l'on sait des effets de ces fumées sur la santé (irritations, "
     "asthme, bronchiolite constrictive, cancers possibles), comment noter ses périodes et lieux "
     "d'exposition, comment demander des prestations d'invalidité et où passer un examen. Elle "
     "décrit aussi les règles actuelles de gestion des déchets en déploiement, qui privilégient "
     "le tri, le rapatriement des déchets dangereux et l'emploi d'incinérateurs contrôlés, et "
     "renvoie aux travaux des États-Unis et des alliés sur le sujet.",
     ("fosses de brûlage", "brûlage des déchets à ciel ouvert", "vétérans", "santé des militaires",
      "Afghanistan"),
     ("CA", "AF"), "2024-11"),
    ("eh09", "need", "es",
     "Necesidad: terminar con las fosas de quema en las bases de los cascos azules uruguayos en "
     "la República Democrática del Congo",
     "Uruguay aporta desde hace más de veinte años uno de los mayores contingentes de cascos "
     "azules a la misión de las Naciones Unidas en la República Democrática del Congo, con bases "
     "en Kivu del Norte y Kivu del Sur. En varias de ellas la basura del campamento, plásticos, "
     "envases, pilas, aceites, restos de comida y residuos del puesto sanitario, se sigue "
     "quemando a cielo abierto en fosas de quema, a pocos metros de los alojamientos y de los "
     "poblados vecinos. El ministerio de defensa, con el ministerio de ambiente, solicita apoyo "
     "para un diagnóstico de los residuos de cada base, la compra de incineradores con control "
     "de emisiones y de compactadoras, la separación y el retorno de los residuos peligrosos, y "
     "la formación de los soldados encargados de la gestión. Pide también un protocolo de "
     "seguimiento de la salud respiratoria del personal que vuelve al país y de los efectos del "
     "humo en las comunidades. El agua de los campamentos y su tratamiento forman parte de otro "
     "proyecto.",
     ("fosas de quema", "quema a cielo abierto", "misiones de paz", "residuos",
      "salud de militares"),
     ("UY", "CD"), "2025-01"),
    # --- daylight saving time --------------------------------------------------------------------
    ("eh10", "case-study", "en",
     "Does daylight saving time save energy? What the 2007 extension taught the United States",
     "Since 2007 daylight saving time in the United States has begun three weeks earlier, in "
     "March, and ended a week later, in November, under the Energy Policy Act of 2005, which "
     "asked the Department of Energy to measure the effect. Its 2008 report found that "
     "electricity use fell by about half a per cent on each extended day, mostly in the evening, "
     "when lighting was put off by an hour, but only by 0.03 per cent over the year. Studies "
     "from Indiana, where most counties adopted the clock change only in 2006, found the "
     "opposite: households used slightly more electricity, because evening air conditioning and "
     "morning heating outweighed the lighting saved. This case study reviews these results, the "
     "spread of LED lighting, which shrank the savings further, and the arguments for permanent "
     "daylight saving time in the Sunshine Protection Act, and it weighs them against findings "
     "on traffic safety, sleep and health. It concludes that clocks are a poor tool of energy "
     "policy.",
     ("daylight saving time", "energy savings", "electricity demand", "lighting", "energy policy"),
     ("US",), "2023-10"),
    ("eh11", "document", "fr",
     "Heure légale et consommation d'électricité : note sur le passage permanent à GMT+1 au "
     "Maroc",
     "En octobre 2018, le Maroc a renoncé au changement d'heure saisonnier pour rester toute "
     "l'année à GMT+1, l'ancienne heure d'été, sauf pendant le mois de ramadan, où les horloges "
     "reviennent à GMT. Le gouvernement avait présenté la mesure comme une source d'économies "
     "d'énergie et d'harmonisation avec les partenaires européens. Cette note, préparée par un "
     "groupe de chercheurs avec l'appui de l'agence publique de l'efficacité énergétique, "
     "examine les courbes de charge du réseau national : déplacement de la pointe du soir, "
     "éclairage public et domestique, climatisation en été, et matins encore sombres en hiver, "
     "qui ont obligé à décaler les horaires des écoles. Elle estime des économies modestes, "
     "compare avec les débats européens sur la fin du changement d'heure et propose des "
     "indicateurs pour suivre l'effet des horaires sur la demande d'électricité. Les campagnes "
     "d'économies d'énergie menées dans les administrations sont évoquées à part.",
     ("heure légale", "heure d'été", "changement d'heure", "demande d'électricité",
      "efficacité énergétique"),
     ("MA",), "2023-06"),
    ("eh12", "dataset", "es",
     "Demanda eléctrica horaria antes y después de la eliminación del horario de verano en "
     "México, 2015-2024",
     "En octubre de 2022 México dejó de aplicar el horario de verano, que desde 1996 adelantaba "
     "los relojes una hora entre abril y octubre, salvo en los municipios de la franja "
     "fronteriza norte, que siguen el cambio de horario de Estados Unidos; Quintana Roo ya tenía "
     "su propio huso desde 2015. El gobierno había puesto en duda los ahorros de electricidad "
     "que se le atribuían y destacó los efectos del cambio de hora sobre el sueño y la salud. "
     "Este conjunto de datos, reunido por un grupo universitario, contiene la demanda horaria "
     "por región de control del sistema eléctrico nacional de 2015 a 2024, las temperaturas "
     "medias, los días festivos y la hora de salida y puesta del sol en cada capital de región, "
     "para comparar la punta vespertina de los veranos con y sin horario de verano. Una nota "
     "metodológica explica cómo separar el efecto del horario del calor y del crecimiento de la "
     "demanda, y resume los primeros resultados.",
     ("horario de verano", "cambio de horario", "demanda eléctrica", "ahorro de energía",
      "México"),
     ("MX",), "2024-04"),
    # --- solar ice makers for fishers ------------------------------------------------------------
    ("eh13", "project", "en",
     "Solar ice for Lake Victoria's fishing beaches: ice makers run by beach management units",
     "On Kenya's Lake Victoria shore, in Homa Bay, Siaya and Migori counties, fishers land Nile "
     "perch, tilapia and the small silver omena at beaches with no grid power. Without ice, fish "
     "spoil within hours in the heat; women traders lose part of every catch or dry it on the "
     "ground, and ice trucked from Kisumu is costly and melts on the way. This project installs "
     "solar-powered ice makers at twelve landing beaches: photovoltaic panels drive compressors "
     "that freeze blocks by day and store the cold in the ice itself, without diesel generators "
     "or large batteries. Each machine is owned by the beach management unit and run by a "
     "women's group that sells ice and rents insulated cool boxes. The project trains "
     "technicians, keeps records of ice sales and of post-harvest losses, and tests the ice for "
     "hygiene. Early results show less spoiled fish and better prices for chilled catch. "
     "Refrigerated transport to inland markets is left to a later phase.",
     ("solar ice makers", "small-scale fisheries", "post-harvest losses", "solar energy",
      "cold chain"),
     ("KE",), "2024-07"),
    ("eh14", "support-source", "fr",
     "Offre : machines à glace solaires et glacières pour les villages de pêcheurs vezo du "
     "sud-ouest de Madagascar",
     "Sur le littoral du sud-ouest de Madagascar, entre Toliara et Morombe, les pêcheurs vezo "
     "partent en pirogue à balancier et débarquent poissons, poulpes et calmars sur des plages "
     "sans électricité. Faute de glace, la pêche est vendue en hâte aux collecteurs, fumée ou "
     "séchée-salée, et une partie se perd. Un programme régional d'énergie rurale offre aux "
     "associations de pêcheurs et aux communes côtières des machines à glace solaires, panneaux "
     "photovoltaïques et compresseurs qui produisent des blocs et de la glace en écailles sans "
     "groupe électrogène, ainsi que des glacières isothermes pour les pirogues et les marchés. "
     "L'offre couvre l'étude du site, l'installation, la formation de deux techniciens par "
     "village, un contrat d'entretien de cinq ans et l'appui à la gestion de la vente de glace, "
     "confiée de préférence à des groupements de femmes mareyeuses. Les villages fournissent le "
     "terrain, un local ombragé et un comité de gestion. Les grandes chambres froides ne sont "
     "pas financées.",
     ("machines à glace solaires", "glace", "pêche artisanale", "énergie solaire",
      "pertes après capture"),
     ("MG",), "2024-12"),
    ("eh15", "need", "es",
     "Necesidad: hielo solar para los pescadores misquitos de la laguna de Caratasca",
     "En La Mosquitia hondureña, los pescadores misquitos de Puerto Lempira y de las comunidades "
     "de la laguna de Caratasca salen en cayucos y pequeñas lanchas por robalo, pargo y camarón, "
     "pero no tienen hielo: la región no está conectada a la red eléctrica, la planta diésel del "
     "pueblo funciona pocas horas y el hielo llega en barco desde La Ceiba, caro y a medio "
     "derretir. El pescado se vende de inmediato a los intermediarios a precios bajos o se sala "
     "y se seca. La cooperativa de pescadores, con la municipalidad y el programa de energía "
     "rural, solicita apoyo para instalar fábricas de hielo con paneles solares en tres "
     "comunidades, capacitar a jóvenes en su operación y mantenimiento, comprar hieleras para "
     "los cayucos y organizar la venta del hielo y del pescado enhielado. Pide también asesoría "
     "sobre la higiene del hielo y del agua que se congela. La pesca de langosta por buceo, que "
     "tiene su propio programa, no forma parte de la solicitud.",
     ("hielo solar", "fábricas de hielo", "pesca artesanal", "energía solar", "La Mosquitia"),
     ("HN",), "2025-03"),
    # --- borax and boric acid --------------------------------------------------------------------
    ("eh16", "dataset", "en",
     "Borax in bakso, noodles and crackers: rapid tests at Indonesian traditional markets, "
     "2015-2024",
     "Borax, called boraks or, in its crude form, bleng, is still added illegally in Indonesia "
     "to meatballs (bakso), wet noodles, lontong rice cakes and kerupuk crackers to make them "
     "springy and crisp and to keep them longer. Boron compounds are banned as food additives "
     "because regular intake harms the kidneys, the liver and fertility. This dataset compiles "
     "the results of rapid borax test kits used by district food inspectors and by the mobile "
     "laboratories of the national food and drug agency at traditional markets in Java, Sumatra "
     "and Sulawesi: product, market, date, positive or negative result and laboratory "
     "confirmation. About one sample in twenty was positive in the first years and fewer later, "
     "with hot spots in home-made crackers. The notes explain how the turmeric test papers work "
     "and their false positives, and how vendors were trained. Tests for formalin, rhodamine B "
     "and metanil yellow made on the same samples are kept in separate tables.",
     ("borax", "boric acid", "food adulteration", "food safety", "traditional markets"),
     ("ID",), "2024-09"),
    ("eh17", "document", "fr",
     "Slime : le borax, l'acide borique et la sécurité des enfants. Fiche pour les parents et "
     "les écoles",
     "La pâte gluante appelée slime, achetée toute faite ou préparée à la maison avec de la "
     "colle, de la lessive, du liquide pour lentilles ou du borax, est devenue un jouet très "
     "populaire. Or le bore qu'elle contient, apporté par le borax ou l'acide borique, est "
     "classé toxique pour la reproduction, et la réglementation européenne sur la sécurité des "
     "jouets limite sa migration à 300 mg/kg pour les matières liquides ou collantes. Des "
     "contrôles menés en Belgique et dans d'autres pays européens ont trouvé de nombreux slimes "
     "au-dessus de cette limite, retirés ensuite du marché. Cette fiche, préparée avec le Centre "
     "Antipoisons et l'inspection économique, explique les risques (irritations, brûlures "
     "chimiques aux mains lors des préparations maison, ingestion par les petits), déconseille "
     "d'acheter du borax en poudre pour les enfants, donne des recettes sans bore et les gestes "
     "à faire en cas d'ingestion, et s'adresse aussi aux enseignants qui font fabriquer du slime "
     "en classe.",
     ("borax", "acide borique", "slime", "sécurité des jouets", "bore"),
     ("BE",), "2023-04"),
    ("eh18", "case-study", "es",
     "Intoxicaciones por ácido bórico y bórax en chicos: cucarachicidas caseros, agua boricada y "
     "slime",
     "El ácido bórico se vende en la Argentina en farmacias y ferreterías y se usa en casa como "
     "cebo contra cucarachas, mezclado con azúcar o harina en bolitas que los chicos confunden "
     "con golosinas; el agua boricada se sigue usando para lavar los ojos, y el bórax entra en "
     "las recetas de slime que circulan en las redes. Este estudio de caso, del servicio de "
     "toxicología de un hospital pediátrico de Buenos Aires, reúne diez años de consultas "
     "telefónicas y de atenciones por exposición a ácido bórico y bórax: edades, productos, "
     "vías, síntomas (vómitos, diarrea, la piel roja que luego se descama y, rara vez, "
     "convulsiones) y evolución. La mayoría fueron ingestiones accidentales leves en menores de "
     "cinco años, pero hubo casos graves por uso repetido en bebés. El texto propone rotular los "
     "cebos caseros, venderlos en envases con cierre de seguridad, informar a las familias y a "
     "las escuelas y promover otras formas de combatir las cucarachas.",
     ("ácido bórico", "bórax", "intoxicaciones", "niños", "cucarachicidas"),
     ("AR",), "2024-06"),
    # --- high-containment laboratories -----------------------------------------------------------
    ("eh19", "project", "en",
     "Commissioning a biosafety level 3 laboratory for viral haemorrhagic fevers in Entebbe",
     "Uganda faces repeated outbreaks of Ebola, Marburg and Crimean-Congo haemorrhagic fever, "
     "and samples from suspected cases must be handled in high-containment laboratories. This "
     "project, run by the national virus research institute with the health ministry and "
     "international partners, brings a new biosafety level 3 (BSL-3) suite in Entebbe into "
     "service: negative pressure and directional airflow, HEPA-filtered exhaust, double-door "
     "autoclaves, biosafety cabinets, effluent decontamination, room fumigation with "
     "formaldehyde or hydrogen peroxide and backup power. Beyond the building, it sets up "
     "biorisk management along ISO 35001: a biosafety officer and committee, standard operating "
     "procedures, training and competency checks for staff, medical surveillance, access control "
     "and a pathogen inventory for biosecurity, and yearly certification of cabinets and filters "
     "by trained engineers. It also writes the rules for work with recombinant viruses under the "
     "national biosafety framework and runs drills for spills and exposures. Maintenance, the "
     "main threat to such laboratories, is budgeted for ten years.",
     ("high-containment laboratories", "BSL-3", "biorisk management", "biosecurity",
      "viral haemorrhagic fevers"),
     ("UG",), "2024-02"),
    ("eh20", "event", "fr",
     "Session de formation : travailler en laboratoire de confinement de niveau 3 et 4, à Lyon",
     "Cette session de cinq jours, organisée à Lyon par un réseau de laboratoires de haute "
     "sécurité biologique, s'adresse aux chercheurs, techniciens, responsables de la biosécurité "
     "et agents de maintenance qui entrent dans un laboratoire de niveau de confinement 3 (L3, "
     "qu'on appelle souvent P3) ou qui se préparent au laboratoire P4. Au programme : principes "
     "du confinement (dépression en cascade, sas, filtres HEPA, autoclave à double entrée), "
     "choix et contrôle des postes de sécurité microbiologique, habillage et déshabillage, "
     "scaphandres à adduction d'air pour le P4, inactivation des déchets et des effluents, "
     "conduite à tenir en cas de déversement, de piqûre ou de panne de ventilation. Une journée "
     "est consacrée à la réglementation : autorisations pour les micro-organismes et toxines "
     "(MOT), classement des agents biologiques, agréments pour l'utilisation confinée d'OGM, "
     "sûreté et contrôle des accès. Les exercices pratiques se déroulent dans un "
     "laboratoire-école, sans agent pathogène.",
     ("laboratoires de haute sécurité biologique", "confinement de niveau 3", "P3", "P4",
      "biosécurité"),
     ("FR",), "2024-10"),
    ("eh21", "need", "es",
     "Necesidad: un laboratorio de bioseguridad nivel 3 para cultivos de tuberculosis y virus "
     "emergentes en el Paraguay",
     "El Laboratorio Central de Salud Pública, en Asunción, hace los cultivos y las pruebas de "
     "sensibilidad de la tuberculosis de todo el Paraguay y recibe muestras de dengue, "
     "chikungunya, fiebre amarilla, hantavirus e influenza aviar, pero su área de contención es "
     "antigua: no mantiene una presión negativa estable, las cabinas de seguridad biológica no "
     "se certifican desde hace años y el autoclave falla a menudo. El ministerio de salud "
     "solicita apoyo para diseñar y construir un laboratorio de bioseguridad nivel 3 (NBS-3) con "
     "antesala, extracción filtrada y autoclave de doble puerta, comprar y certificar las "
     "cabinas y formar al personal en bioseguridad, biocustodia y manejo de derrames. Pide "
     "además un plan de mantenimiento con técnicos locales, un registro de agentes de riesgo, un "
     "protocolo de transporte de muestras desde los departamentos y apoyo para redactar un "
     "reglamento nacional de laboratorios que distinga los niveles de contención. Los "
     "laboratorios de detección de transgénicos del servicio agrícola no forman parte de la "
     "solicitud.",
     ("laboratorios de alta contención", "bioseguridad nivel 3", "NBS-3", "tuberculosis",
      "biocustodia"),
     ("PY",), "2025-01"),
    # --- carbon labels ---------------------------------------------------------------------------
    ("eh22", "case-study", "en",
     "Carbon labels on the supermarket shelf: why a British retailer dropped them and what came "
     "next",
     "In 2007 the Carbon Trust launched a carbon reduction label showing the grams of carbon "
     "dioxide equivalent emitted over a product's life, and in 2008 a large British supermarket "
     "chain promised to put it on all of its 70,000 own-brand products. By 2012, having labelled "
     "about 500, it gave up: each footprint took months of work with suppliers, the numbers "
     "meant little to shoppers without a point of comparison, and few competitors followed. This "
     "case study traces that experience, the PAS 2050 footprinting standard written for it, and "
     "the second wave of carbon labels since 2019, led by plant-based food and drink brands, "
     "restaurant chains and start-ups with traffic-light scores or kilograms of CO2e per "
     "serving, and by university canteen menus. It reviews trials on whether labels change what "
     "people buy, the risk of greenwashing and the need for shared data, and sets product labels "
     "beside the reporting rules for companies' own emissions.",
     ("carbon labels", "product carbon footprint", "consumer information", "supermarkets",
      "climate change mitigation"),
     ("GB",), "2023-03"),
    ("eh23", "document", "fr",
     "De l'indice carbone à l'affichage environnemental : guide de l'étiquetage carbone des "
     "produits en France",
     "En 2008, une enseigne de distribution française a affiché sur ses produits de marque "
     "propre un indice carbone, en grammes de CO2 pour 100 grammes de produit, et le Grenelle de "
     "l'environnement a lancé en 2011 une expérimentation de l'affichage environnemental avec "
     "168 entreprises. Ce guide, destiné aux PME de l'agroalimentaire, de l'habillement et de "
     "l'ameublement, retrace cette histoire et présente ce qui existe aujourd'hui : la base de "
     "données Agribalyse de l'ADEME, les méthodes d'analyse du cycle de vie, l'Éco-score des "
     "applications de consommateurs, le Planet-score et le coût environnemental des vêtements "
     "prévu par la loi Climat et résilience. Il détaille comment calculer l'empreinte carbone "
     "d'un produit, quelles données demander aux fournisseurs, comment afficher une étiquette "
     "carbone sans tomber dans l'écoblanchiment, et ce que la loi interdit désormais, comme "
     "l'allégation « neutre en carbone » sans justification. Les étiquettes énergie des "
     "appareils ménagers sont hors champ.",
     ("étiquetage carbone", "affichage environnemental", "empreinte carbone",
      "information des consommateurs", "analyse du cycle de vie"),
     ("FR",), "2024-02"),
    ("eh24", "project", "es",
     "Etiqueta de huella de carbono para vinos chilenos de exportación: piloto en viñas de "
     "Colchagua y del Maule",
     "Los compradores del Reino Unido, de los países nórdicos y de Canadá piden cada vez más a "
     "las viñas chilenas la huella de carbono de cada botella, y algunos monopolios estatales de "
     "venta de alcohol ya la exigen en sus licitaciones. Este proyecto, de una asociación "
     "gremial de viñas con una universidad y el programa Huella Chile del ministerio del medio "
     "ambiente, calcula la huella de carbono de veinte vinos de pequeñas y medianas viñas de los "
     "valles de Colchagua y del Maule, desde el viñedo hasta el supermercado de destino, y "
     "ensaya una etiqueta con los kilos de CO2 equivalente por botella y un código QR que "
     "explica el cálculo. El vidrio de la botella resulta ser la mayor parte de la huella, "
     "seguido del transporte y de los fertilizantes, por lo que el proyecto prueba botellas "
     "livianas, el envío a granel y el embotellado en destino. También forma a los enólogos en "
     "la norma ISO 14067 y prepara una guía para otras viñas.",
     ("huella de carbono", "etiquetado de carbono", "vino", "exportaciones", "ISO 14067"),
     ("CL",), "2024-08"),
    # --- customs brokers -------------------------------------------------------------------------
    ("eh25", "project", "en",
     "Licensed customs brokers as a first line against illegal imports of waste and chemicals in "
     "the Philippines",
     "In the Philippines customs brokers are a licensed profession: they pass a board "
     "examination and lodge almost every import entry with the Bureau of Customs. After "
     "containers of household garbage declared as plastic scrap for recycling arrived from "
     "abroad between 2013 and 2019, and shipments of banned pesticides and mercury-added "
     "products were found under false descriptions, the environment department, customs and the "
     "brokers' professional organisation started this project. It adds modules on the Basel, "
     "Rotterdam, Stockholm and Minamata conventions, the Montreal Protocol and the national "
     "chemical control orders to the brokers' continuing professional development, gives them a "
     "checklist of goods that need clearances from the environmental management bureau, and sets "
     "up a hotline to ask before lodging a doubtful entry. Brokers who help to misdeclare "
     "shipments risk suspension of their licence. The project counts the entries held for "
     "missing clearances and the misdeclarations detected, and trains brokers' staff in Manila, "
     "Cebu, Subic and Davao.",
     ("customs brokers", "hazardous waste", "chemicals", "illegal traffic",
      "continuing professional development"),
     ("PH",), "2024-05"),
    ("eh26", "document", "fr",
     "Guide à l'usage des commissionnaires en douane agréés : dédouaner produits chimiques, "
     "pesticides et déchets au port de Dakar",
     "Au Sénégal, la plupart des déclarations en détail ne sont pas déposées par les "
     "importateurs eux-mêmes mais par des commissionnaires en douane agréés, les transitaires, "
     "dans le système informatique de la douane. Ce guide, préparé par la direction de "
     "l'environnement et des établissements classés avec la douane et l'union professionnelle "
     "des commissionnaires, leur explique quelles marchandises exigent une autorisation avant "
     "l'enlèvement : pesticides homologués par le Comité sahélien des pesticides, substances "
     "appauvrissant la couche d'ozone et HFC soumis à quotas, mercure et produits contenant du "
     "mercure, produits chimiques inscrits à la Convention de Rotterdam, déchets et équipements "
     "usagés relevant de la Convention de Bâle. Des fiches montrent comment reconnaître une "
     "fausse déclaration, par exemple des fûts de solvants déclarés comme huiles, ou du borax et "
     "de l'acide borique sous une position tarifaire trompeuse, et comment joindre les permis au "
     "guichet unique. Une dernière partie rappelle les sanctions et la responsabilité du "
     "commissionnaire.",
     ("commissionnaires en douane", "transitaires", "dédouanement", "produits chimiques",
      "pesticides"),
     ("SN",), "2024-03"),
    ("eh27", "need", "es",
     "Necesidad: capacitar a los despachantes de aduana de Bolivia en la importación de "
     "mercurio, plaguicidas y refrigerantes",
     "Bolivia importa cada año cientos de toneladas de mercurio, sobre todo para la minería "
     "aurífera cooperativizada del norte de La Paz y del Beni, además de plaguicidas para el "
     "oriente y refrigerantes. Casi todas las importaciones las tramita un despachante de "
     "aduana, pero muchos desconocen las licencias previas del ministerio de medio ambiente y "
     "del servicio de sanidad agropecuaria, y se han detectado partidas de mercurio declaradas "
     "como otros metales y plaguicidas prohibidos con nombres comerciales engañosos. La cámara "
     "de despachantes, con la aduana nacional y el ministerio, solicita apoyo para un curso "
     "virtual y presencial en La Paz, Santa Cruz, Cochabamba y en las fronteras con el Perú y el "
     "Brasil sobre el Convenio de Minamata, el Protocolo de Montreal, los Convenios de Rotterdam "
     "y Estocolmo y las normas nacionales, una guía de bolsillo con las partidas arancelarias y "
     "las licencias, y una mesa de ayuda. Pide además que el curso sea requisito para renovar la "
     "licencia de despachante.",
     ("despachantes de aduana", "mercurio", "plaguicidas", "refrigerantes", "control aduanero"),
     ("BO",), "2025-02"),
    # --- lotteries for the environment -----------------------------------------------------------
    ("eh28", "support-source", "en",
     "National Lottery money for nature: grants of the Heritage Fund for landscapes, habitats "
     "and species",
     "Since 1994 a share of the money spent on National Lottery tickets in the United Kingdom "
     "has gone to good causes, and the National Lottery Heritage Fund has used part of it for "
     "the natural heritage: nature reserves bought by wildlife trusts, landscape partnerships, "
     "peatland and meadow restoration, and species recovery projects. This page presents the "
     "current funding offer for nature: grants from £10,000 to £250,000 open to community "
     "groups, charities and local authorities, larger grants of up to £10 million, and targeted "
     "programmes for nature recovery and for young people. It explains eligibility, the outcomes "
     "expected (nature in better condition, more people involved, stronger organisations), match "
     "funding, and how the fund's strategy to 2033 makes protecting the environment one of its "
     "four investment principles. Applicants in Scotland, Wales and Northern Ireland apply "
     "through their nation's team. Other lotteries that fund environmental charities, such as "
     "the postcode lotteries, are listed for comparison.",
     ("lotteries", "National Lottery", "grants", "nature recovery", "conservation funding"),
     ("GB",), "2024-04"),
    ("eh29", "case-study", "fr",
     "Les bénéfices de la Loterie Romande et les associations de protection de l'environnement "
     "en Suisse romande",
     "En Suisse, la loi sur les jeux d'argent veut que les bénéfices des loteries et des paris "
     "sportifs soient entièrement affectés à des buts d'utilité publique. En Suisse romande, la "
     "Loterie Romande les verse aux organes de répartition des six cantons, qui soutiennent "
     "chaque année des centaines de projets culturels, sociaux, sportifs et environnementaux. "
     "Cette étude de cas examine dix ans de soutien aux associations de protection de la nature "
     "et de l'environnement : sentiers didactiques, centres nature, inventaires d'amphibiens, "
     "revitalisation de mares, éducation à l'environnement dans les écoles, mais aussi ateliers "
     "de réparation et projets de réduction des déchets. Elle analyse les critères de sélection, "
     "les montants, la part de l'environnement face à la culture et au social, et la dépendance "
     "de petites associations à ce financement. Elle discute enfin les débats sur l'argent du "
     "jeu, l'addiction et la publicité, et compare avec les loteries nationales d'autres pays "
     "européens qui financent des ONG environnementales.",
     ("loteries", "Loterie Romande", "financement des associations",
      "protection de l'environnement", "utilité publique"),
     ("CH",), "2023-09"),
    ("eh30", "need", "es",
     "Necesidad: estudio para una lotería con fines ambientales que financie las áreas naturales "
     "protegidas del Perú",
     "Las áreas naturales protegidas del Perú dependen del presupuesto público, de la "
     "cooperación y de un fondo fiduciario, y muchas tienen apenas un guardaparque por cada "
     "decenas de miles de hectáreas. El ministerio del ambiente, con el servicio nacional de "
     "áreas naturales protegidas, quiere explorar una fuente nueva: una lotería o sorteo "
     "periódico cuyos beneficios se destinen a la conservación, a la gestión de residuos en las "
     "ciudades y a la educación ambiental, siguiendo ejemplos como las loterías de código postal "
     "de los Países Bajos y del Reino Unido. Solicita apoyo para un estudio de factibilidad: "
     "marco legal de los juegos de azar y de las loterías de beneficencia, estimación de ventas "
     "y de los fondos que se generarían, modelos de gobernanza y transparencia para asignar los "
     "recursos, riesgos de ludopatía y de depender de un ingreso incierto, y opciones de alianza "
     "con operadores existentes. Pide también una consulta con organizaciones de la sociedad "
     "civil y municipios.",
     ("loterías", "financiamiento de la conservación", "áreas naturales protegidas",
      "juegos de azar", "fondos ambientales"),
     ("PE",), "2024-11"),
)  # fmt: skip
