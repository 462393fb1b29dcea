"""Clearing-house records of the sixty-sixth judged relevance set
(tests/search/relevance/queries66.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: waste pages on radioactive
waste disposal (Onkalo, the Finnish repository for spent nuclear fuel; the Observatoire pérenne de
l'environnement of Cigéo at Bure; a Spanish summary of the Séptimo Plan General de Residuos
Radiactivos, with El Cabril and the almacén geológico profundo); chemicals pages on anticoagulant
rodenticides (liver residues in the mountain lions, bobcats and owls of California; the
bromadiolone, campagnols terrestres and milans royaux of Franche-Comté; a need against the topillo
plagues of Tierra de Campos after the clorofacinona of 2007); health and environment pages on
chronic kidney disease of unknown cause (CKDu among the paddy farmers of Sri Lanka's North Central
Province; a Québec fiche on the néphropathie mésoaméricaine of Guatemalan and Mexican seasonal farm
workers; a need for the ERCnT of El Salvador's Bajo Lempa); chemicals and health pages on edible
clay (calabash chalk in British African food shops; the kalaba eaten by pregnant women in Cameroon;
the tierra de Esquipulas of Guatemala); energy pages on energy saving campaigns (setsuden and Cool
Biz in Japan after Fukushima; the Swiss campaign of économies d'énergie and sobriété énergétique of
winter 2022-2023; a need for an ahorro de energía campaign in Ecuador after the apagones of 2024);
climate mitigation pages on shared e-scooters (trips, injuries and life-cycle emissions in New
Zealand cities; Paris after the votation against the trottinettes en libre-service; a need for the
monopatines eléctricos compartidos of Buenos Aires); transport pages on green freight and
eco-driving (the Northern Corridor from Mombasa; Québec's Écocamionnage and its camionneurs;
Chile's Giro Limpio and its conducción eficiente); capacity pages on serious games (a tabletop game
for customs officers on hazardous chemicals and waste; the Fresque du Climat and other jeux sérieux
in the training of French civil servants; a juego de mesa against mercury for the gold miners of
Antioquia); Biosafety Clearing-House pages on genetically modified tomatoes (the purple tomato with
snapdragon genes in the United States; a Moroccan need to detect GM and gene-edited tomato seed;
the wild tomato relatives of Peru under its OVM moratorium); and pollution pages on glitter
(glitter bans at British music festivals; a Belgian fiche on paillettes under the EU restriction of
intentionally added microplastics; a Mexican need on diamantina). English, French and Spanish, 10
records each, every topic written once in each language (different countries, projects and angles,
not translations of one text).

None of records.py, records3.py, ..., records65.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (radioactive, radioactivité, radiactivo, nuclear, nucléaire,
spent fuel, combustible usé, combustible gastado, nuclear waste, déchets radioactifs, déchets
nucléaires, residuos radiactivos, repository, stockage géologique, almacén geológico, repositorio,
Onkalo, Posiva, Cigéo, Bure, Andra, ENRESA, El Cabril, WIPP, Yucca, Gorleben; rodenticide,
raticide, rodenticida, rat poison, mort-aux-rats, anticoagulant, warfarin, coumarin, bromadiolone,
brodifacoum, difenacoum, chlorophacinone, bait, appât, cebo, poison, vole, campagnol, topillo,
rodent, rongeur, roedor; kidney, rénal, renal, néphropathie, nefropatía, CKDu, ERCnT, dialysis,
dialyse, diálisis, sugar cane cutters, coupeurs de canne, cortadores de caña, zafra, Uddanam,
Chichigalpa, Bajo Lempa; clay, argile, arcilla, chalk, craie, kaolin, geophagy, géophagie,
geofagia, pica, calabash, nzu, Esquipulas, clay lick, collpa, pregnant, enceinte, embarazada;
energy saving, energy conservation, économies d'énergie, sobriété, sobriedad, ahorro de energía,
ahorro energético, sufficiency, thermostat, termostato, Setsuden, Cool Biz, dress code, cravate,
corbata, vitrines, escaparates, apagones, cortes de luz, délestage, blackout; e-scooter, scooter,
trottinette, patinete, monopatín, micromobility, micromobilité, micromovilidad, Lime, bike-share,
vélos en libre-service, bicicletas compartidas, shared mobility, movilidad compartida; freight,
fret, lorries, trucks, poids lourds, camion, camionnage, transporte de carga, logistics,
logistique, fleet, flotte, flota, eco-driving, écoconduite, conducción eficiente, fuel economy,
idling, ralenti, SmartWay, Giro Limpio, Transporte Limpio, Objectif CO2; serious game, game, jeu,
jeux, juego, board game, card game, role-play, jeu de rôle, juego de rol, simulation, simulación,
gamification, ludique, lúdico, quiz, Fresque, GIEC; tomato, tomate, Solanum, GABA, purple tomato,
tomate violette, gene editing, genome editing, édition du génome, edición génica, CRISPR, NGT;
glitter, paillettes, purpurina, brillantina, escarcha, diamantina, sequin, microplastics,
microplastiques, microplásticos, intentionally added microplastics). Screened and dropped as
covered: radon (bz07-bz09), brick kilns (v25-v27), cigarette butts (z25-z27), sulphur hexafluoride
(bu07-bu09), ship recycling (p24), the storage of ammonium nitrate (q01), GM wheat (l16-l18), GM
maize (c8, q30, bd22), GM rice (z21 and the Golden Rice pages), the plastic waste amendments of the
Basel Convention (n17), the illegal traffic and dumping of hazardous waste (n21, p45), health-care
waste (p23), end-of-life solar panels (u01-u03), lithium-ion batteries (t25, t26), used lead-acid
batteries (n16, p25), empty pesticide containers (n09), charcoal (bx04, bx05), underwater noise
(w14, bk14), fuel smuggling (ca08), paraquat and glyphosate (p08-p10), sky lanterns and balloon
releases (bp25-bp27) and the disposal of seized counterfeits (cb16-cb18), besides the topics of
sets 42 to 65 and those their docstrings list as covered; screened with no or passing hits but not
chosen: carpooling, telework, tear gas, insecticide fogging against dengue (next to the Wolbachia
and household insecticide pages), exports of pesticides banned at home (next to the Rotterdam
Convention pages), environmental ombudsmen, electromagnetic fields and GM petunias (named only by
the GM carnation page bf19).

The nearest are the barn owl nest boxes of the Hula Valley, whose title and subjects name the
rodenticides the owls replace (bf22), and the golden page on the warfarin molecule, whose subjects
name rodenticides and whose description says warfarin is the active ingredient of poisons against
rats and mice, both judged 1 to the general rodenticide queries, while the island rat eradications
(t43-t45), whose baits are not named as poisons, are 0; the guide on heat stress that names the
chronic kidney disease of cane cutters (w21), judged 1 to the general CKDu queries and 0 to the
Mesoamerican nephropathy and country queries, while the acute kidney injury of the diethylene
glycol pages (bk01-bk03), the kidney stones of the melamine pages (bl16, bl18), the néphropathie
épidémique of the hantavirus page (bv14) and the kidney disease studies named by the uranium
tailings page (bw07) are 0; the orphan radioactive sources kept in storage (cd01-cd03), the uranium
tailings (bw07-bw09), the radioactivity of phosphogypsum (bd16-bd18) and the radon pages
(bz07-bz09), none about the disposal of radioactive waste, and the geological storage of carbon
dioxide (cf10-cf12), all 0; the scrapping of old trucks in Colombia (bc24), the sail cargo pages
(cj19-cj21), the lorries of the low emission zones (cb04, cb05) and the camionnage of the fracking
page (cd11), none about green freight or eco-driving; the bike-share schemes of Addis Ababa and
Bogotá (cl22, cl24) and the electric motorcycle taxis (cd13-cd15), no e-scooters; the Indian
building energy code (cp04), no campaign; the games on forests, water and waste of the Guatemalan
need for teaching materials (r09), judged 1 to the serious game queries, while the role-play of the
IPBES summer school (bu22), the simulated conference of the parties (bu23) and the firefighters'
simulation exercise (u20) are passing; the calcined clay cement pages and the kaolinite they name
(cj16-cj18), the lead glaze pages (bd13-bd15), the kohl pages (bg22-bg24) and the saladeros and
collpas visited by tapirs and peccaries (bo03, cq03), no edible clay; the microbead pages
(ba16-ba18) and the artificial turf page that names the EU restriction of 2023 (ch16), no glitter;
and the tomatoes of the methyl bromide, pesticide residue and greenhouse pages (v31, n10, bs20),
none genetically modified. No earlier page names a repository for radioactive waste, an edible
clay, an e-scooter, eco-driving, a GM tomato or glitter.

records67.py (ids cu..), written at the same time by another engineer, is not part of this set's
pool and was neither searched nor judged.

Traps: the bentonite clay around the Finnish canisters (ct01), the argile of the Callovo-Oxfordien
at Bure (ct02) and the arcilla in which Spain may dig its repository (ct03) are no edible clay; the
Fukushima reactors and the earthquake and tsunami of ct13 are passing, no radioactive waste; the
obsolete rodenticide stocks of the customs game (ct22) are passing, 0 to the rodenticide queries;
the kidney harm named by the Guatemalan clay dataset (ct12) is no CKDu; the fuel saved by the
eco-driving pages (ct19-ct21) is no energy saving campaign, and the teletrabajo, generadores and
sequía of ct15 are passing; the vans that collect and recharge the scooters (ct16, ct17) are no
green freight, and the Vélib' of ct17 and the bicicletas públicas of ct18 are passing; the lithium
batteries of ct16-ct18, the lead ammunition of ct04, the perchoirs and haies of ct05, the cajas
nido and tularemia of ct06, the fluoride of ct07, the vagues de chaleur of ct08, the quema de caña
of ct09, the kaolin of ct10, the argiles de potiers and produits éclaircissants of ct11, the greta
of ct12, the pollution lumineuse of ct14, the projet éolien of ct23, the mercury and cyanide of
ct24, the pesticide residues of ct26, the papa nativa of ct27, the single-use cups of ct28, the
microbilles of ct29 and the papel picado of ct30 are passing mentions of other topics.

Ids (ct01..ct30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
cs01..cs30), and no earlier id starts with "ct".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- radioactive waste disposal --------------------------------------------------------------
    ("ct01", "case-study", "en",
     "Onkalo, Finland's deep geological repository for spent nuclear fuel: from site selection to "
     "the first trial run",
     "At Olkiluoto, on the coast of Eurajoki in south-west Finland, Posiva has dug the world's "
     "first repository for spent nuclear fuel, some 430 metres down in crystalline bedrock. Under "
     "the KBS-3 method developed with Sweden's SKB, used fuel assemblies from the Olkiluoto and "
     "Loviisa reactors are sealed in cast iron and copper canisters, lowered into deposition "
     "holes and packed with bentonite clay, and the tunnels are backfilled, so that the "
     "high-level waste stays isolated for some 100,000 years. This case study follows four "
     "decades: the site studies of the 1980s, the vote of the Eurajoki municipal council "
     "accepting the repository in 2000, the construction licence of 2015 and the trial run of "
     "2024 with canisters holding no fuel. It describes how the radiation and nuclear safety "
     "authority STUK reviewed the safety case, how groundwater chemistry and rock movements are "
     "monitored, and how the municipality weighed jobs and tax revenue against the risks. "
     "Sweden's Forsmark repository, approved in 2022, is compared.",
     ("radioactive waste", "spent nuclear fuel", "deep geological repository", "nuclear safety",
      "public acceptance"),
     ("FI",), "2024-11"),
    ("ct02", "dataset", "fr",
     "Observatoire pérenne de l'environnement de Cigéo : état de référence autour de Bure, "
     "2007-2024",
     "Pour Cigéo, le centre de stockage géologique des déchets radioactifs de haute activité et "
     "de moyenne activité à vie longue que l'Andra prévoit d'implanter à la limite de la Meuse et "
     "de la Haute-Marne, la loi impose de connaître l'environnement avant toute mise en service. "
     "Depuis 2007, l'Observatoire pérenne de l'environnement suit une zone de 900 km² autour de "
     "Bure et de Saudron : qualité de l'air et retombées, sols agricoles et forestiers, rivières "
     "et nappes, faune, flore, lait, céréales et gibier, dont les échantillons sont conservés "
     "dans une écothèque. Le jeu de données réunit les mesures de radioactivité naturelle et "
     "artificielle, de métaux et de polluants, et les inventaires de biodiversité des stations de "
     "suivi. Les notices rappellent la couche d'argile du Callovo-Oxfordien, à environ 500 mètres "
     "de profondeur, étudiée depuis le laboratoire souterrain, la déclaration d'utilité publique "
     "de 2022 et la demande d'autorisation de création déposée en 2023. L'opposition locale et "
     "les débats publics sont évoqués.",
     ("déchets radioactifs", "stockage géologique", "Cigéo", "surveillance de l'environnement",
      "radioactivité"),
     ("FR",), "2024-06"),
    ("ct03", "document", "es",
     "Séptimo Plan General de Residuos Radiactivos: resumen para el público",
     "El Plan General de Residuos Radiactivos fija cómo gestionará España los residuos de sus "
     "centrales nucleares y los de la medicina, la industria y la investigación. El séptimo plan, "
     "aprobado a fines de 2023, parte del cierre escalonado de los siete reactores entre 2027 y "
     "2035 y encarga su ejecución a ENRESA. Los residuos de baja y media actividad seguirán yendo "
     "a El Cabril, en Hornachuelos (Córdoba), donde se guardan en celdas de hormigón vigiladas, "
     "con una zona aparte para los de muy baja actividad que dejará el desmantelamiento. Para el "
     "combustible gastado y los residuos de alta actividad, abandonado el almacén temporal "
     "centralizado de Villar de Cañas, el plan prevé siete almacenes temporales descentralizados "
     "junto a las centrales y un almacén geológico profundo hacia 2073, en arcilla o en granito, "
     "aún sin emplazamiento. El resumen explica el fondo que pagan las eléctricas, la información "
     "a los municipios y el transporte de los bultos.",
     ("residuos radiactivos", "combustible gastado", "almacenamiento geológico profundo",
      "El Cabril", "desmantelamiento nuclear"),
     ("ES",), "2024-02"),
    # --- anticoagulant rodenticides --------------------------------------------------------------
    ("ct04", "dataset", "en",
     "Anticoagulant rodenticides in California wildlife: liver residues in mountain lions, "
     "bobcats, kit foxes and owls, 1995-2024",
     "California's wildlife agency has tested thousands of livers from animals found dead, killed "
     "on roads or brought to rehabilitation centres for the anticoagulant rodenticides used "
     "against rats and mice around homes, farms and businesses. This dataset compiles the results "
     "with those of university and National Park Service studies: well over half of the mountain "
     "lions, bobcats, San Joaquin kit foxes, barn owls and red-tailed hawks tested carried "
     "residues, most often of the second-generation compounds brodifacoum, bromadiolone and "
     "difethialone, which persist in the liver for months and pass up the food chain. Each record "
     "gives species, county, cause of death, compounds detected and concentrations. The notes "
     "describe the mange seen in exposed bobcats of the Santa Monica Mountains, the case of the "
     "mountain lion P-22, and the state law of 2020 that restricted second-generation products, "
     "with later amendments that extend the limits to first-generation compounds such as "
     "diphacinone. Lead from ammunition found in the same carcasses is reported separately.",
     ("anticoagulant rodenticides", "secondary poisoning", "wildlife toxicology", "birds of prey",
      "mountain lions"),
     ("US",), "2024-12"),
    ("ct05", "case-study", "fr",
     "Bromadiolone et campagnols terrestres en Franche-Comté : des milans royaux empoisonnés à la "
     "lutte raisonnée",
     "Sur les plateaux du Doubs et du Jura, les pullulations cycliques du campagnol terrestre "
     "(Arvicola terrestris) retournent les prairies de fauche qui nourrissent les vaches du "
     "comté. Pendant des années, on a déposé dans les galeries des appâts à la bromadiolone, un "
     "anticoagulant de deuxième génération. Les milans royaux, les buses, les renards et les "
     "sangliers qui mangeaient les campagnols mourants en sont morts par centaines : en 1998 puis "
     "en 2011, les réseaux de surveillance ont relevé des mortalités massives. Cette étude de cas "
     "retrace le passage à la lutte raisonnée fixée par l'arrêté de 2014 : traitements précoces à "
     "faible densité de campagnols, doses plafonnées, déclaration en mairie, piégeage, travail du "
     "sol, perchoirs et haies pour les rapaces et les mustélidés, analyse des cadavres par le "
     "réseau SAGIR. Elle mesure la baisse des intoxications de la faune et les limites du "
     "dispositif quand les pullulations reviennent, alors que l'autorisation de la bromadiolone "
     "en plein champ a été retirée depuis.",
     ("rodenticides anticoagulants", "bromadiolone", "campagnol terrestre",
      "intoxication de la faune", "milan royal"),
     ("FR",), "2023-06"),
    ("ct06", "need", "es",
     "Necesidad: alternativas a los rodenticidas anticoagulantes ante las plagas de topillo en "
     "Tierra de Campos",
     "En las llanuras cerealistas de Castilla y León, el topillo campesino (Microtus arvalis) "
     "multiplica sus poblaciones cada tres a cinco años y arrasa alfalfas, cereal y remolacha. En "
     "2007 se repartieron cebos con clorofacinona a gran escala y aparecieron muertos liebres, "
     "perdices, palomas, milanos y otras aves; en las plagas posteriores, como la de 2019, el uso "
     "de rodenticidas anticoagulantes en el campo quedó muy restringido. La consejería de "
     "agricultura, con las organizaciones agrarias y los grupos conservacionistas, solicita apoyo "
     "para un sistema de alerta temprana basado en el conteo de madrigueras, protocolos de quema "
     "de cunetas y linderos solo donde se justifique, la instalación de posaderos y cajas nido "
     "para lechuzas, cernícalos y búhos, la vigilancia de cadáveres de fauna con análisis de "
     "residuos en laboratorio y la información a los agricultores. También pide estudiar la "
     "relación entre las plagas y los brotes de tularemia en personas.",
     ("rodenticidas anticoagulantes", "topillo campesino", "control de plagas",
      "envenenamiento de fauna", "Castilla y León"),
     ("ES",), "2024-03"),
    # --- chronic kidney disease of unknown cause -------------------------------------------------
    ("ct07", "project", "en",
     "Chronic kidney disease of unknown cause in Sri Lanka's dry zone: screening, safe water and "
     "agrochemical studies",
     "Since the 1990s a form of chronic kidney disease not explained by diabetes or high blood "
     "pressure has spread among paddy farmers of Sri Lanka's North Central Province, around "
     "Anuradhapura, Medawachchiya and Padaviya, and in parts of Uva and the North Western "
     "Province. Tens of thousands have been diagnosed and many die young while waiting for "
     "dialysis. This project, run by the provincial health services with a national kidney "
     "research unit, screens adults in affected villages each year for protein in the urine and "
     "blood creatinine, refers cases early, and supports the community-run reverse osmosis plants "
     "that now supply drinking water to many villages, with checks on their maintenance and on "
     "the disposal of their brine. Research components measure cadmium, arsenic and glyphosate in "
     "water, soils, rice and patients, record heat and dehydration during field work, and compare "
     "households that drink from shallow dug wells with those using treated water. Fluoride in "
     "well water, which causes dental fluorosis here, is studied separately.",
     ("chronic kidney disease of unknown cause", "CKDu", "drinking water", "agrochemicals",
      "occupational health"),
     ("LK",), "2023-08"),
    ("ct08", "document", "fr",
     "Néphropathie mésoaméricaine : fiche pour le suivi des travailleurs agricoles saisonniers au "
     "Québec",
     "Chaque printemps, des milliers de travailleurs étrangers temporaires venus du Guatemala et "
     "du Mexique arrivent dans les fermes maraîchères, les serres et les vergers du Québec. "
     "Beaucoup viennent de régions où sévit la néphropathie mésoaméricaine, une maladie rénale "
     "chronique d'origine inconnue, sans diabète ni hypertension, qui frappe surtout de jeunes "
     "hommes ayant coupé la canne à sucre ou travaillé aux champs sous une chaleur extrême. Cette "
     "fiche, destinée aux infirmières, aux médecins des cliniques de travailleurs et aux "
     "employeurs, résume ce que l'on sait des causes possibles (coups de chaleur et "
     "déshydratation répétés, produits agricoles, eau contaminée), décrit les signes tardifs de "
     "la maladie, propose un dosage de la créatinine à l'arrivée et conseille sur l'eau, l'ombre "
     "et les pauses pendant les vagues de chaleur. Elle rappelle les obligations de prévention de "
     "la CNESST et les limites du suivi quand le travailleur rentre chez lui.",
     ("néphropathie mésoaméricaine", "maladie rénale chronique", "travailleurs agricoles",
      "stress thermique", "santé au travail"),
     ("CA", "GT", "MX"), "2024-04"),
    ("ct09", "need", "es",
     "Necesidad: atención y vigilancia de la enfermedad renal crónica de causas no tradicionales "
     "en el Bajo Lempa",
     "En las comunidades del Bajo Lempa, en Usulután, y en otros municipios de la franja costera "
     "de El Salvador, la enfermedad renal crónica de causas no tradicionales (ERCnT), también "
     "llamada nefropatía mesoamericana, es una de las primeras causas de muerte hospitalaria en "
     "hombres. Afecta sobre todo a jornaleros de la caña de azúcar y de otros cultivos que "
     "trabajan a pleno sol y, en menor grado, a mujeres y adolescentes. El Ministerio de Salud, "
     "con el instituto nacional de salud y los equipos comunitarios, solicita apoyo para extender "
     "el tamizaje con creatinina y examen de orina en los cantones más afectados, equipar las "
     "unidades de hemodiálisis y de diálisis peritoneal, analizar plaguicidas, arsénico y metales "
     "en pozos y suelos, y aplicar con los ingenios pausas de agua, sombra y descanso durante la "
     "zafra. Pide además un registro nacional de pacientes renales. La quema de caña y el humo de "
     "la zafra, otro problema de la zona, no son objeto de esta solicitud.",
     ("enfermedad renal crónica de causas no tradicionales", "ERCnT", "nefropatía mesoamericana",
      "salud ocupacional", "plaguicidas"),
     ("SV",), "2024-05"),
    # --- edible clay -----------------------------------------------------------------------------
    ("ct10", "document", "en",
     "Calabash chalk: advice for pregnant women and checks on imports sold in African food shops",
     "Calabash chalk, also sold as Calabar stone, nzu, mabele or la craie, is a baked clay from "
     "West and Central Africa that some women eat during pregnancy against nausea, or out of "
     "custom, and that is sold in African and Caribbean food shops in British cities. Tests by "
     "local trading standards officers and food agencies have found lead at levels well above "
     "what is safe, together with arsenic and, in some samples, parasite eggs. This advice page, "
     "issued by a national food safety authority with public health teams, explains why lead "
     "harms the developing brain of the unborn child, asks shops to withdraw the products, and "
     "tells port health authorities how to detain consignments labelled as clay, chalk or "
     "'traditional product'. It offers leaflets in English, French, Igbo and Yoruba for antenatal "
     "clinics and midwives, and a short guide for community leaders and churches. Kaolin used in "
     "medicines and cosmetics is not covered.",
     ("edible clay", "calabash chalk", "lead", "pregnancy", "food safety"),
     ("GB",), "2023-02"),
    ("ct11", "project", "fr",
     "Le kalaba pendant la grossesse : doser le plomb et informer les femmes enceintes à Yaoundé "
     "et Douala",
     "Au Cameroun, le kalaba, argile cuite blanche ou grise vendue en bâtonnets ou en galettes, "
     "que les Anglais appellent calabash chalk (craie de Calabar), est croqué par de nombreuses "
     "femmes enceintes contre les nausées et les envies, et par habitude. On le trouve sur les "
     "marchés de Mokolo et de Mvog-Mbi à Yaoundé, de Sandaga à Douala, et il est exporté vers les "
     "boutiques africaines de Paris, de Bruxelles et de Londres, où il a fait l'objet de mises en "
     "garde. Ce projet, mené par une faculté de médecine avec deux maternités et le laboratoire "
     "national de contrôle de qualité, achète des échantillons, dose le plomb, l'arsenic, le "
     "cadmium et le mercure, et mesure la plombémie de femmes enceintes qui en consomment ou non. "
     "Il forme les sages-femmes des consultations prénatales, diffuse des messages à la radio en "
     "français, en ewondo et en duala, et rencontre les vendeuses. Les argiles de potiers et les "
     "produits éclaircissants ne sont pas étudiés.",
     ("argile comestible", "kalaba", "géophagie", "plomb", "santé maternelle"),
     ("CM",), "2023-09"),
    ("ct12", "dataset", "es",
     "Plomo y arsénico en la tierra comestible: pastillas de Esquipulas y otras arcillas vendidas "
     "en mercados de Guatemala, 2022-2024",
     "En Esquipulas, en el oriente de Guatemala, se venden desde hace siglos a los peregrinos del "
     "Cristo Negro pequeñas pastillas de tierra blanca, la tierra de Esquipulas o 'pan del "
     "Señor', con imágenes religiosas estampadas, que se comen por devoción y que muchas mujeres "
     "embarazadas mastican contra las náuseas y los antojos. Este conjunto de datos, del "
     "laboratorio nacional de salud con una universidad, reúne los análisis de 240 muestras "
     "compradas en Esquipulas, Chiquimula, la capital y Quetzaltenango, y en tiendas latinas de "
     "Estados Unidos: plomo, arsénico, cadmio, mercurio, parásitos y tipo de arcilla. Cada "
     "registro indica el punto de venta, la presentación, el origen declarado y las "
     "concentraciones. Las notas recuerdan que el plomo y el arsénico también pueden dañar el "
     "riñón, y citan costumbres parecidas, como la pasa o ch'aqo que en el altiplano boliviano y "
     "peruano se come con papa. El barro vidriado con greta de los alfareros no se incluye.",
     ("tierra comestible", "geofagia", "plomo", "arsénico", "embarazo"),
     ("GT",), "2024-07"),
    # --- energy saving campaigns -----------------------------------------------------------------
    ("ct13", "case-study", "en",
     "Setsuden and Cool Biz: how Japan cut electricity demand after the Fukushima accident",
     "After the earthquake and tsunami of March 2011 shut down the Fukushima Daiichi plant and, "
     "within a year, every other nuclear reactor in Japan, the Tokyo and Tohoku regions faced a "
     "summer without enough electricity. Instead of rolling blackouts, the government ordered "
     "large users to cut peak demand by 15 per cent and asked households and offices to practise "
     "setsuden, saving power: air conditioners set at 28 °C, lights and escalators switched off, "
     "vending machines cooled in turns, staggered working hours and weekday holidays in "
     "factories. Office workers left ties and jackets at home under Super Cool Biz, an extension "
     "of the Cool Biz dress code promoted by the environment ministry since 2005. This case study "
     "measures what was saved and what lasted once the emergency was over: LED lighting, "
     "demand-response contracts, lighter office dress. It also notes the heatstroke cases among "
     "older people who kept their air conditioners off.",
     ("energy saving", "energy sufficiency", "electricity demand", "Cool Biz", "behaviour change"),
     ("JP",), "2023-07"),
    ("ct14", "document", "fr",
     "Économiser l'énergie cet hiver : recommandations de la campagne fédérale pour les ménages, "
     "les communes et les entreprises",
     "À la fin de l'été 2022, face au risque de pénurie de gaz et d'électricité, la Confédération "
     "a lancé une campagne d'économies d'énergie, « L'énergie est limitée. Ne la gaspillons pas. "
     "», relayée par les cantons, les communes et les associations économiques. Ce document "
     "réunit ses recommandations et les mesures de sobriété énergétique prises par des communes "
     "romandes : chauffer les logements et les bureaux à 20 degrés au plus, baisser l'eau chaude, "
     "couvrir les casseroles, éteindre les appareils en veille, fermer les portes des magasins, "
     "réduire les illuminations de Noël et éteindre la nuit les bâtiments publics et les "
     "vitrines. Il décrit aussi les ordonnances préparées en cas de pénurie, contingentement et "
     "interdiction des chauffages de terrasse, qui n'ont pas eu à être appliquées, et présente "
     "les résultats de l'hiver 2022-2023, en partie dus à la douceur du temps. L'éclairage public "
     "et la pollution lumineuse font l'objet d'une autre fiche.",
     ("économies d'énergie", "sobriété énergétique", "pénurie d'énergie", "chauffage", "communes"),
     ("CH",), "2023-05"),
    ("ct15", "need", "es",
     "Necesidad: campaña nacional de ahorro de energía frente a los cortes de luz por la sequía",
     "En 2024 la peor sequía en décadas vació el embalse de Mazar y redujo el caudal del Paute y "
     "de otras centrales hidroeléctricas de las que depende la mayor parte de la electricidad del "
     "Ecuador, y el país vivió apagones programados de hasta catorce horas diarias entre "
     "septiembre y diciembre. El ministerio de energía, con las empresas eléctricas "
     "distribuidoras y los gobiernos autónomos descentralizados, solicita apoyo para diseñar una "
     "campaña permanente de ahorro y uso eficiente de la energía: mensajes para los hogares sobre "
     "focos LED, refrigeradoras, duchas eléctricas y planchado, metas de reducción para los "
     "edificios públicos, horarios de teletrabajo y de clases virtuales en las horas pico, y un "
     "tablero público con el consumo diario. Pide además estudiar cómo premiar el ahorro en la "
     "planilla de luz sin castigar a los hogares pobres. La compra de generadores y barcazas de "
     "emergencia, objeto de otra cooperación, no forma parte de la solicitud.",
     ("ahorro de energía", "eficiencia energética", "cortes de luz", "sequía",
      "campañas de sensibilización"),
     ("EC",), "2025-01"),
    # --- shared e-scooters -----------------------------------------------------------------------
    ("ct16", "dataset", "en",
     "Shared e-scooters in Auckland, Wellington and Christchurch: trips, injuries, scooter life "
     "and emissions, 2018-2024",
     "Dockless electric scooters for hire arrived in Auckland and Christchurch in October 2018 "
     "and spread to Wellington, Dunedin and other towns, under licences that councils grant to "
     "operators for a set number of scooters. This dataset joins the trip data that operators "
     "must report to councils (start and end zones, distance, time of day), the injury claims "
     "lodged with the national accident compensation scheme, which rose sharply in the first "
     "months, and each operator's fleet records: how long scooters last before being scrapped, "
     "battery swaps, and the vans used to collect and recharge them. A life-cycle section "
     "estimates greenhouse gas emissions per kilometre and compares them with the car, bus and "
     "walking trips that scooter rides replaced, according to user surveys. Notes explain the "
     "footpath riding rules, the lower speed limits set in town centres and the fate of worn-out "
     "lithium batteries. Privately owned e-scooters are counted separately where data exist.",
     ("shared e-scooters", "micromobility", "urban transport", "road safety",
      "life-cycle assessment"),
     ("NZ",), "2024-09"),
    ("ct17", "case-study", "fr",
     "Paris sans trottinettes en libre-service : ce qu'a changé la votation d'avril 2023",
     "Le 2 avril 2023, lors d'une consultation organisée par la Ville de Paris, 89 % des votants, "
     "avec une participation d'environ 7 %, se sont prononcés contre les trottinettes électriques "
     "en libre-service. Les trois opérateurs autorisés depuis 2020, qui faisaient circuler "
     "quelque 15 000 engins, ont retiré leurs flottes à la fin du mois d'août. Cette étude de "
     "cas, réalisée par un laboratoire de recherche sur les mobilités, analyse les données "
     "d'avant et d'après : report des trajets vers le métro, le Vélib' et les vélos à assistance "
     "électrique en libre-service, achat de trottinettes personnelles, accidents impliquant des "
     "engins de déplacement personnel motorisés, encombrement des trottoirs. Elle revient sur le "
     "bilan carbone discuté des trottinettes partagées, dont la durée de vie était courte au "
     "début et la recharge assurée par des camionnettes, sur le recyclage des batteries et sur ce "
     "que d'autres villes, comme Lyon, ont choisi de garder sous conditions.",
     ("trottinettes électriques", "libre-service", "micromobilité", "mobilité urbaine",
      "sécurité routière"),
     ("FR",), "2024-04"),
    ("ct18", "need", "es",
     "Necesidad: reglas, estacionamiento y reciclaje de baterías para los monopatines eléctricos "
     "compartidos de Buenos Aires",
     "En 2019 llegaron a la Ciudad de Buenos Aires los monopatines eléctricos de uso compartido, "
     "que se alquilaban con el celular y se dejaban en la vereda; las empresas se retiraron al "
     "año siguiente, con la pandemia, y desde entonces se multiplicaron los monopatines "
     "particulares y los de los repartidores. La Ciudad evalúa volver a autorizar un sistema "
     "compartido y solicita apoyo para definir cuántos permisos otorgar y en qué barrios, zonas "
     "de estacionamiento pintadas en la calzada para que no se bloqueen las veredas ni las "
     "rampas, límites de velocidad y uso de casco en ciclovías y calles, datos abiertos de "
     "viajes, seguros y una regla de retiro y reciclaje de las baterías de litio agotadas. Pide "
     "también estimar las emisiones evitadas frente a autos, taxis y colectivos, y capacitar a "
     "los agentes de tránsito. Las bicicletas públicas, que ya funcionan en la ciudad, no forman "
     "parte de la solicitud.",
     ("monopatines eléctricos", "movilidad compartida", "micromovilidad", "seguridad vial",
      "baterías de litio"),
     ("AR",), "2024-10"),
    # --- green freight and eco-driving -----------------------------------------------------------
    ("ct19", "project", "en",
     "Green freight on the Northern Corridor: eco-driving, fuel benchmarking and cleaner trucks "
     "from Mombasa to Kigali",
     "Most goods bound for Uganda, Rwanda, Burundi and eastern Congo travel by truck on the "
     "Northern Corridor from the port of Mombasa, a route on which old, overloaded trucks burn "
     "large amounts of diesel and idle for hours at weighbridges and border posts. This project, "
     "led by the corridor's coordination authority with trucking associations, trains drivers in "
     "eco-driving (smooth acceleration, gear choice, speed discipline, no idling), installs fuel "
     "and GPS monitoring on pilot fleets, and benchmarks fuel use per tonne-kilometre across "
     "companies. It tests aerodynamic devices and low rolling resistance tyres, promotes regular "
     "maintenance and helps firms obtain loans for newer trucks. Results after two years show "
     "fuel savings of 7 to 12 per cent on trained fleets, fewer accidents and lower emissions of "
     "black carbon near roadside towns. A recognition scheme for green freight companies is being "
     "prepared. Freight on the standard gauge railway is mentioned only for comparison.",
     ("green freight", "eco-driving", "road freight transport", "fuel efficiency", "black carbon"),
     ("KE", "UG", "RW", "BI", "CD"), "2023-11"),
    ("ct20", "case-study", "fr",
     "Écocamionnage : ce que dix ans d'aide à l'efficacité énergétique du camionnage ont appris "
     "au Québec",
     "Au Québec, le camionnage transporte l'essentiel des marchandises et pèse lourd dans les "
     "émissions de gaz à effet de serre du transport. Pendant une dizaine d'années, à partir de "
     "2008, le programme Écocamionnage du ministère des Transports a subventionné les "
     "transporteurs, petits et grands, pour acheter des technologies qui réduisent la "
     "consommation de carburant : jupes latérales et déflecteurs sur les semi-remorques, pneus à "
     "faible résistance au roulement, limiteurs de vitesse, systèmes anti-ralenti pour ne plus "
     "laisser tourner le moteur pendant les pauses, camions au gaz naturel. Il finançait aussi la "
     "formation des camionneurs à l'écoconduite. Cette étude de cas compare les économies de "
     "carburant annoncées et mesurées, la part des entreprises qui ont gardé les équipements, "
     "l'effet des normes fédérales sur les émissions des véhicules lourds et le lien avec le "
     "programme SmartWay, que de nombreux transporteurs québécois ont rejoint. Elle mentionne les "
     "camions électriques à l'essai pour la livraison urbaine.",
     ("écoconduite", "camionnage", "transport de marchandises", "efficacité énergétique",
      "gaz à effet de serre"),
     ("CA",), "2022-10"),
    ("ct21", "dataset", "es",
     "Giro Limpio: rendimiento de combustible y emisiones de las empresas de transporte de carga "
     "certificadas, 2018-2024",
     "Giro Limpio es el programa nacional de eficiencia energética para el transporte de carga "
     "por carretera de Chile, administrado desde 2018 por la Agencia de Sostenibilidad "
     "Energética. Las empresas de transporte que adhieren reportan cada año los kilómetros "
     "recorridos, el combustible cargado y la carga movida, y las que cumplen metas obtienen un "
     "sello que muchas empresas generadoras de carga, como mineras, forestales y supermercados, "
     "exigen a sus proveedores. Este conjunto de datos reúne los reportes de más de 900 empresas "
     "y 20.000 camiones: rendimiento en kilómetros por litro, emisiones de CO2 por "
     "tonelada-kilómetro, antigüedad de la flota, uso de deflectores aerodinámicos y neumáticos "
     "eficientes, y conductores capacitados en conducción eficiente. Las notas explican la "
     "metodología, alineada con el marco GLEC, y los límites de los datos declarados. Los buses "
     "interurbanos y el transporte de pasajeros no se incluyen.",
     ("transporte de carga", "conducción eficiente", "eficiencia energética", "camiones",
      "huella de carbono"),
     ("CL",), "2024-08"),
    # --- serious games ---------------------------------------------------------------------------
    ("ct22", "support-source", "en",
     "Offer: a tabletop serious game for customs and port officers on hazardous chemicals and "
     "waste",
     "A regional centre for the chemicals and waste conventions in Pretoria, with a university's "
     "game design studio, offers customs academies and training institutions in Africa a serious "
     "game for practising controls at borders. In 'Container Yard', teams of four play customs "
     "officers, port health inspectors and environment officials on a board that represents a "
     "seaport, drawing cards with shipping documents, cargo manifests and laboratory results. "
     "They must decide which containers to open, spot used electronics declared as second-hand "
     "goods, refrigerant cylinders with false labels, drums of pesticide concentrate declared as "
     "fertiliser and obsolete rodenticide stocks sent abroad for disposal, and call the right "
     "authority before time runs out. A debriefing links each case to the Basel, Rotterdam, "
     "Stockholm and Montreal instruments. The offer includes the printed kit, a facilitator's "
     "guide, a two-day course for facilitators and an online version. Institutions pay only "
     "shipping; French and Portuguese editions are planned.",
     ("serious games", "customs", "hazardous waste", "chemicals", "capacity building"),
     ("ZA",), "2024-05"),
    ("ct23", "case-study", "fr",
     "Fresques, jeux de rôle et jeux de plateau : former les agents publics à la transition "
     "écologique",
     "Depuis 2022, l'État forme ses 25 000 cadres supérieurs, puis l'ensemble des agents publics, "
     "à la transition écologique. Dans les préfectures, les directions régionales de "
     "l'environnement et les collectivités, une bonne part de ces formations passe par des jeux "
     "sérieux : la Fresque du Climat, atelier de trois heures où l'on relie 42 cartes tirées des "
     "rapports du GIEC, ses déclinaisons sur la biodiversité, l'océan ou le numérique, l'atelier "
     "2tonnes sur l'empreinte carbone individuelle, et des jeux de rôle où les participants "
     "négocient un plan local d'urbanisme ou un projet éolien. Cette étude de cas, conduite par "
     "une école de service public, compare les retours de 3 000 participants : compréhension, "
     "envie d'agir, changements de pratiques six mois après. Elle montre aussi les limites : "
     "animateurs bénévoles inégalement formés, ateliers vécus comme de la sensibilisation plutôt "
     "que comme une formation au métier, jeux encore rares sur la pollution chimique et les "
     "déchets.",
     ("jeux sérieux", "Fresque du Climat", "formation des agents publics", "transition écologique",
      "sensibilisation"),
     ("FR",), "2024-06"),
    ("ct24", "project", "es",
     "Un juego de mesa para dejar el mercurio: capacitación lúdica de mineros de oro en el "
     "nordeste antioqueño",
     "En Segovia y Remedios, en el nordeste de Antioquia, miles de mineros de pequeña escala y "
     "barequeros trabajan el oro en socavones y entables, y aunque la ley prohibió el mercurio en "
     "la minería desde 2018, su uso clandestino persiste. Este proyecto de una corporación "
     "autónoma regional con una universidad y cooperativas mineras diseñó 'La Veta', un juego de "
     "mesa en el que cada jugador administra un entable: compra insumos, procesa mineral, vende "
     "oro y enfrenta inspecciones, enfermedades y vertimientos al río. Quien usa mercurio gana "
     "rápido pero pierde salud y paga multas; quien invierte en mesas concentradoras, en "
     "cianuración controlada con manejo de relaves o en métodos sin químicos gana al final. El "
     "juego se usa en talleres de dos horas en las veredas, con fichas, dados y tarjetas "
     "ilustradas, y se acompaña de la medición de mercurio en orina de voluntarios. Se evaluaron "
     "los conocimientos antes y después con 600 mineros y sus familias.",
     ("juegos serios", "juegos de mesa", "minería de oro artesanal", "mercurio", "capacitación"),
     ("CO",), "2023-12"),
    # --- genetically modified tomatoes -----------------------------------------------------------
    ("ct25", "document", "en",
     "The purple tomato: regulatory review of a genetically engineered tomato with snapdragon "
     "genes",
     "The purple tomato developed by Norfolk Plant Sciences with researchers of the John Innes "
     "Centre carries two genes from the snapdragon (Antirrhinum majus) that switch on the "
     "production of anthocyanins, the pigments of blueberries, in the flesh of the fruit as well "
     "as the skin. This summary of the biosafety file describes the genetic construct, the "
     "molecular characterisation and the regulatory steps in the United States: the finding of "
     "the Department of Agriculture's plant health service in 2022 that the plant was unlikely to "
     "pose a plant pest risk, the voluntary food safety consultation completed with the Food and "
     "Drug Administration in 2023, and the first sales of fruit and of seeds to home gardeners in "
     "2024. It discusses gene flow (tomatoes are largely self-pollinating and have no wild "
     "relatives in the country), the shelf-life and health claims, and labelling. The Flavr Savr "
     "tomato, the first genetically engineered food sold, in 1994, is recalled for comparison.",
     ("genetically modified tomato", "purple tomato", "biosafety", "risk assessment",
      "food safety"),
     ("US",), "2024-05"),
    ("ct26", "need", "fr",
     "Besoin : détecter les semences de tomate génétiquement modifiées ou éditées importées au "
     "Maroc",
     "Le Souss-Massa et la région de Dakhla produisent sous serre une grande partie des tomates "
     "que le Maroc exporte vers l'Europe et l'Afrique de l'Ouest, à partir de semences hybrides "
     "presque toutes importées et multipliées par des pépiniéristes. Le Maroc n'a autorisé la "
     "culture d'aucun organisme génétiquement modifié, mais des tomates transgéniques, comme la "
     "tomate violette aux gènes de muflier, et des tomates éditées par CRISPR, comme la tomate "
     "enrichie en GABA vendue au Japon, sont désormais commercialisées ailleurs, et leurs graines "
     "circulent en ligne. L'office national de sécurité sanitaire des produits alimentaires "
     "demande un appui pour équiper son laboratoire en PCR en temps réel et en séquençage, "
     "définir un plan d'échantillonnage des lots de semences et de plants, former les inspecteurs "
     "aux frontières et rédiger des règles sur les plantes éditées, dont le statut n'est pas "
     "fixé. Les résidus de pesticides dans les tomates exportées ne font pas l'objet de la "
     "demande.",
     ("tomates génétiquement modifiées", "édition du génome", "détection des OGM", "semences",
      "biosécurité"),
     ("MA",), "2024-02"),
    ("ct27", "project", "es",
     "Tomates silvestres y moratoria de transgénicos: línea de base de los parientes silvestres "
     "del tomate en el Perú",
     "El Perú es centro de origen del tomate: en las lomas costeras, los valles interandinos y "
     "las quebradas de Lima, Arequipa, Cajamarca y La Libertad crecen especies silvestres como "
     "Solanum pimpinellifolium, el tomatito silvestre, S. peruvianum y S. habrochaites, fuente de "
     "genes de resistencia para todo el mundo. Mientras rige la moratoria al ingreso y producción "
     "de organismos vivos modificados (OVM), prorrogada hasta 2035, el Ministerio del Ambiente "
     "elabora líneas de base de la diversidad que podría verse afectada. Este proyecto, con el "
     "instituto nacional de innovación agraria y universidades, georreferencia poblaciones "
     "silvestres y variedades locales de tomate, colecta semillas para el banco de germoplasma, "
     "estudia la polinización por abejas nativas y el riesgo de cruzamiento con tomates "
     "cultivados, y analiza semillas comerciales y de mercados para detectar eventos transgénicos "
     "o editados. También capacita a los fiscalizadores ambientales. La papa nativa, con su "
     "propia línea de base, no se incluye.",
     ("tomate", "parientes silvestres", "moratoria de transgénicos",
      "organismos vivos modificados", "bioseguridad"),
     ("PE",), "2023-10"),
    # --- glitter ---------------------------------------------------------------------------------
    ("ct28", "case-study", "en",
     "Banning glitter at music festivals: what British festivals learned after the 2018 pledge",
     "In 2018 dozens of independent music festivals in the United Kingdom pledged to drop "
     "single-use plastics from their sites by 2021, and several banned the sale of plastic "
     "glitter, the tiny shiny particles of polyester film coated with aluminium that "
     "festival-goers spread on faces and bodies. Glitter washes off in showers, fields and rivers "
     "and is too small to be caught by most wastewater treatment. This case study follows eight "
     "festivals: what replaced plastic glitter (mineral micas, plant-based cellulose glitter sold "
     "as biodegradable), how traders and face painters were briefed, how much glitter still came "
     "in with visitors, and what litter pickers and drain samples found. It also reports a "
     "university experiment in freshwater ponds showing that some 'biodegradable' glitters harmed "
     "aquatic plants and algae almost as much as conventional ones, and raises the question of "
     "mica mined by children. The festivals' bans on single-use cups and cable ties are described "
     "only briefly.",
     ("glitter", "microplastics", "festivals", "cosmetics", "single-use plastics"),
     ("GB",), "2022-05"),
    ("ct29", "document", "fr",
     "Paillettes et restriction européenne des microplastiques : fiche pour les commerçants, les "
     "écoles et les carnavals",
     "Depuis le 17 octobre 2023, le règlement européen qui restreint les microplastiques ajoutés "
     "intentionnellement interdit la mise sur le marché des paillettes en plastique vendues en "
     "vrac, celles des loisirs créatifs, des décorations et du maquillage de fête, après les "
     "microbilles déjà retirées de nombreux produits. Les cosmétiques rincés et non rincés qui "
     "contiennent des paillettes bénéficient de délais de transition de quatre à douze ans. Cette "
     "fiche du service public fédéral chargé de l'environnement explique aux commerçants ce qui "
     "peut encore être vendu et jusqu'à quand, comment reconnaître les paillettes minérales ou en "
     "cellulose autorisées, et ce que les écoles, les mouvements de jeunesse et les comités des "
     "carnavals de Binche, de Malmedy ou d'Alost peuvent utiliser à la place : confettis en "
     "papier, décorations réutilisables. Elle précise que les stocks déjà achetés par les "
     "particuliers peuvent être utilisés, mais ne doivent pas être rincés dans l'évier.",
     ("paillettes", "microplastiques", "REACH", "cosmétiques", "carnavals"),
     ("BE",), "2023-11"),
    ("ct30", "need", "es",
     "Necesidad: alternativas a la diamantina plástica en escuelas, fiestas y carnavales de "
     "México",
     "En México la diamantina, como se llama aquí a lo que en otros países es escarcha, "
     "brillantina o purpurina, se usa en las tareas escolares, los cascarones de carnaval y de "
     "Pascua, las fiestas de quince años, los altares de Día de Muertos y el maquillaje de los "
     "carnavales de Veracruz y Mazatlán. Sus partículas, de poliéster metalizado, terminan en el "
     "drenaje y en los ríos, y las plantas de tratamiento no las retienen. Una secretaría estatal "
     "de medio ambiente, con la secretaría de educación y organizaciones civiles, solicita apoyo "
     "para medir la diamantina en aguas residuales y sedimentos de dos cuencas urbanas, revisar "
     "alternativas de mica, celulosa o pigmentos minerales y sus riesgos, diseñar una campaña con "
     "papelerías, escuelas y comités de carnaval, y redactar una propuesta de norma para retirar "
     "la diamantina plástica suelta, como lo hizo la Unión Europea. El confeti y el papel picado, "
     "tradicionales, no son objeto de la solicitud.",
     ("diamantina", "microplásticos", "escuelas", "carnavales", "contaminación del agua"),
     ("MX",), "2024-09"),
)  # fmt: skip
