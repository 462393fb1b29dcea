"""Clearing-house records of the hundred-and-thirty-eighth judged relevance set
(tests/search/relevance/queries138.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to
its queries, in the style of the pages of real clearing-house mechanisms: chemicals and water
pages on the gadolinium of MRI contrast agents (a dataset of the anthropogenic gadolinium of
the Spree, the Havel, the Teltow Canal and the drinking water of Berlin, Germany; a project of
the hôpitaux universitaires de Genève to collect the urine of patients in poches urinaires
after an IRM, so that the gadolinium of the produits de contraste stays out of the Arve,
the Rhône and the Léman, Switzerland; a need to measure the gadolinio of the medios de
contraste de resonancia magnética in the Mapocho, the Maipo and the drinking water of
Santiago, Chile); waste pages on used oil filters (a guide, a document, on hot-draining,
crushing and recycling the used oil filters of garages and fleet workshops, Auckland, New
Zealand; an offer, a support source, of free collection of the filtres à huile usagés of the
garages and workshops of Québec under extended producer responsibility, Canada; a project to
collect the filtros automotrices, the filtros de aceite usados, of the talleres mecánicos of
Guadalajara, Mexico); pollution and health pages on selenium (a case study of the seleniferous
soils and the selenosis of the villages of Nawanshahr and Hoshiarpur, Punjab, India; a dataset
of the sélénium leached from the waste rock of the coal mines of the vallée de l'Elk into
the rivers, the Koocanusa reservoir and the eggs of fish, British Columbia, Canada; a taller,
an event, on the selenio of the suelos seleníferos, the forage and the aljibes of Boyacá and
on the selenosis of cattle and people, Colombia); waste pages on used tennis balls (a webinar,
an event, on collecting Australia's used tennis balls and grinding them into crumb rubber,
padel and pickleball balls included, Australia; a project of the French tennis federation to
collect the balles de tennis usagées of clubs and turn them into sols sportifs, France; a case
study of the pelotas de pádel y de tenis thrown away by the clubs of the Comunidad de Madrid,
Spain); energy pages on sand batteries (a project of a sand battery of crushed soapstone feeding
the district heating of Pornainen, Finland; an offer of feasibility studies for batteries de
sable, the stockage de chaleur in sand or crushed rock, for réseaux de chaleur and industry,
by an energy technical centre of Grenoble, France; a need for a batería de arena o de roca
to feed a calefacción distrital in Coyhaique and leave damp firewood behind, Chile); product
safety and enforcement pages on teeth whitening (a case study of five years of prosecutions
of illegal tooth whitening in beauty salons, England, United Kingdom; a guide, a document,
of the consumer protection authority on the blanchiment des dents of the bars à sourire and
of kits sold online, France; a jornada, an event, on the blanqueamiento dental done without a
dentist in centros de estética and the peróxido de hidrógeno of kits sold online, Spain);
health pages on waterproofing sprays (a dataset of the lung injuries from waterproofing and
impregnation sprays reported to the poison information centre of Denmark; a fiche, a document,
of the centre antipoisons on the sprays imperméabilisants, also called imprégnateurs or
hydrofuges, Belgium; a need to watch the poisonings by impermeabilizantes en aerosol for shoes
and clothes, Uruguay); air pollution pages on restaurant cooking fumes (a guide, a document,
on the oily smoke and cooking odour of commercial kitchens, Hong Kong; a project against the
fumées de cuisson of the dibiteries, the small restaurants and the grillades de rue of Dakar,
Senegal; a case study of the humo of the charcoal ovens of the pollerías of Lima and of the
ordinances that make them filter it, Peru); occupational health pages on green tobacco sickness
(a guide, a document, for the farmworkers and growers of North Carolina, United States; a need
to prevent the maladie du tabac vert, an intoxication nicotinique, of the day labourers of the
tobacco plantations of the East region of Cameroon; a dataset of the enfermedad del tabaco
verde, the borrachera del tabaco, of the tabacaleros of Misiones, Argentina); and household
energy pages on ethanol cookstoves (a case study of the ethanol cookstoves and fuel ATMs of
Nairobi's low-income neighbourhoods, Kenya; a project of réchauds à éthanol to replace
charcoal in the households of Antananarivo, Madagascar; an offer, a support source, of cocinas
a etanol and cane ethanol for the comedores comunitarios and families of Paraguay). English,
French and Spanish, 10 records each, every topic written once in each language (different
countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records137.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (gadolinium, gadolinio, contrast agent, contrast media,
produits de contraste, medios de contraste, iodinated, iodés, yodados, MRI, IRM, resonancia
magnética, radiology, radiologie, pharmaceutical residues, résidus de médicaments,
residuos de fármacos, micropolluants, contaminantes emergentes, rare earth, terres rares,
tierras raras; oil filter, filtre à huile, filtro de aceite, filtros automotrices, used oil,
huiles usagées, aceites usados, SOGHU, SIGAUS, garage, taller; selenium, sélénium, selenio,
selenosis, sélénose, seleniferous, Kesterson, Elk Valley, coco de mono; tennis, tenis,
padel, pádel, golf ball, balles, pelotas, crumb rubber, artificial turf, gazon synthétique,
césped artificial; sand battery, batterie de sable, batería de arena, heat storage, stockage
de chaleur, stockage thermique, almacenamiento térmico, almacenamiento de calor, thermal energy
storage, district heating, réseau de chaleur, calefacción distrital, Pornainen, Kankaanpää,
soapstone, Coyhaique; whitening, blanchiment, blanqueamiento, peroxide, peroxyde, peróxido,
bar à sourire, smile bar, dental, dentaire, dientes, teeth; waterproofing, imperméabilisant,
impermeabilizante, hydrofuge, impregnation, spray, aérosol, aerosol, Magic Nano; restaurant,
restaurante, cooking fumes, fumées de cuisson, humo de cocina, salida de humos, hotte,
extractor, grill, parrilla, pollería, anticuchería, dibiterie, tandoor, charbroil; green
tobacco, tabac vert, tabaco verde, nicotine, nicotina, cotinine, tobacco farm, tabacalero,
burley, Misiones, Batouri, North Carolina; ethanol, éthanol, etanol, bioethanol, bioéthanol,
bioetanol, cookstove, réchaud, cocina a etanol, alcohol stove, réchaud à alcool, estufa de
alcohol, fuel ATM, KOKO, Gaia, CleanStar).

Screened and dropped as covered: antimony (no records page, but the golden page on the antimony
element, which names Bolivia among its producers, would be relevant), artificial flowers on
graves (no hit, but next to the cemetery waste of the grave candle pages fg22-fg24, whose
fg23 names the fleurs en plastique thrown into the cemetery skips), oilfield produced water
(the flowback and agua de retorno of the fracking pages cd10-cd12 and the drilling muds
be16-be18), greenwashing (the écoblanchiment of the carbon label pages eh22 and eh23 and
the misleading biodegradable claims of cd17 and cd18), bamboo-melamine tableware (bl17),
the phase-out of incandescent bulbs (next to the fluorescent lamp and LED pages o28-o30
and the bulb exchange programmes screened by set 118), colloidal silver and nanosilver (the
ceramic water filters ex19-ex21 and the nanomaterials primer x13), DNP slimming pills (the
golden dinitrophenol page, which names its use as a diet pill), tres pasitos and other street
rat poisons (next to the anticoagulant rodenticides ct04-ct06 and the illegal pesticides),
camphor (the mothball page bp07), DBCP (ef04-ef06), chlorine dioxide cures (br07-br09),
cytotoxic drugs (eb07-eb09), ethylene oxide (bq07-bq09), disinfection tunnels (cp10-cp12),
fluorinated ski wax (dn25-dn27), thermal paper (dj04-dj06), electric cooking and induction
hobs (cl19-cl21), solar carports (ef16-ef18), electric boats (cx16-cx18), small wind turbines
(eb19-eb21), cryptocurrency mining (cn07-cn09), mosquito coils (bc19-bc21), glue sniffing
(db04-db06) and shisha lounges (dd04-dd06), besides the topics of sets 42 to 137 and those
their docstrings list as covered; screened with no or passing hits but not chosen: thallium
(no hit, but hardly any page in French or Spanish), teething gels with benzocaine (no hit,
a medicines topic), stone crushing units (next to the quarry blasting pages ey25-ey27), khat
(no hit, an agriculture topic), toothbrushes and drip bags (no hit, but few pages), and water
fluoridation (no hit, but a water topic next to the fluorosis pages x04-x06).

No earlier record is judged relevant to a query of this set. The nearest are passing or
about other things, all 0: the pharmaceutical residues in water (v10-v12), the silver of the
X-ray films of radiology departments (ey19-ey21), the rare earth pages (dr04-dr06) and the
resonancia magnética with which the honey page fa27 detects adulteration, no gadolinium; the
used lubricating oils (x28-x30), the huile de vidange of fk20, the lead-laden filtres et huiles
usagées of the aeroclubs of cj02, the particle filters removed by emissions tampering (el26,
el27), the used cooking oil collected from restaurants (i25-i27) and the scrap metal pages, no
used oil filter; the coal ash pond of Singrauli (bb10), which names selenium among the metals
found in its reservoir, the fluorosis pages (x04-x06) and the arsenic in groundwater pages,
no selenium page; the artificial turf and rubber infill pages (ch16-ch18), the tyre pages and
the hailstones the size of golf balls of bw25, no tennis ball; the concentrated solar power
plants and their molten salt storage (dl16-dl18), the solar heat for industry (fk13-fk15),
whose fk14 stores the heat of its solar plant, the district heating pages (cj13-cj15), the mine
water heat (en16-en18), the heat pumps that replace wood stoves in Coyhaique and Temuco (ca21),
the foundry sand pages (ey16-ey18), the white-sand forests (fl28-fl30) and the arena para gatos
of fk30, no sand battery; the chlorine dioxide cures (br07-br09), the dental amalgam page n01,
the beryllium of dental technicians (fg10-fg12), the counterfeit cosmetics (fk25-fk27), the
nail salons (bn25-bn27) and the golden hydrogen peroxide page, which names the bleaching of
hair, no teeth whitening; the fluorinated ski wax (dn25-dn27), the PFOA of textile finishing
(q21), the household insecticide aerosols (bc19-bc21), the leftover paint and aerosol cans
(dr01-dr03), the inhalants (db04-db06), the dimethyl fumarate of shoes (ep05, ep06) and the
golden oleic acid and DNT pages, which name waterproofing agents, no waterproofing spray; the
household air pollution and cookstove pages, the shisha lounges (dd04-dd06), the incense pages
(cj07-cj09), the used cooking oil of restaurants (i25-i27) and the acrylamide of the fries
of the pollerías of Lima (dr24), no restaurant smoke; the tobacco curing barns (er16-er18),
whose er16 leaves green tobacco sickness to other programmes, the smokeless tobacco pages
(eu25-eu27), the illicit tobacco trade (ey01-ey03), the pesticide poisoning pages and the golden
tobacco flavour and tobacco yield pages, no green tobacco sickness; and the electric cooking
pages (cl19-cl21), the improved cookstoves (w28-w30), the LPG pages, the fuel ethanol pages
(dp13-dp15), the vinasse of bj12, the alcohol-to-jet fuel of ch28, the methanol poisonings
(bc16-bc18), the solar cookers (bz19-bz21) and the golden ethanol page, which names ethanol
as a motor fuel, no ethanol cookstove.

records134.py, records135.py, records136.py and records137.py (ids fk.., fl.., fm.. and fn..),
the most recent earlier files, were searched like the others: their only hits on this set's words
are the heat stored by the solar plant of fk14, the household stoves of fk19, the restaurants
and cafés whose coffee grounds fk22-fk24 collect, the méthanol of the fake perfumes of fk26,
the arena para gatos of fk30, the white-sand forests fl28-fl30, the cassava ethanol of fm01,
the restaurant owners of the matsutake festival of fm16 and the pozo impermeable of fn03; none
of their records answers a query of this set. records139.py, records140.py and records141.py
(ids fp01..fp30, fq01..fq30 and fr01..fr30), written at the same time by other engineers on
biodiversity, on agriculture, fisheries, forestry, food and land, and on water, oceans and
coasts, climate adaptation, cities, disasters and capacity building, are not part of this
set's pool, and no query of this set was judged against them.

Traps: the iodinated X-ray contrast media, the bank filtration wells and the rare earth element
of fo01 (0 to pharmaceutical residues and rare earths); the produits de contraste iodés, the
micropolluants and the ordures ménagères incinérées of fo02 (0 to pharmaceutical residues
and waste incineration); the hortalizas irrigated with river water, the tierras raras and the
arsénico and cobre of the drinking water of fo03 (0 to arsenic and copper); the scrap metal
loads, the used oil, the coolant and the brake fluid of fo04 (0 to used oils and scrap metal);
the huiles and their contenants, the écocentres, the régénération and the filtres à air et
à carburant of fo05 (0 to used oils); the chatarreros, the coprocesamiento in cement kilns,
the acumuladores and the llantas of fo06 (0 to lead-acid batteries, tyres and co-processing);
the paddy fields, the wheat and fodder and the arsenic and uranium of the groundwater of fo07
(0 to arsenic and uranium in water); the charbon métallurgique, the aciéries, the nitrates,
the truite fardée and the calcite of fo08 (0 to coal mining and steel); the ganado, the
aljibes and the minas de carbón y de fosfatos of fo09 (0 to coal and phosphate mining);
the crumb rubber, the dogs, the playground underlays and the artificial grass infill of fo10
(0 to artificial turf and tyres); the tubes en plastique, the emballages and the granulés
de pneus of synthetic football pitches of fo11 (0 to artificial turf and packaging); the
neumáticos, the parques infantiles, the protectoras de animales and the envases ligeros of
fo12 (0 to tyres and packaging); the coal, peat, wood chips, oil boiler and sewage heat pumps
of fo13 (0 to district heating, peat and sewage heat recovery); the sables de fonderie, the
déchets de carrière, the chaleur industrielle and the sels fondus of the centrales solaires
thermodynamiques of fo14 (0 to foundry sand, solar heat for industry and concentrated solar
power); the leña húmeda, the estufas, the material particulado, the centrales hidroeléctricas
and the parques eólicos of fo15 (0 to wood stoves and district heating); the chlorine dioxide,
the sodium perborate, the contact lenses and the dermal fillers of fo16 (0 to chlorine dioxide
cures); the lampes à LED, the gouttières and the dentifrices of fo17; the peluquerías,
the cosméticos, the carillas and the ortodoncia of fo18 (0 to cosmetics and hairdressers);
the fluorinated polymers, the ski wax and the insect repellent sprays of fo19 (0 to PFAS, ski
wax and insecticides); the aérosols, the cires, the bombes de peinture and the laque of fo20
(0 to leftover paint); the zapaterías, the talleres de cuero, the aduanas, the insecticidas
domésticos en aerosol and the solventes de los pegamentos of fo21 (0 to household insecticides
and inhalants); the charcoal grilling, the activated carbon filters, the grease traps and the
waste cooking oil of fo22 (0 to used oil filters and used cooking oil); the charbon de bois,
the poisson braisé and the fours des boulangeries of fo23 (0 to charcoal and cookstoves);
the carbón vegetal, the leña, the parrillas, the anticucherías and the algarrobos of the
bosques secos of fo24 (0 to charcoal production and dry forests); the heat stroke, the pesticide
poisoning, the rain suits and the H-2A workers of fo25 (0 to pesticides and heat stress); the
ombrière, the paludisme, the pesticides, the tenues imperméables, the travail des mineurs
and the fours de séchage of fo26 (0 to tobacco curing barns, solar carports, child labour
and waterproofing sprays); the ropa impermeable, the agroquímicos and the malformaciones
of fo27 (0 to pesticides and waterproofing sprays); the charcoal, kerosene, carbon monoxide,
carbon credits and liquefied petroleum gas of fo28 (0 to charcoal, LPG and carbon markets);
the eucalyptus, the charbon de bois, the boissons alcoolisées and the foyers améliorés of
fo29 (0 to improved cookstoves and methanol); and the leña, the carbón, the garrafas, the
nafta, the gas licuado, the biodigestores and the cocinas solares of fo30 (0 to fuel ethanol,
biogas and solar cookers). For the country and exclusion queries: fo01 names only Germany,
through Berlin, the Spree and the Havel and its country code; fo02 only Switzerland (Genève,
the Arve, the Rhône and the Léman); fo03 only Chile, through Santiago, the Mapocho and the
Maipo and its country code; fo04 only New Zealand (Auckland); fo05 only Canada (Québec); fo06
only Mexico (Guadalajara); fo07 only India (Punjab); fo08 Canada (the Colombie-Britannique),
with the Montana, a state of the United States, reached by the reservoir, and the aciéries
d'Asie; fo09 only Colombia (Boyacá); fo10 only Australia; fo11 only France; fo12 only Spain
(the Comunidad de Madrid); fo13 only Finland (Pornainen, Helsinki); fo14 only France (Grenoble);
fo15 only Chile, through Coyhaique and Aysén and its country code; fo16 only the United Kingdom
(England); fo17 only France (and the Union européenne); fo18 only Spain; fo19 only Denmark;
fo20 only Belgium; fo21 only Uruguay (Montevideo); fo22 only Hong Kong; fo23 only Senegal
(Dakar); fo24 only Peru, through Lima, Miraflores and San Borja and its country code; fo25
only the United States (North Carolina); fo26 only Cameroon (Batouri, Bertoua); fo27 only
Argentina, through Misiones and its country code; fo28 only Kenya, through Nairobi, Kibera,
Kawangware and Mathare and its country code; fo29 only Madagascar (Antananarivo); fo30 only
Paraguay (Guairá). Coal is named by fo08 (charbon) and fo09 (carbón), not by fo07; the phrase
"green tobacco sickness" is written by fo25 and fo27 only (fo26 writes maladie du tabac vert);
"bars à sourire" by fo17 only; "pollo a la brasa" by fo24 only; padel balls are named by fo12,
about them, and by fo10, whose webinar also covers them, not by fo11.

Ids (fo01..fo30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
fk01..fk30, fl01..fl30, fm01..fm30, fn01..fn30), and no earlier id starts with "fo".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- gadolinium from MRI contrast agents (anthropogenic gadolinium in water) -----------------
    ("fo01", "dataset", "en",
     "Anthropogenic gadolinium from MRI contrast agents in Berlin's rivers, lakes and tap water, "
     "2008-2024",
     "Gadolinium-based contrast agents are injected into patients before many magnetic resonance "
     "imaging (MRI) scans to sharpen the images. They leave the body in urine within a day, pass "
     "almost unchanged through sewage treatment plants and end up in rivers, where the excess over "
     "the natural background of this rare earth element can be measured as anthropogenic "
     "gadolinium. Berlin, with many hospitals and radiology practices and rivers that carry a high "
     "share of treated wastewater, has some of the highest values recorded. This dataset, compiled "
     "by a university geochemistry group with the city's water utility, gives monthly "
     "concentrations of total and anthropogenic gadolinium in the Spree, the Havel, the Teltow "
     "Canal and several lakes, in the effluents of four treatment plants, and in raw and treated "
     "drinking water from bank filtration wells, together with the number of MRI examinations in "
     "the city each year. Iodinated X-ray contrast media, measured in the same samples, are "
     "published separately.",
     ("anthropogenic gadolinium", "MRI contrast agents", "rivers", "drinking water", "datasets"),
     ("DE",), "2025-02"),
    ("fo02", "project", "fr",
     "Projet : recueillir l'urine des patients après une IRM pour retenir le gadolinium avant le "
     "Rhône",
     "Les produits de contraste à base de gadolinium, injectés lors de nombreux examens d'imagerie "
     "par résonance magnétique (IRM), sont éliminés par les reins en quelques heures. Les stations "
     "d'épuration ne les retiennent pas, et le gadolinium d'origine médicale se retrouve dans "
     "l'Arve, le Rhône et le Léman, où sa concentration augmente depuis vingt ans. Ce projet des "
     "hôpitaux universitaires de Genève, avec le service cantonal de l'écologie de l'eau et deux "
     "instituts de radiologie privés, remet aux patients ambulatoires des poches urinaires "
     "contenant un gélifiant, à utiliser aux toilettes pendant les 24 heures qui suivent l'examen "
     "puis à jeter avec les ordures ménagères, qui sont incinérées. Il mesure la part des patients "
     "qui acceptent, la quantité de gadolinium retenue et le coût, et teste la récupération du "
     "gadolinium dans l'urine des patients hospitalisés. Les produits de contraste iodés du "
     "scanner et les autres résidus de médicaments visés par le traitement des micropolluants ne "
     "sont pas concernés.",
     ("gadolinium", "produits de contraste", "IRM", "micropolluants", "projets"),
     ("CH",), "2024-11"),
    ("fo03", "need", "es",
     "Necesidad: medir el gadolinio de los medios de contraste de resonancia magnética en el "
     "Mapocho y el agua potable de Santiago",
     "En Santiago se realizan cada año cientos de miles de resonancias magnéticas, y en muchas se "
     "inyecta un medio de contraste con gadolinio que el paciente elimina por la orina en pocas "
     "horas. Las plantas de tratamiento de aguas servidas no lo retienen, y el agua tratada vuelve "
     "al río Mapocho y al Maipo, que riegan hortalizas y abastecen en parte el agua potable de la "
     "ciudad. Nadie ha medido todavía cuánto gadolinio antropogénico llevan estos ríos. La "
     "superintendencia de servicios sanitarios, con una universidad y el instituto de salud "
     "pública, solicita apoyo para acceder a un espectrómetro de masas con plasma acoplado "
     "(ICP-MS), formar analistas en la medición de tierras raras, diseñar una campaña de muestreo "
     "aguas arriba y aguas abajo de las plantas y de los grandes hospitales, y evaluar con los "
     "radiólogos el uso de dosis menores y de agentes más estables. El arsénico y el cobre del "
     "agua potable, vigilados por otros programas, quedan fuera de la solicitud.",
     ("gadolinio", "medios de contraste", "resonancia magnética", "calidad del agua",
      "necesidades"),
     ("CL",), "2025-03"),
    # --- used oil filters (draining, collection and recycling) -----------------------------------
    ("fo04", "document", "en",
     "Guide: draining, crushing and recycling used oil filters in garages and fleet workshops",
     "A used oil filter from a car or truck still holds up to a third of a litre of engine oil, "
     "trapped in its paper element and steel can, and a busy workshop changes hundreds a month. "
     "Thrown whole into the general waste bin, the filters end up in landfill, where the oil seeps "
     "out, or in scrap metal loads that smoke in the furnace. This guide, published by Auckland's "
     "regional council with the motor trade association and a licensed recycler, explains how to "
     "hot-drain filters upside down for at least twelve hours, pierce the dome, crush them with a "
     "pneumatic press, store them in covered, bunded bins and hand them to an approved collector "
     "who separates the steel for smelting from the oily paper, which is burned for energy. It "
     "covers the filters of motorcycles, farm machinery and boats, the records to keep and the "
     "fines for dumping. Used oil itself, coolant and brake fluid are covered by other guides.",
     ("used oil filters", "automotive workshops", "hazardous waste", "scrap metal recycling",
      "guidance"),
     ("NZ",), "2024-08"),
    ("fo05", "support-source", "fr",
     "Offre : la collecte gratuite des filtres à huile usagés pour les garages et les ateliers du "
     "Québec",
     "Au Québec, les filtres à huile usagés font partie, avec les huiles et leurs contenants, des "
     "produits visés par la responsabilité élargie des producteurs : ceux qui les mettent en "
     "marché financent leur récupération. L'organisme de gestion agréé offre aux garages, aux "
     "concessionnaires, aux centres de vidange rapide, aux ateliers municipaux et aux fermes une "
     "collecte sans frais dès qu'ils ont rempli un baril de filtres, ainsi que des points de dépôt "
     "dans les écocentres pour les particuliers qui font leur vidange eux-mêmes. Il fournit les "
     "barils, conseille sur l'égouttage et le stockage à l'abri de la pluie et remet un bordereau "
     "de traçabilité. Les filtres sont broyés dans une usine qui sépare l'huile résiduelle, "
     "envoyée à la régénération, l'acier, refondu en aciérie, et le papier filtrant, valorisé "
     "comme combustible. Les filtres à air et à carburant, qui ne contiennent pas d'huile, ne sont "
     "pas acceptés.",
     ("filtres à huile usagés", "responsabilité élargie des producteurs", "garages", "recyclage",
      "offres"),
     ("CA",), "2025-01"),
    ("fo06", "project", "es",
     "Proyecto: recolección de filtros automotrices usados en los talleres mecánicos de "
     "Guadalajara",
     "En la zona metropolitana de Guadalajara funcionan miles de talleres mecánicos, lubricentros "
     "y refaccionarias, y la mayoría tira los filtros de aceite usados al camión de la basura o "
     "los vende a chatarreros que los queman para recuperar el metal. Cada filtro conserva aceite "
     "lubricante usado, con metales y otros contaminantes, que escurre en los tiraderos o arde al "
     "aire libre. Este proyecto de la secretaría estatal de medio ambiente, con los municipios "
     "metropolitanos, una cámara de talleres y una empresa autorizada para residuos peligrosos, "
     "registra a 600 talleres como pequeños generadores, les entrega contenedores y escurridores, "
     "organiza una ruta de recolección mensual y lleva los filtros a una planta que los tritura, "
     "separa el aceite para coprocesamiento en hornos de cemento y vende el acero a una fundidora. "
     "Mide los filtros recuperados por taller y las quemas evitadas. Los acumuladores usados y las "
     "llantas de desecho, que los mismos talleres generan, tienen su propio plan de manejo.",
     ("filtros de aceite usados", "talleres mecánicos", "residuos peligrosos",
      "reciclaje de acero", "proyectos"),
     ("MX",), "2024-10"),
    # --- selenium (seleniferous soils, selenosis and selenium from coal mines) -------------------
    ("fo07", "case-study", "en",
     "Selenium-rich soils of north-east Punjab: selenosis in the villages and fields of Nawanshahr "
     "and Hoshiarpur",
     "In a belt of villages in the Nawanshahr and Hoshiarpur districts of Punjab, soils formed "
     "from the deposits of seasonal streams coming down from the Siwalik hills are naturally rich "
     "in selenium, and irrigation with groundwater and the flooding of paddy fields move it up "
     "into crops. Wheat, mustard and fodder grown there can hold many times the usual level, and "
     "villagers have suffered hair loss, brittle and lost nails and skin lesions, the signs of "
     "selenosis, while cattle have gone lame. This case study, by the state agricultural "
     "university with the health department, traces two decades of surveys of soil, water, grain, "
     "hair and nails, and what was done: mapping the affected fields, advising farmers to replace "
     "paddy with other crops, mixing in grain from other areas and stopping the sale of "
     "selenium-rich fodder as a supplement. Arsenic and uranium in the groundwater of the "
     "south-west of the state are studied separately.",
     ("selenium", "selenosis", "seleniferous soils", "groundwater irrigation", "case studies"),
     ("IN",), "2024-07"),
    ("fo08", "dataset", "fr",
     "Sélénium en aval des mines de charbon de la vallée de l'Elk : eau, insectes, poissons et "
     "œufs, 2012-2024",
     "Dans la vallée de l'Elk, au sud-est de la Colombie-Britannique, cinq grandes mines à ciel "
     "ouvert extraient du charbon métallurgique pour les aciéries d'Asie. Les pluies et la neige "
     "fondue qui traversent les immenses haldes de stériles lessivent le sélénium des roches, et "
     "sa concentration a fortement augmenté dans la rivière Elk et dans le réservoir Koocanusa, "
     "qui s'étend jusqu'au Montana. Chez les poissons, le sélénium passe dans les œufs et provoque "
     "des malformations des larves et des échecs de reproduction, notamment chez la truite fardée "
     "versant de l'ouest. Ce jeu de données, publié par le ministère fédéral de l'environnement "
     "avec la province et la nation ktunaxa, rassemble les concentrations de sélénium et de "
     "nitrates mesurées dans l'eau, les sédiments, les insectes, les tissus et les œufs de "
     "poissons à 120 stations, ainsi que les rendements des usines de traitement de l'eau des "
     "mines. La calcite qui colmate le lit des cours d'eau est décrite dans un autre rapport.",
     ("sélénium", "mines de charbon", "qualité de l'eau", "poissons", "jeux de données"),
     ("CA",), "2025-04"),
    ("fo09", "event", "es",
     "Taller: selenio en suelos, forrajes y aguas de Boyacá, riesgos para el ganado y las personas",
     "En algunas veredas de Boyacá, sobre todo alrededor de Villa de Leyva, Sáchica y Sutamarchán, "
     "los suelos derivados de lutitas negras del Cretácico son seleníferos: acumulan selenio que "
     "pasa a los pastos, a ciertas plantas llamadas acumuladoras y al agua de los aljibes. Desde "
     "hace décadas se describen allí animales con pérdida de pelo y de cascos, y personas con "
     "caída del cabello y de las uñas, signos de la selenosis. Este taller, organizado por la "
     "gobernación con una universidad pública, el instituto agropecuario y la secretaría de salud, "
     "reúne a veterinarios, médicos, productores y laboratorios para presentar los mapas de "
     "selenio en suelos y forrajes, los análisis de cabello y uñas de habitantes, las "
     "recomendaciones de manejo de potreros y de agua, y los métodos de laboratorio disponibles en "
     "el país. Las minas de carbón y de fosfatos del departamento, que también pueden liberar "
     "selenio, se tratarán en una segunda sesión.",
     ("selenio", "selenosis", "suelos seleníferos", "ganadería", "eventos"),
     ("CO",), "2025-05"),
    # --- used tennis and padel balls (collection and rubber recycling) ---------------------------
    ("fo10", "event", "en",
     "Webinar: giving Australia's used tennis balls a second life, from crumb rubber to court "
     "surfaces",
     "Australian clubs, coaching programmes and tournaments get through millions of pressurised "
     "tennis balls a year, and most go flat within weeks. Made of natural and synthetic rubber "
     "covered with a wool and nylon felt that is glued on, they are hard to recycle, and nearly "
     "all end up in landfill, where they take decades to break down. This webinar, organised by "
     "the national tennis federation with a product stewardship organisation and a university "
     "materials engineering group, presents collection bins in clubs and shops, trials that grind "
     "the balls into rubber crumb for playground and court underlays, the separation of felt from "
     "rubber, machines that re-pressurise balls to extend their life, and the pressureless balls "
     "used in coaching. Speakers will discuss the habit of giving old balls to dogs, whose teeth "
     "the abrasive felt wears down, and invite clubs to join a national collection trial. Padel "
     "and pickleball balls, now sold in growing numbers, will also be covered. Artificial grass "
     "courts and their infill are left to another session.",
     ("tennis balls", "rubber waste", "recycling", "sports clubs", "events"),
     ("AU",), "2025-03"),
    ("fo11", "project", "fr",
     "Projet : collecter les balles de tennis usagées des clubs pour en faire des sols sportifs",
     "Chaque année, les clubs de tennis français utilisent des millions de balles, dont la "
     "pression baisse en quelques heures de jeu ; la plupart finissent à la poubelle, puis en "
     "décharge ou en incinération. La fédération française de tennis, avec une entreprise de "
     "recyclage du caoutchouc et les ligues régionales, organise la collecte des balles usagées "
     "dans les clubs, les tournois et les magasins de sport, avec des tubes et des cartons de "
     "collecte, puis leur broyage : le caoutchouc et le feutre broyés servent à fabriquer des sols "
     "sportifs souples, posés notamment dans des salles et sur des terrains accessibles aux "
     "personnes handicapées, et des tapis amortissants. Le projet compte les tonnes collectées par "
     "ligue, la participation des clubs et les sols réalisés, et teste à l'école de tennis des "
     "balles sans pression, plus durables. Les tubes en plastique des balles, recyclés avec les "
     "emballages, et les granulés de pneus des terrains de football synthétiques relèvent d'autres "
     "filières.",
     ("balles de tennis", "recyclage du caoutchouc", "clubs sportifs", "déchets", "projets"),
     ("FR",), "2024-12"),
    ("fo12", "case-study", "es",
     "Estudio de caso: qué hacer con las pelotas de pádel y de tenis usadas en los clubes de la "
     "Comunidad de Madrid",
     "España es el país con más jugadores y pistas de pádel del mundo, y cada partido gasta "
     "pelotas presurizadas que en pocas semanas pierden el bote. Sumando el tenis, los clubes de "
     "la Comunidad de Madrid tiran cada año varios millones de pelotas, de caucho recubierto de "
     "fieltro, al contenedor de resto. Este estudio de caso, elaborado por una universidad "
     "politécnica con la federación madrileña de pádel, una empresa de reciclaje de neumáticos y "
     "varios ayuntamientos, sigue dos años de recogida en 90 clubes con contenedores propios, el "
     "triturado de las pelotas y la separación del fieltro, el uso del caucho en pavimentos de "
     "parques infantiles y en bases de pistas, y la donación de pelotas aún útiles a escuelas y a "
     "protectoras de animales. Compara costes, toneladas recuperadas y emisiones evitadas, y la "
     "disposición de los jugadores a separar. Concluye que hace falta un sistema de "
     "responsabilidad ampliada del productor para las pelotas. Los botes de plástico y sus tapas "
     "se gestionan con los envases ligeros.",
     ("pelotas de pádel", "pelotas de tenis", "reciclaje de caucho", "clubes deportivos",
      "estudios de caso"),
     ("ES",), "2025-02"),
    # --- sand batteries (storing electricity as heat in sand or crushed rock) --------------------
    ("fo13", "project", "en",
     "Project: a sand battery storing cheap wind and solar power as heat for a Finnish town's "
     "district heating",
     "Finland's towns heat their homes through district heating networks that once burned coal, "
     "peat and wood chips. In Pornainen, a small town north of Helsinki, the local heating company "
     "and a start-up have built a sand battery: an insulated steel silo some 13 metres high, "
     "filled with crushed soapstone left over from a fireplace factory, which is heated to about "
     "500 degrees with electricity bought when wind and solar power make it cheap. The stored heat "
     "is drawn off through pipes of circulating air into the hot water of the network over days "
     "and weeks, replacing the wood-chip boiler for most of the year and leaving an oil boiler for "
     "cold snaps. The project, supported by a national energy aid programme, reports the heat "
     "stored and delivered, the losses, the electricity prices paid, the emissions avoided and the "
     "cost per megawatt-hour, to help other municipalities decide. The heat pumps that draw on "
     "treated sewage in larger Finnish cities are left aside.",
     ("sand batteries", "thermal energy storage", "district heating", "renewable electricity",
      "projects"),
     ("FI",), "2025-01"),
    ("fo14", "support-source", "fr",
     "Offre : études de faisabilité pour stocker la chaleur dans des batteries de sable, pour les "
     "réseaux de chaleur et les industriels",
     "Une batterie de sable est un grand silo isolé rempli de sable ou de roche concassée, chauffé "
     "à plusieurs centaines de degrés par des résistances électriques quand l'électricité est "
     "abondante et bon marché, en particulier les jours de vent et de soleil, et qui restitue "
     "cette chaleur pendant des jours ou des semaines. Un centre technique de l'énergie basé à "
     "Grenoble offre aux collectivités qui gèrent un réseau de chaleur, aux blanchisseries, aux "
     "séchoirs et aux industriels qui ont besoin de vapeur ou d'air chaud une étude de faisabilité "
     "gratuite : profil des besoins de chaleur, choix du matériau de stockage, y compris des "
     "sables de fonderie ou des déchets de carrière, dimensionnement, raccordement, coût comparé "
     "au gaz et aux chaudières à bois, et aides publiques mobilisables. L'offre comprend la visite "
     "d'un démonstrateur et la mise en relation avec des fabricants. Le stockage de chaleur dans "
     "les sels fondus des centrales solaires thermodynamiques n'est pas couvert.",
     ("batteries de sable", "stockage de chaleur", "réseaux de chaleur", "chaleur industrielle",
      "offres"),
     ("FR",), "2025-03"),
    ("fo15", "need", "es",
     "Necesidad: una batería de arena para la calefacción distrital de Coyhaique y dejar atrás la "
     "leña húmeda",
     "Coyhaique, capital de la región de Aysén, ha estado entre las ciudades con el aire más "
     "contaminado del país: en invierno casi todas las casas se calefaccionan con estufas a leña, "
     "muchas veces húmeda, y el material particulado fino supera la norma la mayor parte de los "
     "días. La región, en cambio, tiene electricidad renovable de pequeñas centrales "
     "hidroeléctricas y de parques eólicos que en algunas horas sobra. La municipalidad, con la "
     "secretaría regional de energía y una universidad, solicita apoyo para estudiar y financiar "
     "un piloto de batería de arena o de roca: un silo aislado que se calentaría con electricidad "
     "barata en las horas de excedente y entregaría calor a una red de calefacción distrital para "
     "un barrio de viviendas sociales, una escuela y un hospital. Pide asistencia técnica para el "
     "diseño, la evaluación de las arenas y áridos locales, el modelo tarifario y la capacitación "
     "de operadores. El recambio de estufas y la certificación de la leña siguen por su cuenta.",
     ("baterías de arena", "almacenamiento de calor", "calefacción distrital",
      "contaminación atmosférica", "necesidades"),
     ("CL",), "2024-09"),
    # --- teeth whitening (hydrogen peroxide products, beauty salons) -----------------------------
    ("fo16", "case-study", "en",
     "Illegal tooth whitening in beauty salons: five years of prosecutions in England",
     "In the United Kingdom, tooth whitening is the practice of dentistry and may be done only by "
     "a registered dentist, or by a hygienist or therapist on a dentist's prescription; products "
     "sold to the public may release no more than 0.1 per cent hydrogen peroxide, and stronger "
     "ones, up to 6 per cent, may be used only under a dentist's care. Yet beauty salons, mobile "
     "beauticians and kiosks in shopping centres offer cheap teeth whitening with bleaching gels "
     "bought online, sometimes far above the limit or made with chlorine dioxide, and customers "
     "report burnt gums, sensitive teeth and damaged enamel. This case study, by the dental "
     "regulator with local trading standards services, reviews five years of complaints, test "
     "purchases, product testing and prosecutions of unregistered practitioners and sellers, the "
     "fines imposed and the use of social media to reach customers. It notes that kits sold as "
     "peroxide-free often contain sodium perborate or acids. Cosmetic contact lenses and dermal "
     "fillers are left aside.",
     ("tooth whitening", "hydrogen peroxide", "illegal practice of dentistry", "trading standards",
      "case studies"),
     ("GB",), "2024-06"),
    ("fo17", "document", "fr",
     "Blanchiment des dents : ce qu'il faut savoir avant d'aller dans un bar à sourire ou "
     "d'acheter un kit en ligne",
     "Les bars à sourire, les instituts de beauté et les sites de vente en ligne proposent des "
     "blanchiments dentaires rapides, à des prix bien inférieurs à ceux des dentistes. Or en "
     "France, comme dans toute l'Union européenne, les produits de blanchiment vendus au public ne "
     "peuvent libérer plus de 0,1 % de peroxyde d'hydrogène ; entre 0,1 et 6 %, ils sont réservés "
     "aux chirurgiens-dentistes et interdits aux mineurs. Ce guide de la direction générale de la "
     "concurrence, de la consommation et de la répression des fraudes, rédigé avec l'ordre des "
     "chirurgiens-dentistes, explique comment reconnaître un produit non conforme, pourquoi les "
     "gouttières et les lampes à LED ne rendent pas un produit plus sûr, quels sont les risques "
     "(brûlures des gencives, sensibilité dentaire, usure de l'émail) et comment signaler un "
     "établissement ou un site. Il rappelle les résultats des contrôles, qui ont trouvé des "
     "produits à plus de 10 % de peroxyde. Les dentifrices dits blancheur ne sont pas visés.",
     ("blanchiment dentaire", "peroxyde d'hydrogène", "bars à sourire",
      "sécurité des consommateurs", "guides"),
     ("FR",), "2025-01"),
    ("fo18", "event", "es",
     "Jornada: blanqueamiento dental fuera de la consulta, riesgos del peróxido y control de "
     "centros de estética y ventas en línea",
     "En España se han multiplicado los centros de estética, peluquerías y franquicias que ofrecen "
     "blanqueamientos dentales sin dentista, y los kits con geles, férulas y lámparas que se "
     "venden en redes sociales y plataformas en línea. La normativa de productos cosméticos "
     "permite vender al público solo productos con hasta el 0,1 % de peróxido de hidrógeno; los "
     "más concentrados, hasta el 6 %, solo puede aplicarlos un odontólogo. Esta jornada, "
     "organizada por el consejo general de dentistas con la agencia española de medicamentos y "
     "productos sanitarios y las direcciones de consumo de varias comunidades autónomas, reúne a "
     "inspectores, odontólogos, esteticistas, asociaciones de consumidores y juristas para "
     "presentar los resultados de las campañas de inspección, los casos de quemaduras e "
     "hipersensibilidad atendidos, las sanciones por intrusismo profesional y la retirada de "
     "productos con concentraciones ilegales. Se presentará un folleto para que los consumidores "
     "reconozcan un producto o un servicio ilegal. Las carillas y la ortodoncia invisible se "
     "tratarán en otra jornada.",
     ("blanqueamiento dental", "peróxido de hidrógeno", "intrusismo profesional", "cosméticos",
      "eventos"),
     ("ES",), "2025-04"),
    # --- waterproofing sprays (lung injuries from impregnation sprays) ---------------------------
    ("fo19", "dataset", "en",
     "Lung injuries from waterproofing sprays: calls to the Danish poison information centre, "
     "2008-2024",
     "Waterproofing sprays for shoes, jackets, tents and furniture coat fabric and leather with "
     "fluorinated or silicone polymers dissolved in solvents. Sprayed indoors or in a closed car "
     "or garage, the fine mist can reach deep into the lungs, and within hours users develop a "
     "cough, chest pain, shortness of breath and fever; some need oxygen in hospital. Denmark has "
     "seen several clusters of cases after products were reformulated, one of them with hundreds "
     "of people affected. This dataset, compiled by the national poison information centre with "
     "the environmental protection agency, lists every call about exposure to waterproofing and "
     "impregnation sprays since 2008: date, product type and brand group, propellant, use indoors "
     "or outdoors, symptoms, severity, hospital admission and follow-up, with the product recalls "
     "and the warnings added to labels. It adds the results of lung toxicity tests on 30 products "
     "sold in shops and online. Ski wax fumes and insect repellent sprays are not included.",
     ("waterproofing sprays", "impregnation sprays", "poisonings", "consumer product safety",
      "datasets"),
     ("DK",), "2025-02"),
    ("fo20", "document", "fr",
     "Sprays imperméabilisants pour chaussures et vêtements : fiche du centre antipoisons pour les "
     "utiliser sans s'abîmer les poumons",
     "Chaque hiver, le centre antipoisons reçoit des appels de personnes qui ont traité leurs "
     "chaussures, une veste ou une tente avec un spray imperméabilisant et qui, peu après, "
     "toussent, ont du mal à respirer et font de la fièvre. Les fines gouttelettes de ces "
     "aérosols, qui contiennent des résines fluorées ou siliconées et des solvants, peuvent "
     "atteindre les alvéoles pulmonaires et provoquer une inflammation grave, parfois une "
     "hospitalisation. Cette fiche, publiée par le centre antipoisons belge avec le service public "
     "fédéral de la santé publique, explique comment reconnaître ces produits, appelés aussi "
     "imprégnateurs ou hydrofuges, pourquoi il faut les appliquer dehors, à distance et jamais "
     "près d'un enfant ou d'un animal, pourquoi préférer les flacons à pompe, les cires et les "
     "produits à appliquer au chiffon, que faire en cas de symptômes et quand appeler le centre. "
     "Elle rappelle que ces produits ne doivent jamais être pulvérisés sur une personne. Les "
     "bombes de peinture et la laque pour cheveux font l'objet d'une autre fiche.",
     ("sprays imperméabilisants", "intoxications", "centres antipoison",
      "produits de consommation", "guides"),
     ("BE",), "2024-11"),
    ("fo21", "need", "es",
     "Necesidad: vigilar las intoxicaciones por impermeabilizantes en aerosol para calzado y ropa "
     "en Uruguay",
     "El centro de información y asesoramiento toxicológico de Montevideo ha atendido en los "
     "últimos inviernos grupos de casos de tos, dificultad para respirar y fiebre en personas que "
     "aplicaron impermeabilizantes en aerosol a zapatos, camperas y carpas en espacios cerrados, "
     "entre ellas trabajadores de zapaterías y de talleres de cuero. Estos sprays contienen "
     "polímeros fluorados o siliconas y solventes que, inhalados en forma de niebla fina, dañan "
     "los pulmones. El país importa casi todos estos productos, y muchos llegan sin etiqueta en "
     "español ni advertencias. El ministerio de salud pública, con el centro toxicológico y la "
     "dirección de aduanas, solicita apoyo para crear un registro de estos productos, analizar su "
     "composición y la fracción respirable del aerosol, exigir advertencias en el etiquetado, "
     "capacitar a los médicos de emergencia para reconocer la neumonitis por inhalación y alertar "
     "a la población cada otoño. Los insecticidas domésticos en aerosol y los solventes de los "
     "pegamentos quedan fuera de la solicitud.",
     ("impermeabilizantes en aerosol", "intoxicaciones", "toxicología",
      "seguridad de los productos", "necesidades"),
     ("UY",), "2025-05"),
    # --- restaurant cooking fumes (oily smoke from kitchens, grills and ovens) -------------------
    ("fo22", "document", "en",
     "Guidance for restaurants: controlling oily smoke and cooking odour from commercial kitchens",
     "Hong Kong has some fifteen thousand licensed restaurants packed into mixed residential "
     "streets, and oily smoke and cooking odour from their kitchen exhausts are among the most "
     "frequent air pollution complaints. Frying, wok cooking and charcoal grilling give off fine "
     "particles, grease droplets and odorous gases that the kitchen hood carries straight to the "
     "windows of the flats above. This guidance, issued by the environmental protection "
     "department, explains what restaurant operators must do under the air pollution control law: "
     "fit and maintain control equipment suited to their cooking, such as electrostatic "
     "precipitators, wet scrubbers and activated carbon filters for odour; clean hoods, ducts and "
     "grease traps on a schedule; keep maintenance records; place exhaust outlets away from "
     "windows and pedestrians; and cook with gas or electricity instead of charcoal where they "
     "can. It gives examples of effective installations and of the fines that follow complaints. "
     "Grease in drains and waste cooking oil are covered by separate guidance.",
     ("restaurant emissions", "cooking fumes", "oily smoke", "odour nuisance", "guidance"),
     ("HK",), "2024-09"),
    ("fo23", "project", "fr",
     "Projet : moins de fumée autour des dibiteries, des petits restaurants et des grillades de "
     "rue de Dakar",
     "À Dakar, les dibiteries, ces gargotes où l'on grille la viande de mouton, les vendeuses de "
     "brochettes, de poisson braisé et de maïs grillé et les restaurants de quartier cuisent au "
     "charbon de bois, souvent sur le trottoir ou dans des arrière-cours sous les fenêtres des "
     "voisins. Les fumées de cuisson, chargées de particules fines et de graisses brûlées, "
     "noircissent les murs, incommodent les riverains et exposent d'abord les grilleurs et les "
     "vendeuses. Ce projet de la ville, avec le centre de gestion de la qualité de l'air, une "
     "école d'ingénieurs et une association de restaurateurs, mesure les particules autour de 60 "
     "points de grillade, fait fabriquer par des soudeurs locaux des hottes et des cheminées "
     "simples qui rejettent les fumées au-dessus des toits, teste des grils à gaz et des charbons "
     "de meilleure qualité, et forme les exploitants à l'entretien. Il propose enfin des règles "
     "municipales pour l'emplacement des nouveaux points de grillade. Les fours des boulangeries "
     "artisanales sont traités à part.",
     ("fumées de cuisson", "restauration de rue", "qualité de l'air", "charbon de bois", "projets"),
     ("SN",), "2025-01"),
    ("fo24", "case-study", "es",
     "Estudio de caso: el humo de los hornos de las pollerías de Lima y las ordenanzas que obligan "
     "a filtrarlo",
     "El pollo a la brasa es el plato más popular del país, y Lima tiene miles de pollerías cuyos "
     "hornos rotatorios queman carbón vegetal o leña durante horas. El humo, con material "
     "particulado fino, hollín y olores, sale por chimeneas cortas hacia los techos de las "
     "viviendas vecinas, y las municipalidades reciben por él más quejas que por cualquier otra "
     "actividad comercial, junto con las de las parrillas y anticucherías. Este estudio de caso, "
     "elaborado por una universidad con las municipalidades de Miraflores y San Borja y el "
     "organismo de evaluación y fiscalización ambiental, sigue desde 2016 la aplicación de "
     "ordenanzas que exigen a los restaurantes con hornos a carbón instalar lavadores de gases, "
     "precipitadores o filtros y elevar las chimeneas, y compara mediciones antes y después, "
     "costos, inspecciones y multas. Muestra también la conversión de algunos hornos a gas. La "
     "tala de algarrobos en los bosques secos del norte para hacer carbón queda fuera del estudio.",
     ("humo de restaurantes", "pollerías", "hornos a carbón", "calidad del aire",
      "estudios de caso"),
     ("PE",), "2024-12"),
    # --- green tobacco sickness (nicotine poisoning of tobacco harvesters) -----------------------
    ("fo25", "document", "en",
     "Green tobacco sickness: a guide for farmworkers and growers in North Carolina",
     "Green tobacco sickness is nicotine poisoning through the skin. When workers top, sucker and "
     "harvest tobacco, especially early in the morning or after rain, nicotine dissolves in the "
     "dew and sweat on the leaves and soaks through wet clothes into the skin. A few hours later "
     "they feel dizzy and nauseous, vomit, have headaches and stomach cramps, and some faint; "
     "young workers and those who do not smoke are hit hardest. This guide, written by a "
     "farmworker health programme with the state agricultural extension service and growers' "
     "associations, in English and Spanish, explains the signs, how to tell the illness from heat "
     "stroke and pesticide poisoning, and how to prevent it: rain suits and chemical-resistant "
     "gloves, changing into dry clothes, washing after work, waiting for the leaves to dry, "
     "drinking water, and letting sick workers rest and get care. It reminds growers of the "
     "housing and field sanitation rules for seasonal H-2A workers. Pesticide application on "
     "tobacco is covered by other training.",
     ("green tobacco sickness", "nicotine poisoning", "farmworkers", "occupational health",
      "guidance"),
     ("US",), "2025-03"),
    ("fo26", "need", "fr",
     "Besoin : prévenir la maladie du tabac vert chez les ouvriers des plantations de tabac de "
     "l'Est du Cameroun",
     "Dans la région de l'Est, autour de Batouri et de Bertoua, le tabac de cape cultivé sous "
     "ombrière et sous contrat emploie pendant la récolte des milliers d'ouvriers journaliers, "
     "dont des femmes et des adolescents. Les feuilles mouillées de rosée ou de pluie libèrent de "
     "la nicotine qui traverse la peau : vertiges, nausées, vomissements, maux de tête et "
     "faiblesse apparaissent quelques heures après la cueillette, et les centres de santé les "
     "confondent souvent avec le paludisme ou une intoxication par les pesticides. Le ministère de "
     "la santé publique, avec le ministère du travail et une université, sollicite un appui pour "
     "former les agents de santé au diagnostic de cette intoxication nicotinique, mesurer la "
     "nicotine dans les urines d'un échantillon d'ouvriers, fournir des tenues imperméables et des "
     "gants adaptés au climat, organiser l'accès à l'eau pour se laver dans les champs et faire "
     "respecter l'interdiction du travail des mineurs. Les fours de séchage et le bois de feu ne "
     "font pas partie de la demande.",
     ("maladie du tabac vert", "intoxication à la nicotine", "tabac", "santé au travail",
      "besoins"),
     ("CM",), "2024-10"),
    ("fo27", "dataset", "es",
     "Enfermedad del tabaco verde en Misiones: consultas e internaciones de tabacaleros, 2014-2024",
     "En Misiones unas diez mil familias de colonos cultivan tabaco burley en chacras pequeñas, "
     "bajo contrato con las empresas acopiadoras, y cosechan las hojas a mano, a menudo mojadas "
     "por el rocío o la lluvia. La nicotina de la hoja verde se absorbe por la piel y causa la "
     "enfermedad del tabaco verde (green tobacco sickness): mareos, náuseas, vómitos, dolor de "
     "cabeza y debilidad, que los colonos llaman borrachera del tabaco. Este conjunto de datos, "
     "publicado por el ministerio de salud provincial con una universidad nacional, reúne las "
     "consultas en centros de salud y las internaciones por intoxicación aguda por nicotina de "
     "cosechadores de tabaco desde 2014, por departamento, mes, edad y sexo, con la lluvia del "
     "día, el uso declarado de ropa impermeable y las horas de exposición. Añade mediciones de "
     "cotinina en la orina de 400 cosechadores. Las intoxicaciones por agroquímicos en los "
     "tabacales y las malformaciones que se les atribuyen se registran en otra base de datos.",
     ("enfermedad del tabaco verde", "intoxicación por nicotina", "tabacaleros",
      "salud ocupacional", "conjuntos de datos"),
     ("AR",), "2025-02"),
    # --- ethanol cookstoves (bioethanol as a household cooking fuel) -----------------------------
    ("fo28", "case-study", "en",
     "Ethanol cookstoves and fuel ATMs in Nairobi's low-income neighbourhoods: a case study",
     "From 2019 a company sold hundreds of thousands of two-burner ethanol cookstoves in Nairobi "
     "and other towns at a subsidised price, and households refilled small fuel canisters at smart "
     "dispensers, fuel ATMs, installed in neighbourhood shops, paying by mobile money for as "
     "little as a day's cooking. The bioethanol, partly imported and partly made from sugar cane "
     "molasses, replaced charcoal and kerosene in many homes of Kibera, Kawangware and Mathare. "
     "This case study, by a university energy research centre with a health research institute and "
     "a consumer group, follows 900 households: fuel spending, cooking time, indoor fine particles "
     "and carbon monoxide before and after, burns and the accidental drinking of fuel by children, "
     "and what families did when the company closed after losing its carbon credit revenue and the "
     "fuel taxes changed. It draws lessons on fuel supply, taxation and consumer protection. "
     "Liquefied petroleum gas, sold by the cylinder in the same shops, is discussed only for "
     "comparison.",
     ("ethanol cookstoves", "bioethanol", "clean cooking", "household air pollution",
      "case studies"),
     ("KE",), "2025-04"),
    ("fo29", "project", "fr",
     "Projet : des réchauds à éthanol pour remplacer le charbon de bois dans les ménages "
     "d'Antananarivo",
     "À Antananarivo, la plupart des ménages cuisinent au charbon de bois, produit dans les forêts "
     "et les plantations d'eucalyptus des hautes terres, et la fumée des fourneaux remplit les "
     "cuisines. Une distillerie de canne à sucre de la côte est et des microdistilleries qui "
     "valorisent les mélasses peuvent produire localement de l'éthanol combustible. Ce projet, "
     "porté par le ministère de l'énergie avec une organisation non gouvernementale, une société "
     "de distribution et des associations de quartier, vend à crédit 15 000 réchauds à éthanol à "
     "deux feux, monte un réseau de points de vente du combustible en bidons consignés, forme les "
     "utilisatrices à la sécurité, notamment face aux brûlures et à l'ingestion par les enfants, "
     "et mesure la consommation, les dépenses et la qualité de l'air intérieur. Il travaille avec "
     "les douanes et l'administration fiscale à une taxation qui distingue l'éthanol de cuisson "
     "des boissons alcoolisées. Les foyers améliorés à charbon, diffusés par un autre programme, "
     "ne sont pas concernés.",
     ("réchauds à éthanol", "cuisson propre", "charbon de bois", "énergie domestique", "projets"),
     ("MG",), "2024-11"),
    ("fo30", "support-source", "es",
     "Oferta: cocinas a etanol y combustible de caña para comedores comunitarios y familias del "
     "Paraguay",
     "En el Paraguay buena parte de las familias rurales y de los barrios periféricos cocina "
     "todavía con leña o carbón, y los comedores comunitarios y ollas populares gastan mucho en "
     "garrafas de gas. El país produce etanol de caña de azúcar y de maíz, que hoy se mezcla sobre "
     "todo con la nafta. Una cooperativa azucarera del departamento de Guairá, con una fundación y "
     "una empresa importadora de cocinas, ofrece a municipios, escuelas y organizaciones sociales "
     "cocinas a etanol de uno y dos quemadores, el suministro de etanol hidratado en bidones "
     "retornables a precio fijo durante dos años, capacitación en su uso seguro y su "
     "almacenamiento, y el seguimiento del consumo y de los ahorros frente a la leña y al gas "
     "licuado. Las primeras cincuenta cocinas para comedores se entregarán sin costo. La oferta no "
     "incluye los biodigestores ni las cocinas solares, que promueven otros programas.",
     ("cocinas a etanol", "bioetanol", "cocción limpia", "comedores comunitarios", "ofertas"),
     ("PY",), "2025-05"),
)  # fmt: skip
