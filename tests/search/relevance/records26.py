"""Clearing-house records of the twenty-sixth judged relevance set
(tests/search/relevance/queries26.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CITES-like pages on the
humphead or Napoleon wrasse (Cheilinus undulatus) of the live reef food fish trade; CBD
Clearing-House Mechanism pages on gum arabic (Acacia senegal, Acacia seyal), on the giant
African snail (Lissachatina fulica), an invasive species, on nest boxes (nichoirs, cajas nido),
on hedgerows (haies bocagères, setos vivos) and on lichens as bioindicators of air quality;
Rotterdam-like pesticide pages on monocrotophos; Stockholm-like pages on the flame retardant
Dechlorane Plus; Basel-like waste pages on sewage sludge (biosolids, boues d'épuration, lodos
de depuradora); Biosafety Clearing-House pages (a decision, a risk assessment, a need) on
genetically modified carnations (Dianthus caryophyllus). English, French and Spanish, 10
records each, every topic written once in each language (different countries, projects and
angles, not translations of one text), so that a query in one language has answers in the
others.

None of records.py, records3.py, ..., records25.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (wrasse, Napoleon, napoléon, labre, Cheilinus, live reef,
grouper, mérou, mero; gum arabic, gomme arabique, goma arábiga, gum, gomme, acacia, Senegalia,
hashab; giant African snail, achatine, Achatina, escargot, caracol, snail, mollusc,
angiostrongylus; monocrotophos, monocrotofós, Nuvacron, Azodrin, organophosphate,
organophosphoré, organofosforado; Dechlorane, déchlorane, declorano, flame retardant,
retardateur de flamme, retardante de llama, ignifuge; sewage sludge, biosolids, boues
d'épuration, lodos de depuradora, biosólidos, sludge, épuration, aguas residuales; carnation,
œillet, clavel, cut flowers, floriculture, Florigene, Moondust; nest box, nichoir, caja nido,
nido artificial, barn owl, effraie, lechuza, kestrel, cernícalo; hedgerow, haie, bocage, seto,
cerca viva, windbreak, brise-vent; lichen, liquen, líquen, bioindicator, bioindicateur,
bioindicador, biomonitoring, moss, musgo). Candidates found covered were dropped (devil's claw,
detection dogs, waste tyres, Bt cowpea, GM eucalyptus, GM papaya, GM sugarcane, HB4 wheat,
golden rice, Bt eggplant, chlordecone, chlorpyrifos, carbofuran, paraquat, methyl bromide,
aldicarb, SCCPs, endosulfan, mirex, HBCD, totoaba, vultures, eels, pangolins, phosphogypsum,
coal ash, cigarette butts, used cooking oil, expired medicines, solar panels, seagrass,
beavers, zaï pits, fish passes, seed banks, DNA barcoding and others). The nearest are the
scarlet macaw reintroduction that installs artificial nests among its activities (ba21), the
silvopastoral case study whose subjects name live fences (cercas vivas, k27), the
chlorpyrifos pages (l07-l09) and the pesticide-residue and mosquito-coil pages that name
organophosphates or dichlorvos (n10, bc20), the brominated flame retardant pages (n27,
t31-t33 and the pages that name them among other substances), the Great Green Wall project
that plants acacias (o16) and the tannery effluent page that names its chromium sludge (x01);
the golden files name none of these topics beyond a passing word and one molecule page
(glucuronic acid) whose own subjects name gum acacia. No text was copied from those sites and
none comes from demo/generator.py. They are meant to be harvested as ``oai_dc``-like records
and enriched with the project thesaurus exactly as the other records files' are, beside them
and the real fixtures' records (tests/mappings/golden/*.json) as one pool.

Ids (bf01..bf30) collide with none of the earlier records files' (a1..h5, n01..n47,
p01..p45, q01..q45, t01..t45, v01..v45, w01..w45, x01..x30, k01..k30, m01..m30, r01..r30,
u01..u30, j01..j30, o01..o30, y01..y30, z01..z30, l01..l30, i01..i30, s01..s30, ba01..ba30,
bb01..bb30, bc01..bc30, bd01..bd30, be01..be30), and no earlier id starts with "bf"; in
queries26.tsv they are written without prefix, like theirs, and take the same ``rel:`` prefix
in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- humphead (Napoleon) wrasse ---------------------------------------------------------
    ("bf01", "document", "en",
     "Humphead wrasse in the live reef food fish trade: a non-detriment finding for Indonesia",
     "The humphead or Napoleon wrasse (Cheilinus undulatus), a giant reef fish with a hump on "
     "its forehead that lives for thirty years, has been in CITES Appendix II since 2004. "
     "Most are caught as juveniles, grown out in floating net cages and shipped live to "
     "seafood restaurants in Hong Kong and mainland China, where it sells as so mei. The "
     "finding reviews underwater census densities, the annual export quota and shipments by "
     "live-fish carrier vessels.",
     ("humphead wrasse", "Cheilinus undulatus", "live reef food fish trade", "CITES",
      "non-detriment findings"), ("ID", "HK"), "2018"),
    ("bf02", "case-study", "fr",
     "Le napoléon dans les lagons de Nouvelle-Calédonie : de la chasse sous-marine à la "
     "plongée d'observation",
     "Le napoléon ou labre géant (Cheilinus undulatus), reconnaissable à sa bosse frontale et "
     "à ses lèvres épaisses, était tiré au fusil-harpon la nuit pendant son sommeil. L'étude "
     "de cas décrit l'interdiction de sa pêche et de sa vente dans la province Sud, le suivi "
     "des individus par les clubs de plongée, qui les reconnaissent aux dessins de leur tête, "
     "et la ciguatera qui freinait déjà sa consommation.",
     ("napoléon", "labre géant", "poissons de récif", "chasse sous-marine", "écotourisme"),
     ("NC",), "2020"),
    ("bf03", "project", "es",
     "Pez napoleón en Palawan: vigilancia de las agregaciones de desove y fin de la pesca con "
     "cianuro",
     "En Palawan (Filipinas) los pescadores capturan juveniles de pez napoleón o mameng "
     "(Cheilinus undulatus) y de meros para el comercio de peces de arrecife vivos destinados "
     "a Hong Kong, a menudo aturdiéndolos con cianuro. El proyecto forma a guardas "
     "comunitarios para vigilar los sitios de agregación de desove, apoya a la oficina de "
     "pesca en el control de los envíos en jaulas y ofrece a los pescadores otros medios de "
     "vida.",
     ("pez napoleón", "peces de arrecife", "pesca con cianuro", "áreas marinas protegidas",
      "comercio de especies silvestres"), ("PH",), "2021"),
    # --- gum arabic -------------------------------------------------------------------------
    ("bf04", "project", "en",
     "Gum arabic gardens in North Kordofan: replanting hashab trees with gum tappers",
     "Sudan's gum belt supplies most of the world's gum arabic (E414), the dried sap of Acacia "
     "senegal (Senegalia senegal, locally hashab), tapped with a sonki knife in the dry "
     "season and used as an emulsifier in soft drinks, sweets and tablets. The project "
     "replants hashab in bush-fallow rotation with millet and sesame, helps producer "
     "associations sell clean hand-picked gum at auction and follows yields on sandy soils.",
     ("gum arabic", "Acacia senegal", "non-timber forest products", "drylands",
      "producer associations"), ("SD",), "2019"),
    ("bf05", "case-study", "fr",
     "La gomme arabique du Tchad : la filière de la gomme friable du talha",
     "Le Tchad est le deuxième exportateur de gomme arabique. L'essentiel est une gomme "
     "friable récoltée sur l'Acacia seyal (talha), ramassée sur les troncs par les femmes et "
     "les enfants, moins chère que la gomme dure de l'Acacia senegal (kitir). L'étude de cas "
     "suit la gomme des gommeraies du Salamat et du Guéra jusqu'aux exportateurs de "
     "N'Djamena et aux usines de transformation en Europe, et mesure la part du prix qui "
     "reste aux cueilleuses.",
     ("gomme arabique", "Acacia seyal", "produits forestiers non ligneux", "filières",
      "femmes"), ("TD",), "2021"),
    ("bf06", "need", "es",
     "Necesidad: laboratorio de control de calidad para la goma arábiga de las cooperativas "
     "de Níger",
     "La dirección de aguas y bosques de Níger solicita equipos y capacitación para medir la "
     "humedad, las impurezas, la viscosidad y la rotación óptica de la goma arábiga, "
     "distinguir la goma de Acacia senegal de la de Acacia seyal y emitir los certificados "
     "que piden los importadores de aditivos alimentarios, para que las cooperativas de "
     "recolectores de Zinder no vendan a granel a intermediarios.",
     ("goma arábiga", "goma de acacia", "control de calidad",
      "productos forestales no madereros", "necesidades"), ("NE",), "2023-11"),
    # --- giant African snail ----------------------------------------------------------------
    ("bf07", "case-study", "en",
     "Eradicating the giant African land snail from Miami-Dade County",
     "The giant African land snail (Lissachatina fulica, formerly Achatina fulica), one of "
     "the world's worst invasive species, was found in Miami in 2011, probably brought in for "
     "religious rituals or as a pet. It eats hundreds of kinds of plants, gnaws stucco for "
     "calcium and can carry rat lungworm, which causes meningitis. The case study covers ten "
     "years of door-to-door surveys, metaldehyde bait, quarantined properties and the "
     "declaration of eradication in 2021.",
     ("giant African snail", "invasive alien species", "eradication", "quarantine",
      "plant pests"), ("US",), "2022"),
    ("bf08", "document", "fr",
     "L'achatine, escargot géant africain : fiche espèce exotique envahissante pour l'outre-mer",
     "L'achatine (Lissachatina fulica), arrivée à La Réunion au XIXe siècle puis en "
     "Polynésie, en Nouvelle-Calédonie et en Guyane, dévore cultures maraîchères et jardins et "
     "transmet l'angiostrongylose, une méningite à éosinophiles contractée en mangeant des "
     "escargots ou des salades mal lavées. La fiche rappelle l'échec de la lutte biologique "
     "par l'escargot carnivore Euglandina rosea, qui a fait disparaître les partulas de Tahiti "
     "et de Moorea, et décrit le ramassage et la destruction des escargots.",
     ("achatine", "escargot géant africain", "espèces exotiques envahissantes",
      "lutte biologique", "santé publique"), ("RE", "PF", "NC", "GF"), "2019"),
    ("bf09", "need", "es",
     "Necesidad: vigilancia del caracol gigante africano y de Angiostrongylus en La Habana",
     "Desde 2014 el caracol gigante africano (Lissachatina fulica), llamado en Cuba «caracol "
     "africano», se ha extendido por patios y solares de La Habana, en parte por su uso en "
     "ritos religiosos. El centro nacional de sanidad vegetal solicita capacitación en "
     "muestreo, pruebas de PCR para detectar el parásito Angiostrongylus cantonensis en los "
     "caracoles y materiales para campañas de recolección con los vecinos.",
     ("caracol gigante africano", "especies exóticas invasoras", "sanidad vegetal",
      "zoonosis", "necesidades"), ("CU",), "2024-05"),
    # --- monocrotophos ----------------------------------------------------------------------
    ("bf10", "case-study", "en",
     "Monocrotophos in a school meal: the 2013 Bihar poisoning",
     "In July 2013, 23 children died at a primary school in Saran district after a midday "
     "meal of rice and soya cooked in oil kept in a container that had held monocrotophos, "
     "an organophosphate insecticide classed by WHO as highly hazardous. The case study "
     "follows the inquiry, the cholinesterase poisoning, the atropine short at the district "
     "hospital and the calls to ban the pesticide, sold as Monocil or Nuvacron and stored at "
     "home by small farmers.",
     ("monocrotophos", "pesticide poisoning", "highly hazardous pesticides",
      "organophosphates", "food safety"), ("IN",), "2015"),
    ("bf11", "document", "fr",
     "Monocrotophos : document d'orientation des décisions de la Convention de Rotterdam",
     "Le monocrotophos, insecticide organophosphoré systémique employé sur le coton, le riz et "
     "les cultures maraîchères (Azodrin, Nuvacron), est inscrit à l'Annexe III de la "
     "Convention de Rotterdam et soumis à la procédure de consentement préalable en "
     "connaissance de cause. Le document résume les interdictions notifiées par les Parties, "
     "sa toxicité aiguë pour les applicateurs et les oiseaux, l'inhibition des "
     "cholinestérases et les réponses d'importation que chaque Partie doit transmettre.",
     ("monocrotophos", "Convention de Rotterdam",
      "consentement préalable en connaissance de cause", "insecticides",
      "pesticides extrêmement dangereux"), (), "2018"),
    ("bf12", "case-study", "es",
     "Monocrotofós y la mortandad de aguiluchos langosteros en la pampa argentina",
     "En el verano de 1995-1996 unos 20 000 aguiluchos langosteros (Buteo swainsoni), rapaces "
     "que invernan en la pampa tras migrar desde América del Norte, murieron al comer tucuras "
     "y orugas en alfalfares y girasoles fumigados con monocrotofós. El estudio de caso "
     "relata el hallazgo de dormideros con cientos de aves muertas, la cooperación con "
     "científicos de Estados Unidos y Canadá, la prohibición del producto en la Argentina y "
     "el seguimiento posterior de la especie.",
     ("monocrotofós", "aves rapaces", "envenenamiento de fauna", "aves migratorias",
      "insecticidas organofosforados"), ("AR",), "2017"),
    # --- Dechlorane Plus --------------------------------------------------------------------
    ("bf13", "document", "en",
     "Dechlorane Plus: risk management evaluation and listing under the Stockholm Convention",
     "Dechlorane Plus (DP), a chlorinated flame retardant made since the 1960s and added to "
     "the plastic coatings of electrical wires and cables, to connectors and to hot-melt "
     "adhesives, is found as its syn- and anti- isomers in Arctic air, seabirds and human "
     "milk far from where it is used. The page summarises the POPs Review Committee's "
     "evaluation and the 2023 listing in Annex A, with time-limited exemptions for aerospace "
     "and defence parts, medical imaging equipment and spare parts for motor vehicles.",
     ("Dechlorane Plus", "flame retardants", "persistent organic pollutants",
      "Stockholm Convention", "exemptions"), (), "2023"),
    ("bf14", "dataset", "fr",
     "Déchlorane Plus dans les sédiments et les poissons du lac Ontario et du Saint-Laurent, "
     "2005-2022",
     "Concentrations de Déchlorane Plus (isomères syn et anti) mesurées dans des carottes de "
     "sédiments et dans les poissons (touladi, doré jaune) du lac Ontario et du fleuve "
     "Saint-Laurent jusqu'à Québec. Les teneurs les plus fortes se trouvent en aval de la "
     "rivière Niagara, près de l'usine qui fut longtemps le seul producteur nord-américain de "
     "cet ignifugeant chloré.",
     ("Déchlorane Plus", "retardateurs de flamme", "sédiments", "poissons",
      "surveillance environnementale"), ("CA", "US"), "2023"),
    ("bf15", "need", "es",
     "Necesidad: inventario de Declorano Plus en cables y residuos electrónicos en Chile",
     "El punto focal del Convenio de Estocolmo en Chile solicita apoyo para inventariar el "
     "Declorano Plus, retardante de llama clorado incorporado al forro de cables eléctricos, "
     "a conectores y a piezas de vehículos, y para analizar muestras de plásticos de residuos "
     "de aparatos eléctricos y electrónicos, con miras a actualizar el plan nacional de "
     "aplicación.",
     ("Declorano Plus", "retardantes de llama", "inventarios", "residuos electrónicos",
      "necesidades"), ("CL",), "2024-08"),
    # --- sewage sludge ----------------------------------------------------------------------
    ("bf16", "case-study", "en",
     "PFAS in sewage sludge spread on Maine farms",
     "For decades municipal wastewater treatment plants and paper mills in Maine supplied "
     "sewage sludge (biosolids) and septage to farmers as cheap fertilizer. In 2016 tests "
     "found PFAS, the 'forever chemicals', in the milk of a dairy farm where sludge had been "
     "spread in the 1980s and 1990s. The case study follows the statewide testing of soil, "
     "wells and milk, the farms that stopped selling, and the 2022 law banning the land "
     "application of sludge and of compost made from it.",
     ("sewage sludge", "biosolids", "PFAS", "contaminated land", "agriculture"), ("US",),
     "2023"),
    ("bf17", "project", "fr",
     "Valorisation agricole des boues de stations d'épuration en Tunisie",
     "Les stations d'épuration de l'office national de l'assainissement produisent chaque "
     "année des dizaines de milliers de tonnes de boues, stockées sur place ou mises en "
     "décharge. Le projet sèche les boues sur des lits solaires, les composte avec des "
     "déchets verts et teste l'épandage du compost dans des oliveraies et des champs de "
     "céréales, en contrôlant les métaux lourds, les germes pathogènes et le respect de la "
     "norme tunisienne sur l'usage des boues en agriculture.",
     ("boues d'épuration", "compostage", "épandage agricole", "assainissement",
      "métaux lourds"), ("TN",), "2020"),
    ("bf18", "document", "es",
     "Lodos residuales y biosólidos: guía para aplicar la NOM-004-SEMARNAT en México",
     "La guía explica cómo clasificar los lodos de las plantas de tratamiento de aguas "
     "residuales municipales en biosólidos de clase A, B o C según su contenido de metales "
     "pesados, coliformes fecales, Salmonella y huevos de helminto, cómo estabilizarlos con "
     "cal, digestión anaerobia o composta, y en qué casos pueden aplicarse en suelos "
     "agrícolas o forestales y cuándo deben ir a un relleno sanitario.",
     ("lodos residuales", "biosólidos", "aguas residuales", "normas técnicas", "guías"),
     ("MX",), "2018"),
    # --- GM carnations ----------------------------------------------------------------------
    ("bf19", "document", "en",
     "Decision authorising the import of a violet genetically modified carnation as cut "
     "flowers",
     "The European Commission authorised the placing on the market of carnation line "
     "SHD-27531-4 (Dianthus caryophyllus), modified with genes from petunia and pansy to make "
     "delphinidin, the pigment that turns its petals deep violet, and with a gene for "
     "tolerance to sulfonylurea herbicides used as a selection marker. Cuttings are grown in "
     "greenhouses in Colombia and only cut flowers are imported, for ornamental use and not "
     "for food, feed or cultivation.",
     ("GM carnation", "Dianthus caryophyllus", "living modified organisms", "decisions",
      "cut flowers"), (), "2014"),
    ("bf20", "document", "fr",
     "Évaluation des risques des œillets génétiquement modifiés à fleurs bleues en Australie",
     "Résumé de l'évaluation des risques qui a permis la culture commerciale en Australie "
     "d'œillets (Dianthus caryophyllus) modifiés pour donner des fleurs mauves à bleues (la "
     "gamme Moondust) : l'œillet ne forme pas de populations sauvages dans le pays, les "
     "plants multipliés par bouturage produisent peu de pollen viable et ne se croisent avec "
     "aucune autre espèce de Dianthus, et la toxicité des pigments et du gène marqueur de "
     "tolérance aux herbicides est jugée négligeable.",
     ("œillet", "OGM", "évaluation des risques", "plantes ornementales", "flux de gènes"),
     ("AU",), "2016"),
    ("bf21", "need", "es",
     "Necesidad: detección de claveles transgénicos en las florícolas de Ecuador",
     "La autoridad ambiental de Ecuador, país que su Constitución declara libre de cultivos "
     "y semillas transgénicos, solicita capacitación y reactivos para detectar por PCR "
     "claveles genéticamente modificados de flores moradas entre los esquejes importados por "
     "las florícolas de Cotopaxi y Pichincha, y apoyo para llevar un registro de las "
     "variedades de la floricultura de exportación.",
     ("claveles transgénicos", "organismos vivos modificados", "detección", "floricultura",
      "necesidades"), ("EC",), "2023-07"),
    # --- nest boxes -------------------------------------------------------------------------
    ("bf22", "project", "en",
     "Barn owls instead of rodenticides: nest boxes in the Hula Valley and the Jordan Valley",
     "Farmers and kibbutzim in Israel's Hula Valley have put up some 3,000 nest boxes on "
     "poles in fields and orchards so that barn owls (Tyto alba) hunt voles and mice in place "
     "of the rodenticides that poisoned birds of prey. The project, run with Jordanian and "
     "Palestinian partners along the Jordan Valley, counts nestlings and pellets, measures "
     "the fall in poison use and brings schools to watch the boxes.",
     ("nest boxes", "barn owls", "biological pest control", "rodenticides",
      "transboundary cooperation"), ("IL", "JO", "PS"), "2019"),
    ("bf23", "document", "fr",
     "Installer des nichoirs et des gîtes à chauves-souris : guide pour les communes",
     "Le guide aide les services des espaces verts des communes wallonnes à choisir et poser "
     "des nichoirs : boîtes à trou de 28 mm pour les mésanges, qui mangent les chenilles "
     "processionnaires, nichoirs semi-ouverts pour le rougequeue, coupes à hirondelles sous "
     "les avant-toits, nichoirs à martinets intégrés aux façades et gîtes plats pour les "
     "chauves-souris ; orientation, hauteur, nettoyage en automne et suivi de l'occupation "
     "avec les habitants.",
     ("nichoirs", "oiseaux", "chauves-souris", "biodiversité urbaine", "guides"), ("BE",),
     "2021"),
    ("bf24", "case-study", "es",
     "Primillares y cajas nido: la recuperación del cernícalo primilla en Extremadura",
     "El cernícalo primilla (Falco naumanni), pequeño halcón que cría en colonias en tejados "
     "de iglesias, silos y cortijos, perdió sus huecos de nidificación con la restauración de "
     "edificios antiguos. El estudio de caso describe los primillares, torres y edificios "
     "adaptados con cajas nido, las tejas nido colocadas en las rehabilitaciones de Cáceres y "
     "Badajoz, el seguimiento de los pollos y la ocupación de las colonias en diez años.",
     ("cajas nido", "cernícalo primilla", "aves rapaces", "especies amenazadas",
      "patrimonio construido"), ("ES",), "2021"),
    # --- hedgerows --------------------------------------------------------------------------
    ("bf25", "document", "en",
     "Hedgerow management for farmland wildlife: cutting, laying and gapping up",
     "Guidance for farmers on the hedgerows that divide fields in England: cutting on a two- "
     "or three-year rotation and never between March and August when birds nest, laying "
     "hedges by hand to thicken their base, planting hawthorn, blackthorn and hazel to fill "
     "gaps, leaving wide margins and hedgerow trees, and the grants of agri-environment "
     "schemes. Hedges shelter dormice, yellowhammers and pollinators and link woodlands.",
     ("hedgerows", "farmland biodiversity", "agri-environment schemes",
      "ecological connectivity", "guidance"), ("GB",), "2022"),
    ("bf26", "project", "fr",
     "Breizh Bocage : replanter les haies et les talus bocagers en Bretagne",
     "Depuis les remembrements des années 1960, la Bretagne a perdu plus de la moitié de ses "
     "haies. Le programme finance avec les agriculteurs volontaires des bassins versants la "
     "plantation de haies bocagères sur talus et la restauration des talus anti-érosifs, "
     "pour freiner le ruissellement des nitrates et des pesticides vers les rivières, "
     "abriter la faune et produire du bois-énergie géré durablement.",
     ("haies bocagères", "bocage", "érosion des sols", "qualité de l'eau", "agroécologie"),
     ("FR",), "2020"),
    ("bf27", "event", "es",
     "Jornada técnica: setos vivos en los márgenes de las parcelas de cereal de Navarra",
     "Jornada de campo para agricultores y técnicos sobre la plantación de setos vivos de "
     "especies autóctonas (majuelo, endrino, rosal silvestre, aladierno) en lindes, ribazos "
     "y caminos de la Ribera de Navarra: diseño, protección de las plantas jóvenes, riego de "
     "apoyo y ayudas de la política agrícola común. Se presentan conteos de aves, abejas "
     "silvestres y fauna auxiliar que controla los pulgones de los cultivos vecinos.",
     ("setos vivos", "biodiversidad agrícola", "polinizadores", "control biológico",
      "eventos"), ("ES",), "2024-10"),
    # --- lichens as bioindicators -----------------------------------------------------------
    ("bf28", "dataset", "en",
     "Epiphytic lichens as bioindicators of air quality in the Kathmandu Valley, 2019-2023",
     "Lichen species recorded on the bark of 400 roadside and park trees at 80 sites, with "
     "the index of atmospheric purity (IAP) computed for each site and compared with measured "
     "nitrogen dioxide and particulate matter. Sensitive leafy and shrubby lichens "
     "(Parmotrema, Usnea) vanish near busy roads and brick kilns, where only crustose, "
     "pollution-tolerant species remain.",
     ("lichens", "bioindicators", "air quality", "biomonitoring", "urban air pollution"),
     ("NP",), "2024"),
    ("bf29", "support-source", "fr",
     "Offre : formation à la biosurveillance de la qualité de l'air par les lichens",
     "Un laboratoire universitaire de lichénologie propose aux réseaux de surveillance de la "
     "qualité de l'air et aux universités du Maghreb une formation d'une semaine au relevé "
     "des lichens épiphytes selon la norme européenne NF EN 16413, à la détermination des "
     "espèces et au calcul d'indices de diversité lichénique, ainsi qu'au dosage des métaux "
     "accumulés dans les thalles.",
     ("lichens", "biosurveillance", "qualité de l'air", "offres", "formation"),
     ("MA", "DZ", "TN"), "2023"),
    ("bf30", "project", "es",
     "Líquenes y musgos como bioindicadores de metales pesados en Quintero y Puchuncaví",
     "En la bahía de Quintero y Puchuncaví, con una fundición de cobre, termoeléctricas a "
     "carbón y un polo petroquímico, investigadores y escolares recolectan líquenes "
     "(Ramalina, Usnea) y musgos en una red de puntos alrededor de las chimeneas y miden en "
     "ellos cobre, arsénico, plomo y azufre. El proyecto elabora mapas de contaminación para "
     "las comunidades de esta «zona de sacrificio» y compara la riqueza de líquenes con la de "
     "sitios limpios.",
     ("líquenes", "bioindicadores", "metales pesados", "calidad del aire", "fundiciones"),
     ("CL",), "2022"),
)  # fmt: skip
