"""Clearing-house records of the eightieth judged relevance set
(tests/search/relevance/queries80.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: energy pages on salinity
gradient power (the osmotic power prototype of Tofte on the Oslofjord; OsmoRhône, a démonstrateur
d'énergie osmotique, or énergie bleue, at the mouth of the Rhône; a need to measure the energía
azul of Mexico's river mouths and hypersaline lagoons); energy and pollution pages on oil sands
(the tailings ponds of the Athabasca region; the sables bitumineux of Tchikatanga in the Kouilou,
Congo; a need for the crudo extrapesado, arenas bituminosas and coke piles of Venezuela's Faja
Petrolífera del Orinoco); Minamata Convention pages on thiomersal (a briefing on thiomersal in
vaccines; a Swiss inventory of the products containing thiomersal, or thimérosal; a Colombian need
to take the mertiolate with tiomersal and the mercurocromo off the shelves of the droguerías);
health pages on smelters (children's blood lead around the Port Pirie lead smelter; the arsenic of
the Fonderie Horne in Rouyn-Noranda; a need for La Oroya after the Inter-American Court's
judgment); pollution pages on pulp and paper mills (the paper mills of the Androscoggin River; a
guide to the rejets of the kraft pulp mill of Tarascon; the pastera, or planta de celulosa, of Fray
Bentos and the bridge of Gualeguaychú); waste pages on derelict and end-of-life boats (Auckland's
derelict boat programme; the filière of the bateaux de plaisance hors d'usage in France; the buques
abandonados and cascos hundidos of the Riachuelo); Biosafety Clearing-House pages on pollen of
genetically modified crops in honey (the Bablok case in Bavaria; the miels gathered near the Bt
cotton of Burkina Faso; a need for a laboratory for the Maya beekeepers of Campeche); customs pages
on authorised economic operators (an offer of coaching for chemical importers in the East African
Community; the Moroccan customs' guide to the OEA status for chemical importers; PROFAC, the OEA of
Costa Rica, and agrochemicals); governance pages on whistleblowers (protected disclosures to
Ireland's Environmental Protection Agency; a journée d'étude in Namur on lanceurs d'alerte; a
Spanish guide for informantes under Ley 2/2023); and ozone and climate pages on foam blowing agents
(HCFC-141b out of Egypt's rigid polyurethane foam; the mousses isolantes of Tunisian panel and
water-heater makers; a Temuco taller for the aplicadores of poliuretano proyectado). English,
French and Spanish, 10 records each, every topic written once in each language (different
countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records79.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (salinity gradient, osmotic, osmosis, pressure retarded
osmosis, reverse electrodialysis, blue energy, énergie osmotique, énergie bleue, électrodialyse
inverse, gradiente salino, energía azul, Statkraft, Tofte; oil sands, tar sands, bitumen, sables
bitumineux, bitume, arenas bituminosas, crudo extrapesado, heavy oil, Athabasca, Orinoco, Fort
McMurray, petcoke, coque de petróleo; thiomersal, thimerosal, tiomersal, ethylmercury, merthiolate,
mertiolate, mercurochrome, mercurocromo, merbromin; smelter, smelting, fonderie, fondeur,
fundición, fundidora, fundidor, Port Pirie, Rouyn-Noranda, Horne, La Oroya, Doe Run, arsenic, blood
lead, plombémie, plomo en sangre; pulp mill, pulp and paper, kraft, pâte à papier, papeterie,
papetière, celulosa, pastera, papelera, Botnia, Fray Bentos; derelict, abandoned vessel, abandoned
boat, wreck, épave, bateau de plaisance, hors d'usage, embarcación abandonada, barco abandonado,
casco, pecio, desguace, fibreglass, Riachuelo; honey, pollen, miel, polen, apiculteur, apicultor,
beekeeper, Bablok, Campeche; authorised economic operator, AEO, OEA, opérateur économique agréé,
operador económico autorizado, trusted trader, PROFAC, World Customs Organization; whistleblower,
protected disclosure, lanceur d'alerte, denunciante, informante, alertador; foam blowing agent,
HCFC-141b, polyurethane foam, mousse de polyuréthane, espuma de poliuretano, agente espumante,
cyclopentane, formiato de metilo). Screened and dropped as covered: methanol in adulterated alcohol
(bc16-bc18), human biomonitoring and POPs in breast milk (p05, p30, q23), primary mercury mining
(the cinnabar of Huancavelica, t42), car-free days (the car-free Sundays of Addis Ababa and the
Ciclovía of Bogotá, cl22, cl24), anti-idling (the eco-driving pages ct19, ct20), pesticide-free
towns (the zéro phyto cemeteries of cm26 and the pesticide-free pavements of dc28) and the cold
chain (the solar health facility pages cr25-cr27), besides the topics of sets 42 to 79 and those
their docstrings list as covered; screened with no or passing hits but not chosen: household
hazardous waste (the écocentres of bx08 and the punto limpio of cp21 are passing, but the take-back
pages for single products would have had to be re-judged), school streets (the rue scolaire named
by cd05), lead fishing sinkers (named by the lead shot review u25), fuel theft from pipelines (the
illegal refining camps named by cb01), potentially polluting shipwrecks, GM bentgrass and dicamba.

The nearest are, for salinity gradient power, the reverse osmosis desalination pages (bs19, bs20)
and the ocean thermal, tidal and wave energy pages (df01-df03, ch04-ch06, cv19-cv21), other
technologies; for oil sands, the plastic roads whose subjects name bitumen, here road asphalt
(cn28), and the Alberta methane leak surveys that name heavy oil regions (cl28), passing; for
thiomersal, the guides and pages on mercury-added products, thermometers, skin-lightening creams
and lamps (n02, n44, p01-p03, o28-o30), none naming it; for smelters, the spent pot lining of
aluminium smelters (be13-be15), the lichens that map the metals around the Quintero copper smelter
(bf30, subject fundiciones) and the fondeurs artisanaux of Douala (bl29, subject fonderies
artisanales), relevant in part, while the smelters named in passing by ca09, bi18, bk16, cd03, cr29
and cz24, and the pots and foundry clusters of bl28 and bl30, are not; for pulp mills, the Dryden
mill whose chlor-alkali plant poisoned the Wabigoon (df25), the paper recycling pages (df16-df18),
the plantas de celulosa compared by cl15, the pulp bleached with chlorine dioxide (br08) and the
papeterie of the Amflora potato (bc11), passing; for boats, the Basel guidelines on ship
dismantling (p24), the fishing boats sunk as artificial reefs off Chubut (bh18) and the abandoned
aircraft of cz24, no derelict or pleasure boats, and the épaves, car wrecks, of cd23; for honey,
the decision on GM mustard that sets conditions on the monitoring of bees and honey (be19),
relevant in part, and the Roundup Ready alfalfa whose pollen bees carry (bk25), the RNA
interference fed to hives (bi11) and the hives dying next to soybean fields (w03), no honey page;
for authorised economic operators, the customs pages (single windows, HS codes, detection dogs, the
opérateurs agréés of a port), none on trusted traders; for whistleblowers, the environmental
defender pages (j19-j21), activists outside the firms, not workers reporting from inside; for foam
blowing agents, the fridge dismantling of cf22 and the HFC inventory of m21, passing, and the
polyurethane foam disks of passive air samplers (bg25-bg27), mattress foam (s28-s30), firefighting
foams (n23, p31) and expanded polystyrene (bx07-bx09), other foams. In the golden files the only
hits are passing: a bismuth page naming lead smelting, a phenylmercuric acetate page, a DNT page
naming polyurethane foams, a sugar page naming honey and a carbon foam.

records81.py (ids di..), written at the same time by another engineer, is not part of this set's
pool.

Traps: the pulp mill whose grounds and water intakes the Tofte prototype shared (dh01), passing;
the eels, aloses and hydroelectric plants of dh02; the desaladoras and their salmuera, the
mangroves and the mareas and olas (tides and waves) of dh03, passing; the ducks of dh04; the oil
palms for biofuels of dh05 and its comparison with the Athabasca; the mechurrios (gas flares), the
drilling waste pits and the protocol to denunciar spills of dh06, no whistleblowing; the
thermometers, skin-lightening creams, topical antiseptics and cold chain of dh07; the phenylmercury
salts of dh08; the vacunas that dh09 leaves out and its cremas aclarantes; the electronic scrap,
the analysis of children's nails and the sensors of dh11, and the lead and cadmium it emits (a
copper smelter); the pobladores harassed in dh12; the chlorine dioxide, the rotten-egg smell and
the bald eagles of dh13; the odeurs, the mousse on the Rhône and the PCB of dh14; the floraciones
de algas and the carnaval of dh15; the antifouling paint, mangroves and cement kilns of dh16; the
ouragan Irma and the cimenteries of dh17; the Corte Suprema's cleanup of the Matanza-Riachuelo
basin in dh18; the GM maize and coexistence rules of dh19; the coton Bt, niébé, maïs transgénique
and karité of dh20; the soya transgénica, the Mennonite fields and the stingless bees (xunán kab)
of dh21; the single window and the Rotterdam Convention and Montreal Protocol of dh22; the HCFC
quotas, precursors, consentement préalable and zones d'accélération industrielle (free zones) of
dh23; the piña and banano and the Ventanilla Única of dh24; the illegal burying of waste of dh25;
the journalists, the trafic de pesticides and the dépôts clandestins of dh26; the especies
protegidas and vertidos of dh27; the refrigerators, water heaters and cold rooms of dh28 and the
chambres froides and chauffe-eau solaires (solar water heaters) of dh29; the humo de la leña, the
mascarillas and the demolition of dh30. For the country queries: dh05 names Madagascar and the
Athabasca only for comparison; dh19 names Latin America and Asia only as sources of imported
honeys; dh17 names the Antilles (French islands) as part of France; dh22 is about Kenya, Uganda,
Tanzania and Rwanda; dh15 is about Uruguay and Argentina.

Ids (dh01..dh30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
df01..df30, dg01..dg30), and no earlier id starts with "dh".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- salinity gradient power --------------------------------------------------------------
    ("dh01", "case-study", "en",
     "Osmotic power at Tofte: what the first salinity gradient prototype plant taught, 2009-2013",
     "Where a river meets the sea, the difference in salt content can be turned into "
     "electricity: fresh water drawn through a semi-permeable membrane towards seawater raises "
     "its pressure, and the pressurised flow drives a turbine. This is pressure retarded "
     "osmosis, one of the two ways of harnessing salinity gradient power, also called osmotic "
     "power or blue energy. In November 2009 Statkraft opened a prototype plant at Tofte, on the "
     "Oslofjord, built on the grounds of a pulp mill whose water intakes it shared. The case "
     "study follows four years of trials: a few thousand square metres of spiral-wound and "
     "hollow-fibre membranes, an output of a few kilowatts, far below the five watts per square "
     "metre of membrane thought necessary for a commercial plant, and the fouling of membranes "
     "by river silt and organic matter despite pre-treatment. In December 2013 the company "
     "stopped investing, judging that membranes would not become cheap enough in time. The study "
     "also sums up the lessons on fish screens, brackish discharges and siting.",
     ("salinity gradient power", "osmotic power", "pressure retarded osmosis", "renewable energy",
      "estuaries"),
     ("NO",), "2023-03"),
    ("dh02", "project", "fr",
     "OsmoRhône : un premier démonstrateur d'énergie osmotique à l'embouchure du Rhône",
     "À Port-Saint-Louis-du-Rhône, là où le Grand Rhône rejoint la Méditerranée, la Compagnie "
     "nationale du Rhône et une jeune entreprise rennaise préparent OsmoRhône, le premier "
     "démonstrateur d'énergie osmotique en France. Le principe : produire de l'électricité à "
     "partir de la différence de salinité entre l'eau douce du fleuve et l'eau de mer, ce que "
     "l'on appelle aussi énergie bleue ou énergie du gradient de salinité. Ici, les ions "
     "traversent des membranes nanofluidiques faites de matériaux biosourcés, dans une variante "
     "de l'électrodialyse inverse, sans turbine. Le projet mesure la puissance obtenue par mètre "
     "carré de membrane, l'encrassement par les limons du fleuve, l'énergie consommée par le "
     "pompage et les prétraitements, et l'effet des rejets d'eau saumâtre sur le coin salé et "
     "sur la faune de l'embouchure, où passent les anguilles et les aloses. Il étudie aussi la "
     "place de cette énergie, produite jour et nuit, dans le mix électrique, à côté des "
     "centrales hydroélectriques que la CNR exploite plus en amont.",
     ("énergie osmotique", "énergie bleue", "électrodialyse inverse", "énergies renouvelables",
      "estuaire du Rhône"),
     ("FR",), "2024-10"),
    ("dh03", "need", "es",
     "Necesidad: medir el potencial de energía azul en desembocaduras y lagunas hipersalinas de "
     "México",
     "Investigadores de un consorcio mexicano de energías del océano han identificado en las "
     "desembocaduras de los ríos Papaloapan, Coatzacoalcos y Grijalva-Usumacinta, y en lagunas "
     "hipersalinas como la Laguna Madre de Tamaulipas y las salinas de Guerrero Negro, sitios "
     "donde la diferencia de salinidad entre dos aguas podría generar electricidad de forma "
     "continua: la llamada energía azul o energía por gradiente salino. Solicitan apoyo para "
     "instalar durante dos años estaciones que midan caudal, salinidad, temperatura y sedimentos "
     "en cada sitio, para probar en laboratorio membranas de ósmosis por presión retardada (PRO) "
     "y de electrodiálisis inversa (RED) con agua real de los estuarios, y para evaluar los "
     "efectos de una planta sobre manglares, pesquerías y la cuña salina. Piden también estudiar "
     "el uso de la salmuera de las desaladoras de Baja California como fuente concentrada y "
     "formar a estudiantes en el diseño de membranas, que hoy se importan. La energía de las "
     "mareas y la de las olas quedan fuera de la solicitud.",
     ("energía azul", "gradiente salino", "energías renovables", "estuarios", "necesidades"),
     ("MX",), "2024-05"),
    # --- oil sands ----------------------------------------------------------------------------
    ("dh04", "dataset", "en",
     "Oil sands tailings ponds of the Athabasca region: seepage, river chemistry and waterfowl, "
     "2010-2024",
     "Surface mining of the Alberta oil sands has left over a trillion litres of fluid tailings, "
     "a mix of water, sand, clay, residual bitumen, naphthenic acids and metals, held in ponds "
     "north of Fort McMurray that together cover more than 200 square kilometres. This dataset, "
     "assembled under the joint federal and provincial oil sands monitoring programme, gathers "
     "groundwater results from wells around the ponds, the water and sediment chemistry of the "
     "Athabasca River and its tributaries down to the Peace-Athabasca Delta and Lake Athabasca, "
     "and the yearly reports of waterfowl landing in the ponds, where propane cannons and "
     "scarecrows are meant to keep them away since some 1,600 ducks died on one pond in 2008. It "
     "includes the records of the 2022-2023 seepage and overflow of tailings water at the Kearl "
     "mine, made known to downstream First Nations months late, and the community-based "
     "monitoring of the Mikisew Cree and Athabasca Chipewyan First Nations at Fort Chipewyan. "
     "Plans to treat tailings water and release it to the river are documented.",
     ("oil sands", "tailings ponds", "bitumen", "water quality", "Athabasca River"),
     ("CA",), "2024-10"),
    ("dh05", "case-study", "fr",
     "Les sables bitumineux du Kouilou : le permis de Tchikatanga, des promesses aux doutes",
     "En 2008, la République du Congo a signé avec une compagnie pétrolière italienne un accord "
     "portant sur l'exploration des sables bitumineux des permis de Tchikatanga et "
     "Tchikatanga-Makola, environ 1 790 km² dans le département du Kouilou, au nord de "
     "Pointe-Noire, et sur des plantations de palmiers à huile destinées aux biocarburants et à "
     "l'alimentation. Cette étude de cas, préparée par des chercheurs et des associations "
     "congolaises, retrace ce qui a été fait : forages d'exploration, études de faisabilité "
     "d'une extraction par mine à ciel ouvert ou par injection de vapeur, consultations limitées "
     "des villages, et inquiétudes pour les savanes, les forêts galeries, les nappes et les "
     "lagunes du littoral. Elle compare avec les gisements de l'Athabasca et de Bemolanga, à "
     "Madagascar, et explique pourquoi, avec la chute des cours du pétrole après 2014, le projet "
     "n'a jamais atteint la production. Elle conclut sur ce qu'il faudrait exiger d'une étude "
     "d'impact si le projet revenait.",
     ("sables bitumineux", "pétrole non conventionnel", "industries extractives", "étude d'impact",
      "Kouilou"),
     ("CG",), "2022-11"),
    ("dh06", "need", "es",
     "Necesidad: monitoreo de derrames y de las pilas de coque en la Faja Petrolífera del "
     "Orinoco",
     "En la Faja Petrolífera del Orinoco, al sur de los estados Monagas, Anzoátegui y Guárico, "
     "se explota uno de los mayores depósitos de crudo extrapesado y arenas bituminosas del "
     "mundo. El crudo, casi tan espeso como el asfalto, se diluye con nafta y se lleva por "
     "oleoductos a los mejoradores del complejo de José, en la costa de Anzoátegui, donde se "
     "acumulan a cielo abierto montañas de coque de petróleo y de azufre. Comunidades kariña y "
     "criollas, pescadores del río Morichal Largo y docentes de una universidad de oriente "
     "reportan derrames en esteros y morichales, mechurrios encendidos y polvo de coque sobre "
     "los caseríos. La solicitud pide equipos y formación para un programa comunitario de "
     "monitoreo: muestreo de agua, sedimentos y peces, imágenes satelitales para detectar "
     "derrames, medición de partículas cerca de las pilas de coque y un protocolo para denunciar "
     "cada evento ante las autoridades. Pide además un inventario de las fosas de desechos de "
     "perforación abandonadas.",
     ("arenas bituminosas", "crudo extrapesado", "derrames de petróleo", "monitoreo comunitario",
      "necesidades"),
     ("VE",), "2024-03"),
    # --- thiomersal ---------------------------------------------------------------------------
    ("dh07", "document", "en",
     "Thiomersal in vaccines and the Minamata Convention: a briefing for immunization programmes",
     "Thiomersal (thimerosal in the United States) is an organic mercury compound, about half "
     "mercury by weight, added since the 1930s as a preservative to multi-dose vials of vaccines "
     "so that bacteria or fungi brought in by repeated needle punctures do not grow. In the body "
     "it breaks down into ethylmercury, which is cleared far faster than the methylmercury of "
     "fish. This briefing explains why the Minamata Convention, while phasing out mercury-added "
     "products such as thermometers, skin-lightening creams and topical antiseptics, excludes "
     "vaccines containing thiomersal as a preservative, and what expert reviews of vaccine "
     "safety have found. It sets out what a ban would mean for countries that rely on multi-dose "
     "vials of tetanus, diphtheria, hepatitis B and influenza vaccines: single-dose vials cost "
     "more, take several times more cold chain space and produce more waste. It also covers the "
     "mercury-bearing wastes of vaccine makers, answers to questions from health workers and "
     "parents, and how to report thiomersal in national mercury inventories.",
     ("thiomersal", "vaccines", "mercury", "Minamata Convention", "immunization"),
     (), "2023-06"),
    ("dh08", "dataset", "fr",
     "Thiomersal (thimérosal) dans les produits vendus en Suisse : médicaments, collyres et "
     "cosmétiques, 2010-2022",
     "Pour préparer ses rapports au titre de la Convention de Minamata, la Suisse a recensé les "
     "produits contenant du thiomersal, un conservateur organomercuriel aussi appelé thimérosal. "
     "Ce jeu de données, établi avec l'autorité des produits thérapeutiques, les chimistes "
     "cantonaux et l'office fédéral de l'environnement, liste pour chaque année les vaccins "
     "humains et vétérinaires, les immunoglobulines, les collyres, les gouttes nasales, les "
     "solutions d'entretien pour lentilles de contact et les cosmétiques pour les yeux "
     "(mascaras, démaquillants) qui en contenaient, avec la concentration déclarée et la "
     "quantité de mercure mise sur le marché. Il montre la disparition presque complète du "
     "thiomersal des vaccins humains et des solutions pour lentilles, et son maintien dans "
     "quelques vaccins vétérinaires en flacons multidoses et dans de rares produits pour les "
     "yeux, où le droit suisse, comme celui de l'Union européenne, le limite à 0,007 % de "
     "mercure. Les sels de phénylmercure, autrefois employés de la même façon, sont présentés "
     "dans un tableau à part.",
     ("thiomersal", "mercure", "médicaments", "cosmétiques", "inventaire"),
     ("CH",), "2022-05"),
    ("dh09", "need", "es",
     "Necesidad: sacar del mercado el mertiolate con tiomersal y el mercurocromo en Colombia",
     "En droguerías de barrio, tiendas y plazas de mercado de Colombia todavía se venden frascos "
     "de mertiolate rojo, el antiséptico que las abuelas ponían en raspones y en el ombligo de "
     "los recién nacidos y cuya fórmula original lleva tiomersal (timerosal), un compuesto de "
     "mercurio. Muchas marcas cambiaron de fórmula pero conservan el nombre, y nadie sabe "
     "cuántos productos con mercurio siguen circulando, aunque el Convenio de Minamata pedía "
     "eliminar los antisépticos tópicos con mercurio desde 2020. La autoridad sanitaria y el "
     "ministerio de ambiente solicitan apoyo para comprar y analizar muestras de mertiolate, "
     "mercurocromo (merbromina) y otros antisépticos en diez ciudades, revisar los registros "
     "sanitarios vencidos, recoger las existencias de distribuidores y droguerías y gestionarlas "
     "como residuos de mercurio, y preparar una campaña en radio y redes para que las familias "
     "reconozcan y entreguen los frascos viejos. Piden además capacitar a los inspectores que ya "
     "vigilan las cremas aclarantes con mercurio. Las vacunas con tiomersal no son objeto de la "
     "solicitud.",
     ("tiomersal", "antisépticos", "productos con mercurio", "Convenio de Minamata",
      "necesidades"),
     ("CO",), "2023-09"),
    # --- smelters -----------------------------------------------------------------------------
    ("dh10", "dataset", "en",
     "Children's blood lead in Port Pirie, South Australia: testing around the lead smelter, "
     "1984-2023",
     "Port Pirie, on Spencer Gulf, has lived beside one of the world's largest lead smelters "
     "since 1889; the plant also recovers zinc, silver and sulphuric acid from concentrates and "
     "recycled materials. Lead-laden dust from the smelter settles on yards, roofs, playgrounds "
     "and inside homes, and small children swallow it. This dataset, kept by the state health "
     "department, holds the results of blood lead testing of children under five since the "
     "1980s, summarised by year, suburb and age, with the share of children above 5 and 10 "
     "micrograms per decilitre, the airborne lead measured at monitoring stations around the "
     "town and the tonnes of lead emitted each year. It marks the stages of the response: the "
     "early home cleaning and soil programmes, the Ten By Ten campaign, the Targeted Lead "
     "Abatement Program with its soil replacement, greening of bare land and school education, "
     "and the redevelopment of the smelter with a new furnace in 2017. Results since the "
     "redevelopment show falls, but also setbacks during plant upsets.",
     ("smelters", "lead", "children's blood lead", "air quality", "South Australia"),
     ("AU",), "2024-08"),
    ("dh11", "case-study", "fr",
     "L'arsenic de la Fonderie Horne à Rouyn-Noranda : de l'analyse des ongles à la zone tampon",
     "Depuis 1927, la Fonderie Horne, au cœur de Rouyn-Noranda, en Abitibi-Témiscamingue, fond "
     "des concentrés de cuivre et recycle de grandes quantités de résidus électroniques, ce qui "
     "en fait l'une des principales sources d'arsenic, de plomb et de cadmium dans l'air au "
     "Québec. La norme québécoise pour l'arsenic est de 3 nanogrammes par mètre cube, mais la "
     "fonderie avait droit à une moyenne annuelle de 100 ng/m³. Cette étude de cas retrace la "
     "mobilisation des mères du quartier Notre-Dame après l'analyse des ongles des enfants en "
     "2019, le rapport de la Santé publique de 2022 qui estimait un risque accru de cancer du "
     "poumon, et la nouvelle autorisation de 2023 qui impose 45 ng/m³ d'ici 2027, avec la cible "
     "à terme de 15 ng/m³. Elle décrit la création d'une zone tampon entre l'usine et les "
     "maisons, le déménagement de résidents, les capteurs installés près des cours d'école et "
     "les débats sur l'avenir d'une ville née de la mine.",
     ("fonderies", "arsenic", "qualité de l'air", "santé publique", "Rouyn-Noranda"),
     ("CA",), "2024-02"),
    ("dh12", "need", "es",
     "Necesidad: vigilancia del aire y del plomo en sangre en La Oroya tras el fallo de la Corte "
     "Interamericana",
     "La Oroya, a 3.750 metros de altitud en la sierra de Junín, creció alrededor de un complejo "
     "metalúrgico que desde 1922 funde y refina cobre, plomo, zinc y otros metales. Durante "
     "décadas los humos de su chimenea, cargados de dióxido de azufre, plomo, arsénico y cadmio, "
     "cubrieron la ciudad y los cerros pelados; en 1999 casi todos los niños examinados tenían "
     "plomo en sangre por encima del límite. En 2024 se conoció la sentencia de la Corte "
     "Interamericana de Derechos Humanos en el caso Habitantes de La Oroya contra el Perú, que "
     "ordena atención de salud gratuita a las víctimas, vigilancia de la calidad del aire y "
     "remediación. Algunos pobladores que reclamaron sufrieron hostigamiento. Con la fundición "
     "reactivada en parte por sus extrabajadores, la municipalidad y la dirección regional de "
     "salud solicitan apoyo para instalar estaciones de monitoreo de material particulado y "
     "metales, seguir el plomo en sangre de niños y gestantes, limpiar techos y suelos de las "
     "viviendas y capacitar a promotores de salud de los barrios.",
     ("fundiciones", "plomo en sangre", "calidad del aire", "derechos humanos", "necesidades"),
     ("PE",), "2024-04"),
    # --- pulp and paper mills -----------------------------------------------------------------
    ("dh13", "dataset", "en",
     "Paper mills and the Androscoggin River: oxygen, dioxin in fish and mill discharges, "
     "1967-2023",
     "In the 1960s the Androscoggin, which runs from New Hampshire's White Mountains through "
     "western Maine to the sea, was one of the most polluted rivers in the United States: pulp "
     "and paper mills at Berlin, Rumford and Jay discharged wood fibre, sulphite liquor and "
     "bleaching wastes that stripped the water of oxygen, killed fish and filled riverside towns "
     "with a smell of rotten eggs. The river helped Senator Edmund Muskie shape the Clean Water "
     "Act of 1972. This dataset brings together dissolved oxygen and temperature measured along "
     "the river since 1967, the permits and reported discharges of each mill, the dioxins and "
     "furans measured in fish fillets after chlorine bleaching was identified as their source, "
     "and the fish consumption advisories issued, then eased when mills switched to chlorine "
     "dioxide. It also logs the closures, from the pulp mill at Berlin in 2006 to the pulp line "
     "at Jay after its digester explosion in 2020, and the return of brook trout and bald eagles "
     "to the river.",
     ("pulp and paper mills", "river pollution", "dioxins", "water quality", "Androscoggin River"),
     ("US",), "2023-11"),
    ("dh14", "document", "fr",
     "Usine de pâte kraft de Tarascon : guide de la commission de suivi de site pour lire les "
     "rejets",
     "Sur la rive gauche du Rhône, face à Beaucaire, l'usine de Tarascon produit depuis les "
     "années 1950 de la pâte à papier kraft blanchie à partir de bois de pins et de feuillus du "
     "Sud de la France. Installation classée pour la protection de l'environnement, elle rejette "
     "ses effluents traités dans le fleuve et ses fumées par plusieurs cheminées, dont celles de "
     "la chaudière de récupération et du four à chaux. Ce guide, rédigé par les associations de "
     "riverains membres de la commission de suivi de site, explique comment lire l'arrêté "
     "préfectoral et les bilans d'autosurveillance : demande chimique en oxygène, matières en "
     "suspension, AOX (composés organohalogénés), couleur de l'eau, soufre réduit total à "
     "l'origine des odeurs de chou pourri, poussières. Il retrace les mises en demeure de "
     "l'inspection des installations classées, les épisodes de mousse sur le Rhône et les "
     "investissements dans la station d'épuration, et rappelle que les poissons du fleuve en "
     "aval sont aussi suivis pour les PCB hérités d'autres industries.",
     ("pâte à papier", "papeteries", "rejets industriels", "installations classées", "Rhône"),
     ("FR",), "2023-04"),
    ("dh15", "case-study", "es",
     "La pastera de Fray Bentos y el río Uruguay: del corte del puente al monitoreo binacional",
     "En noviembre de 2007 empezó a producir en Fray Bentos, Uruguay, una de las mayores plantas "
     "de celulosa de América del Sur, que convierte eucaliptos de las forestaciones uruguayas en "
     "pulpa blanqueada para exportar. Del otro lado del río Uruguay, los vecinos de "
     "Gualeguaychú, en Entre Ríos, temieron por el agua, la pesca y el turismo de sus playas y "
     "su carnaval; su asamblea ciudadana cortó durante más de tres años el puente General San "
     "Martín. La Argentina demandó al Uruguay ante la Corte Internacional de Justicia, que en "
     "2010 resolvió que el Uruguay había faltado a su deber de informar, pero que no se probó "
     "contaminación. Este estudio de caso sigue lo que vino después: el monitoreo conjunto de la "
     "planta y del río por la comisión binacional, los resultados sobre fósforo, dioxinas y "
     "floraciones de algas y la llegada de una segunda planta sobre el río Negro. Recoge las "
     "palabras de ambas orillas: pastera y papelera en la Argentina, planta de celulosa en el "
     "Uruguay.",
     ("plantas de celulosa", "pasteras", "conflictos ambientales", "río Uruguay",
      "monitoreo ambiental"),
     ("UY", "AR"), "2024-07"),
    # --- derelict and end-of-life boats -------------------------------------------------------
    ("dh16", "project", "en",
     "Clearing derelict boats from Auckland's harbours: a removal and disposal programme",
     "Every year dozens of boats are left to rot on moorings, sink at anchor or wash up on the "
     "beaches and mangrove creeks of the Waitematā and Manukau harbours and the Hauraki Gulf. "
     "Many are old fibreglass yachts and launches worth less than the cost of scrapping them, "
     "whose owners cannot be traced or cannot pay. The regional harbourmaster runs this "
     "programme to find, tag and remove them: divers and salvors refloat sunken hulls, pump out "
     "fuel and oily bilge water, take out batteries, gas bottles and old timbers coated with "
     "antifouling paint, and break up the hulls at a licensed yard. The project tests crushing "
     "fibreglass for use in cement kilns instead of landfill, builds a register of vessels at "
     "risk with marina operators and mooring holders, and proposes a levy on boat sales to pay "
     "for end-of-life disposal. It works with iwi and hapū on the sites the wrecks leave behind "
     "and with community groups that clear boat debris from the shore.",
     ("derelict vessels", "abandoned boats", "end-of-life boats", "marine pollution", "harbours"),
     ("NZ",), "2024-02"),
    ("dh17", "dataset", "fr",
     "Bateaux de plaisance hors d'usage : bilan de la filière de déconstruction en France, "
     "2019-2024",
     "Depuis 2019, la France dispose d'une filière de responsabilité élargie du producteur pour "
     "les bateaux de plaisance et de sport hors d'usage (BPHU), la première au monde. Un "
     "éco-organisme agréé par l'État prend en charge gratuitement la déconstruction des "
     "voiliers, vedettes, semi-rigides, jets et canoës que leurs propriétaires lui confient, "
     "grâce à une part du droit annuel de francisation et à une éco-contribution sur les bateaux "
     "neufs. Ce jeu de données donne, par année et par région, le nombre de bateaux "
     "déconstruits, désormais plusieurs milliers par an, leur longueur et leur matériau, les "
     "tonnages de polyester et de fibre de verre broyés et envoyés en cimenterie, de métaux "
     "recyclés et de déchets dangereux traités (batteries, huiles, fusées de détresse périmées). "
     "Il recense aussi les centres de déconstruction, les épaves et les bateaux ventouses "
     "abandonnés dans les ports et les estuaires que signalent les communes, et les enlèvements "
     "menés dans les îles après les tempêtes et, aux Antilles, après l'ouragan Irma.",
     ("bateaux de plaisance hors d'usage", "déconstruction",
      "responsabilité élargie du producteur", "épaves", "déchets"),
     ("FR",), "2024-06"),
    ("dh18", "project", "es",
     "Extracción de buques abandonados y cascos hundidos del Riachuelo",
     "Durante décadas el Riachuelo, en el límite entre la ciudad de Buenos Aires y el conurbano, "
     "fue también un cementerio de barcos: remolcadores, pesqueros, areneros y barcazas "
     "abandonados por armadores quebrados quedaron amarrados, semihundidos o apoyados en el "
     "fondo desde La Boca y la Vuelta de Rocha hasta Dock Sud, perdiendo combustible y aceites y "
     "frenando la corriente. Como parte del saneamiento de la cuenca Matanza-Riachuelo ordenado "
     "por la Corte Suprema en 2008, el organismo de cuenca, la Prefectura y el gobierno porteño "
     "retiraron decenas de cascos, que fueron reflotados, limpiados, cortados en chatarra naval "
     "y vendidos como hierro. El proyecto documenta cada extracción, los hidrocarburos y "
     "residuos peligrosos retirados, los sedimentos removidos y el control de la calidad del "
     "agua, y la recuperación del camino de sirga para paseos públicos. Propone además un "
     "registro de embarcaciones inactivas en los puertos del país para que los armadores paguen "
     "el retiro antes de abandonarlas.",
     ("buques abandonados", "cascos hundidos", "chatarra naval", "saneamiento de ríos",
      "Riachuelo"),
     ("AR",), "2023-10"),
    # --- GM pollen in honey -------------------------------------------------------------------
    ("dh19", "case-study", "en",
     "Pollen from GM maize in honey: the Bablok case and what it changed for beekeepers in "
     "Europe",
     "In 2005 an amateur beekeeper near Kaisheim, in Bavaria, found that his honey and the "
     "pollen his bees gathered contained DNA of MON 810, an insect-resistant genetically "
     "modified maize grown by the state on experimental plots a few hundred metres from his "
     "hives. He asked the courts whether his honey could still be sold. In 2011 the Court of "
     "Justice of the European Union ruled that pollen in honey is an ingredient, so that honey "
     "containing pollen of a GM maize not authorised as food could not be marketed at all, and "
     "GM pollen would need authorisation and labelling. This case study follows the "
     "consequences: beekeepers demanding distances between hives and GM fields, importers "
     "testing honeys from Latin America and Asia for GM pollen, and the 2014 amendment of the "
     "honey directive that made pollen a natural constituent of honey rather than an ingredient, "
     "so that the labelling threshold applies to the honey as a whole. It ends with the "
     "coexistence rules that German states adopted for beekeeping.",
     ("honey", "GM pollen", "genetically modified maize", "labelling", "beekeeping"),
     ("DE",), "2022-09"),
    ("dh20", "project", "fr",
     "Miel et coton Bt : rechercher le pollen transgénique dans les miels des Hauts-Bassins",
     "De 2008 à 2016, le Burkina Faso a cultivé à grande échelle un coton génétiquement modifié "
     "résistant aux chenilles, le coton Bt, avant de revenir au coton conventionnel pour des "
     "raisons de qualité de fibre. Dans les Hauts-Bassins et la Boucle du Mouhoun, les "
     "apiculteurs posent leurs ruches au bord des champs, dans les parcs à karité et les "
     "galeries forestières, et leurs unions exportent une partie du miel vers l'Europe sous des "
     "labels biologique et équitable qui exigent l'absence d'OGM. Le projet, mené par l'agence "
     "nationale de biosécurité avec les unions d'apiculteurs et un laboratoire universitaire de "
     "Bobo-Dioulasso, analyse le pollen et recherche l'ADN du gène cry1Ac dans des miels "
     "récoltés pendant et après les années du coton Bt, cartographie les ruchers par rapport aux "
     "anciennes parcelles, forme les mielleries à la traçabilité des lots et publie les "
     "résultats dans le Centre d'échange pour la prévention des risques biotechnologiques. Il "
     "prépare des consignes au cas où des essais de niébé ou de maïs transgéniques seraient "
     "autorisés.",
     ("miel", "pollen transgénique", "organismes génétiquement modifiés", "apiculture",
      "biosécurité"),
     ("BF",), "2021-05"),
    ("dh21", "need", "es",
     "Necesidad: laboratorio para detectar polen transgénico en la miel de los apicultores mayas "
     "de Campeche",
     "En los Chenes, al norte de Campeche, miles de familias mayas viven de la miel de Apis que "
     "producen en la selva y los acahuales y que sus cooperativas exportan sobre todo a Alemania "
     "y otros países europeos; algunas mantienen también la meliponicultura de la abeja xunán "
     "kab. Cuando en 2012 se autorizó la siembra comercial de soya transgénica en la península, "
     "mientras campos mecanizados de colonias menonitas avanzaban sobre el monte, los "
     "apicultores temieron perder sus mercados: compradores europeos analizaban ya la miel en "
     "busca de polen transgénico. Sus amparos llevaron a la Suprema Corte a ordenar en 2015 la "
     "consulta indígena, y el permiso fue revocado en 2017. Las cooperativas siguen sin un "
     "laboratorio cercano para certificar su miel. Solicitan apoyo para equipar un laboratorio "
     "regional de análisis de polen (melisopalinología) y de ADN transgénico por PCR, capacitar "
     "técnicos, muestrear la miel de cada acopio y vigilar siembras ilegales de soya y maíz "
     "transgénicos en los ejidos.",
     ("miel", "polen transgénico", "apicultura", "pueblos indígenas", "necesidades"),
     ("MX",), "2023-03"),
    # --- authorised economic operators --------------------------------------------------------
    ("dh22", "support-source", "en",
     "Offer: coaching chemical and pesticide importers towards Authorised Economic Operator "
     "status in East Africa",
     "The East African Community runs a regional Authorised Economic Operator (AEO) programme: "
     "importers, exporters, clearing agents and transporters that prove a record of compliance, "
     "sound finances, secure premises and good internal controls are recognised as trusted "
     "traders by the customs administrations of Kenya, Uganda, Tanzania and Rwanda, and get "
     "fewer physical inspections, faster release and lighter guarantees. Few firms dealing in "
     "pesticides, industrial chemicals and refrigerant gases have applied, partly because their "
     "goods also need permits from pest control, chemicals and environment authorities. This "
     "offer, from a customs and trade facilitation programme backed by development partners, "
     "gives one year of coaching to up to forty such firms: a self-assessment, help in matching "
     "each shipment to its licences under the Rotterdam Convention and the Montreal Protocol, "
     "training of compliance officers, record-keeping for hazardous goods and mock validation "
     "visits. It also trains the customs officers who validate AEOs to check environmental "
     "licences, and links firms to the regional electronic single window.",
     ("authorised economic operators", "customs", "hazardous chemicals", "trade facilitation",
      "offers"),
     ("KE", "UG", "TZ", "RW"), "2024-01"),
    ("dh23", "document", "fr",
     "Le statut d'opérateur économique agréé (OEA) pour les importateurs de produits chimiques : "
     "guide de la douane marocaine",
     "Au Maroc, l'Administration des douanes et impôts indirects accorde depuis 2006 le statut "
     "d'opérateur économique agréé (OEA) aux entreprises jugées fiables : elles bénéficient de "
     "contrôles allégés, du dédouanement à domicile et de procédures simplifiées, en échange "
     "d'audits de leurs procédures, de leur solvabilité et de la sécurité de leurs locaux. Ce "
     "guide s'adresse aux importateurs et distributeurs de produits chimiques, d'engrais, de "
     "pesticides et de gaz réfrigérants. Il explique les deux volets du statut, simplifications "
     "douanières et sécurité-sûreté, les pièces à fournir et la grille d'audit, et ce que la "
     "douane vérifie en plus pour ces marchandises : homologation des pesticides par l'office "
     "national de sécurité sanitaire des produits alimentaires, quotas d'importation de HCFC, "
     "autorisations pour les précurseurs et pour les produits soumis au consentement préalable. "
     "Il décrit aussi les entrepôts sous douane et les zones d'accélération industrielle de "
     "Tanger Med, et annonce des accords de reconnaissance mutuelle en négociation.",
     ("opérateurs économiques agréés", "douanes", "produits chimiques",
      "facilitation des échanges", "guides"),
     ("MA",), "2022-06"),
    ("dh24", "case-study", "es",
     "Comercio confiable y agroquímicos: la experiencia del PROFAC, el OEA de Costa Rica",
     "Costa Rica creó su Programa de Facilitación Aduanera para el Comercio Confiable (PROFAC), "
     "la versión nacional del operador económico autorizado (OEA) que promueve la Organización "
     "Mundial de Aduanas. Las empresas certificadas, tras la validación de su cadena logística, "
     "su seguridad y su historial de cumplimiento, tienen menos revisiones físicas y "
     "documentales y despachos más rápidos en Moín, Caldera y Peñas Blancas. Este estudio de "
     "caso sigue a tres empresas certificadas: un importador de agroquímicos, un exportador de "
     "piña y banano y una planta de dispositivos médicos. Muestra cómo adaptaron sus procesos a "
     "las exigencias de seguridad y a los registros de plaguicidas del servicio fitosanitario, "
     "qué notas técnicas y permisos sanitarios y ambientales se revisan de todos modos en la "
     "Ventanilla Única de Comercio Exterior, cuánto bajaron los tiempos y costos, y qué dudas "
     "quedan: si el trato preferente puede debilitar el control de sustancias peligrosas. "
     "Termina con los acuerdos de reconocimiento mutuo que se negocian en Centroamérica.",
     ("operadores económicos autorizados", "aduanas", "agroquímicos", "facilitación del comercio",
      "estudios de caso"),
     ("CR",), "2023-08"),
    # --- whistleblowers -----------------------------------------------------------------------
    ("dh25", "case-study", "en",
     "Protected disclosures to Ireland's Environmental Protection Agency: what workers report "
     "from inside waste and industrial sites",
     "Under Ireland's Protected Disclosures Act, amended in 2022 to give effect to the European "
     "Union's whistleblower directive, workers who report wrongdoing are protected from "
     "dismissal and penalisation, and the Environmental Protection Agency is a prescribed person "
     "to which disclosures on environmental matters can be made directly. This case study "
     "reviews how the Agency handled the disclosures it received between 2015 and 2023, most of "
     "them from employees and contractors of licensed waste facilities, intensive pig and "
     "poultry units, food and drink plants and quarries: unrecorded waste accepted, effluent "
     "bypassing treatment, falsified monitoring results, waste buried illegally. It describes "
     "how reports are assessed, how the identity of the worker is kept confidential, when "
     "inspections followed and how many led to enforcement, and what the workers said about the "
     "retaliation they feared or suffered. It recommends clearer guidance for employers on "
     "internal reporting channels and better feedback to whistleblowers, whose tips revealed "
     "breaches that routine inspections had missed.",
     ("whistleblowers", "protected disclosures", "environmental enforcement", "waste facilities",
      "Ireland"),
     ("IE",), "2024-05"),
    ("dh26", "event", "fr",
     "Journée d'étude : lanceurs d'alerte et infractions environnementales en Belgique",
     "Depuis la loi du 28 novembre 2022, qui transpose la directive européenne sur la protection "
     "des lanceurs d'alerte, les entreprises belges de cinquante travailleurs ou plus doivent "
     "ouvrir un canal de signalement interne, et la protection de l'environnement figure parmi "
     "les domaines couverts. Cette journée d'étude, organisée à Namur par une université et une "
     "fédération d'associations environnementales avec les services d'inspection régionaux, "
     "réunit juristes, inspecteurs, syndicalistes, journalistes et anciens lanceurs d'alerte. Au "
     "programme : ce que l'on peut signaler (rejets illégaux, fraude aux déchets, mesures "
     "d'émissions falsifiées, trafic de pesticides), à qui (canal interne, inspection de "
     "l'environnement, parquet, médiateur fédéral), comment se protéger des représailles, et le "
     "rôle des syndicats et de la presse. Des témoignages d'employés qui ont révélé des dépôts "
     "clandestins et des fraudes dans des centres de traitement de déchets ouvriront les débats. "
     "Les actes seront publiés et un guide pratique sera remis aux délégués syndicaux.",
     ("lanceurs d'alerte", "infractions environnementales", "signalement",
      "inspection de l'environnement", "Wallonie"),
     ("BE",), "2023-11"),
    ("dh27", "document", "es",
     "Guía para informantes de infracciones ambientales: cómo usar la Ley 2/2023 de protección "
     "del informante",
     "La Ley 2/2023, que incorpora a España la directiva europea de protección de los "
     "denunciantes, obliga a las empresas de cincuenta o más trabajadores y a las "
     "administraciones a tener un sistema interno de información, crea la Autoridad "
     "Independiente de Protección del Informante y protege frente a represalias a quien "
     "comunique infracciones graves, entre ellas las que dañan el medio ambiente. Esta guía, "
     "preparada por una fundación de derecho ambiental con sindicatos y asociaciones "
     "ecologistas, explica a trabajadores de industrias, granjas, depuradoras, vertederos y "
     "obras cómo informar sobre vertidos no autorizados, residuos enterrados, emisiones "
     "falseadas o especies protegidas capturadas: qué pruebas reunir, cuándo usar el canal "
     "interno y cuándo acudir a la autoridad, al Seprona o a la fiscalía de medio ambiente, cómo "
     "pedir confidencialidad y qué hacer ante un despido. Incluye casos de alertadores en España "
     "y modelos de comunicación, y aclara la diferencia con la denuncia de un vecino o de una "
     "asociación.",
     ("denunciantes", "informantes", "delitos ambientales", "protección frente a represalias",
      "guías"),
     ("ES",), "2024-03"),
    # --- foam blowing agents ------------------------------------------------------------------
    ("dh28", "case-study", "en",
     "Phasing HCFC-141b out of rigid polyurethane foam in Egypt: refrigerator makers and small "
     "panel firms",
     "HCFC-141b, an ozone-depleting gas with a high global warming potential, was long the "
     "blowing agent of choice for the rigid polyurethane foam that insulates refrigerators, "
     "freezers, water heaters, cold rooms and sandwich panels: mixed into the polyol, it boils "
     "off as the foam rises and stays trapped in its closed cells. Under its HCFC phase-out "
     "management plan, Egypt has converted its foam sector in stages with support from the "
     "Multilateral Fund. This case study compares two routes. Large refrigerator and panel "
     "makers switched to cyclopentane, cheap and climate-friendly but flammable, which meant new "
     "storage tanks, premixing stations, ventilation, gas detectors and explosion-proof "
     "equipment. Dozens of small firms that could not afford this turned to pre-blended polyols "
     "from local systems houses, blown with methyl formate, water or hydrofluoroolefins. The "
     "study reports the tonnes of HCFC-141b phased out, foam quality and costs, and why "
     "high-warming HFC blowing agents, which would have to be phased down under the Kigali "
     "Amendment, were avoided.",
     ("foam blowing agents", "HCFC-141b", "polyurethane foam", "ozone layer", "Montreal Protocol"),
     ("EG",), "2023-02"),
    ("dh29", "project", "fr",
     "Mousses isolantes sans HCFC : convertir les PME tunisiennes de panneaux sandwich et de "
     "chauffe-eau",
     "En Tunisie, des dizaines de petites et moyennes entreprises de Sfax, Sousse, Ben Arous et "
     "Nabeul injectent de la mousse de polyuréthane rigide dans les panneaux sandwich des "
     "chambres froides et des bâtiments, dans les ballons des chauffe-eau solaires et "
     "électriques et dans les caissons isothermes des camions. Jusqu'à récemment, cette mousse "
     "était gonflée au HCFC-141b, un agent d'expansion qui appauvrit la couche d'ozone. Dans le "
     "cadre du plan national d'élimination des HCFC, ce projet, mené par l'unité nationale de "
     "l'ozone avec une agence des Nations unies, accompagne la conversion de ces ateliers : "
     "choix entre le formiate de méthyle, l'eau et les hydrofluorooléfines, achat de polyols "
     "prémélangés auprès de maisons de systèmes, réglage des machines d'injection, essais de "
     "conductivité thermique et de vieillissement, protection des ouvriers contre les "
     "isocyanates. Il forme aussi les douaniers à repérer les polyols importés qui contiennent "
     "encore du HCFC-141b et suit chaque année les tonnes éliminées.",
     ("agents d'expansion", "mousses de polyuréthane", "HCFC", "couche d'ozone",
      "Protocole de Montréal"),
     ("TN",), "2022-10"),
    ("dh30", "event", "es",
     "Taller para aplicadores de poliuretano proyectado: espumas sin HCFC-141b en la aislación "
     "de viviendas",
     "En el sur de Chile, los programas de reacondicionamiento térmico que buscan reducir el "
     "humo de la leña en ciudades como Temuco, Osorno y Coyhaique han multiplicado la aislación "
     "de techumbres y muros con poliuretano proyectado, que pequeñas empresas y maestros "
     "independientes aplican con máquinas portátiles. Con la eliminación del HCFC-141b en las "
     "espumas, acordada en el plan nacional de eliminación de los HCFC, los aplicadores usan "
     "sistemas soplados con agua o con hidrofluoroolefinas (HFO), que se comportan de otro modo "
     "al proyectarse. Este taller de dos días, organizado en Temuco por la unidad de ozono del "
     "ministerio con un instituto de la construcción, enseña a elegir y almacenar los sistemas "
     "de poliuretano, regular presión y temperatura, medir densidad y espesor, protegerse de los "
     "isocianatos con mascarillas y trajes adecuados y evitar incendios durante y después de la "
     "aplicación. Incluye prácticas en una vivienda del programa y una sesión sobre los agentes "
     "espumantes, su potencial de calentamiento y su recuperación al demoler.",
     ("agentes espumantes", "poliuretano proyectado", "HCFC-141b", "aislación térmica",
      "capa de ozono"),
     ("CL",), "2024-09"),
)  # fmt: skip
