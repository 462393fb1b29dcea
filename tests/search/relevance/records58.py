"""Clearing-house records of the fifty-eighth judged relevance set
(tests/search/relevance/queries58.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: chemicals and health
pages on hair straightening products (the keratin smoothing treatments of Portland salons and
the proposed US ban on formaldehyde in hair straighteners; the lissages à la kératine and
défrisages of Abidjan's coiffeuses; a need for the alaciado products of Guadalajara's
estéticas); Biosafety Clearing-House pages on genetically modified livestock (the GalSafe pigs;
the Enviropig of Guelph; the rodeos experimentales of GM and gene-edited cattle in Argentina)
and on plant-made pharmaceuticals (the ProdiGene maize of 2002; Medicago's vaccine grown in
Nicotiana benthamiana in Québec; the planticuerpos of Havana's CIGB); chemicals and capacity
pages on green chemistry (an offer of teaching kits to East African universities; a guide for
Morocco's chimie-parachimie PMEs; the química sostenible of the Tarragona petrochemical
cluster); pollution pages on odour nuisance (the Walleys Quarry landfill in Staffordshire; the
jury de nez of the étang de Berre; the malos olores of Freirina's pig plant); energy pages on
micro-hydropower (village plants and ghatta mills in Nepal; a need for the microcentrales of
the Fouta-Djallon; the microcentrales of Cajamarca's comunidades campesinas); energy and health
pages on electric cooking (electric pressure cookers in Nairobi and Kisumu; an offer of
autocuiseurs électriques against the makala of Goma; Ecuador's cocinas de inducción); climate
mitigation pages on urban cycling (a need for protected cycle lanes in Addis Ababa; the pistes
cyclables of Brussels; the ciclorrutas and biciusuarios of Bogotá); waste and shipping pages on
port reception facilities for ship-generated waste (a guide for the small ports of the Wider
Caribbean Special Area; the Port autonome de Lomé; a need for the ports of the Panama Canal);
and climate mitigation pages on methane leaks from oil and gas (aerial surveys in Alberta and
British Columbia; a need for LDAR in the Algerian gas fields; a guide to Mexico's ASEA
guidelines). English, French and Spanish, 10 records each, every topic written once in each
language (different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records57.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (hair straightening, straightener, keratin, kératine,
queratina, keratina, lissage, défrisant, défrisage, relaxer, alisado, alaciado, Brazilian
blowout, coiffure, coiffeuse, peluquería, estética, hairdresser, salon; genetically modified
animal, transgenic animal, GM livestock, GM pig, porc transgénique, animaux génétiquement
modifiés, ganado transgénico, cerdo transgénico, vaca transgénica, GalSafe, Enviropig,
alpha-gal, xenotransplantation, clone, cloné, clonado; plant-made pharmaceutical, molecular
farming, biopharming, plantibody, planticuerpo, médicaments produits par des plantes,
biofármaco, tobacco, tabac, tabaco, Nicotiana, vaccine, vaccin, vacuna, antibody, anticorps,
anticuerpo; green chemistry, sustainable chemistry, chimie verte, chimie durable, química verde,
química sostenible, solvent substitution, cleaner production, production propre; odour,
odeur, olor, olores, nuisance olfactive, olfactométrie, olfatometría, smell, stench, hedor;
micro-hydro, pico-hydro, microcentrale, microcentral, small hydropower, petite
hydroélectricité, pequeña central hidroeléctrica, hydropower, hydroélectrique, hidroeléctrica,
turbine, turbina, run-of-river, water mill, moulin, molino; electric cooking, e-cooking,
electric pressure cooker, autocuiseur, cuisson électrique, cocción eléctrica, cocina de
inducción, induction, olla eléctrica; bicycle, bike, cycling, cycle lane, vélo, piste
cyclable, bicicleta, ciclovía, ciclorruta, bicisenda, ciclista, bike-share; port reception
facility, ship-generated waste, MARPOL, déchets des navires, réception portuaire, desechos de
buques, residuos de buques, sentina, eaux de cale, bilge; methane leak, fuite de méthane, fuga
de metano, LDAR, leak detection, methane, méthane, metano, venting, venteo, orphan well, puits
orphelin). Screened and dropped as covered: ship recycling (p24), dry cleaning solvents
(k28-k30), poison centres (n07, bs23 and the poison centre subjects of bc17, bi22, br07-br08,
bw14, cb07), HB4 wheat (l16-l18), end-of-life solar panels (u01-u03), glyphosate (p10),
paraquat (p08, p09), short-chain chlorinated paraffins (v07-v09), lead-acid battery recycling
(n16, p25), empty pesticide containers (n09), the Escazú Agreement (j19-j21), carbon credits
(ch09), charcoal (bx04, bx05, w29), trade in plastic waste under the Basel amendments (n17),
bisphenol A (w25), cadmium in children's jewellery (q40, q42) and health-care waste (p23),
besides the topics of sets 42 to 57 and those their docstrings list as covered; screened with
no or passing hits but not chosen: landfill fires (the open burning ended at the Chunga
dumpsite, q16), coal-tar sealants (the coal-tar creosote of bb13), rooftop solar (the station
panels of cd13), solar mini-grids (named by u02 and cb22), cool roofs (the title of w19),
energy labelling of appliances (m20, cf23), mass timber, the cold chain (t18), household
biogas (the biogas subjects of bi07 and bj10) and GM apples.
The nearest: the fracking pages that report operators' methane emissions and leaking well
casings (cd10) and retrace the debates on fuites de méthane and the leaking wells left behind
(cd11, subject méthane), judged 1 to the methane leak queries, while the coal mine methane
pages (ch10-ch12), which drain, capture or measure the grisou of coal seams, and the gas
flaring pages (cb01-cb03, whose cb03 names venteo among the volumes to measure) are no oil and
gas leak pages; the formaldehyde pages (ba13-ba15, bc19, bl17, cj09) and the nail salon pages
that measure formaldehyde and solvents in ongleries and salones de belleza (bn25-bn27), the PPD
hair dye and black henna pages (bi22-bi24), none about hair straightening products; the GM
fish pages (t37-t39, the salmon eggs of t38), the GloFish pages (bh13-bh15) and the GM
mosquito pages (w07-w09), no livestock; the confined field trials of GM crops (q28-q30) and
the contained use guidance (o22), no pharmaceutical crop; the chemical safety toolkits for small
firms that replace perchloroethylene (k28-k30), chemical leasing (j16-j18) and the school
laboratory pages (j28-j30), no green chemistry page; the rotten-egg smell of hydrogen sulphide
in sewers (y16-y18) and the malos olores and quejas por olores named in passing by the vinasse,
coffee wastewater, constructed wetland and plastic pyrolysis pages (bj12, bm27, bt21, cf18),
no odour nuisance page; the large dams and fish passage pages (m25-m27, bi25, bj19, bj20), no
micro-hydro page; the clean cookstove and LPG pages (w28-w30), the LPG explosion pages
(i19-i21) and the solar cooker pages (bz19-bz21), no electric cooking page; no cycling page
(the bicicleta, vélo and bikes of cc03, bx05, bz11 and cd13 are passing); the ship exhaust
pages (cb28-cb30, cb28 naming MARPOL Annex VI), the ghost net pages (v19-v21) and the ballast
water pages (x25-x27), no port reception page. In the golden files, the only hits are
unrelated: chemistry pages describing the odour of substances (the rotten-egg smell of
hydrogen sulphide among them), chemistry pages naming pharmaceuticals, tobacco smoke,
livestock and hair tonics, an economics paper on tobacco yields, a question on the rotavirus
vaccine, a delivery model naming bicycles, a "recycling" keyword and a solver that "avoids
cycling". records59.py (ids cm..), written at the same time by another engineer, is not part
of this set's pool.

Traps: the paraphénylènediamine of the henné noir set aside by cl02 and the nail polishes and
acrylic nails excluded by cl03 are passing, 0 to any hair dye or nail salon reading; the lone
star tick of cl04 and the AquAdvantage salmon of cl05 (a fish, not livestock) are passing, 0
to the GM livestock queries for the salmon; the cows of cl06 that make human proteins in their
milk are animals, 0 to the plant-made pharmaceutical queries; the tobacco, safflower and
duckweed hosts named by cl07 make it 1 to "molecular farming tobacco"; the planticuerpo of cl09
purifies a vaccine rather than being one, 1 to the plant-made vaccine queries; the cashew nut
shell liquid of cl10, the argan oil, margines and phosphogypse of cl11 and the ethylene oxide
plant explosion and CO2 feedstock of cl12 are passing; the hydrogen sulphide of cl13 is the
cause of an odour nuisance, not a sewer gas page, and the torchères of cl14 are passing, 0 to
gas flaring; the landslides and floods of cl16, the lampe à pétrole of cl17, and the cuyeras,
acequias and mecheros of cl18 are passing; the petites centrales hydroélectriques that power
Goma (cl20) and the centrales hidroeléctricas of Ecuador (cl21) are no micro-hydro plants, 0
to the micro-hydro queries; the induction hob given to some households by cl19 makes it 1 to
"cocinas de inducción"; the gas subsidy reform left aside by cl21, the motorcycle taxis of
cl22, the zone de basses émissions of cl23 and the bicitaxis of cl24 are passing; the worn
fishing nets of cl25, the huiles régénérées of cl26 and the agua de lastre of cl27 are passing,
0 to ghost net, used oil and ballast water readings; the unlit flares and orphan wells of cl28,
the torchage of cl29 and the quema en antorchas of cl30 are passing, 0 to gas flaring.

Ids (cl01..cl30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
cj01..cj30, ck01..ck30), nor with records59.py's (cm..), and no earlier id starts with "cl".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- hair straightening products -------------------------------------------------------------
    ("cl01", "case-study", "en",
     "'Formaldehyde-free' on the label: keratin smoothing treatments, hairdressers and the "
     "proposed US ban on formaldehyde in hair straighteners",
     "In 2010 hairdressers in Portland, Oregon, complained of nosebleeds, burning eyes and "
     "breathing trouble while applying a popular Brazilian keratin smoothing treatment sold as "
     "formaldehyde-free. Tests by the state occupational safety agency found 4.8 to 10.6 per cent "
     "formaldehyde in the product, and air samples taken while stylists blow-dried and "
     "flat-ironed clients' hair exceeded workplace limits. This case study follows what came "
     "next: hazard alerts to salons, a warning letter from the Food and Drug Administration, "
     "settlements over misleading labels, and the finding that methylene glycol, the name on many "
     "ingredient lists, turns into formaldehyde gas when heated. It adds the 2022 cohort study "
     "that linked frequent use of chemical hair relaxers, the creams long marketed to Black "
     "women, to uterine cancer, and the agency's proposal to ban formaldehyde and "
     "formaldehyde-releasing chemicals in hair straightening products. It ends with advice for "
     "salons: local exhaust ventilation, fewer treatments a day, and products with complete "
     "safety data sheets.",
     ("hair straightening products", "formaldehyde", "keratin treatments", "occupational exposure",
      "cosmetics"),
     ("US",), "2024-03"),
    ("cl02", "project", "fr",
     "Coiffeuses d'Abidjan : moins de formol dans les lissages à la kératine et les défrisages",
     "Dans les salons de coiffure d'Abidjan, de Treichville à Yopougon, les coiffeuses enchaînent "
     "défrisages, tissages et, depuis quelques années, lissages brésiliens à la kératine, vendus "
     "en flacons importés souvent sans étiquette en français. Une enquête auprès de 300 "
     "coiffeuses a relevé picotements des yeux, saignements de nez et toux chez elles, brûlures "
     "du cuir chevelu chez les clientes, et des analyses ont trouvé du formaldéhyde (formol) dans "
     "la moitié des produits de lissage testés, dont certains annoncés « sans formol ». Le "
     "projet, porté par une association de coiffeuses avec l'institut national d'hygiène publique "
     "et le ministère du Commerce, forme les coiffeuses au choix des produits et à l'aération des "
     "salons, distribue gants et masques, aide à retirer du marché les produits non conformes et "
     "informe les clientes sur les défrisants à la soude et les brûlures qu'ils causent. Les "
     "teintures au henné noir, qui contiennent de la paraphénylènediamine, sont traitées "
     "ailleurs.",
     ("lissage des cheveux", "défrisants", "formaldéhyde", "coiffeuses", "cosmétiques"),
     ("CI",), "2023-11"),
    ("cl03", "need", "es",
     "Necesidad: vigilancia de los productos para alaciado con formol en las estéticas de "
     "Guadalajara",
     "En las estéticas de Guadalajara y su zona metropolitana el alaciado permanente, la keratina "
     "o «alaciado brasileño», se ha vuelto uno de los servicios más pedidos. Muchos productos "
     "llegan por paquetería o se venden a granel en tianguis y distribuidoras de belleza sin "
     "registro sanitario ni etiqueta en español, y al planchar el cabello desprenden vapores de "
     "formaldehído, el formol, que irritan ojos y garganta de estilistas y clientas; la COFEPRIS "
     "ha emitido alertas sobre varias marcas. La secretaría de salud del estado solicita apoyo "
     "para muestrear y analizar en laboratorio los productos para alaciado, medir el formaldehído "
     "en el aire de las estéticas durante el servicio, capacitar a verificadores sanitarios y a "
     "escuelas de belleza, y preparar una campaña para estilistas sobre ventilación, guantes y "
     "productos seguros. También pide revisar la norma de etiquetado de cosméticos. Los esmaltes "
     "y las uñas acrílicas que se aplican en las mismas estéticas no forman parte de la "
     "solicitud.",
     ("alaciado", "alisado del cabello", "formaldehído", "cosméticos", "salud ocupacional"),
     ("MX",), "2024-05"),
    # --- genetically modified livestock ----------------------------------------------------------
    ("cl04", "document", "en",
     "Risk assessment summary: GalSafe pigs, a genetically modified pig line approved for food "
     "and medical uses",
     "In December 2020 the US Food and Drug Administration approved an intentional genomic "
     "alteration in a line of domestic pigs, known as GalSafe, in which the gene that puts the "
     "sugar alpha-gal on the surface of cells has been knocked out. People with alpha-gal "
     "syndrome, an allergy to red meat that often follows the bite of a lone star tick, may eat "
     "their meat, and their organs are studied for xenotransplantation. This summary of the "
     "assessment sets out the molecular characterisation of the alteration over several "
     "generations, the health of the animals and the safety of the meat, and the environmental "
     "questions asked of any genetically modified livestock: could the pigs escape and breed with "
     "feral hogs, and would the alteration spread? The pigs are kept in a closed herd behind "
     "secure fencing, with individual records and controlled carcass disposal. The summary also "
     "lists the information an importing Party to the Cartagena Protocol would ask for before any "
     "live animals were shipped abroad.",
     ("genetically modified animals", "GM livestock", "pigs", "risk assessment", "food safety"),
     ("US",), "2023-06"),
    ("cl05", "case-study", "fr",
     "Enviropig, le porc transgénique de Guelph : histoire d'un animal d'élevage génétiquement "
     "modifié jamais commercialisé",
     "Mis au point à l'Université de Guelph, en Ontario, à la fin des années 1990, l'Enviropig "
     "portait un gène de bactérie, associé à un promoteur de souris, qui lui faisait produire de "
     "la phytase dans sa salive : il digérait ainsi le phosphore des grains et en rejetait "
     "jusqu'à 60 % de moins dans son lisier. On promettait moins de phosphore dans les rivières "
     "et le lac Érié. Cette étude de cas retrace les étapes de l'évaluation : déclaration à "
     "Environnement Canada en 2010 pour la reproduction en milieu confiné, dossiers de sécurité "
     "alimentaire déposés à Santé Canada et à la FDA, puis la fin du financement par "
     "l'association des éleveurs de porcs en 2012, l'abattage du troupeau et la conservation de "
     "la semence congelée. Elle décrit l'opposition des consommateurs, la crainte des "
     "exportateurs de porc vers l'Europe et le Japon, et ce que l'expérience a appris aux "
     "autorités canadiennes avant l'autorisation du saumon AquAdvantage, un poisson et non un "
     "animal de ferme.",
     ("animaux génétiquement modifiés", "porcs transgéniques", "élevage porcin", "biosécurité",
      "phosphore"),
     ("CA",), "2022-10"),
    ("cl06", "project", "es",
     "Bioseguridad de los animales de granja genéticamente modificados y editados en las "
     "estaciones experimentales de Argentina",
     "Argentina fue uno de los primeros países en obtener vacas transgénicas: en 2002 nacieron en "
     "la provincia de Buenos Aires terneras que producían en su leche la hormona de crecimiento "
     "humana, y en 2011 el INTA presentó a Rosita, cuya leche lleva proteínas de la leche "
     "materna. Desde entonces se suman bovinos, cabras y caballos de polo editados genéticamente. "
     "Este proyecto de la comisión nacional asesora de biotecnología agropecuaria (CONABIA), con "
     "el INTA y universidades, arma protocolos de bioseguridad para los rodeos experimentales: "
     "identificación individual de cada animal, corrales y potreros con doble alambrado, registro "
     "de servicios y partos para que ningún ternero ni su leche entren a la cadena alimentaria "
     "sin autorización, y destino de los cadáveres. También capacita a veterinarios y evaluadores "
     "en el análisis caso por caso que define si un animal editado es un organismo genéticamente "
     "modificado, y consulta a los tambos y cabañas vecinos.",
     ("animales genéticamente modificados", "ganado transgénico", "edición génica", "bioseguridad",
      "bovinos"),
     ("AR",), "2024-04"),
    # --- plant-made pharmaceuticals --------------------------------------------------------------
    ("cl07", "case-study", "en",
     "ProdiGene, 2002: pharmaceutical maize volunteers in soybean fields and the tightening of "
     "rules for plant-made pharmaceuticals",
     "In 2002 inspectors of the US Department of Agriculture found volunteer maize plants growing "
     "among soybeans on fields in Nebraska and Iowa where, the year before, the company ProdiGene "
     "had grown field trials of maize genetically engineered to produce a pig vaccine against "
     "transmissible gastroenteritis. In Nebraska the soybeans had already been harvested and "
     "delivered to an elevator: about 500,000 bushels were quarantined and destroyed, and the "
     "company paid a civil penalty of 250,000 dollars and the cost of the clean-up. This case "
     "study retells the incident and what it changed for plant-made pharmaceuticals and "
     "industrial proteins: isolation distances of a mile, fallow zones, dedicated planters and "
     "harvesters, inspections several times a season, and the debate over producing drugs in a "
     "food crop at all. It compares the later choice of non-food hosts such as tobacco, safflower "
     "and duckweed, grown in greenhouses or other contained facilities, and draws the lessons for "
     "permit conditions.",
     ("plant-made pharmaceuticals", "molecular farming", "gene flow", "maize",
      "biosafety incidents"),
     ("US",), "2022-04"),
    ("cl08", "document", "fr",
     "Un vaccin cultivé dans des plants apparentés au tabac : ce qu'a évalué Santé Canada pour le "
     "vaccin végétal de Medicago",
     "En février 2022, Santé Canada a autorisé Covifenz, premier vaccin contre la COVID-19 "
     "produit dans des plantes : des particules pseudo-virales fabriquées par Nicotiana "
     "benthamiana, un proche parent du tabac, dans les serres de l'entreprise Medicago à Québec. "
     "Les plants, cultivés en hydroponie, sont plongés sous vide dans une suspension "
     "d'agrobactéries portant le gène de la protéine de spicule, puis récoltés quelques jours "
     "plus tard pour en extraire le vaccin. Ce document résume les aspects de biosécurité de "
     "cette production de médicaments par des plantes : serres fermées à air filtré, inactivation "
     "des agrobactéries et des résidus végétaux avant leur élimination, contrôle des eaux de "
     "lavage, absence de dissémination dans l'environnement, formation des travailleurs. Il "
     "rappelle que l'autorisation a peu servi : l'Organisation mondiale de la santé a écarté le "
     "vaccin à cause de l'actionnariat d'un cigarettier, et l'entreprise a fermé en 2023. Le "
     "savoir-faire des serres reste au Québec.",
     ("plantes productrices de médicaments", "vaccins d'origine végétale", "biosécurité",
      "Nicotiana benthamiana", "agroinfiltration"),
     ("CA",), "2023-05"),
    ("cl09", "project", "es",
     "Planticuerpos: anticuerpos producidos en plantas de tabaco transgénicas para la vacuna "
     "cubana contra la hepatitis B",
     "Desde fines de los años noventa el Centro de Ingeniería Genética y Biotecnología (CIGB) de "
     "La Habana produce en plantas de tabaco transgénicas un anticuerpo monoclonal, el "
     "planticuerpo HB-01, que se usa para purificar el antígeno de superficie de la vacuna cubana "
     "contra la hepatitis B; antes, ese anticuerpo se obtenía en ratones. El proyecto, con la "
     "autoridad de seguridad biológica del CITMA, renueva las casas de cultivo protegido donde "
     "crecen las plantas, instala un segundo nivel de contención para impedir que el polen o las "
     "semillas lleguen a las vegas de tabaco de Pinar del Río y Sancti Spíritus, y organiza el "
     "tratamiento de los restos vegetales y de las aguas de proceso. Incluye la formación de "
     "técnicos en buenas prácticas de fabricación y en bioseguridad, y el ensayo de otras plantas "
     "productoras de biofármacos, como la lechuga y la lenteja de agua, para nuevos anticuerpos y "
     "enzimas de uso veterinario.",
     ("plantas productoras de biofármacos", "planticuerpos", "tabaco transgénico", "bioseguridad",
      "vacunas"),
     ("CU",), "2023-09"),
    # --- green chemistry -------------------------------------------------------------------------
    ("cl10", "support-source", "en",
     "Offer: green chemistry teaching kits and training for chemistry lecturers in East African "
     "universities",
     "A university network for green and sustainable chemistry, hosted by a chemistry department "
     "in Nairobi with partners in Kampala, Dar es Salaam and Kigali, offers each year to train 40 "
     "lecturers and laboratory technicians in green chemistry. The course covers the twelve "
     "principles of green chemistry, atom economy and E-factor calculations, solvent selection "
     "guides, replacing chlorinated solvents and hazardous reagents in undergraduate experiments, "
     "microscale practicals that produce little waste, and the use of local renewable feedstocks "
     "such as cashew nut shell liquid, sisal waste and avocado oil. Each participating department "
     "receives a kit of microscale glassware, a set of tested experiments in English and "
     "Kiswahili and a small grant to rewrite one course. Follow-up includes an online community "
     "of practice and a student competition for greener processes run with local industry. The "
     "offer serves the targets on sustainable chemistry and education of the Global Framework on "
     "Chemicals. Applications are due in March.",
     ("green chemistry", "sustainable chemistry", "chemistry education", "capacity building",
      "universities"),
     ("KE", "UG", "TZ", "RW"), "2024-10"),
    ("cl11", "document", "fr",
     "Chimie verte : guide pour les PME de la chimie et de la parachimie au Maroc",
     "La chimie-parachimie marocaine, des engrais phosphatés de Jorf Lasfar et de Safi aux "
     "peintures, détergents, cosmétiques et produits d'entretien fabriqués autour de Casablanca "
     "et de Mohammedia, compte plusieurs centaines d'entreprises, pour la plupart des PME. Ce "
     "guide, préparé par le centre marocain de production propre avec la fédération "
     "professionnelle et des chercheurs universitaires, montre comment appliquer les principes de "
     "la chimie verte dans ces ateliers : remplacer les solvants chlorés et aromatiques par l'eau "
     "ou des solvants biosourcés, préférer les catalyseurs aux réactifs en excès, récupérer et "
     "recycler les solvants, réduire l'énergie des procédés, concevoir des formulations "
     "biodégradables et valoriser des ressources locales comme l'huile d'argan de second choix, "
     "les margines ou les écorces d'agrumes. Des fiches de cas chiffrent les économies obtenues "
     "par six entreprises pilotes. Le phosphogypse des usines d'engrais relève d'un autre guide.",
     ("chimie verte", "chimie durable", "production propre", "PME", "substitution des solvants"),
     ("MA",), "2023-03"),
    ("cl12", "case-study", "es",
     "Química sostenible en el polígono petroquímico de Tarragona: la universidad y las empresas "
     "rediseñan procesos",
     "El polígono químico de Tarragona, el mayor del sur de Europa, reúne una refinería y plantas "
     "de plásticos y de intermedios químicos entre La Canonja, Vila-seca y El Morell. Desde 2015 "
     "la Universitat Rovira i Virgili y el instituto catalán de investigación química colaboran "
     "con una decena de empresas del polígono en proyectos de química verde: catálisis que evita "
     "subproductos, sustitución de disolventes como el diclorometano y la N-metilpirrolidona, uso "
     "del CO2 como materia prima y síntesis en flujo continuo, que reduce las cantidades de "
     "sustancias peligrosas almacenadas. Este estudio de caso recoge los resultados de cinco "
     "proyectos, los doctorados industriales y el máster en química sostenible creado con las "
     "empresas, y cómo la explosión de una planta de óxido de etileno en 2020, que mató a tres "
     "personas, reforzó el interés por procesos intrínsecamente más seguros. También señala los "
     "límites: inversiones lentas y competencia de plantas de otros continentes.",
     ("química verde", "química sostenible", "industria química", "disolventes",
      "investigación y empresa"),
     ("ES",), "2024-02"),
    # --- odour nuisance --------------------------------------------------------------------------
    ("cl13", "dataset", "en",
     "Odour complaints and hydrogen sulphide around Walleys Quarry landfill, Silverdale, "
     "2021-2024",
     "From early 2021 thousands of residents of Silverdale and Newcastle-under-Lyme, in "
     "Staffordshire, reported a rotten-egg smell from Walleys Quarry, a landfill taking "
     "construction and industrial waste, that woke them at night and gave them headaches, nausea "
     "and sore throats. This dataset brings together the odour complaints received each day by "
     "the borough council and the environment regulator, with postcode district and time, the "
     "hydrogen sulphide readings of fixed monitoring stations around the site, wind speed and "
     "direction, and the odour assessments made by trained officers walking set routes. It also "
     "lists the enforcement notices, the capping and gas extraction works ordered on the tipping "
     "area, and the public health advice issued when hydrogen sulphide exceeded the World Health "
     "Organization's guideline for odour annoyance. The notes explain how gypsum from "
     "plasterboard waste produces the gas and why monitoring stations were moved. Landfill gas "
     "used for power generation is not covered.",
     ("odour nuisance", "landfills", "hydrogen sulphide", "air quality", "complaints"),
     ("GB",), "2024-09"),
    ("cl14", "project", "fr",
     "Un réseau de nez bénévoles pour cartographier les nuisances olfactives autour de l'étang de "
     "Berre",
     "Autour de l'étang de Berre et du golfe de Fos, raffineries, usines pétrochimiques, "
     "sidérurgie, stations d'épuration et centres de traitement des déchets se côtoient, et les "
     "habitants de Martigues, de Port-de-Bouc ou de Fos-sur-Mer se plaignent depuis longtemps "
     "d'odeurs de soufre, de « gaz » ou d'égout. Le projet, porté par l'observatoire régional de "
     "la qualité de l'air avec les communes et les industriels, a formé un jury de nez : une "
     "centaine d'habitants bénévoles, entraînés à reconnaître et à nommer des odeurs de "
     "référence, qui signalent chaque odeur perçue sur une application, avec son intensité et la "
     "gêne ressentie. Les signalements sont croisés avec la météo et les mesures de composés "
     "soufrés pour remonter aux sources, et les industriels sont interrogés lors des épisodes. Le "
     "projet publie une carte mensuelle des nuisances olfactives et évalue, après trois ans, la "
     "baisse des épisodes. Les torchères des raffineries ne sont évoquées que comme source "
     "possible.",
     ("nuisances olfactives", "odeurs", "jury de nez", "qualité de l'air", "zones industrielles"),
     ("FR",), "2023-06"),
    ("cl15", "case-study", "es",
     "Freirina y los malos olores: del cierre de la planta de cerdos a la norma chilena de olores",
     "En mayo de 2012 los vecinos de Freirina, en el valle del Huasco, región de Atacama, se "
     "levantaron contra los olores insoportables de un megaplantel de crianza de cerdos que "
     "apenas funcionaba a la mitad de su capacidad: purines en lagunas abiertas, guano y animales "
     "muertos atraían moscas y un hedor que llegaba al pueblo. Tras semanas de protestas y cortes "
     "de caminos, la autoridad sanitaria ordenó el cierre y la empresa abandonó el proyecto, "
     "pensado para dos millones y medio de cerdos al año. Este estudio de caso cuenta cómo el "
     "conflicto llevó al ministerio del medio ambiente a una estrategia para la gestión de "
     "olores, a medir la contaminación odorante con olfatometría dinámica y a dictar una norma de "
     "emisión de olores para los planteles porcinos. Compara con las plantas de celulosa y las "
     "pesqueras de harina de pescado, y recoge lo que piden las comunidades.",
     ("malos olores", "contaminación odorante", "planteles porcinos",
      "conflictos socioambientales", "normas de emisión"),
     ("CL",), "2023-10"),
    # --- micro-hydropower ------------------------------------------------------------------------
    ("cl16", "project", "en",
     "Community micro-hydro in Myagdi and Parbat: rebuilding village power plants and improved "
     "water mills in Nepal",
     "Nepal has more than 3,000 micro-hydro plants of 5 to 100 kilowatts, most built by village "
     "committees in hills that the national grid reached late or not at all. Water diverted from "
     "a stream by a small weir runs along a canal to a forebay, drops through a penstock to a "
     "turbine and returns to the stream a few hundred metres below, so no reservoir is created. "
     "In Myagdi and Parbat districts many plants have aged, and some were buried by landslides "
     "and floods. This project, with the national alternative energy agency and district "
     "cooperatives, rehabilitates 25 plants, installs electronic load controllers, links "
     "neighbouring plants into small local grids, and upgrades traditional water mills, the "
     "ghatta, with metal runners for grinding and hulling. It trains village operators and "
     "women's groups in tariff collection and maintenance, and leaves a minimum flow below each "
     "intake for fish and downstream users. Where the grid now arrives, plants are prepared to "
     "sell power into it.",
     ("micro-hydropower", "rural electrification", "water mills", "community energy",
      "renewable energy"),
     ("NP",), "2024-01"),
    ("cl17", "need", "fr",
     "Besoin : remettre en service les microcentrales hydroélectriques des villages du "
     "Fouta-Djallon",
     "Dans les préfectures de Labé, Pita, Mamou et Dalaba, en Moyenne-Guinée, une douzaine de "
     "microcentrales hydroélectriques de 20 à 300 kilowatts ont été construites depuis les années "
     "1990 sur les chutes et les rivières du Fouta-Djallon, château d'eau de l'Afrique de "
     "l'Ouest, pour éclairer des villages et faire tourner moulins, postes de soudure et centres "
     "de santé. La moitié sont à l'arrêt : turbines usées, conduites forcées percées, lignes "
     "tombées, comités de gestion sans fonds, débits d'étiage plus faibles qu'autrefois. Le "
     "ministère de l'Énergie, avec l'agence d'électrification rurale, demande un appui pour "
     "diagnostiquer chaque site, réhabiliter les ouvrages et les réseaux, former des techniciens "
     "locaux, installer des compteurs à prépaiement et fixer des tarifs, et protéger les têtes de "
     "source et les berges en amont par des reboisements menés avec les villages. Il demande "
     "aussi une étude de nouveaux sites. En attendant, les familles s'éclairent à la lampe à "
     "pétrole ou à la torche chinoise.",
     ("microcentrales hydroélectriques", "petite hydroélectricité", "électrification rurale",
      "énergies renouvelables", "besoins"),
     ("GN",), "2024-06"),
    ("cl18", "case-study", "es",
     "Microcentrales hidroeléctricas en Cajamarca: veinte años de energía manejada por las "
     "comunidades campesinas",
     "Desde fines de los años noventa, una ONG de tecnologías apropiadas ha ayudado a levantar en "
     "Cajamarca y en la sierra de La Libertad más de cuarenta microcentrales hidroeléctricas de "
     "10 a 100 kilovatios, que aprovechan quebradas de la cordillera para dar luz a caseríos "
     "adonde la red no llegaba. El modelo combina un fondo rotatorio que presta a las "
     "municipalidades, la mano de obra comunal en faenas, turbinas Pelton y Michell-Banki "
     "fabricadas en Lima y una microempresa local que opera la central y cobra la tarifa a cada "
     "familia. Este estudio de caso evalúa veinte años: qué centrales siguen funcionando, cuáles "
     "se cerraron al llegar la red, el uso de la electricidad en talleres, molinos, cuyeras y "
     "colegios, el reemplazo de velas y mecheros, y los conflictos por el agua con los regantes "
     "de las acequias en época seca. Concluye con recomendaciones sobre el mantenimiento y el "
     "reparto del caudal.",
     ("microcentrales hidroeléctricas", "electrificación rural", "energía comunitaria",
      "pequeñas centrales hidroeléctricas", "estudios de caso"),
     ("PE",), "2023-08"),
    # --- electric cooking ------------------------------------------------------------------------
    ("cl19", "dataset", "en",
     "Cooking with electricity in Nairobi and Kisumu: cooking diaries and metered use of electric "
     "pressure cookers, 2020-2023",
     "Kenya's grid reaches most urban homes, yet few households cook with electricity, which they "
     "believe too expensive. This dataset comes from trials in which 320 households in informal "
     "settlements and low-income estates of Nairobi and Kisumu received an electric pressure "
     "cooker, some of them also an induction hob, and kept cooking diaries for six weeks before "
     "and after. It records each dish cooked, the appliance and fuel used (charcoal, kerosene, "
     "LPG, firewood or electricity), the electricity metered by smart plugs in kilowatt-hours per "
     "meal, fuel spending, and fine particle readings in the kitchen. Beans, githeri and matoke, "
     "which take hours on a charcoal jiko, cooked in under an hour on about 0.3 kilowatt-hours. "
     "Households kept their LPG or charcoal for chapati and ugali, so the stacking of fuels is "
     "documented. The notes explain the tariff bands, the pay-as-you-go finance offered, and how "
     "the results fed the national clean cooking strategy.",
     ("electric cooking", "electric pressure cookers", "clean cooking", "household energy",
      "household air pollution"),
     ("KE",), "2023-11"),
    ("cl20", "support-source", "fr",
     "Offre : autocuiseurs électriques à crédit pour remplacer le makala dans les ménages de Goma",
     "À Goma, au Nord-Kivu, la plupart des ménages cuisent au makala, le charbon de bois, dont "
     "une grande partie est produite illégalement dans le parc national des Virunga. Depuis que "
     "de petites centrales hydroélectriques alimentent la ville, un fournisseur d'électricité "
     "local propose aux ménages raccordés une offre de cuisson électrique : un autocuiseur "
     "électrique, une plaque chauffante et un compteur à prépaiement, payables par mensualités en "
     "monnaie mobile, avec des séances où l'on apprend à préparer haricots, sombe, riz et foufou "
     "à l'électricité. L'offre comprend la garantie et la réparation des appareils, un tarif "
     "réduit pour la cuisson et le suivi de la consommation et du charbon économisé par chaque "
     "ménage. Elle s'adresse aussi aux écoles, aux restaurants et aux associations de femmes qui "
     "veulent devenir revendeuses. Les délestages restent un frein : une batterie est proposée "
     "aux ménages qui le demandent.",
     ("cuisson électrique", "autocuiseurs électriques", "charbon de bois", "cuisson propre",
      "Virunga"),
     ("CD",), "2024-03"),
    ("cl21", "dataset", "es",
     "Cocinas de inducción en los hogares del Ecuador: consumo eléctrico y uso del gas de "
     "cilindro, 2015-2023",
     "En 2014 el Ecuador lanzó el Programa de Eficiencia Energética para la Cocción (PEC), que "
     "buscaba reemplazar el gas licuado de petróleo, el gas de cilindro fuertemente subsidiado, "
     "por cocinas de inducción alimentadas por las nuevas centrales hidroeléctricas del país. Las "
     "familias recibían la cocina a crédito en la planilla de luz y 80 kilovatios-hora gratuitos "
     "al mes para cocinar. Este conjunto de datos reúne, por provincia y por mes, el número de "
     "cocinas de inducción registradas, el consumo eléctrico de los hogares beneficiarios y las "
     "ventas de cilindros de gas, con una encuesta a 2.400 hogares de Quito, Cuenca, Guayaquil y "
     "Loja sobre qué cocinan con cada energía, las ollas compatibles, los cortes de luz y los "
     "motivos para volver al cilindro. Los datos muestran que menos de un millón de hogares "
     "adoptó la inducción y que muchos la usan junto con el gas. La reforma del subsidio a los "
     "combustibles se trata aparte.",
     ("cocción eléctrica", "cocinas de inducción", "gas licuado de petróleo",
      "eficiencia energética", "hogares"),
     ("EC",), "2024-02"),
    # --- urban cycling ---------------------------------------------------------------------------
    ("cl22", "need", "en",
     "Need: protected cycle lanes and bicycle parking along Addis Ababa's light rail and bus "
     "corridors",
     "Addis Ababa's non-motorised transport strategy of 2019 set out to make walking and cycling "
     "safe in a city where most trips are made on foot but cyclists are few, traffic is fast and "
     "air pollution is rising. The monthly car-free Sundays, the Menged Le Sew days, showed "
     "thousands of residents willing to ride. The city's transport bureau asks for support to "
     "design a first network of about 60 kilometres of protected cycle lanes linking light rail "
     "stations, bus rapid transit stops, universities and industrial parks; to install secure "
     "bicycle parking; to pilot a public bike-share scheme with locally assembled bicycles; and "
     "to count cyclists and crashes before and after. It also asks for training of traffic police "
     "and road engineers in cycle-friendly junction design, and for a study of how many car and "
     "minibus trips could shift to bicycles and of the emissions avoided. Motorcycle taxis, "
     "banned from the city centre, are not concerned.",
     ("cycling", "cycle lanes", "non-motorised transport", "urban mobility",
      "climate change mitigation"),
     ("ET",), "2024-07"),
    ("cl23", "case-study", "fr",
     "Bruxelles à vélo : pistes cyclables séparées, plan Good Move et essor du vélo, 2019-2024",
     "Longtemps réputée hostile aux cyclistes, la Région de Bruxelles-Capitale a vu leur nombre "
     "exploser depuis 2020. Cette étude de cas revient sur ce qui l'a permis : les pistes "
     "cyclables provisoires tracées pendant le confinement sur la petite ceinture et la rue de la "
     "Loi, puis rendues définitives et séparées de la circulation ; le plan régional de mobilité "
     "Good Move et ses mailles apaisées, qui ferment les quartiers au trafic de transit ; les "
     "sens uniques limités (SUL), où les cyclistes roulent à contresens ; les box vélos sécurisés "
     "dans les rues ; les vélos partagés Villo! et en free-floating. Elle s'appuie sur les "
     "compteurs automatiques, dont celui de la rue de la Loi, et sur les enquêtes de "
     "l'observatoire du vélo, et chiffre les émissions de CO2 évitées. Elle n'élude ni les "
     "oppositions de commerçants et de communes ni les vols de vélos. La zone de basses émissions "
     "est traitée à part.",
     ("vélo", "pistes cyclables", "mobilité active", "plans de mobilité", "émissions de CO2"),
     ("BE",), "2024-05"),
    ("cl24", "project", "es",
     "Más ciclorrutas y menos emisiones: bicicarriles protegidos y cicloparqueaderos en Bogotá",
     "Bogotá tiene más de 600 kilómetros de ciclorrutas, la red más extensa de América Latina, y "
     "cada día se hacen en bicicleta casi 900.000 viajes; los domingos y festivos, la Ciclovía "
     "cierra a los carros más de 120 kilómetros de vías. Este proyecto de la secretaría distrital "
     "de movilidad amplía la red con bicicarriles protegidos en las avenidas que conectan el sur "
     "y el occidente de la ciudad, donde vive la mayoría de los biciusuarios, construye "
     "cicloparqueaderos en los portales de TransMilenio y en los colegios, y pone en marcha un "
     "sistema de bicicletas compartidas, con bicicletas de pedaleo asistido para las lomas. "
     "Incluye campañas de seguridad vial con conductores de buses y motociclistas, conteos de "
     "ciclistas y registro de siniestros, y el cálculo de las toneladas de CO2 evitadas por los "
     "viajes que dejan de hacerse en carro o en moto. También apoya a los bicitaxistas de los "
     "barrios periféricos.",
     ("ciclorrutas", "bicicleta", "movilidad sostenible", "mitigación del cambio climático",
      "Bogotá"),
     ("CO",), "2024-08"),
    # --- port reception facilities for ship-generated waste --------------------------------------
    ("cl25", "document", "en",
     "Port reception facilities for ship-generated waste: a guide for the small ports of the "
     "Wider Caribbean Special Area",
     "Since 2011 the Wider Caribbean Region has been a Special Area under Annex V of MARPOL, "
     "where ships may discharge almost no garbage at sea and must land it in port. Yet many small "
     "island ports, which receive cruise ships, yachts, fishing vessels and inter-island "
     "freighters, still lack adequate reception facilities, and ships report them to the "
     "International Maritime Organization as inadequate. This guide, written for the port "
     "authorities and waste agencies of Saint Lucia, Grenada, Dominica and Saint Vincent and the "
     "Grenadines, explains how to estimate the garbage, oily bilge water, sludge and sewage that "
     "ships will deliver, how to size skips, tanks and barges, how to set fees that do not reward "
     "dumping, how to handle international catering waste under quarantine rules, and how to link "
     "the facilities to the island's landfill and recycling. It covers advance notification, "
     "record books, the reporting of inadequate facilities, and the worn fishing nets and lines "
     "that boats should also bring ashore.",
     ("port reception facilities", "ship-generated waste", "MARPOL Annex V", "marine pollution",
      "small island developing states"),
     ("LC", "GD", "DM", "VC"), "2023-04"),
    ("cl26", "project", "fr",
     "Recevoir les déchets des navires au Port autonome de Lomé : ordures de bord, eaux de cale "
     "et boues d'hydrocarbures",
     "Premier port à conteneurs d'Afrique de l'Ouest, le Port autonome de Lomé reçoit chaque "
     "année plus de 2 000 navires, mais jusqu'à récemment les ordures de bord étaient souvent "
     "confiées à des collecteurs informels qui les revendaient ou les déversaient dans la lagune, "
     "et les eaux de cale et boues d'hydrocarbures finissaient parfois en mer. Ce projet, mené "
     "par la direction des affaires maritimes et l'autorité portuaire avec des opérateurs agréés, "
     "crée des installations de réception portuaires conformes aux annexes I et V de la "
     "convention MARPOL : camion-citerne et barge de pompage pour les résidus huileux, tri à quai "
     "des déchets solides, unité de traitement des eaux huileuses, et notification préalable par "
     "laquelle chaque navire déclare ses déchets avant l'escale. Il forme les agents, fixe une "
     "redevance forfaitaire incluse dans les droits de port et publie chaque trimestre les "
     "quantités reçues. Les huiles récupérées sont régénérées et vendues à des industriels.",
     ("installations de réception portuaires", "déchets des navires", "MARPOL",
      "gestion portuaire", "hydrocarbures"),
     ("TG",), "2024-02"),
    ("cl27", "need", "es",
     "Necesidad: instalaciones portuarias de recepción de desechos de buques en los puertos del "
     "Canal de Panamá",
     "Por el Canal de Panamá pasan cada año más de 12.000 buques, y los puertos de Balboa, "
     "Cristóbal, Manzanillo y Colón atienden además a cruceros y a la flota pesquera. La "
     "Autoridad Marítima de Panamá debe garantizar instalaciones adecuadas para recibir las "
     "basuras, las aguas oleosas de sentina, los fangos y las aguas sucias de los buques, como "
     "exige el Convenio MARPOL en sus anexos I, IV y V, pero los servicios dependen de pocas "
     "empresas, sin datos públicos de lo recibido ni control de su destino final; parte de los "
     "desechos termina en el relleno de Cerro Patacón, al límite de su capacidad. La autoridad "
     "solicita apoyo para estimar la demanda por tipo de desecho, revisar las tarifas y las "
     "licencias de los recolectores, instalar un sistema electrónico de notificación y de recibos "
     "de entrega, y capacitar a inspectores. El agua de lastre, regida por otro convenio, queda "
     "fuera de esta solicitud.",
     ("instalaciones portuarias de recepción", "desechos de buques", "MARPOL",
      "contaminación marina", "puertos"),
     ("PA",), "2024-09"),
    # --- methane leaks from oil and gas ----------------------------------------------------------
    ("cl28", "dataset", "en",
     "Aerial surveys of methane leaks at oil and gas sites in Alberta and British Columbia, "
     "2019-2024",
     "Canada has pledged to cut methane emissions from oil and gas by at least 75 per cent below "
     "2012 levels by 2030, and Alberta and British Columbia require operators to run leak "
     "detection and repair (LDAR) surveys at their wells, batteries and compressor stations. This "
     "dataset gathers the results of aircraft and drone surveys flown by university teams over "
     "more than 10,000 upstream sites in the Montney, Duvernay and heavy oil regions, with the "
     "methane emission rate measured at each source detected, the type of equipment (tank tops, "
     "pneumatic controllers, compressor seals, surface casing vents, unlit flares), and whether "
     "the source was a leak or intended venting. It compares the measured totals with the "
     "national inventory, which the surveys found about 50 per cent too low, and with operators' "
     "LDAR reports, and records how long large leaks persisted between surveys. Abandoned and "
     "orphan wells are listed separately; emissions from flaring are excluded.",
     ("methane leaks", "LDAR", "oil and gas", "methane emissions", "greenhouse gas inventories"),
     ("CA",), "2024-11"),
    ("cl29", "need", "fr",
     "Besoin : un programme de détection et de réparation des fuites de méthane sur les "
     "installations gazières du Sud algérien",
     "Des satellites ont repéré à plusieurs reprises, au-dessus des champs de Hassi R'Mel et de "
     "Hassi Messaoud, des panaches de méthane parmi les plus importants au monde, venant de "
     "fuites sur des gazoducs, des stations de compression et des puits. Le méthane, principal "
     "composant du gaz naturel, réchauffe le climat plus de 80 fois plus que le CO2 sur vingt "
     "ans, et chaque fuite est aussi du gaz perdu pour l'exportation. Le ministère de l'Énergie "
     "et des Mines, avec l'agence de régulation des hydrocarbures, demande un appui pour établir "
     "un inventaire des émissions de méthane par installation, lancer des campagnes de détection "
     "et de réparation des fuites (LDAR) avec des caméras infrarouges et des capteurs portatifs, "
     "former les équipes d'inspection, exploiter les images satellitaires pour cibler les grands "
     "émetteurs, et rédiger une réglementation fixant la fréquence des inspections et les délais "
     "de réparation. Le torchage du gaz associé, objet d'un autre programme, n'est pas concerné.",
     ("fuites de méthane", "LDAR", "industrie gazière", "émissions de méthane", "besoins"),
     ("DZ",), "2024-05"),
    ("cl30", "document", "es",
     "Guía para aplicar los lineamientos de la ASEA sobre metano: programas de detección y "
     "reparación de fugas en el sector hidrocarburos",
     "Desde 2018 los lineamientos de la Agencia de Seguridad, Energía y Ambiente (ASEA) obligan a "
     "las empresas que extraen, procesan, transportan y almacenan petróleo y gas en México a "
     "prevenir y controlar sus emisiones de metano, con la meta de reducirlas entre 40 y 45 por "
     "ciento. Esta guía, preparada para los responsables de instalaciones en Tabasco, Veracruz, "
     "Campeche y la cuenca de Burgos, explica paso a paso cómo elaborar el programa de detección "
     "y reparación de fugas: inventario de componentes como válvulas, bridas, sellos de "
     "compresores y tanques, frecuencia de las inspecciones con cámaras de imagen óptica de "
     "gases, plazos de reparación, sustitución de los controladores neumáticos que ventean gas, y "
     "registro de los resultados en los reportes anuales. Incluye ejemplos de cálculo de "
     "emisiones, de costos y del gas recuperado, y la forma de acreditar la información ante la "
     "agencia. La quema en antorchas y el venteo de gas asociado en los campos marinos se tratan "
     "en otro capítulo.",
     ("fugas de metano", "detección y reparación de fugas", "sector hidrocarburos",
      "emisiones de metano", "guías"),
     ("MX",), "2023-07"),
)  # fmt: skip
