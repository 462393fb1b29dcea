"""Clearing-house records of the hundred-and-eighth judged relevance set
(tests/search/relevance/queries108.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: chemicals and food safety
pages on Sudan dyes (the Sudan IV of the red palm oil, the zomi, of Ghana's markets; a Belgian
fiche on the colorants Soudan of spices and huile de palme rouge for importers and épiceries
exotiques; a need for the colorantes Sudán of the ají panca, páprika and achiote sold a granel in
the mercados de abastos of Lima); health pages on caustic soda swallowed by children (safe packs
for the home soap makers of Oyo and Kwara States in Nigeria; a need for the soude caustique sold in
sachets and bouteilles de Primus in Kinshasa; the sosa cáustica of the jabón casero and of the
desatascadores in Spanish homes); waste pages on landfill mining (the biomining of the legacy waste
of Indore's Devguradia trenching ground; the déstockage of the old coastal dump of Dollemard at Le
Havre; a need to mine the old basural a cielo abierto of Neuquén); waste pages on mountaineering
expedition waste (the garbage deposit and human waste bags of Everest and Lhotse; the déchets of
the voie normale of the mont Blanc; the bolsas numeradas of the andinistas of the Aconcagua);
pollution pages on thermal pollution from power plant cooling water (the end of once-through
cooling on the California coast; the rejets thermiques of the Chooz and Tihange nuclear plants in
the Meuse; a need for the contaminación térmica of the Petacalco termoeléctrica); energy pages on
biomethane injected into gas grids (the Danish gas grid; the gaz naturel renouvelable, the GNR, of
the municipal biométhaniseurs of Québec; the biometano of the La Farfana plant for aguas servidas
sent into the gas de ciudad of Santiago); climate mitigation pages on enhanced rock weathering
(basalt field trials in England; a French fiche on the altération forcée des roches; a need for
meteorización mejorada with polvo de basalto on the chacras of the litoral oeste of Uruguay);
biosafety pages on GM safflower (the super high oleic safflower licensed in Australia; a need to
assess the carthame génétiquement modifié before imports reach the wild carthames of Tunisia; a
Mexican laboratory to detect cártamo genéticamente modificado in imported seed); trade and customs
pages on wood packaging under ISPM 15 (heat treatment kilns for the pallet makers of Nairobi and
Mombasa; an offer to audit the NIMF 15 treatment centres that serve the port of Abidjan; a dataset
of the embalajes de madera, pallets and madera de estiba intercepted in Chile); and governance and
capacity pages on environmental police (Italy's Carabinieri against waste crime; a training
workshop for the agents of Morocco's police de l'environnement; a dataset of the actuaciones of
Spain's SEPRONA). English, French and Spanish, 10 records each, every topic written once in each
language (different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records107.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (Sudan, Soudan, Sudán, Sudan I, Sudan IV, Para Red, azo dye,
colorant azoïque, colorante, food dye, rhodamine, metanil, lead chromate, palm oil, huile de palme,
aceite de palma, chilli, piment, pimentón, paprika, páprika, curry, curcuma, ají; caustic, caustic
soda, lye, sodium hydroxide, soude caustique, hydroxyde de sodium, sosa cáustica, soda cáustica,
hidróxido de sodio, drain cleaner, déboucheur, desatascador, destapacaños, corrosive, corrosif,
corrosivo, ingestion, ingesta, oesophagus, œsophage, esófago, soap, savon, jabón; landfill mining,
biomining, legacy waste, excavation, déstockage, ancienne décharge, minería de vertederos, basural,
botadero, dumpsite, fermeture de décharge, cierre de botaderos; expedition, mountaineering,
alpinisme, alpiniste, andinismo, andinista, montañismo, Everest, Sagarmatha, Khumbu, Himalaya,
Aconcagua, mont Blanc, Goûter, Huascarán, Kilimanjaro, summit, sommet, cumbre, base camp, trekking,
randonnée, human waste, déjections, excréments, heces, refuge; thermal pollution, pollution
thermique, contaminación térmica, rejets thermiques, thermal discharge, descarga térmica, cooling
water, once-through, refroidissement, enfriamiento, warm water, eau chaude, agua caliente, power
plant, centrale, termoeléctrica, nuclear, nucléaire; biomethane, biométhane, biometano, renewable
natural gas, gaz naturel renouvelable, gas renovable, green gas, upgrading, épuration du biogaz,
gas grid, réseau de gaz, red de gas, injection, GNV, biogas, biogaz, biogás, méthanisation,
biométhanisation; enhanced weathering, rock weathering, altération forcée, météorisation,
meteorización, rock dust, poudre de roche, polvo de roca, basalt, basalte, basalto, olivine,
wollastonite, carbon dioxide removal, élimination du dioxyde de carbone, remoción de carbono,
negative emissions, émissions négatives, geoengineering, géo-ingénierie; safflower, carthame,
cártamo, Carthamus, oleic, oléique, oleico, insulin, insuline; ISPM, NIMF, NIMP, wood packaging,
emballage en bois, embalaje de madera, pallet, palette, tarima, estiba, dunnage, bois de calage,
crate, heat treatment, traitement thermique, tratamiento térmico; environmental police, police de
l'environnement, policía ambiental, SEPRONA, Guardia Civil, Carabinieri, gendarmerie, brigade,
eco-guard, environmental crime, délits environnementaux, delitos ambientales, prosecutor,
fiscalía). Screened and dropped as covered: red mud (bl22, bl23), phosphogypsum (bd16-bd18),
plastic pellets (j01-j03), tattoo inks (bo28-bo30), disposable vapes (bk04-bk06), chlordecone
(q22-q24), cyanide in gold mining (t07-t09), mercury skin-lightening creams (p01, p02), dental
amalgam (n01), mosquito coils (bc19-bc21), lead shot (u25-u27), mattresses (s28-s30), microbeads
(ba16-ba18), sunscreens and reefs (o25, o26), triclosan (bp10, bp11), short-chain chlorinated
paraffins (v07-v09), ammonia leaks at cold stores (o07-o09), sewage sludge (bf16-bf18),
agrivoltaics (bu19-bu21), SF6 in switchgear (bu07-bu09), road salt (bm28-bm30), acid mine drainage
(j04-j06), artificial snow (by29), calcium carbide ripening (bo25-bo27), aluminium cookware
(bl28-bl30), coffee pulping wastewater (bm25-bm27), slaughterhouse waste (bi07-bi09), denim washing
(bh07-bh09), old chemicals in school laboratories (j28-j30), asbestos roofing (q13-q15), paraquat
(p09), aluminium phosphide (bd10-bd12), chemical weapons (w04-w06), button cells (bn22, bn23),
end-of-life vehicles (bc22, bc23), lead chromate in turmeric (z07-z09), end-of-life lithium-ion
batteries of electric vehicles (t26, t27), battery swapping (cd13), GM mosquitoes (w07-w09), GM
carnations (bf19-bf21), GM mustard (be19-be21), GM salmon eggs (t38), GloFish (bh13-bh15), ecocide
(bx16-bx18), rights of nature (bo16-bo18) and the closure of dumpsites (q16-q18), besides the
topics of sets 42 to 107 and those their docstrings list as covered, and the biodiversity,
ecosystem, agriculture and water topics left to set 109. Screened with no or passing hits but not
chosen: space debris (no hit), corruption in environmental permitting (no hit), green tobacco
sickness (no hit, too near tobacco growing), carpet recycling (no hit but the carpet vipers of bn28
and the artificial turf of ch16), disposable cups (named only by the festival glitter page ct28 and
the straw ban page dj10), the disposal of animal carcasses (named only by the GM pig page cl04),
microalgae biofuels (passing), ceiling fans (named by the star label dataset dd19), laundry
detergent pods (no hit), island power grids (the réseau insulaire of dl14) and nuclear power (named
by the tritium and radioactive waste pages). records109.py (ids ek..), written at the same time by
another engineer on biodiversity, ecosystem, agriculture and water topics, is not part of this
set's pool.

The nearest earlier records are judged 1: the case study of the 2023 fire at the Brahmapuram
dumpsite of Kochi (db07), which examines the delayed contract for biomining its legacy waste, to
the landfill mining queries that neither exclude India nor name another country; the dataset of the
Bouillante geothermal plant in Guadeloupe (dp05), whose geothermal water was long discharged hot
into the bay and which records the temperature of the sea, to the thermal pollution queries except
those restricted to Mexico, to nuclear plants or to case studies; the liquefied natural gas trucks
of Québec (dz11), which also follow the arrival of gaz naturel renouvelable from biométhanisation
plants, to the biomethane queries except the one that asks for case studies; the ProdiGene case
study (cl07), which names safflower among the non-food hosts later chosen for plant-made
pharmaceuticals (records58.py judged it 1 to molecular farming in tobacco for the same reason), to
the GM safflower queries that do not exclude the United States; the fiche on quarantine and
pre-shipment treatments (v32), which covers the fumigation and heat treatment of pallets, to the
wood packaging, ISPM 15 and pallet heat treatment queries that name no country and no record type;
the pine wilt manual that covers the wood packaging rules (bt28), the nematode survey that checks
imported emballages en bois (bt29) and the fumigated container guide that recalls NIMF 15 (cn23),
to the wood packaging and ISPM 15 queries that name no country and no record type (not to the
pallet heat treatment query); and the offer of the canine unit of Peru's policía ambiental (bb27),
the dataset of the SEPRONA's inspections of herbalists (bi03), the case study of ten years of
operativos with the policía ambiental of Sucre (bw03), the project that supports the policía
ambiental seizing pernambuco wood (bd09) and the review of Morocco's environmental performance that
follows its recommendation on the police de l'environnement (bw23), to the environmental police
queries (bi03 alone to the one on Spain, bw23 alone to the one on Morocco). All the other hits are
passing or about other things: the hair dye (paraphenylenediamine) poisoning guidance of Sudan
(bi22), the country Sudan, Soudan or Sudán named by other pages, the rhodamine B and metanil yellow
tests of eh16, the lead chromate of the turmeric pages (z07-z09), the titanium dioxide of dl24 and
the palm oil pages (y01-y03, dj13-dj15); the soda cáustica named among the corrosives whose sale
cp18 wants controlled against acid attacks, the soude caustique named among the products sold
online (eb14), the drain cleaner of the tactile warning guidance (dv25), the boric acid poisonings
of children (eh18), the naphthalene balls of bp07, the soude of the dye baths of Kayes (ec29) and
of the hair relaxers of Abidjan (cl02) and the golden chemistry page that names caustic soda as a
product of barium chloride; the closed and rehabilitated dumpsites (q16-q18), the waste
characterisation of Mbeubeuss (dv23) and the landfill gas pages (dp26, dp27); the bothies and
refuges (di25-di27), the Roraima trekkers who carry down their human waste (cc05), the ultra-trail
of La Réunion (ck23) and the Himalayan assessment (m22), none of them on expeditions; the
cold-water refuges (dc22-dc24), the cooling of data centres and of downtown Toronto (cn05, cp07),
the dry cooling of Noor (dl17), the tritium pages (dj07-dj09), the OTEC discharge (df01) and the
geothermal brine reinjected at Olkaria and in El Salvador (dp04, dp06); the coal mine gas injected
into the gas network (ch11), the collective biométhanisation studied for whey (eh05) and the biogas
of slaughterhouses, distilleries and palm oil mills (bi07, bj10, dj13); the geoengineering pages
(cr16-cr18, of which cr17 names ocean alkalinisation), the biochar pages (y04-y06) and the basalt
plateau of bu05; the fumigated containers of Valencia (cn24), the methyl bromide pages on soils
(v31, v33) and the crates of bo25 and bs25; and the policía ambiental named as a partner, as the
source of seized animals or as a participant (ee12, bn12, bp27), the Seprona named as an address
for whistleblowers (dh27), the police officers trained on drug precursors (cn26), the customs and
police of Operation Silver Axe (cb16) and the prosecutors, judges and ecocide pages (m18, r13,
bx16-bx18).

Traps: the waxes and shoe polish of ej01; the piment, paprika, curry and curcuma of ej02 (0 to
chili peppers and to lead in turmeric); the ají and páprika of ej03 (0 to chili peppers); the
tie-dye of ej04; the savon de ménage, the bouteilles de Primus and the centre antipoison of ej05 (0
to poison centres); the aceite usado of the jabón casero and the lejía of ej06 (0 to used cooking
oil); the refuse-derived fuel sent to cement kilns and the city forest of ej07 (0 to
co-processing); the pneus, the amiante-ciment and the érosion côtière of ej08 (0 to asbestos); the
neumáticos, the residuos de la actividad petrolera, the fires and the recuperadores urbanos of ej09
(0 to fracking, landfill fires and waste pickers); the trekking lodges, batteries and incinerator
of ej10 (0 to mountain huts); the refuge du Goûter and its reservations and the glaciers of ej11 (0
to mountain huts); the mulas, arrieros and guardaparques of ej12; the Diablo Canyon nuclear plant,
the kelp forests, the marine protected areas and the desalination intakes of ej13 (0 to nuclear
power and desalination); the réacteurs, the rejets radioactifs and the canicules of ej14 (0 to
tritium and heat waves); the carbón and its cenizas, the coral and the langostas of ej15 (0 to coal
ash); the manure, straw and food waste, the methane slip and the carbon dioxide sold to industry of
ej16 (0 to food waste, methane leaks and carbon capture); the lieux d'enfouissement, the siloxanes
and the bac brun of ej17 (0 to landfill gas and siloxanes); the lodos, rellenos sanitarios and
planteles de cerdos of ej18 (0 to sewage sludge and landfill gas); the nickel and chromium, the
nitrous oxide and the credits of ej19; the géo-ingénierie named for the decisions of the Convention
on Biological Diversity and the crédits carbone of ej20 (0 to geoengineering); the soja, maíz and
arroz and the mercados de remoción de carbono of ej21; the birdseed and saffron thistle of ej22;
the faux safran, the oiseaux de cage, the colza, the moutarde and the Protocole de Cartagena of
ej23 (0 to saffron, feral GM oilseed rape and GM mustard); the puntos de entrada of Nogales and
Manzanillo and the alimento para pájaros of ej24 (0 to customs laboratories); the tea, cut flowers
and avocados and the methyl bromide of ej25 (0 to avocados and methyl bromide); the cacao, café,
anacarde and caoutchouc and the bromure de méthyle of ej26 (0 to natural rubber and methyl
bromide); the termitas and nematodos of ej27 (0 to pine wilt); the 'land of fires' where waste is
buried and burned, the second-hand goods, drones and wiretaps of ej28 (0 to open burning); the
unité textile, the conserverie de poisson and the dépôts sauvages de déchets of ej29 (0 to illegal
dumping); and the venenos en el campo, residuos electrónicos, contaminación acústica and incendios
forestales of ej30 (0 to poisoned baits, e-waste, noise and forest fires). For the country and
exclusion queries: ej01 names only Ghana; ej02 Belgium (and West Africa and the European Union);
ej03 Peru (and Europe); ej04 only Nigeria; ej05 only the Democratic Republic of the Congo; ej06
only Spain; ej07 only India; ej08 only France; ej09 only Argentina; ej10 only Nepal; ej11 France
(and the Himalaya as a comparison); ej12 only Argentina; ej13 only the United States; ej14 France
and Belgium; ej15 only Mexico; ej16 only Denmark; ej17 only Canada (Québec); ej18 only Chile; ej19
only the United Kingdom (England); ej20 only France; ej21 only Uruguay; ej22 only Australia; ej23
Tunisia (and Australia as the grower); ej24 Mexico (and Australia and the United States); ej25
Kenya (and Europe and the Middle East); ej26 Côte d'Ivoire (and Europe and Asia); ej27 only Chile;
ej28 only Italy; ej29 only Morocco (and a European cooperation); ej30 only Spain.

Ids (ej01..ej30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
eh01..eh30, ei01..ei30), and no earlier id starts with "ej".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- Sudan dyes in food ----------------------------------------------------------------------
    ("ej01", "dataset", "en",
     "Sudan IV in red palm oil: market surveillance results from Ghana, 2016-2024",
     "Red palm oil, called zomi when it is boiled down with spices in the Volta region, is sold "
     "in open bowls and reused bottles in almost every Ghanaian market. Since tests in 2016 found "
     "Sudan IV, an industrial azo dye for waxes, solvents and shoe polish, in oil from several "
     "markets, the national food and drugs authority has sampled palm oil across the country. "
     "This dataset holds the result of each sample: region, market, type of seller, colour "
     "reading, laboratory method (thin-layer screening confirmed by liquid chromatography) and "
     "the concentrations of Sudan I to IV and Para Red found. Sudan dyes are not permitted in any "
     "food because they are genotoxic and some are classed as possible human carcinogens; they "
     "are added to make pale or old oil look a deep red and fetch a better price. The notes "
     "record the seizures and destruction of adulterated oil, the trainings for processors in the "
     "Eastern and Central regions and the fall in positive samples after 2019.",
     ("Sudan dyes", "food adulteration", "red palm oil", "food safety", "azo dyes"),
     ("GH",), "2024-10"),
    ("ej02", "document", "fr",
     "Colorants Soudan dans les épices et l'huile de palme : fiche pour les importateurs et les "
     "épiceries",
     "Les colorants Soudan I à IV sont des colorants azoïques de synthèse destinés aux cires, aux "
     "cirages, aux huiles de moteur et aux solvants. Interdits dans les denrées alimentaires "
     "parce qu'ils sont génotoxiques, ils sont pourtant retrouvés dans le piment en poudre, le "
     "paprika, le curry, le curcuma et l'huile de palme rouge, dont ils ravivent la couleur. "
     "Depuis 2003, quand du Soudan I a été découvert dans du piment en poudre et dans des "
     "centaines de plats préparés, ces épices doivent être contrôlées à l'importation dans "
     "l'Union européenne. Cette fiche de l'agence fédérale pour la sécurité de la chaîne "
     "alimentaire rappelle aux importateurs, aux grossistes et aux épiceries exotiques de "
     "Bruxelles et d'Anvers leurs obligations : certificats d'analyse, traçabilité des lots, "
     "autocontrôle et notification immédiate d'un résultat positif. Elle explique comment repérer "
     "une huile de palme suspecte (rouge trop vif, tache tenace sur le papier), ce que deviennent "
     "les lots saisis, et cite le Soudan IV trouvé en 2023 dans une huile rouge importée "
     "d'Afrique de l'Ouest.",
     ("colorants Soudan", "épices", "huile de palme", "sécurité sanitaire des aliments",
      "contrôles à l'importation"),
     ("BE",), "2023-11"),
    ("ej03", "need", "es",
     "Necesidad: laboratorio para detectar colorantes Sudán en el ají molido, la páprika y el "
     "achiote de los mercados de Lima",
     "El ají panca y el ají amarillo molidos, la páprika en polvo y el achiote que se venden a "
     "granel en los mercados mayoristas y de abastos de Lima llegan en costales desde Arequipa, "
     "Ica y la selva, y a veces se les agrega colorante para que luzcan más rojos. Los colorantes "
     "Sudán, tintes industriales prohibidos en alimentos por su riesgo cancerígeno, ya motivaron "
     "rechazos de páprika y de ají en Europa, que exige un certificado de análisis para cada "
     "lote. La autoridad sanitaria de alimentos y una universidad nacional solicitan apoyo para "
     "equipar un laboratorio con cromatografía líquida que mida los colorantes Sudán I a IV y el "
     "rojo para, validar pruebas rápidas para los inspectores municipales, capacitar a "
     "productores y acopiadores de Arequipa y de la Irrigación Majes y hacer un muestreo en los "
     "mercados de Lima y Callao. Piden además una campaña para que las amas de casa y los "
     "cocineros de menú reconozcan los condimentos adulterados.",
     ("colorantes Sudán", "adulteración de alimentos", "ají", "páprika", "inocuidad alimentaria"),
     ("PE",), "2024-07"),
    # --- caustic soda ingestion by children ------------------------------------------------------
    ("ej04", "project", "en",
     "Keeping caustic soda away from children: safe packs and burn care for home soap makers in "
     "Oyo and Kwara States",
     "In south-western Nigeria caustic soda, the sodium hydroxide flakes that soap makers and "
     "dyers simply call caustic, is sold by the cup in markets and repacked in nylon bags or "
     "empty soft-drink bottles. Children who drink it by mistake for water or a soft drink suffer "
     "burns of the mouth and oesophagus; many survivors need repeated dilatations or surgery for "
     "strictures that leave them unable to swallow. After paediatric surgeons in Ibadan and "
     "Ilorin counted more than a hundred such children in five years, this project, run by the "
     "state ministries of health with the soap makers' and tie-dye associations, sells caustic "
     "soda only in labelled, child-resistant tubs, trains market traders never to decant it into "
     "drink bottles, and teaches mothers and soap makers to store it high and locked. It also "
     "equips two hospitals for endoscopy and dilatation and trains nurses and community health "
     "workers in first aid: no vomiting, no neutralising, rinse the mouth and go to hospital.",
     ("caustic soda", "caustic ingestion", "child poisoning", "household chemicals",
      "oesophageal burns"),
     ("NG",), "2024-03"),
    ("ej05", "need", "fr",
     "Besoin : prévenir les ingestions de soude caustique chez les enfants de Kinshasa",
     "À Kinshasa, la soude caustique sert à fabriquer le savon de ménage dans les parcelles et à "
     "déboucher les toilettes ; elle se vend en vrac au marché de la Liberté et dans les petites "
     "boutiques, versée dans des sachets, des flacons de sirop ou des bouteilles de Primus sans "
     "aucune étiquette. Les services de pédiatrie et de chirurgie des cliniques universitaires "
     "reçoivent chaque mois des enfants de un à cinq ans qui en ont bu : brûlures de la bouche et "
     "de l'œsophage, sténoses qui imposent des dilatations répétées, parfois une gastrostomie ou "
     "une chirurgie de l'œsophage à l'étranger. Le ministère de la Santé, avec un centre "
     "antipoison en création et une association de mamans savonnières, demande un appui pour "
     "recenser les cas dans les hôpitaux de la ville, imposer la vente en pots fermés et "
     "étiquetés en lingala et en français, former les vendeurs et les relais communautaires, et "
     "équiper un service d'endoscopie pédiatrique. Il demande aussi des affiches pour les marchés "
     "et les écoles.",
     ("soude caustique", "ingestion de caustiques", "intoxications de l'enfant",
      "produits ménagers", "sténose de l'œsophage"),
     ("CD",), "2023-09"),
    ("ej06", "case-study", "es",
     "Sosa cáustica en casa: quemaduras de esófago en niños por el jabón casero y los "
     "desatascadores",
     "En muchos pueblos de España se sigue haciendo jabón casero con el aceite usado de la cocina "
     "y sosa cáustica comprada en la droguería, y los desatascadores de tuberías, que también "
     "contienen hidróxido de sodio, están en casi todas las casas. Este estudio de caso, de la "
     "unidad de gastroenterología infantil de un hospital de Andalucía con el servicio de "
     "información toxicológica, revisa quince años de ingestas de cáusticos en menores de catorce "
     "años: la mayoría entre uno y tres años, casi siempre por sosa trasvasada a botellas de agua "
     "o de refresco o por envases abiertos bajo el fregadero. Describe las endoscopias, las "
     "estenosis que necesitaron dilataciones y los dos niños que requirieron una sustitución del "
     "esófago, y compara con la lejía, que suele causar lesiones leves. Recomienda cierres de "
     "seguridad, no trasvasar nunca, guardar en alto, y campañas en los centros de salud y en los "
     "talleres de jabón de las asociaciones de mujeres rurales.",
     ("sosa cáustica", "ingesta de cáusticos", "intoxicaciones infantiles",
      "productos de limpieza", "quemaduras de esófago"),
     ("ES",), "2024-05"),
    # --- landfill mining -------------------------------------------------------------------------
    ("ej07", "case-study", "en",
     "Clearing the Devguradia trenching ground: how Indore biomined its legacy waste",
     "For decades Indore, in Madhya Pradesh, dumped its unsorted garbage at the Devguradia "
     "trenching ground on the edge of the city, until more than a million tonnes of legacy waste "
     "stood in mounds up to fifteen metres high, smouldering in summer and leaching into the "
     "groundwater. Between 2017 and 2019 the municipal corporation cleared the site by biomining, "
     "the Indian name for landfill mining: the old waste was turned and sprayed with microbial "
     "cultures to stabilise it, then dug out and sieved in trommels into soil-like fines used as "
     "cover and filling, combustible refuse-derived fuel sent to cement kilns, and stones, metals "
     "and plastics sold or recycled. About a hundred acres of land were recovered and partly "
     "planted as a city forest. This case study, prepared with the state urban development "
     "department, sets out the cost per tonne, the contract model, the testing of fines for heavy "
     "metals and the safety of workers, and compares the programme with biomining at Ghazipur, "
     "Deonar and other dumpsites.",
     ("landfill mining", "biomining", "legacy waste", "dumpsites", "land reclamation"),
     ("IN",), "2022-09"),
    ("ej08", "project", "fr",
     "Dollemard : excaver une ancienne décharge littorale avant que la falaise ne la livre à la "
     "mer",
     "Au nord du Havre, sur le plateau de Dollemard, une décharge sauvage a reçu pendant des "
     "décennies gravats, ferrailles, pneus, plastiques et déchets industriels, au bord d'une "
     "falaise de craie qui recule à chaque tempête. Des pans entiers de déchets tombent sur la "
     "plage, où les promeneurs trouvent des bidons et des fragments d'amiante-ciment. Ce projet "
     "de la communauté urbaine, avec l'agence de la transition écologique et le conservatoire du "
     "littoral, déstocke les déchets enfouis plutôt que de les recouvrir, ce que les Anglo-Saxons "
     "appellent landfill mining : sondages et caractérisation, terrassement par casiers, tri sur "
     "place entre terres, inertes, métaux, déchets non dangereux et déchets dangereux, envoi de "
     "chaque fraction vers sa filière, et contrôle de l'air et des eaux de ruissellement pendant "
     "le chantier. Une fois le site vidé, le plateau sera rendu à la prairie et le sentier du "
     "littoral rouvert. Le projet sert de référence pour d'autres anciennes décharges littorales "
     "menacées par l'érosion, sur la Manche comme sur l'Atlantique.",
     ("déstockage de déchets", "anciennes décharges", "décharges littorales", "érosion côtière",
      "réhabilitation de sites"),
     ("FR",), "2024-02"),
    ("ej09", "need", "es",
     "Necesidad: minería del antiguo basural a cielo abierto de Neuquén para recuperar el predio "
     "y los materiales",
     "Durante más de treinta años la ciudad de Neuquén arrojó sus residuos en un basural a cielo "
     "abierto sobre las bardas, al norte del ejido, donde se acumularon millones de metros "
     "cúbicos de basura mezclada con escombros, neumáticos y residuos de la actividad petrolera. "
     "Desde que la basura nueva va a un complejo ambiental con planta de separación y relleno "
     "sanitario, el viejo basural quedó cerrado pero sin sanear: se prende fuego en verano, el "
     "viento levanta bolsas sobre los barrios y los recuperadores informales siguen cirujeando en "
     "las laderas. La municipalidad solicita apoyo para estudiar la factibilidad de minar el "
     "basural: perforaciones y análisis de la basura enterrada, ensayos de zarandeo para separar "
     "tierra, áridos, metales y plásticos, estimación del volumen y del costo, y destino de los "
     "materiales recuperados. Pide también un plan de trabajo seguro para los operarios, la "
     "inclusión de los recuperadores urbanos y la comparación con la opción de solo cubrir y "
     "forestar el predio.",
     ("minería de basurales", "basurales a cielo abierto", "saneamiento de basurales",
      "recuperadores urbanos", "residuos sólidos urbanos"),
     ("AR",), "2024-04"),
    # --- mountaineering expedition waste ---------------------------------------------------------
    ("ej10", "dataset", "en",
     "Garbage and human waste brought down from Everest and Lhotse under the expedition deposit "
     "scheme, 2014-2024",
     "Since 2014 every expedition to Everest and the other high peaks of the Khumbu has paid a "
     "refundable garbage deposit of 4,000 US dollars and must bring back at least eight kilograms "
     "of waste per climber; since the 2024 season climbers must also carry biodegradable bags for "
     "their own faeces above base camp, where nothing decomposes in the cold. This dataset, "
     "compiled by the local pollution control committee in Namche Bazaar with the Sagarmatha "
     "National Park office, lists for each season the expeditions and climbers, the waste "
     "declared and weighed at the checkpoints (food packaging, oxygen cylinders, gas canisters, "
     "tents, ropes, batteries and human waste), the deposits refunded or forfeited and the tonnes "
     "carried down by porters and yaks or flown out by helicopter. It also records the army "
     "clean-up campaigns of 2019 to 2024, which removed old camps and several bodies from the "
     "high camps, and the village incinerator and recycling centre. Waste from the trekking "
     "lodges along the valley is kept in a separate table.",
     ("expedition waste", "mountaineering", "Mount Everest", "human waste",
      "Sagarmatha National Park"),
     ("NP",), "2024-11"),
    ("ej11", "case-study", "fr",
     "Les déchets de la voie normale du mont Blanc : ce qu'ont changé le ramassage, l'arrêté de "
     "protection et les toilettes d'altitude",
     "Chaque été, des milliers d'alpinistes tentent le mont Blanc par la voie normale du Goûter, "
     "et pendant des décennies la montagne a gardé leurs traces : emballages, cartouches de gaz, "
     "cordes et tentes abandonnées au bivouac du dôme du Goûter, et excréments qui, dans la neige "
     "et le froid, ne se décomposent pas et finissent dans les glaciers. Cette étude de cas, "
     "réalisée par la commune de Saint-Gervais avec la compagnie des guides, revient sur les "
     "opérations de ramassage par hélicoptère, l'arrêté préfectoral de 2020 qui a interdit le "
     "bivouac hors des aires prévues et rendu obligatoire la réservation en refuge, et les "
     "toilettes d'altitude dont les fûts sont redescendus par hélicoptère. Elle mesure les tonnes "
     "de déchets retirées et la part des cordées qui redescendent leurs déchets, et compare avec "
     "les règles imposées aux expéditions himalayennes : caution, sacs à déjections et pesée des "
     "déchets au retour.",
     ("déchets d'expédition", "alpinisme", "mont Blanc", "déjections humaines", "haute montagne"),
     ("FR",), "2023-10"),
    ("ej12", "project", "es",
     "Aconcagua sin basura: bolsas numeradas, baños en los campamentos y bajada de los residuos "
     "humanos",
     "Cada temporada, de noviembre a marzo, unos cuatro mil andinistas de todo el mundo intentan "
     "llegar a la cumbre del Aconcagua, a 6.962 metros, en el parque provincial de Mendoza, "
     "acompañados por guías, porteadores y arrieros con sus mulas. Desde los años noventa el "
     "parque entrega a cada expedición bolsas numeradas que deben volver llenas a Plaza de Mulas "
     "o a Plaza Argentina, bajo pena de multa. Este proyecto amplía el programa: baños con "
     "tambores en los campamentos de altura de Nido de Cóndores y Cólera, bolsas para residuos "
     "humanos que los andinistas bajan desde los campamentos altos, helicóptero para retirar los "
     "tambores, compactación y reciclaje de latas y plásticos en Mendoza, y limpieza de basura "
     "vieja en la ruta de los Polacos. Los guardaparques registran por expedición los kilos "
     "entregados, y el proyecto capacita a los prestadores de servicios y a los porteadores en el "
     "manejo de residuos.",
     ("residuos de expediciones", "andinismo", "Aconcagua", "residuos humanos",
      "áreas protegidas"),
     ("AR",), "2024-01"),
    # --- thermal pollution from power plant cooling water ----------------------------------------
    ("ej13", "case-study", "en",
     "Ending once-through cooling on the California coast: what the 2010 policy did to power "
     "plants and sea life",
     "For decades nineteen coastal power plants in California drew about 15 billion gallons of "
     "seawater a day through their condensers and sent it back several degrees warmer, a practice "
     "called once-through cooling. The intakes killed billions of fish eggs and larvae, and the "
     "warm plumes changed kelp forests and intertidal communities near the outfalls; at the "
     "Diablo Canyon nuclear plant the discharge cove runs about ten degrees Celsius above the "
     "open sea. In 2010 the state water board adopted a policy requiring plants to cut their "
     "intake flows by more than 90 percent, which most owners met by retiring old gas-fired units "
     "or rebuilding them with air cooling. This case study follows each plant's compliance to "
     "2024, the mitigation fees paid to marine protected areas, the monitoring of thermal plumes "
     "and fish after shutdowns, and the grid reliability concerns that kept some units running "
     "longer. It draws lessons on thermal pollution for coastal power plants elsewhere and for "
     "desalination intakes.",
     ("thermal pollution", "once-through cooling", "power plants", "cooling water", "marine life"),
     ("US",), "2024-06"),
    ("ej14", "dataset", "fr",
     "Rejets thermiques des centrales nucléaires dans la Meuse : température de l'eau en amont et "
     "en aval de Chooz et de Tihange, 2003-2024",
     "La centrale nucléaire de Chooz, dans les Ardennes françaises, et celle de Tihange, près de "
     "Huy en Wallonie, prélèvent l'eau de la Meuse pour refroidir leurs réacteurs et en rejettent "
     "une partie réchauffée, directement ou après passage dans des tours de refroidissement. Ce "
     "jeu de données, réuni par la commission internationale de la Meuse à partir des stations de "
     "mesure des exploitants et des administrations française et belge, donne la température de "
     "l'eau heure par heure en amont et en aval des deux sites, les débits, l'échauffement "
     "calculé, l'oxygène dissous et les dépassements des limites fixées par les autorisations de "
     "rejet. Il signale les étés de 2003, 2018, 2020 et 2022, où l'étiage et les canicules ont "
     "obligé à réduire la puissance ou à obtenir des dérogations, ainsi que les mortalités de "
     "poissons observées. Les rejets radioactifs et chimiques des centrales sont publiés "
     "ailleurs.",
     ("rejets thermiques", "pollution thermique", "centrales nucléaires", "température de l'eau",
      "Meuse"),
     ("FR", "BE"), "2024-12"),
    ("ej15", "need", "es",
     "Necesidad: medir la contaminación térmica de la termoeléctrica de Petacalco en la costa de "
     "Guerrero y Michoacán",
     "La central termoeléctrica de Petacalco, junto a la desembocadura del río Balsas y al puerto "
     "de Lázaro Cárdenas, quema carbón importado y toma agua de mar para enfriar sus "
     "condensadores; el agua regresa al mar varios grados más caliente por un canal de descarga. "
     "Los pescadores ribereños de La Unión y de la cooperativa de Petacalco dicen que la pluma de "
     "agua caliente aleja a los pargos y a los robalos, que en los meses de calor aparecen peces "
     "muertos cerca del canal y que el coral y las langostas de las rocas vecinas desaparecieron. "
     "Una universidad pública, con las cooperativas y el municipio, solicita apoyo para medir con "
     "sensores y vuelos con cámara térmica la extensión de la pluma en distintas temporadas, "
     "contar los huevos y larvas de peces arrastrados por la toma de agua, comparar con sitios de "
     "referencia y revisar las condiciones de descarga de la autorización ambiental. Pide también "
     "formar a pescadores como monitores. Las cenizas de carbón se tratan en otra solicitud.",
     ("contaminación térmica", "agua de enfriamiento", "centrales termoeléctricas",
      "pesca ribereña", "descargas al mar"),
     ("MX",), "2023-06"),
    # --- biomethane injected into gas grids ------------------------------------------------------
    ("ej16", "dataset", "en",
     "Biomethane in the Danish gas grid: upgrading plants, injection volumes and methane slip, "
     "2011-2024",
     "Denmark injects more biomethane into its gas grid, relative to its consumption, than almost "
     "any other country: by 2024 upgraded biogas covered around 40 percent of the gas used in the "
     "country, up from almost nothing in 2013. This dataset, compiled by the Danish energy agency "
     "from the grid operators' metering and the subsidy register, lists every upgrading plant "
     "with its location, feedstocks (manure, straw, food industry residues and household food "
     "waste), digester capacity, upgrading technology (water scrubbing, amine scrubbing, "
     "membranes, pressure swing adsorption), the biomethane injected each year into the "
     "distribution or transmission grid and the guarantees of origin issued. It also holds the "
     "methane slip measured at plants in the voluntary leak detection programme since 2016, since "
     "methane lost from digesters and upgraders can cancel much of the climate benefit, and the "
     "carbon dioxide captured at upgrading that some plants sell to industry. Biogas burned "
     "directly in engines and boilers is kept in a separate table.",
     ("biomethane", "biogas upgrading", "gas grid injection", "renewable gas",
      "methane emissions"),
     ("DK",), "2025-02"),
    ("ej17", "document", "fr",
     "Gaz naturel renouvelable : guide pour les municipalités qui veulent injecter leur "
     "biométhane dans le réseau gazier",
     "Au Québec, le gaz naturel renouvelable (GNR), c'est-à-dire le biométhane obtenu en épurant "
     "le biogaz des biométhaniseurs, des lieux d'enfouissement et des stations d'épuration, doit "
     "représenter une part croissante du gaz distribué : au moins 5 % en 2025 et 10 % en 2030 "
     "selon le règlement. Ce guide, préparé par le ministère responsable de l'énergie avec le "
     "distributeur gazier et la fédération des municipalités, accompagne les villes et les MRC "
     "qui ont construit un biométhaniseur pour les matières organiques du bac brun : choix d'une "
     "technologie d'épuration, qualité exigée pour le gaz injecté (méthane, soufre, siloxanes, "
     "odorisation), raccordement et poste d'injection, contrats d'achat à long terme et "
     "comptabilisation des réductions de gaz à effet de serre. Il donne l'exemple de "
     "Saint-Hyacinthe, qui injecte son GNR dans le réseau depuis 2018, et rappelle la détection "
     "des fuites de méthane et la gestion du digestat.",
     ("gaz naturel renouvelable", "biométhane", "injection dans le réseau", "biométhanisation",
      "municipalités"),
     ("CA",), "2023-04"),
    ("ej18", "case-study", "es",
     "Del lodo de La Farfana al gas de ciudad: quince años de biometano en Santiago",
     "La planta de tratamiento de aguas servidas La Farfana, en Maipú, trata más de la mitad de "
     "las aguas residuales de Santiago y digiere sus lodos en grandes digestores anaeróbicos. "
     "Desde 2008, en vez de quemar el biogás en antorcha, la sanitaria lo limpia y lo envía por "
     "un gasoducto a la planta de la distribuidora de gas, que lo mezcla en el gas de ciudad que "
     "llega a miles de hogares de Santiago; con los años el proceso mejoró hasta obtener "
     "biometano con la calidad del gas natural. Este estudio de caso, preparado con la "
     "superintendencia de combustibles, revisa los volúmenes entregados, la purificación "
     "(remoción de ácido sulfhídrico, siloxanos, agua y dióxido de carbono), los contratos entre "
     "la sanitaria y la distribuidora, las emisiones evitadas y las normas chilenas, que recién "
     "empiezan a regular la inyección de biometano en las redes. Compara con los proyectos de "
     "biometano de rellenos sanitarios y de planteles de cerdos que esperan una norma de calidad "
     "y acceso a la red.",
     ("biometano", "biogás", "lodos de depuración", "gas de ciudad", "aguas servidas"),
     ("CL",), "2023-08"),
    # --- enhanced rock weathering ----------------------------------------------------------------
    ("ej19", "dataset", "en",
     "Basalt on farmland: enhanced rock weathering field trials in England, soil, water and crop "
     "results, 2019-2024",
     "Enhanced rock weathering spreads finely crushed silicate rock, such as basalt dust left "
     "over from quarries, on farmland so that rain and soil acids dissolve it faster than in "
     "nature; the reactions turn carbon dioxide from the air into bicarbonate that drainage water "
     "carries to rivers and the sea, and release calcium, magnesium and potassium for crops. This "
     "dataset, from a university research programme with farmers and a quarry company, brings "
     "together four years of replicated field plots on arable and grassland farms in the Midlands "
     "and the south-west of England, spread with 0, 20, 50 or 100 tonnes of basalt per hectare. "
     "It holds soil chemistry, the cations and alkalinity in soil pore water and field drains, "
     "nickel and chromium checked in soil and grain, nitrous oxide fluxes, crop yields and the "
     "carbon dioxide removal estimated for each plot with its uncertainty. The notes explain why "
     "removal is hard to measure in the field and why credits sold for it need careful "
     "verification.",
     ("enhanced rock weathering", "carbon dioxide removal", "basalt", "climate change mitigation",
      "soil chemistry"),
     ("GB",), "2025-01"),
    ("ej20", "document", "fr",
     "Altération forcée des roches : fiche d'information sur l'élimination du CO2 par épandage de "
     "roches broyées",
     "L'altération forcée des roches, ou météorisation améliorée, consiste à épandre sur les "
     "champs, les forêts ou les plages de la roche silicatée finement broyée, basalte, dunite "
     "riche en olivine ou wollastonite, pour accélérer la réaction naturelle qui transforme le "
     "dioxyde de carbone de l'air en bicarbonates. Cette fiche, rédigée pour les services de "
     "l'État, les collectivités et les agriculteurs démarchés par des entreprises qui vendent des "
     "crédits carbone, explique le principe, les quantités en jeu, plusieurs dizaines de tonnes "
     "par hectare, et les incertitudes sur le CO2 réellement retiré. Elle présente les risques : "
     "nickel et chrome de certaines roches, poussières lors de l'épandage, effets sur les sols et "
     "les cours d'eau, émissions du broyage et du transport. Elle situe la technique parmi les "
     "méthodes d'élimination du dioxyde de carbone, rappelle la prudence demandée par les "
     "décisions de la Convention sur la diversité biologique sur la géo-ingénierie, et signale "
     "les essais en cours en France sur des sols viticoles et forestiers.",
     ("altération forcée des roches", "élimination du dioxyde de carbone", "basalte",
      "atténuation du changement climatique", "crédits carbone"),
     ("FR",), "2024-09"),
    ("ej21", "need", "es",
     "Necesidad: ensayos de meteorización mejorada con polvo de basalto en los campos agrícolas "
     "del litoral oeste",
     "En Salto, Paysandú y Artigas, las canteras de basalto que proveen piedra partida para rutas "
     "y hormigón acumulan montañas de polvo fino sin uso. Investigadores de la universidad "
     "pública y del instituto nacional de investigación agropecuaria proponen aprovecharlo para "
     "la meteorización mejorada de rocas: al esparcir el polvo de basalto en chacras de soja, "
     "maíz y arroz y en praderas, la roca se disuelve, retiene dióxido de carbono del aire como "
     "bicarbonato y aporta calcio, magnesio y otros nutrientes al suelo. Solicitan apoyo para "
     "instalar parcelas experimentales en tres tipos de suelo, medir la alcalinidad y el carbono "
     "inorgánico en el agua de drenaje y en los tajamares, vigilar los metales en el grano, "
     "evaluar el rendimiento de los cultivos y el costo del flete desde las canteras, y formar "
     "técnicos en los protocolos de medición, reporte y verificación que exigen los mercados de "
     "remoción de carbono. Piden también un análisis de ciclo de vida de la molienda y el "
     "transporte.",
     ("meteorización mejorada de rocas", "remoción de dióxido de carbono", "polvo de basalto",
      "mitigación del cambio climático", "suelos agrícolas"),
     ("UY",), "2024-10"),
    # --- GM safflower ----------------------------------------------------------------------------
    ("ej22", "document", "en",
     "Biosafety decision summary: super high oleic GM safflower licensed for commercial "
     "cultivation in Australia",
     "In 2018 Australia's Gene Technology Regulator issued a licence for the commercial release "
     "of two lines of genetically modified safflower (Carthamus tinctorius) developed by the "
     "national science agency. Silencing of two fatty acid genes makes their seed oil about 93 "
     "percent oleic acid, a stable oil meant for lubricants, bioplastics and other industrial "
     "uses rather than food. This summary sets out the risk assessment: safflower is mostly "
     "self-pollinating, its pollen moves only short distances with insects, and its weedy "
     "relatives in Australia, such as saffron thistle (Carthamus lanatus), rarely form hybrids, "
     "which are sterile. It lists the licence conditions: growing in the Riverina and other "
     "listed areas under closed-loop contracts, cleaning of harvesters and trucks, monitoring of "
     "volunteers for two years after harvest, and segregation of the grain from conventional "
     "safflower and birdseed. It also notes that any food use would need a separate approval and "
     "that the oil has been shipped abroad for industrial trials.",
     ("GM safflower", "genetically modified crops", "risk assessment", "high oleic oil",
      "Carthamus tinctorius"),
     ("AU",), "2023-03"),
    ("ej23", "need", "fr",
     "Besoin : évaluer le risque du carthame génétiquement modifié pour les carthames sauvages de "
     "Tunisie avant toute importation",
     "Le carthame (Carthamus tinctorius), cultivé en Tunisie pour ses fleurs, vendues comme faux "
     "safran sur les marchés, et pour l'huile de ses graines, côtoie dans le Tell et au Cap Bon "
     "plusieurs carthames sauvages, comme Carthamus lanatus, avec lesquels il peut s'hybrider. "
     "Des lignées de carthame génétiquement modifiées pour produire une huile très riche en acide "
     "oléique sont désormais cultivées en Australie, et des graines de carthame sont importées "
     "chaque année pour les oiseaux de cage et pour l'huilerie, sans aucun contrôle des OGM. "
     "L'autorité nationale de biosécurité demande un appui pour inventorier les populations "
     "sauvages et les zones de culture, étudier les flux de pollen et l'hybridation, évaluer le "
     "risque de dissémination des graines importées le long des routes et autour des oiselleries, "
     "former les inspecteurs aux tests de détection et préparer les procédures d'accord préalable "
     "du Protocole de Cartagena. Une comparaison avec le colza et la moutarde est aussi "
     "souhaitée.",
     ("carthame génétiquement modifié", "flux de gènes", "espèces sauvages apparentées",
      "évaluation des risques", "biosécurité"),
     ("TN",), "2024-06"),
    ("ej24", "project", "es",
     "Cártamo de Sonora y Sinaloa: un laboratorio para detectar cártamo genéticamente modificado "
     "en la semilla importada",
     "México es uno de los mayores productores de cártamo del mundo: en los valles del Yaqui, del "
     "Mayo y de Culiacán se siembra en invierno para aceite, para pasta para el ganado y como "
     "alimento para pájaros. Como en Australia y en Estados Unidos ya se aprobaron variedades de "
     "cártamo transgénico con aceite alto oleico o con ácido gamma-linolénico, y México no ha "
     "autorizado ninguna para siembra, el servicio nacional de sanidad agroalimentaria y un "
     "centro de investigación de Hermosillo pusieron en marcha este proyecto: un laboratorio "
     "acreditado para detectar por PCR las construcciones genéticas de esas líneas en lotes de "
     "semilla importada para siembra y molienda, un muestreo en los puntos de entrada de Nogales "
     "y Manzanillo y en las plantas aceiteras, y un protocolo para destruir los lotes positivos. "
     "El proyecto capacita a inspectores y a técnicos de las uniones de productores, y publica "
     "cada año sus resultados en el sistema nacional de información sobre bioseguridad.",
     ("cártamo genéticamente modificado", "detección de OGM", "semillas importadas",
      "bioseguridad", "Carthamus tinctorius"),
     ("MX",), "2024-09"),
    # --- wood packaging under ISPM 15 ------------------------------------------------------------
    ("ej25", "project", "en",
     "Heat treatment kilns and ISPM 15 marks for pallet makers in Nairobi and Mombasa",
     "Every wooden pallet, crate and piece of dunnage that leaves Kenya with exports of tea, cut "
     "flowers, avocados or machinery must be treated against wood pests and marked under ISPM 15, "
     "the international standard for wood packaging material: debarked wood heated to 56 °C at "
     "the core for 30 minutes, or fumigated, then stamped with the IPPC logo, the country code, "
     "the registered producer's number and HT or MB. Consignments with unmarked or insect-damaged "
     "packaging are refused, or treated at the exporter's cost, in Europe and the Middle East. "
     "This project of the national plant health inspectorate with the pallet makers' association "
     "helps small workshops in Nairobi's industrial area and around Mombasa port install shared "
     "heat-treatment kilns with temperature probes and data loggers, register as treatment "
     "providers, keep batch records and pass audits. It replaces the methyl bromide fumigation "
     "still used by a few yards, and trains inspectors to check the marks at the port and at the "
     "airport's cargo village.",
     ("ISPM 15", "wood packaging material", "heat treatment", "phytosanitary measures", "pallets"),
     ("KE",), "2024-02"),
    ("ej26", "support-source", "fr",
     "Offre : audit et formation des centres de traitement des emballages en bois à la norme NIMF "
     "15 au port d'Abidjan",
     "Le service de protection des végétaux d'un grand port européen et un centre de formation "
     "ivoirien proposent, pendant trois ans, d'accompagner les scieries, les fabricants de "
     "palettes et les centres de traitement agréés qui fournissent les exportateurs de cacao, de "
     "café, d'anacarde et de caoutchouc au port autonome d'Abidjan et à San-Pédro. L'offre "
     "comprend un audit des séchoirs et des chambres de traitement thermique, l'étalonnage des "
     "sondes de température, la formation des opérateurs à la norme NIMF 15 de la Convention "
     "internationale pour la protection des végétaux (écorçage, 56 °C à cœur pendant 30 minutes, "
     "marquage), la tenue des registres de lots et l'appui à la direction de la protection des "
     "végétaux pour l'agrément des centres et les contrôles inopinés. Elle vise à réduire les "
     "refoulements et les fumigations d'office de palettes non marquées ou portant de fausses "
     "marques, constatés en Europe et en Asie, et à abandonner les derniers traitements au "
     "bromure de méthyle.",
     ("NIMF 15", "emballages en bois", "traitement thermique", "mesures phytosanitaires",
      "exportations"),
     ("CI",), "2023-07"),
    ("ej27", "dataset", "es",
     "Embalajes de madera interceptados en los puertos y pasos fronterizos de Chile: pallets sin "
     "marca NIMF 15 y plagas detectadas, 2012-2024",
     "Chile exige que todo embalaje de madera que acompaña a las importaciones, sean pallets, "
     "cajones, jaulas o madera de estiba, venga tratado y marcado según la norma NIMF 15, y el "
     "servicio agrícola y ganadero lo inspecciona en los puertos de San Antonio, Valparaíso y "
     "Arica, en los pasos fronterizos cordilleranos y en el aeropuerto de Santiago. Este conjunto "
     "de datos reúne doce años de inspecciones: puerto o paso, país de origen, tipo de mercancía "
     "y de embalaje, resultado (conforme, sin marca, marca ilegible o falsa, corteza excesiva, "
     "insectos vivos) y las plagas identificadas por el laboratorio, como taladradores de la "
     "madera, termitas y nematodos. Registra también la medida aplicada: tratamiento, "
     "reexportación o destrucción del embalaje a costa del importador. Los datos muestran un "
     "descenso de las interceptaciones desde 2015 y las cargas que siguen siendo más riesgosas, "
     "sobre todo las de piedra, cerámica y maquinaria.",
     ("embalajes de madera", "NIMF 15", "inspección fitosanitaria", "interceptaciones de plagas",
      "pallets"),
     ("CL",), "2024-08"),
    # --- environmental police --------------------------------------------------------------------
    ("ej28", "case-study", "en",
     "Italy's Carabinieri for environmental protection: an environmental police force against "
     "waste crime",
     "Italy created a specialised environmental unit of the Carabinieri in 1986, the year its "
     "environment ministry was founded; today the Carabinieri command for environmental "
     "protection has units in every region, alongside the forestry Carabinieri who absorbed the "
     "state forestry corps in 2017. This case study traces how an environmental police force with "
     "criminal investigation powers has worked against illegal waste trafficking, from the toxic "
     "waste buried and burned in the 'land of fires' between Naples and Caserta to fake recycling "
     "plants and shipments declared as second-hand goods. It describes the investigations under "
     "the offence of organised illegal waste trafficking introduced in 2001 and the environmental "
     "crimes added to the penal code in 2015, the cooperation with prosecutors, regional "
     "environmental agencies and customs, the use of drones, wiretaps and sampling, and the "
     "seizures of sites and assets. It also discusses the limits: long trials, statutes of "
     "limitation and small fines for lesser offences.",
     ("environmental police", "waste crime", "environmental enforcement", "Carabinieri",
      "illegal waste trafficking"),
     ("IT",), "2024-05"),
    ("ej29", "event", "fr",
     "Atelier national : former les agents de la police de l'environnement au contrôle des rejets "
     "industriels",
     "La loi marocaine relative à la protection et à la mise en valeur de l'environnement a prévu "
     "une police de l'environnement, dont les agents, commissionnés et assermentés, peuvent "
     "entrer dans les installations, prélever des échantillons, dresser des procès-verbaux et "
     "proposer des sanctions. Cet atelier de cinq jours, organisé à Rabat par le département du "
     "développement durable avec l'appui d'une coopération européenne, réunit une quarantaine "
     "d'agents des directions régionales de Casablanca-Settat, de Tanger-Tétouan-Al Hoceïma, de "
     "Souss-Massa et de l'Oriental. Au programme : le cadre juridique des rejets liquides et des "
     "émissions atmosphériques, la préparation et le déroulement d'une inspection, les "
     "prélèvements et la chaîne de conservation des échantillons, la rédaction d'un procès-verbal "
     "recevable par le parquet, la coordination avec la gendarmerie et les collectivités, et la "
     "visite d'une unité textile et d'une conserverie de poisson. Un module porte sur les "
     "plaintes des riverains et un autre sur les dépôts sauvages de déchets.",
     ("police de l'environnement", "inspection environnementale", "rejets industriels",
      "renforcement des capacités", "Maroc"),
     ("MA",), "2024-03"),
    ("ej30", "dataset", "es",
     "Actuaciones del SEPRONA contra delitos e infracciones ambientales en España, 2010-2024",
     "El Servicio de Protección de la Naturaleza (SEPRONA) de la Guardia Civil, creado en 1988, "
     "es la policía ambiental con mayor presencia en el territorio español, con patrullas en casi "
     "todas las comarcas rurales y equipos especializados en las comandancias. Este conjunto de "
     "datos, elaborado con las memorias anuales del servicio y de la fiscalía de medio ambiente, "
     "reúne por provincia y año las denuncias administrativas y las diligencias por delito: "
     "vertidos a cauces, residuos abandonados y vertederos ilegales, incendios forestales "
     "provocados, maltrato animal, caza y pesca furtivas, tráfico de especies, contaminación "
     "acústica, urbanismo en suelo protegido y venta de productos fitosanitarios ilegales. "
     "Incluye las grandes operaciones de ámbito nacional, como las de venenos en el campo y de "
     "residuos electrónicos, y las personas investigadas o detenidas. Las notas explican los "
     "cambios de clasificación de 2015 y que la Policía Nacional, los agentes forestales y las "
     "policías autonómicas y locales llevan sus propias cifras.",
     ("SEPRONA", "policía ambiental", "delitos ambientales", "infracciones ambientales",
      "Guardia Civil"),
     ("ES",), "2025-03"),
)  # fmt: skip
