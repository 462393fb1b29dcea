"""Clearing-house records of the hundredth judged relevance set
(tests/search/relevance/queries100.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: health and environment pages
on paediatric environmental health units (ten years of calls to the Pediatric Environmental Health
Specialty Units of the United States; a need to open a consultation de santé environnementale de
l'enfant at the children's hospital of Dakar; twenty-five years of the hoja verde, the
environmental history form, at the Unidad de Salud Medioambiental Pediátrica of Murcia); chemicals
pages on phosphates in detergents (the laundry and dishwasher detergent limits of the United
States; a Québec fiche on détersifs à vaisselle and lessives sans phosphates against the algues
bleu-vert; a need to limit the tripolifosfato of the jabón en polvo that reaches the lago de
Pátzcuaro); occupational health pages on cytotoxic drugs (wipe sampling in the oncology pharmacies
and wards of 24 Australian hospitals; a Québec guide to the médicaments dangereux; a need for the
citostáticos and their residues in the hospitals of Lima and Arequipa) and on welding fumes (what
employers in Great Britain must do since welding fume was classified as a carcinogen; the ateliers
de soudure of Douala; a year of measurements with the herreros of Nezahualcóyotl and Chimalhuacán);
trade and enforcement pages on online sales of hazardous chemicals (an EU-wide inspection of
e-commerce platforms and web shops; a need to watch the pesticides sold on Facebook and WhatsApp in
Côte d'Ivoire; an offer to track the mercury, azogue, and banned pesticides sold on Mercado Libre
in the Andean countries); waste pages on waste-to-energy plants (Reppie beside the Koshe dump of
Addis Ababa; a dataset on the unités de valorisation énergétique, the old UIOM, of France; a need
to assess the termovalorización plants proposed for the basura of La Araucanía, Chile); energy
pages on small wind turbines (a British field trial; a French guide to the petit éolien; the
aerogeneradores de baja potencia of the puesteros of the Chubut plateau); climate mitigation pages
on railway electrification (the Mission 100% electrification of Indian Railways; the
électrification of the Paris-Troyes line; a need for the tren eléctrico of Costa Rica's Gran Área
Metropolitana); Biosafety Clearing-House pages on genetically modified common beans (the Embrapa
5.1 decision of Brazil; a need of Haiti, where beans are called pois; a Central American workshop
on the frijol transgénico resistant to the mosaico dorado); and capacity pages on crowdfunding (ten
years of Crowdfund London; an offer for the sociofinancement campaigns of Québec groups;
matchfunding and micromecenazgo in Navarra and Mallorca). English, French and Spanish, 10 records
each, every topic written once in each language (different countries, projects and angles, not
translations of one text).

None of records.py, records3.py, ..., records99.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (pediatric, paediatric, PEHSU, children's environmental health,
environmental history, santé environnementale de l'enfant, pédiatrique, pédiatre, salud
medioambiental pediátrica, salud ambiental infantil, pediatras, hoja verde; phosphate, detergent,
laundry, dishwasher, STPP, tripolyphosphate, lessive, détergent, détersif, lave-vaisselle, fosfato,
detergente, jabón en polvo, lavavajillas; cytotoxic, antineoplastic, chemotherapy, hazardous drugs,
oncology, cytostatic, cytotoxique, antinéoplasique, chimiothérapie, médicaments dangereux,
citostático, citotóxico, antineoplásico, quimioterapia, oncología; welding, welder, fume,
manganese, soudage, soudeur, soudure, fumées métalliques, soldadura, soldador, herrería, humos
metálicos, metalmecánica; online sales, e-commerce, marketplace, internet, web shop, social media,
WhatsApp, Facebook, parcel, vente en ligne, réseaux sociaux, plateformes, comercio electrónico,
venta en línea, redes sociales, Mercado Libre; waste-to-energy, incineration, incinerator, energy
recovery, incinération, UIOM, valorisation énergétique, incineración, incineradora,
termovalorización, valorización energética; small wind, wind turbine, windmill, wind pump, petit
éolien, éolienne, aerogenerador, molino de viento; railway electrification, electric train,
catenary, electrified, locomotive, électrification, caténaire, train électrique, electrificación,
tren eléctrico, catenaria, ferrocarril; bean, common bean, Phaseolus, golden mosaic, Embrapa,
CTNBio, haricot, niébé, frijol, frejol, poroto, caraota, judía, alubia, mosaico dorado;
crowdfunding, matchfunding, donations, fundraising, share offer, financement participatif,
sociofinancement, mécénat, cagnotte, micromecenazgo, financiación colectiva, financiamiento
colectivo, donaciones, colecta). Screened and dropped as covered: electroplating (the chemical
leasing seminar for the galvanoplastie workshops of Casablanca, j17, judged 2 to "galvanoplastie"
by the fourteenth set), radon (bz07-bz09), HB4 wheat (l16-l18), sprayed RNA interference (bi10,
bi11), GM mustard (be19-be21), GM papaya (bb19-bb21), GM sugarcane (bb22-bb24), GM potatoes
(bc10-bc12), GM cassava (bc13-bc15), Bt brinjal (i10-i12), GM carnations (bf19-bf21), GM ornamental
fish (bh13-bh15), GM mosquitoes (w07-w09), contained use (o22-o24), GMO labelling (n45, cz08),
living modified organisms in food aid (bd22-bd24), skin-lightening creams (p01-p03), lead paint
(h4, h5, n35, p42), kohl (bg22-bg24), lead in turmeric (z07-z09), nail salons (bn25-bn27),
sunscreens (o25, o26), chlorinated paraffins (v07-v09), phthalates and bisphenols in plastics
(w25-w27), brominated flame retardants (t31-t33, bf13-bf15), asbestos (q13-q15), creosote sleepers
(bb13-bb15), antifouling paints (u04-u06), road salt (bm28-bm30), light pollution (w16-w18),
transboundary haze (w22, w23), oil spills (k07, k08), used lead-acid batteries (n16, p25),
lithium-ion batteries (t25-t27), fluorescent lamps (o28-o30), end-of-life tyres (q10-q12), textile
waste and second-hand clothes (k22-k24), the trade in plastic waste and the Basel plastic waste
amendments (n17), ghost nets (v19-v21), plastic pellets (j01-j03), ammonium nitrate and chlorine
accidents (q01, q02), LPG explosions (i19-i21), the training of customs officers (v22, v23, w04,
cn26, ct22), university legal clinics (s06, ba08), right to repair (bv16, bv17), eco-schools (r07)
and environmental courts (r13, r15), besides the topics of sets 42 to 99 and those their docstrings
list as covered, and the biodiversity, ecosystem, agriculture and water topics left to set 101.
Screened with no or passing hits but not chosen: direct air capture (no record, too near carbon
capture and storage), nuclear power (named only by the Setsuden case study, ct13, and the tritium
and radioactive waste pages), the Green Customs Initiative (no hit, but the training of customs
officers is covered), peat burned as a fuel (passing), genetically modified microalgae and
high-containment laboratories (no hit), corporate greenhouse gas reporting (named only in passing
by the SF6 dataset, bu07, and the Québec carbon market guide, dn14), telework (passing, ct15), car
sharing (no hit, too near carpooling), precision fermentation (passing, cj22, too near GM
microorganisms), mini-grids (the subject of the rice-husk gasifier page, dr16, next to the village
micro-hydro pages cl16-cl18) and space debris (no hit). records101.py (ids ec..), written at the
same time by another engineer, is not part of this set's pool.

The nearest are judged 1: the Bt cowpea pages (bd19, bd20, bd21), because cowpea is eaten and sold
as a bean (bd19 calls it "cowpea (beans, black-eyed pea)" and bd21 "caupí (frijol de ojo negro)"),
to the general queries on haricots génétiquement modifiés and frijol transgénico, but not to the
queries on the common bean or on golden mosaic; the dataset of tattoo inks sampled at tattooists,
wholesalers and online shops (bo29, titled on inks bought "sur internet"), the guide to tattoo inks
under REACH, which explains how inks bought online from outside the Union are treated (bo28), and
the case study of Operation Silver Axe, which describes the growing trade in illegal pesticides on
online marketplaces and by parcel post (cb16), to the queries on hazardous chemicals sold online
(cb16 also to "pesticides sold online"); the guide to the French tax on landfill and incineration
(bu17, whose subjects name incinération and déchets ménagers), the Spanish event on the tax on
landfill and incineration of municipal waste (bu18), the fiche on nitrous oxide cartridges that
explode in the furnaces of household waste incinerators (cj05, whose subjects name incinération)
and the guidance on best available techniques for mercury, which covers waste incinerators among
five kinds of sources (q05), to the query on the incineration of household waste only, not to the
queries on waste-to-energy incinerators, usines d'incinération avec valorisation énergétique and
plantas de termovalorización, which ask for plants that burn waste to recover energy; and, in the
golden files, the page on 5-fluorouracil, a chemotherapy drug (subjects cancer and chemotherapy),
to the queries that ask for cytotoxic drugs alone. All the other hits are passing or about other
things, judged 0: the Basel technical guidelines on hazardous waste incineration (d4, no household
waste and no energy recovery), Kamikatsu's town without an incinerator (cv10), the hospital
incinerators replaced by autoclaves (p23) and the expired medicines with no incinerator (bc25,
bc26), the share of Baltimore's trash burned at a waste-to-energy plant (dt01), the valorización
energética plant of Mallorca where nitrous oxide bottles burst (cj06), the energy recovery plants
that may take creosote sleepers (bb13), the valorisation énergétique of mine gas (ch11), and the
other ways of drawing energy from waste, none of them an incineration plant: waste tyres burned as
fuel in cement kilns (q11), landfill gas (dp25, dp26, dp27), biogas from slaughterhouse, distillery
and palm oil mill wastes (bi07, bj10, dj13), plastic-to-fuel pyrolysis (cf16, cf18) and gasifiers
fed with husks and shells (dr16, dr17); the wildlife and plants sold online (r10, r11, r12, bl25,
cy13), and the chlorine dioxide solutions, kohl, ayurvedic remedies, bed bug sprays, leeches and
biology kits that are named in passing as bought or promoted on the internet (br07, br08, br09,
bg24, dl28, dl29, cp14, da24, cf19, cf21); the lead solder of school water pipes (bj24), the
calcium carbide bought from welders (bo26) and the welding taught at the Komati power station
(cb22); the electrification of suburban trains among the projects of Québec's green bonds (cf29),
the night trains (cr19, cr20, cr21), the metro air pages (dx10, dx11, dx12), the rail tanker
accidents (z11, z12) and the new railway line of dt17; the wind turbine shared by the Bristol
energy co-operative (cr22), the wind farms and birds (t22, t23, t24), the turbine blades (bh10,
bh11, bh12) and the offshore wind pages (dn11, dn12); the beans among the crops assessed by Brazil
(bs22), the genetically modified soybean pages and the cocoa and coffee beans; the share offers of
cr22, the small grants fund of n41 and the zakat and waqf donations of dx07, none of them
crowdfunding; the detergent ecolabels (by16, by17), the nonylphenol ethoxylates of denim washing
(bh07, bh08, bh09) and the detergents of chemical leasing (j16), none of which names phosphates;
the pharmaceutical waste pages (d3, p22, bc25, bc26, bc27) and the pharmaceuticals in water (v10,
v11, v12), none of which names cytotoxic drugs; the paediatric staff named by the mothball,
ayurvedic medicine and azarcón pages (bp07, bp09, dl29, dl30); and, in the golden files, the
molecule pages that name detergents, phosphate minerals or incinerators among uses and sources, a
cytotoxic peptide, an antibiotic with antitumour activity and a shellfish toxin cytotoxic to cancer
cells, two paediatrics questions, a study of leukaemia in Iraq and two papers on railway stations
and train shunting.

Traps: the lead in spices, the wildfire smoke and the train derailment and chemical fire of East
Palestine of eb01 (0 to the railway queries); the lead of battery recycling, the pesticides, the
charcoal smoke, the dépigmentation products, the centre antipoison and the apprentis breathing the
fumes of the ateliers de soudure of eb02 (0 to the welding queries); the humo de tabaco, the
nitratos of the wells, the Mar Menor and the niños que superaron un cáncer of eb03; the algal
blooms and farm runoff of eb04; the algues bleu-vert, installations septiques and savons à
vaisselle of eb05; the lirio, charales, pescado blanco and aguas negras of eb06; the cleaning with
detergent of eb07 (0 to the phosphate queries); the incinération à haute température of the déchets
cytotoxiques of eb08 and the incineradores hospitalarios of eb09 (0 to the waste-to-energy and
incineration queries); the hexavalent chromium of stainless steel welding, the shipyards and the
noise of eb10; the carrosseries and pirogues of eb11; the esmeril and the pintura con esmalte y
thinner of eb12; the laundry detergent capsules (0 to the phosphate queries), paints, phthalates,
lead and nickel of eb13; the paraquat, the cacao and the hévéa (0 to natural rubber), the soude
caustique and the acide pour batteries of eb14; the azogue for gold mining and the cremas
aclaradoras con mercurio of eb15; the waste pickers, composting and sanitary landfill of eb16; the
réseau de chaleur, the bonbonnes de protoxyde d'azote and the mâchefers of eb17; the dioxinas,
compostaje and recicladores de base of eb18; the feed-in tariff of eb19; the oiseaux,
chauves-souris, panneaux photovoltaïques and the éoliennes vendues en ligne of eb20 (0 to the
online sales queries); the grupos electrógenos a gasoil and the lámparas a kerosén of eb21; the
solar and wind power of eb22; the soudure aluminothermique of the rails (0 to the welding queries)
and the trains de nuit of eb23; the viviendas in the derecho de vía of eb24; the RNA interference
and the insecticide sprays against whitefly of eb25; the aide alimentaire of eb26; the frijoles
criollos y silvestres of eb27; the cycle parking, community fridges, repair workshops and solar
panels of eb28; the petite éolienne of a ferme-école (0 to the small wind queries) and the bandes
riveraines of eb29; and the talleres de reparación, huertos escolares, tiendas a granel and
cooperativas de autoconsumo solar of eb30. For the country and exclusion queries: eb13 lists
Germany, France, the Netherlands, Poland, Spain and Italy and names no Colombia; eb14 names only
Côte d'Ivoire; cb16 names no Colombia; eb04 names only the United States and eb05 only Canada
(Québec), neither Mexico; eb17 names only France and eb18 only Chile, neither Ethiopia; eb16 names
only Ethiopia, no Chile; eb19 names only the United Kingdom and eb21 only Argentina (Chubut,
Patagonia), neither France; eb22 is the only railway record that names India, eb24 the only one
that names Costa Rica; eb12 is the only welding record that names Mexico; eb15 is the only online
sales record that names mercury.

Ids (eb01..eb30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
dz01..dz30, ea01..ea30), and no earlier id starts with "eb".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- pediatric environmental health units ----------------------------------------------------
    ("eb01", "dataset", "en",
     "Calls to the Pediatric Environmental Health Specialty Units: ten years of consultations on "
     "children's exposures in the United States, 2014-2023",
     "The Pediatric Environmental Health Specialty Units, a network of clinics based in academic "
     "medical centres in each of the ten federal regions of the United States, answer questions "
     "from parents, doctors, nurses, schools and health departments about children's exposures "
     "to toxic substances and other environmental hazards, and see children in clinic when "
     "needed. This dataset counts the consultations logged by the network from 2014 to 2023, by "
     "region, caller, age of the child and exposure: lead in old paint, water and imported "
     "spices, mould and damp, pesticides used at home and in schools, mercury, wildfire smoke, "
     "arsenic in well water and rice, and chemicals in consumer products. It also lists the "
     "training given to health professionals and the emergencies in which the units advised, "
     "such as lead in the water of Flint and the train derailment and chemical fire of East "
     "Palestine. Notes describe how exposures were coded and the gaps before 2016.",
     ("pediatric environmental health", "children's environmental health",
      "environmental medicine", "toxic exposures", "health services"),
     ("US",), "2024-05"),
    ("eb02", "need", "fr",
     "Besoin : ouvrir une consultation de santé environnementale de l'enfant à l'hôpital "
     "d'enfants de Dakar",
     "À Dakar, les pédiatres soignent des enfants intoxiqués par le plomb des ateliers de "
     "recyclage de batteries, par des pesticides conservés dans des bouteilles de boisson, par "
     "la fumée du charbon de bois ou par les produits de dépigmentation de leurs mères, et "
     "voient des apprentis de douze ans qui respirent les fumées des ateliers de soudure. Ils "
     "n'ont pourtant ni laboratoire pour doser le plomb dans le sang, ni formation en "
     "toxicologie, ni circuit pour signaler ces cas. Sur le modèle des unités de santé "
     "environnementale pédiatrique d'Amérique du Nord et d'Europe, le ministère de la Santé, "
     "avec le centre antipoison et la faculté de médecine, demande un appui pour ouvrir une "
     "consultation spécialisée à l'hôpital d'enfants : former deux pédiatres et des infirmières, "
     "adopter un questionnaire d'histoire environnementale, équiper le laboratoire, ouvrir une "
     "ligne d'appel pour les médecins des districts et organiser des visites à domicile avec le "
     "service d'hygiène à Thiaroye, à Pikine et autour de la décharge de Mbeubeuss.",
     ("santé environnementale de l'enfant", "pédiatrie", "intoxications", "centres antipoison",
      "besoins"),
     ("SN",), "2024-09"),
    ("eb03", "case-study", "es",
     "La Unidad de Salud Medioambiental Pediátrica de Murcia: veinticinco años de la hoja verde "
     "en la consulta",
     "A finales de los años noventa un grupo de pediatras del hospital Virgen de la Arrixaca, en "
     "Murcia, abrió una de las primeras unidades de salud medioambiental pediátrica de Europa, "
     "conocidas por la sigla inglesa PEHSU, para detectar, tratar y prevenir las enfermedades de "
     "los niños ligadas a contaminantes y al entorno en que viven. Su herramienta es la hoja "
     "verde, un cuestionario de historia medioambiental sobre la vivienda, el barrio, el humo de "
     "tabaco en el hogar, el trabajo de los padres, el agua, la alimentación y las exposiciones "
     "durante el embarazo, que hoy usan pediatras de atención primaria de toda la región. Este "
     "estudio de caso repasa las consultas atendidas, los programas con embarazadas, el "
     "seguimiento de niños y adolescentes que superaron un cáncer y la formación de residentes, "
     "y su papel ante los nitratos de los pozos y la degradación del Mar Menor. Concluye con lo "
     "que costaría extender el modelo a otras comunidades autónomas.",
     ("salud medioambiental pediátrica", "PEHSU", "hoja verde", "atención primaria",
      "estudios de caso"),
     ("ES",), "2023-06"),
    # --- phosphates in detergents ----------------------------------------------------------------
    ("eb04", "case-study", "en",
     "Taking phosphorus out of the wash: phosphate limits for laundry and dishwasher detergents "
     "in the United States",
     "In the late 1960s, when Lake Erie was said to be dying under mats of algae, sodium "
     "tripolyphosphate (STPP), the builder that softened water in laundry powders, was found to "
     "supply a large share of the phosphorus in sewage. From 1971 states and cities around the "
     "Great Lakes limited phosphates in laundry detergents, and by 1994 manufacturers had "
     "reformulated their products nationwide with zeolites, citrates and carbonates. Automatic "
     "dishwasher detergents kept up to nine per cent phosphorus until 2010, when seventeen "
     "states, following Spokane County in Washington, lowered the limit to half a per cent and "
     "the industry changed its products everywhere. This case study reviews what the limits "
     "achieved: less phosphorus reaching wastewater treatment plants, lower costs for chemical "
     "phosphorus removal, and the complaints about spotted glasses in hard-water areas that "
     "followed. It notes that farm runoff now supplies most of the phosphorus that feeds the "
     "algal blooms of western Lake Erie.",
     ("phosphates in detergents", "detergents", "eutrophication", "phosphorus", "Great Lakes"),
     ("US",), "2023-04"),
    ("eb05", "document", "fr",
     "Détersifs à vaisselle et lessives sans phosphates : fiche pour les riverains et les "
     "municipalités du Québec",
     "Au Québec, les épisodes d'algues bleu-vert qui ont fermé des plages et menacé des prises "
     "d'eau, de la baie Missisquoi au lac Saint-Augustin, ont conduit en 2010 à limiter à 0,5 % "
     "le phosphore des détersifs pour lave-vaisselle, comme le Canada l'avait fait pour les "
     "détergents à lessive dès les années 1970. Cette fiche, rédigée pour les associations de "
     "riverains et les municipalités, explique le rôle des phosphates, surtout le "
     "tripolyphosphate de sodium, dans les détersifs, ce qu'indiquent les étiquettes, pourquoi "
     "des produits achetés hors de la province ou à usage industriel peuvent encore en contenir, "
     "et quelle part du phosphore des lacs vient plutôt des installations septiques, des "
     "pelouses fertilisées et des terres agricoles. Elle propose des gestes simples : choisir "
     "des produits certifiés, faire vidanger la fosse septique et garder une bande riveraine "
     "naturelle. Les savons à vaisselle pour le lavage à la main ne sont pas visés.",
     ("phosphates", "détersifs", "lave-vaisselle", "algues bleu-vert", "lacs"),
     ("CA",), "2022-06"),
    ("eb06", "need", "es",
     "Necesidad: limitar los fosfatos del jabón en polvo que llega al lago de Pátzcuaro",
     "En las comunidades purépechas y en los barrios de Pátzcuaro, Erongarícuaro y Tzintzuntzan, "
     "muchas familias todavía lavan la ropa en lavaderos y a la orilla del lago, y el agua "
     "jabonosa de casas y lavanderías llega al lago por drenes y arroyos sin pasar por una "
     "planta de tratamiento. El jabón en polvo y los detergentes baratos que se venden a granel "
     "en los tianguis contienen tripolifosfato de sodio, que se suma a los fertilizantes y a las "
     "aguas negras en un lago cada vez más bajo y turbio, invadido por el lirio y con menos "
     "charales y pescado blanco. Una red de organizaciones, con la universidad michoacana, "
     "solicita apoyo para analizar el fósforo de las marcas más vendidas, medir su aporte frente "
     "a las otras fuentes, proponer a las autoridades una norma que limite los fosfatos en los "
     "detergentes para ropa y probar con las lavanderías y las mujeres de los lavaderos "
     "productos sin fosfatos a precio accesible.",
     ("fosfatos", "detergentes", "eutrofización", "lago de Pátzcuaro", "necesidades"),
     ("MX",), "2024-03"),
    # --- cytotoxic drugs -------------------------------------------------------------------------
    ("eb07", "dataset", "en",
     "Antineoplastic drug residues on hospital surfaces: wipe sampling in oncology pharmacies, "
     "day units and wards of 24 Australian hospitals, 2019-2023",
     "Cytotoxic drugs given in chemotherapy, such as cyclophosphamide, ifosfamide, methotrexate, "
     "5-fluorouracil and gemcitabine, can cause cancer, miscarriage and birth defects in the "
     "nurses, pharmacists and cleaners who prepare them, give them or touch contaminated "
     "surfaces. This dataset, assembled by a university occupational health group with hospital "
     "pharmacy departments, gives the results of wipe samples taken each year on biological "
     "safety cabinets, pass-through hatches, infusion chairs, pump keypads, patient toilets and "
     "the outside of drug vials as delivered, with the number of doses prepared per day and the "
     "protective practices in place: closed-system transfer devices, double gloves, gowns and "
     "spill kits. Nearly every site had at least one positive surface; toilets and floors were "
     "the most contaminated, and levels fell where closed systems and regular cleaning with "
     "detergent were introduced. Urine testing of staff is reported separately.",
     ("cytotoxic drugs", "antineoplastic drugs", "occupational exposure", "hospitals",
      "surface contamination"),
     ("AU",), "2024-02"),
    ("eb08", "document", "fr",
     "Médicaments dangereux : guide de prévention pour le personnel des établissements de santé "
     "du Québec",
     "Les médicaments dangereux, surtout les antinéoplasiques de la chimiothérapie mais aussi "
     "certains antiviraux et hormones, exposent le personnel qui les prépare, les administre ou "
     "nettoie les chambres : pharmaciens, assistants techniques en pharmacie, infirmières, "
     "préposés aux bénéficiaires, personnel d'hygiène et salubrité. Ce guide, mis à jour par une "
     "association paritaire de santé et de sécurité du travail du secteur, présente la liste des "
     "médicaments concernés, la préparation sous enceinte de sécurité biologique en salle "
     "propre, les dispositifs de transfert en circuit fermé, le port de deux paires de gants et "
     "de blouses imperméables, la manipulation des excreta des patients pendant 48 heures, le "
     "nettoyage des surfaces et les trousses de déversement. Il traite aussi des déchets "
     "cytotoxiques : contenants rigides identifiés, entreposage, transport et élimination par "
     "incinération à haute température. Il rappelle le droit au retrait préventif de la "
     "travailleuse enceinte ou qui allaite.",
     ("médicaments dangereux", "antinéoplasiques", "santé et sécurité du travail",
      "établissements de santé", "déchets cytotoxiques"),
     ("CA",), "2023-10"),
    ("eb09", "need", "es",
     "Necesidad: manejo seguro de los citostáticos y de sus residuos en los hospitales de Lima y "
     "Arequipa",
     "Con la descentralización de la atención del cáncer, hospitales regionales y servicios de "
     "oncología del Perú preparan hoy quimioterapias que antes se concentraban en el instituto "
     "nacional de enfermedades neoplásicas. En varios de ellos, enfermeras y químicos "
     "farmacéuticos reconstituyen los citostáticos en campanas de flujo laminar sin "
     "mantenimiento, sin sistemas cerrados y con un solo par de guantes, y los frascos vacíos, "
     "las bolsas de infusión y los equipos usados se mezclan con los residuos biocontaminados. "
     "El ministerio de salud, con su dirección de salud ambiental, solicita apoyo para medir la "
     "contaminación de superficies en seis hospitales de Lima y Arequipa, equipar unidades "
     "centralizadas de mezclas oncológicas con cabinas de seguridad biológica, capacitar al "
     "personal, organizar la vigilancia médica de los trabajadores expuestos y contratar el "
     "tratamiento de los residuos citotóxicos como residuos peligrosos, que hoy a veces se "
     "queman en incineradores hospitalarios obsoletos.",
     ("citostáticos", "medicamentos antineoplásicos", "residuos peligrosos hospitalarios",
      "salud ocupacional", "necesidades"),
     ("PE",), "2024-07"),
    # --- welding fumes ---------------------------------------------------------------------------
    ("eb10", "document", "en",
     "Welding fume as a carcinogen: what employers in Great Britain must do since the 2019 "
     "change in enforcement",
     "In 2017 the International Agency for Research on Cancer classified welding fume, including "
     "fume from mild steel, as carcinogenic to humans, causing lung cancer, and in 2019 the "
     "health and safety regulator announced that general ventilation would no longer be accepted "
     "as adequate control for any indoor welding. This guidance explains what the change means "
     "for fabrication shops, agricultural engineers, shipyards, garages and school workshops: "
     "local exhaust ventilation, such as on-torch extraction or extraction arms, for all indoor "
     "welding; fit-tested respiratory protective equipment where extraction alone cannot keep "
     "exposure low; and powered respirators outdoors and in confined spaces. It covers manganese "
     "in fume and its effects on the nervous system, ozone and nitrogen oxides from gas-shielded "
     "processes, hexavalent chromium from welding stainless steel, and the health surveillance "
     "of welders. Dust from cutting and grinding and noise are dealt with in other guidance.",
     ("welding fume", "occupational cancer", "local exhaust ventilation", "manganese",
      "respiratory protection"),
     ("GB",), "2023-01"),
    ("eb11", "need", "fr",
     "Besoin : protéger contre les fumées les soudeurs des ateliers de soudure de Douala",
     "À Douala, des milliers de soudeurs travaillent dans des ateliers installés au bord des "
     "routes de New Bell, de Bépanda et de la zone industrielle de Bassa : portails, grilles de "
     "fenêtres, charpentes métalliques, réparation de carrosseries et de pirogues. Ils soudent à "
     "l'arc avec des électrodes enrobées bon marché, le visage à quelques centimètres du panache "
     "de fumée, sans masque ni aspiration, et les apprentis regardent l'arc sans protection des "
     "yeux. Les fumées chargées de manganèse et d'oxydes de fer entrent dans les boutiques et "
     "les maisons voisines. La délégation régionale du travail, avec une école d'ingénieurs et "
     "une association de métalliers, demande un appui pour mesurer l'exposition dans vingt "
     "ateliers, tester des aspirateurs de fumées à bas coût fabriqués sur place, fournir des "
     "masques filtrants et des écrans, former les chefs d'atelier et leurs apprentis, et faire "
     "entrer les soudeurs dans les visites médicales de la caisse de sécurité sociale.",
     ("fumées de soudage", "soudeurs", "secteur informel", "santé au travail", "besoins"),
     ("CM",), "2024-05"),
    ("eb12", "case-study", "es",
     "Herrerías y humos de soldadura en Nezahualcóyotl y Chimalhuacán: un año de mediciones con "
     "los herreros del oriente del valle de México",
     "En Ciudad Nezahualcóyotl y Chimalhuacán, al oriente del valle de México, las herrerías que "
     "hacen zaguanes, protecciones para ventanas y estructuras para techos trabajan en cocheras "
     "y sobre la banqueta, con soldadura de arco eléctrico y cada vez más con microalambre. Este "
     "estudio de caso, de una universidad pública con la secretaría del trabajo del estado, "
     "siguió durante un año a 60 herreros y ayudantes: midió los humos metálicos en la zona de "
     "respiración, el manganeso en sangre y la función pulmonar, y registró quemaduras, golpes "
     "de arco en los ojos y el ruido del esmeril. Luego probó con los talleres campanas de "
     "extracción hechas con ventiladores de coche y respiradores con filtro, y revisiones "
     "médicas en el centro de salud. La extracción local redujo los humos a la mitad, pero los "
     "respiradores se abandonaban con el calor. La pintura de las piezas con esmalte y thinner "
     "queda para otro estudio.",
     ("humos de soldadura", "herrerías", "salud ocupacional", "manganeso", "estudios de caso"),
     ("MX",), "2023-09"),
    # --- online sales of hazardous chemicals -----------------------------------------------------
    ("eb13", "case-study", "en",
     "Hazardous chemicals bought online: what an EU-wide inspection of e-commerce platforms and "
     "web shops found",
     "More and more paints, cleaning products, pesticides and biocides, solvents, glues and "
     "laundry detergent capsules reach consumers in Europe through online marketplaces and small "
     "web shops, many of them run from outside the Union. In a coordinated enforcement project, "
     "inspectors from 26 countries examined several thousand offers online and bought samples, "
     "checking whether the web page showed the hazard pictograms and statements required by the "
     "classification and labelling rules, whether substances restricted under REACH, such as "
     "certain phthalates, lead or nickel, were present, and whether biocides and plant "
     "protection products were authorised. This case study summarises the results: most offers "
     "did not show the hazards before purchase, and many products sold on marketplaces by "
     "traders outside the Union broke restrictions. It explains how hard it is to find who is "
     "responsible, the agreements reached with large platforms to take listings down, and the "
     "new rules on digital services and product safety that oblige marketplaces to act.",
     ("online sales", "e-commerce", "hazardous chemicals", "market surveillance", "enforcement"),
     ("DE", "FR", "NL", "PL", "ES", "IT"), "2024-10"),
    ("eb14", "need", "fr",
     "Besoin : surveiller la vente de pesticides et de produits chimiques sur les réseaux "
     "sociaux et les plateformes en ligne en Côte d'Ivoire",
     "En Côte d'Ivoire, herbicides, insecticides et raticides se vendent désormais sur Facebook, "
     "dans des groupes WhatsApp de planteurs de cacao et d'hévéa et sur des sites de petites "
     "annonces, souvent sans étiquette, en bouteilles reconditionnées ou sous les noms de "
     "produits interdits comme le paraquat. Des livreurs à moto les portent jusqu'aux villages, "
     "hors de tout contrôle du comité pilote des pesticides et de la direction de la protection "
     "des végétaux. Des produits d'entretien très concentrés, de la soude caustique et de "
     "l'acide pour batteries circulent de la même manière à Abidjan. Le ministère de "
     "l'Agriculture, avec le ministère du Commerce et le centre antipoison, demande un appui "
     "pour créer une cellule de veille des annonces en ligne, former ses agents aux achats tests "
     "et aux saisies, négocier avec les plateformes le retrait des annonces et sensibiliser les "
     "acheteurs aux dangers de ces produits.",
     ("vente en ligne", "pesticides", "réseaux sociaux", "contrôle des produits chimiques",
      "besoins"),
     ("CI",), "2024-06"),
    ("eb15", "support-source", "es",
     "Oferta: rastreo de anuncios de mercurio y plaguicidas prohibidos en las plataformas de "
     "comercio electrónico de los países andinos",
     "Un grupo de investigación de una universidad de Lima, que desde 2019 rastrea con programas "
     "propios los anuncios de productos químicos en Mercado Libre, en tiendas en línea y en "
     "grupos de redes sociales, ofrece a las autoridades ambientales, sanitarias y aduaneras de "
     "la región su herramienta y su acompañamiento. En el Perú, Bolivia, Ecuador y Colombia "
     "encontró cada mes cientos de avisos de mercurio, el azogue, vendido en frascos para la "
     "minería de oro pese a la prohibición, junto con plaguicidas prohibidos, cremas aclaradoras "
     "con mercurio y ácidos sin etiqueta. La oferta incluye la búsqueda automática de avisos por "
     "palabras clave y fotografías, informes mensuales con los vendedores más activos, una guía "
     "para pedir a las plataformas que bajen los anuncios y la capacitación de inspectores en "
     "compras de prueba. Se financia con proyectos de cooperación y no cobra a las entidades "
     "públicas.",
     ("comercio electrónico", "mercurio", "plaguicidas prohibidos", "vigilancia del mercado",
      "ofertas"),
     ("PE", "BO", "EC", "CO"), "2025-02"),
    # --- waste-to-energy -------------------------------------------------------------------------
    ("eb16", "case-study", "en",
     "Reppie, Africa's first waste-to-energy plant: burning Addis Ababa's rubbish beside the "
     "Koshe dump",
     "In March 2017 part of the Koshe dump in Addis Ababa, where the city's waste had been piled "
     "for fifty years, collapsed and killed more than 110 people, most of them waste pickers "
     "living on its slopes. The following year the Reppie waste-to-energy plant opened on the "
     "edge of the site, designed to burn about 1,400 tonnes of municipal solid waste a day on "
     "moving grates and to generate up to 25 megawatts for the national grid, with flue gas "
     "treatment meant to meet European emission limits. This case study looks at the first "
     "years: the high moisture and low calorific value of the city's mostly organic waste, "
     "breakdowns and months out of service, the electricity actually delivered, the bottom ash "
     "and fly ash to be disposed of, and what became of the waste pickers, some of whom were "
     "hired. It compares the plant's cost with composting and sanitary landfill and draws "
     "lessons for other African cities.",
     ("waste-to-energy", "incineration", "municipal solid waste", "dumpsites", "Addis Ababa"),
     ("ET",), "2023-03"),
    ("eb17", "dataset", "fr",
     "Unités de valorisation énergétique des déchets ménagers en France : tonnages, énergie "
     "produite et émissions, 2015-2023",
     "La France compte environ 120 usines d'incinération d'ordures ménagères (UIOM), que l'on "
     "appelle unités de valorisation énergétique (UVE) quand elles récupèrent la chaleur des "
     "fours pour produire de l'électricité ou alimenter un réseau de chaleur. Ce jeu de données, "
     "tiré des déclarations annuelles des exploitants, donne pour chaque installation les "
     "tonnages de déchets ménagers et d'activités économiques brûlés, la performance "
     "énergétique, l'électricité et la chaleur vendues, les émissions d'oxydes d'azote, de "
     "poussières et de dioxines mesurées en continu ou par prélèvements semi-continus, les "
     "tonnages de mâchefers valorisés en techniques routières et ceux des résidus d'épuration "
     "des fumées envoyés en stockage de déchets dangereux. Les notes expliquent les écarts entre "
     "usines, les arrêts pour travaux et les fours arrêtés après l'explosion de bonbonnes de "
     "protoxyde d'azote jetées avec les ordures.",
     ("valorisation énergétique", "incinération", "déchets ménagers", "dioxines", "mâchefers"),
     ("FR",), "2024-12"),
    ("eb18", "need", "es",
     "Necesidad: evaluar con independencia las plantas de termovalorización propuestas para la "
     "basura de La Araucanía",
     "Desde el cierre del vertedero de Boyeco, Temuco y otras comunas de La Araucanía envían su "
     "basura a rellenos sanitarios lejanos, con costos de transporte que pesan en los "
     "presupuestos municipales. En ese vacío surgieron proyectos privados de plantas de "
     "termovalorización que quemarían cientos de miles de toneladas al año para generar "
     "electricidad, cuestionados por comunidades mapuche y vecinos que temen las emisiones de "
     "dioxinas y furanos y la llegada de residuos de otras regiones. Una asociación de "
     "municipios, con la secretaría regional de medio ambiente, solicita apoyo para una "
     "evaluación técnica independiente: caracterizar la basura de la región, muy húmeda y con "
     "mucha materia orgánica, comparar costos y emisiones con el compostaje, el reciclaje con "
     "los recicladores de base y un relleno regional, revisar las normas de emisión y el manejo "
     "de cenizas que exigiría una planta, y preparar la participación ciudadana.",
     ("termovalorización", "incineración de residuos", "residuos sólidos municipales",
      "rellenos sanitarios", "necesidades"),
     ("CL",), "2025-01"),
    # --- small wind turbines ---------------------------------------------------------------------
    ("eb19", "dataset", "en",
     "Small wind turbines on homes, farms and schools: metered output of 60 sites in a British "
     "field trial",
     "Small wind turbines, from roof-mounted units of one kilowatt to mast-mounted machines of "
     "up to 20 kilowatts, were sold in the 2000s as a way for households to cut their "
     "electricity bills and emissions. This dataset comes from a field trial run by an energy "
     "advice body, which metered the output and wind speed of 60 turbines for up to two years: "
     "building-mounted turbines in towns and suburbs, and free-standing turbines on farms, "
     "schools and homes in open country and on the coasts of Scotland and Wales. It gives the "
     "rated power, hub height, mean wind speed, annual energy produced and load factor of each "
     "site, with downtime and faults. Building-mounted turbines in built-up areas often produced "
     "less electricity than their inverters used, while well-sited free-standing turbines "
     "reached load factors above 15 per cent. The notes give the siting lessons later used in "
     "planning guidance and feed-in tariff rules.",
     ("small wind turbines", "microgeneration", "renewable energy", "field trials",
      "energy yield"),
     ("GB",), "2022-05"),
    ("eb20", "document", "fr",
     "Petit éolien : guide pour les particuliers, les exploitants agricoles et les communes",
     "Les éoliennes de petite puissance, de quelques centaines de watts à 36 kilowatts, peuvent "
     "alimenter un site isolé, une exploitation agricole ou un bâtiment communal, mais beaucoup "
     "de particuliers ont été déçus par des machines posées sur un toit ou au fond d'un jardin "
     "abrité. Ce guide, édité par une agence régionale de l'énergie, explique comment estimer le "
     "gisement de vent, pourquoi un mât de plus de 12 mètres, dégagé des obstacles, est souvent "
     "nécessaire, les démarches d'urbanisme selon la hauteur, les distances aux voisins et le "
     "bruit, les précautions pour les oiseaux et les chauves-souris, le raccordement au réseau "
     "ou le stockage en batteries, et le coût du kilowattheure comparé à celui des panneaux "
     "photovoltaïques. Il met en garde contre le démarchage à domicile et les éoliennes vendues "
     "en ligne sans certification ni courbe de puissance mesurée.",
     ("petit éolien", "éoliennes domestiques", "énergies renouvelables", "autoconsommation",
      "guides"),
     ("FR",), "2023-02"),
    ("eb21", "project", "es",
     "Aerogeneradores de baja potencia para pobladores rurales dispersos de la meseta de Chubut",
     "En la meseta central de Chubut, los puesteros y pequeños productores de ovejas y chivas "
     "viven en parajes a decenas de kilómetros de la red eléctrica, con viento fuerte casi todo "
     "el año. Este proyecto del programa provincial de energías renovables para el mercado rural "
     "instaló entre 2021 y 2024 aerogeneradores de baja potencia, de 600 a 1.500 vatios, con "
     "baterías y un panel solar, en más de 300 viviendas y en escuelas rurales de paraje, "
     "reemplazando grupos electrógenos a gasoil, velas y lámparas a kerosén. Un taller de Trelew "
     "fabrica las palas y repara los equipos, y técnicos locales recorren los campos dos veces "
     "al año. El proyecto registra la energía producida, las fallas por ráfagas y heladas y el "
     "costo del mantenimiento, que los usuarios pagan en parte con una cuota mensual, y forma a "
     "jóvenes de la zona como instaladores.",
     ("aerogeneradores de baja potencia", "energía eólica", "electrificación rural", "Patagonia",
      "energías renovables"),
     ("AR",), "2024-10"),
    # --- railway electrification -----------------------------------------------------------------
    ("eb22", "case-study", "en",
     "Mission 100% electrification: how Indian Railways strung overhead wires across its "
     "broad-gauge network",
     "In 2014 about 40 per cent of the broad-gauge network of Indian Railways was electrified, "
     "and diesel locomotives running on imported fuel hauled much of its freight and passenger "
     "traffic. Under a mission launched in 2018, the railway electrified more than 40,000 route "
     "kilometres in less than ten years, at times over 6,000 kilometres a year, so that almost "
     "the whole broad-gauge network now runs under 25 kilovolt overhead lines. This case study "
     "examines how it was done: standard designs, mechanised wiring trains, contracts split into "
     "packages and new traction substations. It sets out the results: diesel consumption and "
     "spending cut, faster and heavier trains, and lower carbon dioxide emissions per "
     "tonne-kilometre as the power grid adds solar and wind. It also discusses the diesel "
     "locomotives retired or kept for emergencies, the electric locomotive factories and the "
     "railway's goal of net zero emissions by 2030.",
     ("railway electrification", "rail transport", "transport decarbonisation",
      "electric locomotives", "India"),
     ("IN",), "2024-04"),
    ("eb23", "project", "fr",
     "Électrifier la ligne Paris-Troyes : la fin des trains diesel entre Gretz-Armainvilliers et "
     "Troyes",
     "Sur la ligne de Paris-Est à Troyes, les trains Intercités et TER roulent encore au gazole "
     "sur les 130 kilomètres non électrifiés entre Gretz-Armainvilliers et Troyes, ainsi que sur "
     "l'antenne de Longueville à Provins. Ce projet, financé par l'État, les régions "
     "Île-de-France et Grand Est et les départements traversés, pose la caténaire en 25 000 "
     "volts, construit des sous-stations, adapte les ponts et les passages à niveau et remplace "
     "les rails usés, soudés sur place par soudure aluminothermique. Il permettra de faire "
     "circuler des rames électriques, plus silencieuses et sans fumées dans les gares, et "
     "d'économiser le gazole et ses émissions de dioxyde de carbone, d'oxydes d'azote et de "
     "particules. Les travaux, menés par étapes depuis 2018 avec des interruptions de nuit et de "
     "fin de semaine, sont suivis pour le bruit et les poussières, et un comité d'usagers en est "
     "informé. Les trains de nuit ne sont pas concernés.",
     ("électrification ferroviaire", "transport ferroviaire", "décarbonation des transports",
      "trains diesel", "Grand Est"),
     ("FR",), "2024-06"),
    ("eb24", "need", "es",
     "Necesidad: estudios para electrificar el tren de pasajeros del Gran Área Metropolitana de "
     "Costa Rica",
     "En el Gran Área Metropolitana de Costa Rica, el tren interurbano que une San José con "
     "Cartago, Heredia y Alajuela usa locomotoras y automotores diésel sobre una vía angosta de "
     "más de un siglo, y comparte calles y pasos a nivel con el tránsito. El país genera casi "
     "toda su electricidad con fuentes renovables, de modo que un tren eléctrico reduciría las "
     "emisiones del transporte, la mayor fuente de sus gases de efecto invernadero. El instituto "
     "ferroviario, con el instituto costarricense de electricidad y el ministerio de ambiente, "
     "solicita apoyo técnico para actualizar los estudios de electrificación: tensión y "
     "catenaria, subestaciones alimentadas desde la red nacional, trenes eléctricos adecuados a "
     "la trocha de la vía, reubicación de las viviendas que ocupan el derecho de vía y un plan "
     "financiero que combine créditos y cooperación. También pide capacitar a su personal en la "
     "operación y el mantenimiento de trenes eléctricos.",
     ("electrificación ferroviaria", "tren eléctrico", "transporte público", "descarbonización",
      "necesidades"),
     ("CR",), "2024-02"),
    # --- GM common beans -------------------------------------------------------------------------
    ("eb25", "document", "en",
     "Biosafety decision summary: Embrapa 5.1, a genetically modified common bean resistant to "
     "bean golden mosaic virus, Brazil",
     "The common bean (Phaseolus vulgaris), eaten every day in Brazil with rice, loses much of "
     "its yield in hot, dry seasons to bean golden mosaic virus, carried by the whitefly Bemisia "
     "tabaci, which farmers fight with repeated insecticide sprays. Researchers at Embrapa, the "
     "national agricultural research corporation, developed event Embrapa 5.1, a carioca-type "
     "bean carrying a hairpin construct that silences a viral replication gene by RNA "
     "interference. This summary of the national biosafety commission's 2011 decision, published "
     "on the Biosafety Clearing-House, covers the molecular characterisation, the field trials "
     "in several states, the food and feed safety studies, gene flow to other beans (low, as the "
     "crop is mostly self-pollinating), effects on non-target insects and the conditions for "
     "commercial release. It notes the later registration of varieties derived from the event, "
     "their slow uptake by seed producers and the monitoring plan.",
     ("genetically modified beans", "common bean", "bean golden mosaic virus",
      "RNA interference", "biosafety decisions"),
     ("BR",), "2022-09"),
    ("eb26", "need", "fr",
     "Besoin : évaluer le haricot génétiquement modifié résistant à la mosaïque dorée avant "
     "toute introduction en Haïti",
     "En Haïti, le haricot commun (Phaseolus vulgaris), que l'on appelle pois, pois noir ou pois "
     "rouge, est la principale source de protéines des familles paysannes, cultivé dans "
     "l'Artibonite, le Plateau central et les mornes de Kenscoff. La mosaïque dorée, un virus "
     "transmis par la mouche blanche, y ruine une grande partie des récoltes de saison sèche. "
     "Depuis que le Brésil a autorisé un haricot génétiquement modifié résistant à ce virus, des "
     "organisations paysannes s'inquiètent de semences qui pourraient arriver avec l'aide "
     "alimentaire ou par la frontière dominicaine, tandis que des chercheurs y voient une "
     "solution. Le ministère de l'Agriculture et le comité national de biosécurité, qui prépare "
     "encore son cadre réglementaire, demandent un appui pour évaluer les risques de ce haricot "
     "dans les conditions haïtiennes, équiper un laboratoire capable de détecter l'événement "
     "dans les semences et le grain importés, et organiser une consultation publique avec les "
     "organisations paysannes.",
     ("haricot génétiquement modifié", "mosaïque dorée", "biosécurité", "détection des OGM",
      "besoins"),
     ("HT",), "2023-11"),
    ("eb27", "event", "es",
     "Taller centroamericano: el frijol transgénico resistente al mosaico dorado y la "
     "bioseguridad en la región",
     "El frijol común (Phaseolus vulgaris), rojo en Honduras, El Salvador y Nicaragua y negro en "
     "Guatemala, sostiene la dieta y el ingreso de cientos de miles de pequeños productores, y "
     "el mosaico dorado, un virus que transmite la mosca blanca, es desde los años setenta una "
     "de sus peores plagas. La región lo ha enfrentado con variedades mejoradas de forma "
     "convencional, pero el frijol transgénico aprobado en Brasil, que resiste al virus por "
     "silenciamiento génico, plantea preguntas a los reguladores. Este taller de tres días en la "
     "escuela agrícola de El Zamorano reúne a las autoridades de bioseguridad de Guatemala, "
     "Honduras, El Salvador y Nicaragua, fitomejoradores, organizaciones campesinas y "
     "comerciantes de grano para revisar la evaluación de riesgo hecha en Brasil, el flujo de "
     "genes hacia frijoles criollos y silvestres en esta región de origen de la especie, la "
     "detección en el grano que se comercia entre países y las reglas comunes que podrían "
     "adoptarse.",
     ("frijol transgénico", "mosaico dorado", "bioseguridad", "organismos vivos modificados",
      "eventos"),
     ("HN", "GT", "SV", "NI"), "2025-03"),
    # --- crowdfunding ----------------------------------------------------------------------------
    ("eb28", "case-study", "en",
     "Crowdfunding London: what ten years of match-funded civic crowdfunding did for local green "
     "projects",
     "Since 2014 the Mayor of London has offered to top up community projects that first raise "
     "money from local people on a civic crowdfunding platform: a group posts its idea, "
     "residents, businesses and the borough pledge, and the city adds a grant once enough "
     "backers have shown support. This case study looks at ten years of campaigns, more than "
     "half of them environmental: tree planting and pocket parks, cycle parking, community "
     "fridges and repair workshops, greening of streets around schools, river clean-ups and a "
     "few solar panels on community buildings. It reports how much the crowd and the match fund "
     "each raised, which neighbourhoods took part, how many projects were completed and were "
     "still running after three years, and why campaigns in poorer boroughs needed more help to "
     "reach their targets. It also discusses the limits: the time volunteers spend, the small "
     "sums involved and the risk that councils come to rely on the crowd for public services.",
     ("crowdfunding", "civic crowdfunding", "match funding", "community projects",
      "local government"),
     ("GB",), "2024-08"),
    ("eb29", "support-source", "fr",
     "Offre : accompagnement des organismes environnementaux du Québec dans leurs campagnes de "
     "sociofinancement",
     "Au Québec, on appelle sociofinancement ce qu'on nomme en France financement participatif : "
     "une campagne en ligne où des dizaines ou des centaines de personnes donnent de petits "
     "montants, souvent contre une contrepartie, pour réaliser un projet. Une coopérative de "
     "services aux organismes à but non lucratif offre aux groupes environnementaux, aux "
     "organismes de bassin versant, aux écoles et aux municipalités un accompagnement gratuit "
     "pour préparer leur campagne sur une plateforme québécoise : objectif, budget, vidéo, "
     "calendrier, contreparties, communication dans les réseaux sociaux et les médias régionaux, "
     "puis suivi des donateurs. Parmi les projets déjà soutenus figurent la plantation de bandes "
     "riveraines, une petite éolienne pour une ferme-école, un sentier d'interprétation et une "
     "embarcation pour nettoyer les berges. Les fonds recueillis sont parfois doublés par une "
     "fondation ou par la municipalité.",
     ("sociofinancement", "financement participatif", "organismes à but non lucratif",
      "mobilisation des ressources", "offres"),
     ("CA",), "2023-04"),
    ("eb30", "project", "es",
     "Micromecenazgo con fondos públicos: convocatorias de matchfunding para proyectos "
     "ambientales en Navarra y Mallorca",
     "En el matchfunding, o financiación colectiva con fondos públicos, una administración se "
     "compromete a poner un euro por cada euro que un proyecto consiga de la ciudadanía en una "
     "campaña de micromecenazgo, de modo que el apoyo popular decide qué se financia. Este "
     "proyecto, impulsado por una fundación que gestiona una plataforma de crowdfunding cívico "
     "junto con el gobierno de Navarra y el consell de Mallorca, lanzó entre 2021 y 2024 cuatro "
     "convocatorias para proyectos de economía circular, transición energética y biodiversidad: "
     "talleres de reparación, huertos escolares, tiendas a granel, cooperativas de autoconsumo "
     "solar y recuperación de fuentes y acequias. De 112 proyectos presentados, 78 alcanzaron su "
     "objetivo, con unos 9.000 donantes. El proyecto mide lo recaudado, el perfil de los "
     "donantes, la permanencia de las iniciativas y la transparencia de las cuentas, y forma a "
     "las entidades en la comunicación de sus campañas.",
     ("micromecenazgo", "financiación colectiva", "matchfunding", "economía circular",
      "participación ciudadana"),
     ("ES",), "2024-11"),
)  # fmt: skip
