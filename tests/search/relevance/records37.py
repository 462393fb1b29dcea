"""Clearing-house records of the thirty-seventh judged relevance set
(tests/search/relevance/queries37.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CBD Clearing-House
Mechanism pages on dragonflies (the Dragonfly Biotic Index used to follow the recovery of Cape
rivers after alien trees are cleared; the leucorrhines of the mares and tourbières of Lorraine
under the plan national d'actions en faveur des odonates; the libélulas, alguaciles and
caballitos del diablo of the Esteros del Iberá) and on permafrost (thaw, thermokarst and the
relocation of Newtok on the Yukon-Kuskokwim Delta; the pergélisol boreholes of the Nunavik
villages; the capa activa of the CALM plots on Livingston and Deception islands);
chemical-safety and environment-health pages on ethylene oxide (commercial sterilizers near
homes and the 2024 emission standards; oxyde d'éthylène in sesame seeds and the RASFF recalls;
óxido de etileno in the central sterile services of hospitals), on leptospirosis (cases after
the floods of Metro Manila; leptospirose among cane planters and river bathers in La Réunion;
MAT and PCR laboratories and One Health surveillance after floods in Nicaragua) and on common
ragweed (the Hungarian mowing obligation; ambroisie pollen counts and signalements in
Auvergne-Rhône-Alpes; early detection of the ambrosía in Catalonia and the Ebro valley);
sustainable-use pages on palm wine (palmyra toddy and neera in Tamil Nadu; the vin de rônier
of the Sine and the Baol; the taberna of the coyol palm in Chiapas); finance and policy pages
on ecological fiscal transfers (the forest cover criterion of India's Finance Commissions; the
dotation biodiversité et aménités rurales of French communes; the ICMS Ecológico of Brazilian
states); waste, feed and biosafety pages on the black soldier fly (Nairobi market waste turned
into feed; the European rules on insectes d'élevage; an offer of bioconversion advice in
Ecuador); capacity-building pages on environmental journalism (a reporting workshop for the
Mekong countries; journalists and radios communautaires in the Democratic Republic of the
Congo; a request for periodismo ambiental training in Honduras); and plant-health pages on
huanglongbing or citrus greening (Asian citrus psyllid trapping in Southern California;
certified citrus plants and Tamarixia in Guadeloupe; the ARCO manual of the Mexican campaign).
English, French and Spanish, 10 records each, every topic written once in each language
(different countries, projects and angles, not translations of one text), so that a query in
one language has answers in the others.

None of records.py, records3.py, ..., records36.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (dragonfly, damselfly, libellule, libélula, odonat,
Odonata, caballito del diablo, alguacil, demoiselle, agrion, leucorrhine, exuvie; permafrost,
pergélisol, tundra, toundra, thermokarst, periglacial, active layer, couche active, capa
activa, thaw, dégel, deshielo, Arctic, arctique, ártico, Nunavik, Inuit, Alaska, Yukon;
ethylene oxide, oxyde d'éthylène, óxido de etileno, oxirane, EtO, steriliz, stérilis,
esteriliz, autoclave, fumigant, fumigation, sesame, sésame, sésamo; palm wine, vin de palme,
vino de palma, toddy, neera, taberna, tuba, bounouk, Borassus, rônier, palmyra, coyol,
Acrocomia, palm sap, sève, savia, tapping, methanol; leptospirosis, leptospirose, Weil, rat,
rongeur, roedor, flood, inondation, inundación; fiscal transfer, ICMS, Finance Commission,
dotation, transfert, transferencia, fiscal, incentive; black soldier fly, mouche soldat,
mosca soldado, Hermetia, frass, insect meal, farine d'insectes, harina de insectos, edible
insects, mealworm, cricket, larvae, compost, biowaste; journalist, journaliste, periodista,
journalism, periodismo, reporter, media, médias, medios, radio, CEPA, public awareness,
sensibilisation; ragweed, ambroisie, ambrosía, Ambrosia, pollen, polen, allergy, allergie,
alergia, hay fever, rhinite, rinitis, asthma, Parthenium; huanglongbing, HLB, greening,
citrus, agrume, cítrico, psyllid, psylle, psílido, Diaphorina, Liberibacter, Tamarixia,
orange, naranja, limón, biological control, lutte biologique, control biológico).
Candidates found covered were dropped: dung beetles and livestock wormers (bm16-bm18), passive
air samplers for POPs (bg25-bg27), sniffer dogs for wildlife trade (bb25-bb27), horseshoe
crabs (l25-l27), parthenium and lantana (m05), the sterile insect technique (bj13-bj15), and
the taxa, ecosystems and products listed as covered by the notes of sets 34 to 36; baobabs
(a passing u16) and rattan were screened and not chosen.
The nearest are the beaver wetlands where dragonflies return (l28), which is about beavers;
the lichen bioindicators of air quality (bf28-bf30), no dragonfly; the mercury cores of
Canadian Arctic lakes (bi16) and the Dechlorane Plus page that names Arctic air (bf13), no
permafrost; the road salt of the Andean vegas, "sal de deshielo" (bm30), no frozen ground; the
aluminium phosphide and methyl bromide fumigation pages (bd10-bd12, v31-v33) and the
health-care waste autoclaves (p22, p23), no ethylene oxide; the oil palm, date palm and oasis
pages (y01-y03, z04-z06) and the methanol in illicit liquor pages (bc16-bc18), no palm wine;
the rat eradications on islands (t43-t45), no leptospirosis; the environmental prosecutors
(fiscalías, m18, r14) and the biodiversity offsets (bi27), no fiscal transfer; the
slaughterhouse, coffee pulp and compost pages (bi07-bi09, bm25-bm27, n22), no insect; the
biosafety radio programmes of Malawi (p16), no journalist; the pollen flow of GM crops (y25,
l18, bj25, bk25), no ragweed; the chlorpyrifos, dicofol and medfly pages of citrus orchards
(l08, be10, be11, bj13), no huanglongbing; and, among the golden pages, the oxirane molecule
page (ethylene oxide, "applied as a sterilizing agent in medicine", own subject "sterilizing
agent", judged in queries37.tsv), the chloromethane, carbon tetrachloride and m-cresol pages
that name fumigants (judged there too), the citric acid and limonene pages that name lemons
and oranges, a Dutch article on journalism and history and a Galician thesis on fact-checking
in journalism, and a Tamil palm-leaf manuscript. No text was copied from those sites and none
comes from demo/generator.py. They are meant to be harvested as ``oai_dc``-like records and
enriched with the project thesaurus exactly as the other records files' are, beside them and
the real fixtures' records (tests/mappings/golden/*.json) as one pool.

Ids (bq01..bq30) collide with none of the earlier records files' (a1..h5, n01..n47,
p01..p45, q01..q45, t01..t45, v01..v45, w01..w45, x01..x30, k01..k30, m01..m30, r01..r30,
u01..u30, j01..j30, o01..o30, y01..y30, z01..z30, l01..l30, i01..i30, s01..s30, ba01..ba30,
bb01..bb30, bc01..bc30, bd01..bd30, be01..be30, bf01..bf30, bg01..bg30, bh01..bh30,
bi01..bi30, bj01..bj30, bk01..bk30, bl01..bl30, bm01..bm30, bn01..bn30, bo01..bo30,
bp01..bp30), and no earlier id starts with "bq"; in queries37.tsv they are written without
prefix, like theirs, and take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- dragonflies ----------------------------------------------------------------------
    ("bq01", "document", "en",
     "The Dragonfly Biotic Index: a field guide for assessing river recovery after alien "
     "tree clearing in the Western Cape",
     "Dragonflies and damselflies (Odonata) are good indicators of the health of rivers "
     "and wetlands: their aquatic larvae need clean water, and the adults respond within "
     "a season or two to changes in shade and bankside plants. The Dragonfly Biotic Index "
     "(DBI) gives each of South Africa's 164 species a score from 0 to 9 from its "
     "geographical range, its threat status and its sensitivity to habitat change, and a "
     "site's index is the average score of the species seen there. This guide, written "
     "for the teams that clear black wattle, pines and gums from Cape rivers, explains "
     "how to walk a 100-metre stretch of bank on sunny summer days, identify adults with "
     "binoculars and a photographic key, and calculate the index. Endemics such as the "
     "palmiet sprite (Pseudagrion furcigerum), the white sylph (Chlorolestes umbratus) "
     "and the rock malachite (Ecchlorolestes peringueyi) return within two or three years "
     "after the alien trees that shaded the streams are felled, while widespread species "
     "such as the red-veined dropwing dominate degraded reaches.",
     ("dragonflies", "bioindicators", "freshwater monitoring", "invasive alien trees",
      "river restoration"), ("ZA",), "2021-10"),
    ("bq02", "project", "fr",
     "Des mares pour les leucorrhines : restaurer les sites de reproduction des "
     "libellules menacées en Lorraine",
     "Les leucorrhines, petites libellules sombres à la face blanche, se reproduisent "
     "dans les mares, les fosses de tourbage et les étangs pauvres en poissons, riches en "
     "herbiers aquatiques et bordés de laîches et de sphaignes. La leucorrhine à gros "
     "thorax et la leucorrhine à large queue, protégées en France et inscrites à la "
     "directive Habitats, ont disparu de nombreux sites avec le comblement des mares, "
     "l'ombrage des ligneux et l'introduction de poissons. Dans le cadre de la "
     "déclinaison régionale du plan national d'actions en faveur des odonates, le "
     "conservatoire d'espaces naturels de Lorraine, l'Office français de la biodiversité "
     "et des communes forestières creusent et restaurent des mares dans les tourbières et "
     "les prairies humides du plateau lorrain et des Vosges du Nord : curage partiel, "
     "coupe des saules et des bouleaux qui les ombragent, vidange des étangs "
     "empoissonnés. Des bénévoles récoltent chaque printemps les exuvies, mues larvaires "
     "laissées sur les tiges, pour prouver la reproduction, et notent aussi l'agrion à "
     "lunules, les demoiselles et les autres odonates.",
     ("libellules", "odonates", "mares", "plans nationaux d'actions", "espèces protégées"),
     ("FR",), "2023-04"),
    ("bq03", "dataset", "es",
     "Libélulas y caballitos del diablo de los Esteros del Iberá: inventario de odonatos, "
     "2016-2023",
     "En el litoral argentino las libélulas se llaman alguaciles, y sus parientes "
     "delgados, que pliegan las alas sobre el cuerpo, caballitos del diablo. El conjunto "
     "de datos reúne los registros de odonatos obtenidos en 48 lagunas, esteros, "
     "embalsados y arroyos del Parque Nacional y del Parque Provincial Iberá, en "
     "Corrientes, durante campañas de verano y otoño: especie, sexo, estado (adulto, "
     "larva o exuvia), coordenadas, fecha, tipo de ambiente, vegetación acuática "
     "dominante (camalotes, pirí, totora) y método de captura (red entomológica, "
     "fotografía o copo para las larvas). Se registraron 96 especies, de géneros como "
     "Erythrodiplax, Micrathyria, Orthemis y Telebasis, varias nuevas para la provincia, "
     "y se describen las comunidades propias de los embalsados flotantes. Los datos, "
     "publicados en el sistema nacional de datos biológicos, sirven de línea de base para "
     "evaluar los efectos de las quemas de pastizales, de las plantaciones de pinos y de "
     "las arroceras del borde del humedal, y de la gran sequía de 2022.",
     ("odonatos", "libélulas", "humedales", "inventarios de biodiversidad",
      "Esteros del Iberá"), ("AR",), "2024-04"),
    # --- permafrost -----------------------------------------------------------------------
    ("bq04", "case-study", "en",
     "When the ground gives way: permafrost thaw, erosion and village relocation on the "
     "Yukon-Kuskokwim Delta",
     "The Yup'ik villages of the Yukon-Kuskokwim Delta, in western Alaska, are built on "
     "permafrost, ground that has stayed frozen for thousands of years and is now thawing "
     "as the Arctic warms faster than almost anywhere else. Ice-rich soils slump, "
     "boardwalks and houses tilt, fuel tanks and sewage lagoons crack, thermokarst ponds "
     "open in the tundra, and riverbanks no longer held by ice collapse in autumn storms. "
     "The case study follows Newtok, whose residents voted in 2003 to move across the "
     "river to Mertarvik and began to relocate in 2019, and compares it with Napakiak and "
     "Quinhagak, which are moving buildings back from the eroding banks. It describes the "
     "ground-temperature boreholes and drone surveys used to plan the new sites, the "
     "tribal environmental programmes that map the loss of berry grounds and hunting "
     "trails, the greening of the tundra as willow and alder shrubs spread, and the "
     "funding gaps that slowed every move.",
     ("permafrost thaw", "climate change adaptation", "Arctic communities", "relocation",
      "tundra"), ("US",), "2022-09"),
    ("bq05", "dataset", "fr",
     "Températures du pergélisol sous les villages du Nunavik : forages à câbles à "
     "thermistances, 1988-2023",
     "Le pergélisol, sol qui reste gelé au moins deux années de suite, porte les maisons, "
     "les aéroports et les routes des quatorze villages inuits du Nunavik, dans "
     "l'Arctique québécois. Depuis 1988, le Centre d'études nordiques et le ministère des "
     "Transports y suivent la température du sol dans des forages équipés de câbles à "
     "thermistances, jusqu'à 20 mètres de profondeur, sous les pistes d'atterrissage et "
     "dans la toundra voisine. Le jeu de données donne, pour chaque forage et chaque "
     "jour, la température à chaque profondeur, l'épaisseur de la couche active, qui "
     "dégèle chaque été, et la teneur en glace des carottes prélevées. Il montre un "
     "réchauffement de près de 2 °C en trente ans à 10 mètres, l'approfondissement de la "
     "couche active et des tassements sous les remblais. Des levés des lacs "
     "thermokarstiques, des palses qui s'effondrent et de la progression des arbustes "
     "dans la toundra l'accompagnent. Les villages et les ministères s'en servent pour "
     "choisir les terrains des nouveaux logements et adapter les infrastructures.",
     ("pergélisol", "changements climatiques", "toundra", "infrastructures nordiques",
      "Nunavik"), ("CA",), "2024-01"),
    ("bq06", "project", "es",
     "Seguimiento del permafrost y de la capa activa en las islas Livingston y Decepción "
     "(Antártida)",
     "En las islas Shetland del Sur el permafrost, suelo que permanece congelado durante "
     "al menos dos años seguidos, está cerca de 0 °C y es muy sensible al calentamiento "
     "de la península Antártica. Desde las bases españolas Juan Carlos I y Gabriel de "
     "Castilla, un equipo de universidades españolas y portuguesas mantiene perforaciones "
     "con sensores de temperatura, parcelas de la red CALM (Circumpolar Active Layer "
     "Monitoring), donde cada verano se mide con una sonda metálica el espesor de la capa "
     "activa, y estaciones que registran la nieve. En Decepción, isla volcánica, estudia "
     "además el suelo helado junto a fumarolas y bajo capas de ceniza. El proyecto "
     "relaciona la degradación del permafrost con la estabilidad de las laderas, los "
     "lóbulos de gelifluxión y la erosión costera, y con la vegetación de la llamada "
     "tundra antártica: musgos, líquenes y las dos plantas con flor nativas, Deschampsia "
     "antarctica y Colobanthus quitensis. Sus datos se envían a la red mundial GTN-P y "
     "apoyan los informes del Tratado Antártico.",
     ("permafrost", "capa activa", "Antártida", "cambio climático", "tundra antártica"),
     ("AQ",), "2023-03"),
    # --- ethylene oxide -------------------------------------------------------------------
    ("bq07", "case-study", "en",
     "Ethylene oxide from sterilization plants: the Willowbrook closure and the 2024 "
     "emission standards",
     "Ethylene oxide, a colourless gas used to sterilize about half of the medical "
     "devices sold in the United States (catheters, syringes, surgical gowns and kits "
     "that cannot stand steam or radiation), was reclassified by the Environmental "
     "Protection Agency in 2016 as a human carcinogen, linked to lymphoma, leukaemia and "
     "breast cancer, and found to be some 30 times more potent than earlier thought. Air "
     "toxics modelling published in 2018 then showed some of the highest cancer risks in "
     "the country in neighbourhoods next to commercial sterilizers. The case study "
     "follows Willowbrook, a Chicago suburb, where residents' protests, air monitoring by "
     "the state and a seal order closed a sterilization plant in 2019, and traces the "
     "lawsuits, the state law that followed and the 2024 national rule requiring "
     "sterilizers to cut their emissions by about 90%, including the gas that escapes "
     "from warehouses where sterilized products are aired. It weighs the risk of "
     "shortages of sterile devices against neighbours' exposure and reviews alternatives "
     "such as electron beam, X-ray and hydrogen peroxide.",
     ("ethylene oxide", "medical device sterilization", "hazardous air pollutants",
      "carcinogens", "environmental justice"), ("US",), "2024-06"),
    ("bq08", "document", "fr",
     "Oxyde d'éthylène dans les graines de sésame et les additifs : pourquoi des milliers "
     "de produits ont été rappelés",
     "Fiche d'information. En septembre 2020, des contrôles en Belgique ont trouvé de "
     "l'oxyde d'éthylène, parfois à plus de mille fois la limite, dans des graines de "
     "sésame importées d'Inde, où ce gaz servait à fumiger les graines contre les "
     "salmonelles. Classé cancérogène, mutagène et toxique pour la reproduction, l'oxyde "
     "d'éthylène est interdit comme pesticide et comme biocide dans l'Union européenne ; "
     "sa limite maximale de résidus, 0,05 mg/kg en comptant le 2-chloroéthanol qu'il "
     "forme, correspond au seuil de quantification. Le système d'alerte rapide RASFF a "
     "diffusé des centaines de notifications, et les autorités françaises ont fait "
     "retirer et rappeler des milliers de références : pains, biscuits, barres de "
     "céréales, tahini, houmous, épices, puis en 2021 des glaces contenant de la gomme de "
     "caroube (E410) contaminée. La fiche explique ce que signifie un rappel, pourquoi le "
     "retrait s'applique même à de faibles teneurs, quels contrôles renforcés visent les "
     "importations et ce que doivent faire les consommateurs qui ont ces produits chez "
     "eux.",
     ("oxyde d'éthylène", "résidus de pesticides", "sécurité sanitaire des aliments",
      "rappels de produits", "sésame"), ("FR",), "2021-11"),
    ("bq09", "need", "es",
     "Necesidad: controlar la exposición al óxido de etileno en las centrales de "
     "esterilización de los hospitales del Perú",
     "En muchos hospitales públicos del Perú las centrales de esterilización usan "
     "autoclaves de óxido de etileno, algunos con más de veinte años, para esterilizar "
     "endoscopios, catéteres, sondas y material de plástico que no resiste el vapor. El "
     "gas es inflamable, irrita los ojos y las vías respiratorias, y la exposición "
     "crónica se asocia con cánceres de la sangre y de mama y con abortos espontáneos. "
     "Las inspecciones encontraron equipos sin extracción localizada, cartuchos de gas "
     "guardados junto a otros insumos, tiempos de aireación insuficientes y personal sin "
     "dosímetros ni capacitación, mientras el gas se ventila directamente al exterior. El "
     "Ministerio de Salud solicita apoyo para medir las concentraciones en el ambiente de "
     "trabajo y en el aire cerca de las centrales, capacitar al personal de enfermería y "
     "de mantenimiento, redactar una norma técnica de salud ocupacional y evaluar el "
     "reemplazo gradual por esterilización con peróxido de hidrógeno en plasma o con "
     "vapor a baja temperatura y formaldehído.",
     ("óxido de etileno", "esterilización hospitalaria", "salud ocupacional",
      "establecimientos de salud", "necesidades"), ("PE",), "2024-01"),
    # --- palm wine ------------------------------------------------------------------------
    ("bq10", "project", "en",
     "Palmyra toddy and neera: safer climbing and fair markets for palm tappers in "
     "southern Tamil Nadu",
     "The palmyra palm (Borassus flabellifer), the state tree of Tamil Nadu, grows in "
     "long rows on field bunds and on the red sand dunes (theri) of Thoothukudi and "
     "Tirunelveli, where it holds the soil and outlives droughts. Twice a day in the "
     "tapping season, climbers go up the 20-metre trunks to slice the flower stalks and "
     "collect the sap in clay pots. Lined with lime, the sap stays sweet as neera "
     "(padaneer) and is boiled into palm jaggery (karupatti); left to ferment, it becomes "
     "toddy, the palm wine whose sale the state has banned since 1987. Young people no "
     "longer climb, and palms are felled for brick kilns and timber. The project, run by "
     "a federation of palm products cooperatives with an agricultural university, trains "
     "tappers to use climbing machines and safety harnesses, provides accident insurance, "
     "sets up hygienic neera collection with chilling, helps register karupatti as a "
     "geographical indication, plants palmyra seed nuts on tank bunds and supports the "
     "tappers' call for licensed toddy sales.",
     ("palm wine", "palmyra palm", "palm sap", "occupational safety",
      "traditional livelihoods"), ("IN",), "2023-03"),
    ("bq11", "case-study", "fr",
     "Le vin de rônier dans le Sine et le Baol : quand la saignée épuise les rôneraies",
     "Le rônier (Borassus aethiopum), grand palmier des savanes, formait de vastes "
     "rôneraies dans le centre-ouest du Sénégal. Son stipe sert de charpente, ses "
     "feuilles couvrent les toits, ses fruits et ses plantules germées nourrissent les "
     "villages, et sa sève, récoltée par des saigneurs venus souvent de Casamance ou de "
     "Guinée-Bissau, donne un vin de palme recherché, à la différence du bounouk que la "
     "Casamance tire du palmier à huile. Or la saignée du rônier se fait au bourgeon "
     "terminal : trop longue ou trop répétée, elle tue le palmier. L'étude de cas, menée "
     "par le service des Eaux et Forêts avec les communes et un institut de recherche, "
     "compare trois terroirs du Sine et du Baol : densité des adultes et des jeunes, "
     "arbres morts après saignée, revenus des saigneurs et des vendeuses de vin, règles "
     "locales. Le bétail et les feux y détruisent la régénération ; l'étude propose des "
     "conventions locales fixant la durée des saignées, des mises en défens et un permis "
     "de saignée délivré par les communes.",
     ("vin de palme", "rônier", "rôneraies", "gestion communautaire des ressources",
      "conventions locales"), ("SN",), "2022-10"),
    ("bq12", "event", "es",
     "Encuentro regional sobre la taberna y el coyol: tradición, salud y conservación de "
     "la palma en Chiapas",
     "En la Depresión Central y la costa de Chiapas, la taberna es el vino de palma que "
     "se obtiene del coyol (Acrocomia aculeata): el tabernero derriba la palma, abre en "
     "la parte alta del tronco una cavidad, la canoa, donde escurre y fermenta la savia "
     "durante tres o cuatro semanas, y la vende fresca en jícaras o botellas, sobre todo "
     "en Semana Santa. Cada palma tumbada ya no da frutos, y los coyolares, que crecen en "
     "potreros y acahuales, disminuyen con la ganadería y las quemas. El encuentro, "
     "organizado por una universidad intercultural con la secretaría estatal de medio "
     "ambiente, la Secretaría de Salud y grupos de taberneros de Jiquipilas, Cintalapa y "
     "Ocozocoautla, revisa un estudio sobre la higiene y la fermentación de la bebida, "
     "propone viveros de coyol y su siembra en cercos vivos, discute cómo extraer la "
     "savia de palmas en pie sin derribarlas y el reconocimiento de la taberna como "
     "bebida tradicional, y prepara una feria con cocineras y productores.",
     ("vino de palma", "coyol", "taberna", "bebidas tradicionales", "eventos"),
     ("MX",), "2024-03"),
    # --- leptospirosis --------------------------------------------------------------------
    ("bq13", "dataset", "en",
     "Leptospirosis cases, rainfall and flood depth in Metro Manila, 2009-2023",
     "Leptospirosis, a bacterial disease caught when cuts in the skin or the eyes meet "
     "water or mud contaminated by the urine of rats and other animals, rises in the "
     "Philippines after every typhoon: the floods of Ondoy in September 2009 were "
     "followed within weeks by more than 2,000 hospital cases and some 170 deaths in "
     "Metro Manila. The dataset combines the weekly suspected and confirmed cases "
     "reported by hospitals to the national surveillance system, by city and barangay of "
     "residence, age, sex, occupation and outcome, with daily rainfall, the mapped flood "
     "depth after each major storm and the location of informal settlements along esteros "
     "and creeks. It shows cases peaking two to three weeks after floods, mostly among "
     "men who waded through floodwater, and the effect of the doxycycline prophylaxis the "
     "health department advises after exposure. City health offices use it to time "
     "warnings, hand out doxycycline and plan drainage, garbage collection and rodent "
     "control in the worst-hit barangays.",
     ("leptospirosis", "floods", "rodent-borne diseases", "disease surveillance",
      "urban health"), ("PH",), "2024-07"),
    ("bq14", "project", "fr",
     "Prévenir la leptospirose chez les planteurs de canne et les randonneurs de La "
     "Réunion",
     "La Réunion compte chaque année de 50 à plus de 200 cas graves de leptospirose, "
     "surtout pendant la saison des pluies, de janvier à avril, avec un taux bien plus "
     "élevé qu'en métropole. La bactérie, éliminée dans l'urine des rats, mais aussi des "
     "chiens, des bovins et des tangues, survit dans l'eau douce et la boue et pénètre "
     "par les plaies et les muqueuses. Les planteurs et coupeurs de canne à sucre, les "
     "éleveurs, les jardiniers et les amateurs de baignade en rivière, de canyoning et de "
     "pêche aux bichiques sont les plus exposés, et la maladie, prise pour une dengue ou "
     "une grippe, est souvent soignée trop tard. Le projet de l'agence régionale de "
     "santé, avec la chambre d'agriculture, un laboratoire de recherche et les communes, "
     "distribue bottes et gants, forme les médecins au diagnostic précoce, mène des "
     "campagnes de dératisation ciblées dans les champs et les ravines, analyse les "
     "souches portées par les rats et les tangues, et installe des panneaux d'information "
     "aux bassins de baignade.",
     ("leptospirose", "zoonoses", "santé au travail", "canne à sucre", "dératisation"),
     ("RE",), "2023-11"),
    ("bq15", "need", "es",
     "Necesidad: diagnóstico y vigilancia de la leptospirosis en personas y animales tras "
     "las inundaciones en Nicaragua",
     "La leptospirosis es endémica en Nicaragua: los brotes de 1995 y de 2007, después de "
     "lluvias intensas en León y Chinandega, causaron cientos de casos graves con "
     "hemorragia pulmonar y decenas de muertes, y cada temporada de lluvias los "
     "hospitales reciben pacientes con fiebre que se confunden con dengue. Los "
     "agricultores, los trabajadores de los ingenios y las arroceras y las familias de "
     "los barrios inundables se contagian al caminar descalzos en agua y lodo "
     "contaminados con la orina de ratas, perros, cerdos y ganado. El Ministerio de "
     "Salud, con el instituto de medicina veterinaria y una universidad, solicita apoyo "
     "para equipar el laboratorio nacional con pruebas de microaglutinación (MAT) y PCR, "
     "capacitar a los laboratorios de los SILAIS, buscar leptospiras en roedores, perros, "
     "cerdos y bovinos de los municipios más afectados con el enfoque de Una Salud, y "
     "preparar guías de quimioprofilaxis con doxiciclina y mensajes para las comunidades "
     "antes de la temporada de huracanes.",
     ("leptospirosis", "Una Salud", "inundaciones", "laboratorios de diagnóstico",
      "necesidades"), ("NI",), "2023-05"),
    # --- ecological fiscal transfers ------------------------------------------------------
    ("bq16", "dataset", "en",
     "Forest cover in tax devolution: state shares under India's Fourteenth and Fifteenth "
     "Finance Commissions, 2015-2026",
     "India shares a large part of the taxes collected by the Union with the states, "
     "following a formula set every five years by the Finance Commission. In 2015 the "
     "Fourteenth Finance Commission for the first time gave forest cover a weight of 7.5% "
     "in that formula, on the argument that states keeping large forests forgo revenue "
     "from land and mining, and the Fifteenth raised the 'forest and ecology' criterion "
     "to 10%, measured by each state's share of the country's dense and moderately dense "
     "forest. The dataset gives, for each state and year, the forest cover in the "
     "biennial State of Forest Reports, the share of the divisible pool received, the "
     "part due to the forest criterion, and the state's spending on forests and "
     "environment from its budget documents. It allows users to test whether these "
     "ecological fiscal transfers, which are untied and need not be spent on forests, "
     "reward forest-rich states such as Arunachal Pradesh, Chhattisgarh and Madhya "
     "Pradesh and change what they spend.",
     ("ecological fiscal transfers", "forest cover", "fiscal federalism", "public finance",
      "conservation incentives"), ("IN",), "2023-08"),
    ("bq17", "document", "fr",
     "La dotation biodiversité et aménités rurales : guide pour les communes",
     "Créée par la loi de finances pour 2019 sous le nom de dotation Natura 2000, la "
     "dotation de soutien aux communes pour la protection de la biodiversité, devenue "
     "dotation biodiversité et aménités rurales, reconnaît les charges et le manque à "
     "gagner des communes rurales dont une grande part du territoire est couverte "
     "d'espaces protégés : sites Natura 2000, cœurs de parcs nationaux, parcs naturels "
     "marins, réserves naturelles. Versée chaque année par l'État avec la dotation "
     "globale de fonctionnement, elle n'est pas affectée : la commune l'emploie comme "
     "elle l'entend. Le guide explique les fractions de la dotation et leurs critères "
     "(part du territoire protégé, adhésion à la charte d'un parc, densité de population, "
     "potentiel financier), l'évolution des montants, passés de 5 millions d'euros à plus "
     "de 100 millions en 2024, le calendrier et un exemple de calcul, avec des communes "
     "de montagne et du littoral qui s'en servent pour entretenir des sentiers, "
     "accueillir le public ou financer des animations. Il la compare au mécanisme "
     "brésilien de l'ICMS écologique.",
     ("transferts financiers écologiques", "collectivités locales", "Natura 2000",
      "aires protégées", "finances publiques"), ("FR",), "2024-04"),
    ("bq18", "case-study", "es",
     "El ICMS Ecológico de Brasil: treinta años de transferencias fiscales a los "
     "municipios que conservan",
     "En Brasil los estados recaudan el ICMS, impuesto sobre la circulación de mercancías "
     "y servicios, y deben repartir una cuarta parte entre los municipios, en parte según "
     "criterios que fija cada estado. En 1991 Paraná fue el primero en asignar una "
     "fracción según la superficie de unidades de conservación y de cuencas que abastecen "
     "de agua a otras ciudades, ponderada por la calidad de su gestión; hoy casi veinte "
     "estados tienen un ICMS Ecológico, con criterios que incluyen también tierras "
     "indígenas, saneamiento, manejo de residuos o control de incendios. El estudio de "
     "caso, preparado para una red latinoamericana de fondos ambientales, analiza Paraná, "
     "Minas Gerais, Tocantins y Pará: cuánto reciben los municipios, cómo la "
     "transferencia llevó a algunos a crear áreas protegidas municipales o a pedir su "
     "reconocimiento, los límites de un ingreso que no está atado al gasto ambiental, y "
     "las propuestas para introducir transferencias fiscales ecológicas en Colombia, "
     "Ecuador y Perú.",
     ("ICMS Ecológico", "transferencias fiscales ecológicas", "municipios",
      "áreas protegidas", "instrumentos económicos"), ("BR",), "2022-12"),
    # --- black soldier fly ----------------------------------------------------------------
    ("bq19", "project", "en",
     "Black soldier fly larvae turning Nairobi market waste into chicken and fish feed",
     "Every day Nairobi's fruit and vegetable markets, breweries and hotels throw away "
     "hundreds of tonnes of organic waste, much of it dumped at Dandora. The larvae of "
     "the black soldier fly (Hermetia illucens), a harmless fly that neither bites nor "
     "spreads disease, eat such waste in about two weeks, halve its weight and turn it "
     "into larvae rich in protein and fat, and into frass, a residue that makes a good "
     "fertiliser. The project, run by an international insect research centre with the "
     "county government and youth groups, has set up twelve small rearing units in "
     "informal settlements and at two markets. It trains farmers to keep the adult flies, "
     "dry the larvae and mix them into poultry and tilapia feed in place of costly "
     "fishmeal and soybean meal, and tests the meal for heavy metals, aflatoxins and "
     "pathogens against the Kenyan standard for dried insect products in animal feed. It "
     "also records the sales of feed and frass and the tonnes of waste kept out of the "
     "dumpsite.",
     ("black soldier fly", "insects for feed", "organic waste", "circular economy",
      "animal feed"), ("KE",), "2023-10"),
    ("bq20", "document", "fr",
     "Élever des insectes pour l'alimentation animale : ce que permet la réglementation "
     "européenne",
     "Note d'information destinée aux porteurs de projets. Sept espèces d'insectes "
     "peuvent être élevées dans l'Union européenne pour produire des protéines animales "
     "transformées : la mouche soldat noire (Hermetia illucens), la mouche domestique, le "
     "ténébrion meunier (ver de farine), le petit ténébrion et trois grillons. Autorisées "
     "depuis 2017 dans les aliments des poissons d'élevage, les farines d'insectes le "
     "sont depuis 2021 pour les volailles et les porcs. Les insectes d'élevage sont des "
     "animaux de rente : ils ne peuvent être nourris qu'avec des matières autorisées pour "
     "l'alimentation animale, ce qui exclut le fumier, les déchets de cuisine et de table "
     "et les viandes et poissons. La note présente l'agrément des établissements, la "
     "transformation (traitement thermique, séparation des graisses), les règles pour le "
     "frass, vendu comme fertilisant après un traitement d'une heure à 70 °C, "
     "l'étiquetage et les contrôles, et cite aussi bien les grandes usines ouvertes dans "
     "les Hauts-de-France et le Jura que les petites fermes d'insectes.",
     ("insectes d'élevage", "mouche soldat noire", "alimentation animale",
      "protéines animales transformées", "réglementation"), ("FR",), "2022-06"),
    ("bq21", "support-source", "es",
     "Oferta: asistencia técnica para criar mosca soldado negra con residuos de mercados "
     "y de la agroindustria en Ecuador",
     "Un centro de investigación de una universidad politécnica de Guayaquil, que cría "
     "desde 2018 la mosca soldado negra (Hermetia illucens), ofrece a municipios, "
     "asociaciones de comerciantes de mercados, productores de banano y cacao, y pequeños "
     "avicultores y camaroneros asesoría para montar unidades de bioconversión de "
     "residuos orgánicos: diseño de las jaulas de apareamiento y de los sitios de puesta, "
     "preparación del sustrato con cáscaras de fruta, banano de rechazo y residuos de "
     "cosecha, control de la humedad, de los olores y de la mosca común, cosecha y secado "
     "de las larvas, y uso del residuo (frass) como abono. Incluye el análisis de "
     "proteína, grasa, metales pesados y Salmonella de la harina de larvas, ensayos de "
     "sustitución de la harina de pescado en el alimento para tilapia y camarón, y apoyo "
     "para registrar el producto ante Agrocalidad. La asesoría es gratuita para gobiernos "
     "locales y organizaciones comunitarias.",
     ("mosca soldado negra", "residuos orgánicos", "alimento para animales",
      "economía circular", "ofertas"), ("EC",), "2024-02"),
    # --- environmental journalism ---------------------------------------------------------
    ("bq22", "event", "en",
     "Covering biodiversity and the wildlife trade: a reporting workshop for journalists "
     "of the Mekong region",
     "A five-day workshop in Bangkok for 24 reporters, editors and radio producers from "
     "Cambodia, Laos, Myanmar, Thailand and Viet Nam, chosen from more than 200 "
     "applicants, on how to report on nature loss, dams, sand mining and the wildlife "
     "trade accurately and safely. Sessions led by experienced environmental journalists, "
     "scientists and the staff of a regional media network cover reading scientific "
     "papers and IUCN Red List assessments, finding and checking data on seizures and "
     "concessions, using satellite images to show forest loss, interviewing officials and "
     "affected communities, and protecting sources and themselves when investigating "
     "trafficking networks or powerful companies. A field trip takes the group to a "
     "wildlife rescue centre and to a market town on the Lao border. Each participant "
     "leaves with a story plan; up to ten will receive small reporting grants and six "
     "months of mentoring by an editor to complete an investigation, to be published in "
     "their own language.",
     ("environmental journalism", "media training", "wildlife trade", "capacity building",
      "events"), ("TH", "KH", "LA", "MM", "VN"), "2024-09"),
    ("bq23", "project", "fr",
     "Des journalistes et des radios communautaires pour informer sur les forêts et les "
     "mines en République démocratique du Congo",
     "Dans les provinces de la Tshopo, de l'Équateur et du Lualaba, les radios "
     "communautaires sont souvent le seul média que captent les villages, mais leurs "
     "animateurs sont peu formés pour traiter de la déforestation, des concessions "
     "forestières, de l'exploitation minière artisanale ou de la chasse. Le projet, porté "
     "par une association congolaise de journalistes avec l'université de Kinshasa, forme "
     "en trois ans 90 journalistes et animateurs : ateliers sur les notions de base "
     "(biodiversité, aires protégées, changement climatique, pollution des rivières par "
     "les mines), droit de l'environnement et accès à l'information, vérification des "
     "faits et sécurité, production d'émissions en lingala et en swahili. Il finance des "
     "bourses de reportage, organise des visites de terrain avec les gardes des parcs et "
     "des chercheurs, anime un réseau de journalistes environnementaux doté d'un prix "
     "annuel, et mesure par des enquêtes ce que les auditeurs ont retenu des émissions.",
     ("journalisme environnemental", "radios communautaires", "renforcement des capacités",
      "forêts", "sensibilisation du public"), ("CD",), "2023-02"),
    ("bq24", "need", "es",
     "Necesidad: formación en periodismo ambiental para radios comunitarias y medios "
     "locales de Honduras",
     "En Honduras la mayor parte de las noticias sobre el ambiente se limita a incendios, "
     "inundaciones o denuncias sin verificar, y los periodistas que investigan la tala "
     "ilegal, la minería o los conflictos por el agua reciben amenazas: el país es uno de "
     "los más peligrosos de la región para comunicadores y defensores ambientales. Una "
     "asociación de radios comunitarias de Atlántida, Colón y Olancho, con la carrera de "
     "periodismo de la universidad nacional, solicita apoyo para un programa de formación "
     "de dos años: cursos sobre ecosistemas, cambio climático, plaguicidas y basura "
     "marina, búsqueda de datos públicos y de expedientes de licencias ambientales, "
     "entrevistas a científicos y a comunidades garífunas e indígenas, protocolos de "
     "seguridad digital y física, y asesoría legal. Pide también equipos de grabación, "
     "fondos para reportajes de largo aliento y mentorías con periodistas de medios "
     "regionales.",
     ("periodismo ambiental", "radios comunitarias", "capacitación", "libertad de prensa",
      "necesidades"), ("HN",), "2024-05"),
    # --- ragweed --------------------------------------------------------------------------
    ("bq25", "case-study", "en",
     "Mowing before it flowers: two decades of ragweed control law in Hungary",
     "Common ragweed (Ambrosia artemisiifolia), an annual weed from North America, spread "
     "across Hungary during the twentieth century and now grows on stubble fields, in "
     "sunflower crops, on roadsides and on building sites. Its pollen, shed from August "
     "to October, is among the strongest triggers of hay fever and asthma, and about one "
     "Hungarian in five is sensitised. The law requires landowners to keep ragweed from "
     "flowering by 30 June each year; plant protection authorities can order infested "
     "land to be mown at the owner's expense and fine those who fail. The case study "
     "reviews the inspections, the mapping of infested fields from aircraft and "
     "satellites, the fines and the clean-up campaigns, the national pollen monitoring "
     "network, and the trends in pollen counts and in sales of allergy medicines. It "
     "concludes that enforcement lowered pollen loads near towns but not over neglected "
     "farmland, and discusses stubble ploughing, herbicides, ragweed seed in sunflower "
     "seed and birdseed, and the ragweed leaf beetle spreading from Italy.",
     ("ragweed", "invasive alien plants", "pollen allergy", "weed control",
      "public health"), ("HU",), "2021-08"),
    ("bq26", "dataset", "fr",
     "Pollens et signalements d'ambroisie en Auvergne-Rhône-Alpes, 2014-2023",
     "L'ambroisie à feuilles d'armoise (Ambrosia artemisiifolia), plante annuelle venue "
     "d'Amérique du Nord, envahit les chaumes de céréales, les cultures de tournesol, les "
     "bords de route et les chantiers de la vallée du Rhône ; son pollen, émis d'août à "
     "octobre, provoque rhinites, conjonctivites et asthme chez 10 à 20 % des habitants "
     "les plus exposés. Le jeu de données réunit les comptes polliniques journaliers des "
     "capteurs du réseau national de surveillance aérobiologique dans la région, le "
     "risque allergique d'exposition calculé chaque jour, et les signalements de plants "
     "faits par le public sur la plateforme dédiée, avec leur lieu, leur date, le type de "
     "terrain et la suite donnée par le référent ambroisie de la commune (arrachage, "
     "fauche, destruction ordonnée par arrêté préfectoral). Il comprend aussi les "
     "estimations de l'observatoire régional de santé sur le nombre de personnes soignées "
     "et le coût des soins, et les premières observations de la chrysomèle Ophraella "
     "communa, qui dévore l'ambroisie. Il sert à évaluer les plans de lutte et à cibler "
     "les communes.",
     ("ambroisie", "pollens allergisants", "espèces exotiques envahissantes",
      "santé environnementale", "surveillance aérobiologique"), ("FR",), "2024-03"),
    ("bq27", "project", "es",
     "Detección temprana de la ambrosía en Cataluña y el valle del Ebro antes de que se "
     "establezca",
     "La ambrosía (Ambrosia artemisiifolia), planta invasora norteamericana cuyo polen "
     "causa alergias graves en Francia y en el norte de Italia, todavía es rara en "
     "España, pero se han encontrado poblaciones en riberas y en campos de girasol y maíz "
     "de Girona, Lleida y Aragón, llegadas con semillas de girasol, alpiste y mezclas "
     "para pájaros, con maquinaria agrícola o con tierras de obras. Está incluida en el "
     "Catálogo Español de Especies Exóticas Invasoras. El proyecto, de un jardín botánico "
     "con las redes de aerobiología de Cataluña y Aragón y los servicios agrarios "
     "autonómicos, busca y elimina cada población antes de que fructifique, examina el "
     "polen de Ambrosia en los captadores para detectar plantas no vistas o polen llegado "
     "de lejos, analiza semillas en las mezclas para aves que venden las tiendas, forma a "
     "agentes rurales y agricultores para reconocerla, y enseña a distinguirla de la "
     "ambrosía marítima (Ambrosia maritima), nativa y rara en algunas arenas costeras.",
     ("ambrosía", "especies exóticas invasoras", "alerta temprana", "polen",
      "aerobiología"), ("ES",), "2023-06"),
    # --- huanglongbing --------------------------------------------------------------------
    ("bq28", "dataset", "en",
     "Asian citrus psyllid trapping and huanglongbing detections in Southern California's "
     "residential citrus, 2012-2024",
     "Huanglongbing (HLB), or citrus greening, the 'yellow dragon disease' first "
     "described in southern China, is caused by the bacterium Candidatus Liberibacter "
     "asiaticus and spread by the Asian citrus psyllid (Diaphorina citri). It has no "
     "cure: infected trees bear small, lopsided, bitter fruit and die within a few years, "
     "and in Florida the disease has cut orange production by more than 70%. In "
     "California it was found in 2012 in a backyard tree in Hacienda Heights, and almost "
     "all later detections have been in residential yards of Los Angeles, Orange, "
     "Riverside and San Bernardino counties. The dataset holds the yellow sticky trap "
     "catches of the psyllid, the plant and insect samples tested by PCR, the infected "
     "trees removed, and the boundaries and dates of the quarantine zones where moving "
     "citrus plants and fruit is restricted. It also records the releases of the "
     "parasitoid wasp Tamarixia radiata and the treatments of the yards around each find.",
     ("huanglongbing", "citrus greening", "Asian citrus psyllid", "plant health",
      "quarantine"), ("US",), "2024-10"),
    ("bq29", "project", "fr",
     "Replanter des agrumes sains après le greening en Guadeloupe : plants certifiés, "
     "filets et Tamarixia",
     "Détecté en Guadeloupe en 2012, le huanglongbing ou « greening » des agrumes, "
     "maladie bactérienne transmise par le psylle asiatique des agrumes (Diaphorina "
     "citri), a détruit en quelques années la plupart des vergers de limes, d'oranges et "
     "de mandarines de l'île et les agrumes des jardins créoles. Les arbres atteints "
     "jaunissent par secteurs, donnent des fruits petits, déformés et amers, puis "
     "meurent. Le projet, conduit par la chambre d'agriculture avec un organisme de "
     "recherche agronomique et les services de l'État, relance la filière : production de "
     "plants certifiés indemnes sous serres insect-proof, à partir de greffons sains et "
     "sur des porte-greffes tolérants ; jeunes vergers plantés serré et protégés par des "
     "filets ; lâchers de Tamarixia radiata, microguêpe parasitoïde du psylle qui avait "
     "fait ses preuves à La Réunion dans les années 1970 ; arrachage des arbres malades ; "
     "conseils aux particuliers pour ne pas faire circuler de plants ou de rameaux. Les "
     "producteurs suivent les psylles sur les jeunes pousses.",
     ("huanglongbing", "agrumes", "psylle asiatique des agrumes", "lutte biologique",
      "plants certifiés"), ("GP",), "2023-07"),
    ("bq30", "document", "es",
     "Manual técnico para el manejo regional del HLB de los cítricos en las Áreas "
     "Regionales de Control (ARCO)",
     "El huanglongbing (HLB), también llamado enfermedad del dragón amarillo, se detectó "
     "en México en 2009 en traspatios de Tizimín, Yucatán, y hoy está presente en casi "
     "todos los estados citrícolas, donde ataca al limón mexicano de Colima y Michoacán, "
     "al limón persa de Veracruz y a los naranjos de Nuevo León y Tamaulipas. Lo "
     "transmite el psílido asiático de los cítricos (Diaphorina citri), y la bacteria "
     "asociada, Candidatus Liberibacter asiaticus, no tiene cura. El manual de la campaña "
     "fitosanitaria nacional explica cómo organizar a los productores en Áreas Regionales "
     "de Control (ARCO) para aplicar insecticidas de forma coordinada en las ventanas de "
     "vuelo del psílido, rotando grupos químicos para evitar resistencias; liberar el "
     "parasitoide Tamarixia radiata y aplicar hongos entomopatógenos; muestrear y "
     "eliminar árboles con síntomas (moteado asimétrico de las hojas, frutos deformes); "
     "producir planta en viveros certificados bajo malla, y nutrir los huertos para "
     "prolongar su vida productiva.",
     ("HLB", "cítricos", "psílido asiático de los cítricos", "sanidad vegetal",
      "manejo regional de plagas"), ("MX",), "2022-04"),
)  # fmt: skip
