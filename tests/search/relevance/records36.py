"""Clearing-house records of the thirty-sixth judged relevance set
(tests/search/relevance/queries36.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CBD Clearing-House
Mechanism pages on cranes (the winter feeding of the red-crowned crane or tancho in eastern
Hokkaido; the censuses of the grue royale in the marshes of Rwanda; the grulla cubana of the
savannas of the Isla de la Juventud), on heathlands (the lowland heaths of Dorset; the landes
à bruyères et ajoncs of the monts d'Arrée; the brezales atlánticos of the cordillera
Cantábrica) and on chestnut blight (Cryphonectria parasitica; the back-crossed American
chestnut; chancre du châtaignier, souches hypovirulentes, cynips and Torymus; chancro and
tinta in the sotos de castaño of El Bierzo); sustainable-use and trade pages on chicle, the
latex of the sapodilla (Manilkara zapota; chicleros of western Belize; the community
concessions of the Petén; the consorcio chiclero of Quintana Roo); law and policy pages on
conservation easements held by land trusts, the obligation réelle environnementale (ORE) and
the derecho real de conservación (DRC); biodiversity and urban-design pages on birds killed
by glass (bird-friendly building guidelines, fritted glass; collisions contre les vitrages
and parois antibruit; ventanas seguras para las aves) and on sky lanterns (Chinese lanterns
and local release bans; lanternes célestes and an arrêté préfectoral; globos de papel of the
Antioquia December); and chemical-safety and environment-health pages on naphthalene and
paradichlorobenzene mothballs (naphthalene balls and G6PD deficiency; boules antimites;
bolitas de naftalina), on triclosan (lake sediments and triclosan-derived dioxins; the
Canadian pollution prevention notice, savons dits antibactériens; triclosán in the
Riachuelo) and on Legionnaires' disease (a cooling tower registry; tours aéroréfrigérantes
and the installations classées; legionelosis in hotel water systems). English, French and
Spanish, 10 records each, every topic written once in each language (different countries,
projects and angles, not translations of one text), so that a query in one language has
answers in the others.

None of records.py, records3.py, ..., records35.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (crane, grue, grulla, Grus, Balearica, Antigone, sarus,
crowned, couronnée, coronada; heath, heather, lande, landes, bruyère, brezal, brezo, Calluna,
Erica, ajonc, tojo, gorse, moor, fynbos; mothball, moth, mites, antimite, antipolilla,
naphthalene, naphtaline, naftalina, paradichlorobenzene, paradiclorobenceno, camphor,
camphre, alcanfor, G6PD, hemolysis; triclosan, triclosán, triclocarban, antibacterial,
antibactérien, antibacteriano, antiseptic, soap, savon, jabón, toothpaste, dentifrice, pasta
dental; chicle, chiclero, sapodilla, sapotillier, chicozapote, Manilkara, chewing gum, goma
de mascar, gomme; easement, land trust, covenant, obligation réelle, servitude, servidumbre,
derecho real, private land, privé, privado, propietarios; window, glass, verre, vidrio,
vitrage, ventana, collision, colisión, frit; sky lantern, lantern, lanterne, linterna,
globo, Cantoya, balloon, ballon; chestnut, châtaignier, châtaigne, castaño, castaña,
Castanea, Cryphonectria, canker, chancre, chancro, cynips, Dryocosmus, hypovirulence;
Legionella, legionellosis, légionellose, legionelosis, Legionnaires, cooling tower, tour
aéroréfrigérante, torre de refrigeración, refrigeración, hotel, spa, jacuzzi, shower).
Candidates found covered were dropped: debt-for-nature swaps (m08), GM carnations
(bf19-bf21), lichens as bioindicators (bf28, bf29), Wolbachia mosquitoes (bl10-bl12),
cloud forests (bg19-bg21), sunscreens (o25-o27), lead shot (u25, u26), RNAi sprays
(bi10-bi12), phytoremediation (bk16-bk18), biochar (y04-y06), creosote (bb13-bb15),
short-chain chlorinated paraffins (v07-v09), kava (ba07-ba09) and rooibos (z16-z18); pearl
farming, avian malaria, whale watching and sphagnum moss harvesting were dropped as too close
to earlier sets' queries (oysters, wildlife diseases and paludisme, ecotourism, peatlands),
and the GM American chestnut and the planting of chestnut on reclaimed mines were left out of
the chestnut page for the same reason (transgenic trees, mine closure).
The nearest are the rice fields managed for waterbirds (i28-i30) and the waterbird counts of
the flyways (v04-v06), which name no crane; the bird collisions with wind turbines (t22) and
power lines (bj03), no glass; the mosquito coils, aerosols and household insecticides
(bc19-bc21) and the aluminium phosphide grain tablets (bd10-bd12), no mothball; the
pharmaceuticals in wastewater (v10-v12) and the microbeads in toiletries (ba16-ba18), no
triclosan; the gum arabic pages (bf04-bf06) and the BioTrade offers for cinnamon and Amazon
nuts (j10, j12), no chicle; the castaña de la Amazonía (j12) and the water chestnut eaten
by sliders (bm10), no chestnut tree; the hummingbird need that would buy land or sign
conservation agreements with owners (bn03) and the cork dehesa guide for owners (y24), no
easement; the poissons-lanternes of Crozet (bn08) and the torches forbidden to firefly
visitors (s24), no sky lantern; the HFC and air-conditioning pages (m19-m21), no cooling
tower or Legionella; and, among the golden pages, the naphthalene molecule page, whose
subjects name mothballs and which says naphthalene is mostly used to make moth repellents,
and the camphor page (judged in queries36.tsv), the naphthol, 1-azanaphthalene and
acenaphthylene pages, and the lauric acid, showdomycin and peroxide pages that call a
compound antibacterial or antiseptic. No text was copied from those sites and none comes
from demo/generator.py. They are meant to be harvested as ``oai_dc``-like records and
enriched with the project thesaurus exactly as the other records files' are, beside them and
the real fixtures' records (tests/mappings/golden/*.json) as one pool.

Ids (bp01..bp30) collide with none of the earlier records files' (a1..h5, n01..n47,
p01..p45, q01..q45, t01..t45, v01..v45, w01..w45, x01..x30, k01..k30, m01..m30, r01..r30,
u01..u30, j01..j30, o01..o30, y01..y30, z01..z30, l01..l30, i01..i30, s01..s30, ba01..ba30,
bb01..bb30, bc01..bc30, bd01..bd30, be01..be30, bf01..bf30, bg01..bg30, bh01..bh30,
bi01..bi30, bj01..bj30, bk01..bk30, bl01..bl30, bm01..bm30, bn01..bn30, bo01..bo30), and no
earlier id starts with "bp"; in queries36.tsv they are written without prefix, like theirs,
and take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- cranes ---------------------------------------------------------------------------
    ("bp01", "case-study", "en",
     "Weaning the tancho: reducing winter feeding of red-crowned cranes in eastern "
     "Hokkaido",
     "The red-crowned crane (Grus japonensis), the tancho, a symbol of long life in "
     "Japan, was reduced by hunting and the draining of marshes to a few dozen birds in "
     "the Kushiro Marsh by the 1920s. In the hard winters of the 1950s farmers in Tsurui "
     "and Akan began to put out maize for the starving cranes, and the feeding, later "
     "paid for by the national government at three stations, helped the resident "
     "population grow to more than 1,800 birds. Now that most of them crowd at the "
     "stations each winter, one outbreak of bird flu could strike a large part of the "
     "species in Japan, while cranes feed in dairy farmers' silage and maize fields and "
     "die on roads and power lines. The case study reviews the plan, begun in 2015, to "
     "cut the maize step by step so that the birds spread to unfrozen rivers and new "
     "wintering areas, with fences and line markers, and weighs the worries of "
     "guesthouses that live from winter visitors.",
     ("red-crowned crane", "cranes", "supplementary feeding", "human-wildlife conflict",
      "wintering grounds"), ("JP",), "2022-06"),
    ("bp02", "dataset", "fr",
     "Recensements des grues royales dans les marais du Rwanda, 2017-2023",
     "La grue royale (Balearica regulorum), à la huppe de plumes dorées, est l'oiseau des "
     "marais du Rwanda ; classée En danger, elle a fortement reculé avec le drainage des "
     "fonds de vallée pour la culture du riz et du maïs, et avec la capture des poussins, "
     "vendus pour orner les jardins des hôtels et des villas. Le jeu de données rassemble "
     "les recensements nationaux menés chaque année par une association rwandaise de "
     "protection de la faune avec l'office rwandais de développement et des guides formés "
     "dans les villages : pour chaque marais (Rugezi, Akanyaru, Nyabarongo, lacs de "
     "l'Akagera) et chaque date, le nombre d'adultes et de jeunes, les couples nicheurs, "
     "les nids trouvés et leur issue, et les menaces notées (drainage, brûlis des "
     "papyrus, pâturage, lignes électriques, dérangement). Il documente la remontée des "
     "effectifs, d'environ 500 oiseaux en 2017 à plus de 1 000 en 2023, depuis que la "
     "détention de grues chez les particuliers a pris fin et que des gardes "
     "communautaires surveillent les marais de nidification.",
     ("grues", "grue royale", "marais", "recensements", "espèces menacées"),
     ("RW",), "2024-02"),
    ("bp03", "need", "es",
     "Necesidad: proteger los nidos de la grulla cubana en las sabanas de la Isla de la "
     "Juventud",
     "La grulla cubana (Antigone canadensis nesiotes), subespecie residente de la grulla "
     "canadiense que no migra, solo vive en Cuba; quedan unos 600 individuos repartidos "
     "en núcleos aislados de la Isla de la Juventud, la Ciénaga de Zapata, Camagüey y "
     "Pinar del Río, y está en peligro crítico en el país. En el sur de la Isla de la "
     "Juventud anida en las sabanas de arenas blancas con palmas y pinos, donde la "
     "amenazan los incendios en la época de cría, el avance del marabú (Dichrostachys "
     "cinerea), el ganado que pisotea los nidos, los perros jíbaros y la captura de "
     "pichones para tenerlos en los patios. La Empresa Nacional para la Protección de la "
     "Flora y la Fauna solicita apoyo para equipar a los guardabosques (motocicletas, "
     "combustible, GPS y telescopios), abrir y mantener trochas cortafuego, controlar el "
     "marabú en las sabanas de cría, seguir cada nido hasta el vuelo de los pichones y "
     "trabajar con los campesinos y las escuelas de la zona.",
     ("grulla cubana", "grullas", "sabanas", "especies amenazadas", "necesidades"),
     ("CU",), "2023-10"),
    # --- heathlands -----------------------------------------------------------------------
    ("bp04", "project", "en",
     "From pine plantation back to heath: restoring the Dorset heaths for sand lizards, "
     "nightjars and Dartford warblers",
     "Lowland heathland, the open, dwarf-shrub vegetation of heather (Calluna vulgaris), "
     "bell heather, cross-leaved heath and gorse on poor acid sands, was made by "
     "centuries of clearing, grazing and turf cutting. Dorset has lost more than 80% of "
     "the heaths it had in the eighteenth century to conifer plantations, farmland and "
     "the spread of Poole and Bournemouth. The surviving fragments hold all six native "
     "reptiles, including the sand lizard and smooth snake, together with nightjars, "
     "woodlarks, Dartford warblers, the silver-studded blue butterfly and, on wet heath, "
     "marsh gentian. The project, run by a partnership of the county wildlife trust, the "
     "forestry agency and conservation charities, fells plantations, scrapes off the "
     "needle layer, spreads heather cuttings from donor sites, brings back grazing by "
     "ponies and cattle, and clears invading birch, pine and rhododendron. Wardens patrol "
     "in summer, when fires, often started by disposable barbecues, can burn hundreds of "
     "hectares. Monitoring covers churring nightjars, reptiles and the moths, beetles and "
     "crane flies the birds feed on.",
     ("lowland heathland", "habitat restoration", "reptiles", "conservation grazing",
      "plantation removal"), ("GB",), "2023-02"),
    ("bp05", "case-study", "fr",
     "Les landes des monts d'Arrée : fauche, pâturage et brûlage dirigé pour garder la "
     "lande ouverte",
     "Sur les crêtes des monts d'Arrée, au cœur du parc naturel régional d'Armorique, "
     "s'étendent les plus grandes landes de Bretagne : landes sèches à bruyère cendrée et "
     "ajonc de Le Gall sur les sommets, landes humides et tourbeuses à bruyère à quatre "
     "angles et bruyère ciliée dans les vallons. Longtemps fauchées pour la litière des "
     "bêtes et pâturées par les moutons, elles se referment depuis l'abandon des usages "
     "sous la fougère aigle, les saules, les bouleaux et les pins. L'étude de cas tire le "
     "bilan de vingt ans de gestion du site Natura 2000 : contrats avec les éleveurs pour "
     "la fauche exportatrice et le pâturage de moutons des landes de Bretagne et de "
     "poneys, petits brûlages dirigés en hiver avec les pompiers, suivi de la fauvette "
     "pitchou, de l'engoulevent d'Europe, du busard Saint-Martin, des rossolis et de la "
     "gentiane pneumonanthe. Elle analyse aussi l'incendie de l'été 2022, qui a parcouru "
     "plus de 2 000 hectares, et la repousse de la lande depuis.",
     ("landes", "bruyères", "gestion des milieux ouverts", "pâturage", "Natura 2000"),
     ("FR",), "2023-09"),
    ("bp06", "document", "es",
     "Guía de gestión de los brezales atlánticos de la cordillera Cantábrica",
     "Los brezales, matorrales de brezos (Erica australis, E. cinerea, E. tetralix, E. "
     "mackayana), brecina (Calluna vulgaris) y tojos (Ulex), cubren buena parte de las "
     "sierras de Asturias, Cantabria y el norte de León. Los brezales húmedos atlánticos "
     "y los brezales secos son hábitats de interés comunitario, y en ellos viven la "
     "perdiz pardilla, el aguilucho pálido y el lagarto verdinegro; de sus flores sale la "
     "apreciada miel de brezo. Son fruto de siglos de pastoreo y quemas, y hoy sufren a "
     "la vez el abandono, que los convierte en piornales y escobonales, y los incendios "
     "repetidos en invierno, además de las plantaciones de pino y eucalipto. La guía, "
     "preparada por el gobierno del Principado con universidades y ganaderos, explica "
     "cómo reconocer cada tipo de brezal, cómo planificar desbroces en mosaico y quemas "
     "prescritas con los equipos de bomberos forestales, qué cargas de ganado vacuno, "
     "caballar (asturcón) y caprino convienen, y cómo medir el estado de conservación.",
     ("brezales", "matorrales", "quemas prescritas", "pastoreo", "guías"),
     ("ES",), "2022-11"),
    # --- mothballs ------------------------------------------------------------------------
    ("bp07", "case-study", "en",
     "Naphthalene balls at home: mothball poisoning of newborns and toddlers in Lagos",
     "In Nigerian markets naphthalene balls, often sold as 'camphor', are bought to keep "
     "cockroaches and moths out of stored clothes and baby wraps, to scent wardrobes and "
     "toilets, and to drive snakes and rats away from houses. Naphthalene vapour is taken "
     "up through the lungs and the skin; in babies with G6PD deficiency, common in West "
     "Africa, it can trigger acute haemolysis, with sudden anaemia and jaundice that may "
     "need a transfusion, and toddlers swallow the white balls thinking they are sweets. "
     "The case study reviews 94 children treated for mothball exposure in two Lagos "
     "teaching hospitals between 2015 and 2021 and a survey of 60 brands sold in markets: "
     "most were unlabelled and sold loose in plastic bags, and a few were "
     "paradichlorobenzene. It recommends that paediatric staff ask about mothballs in "
     "every case of unexplained jaundice, that parents wash and air clothes stored with "
     "them, and that the regulator require labels and child-resistant packs.",
     ("mothballs", "naphthalene", "child poisoning", "household chemicals",
      "G6PD deficiency"), ("NG",), "2022-07"),
    ("bp08", "document", "fr",
     "Boules antimites et blocs WC au paradichlorobenzène : pourquoi ils ont disparu et "
     "comment protéger ses vêtements autrement",
     "Fiche d'information destinée au public. Les boules, plaquettes et cristaux "
     "antimites à la naphtaline ou au paradichlorobenzène (1,4-dichlorobenzène), "
     "longtemps vendus en droguerie, ne peuvent plus être mis sur le marché comme "
     "biocides dans l'Union européenne, et le paradichlorobenzène est interdit depuis "
     "2015 dans les désodorisants et les blocs pour toilettes. Ces deux substances "
     "s'évaporent lentement dans les armoires et les chambres ; elles irritent les yeux "
     "et les voies respiratoires, sont suspectées d'être cancérogènes, et la naphtaline "
     "peut détruire les globules rouges des nourrissons. La fiche explique comment se "
     "débarrasser des vieux stocks (au parc à conteneurs, avec les déchets chimiques "
     "ménagers), que faire en cas d'ingestion par un enfant, et comment lutter contre la "
     "mite des vêtements (Tineola bisselliella) sans insecticide : laver et aérer, "
     "congeler les lainages 72 heures, ranger dans des housses fermées, utiliser des "
     "pièges à phéromones, du bois de cèdre ou des sachets de lavande.",
     ("antimites", "naphtaline", "paradichlorobenzène", "produits ménagers", "biocides"),
     ("BE",), "2021-09"),
    ("bp09", "need", "es",
     "Necesidad: regular la venta de bolitas de naftalina en los mercados de Guatemala",
     "En los mercados cantonales y las tiendas de barrio de Guatemala se venden por libra "
     "o en bolsitas sin etiqueta bolitas y escamas de naftalina, que se usan para guardar "
     "la ropa, perfumar roperos y sanitarios, ahuyentar ratones, murciélagos, culebras y "
     "gatos, y hasta en remedios caseros. Los hospitales nacionales atienden cada año a "
     "niños menores de cinco años que se tragaron una bolita y a recién nacidos con "
     "anemia e ictericia después de ser envueltos en ropa guardada con ella. No se sabe "
     "cuántos productos son de naftalina, de paradiclorobenceno o de alcanfor. El "
     "Ministerio de Salud Pública y Asistencia Social solicita apoyo para analizar la "
     "composición de las marcas que circulan, redactar una norma de etiquetado y de venta "
     "en envases a prueba de niños, capacitar al personal de pediatría para reconocer las "
     "intoxicaciones, y preparar con las comadronas una campaña dirigida a las madres "
     "sobre alternativas para proteger la ropa.",
     ("naftalina", "intoxicaciones infantiles", "productos químicos domésticos",
      "etiquetado", "necesidades"), ("GT",), "2024-03"),
    # --- triclosan ------------------------------------------------------------------------
    ("bp10", "dataset", "en",
     "Triclosan, triclocarban and triclosan-derived dioxins in Minnesota lake sediments "
     "and wastewater effluents, 1960-2022",
     "Triclosan, an antibacterial agent once added to liquid hand soaps, body washes, "
     "toothpaste, cutting boards and sports clothing, passes only partly through "
     "wastewater treatment and settles in the sediments of lakes and rivers, where "
     "sunlight turns some of it into chlorinated dioxins. The dataset brings together "
     "dated sediment cores from eight lakes downstream of treatment plants and two "
     "reference lakes, and quarterly effluent samples from 20 plants, with concentrations "
     "of triclosan, triclocarban, methyl-triclosan and four triclosan-derived dioxins, "
     "and the toxicity of effluents to algae. Levels rise from the 1960s to a peak around "
     "2008 and then fall, steeply after the state ban on triclosan in most consumer "
     "cleaning products took effect in January 2017 and the federal rule that removed it "
     "from antiseptic hand washes sold over the counter. Methyl-triclosan persists longer "
     "and is still found in fish. The files support the review of the ban and of similar "
     "ingredients.",
     ("triclosan", "antibacterial products", "sediments", "wastewater effluents",
      "consumer product bans"), ("US",), "2023-05"),
    ("bp11", "document", "fr",
     "Le triclosan déclaré toxique : ce que l'avis de planification de la prévention de "
     "la pollution exige des fabricants de produits de soins",
     "Après son évaluation, le gouvernement du Canada a conclu en 2016 que le triclosan, "
     "agent antibactérien et conservateur présent dans des dentifrices, des déodorants, "
     "des savons dits antibactériens, des nettoyants pour le visage et des produits de "
     "maquillage, est toxique pour l'environnement au sens de la Loi canadienne sur la "
     "protection de l'environnement (1999) : même à faible concentration, les rejets des "
     "stations d'épuration nuisent aux algues et aux organismes aquatiques. Le triclosan "
     "a été ajouté à la liste des substances toxiques, et un avis oblige les fabricants "
     "et importateurs de cosmétiques, de produits de santé naturels et de médicaments "
     "sans ordonnance à préparer et exécuter un plan de prévention de la pollution pour "
     "réduire la quantité de triclosan mise sur le marché. Le document présente les "
     "produits visés, l'objectif de réduction, les dates limites, les déclarations à "
     "transmettre et les solutions de remplacement, et rappelle que l'évaluation n'a pas "
     "conclu à un risque pour la santé humaine.",
     ("triclosan", "produits de soins personnels", "substances toxiques",
      "prévention de la pollution", "réglementation"), ("CA",), "2019-04"),
    ("bp12", "project", "es",
     "Triclosán en el Riachuelo y el Río de la Plata: monitoreo y remoción en plantas "
     "depuradoras",
     "El triclosán, antibacteriano presente en jabones, pastas dentales, desodorantes y "
     "detergentes que se publicitan como antibacteriales, llega a los ríos con las aguas "
     "cloacales, en gran parte sin tratar en la cuenca Matanza-Riachuelo. El proyecto, de "
     "una universidad nacional con la empresa de agua y saneamiento y la autoridad de "
     "cuenca, mide el triclosán y el triclocarbán en la entrada y la salida de cinco "
     "plantas depuradoras, en el agua y los sedimentos del Riachuelo y de la franja "
     "costera del Río de la Plata cerca de las tomas de agua, en biopelículas y en "
     "sábalos (Prochilodus lineatus). También prueba su remoción por lodos activados y "
     "por humedales construidos, y estudia la toxicidad para las algas. Con los "
     "resultados prepara una propuesta a la autoridad sanitaria para revisar el uso del "
     "triclosán en productos de higiene y materiales para consumidores que explican que "
     "lavarse con jabón común es igual de eficaz.",
     ("triclosán", "antibacterianos", "plantas depuradoras", "contaminación del agua",
      "productos de higiene personal"), ("AR",), "2024-05"),
    # --- chicle ---------------------------------------------------------------------------
    ("bp13", "need", "en",
     "Need: bringing chicle tapping back to the sapodilla forests of western Belize",
     "For a century chicle, the latex of the sapodilla tree (Manilkara zapota), was "
     "Belize's main forest export, tapped by chicleros who climbed the trees with ropes "
     "and spurs and cut zigzag channels in the bark for the sap to run down into a bag. "
     "Synthetic gum bases ended the boom, and today only a few old tappers still work in "
     "the forest reserves of the Cayo district, although buyers of natural chewing gum "
     "are again asking for chicle. The Forest Department and a chiclero association "
     "request support to inventory sapodilla trees in the Chiquibul and neighbouring "
     "reserves, train young tappers in safe climbing and in cuts that let a tree heal for "
     "six to eight years before it is tapped again, buy harnesses, helmets and boiling "
     "kettles for turning the latex into blocks, and obtain organic certification and "
     "contracts with buyers. Camps of chicleros in the reserves would also report illegal "
     "logging and incursions across the border.",
     ("chicle", "sapodilla", "natural gums", "forest reserves", "needs"),
     ("BZ",), "2024-08"),
    ("bp14", "case-study", "fr",
     "Le chicle des concessions forestières communautaires du Petén : une gomme naturelle "
     "qui garde la forêt debout",
     "Dans la zone à usages multiples de la réserve de biosphère maya, au nord du "
     "Guatemala, des organisations villageoises gèrent depuis les années 1990 des "
     "concessions forestières communautaires certifiées, où elles exploitent le bois "
     "d'acajou et de cèdre selon un plan d'aménagement, mais aussi le xate, les palmes de "
     "Chamaedorea vendues aux fleuristes, le piment de la Jamaïque et le chicle, latex du "
     "sapotillier (Manilkara zapota) saigné pendant la saison des pluies puis cuit en "
     "pains. L'étude de cas suit trois concessions de 2010 à 2022 : revenus des "
     "chicleros, nombre d'arbres saignés et délai de repos respecté, débouchés auprès de "
     "fabricants de chewing-gums biologiques. Elle montre que ces concessions ont perdu "
     "beaucoup moins de forêt par les incendies et le défrichement que les parcs "
     "nationaux voisins, et que le chicle, récolté en forêt fermée, donne du travail "
     "pendant les mois où l'on ne coupe pas de bois.",
     ("chicle", "foresterie communautaire", "sapotillier", "gommes naturelles",
      "Réserve de biosphère maya"), ("GT",), "2023-06"),
    ("bp15", "project", "es",
     "Chicle natural de los ejidos mayas: renovar la cosecha y la comercialización en "
     "Quintana Roo y Campeche",
     "En las selvas de Quintana Roo y del sur de Campeche, los chicleros de decenas de "
     "ejidos siguen picando cada temporada de lluvias el chicozapote (Manilkara zapota): "
     "suben al árbol con soga y espuelas, abren a machete canales en zigzag por donde "
     "escurre la resina blanca, y la cocinan en pailas hasta formar marquetas. Las "
     "cooperativas, agrupadas en un consorcio chiclero, exportan chicle orgánico a Japón, "
     "Europa y los Estados Unidos y venden su propia goma de mascar biodegradable, a "
     "diferencia de los chicles comunes hechos con bases sintéticas de plástico que "
     "quedan pegados en las banquetas. El proyecto renueva el equipo de los campamentos, "
     "levanta un inventario de chicozapotes por ejido con los árboles picados y su tiempo "
     "de descanso, capacita a jóvenes y mujeres en la cosecha y el envasado, y abre una "
     "planta comunitaria de goma base para vender producto terminado en lugar de "
     "marquetas.",
     ("chicle", "chicozapote", "ejidos forestales", "cooperativas", "gomas naturales"),
     ("MX",), "2022-10"),
    # --- Legionnaires' disease ------------------------------------------------------------
    ("bp16", "dataset", "en",
     "Cooling tower registry and Legionella sampling results, New York City, 2016-2023",
     "After the summer 2015 outbreak of Legionnaires' disease in the South Bronx, in "
     "which 138 people fell ill and 16 died, traced to the cooling tower on a hotel roof, "
     "the city required every building with a cooling tower to register it, to follow a "
     "maintenance programme and plan, to have it inspected every quarter, and to test the "
     "recirculating water for Legionella bacteria at least every 90 days. The dataset "
     "lists some 5,000 registered towers with their address, building use, make, capacity "
     "and status (active, removed), and gives each sample's date, laboratory method and "
     "Legionella count, with the disinfection and cleaning carried out whenever the count "
     "passed the action levels. It also flags the towers sampled by the health department "
     "during the investigation of clusters of pneumonia cases. About 4% of routine "
     "samples exceeded 1,000 colony-forming units per millilitre in 2016, falling below "
     "1% by 2023, while cases of Legionnaires' disease still peak in the humid weeks of "
     "late summer.",
     ("Legionnaires' disease", "Legionella", "cooling towers", "environmental health",
      "building water systems"), ("US",), "2024-01"),
    ("bp17", "project", "fr",
     "Tours aéroréfrigérantes et légionellose : un programme d'inspection et de retour "
     "d'expérience dans les Hauts-de-France",
     "L'épidémie de légionellose de l'hiver 2003-2004 autour de Lens, partie de la tour "
     "aéroréfrigérante d'une usine pétrochimique de Harnes, a touché 86 personnes et "
     "causé 18 décès ; les panaches de gouttelettes chargées de Legionella pneumophila "
     "avaient porté à plus de 6 kilomètres. Depuis, les tours aéroréfrigérantes des "
     "industries, des hôpitaux et des grands immeubles relèvent de la réglementation des "
     "installations classées, avec analyses régulières, seuils d'alerte à 1 000 et à 100 "
     "000 unités formant colonies par litre et arrêt immédiat de l'installation au-delà. "
     "Le projet, mené par les inspecteurs des installations classées avec l'agence "
     "régionale de santé, programme des contrôles inopinés dans les sites les plus "
     "exposés, teste la surveillance en continu de la qualité de l'eau, forme les "
     "exploitants et les sous-traitants au nettoyage et à la désinfection, et tient un "
     "fichier des dépassements pour croiser les cas humains signalés et les tours situées "
     "sous le vent. Il aide aussi les industriels à passer à des refroidisseurs secs "
     "lorsque c'est possible.",
     ("légionellose", "tours aéroréfrigérantes", "installations classées",
      "santé environnementale", "inspection"), ("FR",), "2022-09"),
    ("bp18", "need", "es",
     "Necesidad: control de Legionella en el agua de los hoteles de la costa este de "
     "República Dominicana",
     "En los últimos años, la red europea de vigilancia ha notificado varios casos y "
     "algunos brotes de legionelosis (enfermedad del legionario) en turistas que se "
     "alojaron en hoteles de Punta Cana, Bávaro y La Romana. La bacteria Legionella "
     "prolifera en el agua tibia estancada de los depósitos, las tuberías de agua "
     "caliente, las duchas de habitaciones poco usadas, los jacuzzis, las fuentes "
     "decorativas y las torres de refrigeración de los sistemas de aire acondicionado, y "
     "se contagia al respirar gotitas. El Ministerio de Salud Pública y la asociación de "
     "hoteles solicitan apoyo para equipar un laboratorio nacional capaz de cultivar y "
     "tipificar Legionella, capacitar a los jefes de mantenimiento en planes de gestión "
     "del agua (temperaturas, purgas, limpieza y desinfección de depósitos y torres), "
     "redactar un reglamento sanitario sobre instalaciones de riesgo, y establecer un "
     "protocolo para investigar cada caso notificado y comunicar los resultados a los "
     "países de origen de los turistas.",
     ("legionelosis", "Legionella", "hoteles", "torres de refrigeración", "necesidades"),
     ("DO",), "2023-04"),
    # --- conservation easements -----------------------------------------------------------
    ("bp19", "case-study", "en",
     "Conservation easements on Montana's sagebrush ranches: what twenty-five years of "
     "monitoring show",
     "A conservation easement is a voluntary legal agreement by which a landowner sells "
     "or donates the right to subdivide, build on or plough a property, while keeping "
     "ownership and the right to ranch it. The easement is recorded with the deed, binds "
     "all future owners, usually in perpetuity, and is held by a land trust or a public "
     "agency, which must monitor it and enforce it. The case study reviews 180 easements "
     "on cattle ranches of central Montana, many bought with state and federal farm bill "
     "funds to keep sagebrush habitat for greater sage-grouse and pronghorn. Compared "
     "with similar unprotected land, the eased ranches kept their native rangeland, while "
     "nearby parcels were subdivided or broken out for wheat. Annual visits found few "
     "violations, but sales to new owners brought disputes over roads and houses, and the "
     "tax deductions claimed for donated easements drew scrutiny. It closes with advice "
     "on baseline reports, stewardship funds and grazing plans.",
     ("conservation easements", "land trusts", "private land conservation", "rangelands",
      "sage-grouse"), ("US",), "2021-11"),
    ("bp20", "document", "fr",
     "L'obligation réelle environnementale (ORE) : guide pratique pour les propriétaires",
     "Créée par la loi du 8 août 2016 pour la reconquête de la biodiversité (article L. "
     "132-3 du code de l'environnement), l'obligation réelle environnementale permet à un "
     "propriétaire de faire naître, par contrat, des obligations attachées à son terrain, "
     "qui suivront le bien en cas de vente ou de succession, pour y maintenir, conserver, "
     "gérer ou restaurer des éléments de biodiversité ou des fonctions écologiques. Le "
     "cocontractant est une collectivité, un établissement public ou une personne morale "
     "de droit privé agissant pour l'environnement, comme un conservatoire d'espaces "
     "naturels. Le guide détaille le contenu du contrat (obligations de faire et de ne "
     "pas faire, contreparties, durée pouvant aller jusqu'à 99 ans, conditions de "
     "révision et de résiliation), la signature devant notaire et la publicité foncière, "
     "l'accord du fermier en cas de bail rural, l'exonération de taxe foncière que peut "
     "voter la commune, et des exemples : une mare et ses haies, une prairie humide, un "
     "coteau calcaire, des terrains affectés à la compensation écologique.",
     ("obligation réelle environnementale", "droit de l'environnement",
      "propriété foncière", "conservation sur terres privées", "guides"),
     ("FR",), "2022-05"),
    ("bp21", "support-source", "es",
     "Oferta: asesoría jurídica para constituir derechos reales de conservación en "
     "predios privados de Chile",
     "La Ley 20.930 de 2016 creó el derecho real de conservación (DRC): el propietario de "
     "un inmueble lo constituye por escritura pública, inscrita en el Conservador de "
     "Bienes Raíces, a favor de una persona natural o jurídica, que pasa a velar por la "
     "conservación del patrimonio ambiental del predio. El contrato puede prohibir la "
     "tala del bosque nativo, el loteo o la construcción, y obligar a hacer planes de "
     "manejo, y sigue vigente aunque el predio se venda. Una asociación de iniciativas de "
     "conservación en tierras privadas ofrece asesoría gratuita a propietarios, "
     "comunidades y fundaciones que quieran usar la figura: estudio de títulos, línea de "
     "base ecológica, redacción de contratos tipo, planes de monitoreo y un registro de "
     "los DRC ya firmados, en bosques valdivianos, humedales costeros y predios agrícolas "
     "con restos de bosque esclerófilo. También compara el DRC con las servidumbres "
     "ecológicas de Costa Rica y las servidumbres de conservación de los Estados Unidos.",
     ("derecho real de conservación", "conservación privada", "legislación ambiental",
      "asesoría jurídica", "ofertas"), ("CL",), "2023-08"),
    # --- bird-window collisions -----------------------------------------------------------
    ("bp22", "document", "en",
     "Bird-friendly building design: guidelines for glass, lighting and window treatments",
     "Collisions with glass kill an estimated 25 million birds a year in Canada and "
     "several hundred million in the United States, more than any other human-caused "
     "threat except cats. Birds do not see clear glass, and they fly at reflections of "
     "trees and sky, at glass corners and skyways they seem to be able to fly through, "
     "and at lit windows at night, especially during spring and autumn migration. The "
     "guidelines, which apply to new buildings under the city's green standard, ask that "
     "glass in the first 16 metres above grade and beside green roofs carry visual "
     "markers no more than 50 mm apart, such as ceramic frit dots, acid-etched patterns "
     "or exterior screens; they explain why a few raptor silhouette stickers and lightly "
     "tinted glass do not work, how to retrofit existing windows with patterned film, and "
     "how to turn off or shield lights at night. They also describe how volunteers "
     "collect dead and stunned birds under buildings to find the worst facades.",
     ("bird collisions", "bird-friendly glass", "green buildings", "night lighting",
      "urban wildlife"), ("CA",), "2020-06"),
    ("bp23", "dataset", "fr",
     "Collisions d'oiseaux contre les vitrages à Genève : cadavres trouvés au pied des "
     "bâtiments, 2018-2023",
     "Chaque matin des périodes de passage, des bénévoles et des gardes de "
     "l'environnement font le tour de 64 bâtiments et ouvrages genevois : immeubles de "
     "bureaux aux façades entièrement vitrées des nouveaux quartiers, où tournent encore "
     "les grues des chantiers, gares, abribus, passerelles, vérandas et parois antibruit "
     "transparentes le long des routes. Pour chaque oiseau trouvé mort ou assommé, le jeu "
     "de données indique la date, le bâtiment, la façade et son orientation, le type de "
     "vitrage (transparent, réfléchissant, angle vitré, paroi antibruit), la végétation "
     "en face, l'espèce (rouge-gorge, roitelet, merle noir, martinet noir, pic épeiche, "
     "épervier) et l'état de l'oiseau. Les deux tiers des cas concernent les angles "
     "vitrés et les parois antibruit, avec un pic en octobre. Les données servent à "
     "vérifier l'efficacité des marquages posés depuis 2021 (bandes verticales, points "
     "sérigraphiés, verre à motifs) et à appliquer les recommandations pour construire "
     "avec le verre et la lumière en respectant les oiseaux.",
     ("collisions d'oiseaux", "vitrages", "bâtiments", "oiseaux en ville",
      "aménagement urbain"), ("CH",), "2024-03"),
    ("bp24", "project", "es",
     "Ventanas seguras para las aves en los campus universitarios de San José",
     "Los edificios de vidrio de los campus universitarios de San José, rodeados de "
     "jardines, árboles frutales y quebradas arboladas, se han convertido en trampas para "
     "las aves: en un año de recorridos se encontraron más de 300 aves muertas o "
     "aturdidas al pie de ventanales, pasillos acristalados y barandas de vidrio, entre "
     "ellas yigüirros, reinitas, tangaras, momotos y palomas. El proyecto, de la escuela "
     "de biología con las oficinas de infraestructura, marca las superficies más "
     "peligrosas con vinilos de puntos y cordones colgantes por fuera del vidrio, "
     "separados como máximo 5 centímetros, apaga las luces de los edificios por la noche, "
     "y organiza con un centro de rescate la atención de las aves heridas. También "
     "compara la mortalidad antes y después de cada intervención y prepara con el colegio "
     "profesional de arquitectos una norma de diseño de edificios amigables con las aves "
     "para las obras públicas nuevas.",
     ("colisiones de aves", "vidrio", "edificios amigables con las aves", "aves urbanas",
      "campus universitarios"), ("CR",), "2023-07"),
    # --- sky lanterns ---------------------------------------------------------------------
    ("bp25", "case-study", "en",
     "Sky lanterns: fires, livestock and litter, and the road to local release bans in "
     "England and Wales",
     "Sky lanterns, also called Chinese lanterns, are paper balloons on a bamboo or wire "
     "frame, lifted by the hot air of a burning wax fuel cell and released at weddings, "
     "festivals and memorials. They drift for miles and come down still alight or as "
     "litter. The case study brings together fire service, farming and coastguard records "
     "from 2010 to 2022. In July 2013 a lantern set fire to a plastics recycling plant in "
     "Smethwick, in the West Midlands, one of the largest blazes the region had seen. "
     "Farmers reported cattle that died after eating wire frames chopped into silage and "
     "hay, and horses and wildlife tangled in frames, while crews were called out to "
     "lanterns mistaken for distress flares. Over half the councils of Wales and many in "
     "England banned releases from their land and events; the study compares these bans "
     "with voluntary codes and with 'biodegradable' wire-free lanterns, which still start "
     "fires, and sets out the case for a national ban.",
     ("sky lanterns", "fire risk", "livestock", "litter", "local bans"),
     ("GB",), "2023-01"),
    ("bp26", "document", "fr",
     "Interdiction des lâchers de lanternes célestes en Gironde : arrêté préfectoral et "
     "note de présentation",
     "Considérant le risque d'incendie dans le massif forestier des Landes de Gascogne, "
     "première forêt cultivée d'Europe, plantée de pins maritimes, et après les grands "
     "feux de Landiras et de La Teste-de-Buch de l'été 2022, le préfet interdit toute "
     "l'année, sur l'ensemble du département, le lâcher de lanternes célestes, aussi "
     "appelées lanternes thaïlandaises, lanternes volantes ou montgolfières en papier. La "
     "note de présentation rappelle qu'une lanterne, portée par le vent, peut retomber "
     "encore allumée à plusieurs kilomètres, sur une forêt, une toiture ou une meule de "
     "paille, que ses armatures métalliques sont avalées par le bétail avec le fourrage, "
     "blessent la faune et salissent les plages et les cours d'eau, et que leurs lueurs "
     "sont parfois prises pour des fusées de détresse par les secours en mer. Elle "
     "précise les sanctions, l'information des organisateurs de mariages et de fêtes, des "
     "pompes funèbres et des vendeurs, et les alternatives proposées (lumières au sol, "
     "photophores).",
     ("lanternes célestes", "risque d'incendie", "arrêtés préfectoraux", "déchets",
      "forêts"), ("FR",), "2023-05"),
    ("bp27", "event", "es",
     "Foro regional «Diciembre sin globos»: incendios, cortes de luz y fauna en Antioquia",
     "Cada diciembre, sobre todo en la alborada del 1.º y en la noche de las velitas, "
     "miles de globos de papel con mecha de parafina o de trapo empapado en combustible "
     "se elevan en Medellín y los municipios del valle de Aburrá y del oriente "
     "antioqueño. Al caer, aún encendidos, provocan incendios de la cobertura vegetal en "
     "los cerros y en los bosques de los embalses, queman techos y caen sobre las redes "
     "eléctricas, causando cortes de luz; las aves y otros animales se enredan en los "
     "alambres. Elevarlos está prohibido por el Código Nacional de Policía y por decretos "
     "municipales, pero la tradición de los globeros sigue viva. El foro, convocado por "
     "la autoridad ambiental regional con los cuerpos de bomberos, la empresa de energía, "
     "la policía ambiental y asociaciones de globeros, revisa las cifras de la última "
     "temporada, las sanciones y las campañas, y busca alternativas que conserven el "
     "oficio: globos sin fuego, exhibiciones en tierra y festivales con globos amarrados.",
     ("globos de papel", "incendios de la cobertura vegetal", "tradiciones", "fauna",
      "eventos"), ("CO",), "2024-11"),
    # --- chestnut blight ------------------------------------------------------------------
    ("bp28", "document", "en",
     "Growing blight-resistant American chestnuts: a guide for orchard volunteers and "
     "woodland owners",
     "The American chestnut (Castanea dentata) once made up a quarter of the trees of the "
     "Appalachian forests, until chestnut blight, a bark canker caused by the fungus "
     "Cryphonectria parasitica introduced from Asia around 1900, killed some four billion "
     "trees; the roots still send up sprouts that die back before they bear nuts. "
     "Breeders have crossed the American chestnut with the resistant Chinese chestnut "
     "(Castanea mollissima) and back-crossed the hybrids for several generations to "
     "obtain trees that are mostly American but tolerate the blight. The guide, written "
     "for the volunteers who tend the breeding orchards of state chapters and for "
     "woodland owners, explains how to choose a well-drained, sunny site, plant nuts and "
     "seedlings, protect them from deer, voles and weevils, avoid wet soils where ink "
     "disease (Phytophthora cinnamomi) kills them, inoculate test trees with the fungus "
     "and score the cankers, and record growth and survival so that the most resistant "
     "lines can be kept.",
     ("chestnut blight", "American chestnut", "tree breeding", "disease resistance",
      "forest restoration"), ("US",), "2021-04"),
    ("bp29", "project", "fr",
     "Sauver la châtaigneraie cévenole : souches hypovirulentes contre le chancre et "
     "Torymus contre le cynips",
     "Dans les Cévennes et en Ardèche, les châtaigneraies de Castanea sativa, plantées en "
     "terrasses depuis le Moyen Âge, ont subi trois fléaux : la maladie de l'encre "
     "(Phytophthora), le chancre de l'écorce (Cryphonectria parasitica), arrivé dans les "
     "années 1950, et depuis 2010 le cynips du châtaignier (Dryocosmus kuriphilus), "
     "petite guêpe venue de Chine dont les galles ont fait chuter la récolte de plus de "
     "moitié. Le projet, conduit par le syndicat des producteurs de châtaignes, la "
     "chambre d'agriculture, le parc national et l'institut de recherche agronomique, "
     "forme les castanéiculteurs à inoculer dans les chancres des souches hypovirulentes "
     "du champignon, affaiblies par un virus, poursuit les lâchers de Torymus sinensis, "
     "parasitoïde du cynips, rénove les vieux vergers par élagage et greffage de variétés "
     "locales (comballe, pellegrine, bouche rouge) et cartographie les arbres malades. Il "
     "soutient ainsi la châtaigne d'Ardèche AOP et les paysages de terrasses.",
     ("châtaignier", "chancre du châtaignier", "lutte biologique", "vergers traditionnels",
      "cynips"), ("FR",), "2022-03"),
    ("bp30", "dataset", "es",
     "Seguimiento del chancro y de la tinta en los sotos de castaño de El Bierzo, "
     "2015-2023",
     "Inventario repetido de 150 parcelas en los sotos de castaño (Castanea sativa) de El "
     "Bierzo, en León, muchos con árboles centenarios injertados con variedades locales "
     "(parede, injerta, raigona) que dan la castaña de la indicación geográfica "
     "protegida. En cada árbol se anotan el diámetro, la poda, la producción estimada, "
     "los chancros de Cryphonectria parasitica en tronco y ramas, distinguiendo los "
     "activos de los cicatrizados o superficiales, señal de cepas hipovirulentas, los "
     "síntomas de la tinta (Phytophthora cinnamomi) y las agallas de la avispilla del "
     "castaño (Dryocosmus kuriphilus), con las sueltas de su parasitoide. Los datos "
     "muestran el chancro en seis de cada diez árboles, la extensión de la hipovirulencia "
     "natural, que permite a muchos árboles sobrevivir, y la muerte por tinta de sotos "
     "enteros en las laderas bajas y húmedas. Los recogen la Junta de Castilla y León y "
     "el consejo regulador para orientar la replantación con patrones resistentes.",
     ("castaño", "chancro del castaño", "sotos", "sanidad forestal", "tinta del castaño"),
     ("ES",), "2024-02"),
)  # fmt: skip
