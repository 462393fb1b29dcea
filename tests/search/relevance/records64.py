"""Clearing-house records of the sixty-fourth judged relevance set
(tests/search/relevance/queries64.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: Minamata Convention and
health pages on the ritual and cultural uses of mercury (test purchases of azogue in the botánicas
of New York and New Jersey; a Montréal fiche on the vif-argent of protection and luck rituals; a
need to study the azogue of the botánicas and colmados of the Dominican Republic); waste and health
pages on dog faeces (the nitrogen and phosphorus left by dogs in the nature reserves around Ghent;
a guide for French communes on déjections canines, canisites and caninettes; the censo de ADN
canino, the pipicanes and the cacas de perro of Málaga); air pollution pages on acid rain (the
Adirondack lakes and the acid rain programme of the Clean Air Act; the pluies acides, the
dépérissement and the amendements calco-magnésiens of the Vosges forests; a need for lluvia ácida
monitoring around Tula-Tepeji and its Atlantes); fuel quality pages on sulphur in road fuels (East
Africa's move to 50 ppm diesel; a need to test the teneur en soufre of the gasoil imported into
Benin; the petróleo D2 and the diésel de bajo azufre of Lima and Callao); Biosafety Clearing-House
pages on genetically modified soybean (the smuggled 'Maradona' Roundup Ready seed of Rio Grande do
Sul; the soja GM imported into France for animal feed and the « nourri sans OGM » chains; a need to
assess new events of soya transgénica and detect illegal seed in Santa Cruz, Bolivia); climate
governance pages on geoengineering (the iron dumped off Haida Gwaii in 2012; a fiche on the
modification du rayonnement solaire and decision X/33; the globos with sulphur dioxide launched
from Baja California and Mexico's announced ban on geoingeniería solar); climate mitigation pages
on night trains (the Caledonian Sleeper; the relaunched Intercités de nuit and their
voitures-couchettes; a need to bring back the trenes nocturnos and coches cama of Galicia and
Asturias); energy governance pages on community energy (a Bristol energy co-operative; a guide to
énergie renouvelable citoyenne, communautés d'énergie renouvelable and autoconsommation collective;
the cooperativas eléctricas, parques solares comunitarios and usuarios-generadores of Santa Fe);
energy and health pages on solar power for health facilities (solar direct-drive vaccine
refrigerators in Ugandan health centres; the CSPS of Burkina Faso's Est region; a need for
refrigeradoras solares in the puestos de salud of Condorcanqui); and trade and governance pages on
conflict minerals (the artisanal tin, tantalum, tungsten and gold mine sites of eastern Congo; the
traceability of cassitérite, coltan and wolframite in Burundi's coopératives minières under the
CIRGL; a need to trace the coltán and arenas negras of the Guainía and the Vichada). English,
French and Spanish, 10 records each, every topic written once in each language (different
countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records63.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (mercury, mercure, mercurio, azogue, vif-argent, quicksilver,
ritual, rituel, amulet, amuleto, Santería, botánica, espiritismo, porte-bonheur; dog faeces, dog
fouling, dog poo, dog waste, déjections, crottes, excrementos, heces, caca, pipicán, canisite,
caninette, Toxocara; acid rain, acid deposition, pluies acides, pluie acide, dépôts acides, lluvia
ácida, LRTAP, EANET, sulphur dioxide, dioxyde de soufre, dióxido de azufre, liming, chaulage,
encalado; sulphur, sulfur, soufre, azufre, diesel, diésel, gasoil, gazole, ppm, fuel quality,
qualité des carburants, calidad de los combustibles, clean fuels; soybean, soy, soja, soya, Roundup
Ready, Maradona, transgénico, transgénica, génétiquement modifié; geoengineering, géo-ingénierie,
geoingeniería, solar radiation, albedo, stratospheric, aerosol, iron fertilization, fertilisation
des océans, cloud brightening, carbon dioxide removal; night train, train de nuit, tren nocturno,
sleeper, couchette, coche cama, litera; community energy, energy cooperative, énergie citoyenne,
coopérative, comunidad energética, cooperativa eléctrica, autoconsumo, autoconsommation, net
metering; health centre, health facility, centre de santé, centro de salud, puesto de salud, posta,
vaccine, vaccin, vacuna, cold chain, chaîne du froid, cadena de frío, solar; conflict minerals,
minerais de conflit, minerales de conflicto, coltan, coltán, cassiterite, tantalum, tungsten,
wolfram, 3TG, due diligence, diligence raisonnable, debida diligencia, armed groups, Great Lakes
Region, CIRGL). Screened and dropped as covered: food waste (the black soldier fly pages bq19-bq21,
as sets 56 and 62 judged), refrigerant smuggling (t02 and the used refrigerator pages cf22-cf24),
dry-cleaning solvents (k28-k30), fly-tipping and illegal dumping (the subjects of cb10-cb12), waste
pickers (n18), open burning at dumpsites (q16), GMO detection (c2, c7, n14), GM food labelling
(n45), GM cotton (p13), liability and redress (n43), socio-economic considerations in biosafety
(n13), mercury thermometers (n44), aerial spraying (bk29), land-use planning around hazardous sites
(u19, i19), online courses on chemicals (n13, n40, p40, x15), strategic environmental assessment
(m15, cb14), carbon credits (ch09), greenhouse gas inventories (the subject of cl28), street
lighting (w17, w18), cool roofs (w19), solar mini-grids (u02, cb22, cl16-cl18), household biogas
(bi07, bj10), energy labelling of appliances (m20, cf22, cf23), besides the topics of sets 42 to 63
and those their docstrings list as covered; screened with no or passing hits but not chosen: shared
e-scooters, radioactive waste disposal (next to the uranium tailings bw07-bw09 and the
phosphogypsum stacks bd16-bd18, whose subjects name radioactivity), household hazardous waste (the
battery, lamp and medicine take-back pages would have had to be re-judged), landfill fires (q16),
fuel theft from pipelines, ciguatera (named in passing by bf02), wave energy (next to the energías
marinas of ch06), dicamba, tear gas.

The nearest are the guideline on food aid with GM grains that reached Bolivia as soya and maize
(bd24), judged 1 to the GM soybean queries, while the South-South biosafety page that names soybean
among the crops Brazil assessed (bs22), the dsRNA sprayed on soja (bi12), the soybean fields of the
ProdiGene page (cl07), the huile de soja of the Chad food aid (bd23) and the soya and soja of bf10,
bg06, bw10, bw12 and by09 are passing; the ECOWAS guide on used vehicles, whose subjects name the
qualité des carburants and whose text names the regional 50 ppm sulphur limit (cd23), judged 1 to
the low-sulphur fuel queries, while the ship sulphur pages (cb28-cb30), about the fuel oil and
marine gas oil of ships (set 48's topic), and the leaded petrol pages (bm01-bm03) are 0 to them
(bm01 names the Partnership for Clean Fuels and Vehicles, and is 2 to the query naming it); the
micro-hydro pages whose subjects name community energy (cl16) and energía comunitaria (cl18),
judged 1 to the community energy queries but not to the co-operative ones, and the centres de santé
lit by the micro-hydro plants of the Fouta-Djallon (cl17), passing; the skin-lightening cream pages
(p01-p03), the mercury trade pages (q07, q09) and the other mercury pages, none about ritual uses,
the copal and incense of the limpias (cj09) and the giant African snail brought in for religious
rituals (bf07), passing; the ocean acidification pages (x19-x21), the volcanic sulphur dioxide of
the Nyiragongo and La Palma (br26, br27), the road salt of the Adirondack lakes (bm28) and the bark
beetles of the Vosges (bn17), none about acid rain; the carbon capture and storage pages
(cf10-cf12), the biochar pages and the silver iodide generators of the hail page (bw26), no
geoengineering; the railway sleepers of the creosote page (bb13), the rail tank cars of vinyl
chloride and the cycling pages (cl22-cl24), no night trains; the artisanal gold mining and mercury
pages and the python skin traceability (s16), no conflict minerals; and the hospitals and health
centres of other pages, none powered by the sun. The golden files hold no page on these topics (the
only hits are passing: chemistry pages naming soybean oil and soybeans among food sources, mercury
compounds used as fungicides, sulfur and sulfuric acid, a mineral page on cassiterite, the tin ore,
with no word of mining or trade, and diesel among the fuels that form nitric oxide). records65.py
(ids cs..), written at the same time by another engineer, is not part of this set's pool.

Traps: the skin-lightening creams on the shelves of the botánicas (cr01) and the Centre antipoison
du Québec (cr02) are passing, 0 to the skin-lightening and poison centre readings; the gold-mining
mercury left out of cr03 and recorded by cr28, and the mercury pollution named by cr30, are
passing, 0 to the ritual mercury queries; the nitrogen deposited from the air on the reserves of
cr04 is passing, 0 to the acid rain queries; the single-use plastic bags compared by cr05 are set
14's topic in passing; the tradable sulphur dioxide allowances of cr07 and the coal power stations
of cr08 are passing; the combustóleo con alto contenido de azufre burned by the Tula power station
(cr09) is a fuel oil, 0 to the low-sulphur road fuel queries, and its refinery is passing; the
kerosene with which diesel is adulterated and the old vehicle imports of cr10, the kpayo and the
zémidjans of cr11 (sets 47 and 50 in passing) and the buses eléctricos and combis of cr12 are
passing; the glyphosate residues and resistant weeds of cr13, the étiquetage, PCR controls,
deforestation and plan protéines of cr14 and the ayuda alimentaria remembered by cr15 are passing
(the detección de OGM of cr15 is one of its own subjects); the carbon credits and salmon of cr16,
the captage et stockage du CO2 left out of cr17, and the créditos de enfriamiento and the globos de
papel of cr18 (the sky lanterns of set 36) are passing; the interdiction des vols intérieurs courts
of cr20 is passing; the heat pumps and battery storage of cr22 and the wind turbines, birds and
bats and the chaufferie au bois of cr23 are passing; the kerosene fridges and diesel generators of
cr25, the lampe à pétrole and groupes électrogènes of cr26 (sets 54 and 60 in passing), the déchets
biomédicaux left out of cr26 and the suero antiofídico of cr27 are passing; the orpaillage left out
of cr29 and the copper and cobalt mines left out of cr28 are passing. For the country queries: the
Lisboa of cr21 makes it about Portugal in part, the RDC next to which the coopératives of cr29 work
makes cr29 about the Democratic Republic of the Congo in part, the lado venezolano of cr30 makes it
about Venezuela in part, the Suecia of the Kiruna balloon makes cr18 about Sweden in part, the
Brasil, Paraguay and Argentina from which the seed of cr15 is smuggled make cr15 about them in
part, and cr10 lists five countries (its countries field).

Ids (cr01..cr30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
cp01..cp30, cq01..cq30), and no earlier id starts with "cr".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- ritual uses of mercury ---------------------------------------------------------------
    ("cr01", "dataset", "en",
     "Ritual mercury in the botánicas of New York and New Jersey: test purchases, vapour in "
     "homes and urine tests, 2019-2024",
     "In some Caribbean and Latin American religious and folk practices, among them Santería, "
     "Palo, Espiritismo and Vodou, small amounts of liquid mercury, called azogue, are carried "
     "in an amulet or a sealed capsule, sprinkled on floors, burned in candles or mixed into "
     "perfumes and baths for luck, love or protection. This dataset, compiled by city and state "
     "health departments with a university toxicology unit, records test purchases of azogue in "
     "118 botánicas of New York City and northern New Jersey, with price, quantity and the "
     "advice given by sellers; mercury vapour readings taken with portable analysers in 64 "
     "apartments where mercury had been used or spilled; and the urine mercury of 210 adults and "
     "children. It lists the homes cleaned by the emergency response team and the outreach held "
     "with spiritual leaders in Spanish and Haitian Creole. Skin-lightening creams containing "
     "mercury, found on the same shelves, are counted apart. The Minamata Convention leaves "
     "products used in traditional or religious practices outside its phase-out list.",
     ("ritual uses of mercury", "azogue", "mercury vapour", "indoor air", "Minamata Convention"),
     ("US",), "2024-09"),
    ("cr02", "document", "fr",
     "Le vif-argent dans les pratiques rituelles et porte-bonheur : fiche d'intervention pour "
     "les équipes de santé publique de Montréal",
     "Le mercure liquide, appelé vif-argent, se vend en petites capsules ou en fioles dans "
     "quelques boutiques ésotériques et botaniques de Montréal. Des personnes originaires "
     "d'Haïti, des Antilles ou d'Amérique latine l'utilisent dans des rituels de protection ou "
     "de chance : on le porte sur soi dans un sachet, on en répand sur le plancher de la maison "
     "ou dans la voiture, on en met dans une lampe à huile ou dans l'eau d'un bain. Ses vapeurs, "
     "invisibles et sans odeur, s'accumulent dans les logements mal aérés et exposent surtout "
     "les enfants et les femmes enceintes. Cette fiche aide les infirmières, les intervenants "
     "communautaires et les inspecteurs à aborder le sujet avec respect, à reconnaître un "
     "déversement, à proscrire l'aspirateur et le balai, à faire mesurer les vapeurs et à "
     "joindre le Centre antipoison du Québec. Elle rappelle que la Convention de Minamata ne "
     "vise pas les usages religieux et traditionnels, et propose des substituts sans mercure "
     "discutés avec des guides spirituels.",
     ("usages rituels du mercure", "vif-argent", "mercure", "air intérieur", "santé publique"),
     ("CA",), "2023-11"),
    ("cr03", "need", "es",
     "Necesidad: estudio del azogue vendido en botánicas y mercados de Santo Domingo y Santiago "
     "de los Caballeros",
     "En botánicas, colmados y puestos de mercado de la República Dominicana se vende azogue, "
     "mercurio líquido, en frasquitos, en cápsulas de vidrio o dentro de resguardos y amuletos, "
     "para la suerte, el amor, los negocios o contra el mal de ojo. Algunos curanderos lo "
     "mezclan con perfumes y velones o lo riegan en el piso de la casa y del negocio, y los "
     "niños juegan con las bolitas que se escapan. El Ministerio de Medio Ambiente y Recursos "
     "Naturales, punto focal del Convenio de Minamata, y el Ministerio de Salud Pública "
     "solicitan apoyo para un estudio de compras de prueba en 80 establecimientos, mediciones de "
     "vapor de mercurio en viviendas y pruebas de orina en familias expuestas, y para materiales "
     "de orientación dirigidos a vendedores y practicantes, respetuosos de sus creencias. Piden "
     "también un protocolo de limpieza de derrames y un lugar seguro donde almacenar el azogue "
     "entregado voluntariamente. El mercurio de la minería de oro artesanal no es objeto de la "
     "solicitud.",
     ("azogue", "usos rituales del mercurio", "mercurio", "Convenio de Minamata",
      "salud ambiental"),
     ("DO",), "2024-05"),
    # --- dog faeces ---------------------------------------------------------------------------
    ("cr04", "dataset", "en",
     "Dog faeces and urine in nature reserves near Ghent: nitrogen and phosphorus left by dog "
     "walkers, 2021-2023",
     "Dogs walked in nature reserves leave faeces and urine rich in nitrogen and phosphorus, "
     "which fertilise nutrient-poor heaths, grasslands and woodland edges and favour nettles and "
     "coarse grasses over the plants of poor soils. This dataset, collected by a Belgian "
     "university with the Flemish nature agency, counts the dogs and walkers passing 48 "
     "observation points in four reserves around Ghent over two years, records whether dogs were "
     "on the lead and whether owners picked up after them, and turns the counts into nitrogen "
     "and phosphorus inputs per hectare using the weights of faeces and urine measured in a "
     "separate study. Inputs were highest within five metres of the paths, where they rivalled "
     "the nitrogen deposited from the air. The data also list the filled poo bags left hanging "
     "on branches or thrown into ditches. They were used to propose lead-only zones, fenced dog "
     "areas and bag bins at the entrances. Toxocara eggs in the soil are noted but were not the "
     "purpose of the study.",
     ("dog faeces", "pet waste", "nutrient enrichment", "nature reserves", "recreation"),
     ("BE",), "2023-10"),
    ("cr05", "document", "fr",
     "Déjections canines : guide pratique pour les communes, des canisites aux amendes",
     "Les crottes de chien abandonnées sur les trottoirs, dans les parcs et les aires de jeux "
     "figurent parmi les premières plaintes que les habitants adressent aux mairies. Ce guide, "
     "préparé par une association d'élus avec des vétérinaires et des services de propreté, aide "
     "les communes françaises à bâtir un plan contre les déjections canines : un arrêté "
     "municipal qui rend le ramassage obligatoire sous peine d'une amende de 135 euros, des "
     "distributeurs de sachets et des corbeilles aux bons endroits, des canisites et des espaces "
     "canins clôturés, le nettoyage par les agents et des campagnes auprès des maîtres. Il "
     "rappelle les risques sanitaires, toxocarose, giardiase, parvovirose, chutes des personnes "
     "âgées, et le coût du nettoyage pour la collectivité. Il revient sur les motos aspirantes, "
     "les caninettes, abandonnées par Paris au début des années 2000, et sur l'identification "
     "des chiens par l'ADN essayée ailleurs en Europe. Les sacs plastiques à usage unique sont "
     "comparés aux sachets compostables, et le compostage des déjections dans les composteurs de "
     "quartier est déconseillé.",
     ("déjections canines", "propreté urbaine", "animaux de compagnie", "santé publique",
      "collectivités locales"),
     ("FR",), "2024-03"),
    ("cr06", "project", "es",
     "Censo de ADN canino para identificar las cacas de perro abandonadas en las calles de Málaga",
     "Las cacas de perro sin recoger son una de las quejas vecinales más repetidas en Málaga, y "
     "los operarios de limpieza retiran cada día excrementos de aceras, parques infantiles y "
     "playas. La ordenanza municipal aprobada en 2023 obliga a inscribir el perfil genético de "
     "cada perro en un censo de ADN al registrarlo o al renovar su licencia. Este proyecto del "
     "ayuntamiento con un laboratorio de genética veterinaria toma muestras de las heces "
     "abandonadas en los distritos con más denuncias, las compara con el censo y sanciona al "
     "dueño, con multas que pueden superar los 700 euros. Además instala dispensadores de "
     "bolsas, habilita pipicanes y reparte, con las clínicas veterinarias, botellas con agua y "
     "vinagre para diluir los orines en la vía pública. Mide cuántos excrementos se retiran "
     "antes y después, la proporción de perros inscritos y las sanciones impuestas. Señala los "
     "problemas: perros sin censar, dueños de otros municipios y dudas sobre la protección de "
     "datos.",
     ("excrementos caninos", "censo de ADN", "limpieza viaria", "animales de compañía",
      "ordenanzas municipales"),
     ("ES",), "2024-07"),
    # --- acid rain ----------------------------------------------------------------------------
    ("cr07", "dataset", "en",
     "Adirondack lakes recovering from acid rain: water chemistry, aluminium and brook trout, "
     "1992-2024",
     "Sulphur and nitrogen oxides from the power plants and factories of the Midwest and the "
     "Ohio valley fell for decades as acid rain on the thin granitic soils of New York's "
     "Adirondack Park, and hundreds of its lakes lost their fish as the pH dropped below five "
     "and dissolved aluminium reached levels toxic to gills. This dataset, kept by a state "
     "research corporation with the environmental conservation department, holds monthly samples "
     "from 52 long-term monitoring lakes and streams since 1992: pH, acid-neutralising capacity, "
     "sulphate, nitrate, inorganic aluminium and dissolved organic carbon, with fish surveys "
     "every five years. Since the acid rain programme of the 1990 Clean Air Act amendments "
     "capped sulphur dioxide from power stations through tradable allowances, sulphate in lake "
     "water has fallen by more than half and pH has risen, but the calcium lost from the soils "
     "slows recovery and brook trout have returned to only some lakes. Wet deposition data from "
     "nearby stations of the national atmospheric deposition programme are attached.",
     ("acid rain", "acid deposition", "lake acidification", "sulphur dioxide", "air pollution"),
     ("US",), "2024-08"),
    ("cr08", "case-study", "fr",
     "Pluies acides et dépérissement des forêts des Vosges : trente ans d'amendements calcaires",
     "Dans les années 1980, les sapins et les épicéas des Vosges jaunissaient et perdaient leurs "
     "aiguilles : on parlait alors du dépérissement des forêts et des pluies acides, chargées de "
     "dioxyde de soufre et d'oxydes d'azote venus des centrales au charbon et des industries "
     "d'Europe de l'Ouest et de l'Est. Sur les grès et les granites pauvres du massif, "
     "l'acidification des sols a lessivé le calcium et le magnésium et libéré l'aluminium, et "
     "les ruisseaux acidifiés ont perdu leurs truites et leurs invertébrés. Cette étude de cas "
     "retrace les amendements calco-magnésiens épandus par hélicoptère depuis 1991 sur des "
     "parcelles de l'Office national des forêts et sur quelques bassins versants, et leurs "
     "effets mesurés : retour des vers de terre, meilleure nutrition des arbres, remontée du pH "
     "des ruisseaux. Elle rappelle la Convention de Genève sur la pollution atmosphérique "
     "transfrontière à longue distance et ses protocoles, qui ont fait baisser les dépôts "
     "soufrés, et les dépôts d'azote, qui restent élevés.",
     ("pluies acides", "acidification des sols", "dépérissement forestier",
      "dépôts atmosphériques", "Vosges"),
     ("FR",), "2023-03"),
    ("cr09", "need", "es",
     "Necesidad: red de monitoreo de lluvia ácida en la región de Tula-Tepeji, Hidalgo",
     "La región de Tula-Tepeji, en Hidalgo, concentra una refinería, una termoeléctrica que "
     "quema combustóleo con alto contenido de azufre, cementeras y caleras, y se cuenta entre "
     "las zonas con mayores emisiones de dióxido de azufre del país. Los campesinos del valle "
     "del Mezquital reportan manchas en las hojas de sus cultivos, y los arqueólogos temen por "
     "los Atlantes y los relieves de la zona arqueológica de Tula, labrados en piedra y "
     "expuestos a la intemperie. La secretaría estatal de medio ambiente solicita apoyo para "
     "instalar colectores de depósito húmedo y seco en doce sitios, con análisis de pH, "
     "sulfatos, nitratos y conductividad; capacitar a su laboratorio y al personal del instituto "
     "de antropología en la evaluación del daño a los monumentos; y vincular los datos con el "
     "inventario de emisiones y el programa de gestión de la calidad del aire. La solicitud no "
     "cubre las aguas residuales con que se riegan los cultivos del Mezquital.",
     ("lluvia ácida", "depósito atmosférico", "dióxido de azufre", "calidad del aire",
      "patrimonio cultural"),
     ("MX",), "2024-04"),
    # --- sulphur in road fuels ----------------------------------------------------------------
    ("cr10", "case-study", "en",
     "Low-sulphur diesel in East Africa: how five countries moved to 50 ppm fuels in 2015",
     "Until 2014 the diesel sold in Kenya, Uganda, Tanzania, Rwanda and Burundi could contain up "
     "to 5,000 parts per million of sulphur, a hundred times the European limit, which "
     "multiplied the fine particles emitted by lorries, matatus and buses and ruled out the "
     "particle filters and catalysts of modern engines. The East African Community decided to "
     "import only 50 ppm diesel and petrol through the ports of Mombasa and Dar es Salaam from "
     "January 2015, with the Partnership for Clean Fuels and Vehicles advising the bureaux of "
     "standards and the petroleum regulators. This case study follows the change: the rules of "
     "the joint fuel import tenders, the flushing of pipelines and depots, the testing of "
     "samples at borders and filling stations, prices at the pump, and the air quality measured "
     "along busy roads in Nairobi. It finds that the switch cost motorists little, but that "
     "smuggled fuel and adulteration with kerosene remain problems, and that imports of old "
     "vehicles without emission controls limit the health benefits.",
     ("low-sulphur fuels", "diesel", "fuel quality", "vehicle emissions",
      "East African Community"),
     ("KE", "UG", "TZ", "RW", "BI"), "2023-06"),
    ("cr11", "need", "fr",
     "Besoin : contrôler la teneur en soufre du gasoil et de l'essence importés au Bénin",
     "Le Bénin importe tous ses carburants, par le port de Cotonou et, pour une large part, en "
     "contrebande depuis le Nigeria, d'où vient l'essence de la filière informelle appelée "
     "kpayo. La norme régionale adoptée par les ministres de la CEDEAO fixe à 50 ppm la teneur "
     "maximale en soufre du gasoil et de l'essence, mais le pays n'a aucun moyen de la vérifier "
     ": le laboratoire national ne dispose que d'un densimètre, et les cargaisons sont acceptées "
     "sur la foi du certificat de qualité du fournisseur. Le ministère du Cadre de vie et "
     "l'organe de contrôle des produits pétroliers demandent un analyseur de soufre par "
     "fluorescence X, la formation de techniciens à l'échantillonnage dans les dépôts et les "
     "stations-service, un accord avec un laboratoire de référence et un appui juridique pour "
     "intégrer la norme dans la réglementation nationale et sanctionner les importateurs "
     "fautifs. Ils souhaitent aussi mesurer les particules fines aux carrefours de Cotonou, "
     "encombrés de zémidjans.",
     ("teneur en soufre", "gasoil", "qualité des carburants", "normes CEDEAO",
      "pollution de l'air"),
     ("BJ",), "2024-02"),
    ("cr12", "document", "es",
     "Del petróleo D2 de 5000 ppm al diésel de bajo azufre: guía sobre la calidad del "
     "combustible en Lima y Callao",
     "En el Perú el diésel se llama todavía petróleo, y hasta hace poco el petróleo D2 de los "
     "grifos podía contener 5000 partes por millón de azufre, que salían convertidas en hollín y "
     "partículas finas por los escapes de combis, custers, camiones y ómnibus. Desde 2010 la "
     "norma exige diésel de 50 ppm en Lima y Callao, y luego en otras regiones, y el país "
     "importa o refina en Talara un combustible de bajo azufre. Esta guía del ministerio del "
     "ambiente y del organismo supervisor de la energía explica a municipios, transportistas y "
     "periodistas qué significan las cifras de azufre, por qué el diésel de bajo azufre es "
     "condición para los filtros de partículas y las normas Euro VI, dónde se fiscaliza la "
     "calidad en grifos y terminales y cómo denunciar un combustible adulterado. Incluye un mapa "
     "de las regiones que aún reciben diésel con más azufre y un resumen de los efectos en la "
     "salud. El gas natural vehicular y los buses eléctricos se tratan aparte.",
     ("diésel de bajo azufre", "calidad de los combustibles", "azufre", "emisiones vehiculares",
      "calidad del aire"),
     ("PE",), "2023-10"),
    # --- genetically modified soybean ---------------------------------------------------------
    ("cr13", "case-study", "en",
     "'Maradona' seed: how smuggled Roundup Ready soybean spread in Rio Grande do Sul before "
     "Brazil approved it",
     "In the late 1990s, while Brazilian courts kept the first genetically modified soybean, the "
     "glyphosate-tolerant Roundup Ready variety, off the market, farmers in Rio Grande do Sul "
     "began to sow seed smuggled across the border from Argentina, where it had been approved in "
     "1996. Nicknamed 'Maradona' soy, the illegal seed covered most of the state's soybean "
     "fields by 2003, when the government, unwilling to destroy the harvest, issued temporary "
     "decrees allowing its sale. This case study reviews how the Biosafety Law of 2005 and the "
     "national technical biosafety commission regularised GM soybean; what the episode meant for "
     "seed certification, for the royalties collected at grain elevators and for the credibility "
     "of the biosafety system; and how traders kept non-GM soybean apart for European and "
     "Japanese buyers. It draws lessons for countries that share long land borders with "
     "neighbours that approve GM crops earlier. Glyphosate residues and herbicide-resistant "
     "weeds are treated briefly.",
     ("genetically modified soybean", "Roundup Ready", "seed smuggling", "biosafety regulation",
      "living modified organisms"),
     ("BR", "AR"), "2022-10"),
    ("cr14", "document", "fr",
     "Soja génétiquement modifié importé pour l'alimentation animale : autorisations, étiquetage "
     "et filières « nourri sans OGM »",
     "La France importe chaque année près de trois millions de tonnes de tourteaux de soja, "
     "surtout du Brésil, d'Argentine et des États-Unis, où la quasi-totalité du soja cultivé est "
     "génétiquement modifié, tolérant aux herbicides ou résistant aux insectes. Cette note, "
     "préparée pour les éleveurs, les fabricants d'aliments du bétail et les services de "
     "contrôle, explique comment chaque événement de soja GM est autorisé dans l'Union "
     "européenne pour l'importation et la transformation, mais non pour la culture, après "
     "l'évaluation des risques de l'EFSA ; comment les pays exportateurs notifient ces "
     "organismes vivants modifiés destinés à l'alimentation humaine ou animale ou à la "
     "transformation au Centre d'échange pour la prévention des risques biotechnologiques ; le "
     "seuil d'étiquetage de 0,9 % ; les contrôles par PCR aux ports de Brest, Lorient et Montoir "
     "; et les filières « nourri sans OGM » qui s'approvisionnent en soja non GM ou français. "
     "Elle évoque aussi la déforestation liée au soja importé et le plan protéines végétales.",
     ("soja génétiquement modifié", "OGM", "alimentation animale", "importations",
      "Protocole de Cartagena"),
     ("FR",), "2023-05"),
    ("cr15", "need", "es",
     "Necesidad: evaluar nuevos eventos de soya transgénica y detectar semilla ilegal en Santa "
     "Cruz, Bolivia",
     "Bolivia siembra cada año más de un millón y medio de hectáreas de soya, casi toda en el "
     "departamento de Santa Cruz, y el único evento transgénico autorizado desde 2005 es la soya "
     "tolerante al glifosato. Sin embargo, los productores reconocen que circula semilla de "
     "otros eventos, resistentes a insectos o tolerantes a la sequía, entrada de contrabando "
     "desde Brasil, Paraguay y la Argentina, y piden que se aprueben. El Comité Nacional de "
     "Bioseguridad y la autoridad competente solicitan apoyo para evaluar el riesgo de los "
     "nuevos eventos de soya según el Protocolo de Cartagena, capacitar a su laboratorio en la "
     "detección por PCR de eventos no autorizados en semilla y grano, muestrear silos y plantas "
     "de acopio, y preparar una consulta pública con productores, comunidades indígenas de la "
     "Chiquitanía y consumidores. Piden también orientación sobre qué hacer con los cultivos "
     "sembrados con semilla ilegal. La ayuda alimentaria con granos transgénicos recibida años "
     "atrás se recuerda solo como antecedente.",
     ("soya transgénica", "organismos genéticamente modificados", "evaluación de riesgo",
      "detección de OGM", "bioseguridad"),
     ("BO",), "2024-06"),
    # --- geoengineering -----------------------------------------------------------------------
    ("cr16", "case-study", "en",
     "Iron off Haida Gwaii: the 2012 ocean fertilisation dump and the rules on marine "
     "geoengineering",
     "In July 2012 a private company, working with a village corporation of Haida Gwaii, British "
     "Columbia, scattered about 100 tonnes of iron sulphate and iron oxide dust from a fishing "
     "boat into the Pacific west of the islands, hoping that the plankton bloom it caused would "
     "feed salmon and earn carbon credits. Satellites showed a large bloom, but no one could say "
     "how much carbon sank or whether later salmon returns owed anything to it. This case study "
     "reviews the episode as the largest ocean fertilisation experiment made outside any "
     "scientific or legal control: the 2010 decision of the Convention on Biological Diversity "
     "asking that no geoengineering activities take place without an adequate scientific basis "
     "and regulation, the London Convention and Protocol's 2008 resolution and the 2013 "
     "amendment on marine geoengineering, the federal search warrant and the lack of a "
     "prosecution. It sets out what a permit for legitimate ocean research should require and "
     "why claims of carbon dioxide removal need independent verification.",
     ("geoengineering", "ocean fertilisation", "London Protocol", "carbon dioxide removal",
      "Convention on Biological Diversity"),
     ("CA",), "2023-07"),
    ("cr17", "document", "fr",
     "Géo-ingénierie climatique : fiche sur la modification du rayonnement solaire et les "
     "décisions internationales",
     "La géo-ingénierie désigne les interventions délibérées et à grande échelle sur le système "
     "climatique. On y distingue la modification du rayonnement solaire, qui chercherait à "
     "renvoyer vers l'espace une part de la lumière du soleil en injectant des aérosols soufrés "
     "dans la stratosphère ou en éclaircissant les nuages marins, et certaines techniques "
     "d'élimination du dioxyde de carbone, comme la fertilisation des océans par le fer ou leur "
     "alcalinisation. Cette fiche, rédigée par le point focal national de la Convention sur la "
     "diversité biologique pour les services de l'État, résume les risques connus : effets sur "
     "les moussons et les pluies, choc de terminaison en cas d'arrêt brutal, atteintes aux "
     "écosystèmes marins. Elle présente la décision X/33 de la CDB, qui demande de ne mener "
     "aucune activité de géo-ingénierie sans base scientifique et réglementaire adéquate, "
     "l'amendement du Protocole de Londres sur la géo-ingénierie marine, les débats de "
     "l'Assemblée des Nations Unies pour l'environnement et l'appel à un accord de "
     "non-utilisation. Le captage et stockage du CO2 n'est pas traité.",
     ("géo-ingénierie", "modification du rayonnement solaire", "aérosols stratosphériques",
      "Convention sur la diversité biologique", "gouvernance climatique"),
     ("FR",), "2024-01"),
    ("cr18", "case-study", "es",
     "Globos con azufre sobre Baja California: por qué México anunció la prohibición de los "
     "experimentos de geoingeniería solar",
     "A fines de 2022 una empresa emergente estadounidense lanzó desde Baja California dos "
     "globos meteorológicos cargados con unos pocos gramos de dióxido de azufre, con la idea de "
     "liberarlo en la estratosfera, enfriar el planeta y vender «créditos de enfriamiento», sin "
     "avisar a ninguna autoridad mexicana. Cuando se supo, en enero de 2023, la Secretaría de "
     "Medio Ambiente y Recursos Naturales anunció que prohibiría los experimentos de "
     "geoingeniería solar en el territorio nacional, invocando el principio precautorio y las "
     "decisiones del Convenio sobre la Diversidad Biológica. Este estudio de caso reconstruye "
     "los hechos, revisa qué podía y qué no podía hacer la legislación mexicana, cómo "
     "reaccionaron los pueblos indígenas y las organizaciones civiles, y por qué varios países "
     "del Sur piden un acuerdo internacional de no utilización de la modificación de la "
     "radiación solar. Lo compara con la suspensión, en 2021, del ensayo de un globo científico "
     "en Kiruna, Suecia, tras la oposición del Consejo Saami. Las sueltas de globos de papel en "
     "las fiestas son otro tema.",
     ("geoingeniería", "modificación de la radiación solar", "dióxido de azufre",
      "principio precautorio", "gobernanza climática"),
     ("MX",), "2023-09"),
    # --- night trains -------------------------------------------------------------------------
    ("cr19", "case-study", "en",
     "The Caledonian Sleeper: new carriages, passengers and emissions compared with flights "
     "between London and Scotland",
     "Every night except Saturday two sleeper trains leave London Euston for Scotland, one "
     "dividing at Edinburgh for Aberdeen, Inverness and Fort William, the other running to "
     "Glasgow and Edinburgh. After decades of old rolling stock and threats of closure, the "
     "service received 75 new carriages in 2019, with en-suite rooms, bunk beds in cabins and a "
     "club car, and in 2023 it passed into public ownership under Scottish Ministers. This case "
     "study looks at passenger numbers before and after the pandemic, fares and occupancy, "
     "punctuality problems in the first years, and the share of travellers who would otherwise "
     "have flown from London to Inverness, Aberdeen or Edinburgh. It estimates the carbon "
     "dioxide emitted per passenger on the electric and the diesel-hauled sections against "
     "domestic flights and driving, and discusses the subsidy needed and whether night trains to "
     "continental Europe through the Channel Tunnel could return. Daytime high-speed rail is "
     "compared briefly.",
     ("night trains", "sleeper trains", "rail travel", "transport emissions", "modal shift"),
     ("GB",), "2024-05"),
    ("cr20", "project", "fr",
     "Le retour des trains de nuit : relance des Intercités de nuit Paris-Nice, Paris-Briançon "
     "et Paris-Lourdes",
     "Alors qu'il ne restait en France, en 2017, que deux lignes de nuit, Paris-Briançon et "
     "Paris-Rodez-Latour-de-Carol, l'État a décidé en 2020 de relancer les trains de nuit au nom "
     "de la lutte contre le changement climatique. Ce projet du ministère chargé des transports, "
     "avec SNCF Voyageurs et les régions, a rouvert Paris-Nice en 2021 puis "
     "Paris-Tarbes-Lourdes, rénové les voitures-couchettes Corail, avec des compartiments "
     "réservés aux femmes et des prises électriques, et lancé l'achat de matériel neuf pour le "
     "début des années 2030. Il suit le remplissage des trains, la ponctualité, les travaux de "
     "nuit sur les voies qui obligent à supprimer des circulations, et les émissions évitées par "
     "rapport à l'avion et à la voiture. Il rappelle l'arrêt, fin 2024, des trains de nuit "
     "Paris-Berlin et Paris-Vienne exploités avec l'opérateur autrichien, faute de subvention. "
     "L'interdiction des vols intérieurs courts quand une alternative en train de moins de deux "
     "heures trente existe est évoquée.",
     ("trains de nuit", "voitures-couchettes", "transport ferroviaire", "mobilité bas carbone",
      "report modal"),
     ("FR",), "2024-12"),
    ("cr21", "need", "es",
     "Necesidad: estudio para recuperar los trenes nocturnos de Galicia y Asturias a Madrid y "
     "Barcelona",
     "Los últimos trenes nocturnos de España, los Trenhotel que unían Galicia con Madrid y con "
     "Barcelona y el que iba de Madrid a Lisboa, dejaron de circular en 2020, con la pandemia, y "
     "nunca volvieron; otros servicios con coches cama y literas, como el Estrella, se habían "
     "suprimido antes. Asociaciones de viajeros, gobiernos autonómicos y el ministerio de "
     "transición ecológica consideran que un tren nocturno podría reemplazar buena parte de los "
     "vuelos entre Vigo, A Coruña, Oviedo y Barcelona, que no tienen alternativa ferroviaria "
     "diurna de menos de siete u ocho horas. La Xunta de Galicia y el Principado de Asturias "
     "solicitan apoyo técnico para un estudio de demanda, costos y material rodante que evalúe "
     "el alquiler de coches cama a operadores europeos, los horarios compatibles con las obras "
     "nocturnas en la vía, los trenes de ancho variable y las emisiones evitadas frente al avión "
     "y al autobús. El estudio incluiría un enlace nocturno con Lisboa.",
     ("trenes nocturnos", "coches cama", "transporte ferroviario", "movilidad sostenible",
      "mitigación del cambio climático"),
     ("ES",), "2025-02"),
    # --- community energy ---------------------------------------------------------------------
    ("cr22", "case-study", "en",
     "Community-owned solar roofs and a wind turbine in Bristol: ten years of an energy "
     "co-operative",
     "Founded in 2011 by residents of south Bristol, this community benefit society has raised "
     "more than nine million pounds from over 1,500 local members through share offers, and owns "
     "solar panels on the roofs of schools, a city farm, community centres and a brewery, a "
     "solar farm on the city's edge and a wind turbine shared with a neighbouring group. Members "
     "receive modest interest, and the surplus goes to a community fund that pays for energy "
     "advice, insulation of homes in fuel poverty and grants to local projects. This case study "
     "traces how the co-operative financed its projects under the feed-in tariff, how it coped "
     "when the tariff closed in 2019, its sales of electricity directly to the buildings under "
     "its panels, and its plans for battery storage and heat pumps in council flats. It "
     "discusses why community energy remains small in England compared with Denmark and Germany, "
     "and what fairer grid connections and local supply rules would change.",
     ("community energy", "energy co-operatives", "solar photovoltaics", "renewable energy",
      "fuel poverty"),
     ("GB",), "2023-11"),
    ("cr23", "document", "fr",
     "Monter un projet d'énergie renouvelable citoyenne : guide pour les collectifs d'habitants "
     "et les communes",
     "Parc éolien financé par les habitants d'un canton, toitures photovoltaïques d'un village, "
     "chaufferie au bois gérée en coopérative : les projets d'énergie renouvelable citoyenne, où "
     "des particuliers, des collectivités et des acteurs locaux détiennent et gouvernent "
     "ensemble les installations, se multiplient en France depuis le premier parc éolien citoyen "
     "de Béganne, dans le Morbihan. Ce guide, édité par un réseau régional de l'énergie "
     "citoyenne avec l'agence de la transition écologique, décrit les étapes d'un projet : le "
     "collectif de départ, le choix du site, les statuts (SAS, SCIC ou coopérative), la collecte "
     "de l'épargne locale, les prêts bancaires, l'appel d'offres ou le tarif d'achat, et le "
     "partage des décisions. Il présente les communautés d'énergie renouvelable prévues par la "
     "directive européenne et reconnues en droit français, l'autoconsommation collective qui "
     "permet de partager l'électricité d'un toit entre voisins, et les aides des régions. Les "
     "oppositions à l'éolien et les mesures pour les oiseaux et les chauves-souris sont abordées.",
     ("énergie citoyenne", "communautés d'énergie renouvelable", "autoconsommation collective",
      "coopératives", "énergies renouvelables"),
     ("FR",), "2023-06"),
    ("cr24", "project", "es",
     "Cooperativas eléctricas y generación distribuida: parques solares comunitarios en los "
     "pueblos de Santa Fe",
     "En la Argentina, cientos de cooperativas eléctricas fundadas por los vecinos de pueblos y "
     "ciudades pequeñas distribuyen la electricidad desde mediados del siglo XX. En la provincia "
     "de Santa Fe, este proyecto de una federación de cooperativas con la secretaría de energía "
     "provincial instala parques solares comunitarios de 500 kW a 1 MW en doce localidades, "
     "financiados con aportes de los asociados, créditos provinciales y bonos cooperativos, y "
     "ayuda a escuelas, clubes y hogares a convertirse en usuarios-generadores según la ley de "
     "generación distribuida. La energía producida abarata la tarifa de los asociados y reduce "
     "las compras al mercado mayorista, y parte de los ingresos financia una tarifa social. El "
     "proyecto forma técnicos locales en el mantenimiento de inversores y redes, mide la energía "
     "generada y las emisiones evitadas, y asesora a las cooperativas en la medición "
     "bidireccional. Analiza las dificultades: deudas con la distribuidora mayorista, tarifas "
     "congeladas y equipos importados caros.",
     ("comunidades energéticas", "cooperativas eléctricas", "generación distribuida",
      "energía solar", "energías renovables"),
     ("AR",), "2024-10"),
    # --- solar power for health facilities ----------------------------------------------------
    ("cr25", "project", "en",
     "Solar power for rural health centres in Uganda: vaccine refrigerators, light for night "
     "deliveries and oxygen",
     "Many rural health centres in Uganda have no grid connection or suffer daily power cuts, so "
     "midwives deliver babies by the light of mobile phones, vaccines spoil in gas or kerosene "
     "fridges and oxygen concentrators stand idle. This project of the health and energy "
     "ministries with development partners equips 300 health facilities in the north and east "
     "with solar photovoltaic systems sized for each building: solar direct-drive vaccine "
     "refrigerators, which keep cold with ice linings instead of batteries, LED lighting in "
     "maternity wards, and power for laboratory equipment, sterilisers, oxygen concentrators and "
     "a water pump. District biomedical technicians are trained to maintain the systems, and a "
     "remote monitoring platform flags faults. The project measures vaccine losses, night-time "
     "deliveries, the diesel saved by the few centres that had generators, and whether staff "
     "stay at their posts. The disposal of worn-out batteries is planned with a licensed "
     "recycler. Homes near the facilities are not connected.",
     ("solar energy for health facilities", "vaccine cold chain", "solar refrigerators",
      "rural electrification", "health care"),
     ("UG",), "2024-03"),
    ("cr26", "case-study", "fr",
     "Des CSPS éclairés au solaire : l'électrification des centres de santé ruraux de la région "
     "de l'Est, Burkina Faso",
     "Dans la région de l'Est du Burkina Faso, la plupart des centres de santé et de promotion "
     "sociale (CSPS) n'étaient pas raccordés au réseau : les accouchements de nuit se faisaient "
     "à la torche ou à la lampe à pétrole, la chaîne du froid des vaccins reposait sur des "
     "réfrigérateurs à pétrole souvent en panne, et les groupes électrogènes manquaient de "
     "carburant. Cette étude de cas suit l'équipement de 85 CSPS en systèmes photovoltaïques par "
     "un programme de l'État avec une agence de coopération : panneaux, batteries au lithium, "
     "réfrigérateurs solaires homologués pour les vaccins, éclairage de la maternité et des "
     "logements des infirmiers, pompe du forage. Elle montre les gains, moins de vaccins perdus, "
     "davantage d'accouchements assistés la nuit, des agents qui restent en poste, mais aussi "
     "les vols de panneaux, les batteries mal entretenues et l'insécurité qui empêche les "
     "techniciens de se déplacer. Le rôle des comités de gestion (COGES) dans l'entretien est "
     "analysé. L'élimination des déchets biomédicaux est traitée ailleurs.",
     ("électrification des centres de santé", "énergie solaire", "chaîne du froid",
      "réfrigérateurs solaires", "santé maternelle"),
     ("BF",), "2023-08"),
    ("cr27", "need", "es",
     "Necesidad: sistemas fotovoltaicos y refrigeradoras solares para los puestos de salud de "
     "Condorcanqui, Amazonas",
     "En la provincia de Condorcanqui, en la región Amazonas del Perú, la mayoría de los puestos "
     "de salud que atienden a las comunidades awajún y wampís no tiene electricidad o depende de "
     "un grupo electrógeno que funciona dos horas al día cuando hay combustible. Las vacunas "
     "llegan por río en cajas térmicas y se pierden cuando se apaga la refrigeradora a kerosene, "
     "el suero antiofídico no puede guardarse en el puesto y los partos nocturnos se atienden "
     "con linternas. La red de salud y la dirección regional de energía solicitan apoyo para "
     "instalar sistemas fotovoltaicos en 40 puestos de salud, con refrigeradoras solares "
     "precalificadas para vacunas, iluminación, un equipo de radio o internet para teleconsultas "
     "y una pequeña bomba de agua; capacitar a técnicos y promotores de salud indígenas en el "
     "mantenimiento; y crear un fondo para reponer las baterías. Piden además un plan para sacar "
     "de la provincia y reciclar las baterías usadas. La electrificación de las viviendas no "
     "está incluida.",
     ("puestos de salud", "energía solar", "cadena de frío", "refrigeradoras solares",
      "pueblos indígenas"),
     ("PE",), "2024-11"),
    # --- conflict minerals --------------------------------------------------------------------
    ("cr28", "dataset", "en",
     "Artisanal mine sites of eastern Congo: tin, tantalum, tungsten and gold, armed presence "
     "and bag tagging, 2009-2024",
     "Eastern Democratic Republic of the Congo produces a large share of the world's coltan, the "
     "ore of tantalum used in the capacitors of phones and computers, together with cassiterite "
     "(tin ore), wolframite (tungsten ore) and gold, mostly dug by hand by hundreds of thousands "
     "of artisanal miners. This dataset, built by a research institute from field visits by "
     "mixed teams, covers more than 2,800 artisanal mine sites in North and South Kivu, Ituri, "
     "Maniema and Tanganyika. For each site it records the minerals, the number of workers, the "
     "presence of armed groups or army units and the illegal taxes they levy, child labour, "
     "whether the site is validated under the regional certification mechanism of the "
     "International Conference on the Great Lakes Region, and whether bags are tagged under an "
     "industry traceability scheme. Importers use it for due diligence under the OECD guidance, "
     "the Dodd-Frank Act and the European Union's conflict minerals regulation. Mercury use at "
     "gold sites is recorded; the copper and cobalt mines of the south are not covered.",
     ("conflict minerals", "3TG", "coltan", "artisanal mining", "due diligence"),
     ("CD",), "2024-12"),
    ("cr29", "project", "fr",
     "Traçabilité de l'étain, du tantale et du tungstène dans les coopératives minières "
     "artisanales du Burundi",
     "Au Burundi, la cassitérite, le coltan et le wolframite sont extraits à la main par des "
     "creuseurs organisés en coopératives dans les provinces de Kayanza, Ngozi, Muyinga et "
     "Cibitoke, puis vendus à des comptoirs d'exportation. Pour que ces minerais ne soient pas "
     "confondus avec des minerais de conflit venus de l'est de la RDC voisine, ni boudés par les "
     "fonderies, ce projet du ministère chargé des mines, avec la Conférence internationale sur "
     "la région des Grands Lacs (CIRGL) et un bailleur, accompagne l'inspection et la validation "
     "des sites miniers, la pose d'étiquettes sur chaque sac au puits et au comptoir, "
     "l'enregistrement des quantités dans une base de données nationale et la délivrance des "
     "certificats régionaux. Il forme les coopératives au devoir de diligence, à la sécurité "
     "dans les galeries, à la remise en état des sites et au refus du travail des enfants. "
     "L'orpaillage, suivi par un autre programme, n'entre pas dans le projet.",
     ("minerais de conflit", "étain, tantale et tungstène", "traçabilité",
      "exploitation minière artisanale", "CIRGL"),
     ("BI",), "2023-04"),
    ("cr30", "need", "es",
     "Necesidad: trazabilidad del coltán y de las arenas negras extraídas en territorios "
     "indígenas del Guainía y el Vichada",
     "En los ríos Inírida, Guaviare y Orinoco, en el oriente de Colombia, se extraen de forma "
     "ilegal arenas negras con coltán y casiterita, muchas veces dentro de resguardos indígenas "
     "y de la reserva nacional natural Puinawai, bajo el control de grupos armados que también "
     "manejan minas de oro del lado venezolano. El mineral sale en lanchas y avionetas hacia "
     "Villavicencio y Bogotá y se exporta mezclado con minerales de origen legal. El Ministerio "
     "de Minas y Energía, la Agencia Nacional de Minería y las autoridades indígenas solicitan "
     "apoyo para un sistema de trazabilidad desde el punto de extracción hasta la exportación, "
     "con análisis de la huella química que permita reconocer el origen del coltán, capacitación "
     "de la policía y de la aduana para identificar estos minerales, y un programa de debida "
     "diligencia para los comercializadores alineado con la guía de la OCDE. Piden además "
     "alternativas económicas para las comunidades. La contaminación por mercurio de la minería "
     "de oro se menciona solo como contexto.",
     ("coltán", "minerales de conflicto", "trazabilidad", "minería ilegal", "pueblos indígenas"),
     ("CO",), "2024-08"),
)  # fmt: skip
