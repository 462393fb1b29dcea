"""Clearing-house records of the eighty-second judged relevance set
(tests/search/relevance/queries82.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: chemicals and health pages on
formalin in food (the formalin-laced fish seized at Kerala's checkposts in Operation Sagar Rani;
the poisson au formol of the bayam-sellam, the market women of Douala; a need for the pescado con
formol of Lima's terminales pesqueros); chemicals pages on thermal paper receipts (bisphenols in
Swedish till receipts; a French guide on tickets de caisse for caissières and shopkeepers; a need
to measure bisfenoles in the boletas and the cajeras of Santiago's supermarkets); pollution pages
on tritium discharges (seawater and fish around the release of ALPS-treated water from Fukushima
Daiichi; citizen monitoring of the tritium of the La Hague reprocessing plant in the Manche; a need
for independent monitoring around the heavy-water reactors of Atucha and Embalse); waste pages on
plastic straws (England's 2020 ban on straws, stirrers and cotton buds; a Québec guide on pailles
for restaurateurs; a need for alternatives to the popotes of Tulum and Holbox); pollution and
energy pages on palm oil mill effluent (methane capture from POME in eastern Sabah; the effluents
d'huileries de palme and the lagune Aby in Côte d'Ivoire; a dataset on the extractoras de palma
africana of northern Honduras); air pollution pages on coal dust (the black dust of Curtis Bay
beside a coal export terminal in Baltimore; a need to measure the poussières de charbon of the
Sendou power plant at Bargny; the polvillo de carbón of the coal ports and trains of Ciénaga and
Santa Marta); energy pages on energy poverty (energy hardship measures in New Zealand; home visits
to ménages en précarité énergétique in the Pas-de-Calais mining basin; the pobreza energética of
the Cañada Real Galiana, without electricity since 2020); Rotterdam Convention and trade pages on
exports of banned pesticides (export notifications of pesticides banned in Great Britain; article
83 of the French EGalim law; a Costa Rican need to trace the plaguicidas prohibidos en origen
imported for piñeras and bananeras); biotechnology pages on DNA synthesis screening (a United
States guide to screening orders for synthetic DNA; an atelier at Spiez on commandes d'ADN
synthétique and biosûreté; a Uruguayan need for rules on buying ADN sintético); and governance
pages on model laws (the African Model Law on Safety in Biotechnology and the national biosafety
laws; an atelier in Yaoundé on the loi type on lead paint; an offer of legislative advice on leyes
modelo for chemicals and pesticides in Central America). English, French and Spanish, 10 records
each, every topic written once in each language (different countries, projects and angles, not
translations of one text).

None of records.py, records3.py, ..., records81.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (formalin, formol, formaldehyde, formaldéhyde, formaldehído,
preservative, conservateur, conservante, adulteration, frelaté, adulterado, fish market, terminal
pesquero, cebiche; receipt, till, ticket de caisse, facturette, reçu, boleta, comprobante, recibo,
thermal paper, papier thermique, papel térmico, bisphenol, bisphénol, bisfenol, BPS, cashier,
caissière, cajera; tritium, tritio, treated water, eaux traitées, ALPS, rejets radioactifs,
radioactivity, radiactividad, nuclear power, centrale nucléaire, central nuclear, heavy water, eau
lourde, agua pesada, La Hague, Atucha, Fukushima, Sellafield, caesium; straw, paille, pajita,
popote, bombilla, sorbete, pitillo, stirrer, touillette, cotton bud, coton-tige, single-use
plastic, usage unique, un solo uso, cutlery; palm oil mill, POME, oil palm, huile de palme,
huilerie, palmier à huile, aceite de palma, palma aceitera, palma africana, extractora, effluent,
lagunage, lagunas de oxidación; coal dust, poussière de charbon, polvo de carbón, polvillo, coal
terminal, coal port, puerto carbonero, coal train, Bargny, Curtis Bay, Ciénaga; energy poverty,
fuel poverty, energy hardship, précarité énergétique, pauvreté énergétique, pobreza energética,
passoire, chèque énergie, bono social, cold homes, retrofit, rénovation énergétique; banned
pesticides, pesticides interdits, plaguicidas prohibidos, export notification, notification
d'exportation, double standard, deux poids, EGalim, paraquat; DNA synthesis, synthetic DNA, ADN
synthétique, ADN sintético, gene synthesis, oligonucleotide, synthetic biology, biologie de
synthèse, biología sintética, biosecurity, biosûreté, dual use, iGEM; model law, loi type, ley
modelo, model bill, model legislation, législation type, legislative drafting, draft law,
anteproyecto, proyecto de ley). Screened and dropped as covered: mosquito coils (bc19-bc21), dry
cleaning (k28-k30), nail salons (bn25-bn27), silicosis (bh25-bh27), radon (bz07-bz09), asbestos
(q13-q15), fly ash (bb10-bb12), red mud (bl22-bl24), sky lanterns (bp25-bp27), SF6 (bu07-bu09),
brick kilns (v25-v27), GloFish (bh13-bh15), light pollution (w16-w18), poison centres (bg23, bs23),
pollutant release and transfer registers (p41, q06), environmental courts (r13), waste pickers
(n18, cf18), empty pesticide containers (n08, n09), GMO moratoria (bc12, bk27, ct27), liability and
redress (n43), GM bananas (bg13-bg15), GM food labelling (cr14), mercury smuggling (q09) and
cadmium in cocoa (v34-v36), besides the topics of sets 42 to 81 and those their docstrings list as
covered, and the biodiversity, ecosystem, agriculture and water topics left to set 83; screened
with no or passing hits but not chosen: geothermal power (the El Tatio need bo09, whose subjects
name energía geotérmica), village mini-grids (the micro-hydro pages cl16-cl18), grid battery
storage, titanium dioxide in food (named by x13), e-rickshaws and accessible environmental
information. records83.py (ids dk..), written at the same time by another engineer, is not part of
this set's pool.

The nearest are, for formalin, the formaldehyde pages on a resin plant tank, a formol leak and
formaldehído spills on the road (ba13-ba15) and on formol in keratin hair-smoothing products
(cl01-cl03), the same chemical but not in food, and the food adulteration pages (lead chromate in
turmeric, z07; methanol in liquor, bc16-bc18; melamine, bl16-bl18; carbide-ripened fruit,
bo25-bo27), other adulterants; for receipts, the bisphenol A pages on plastic food packaging
(w25-w27); for tritium, the radioactive waste repository pages (ct01-ct03), the orphan sources
(cd01-cd03) and the Fukushima accident named by ct13; for straws, the Jamaican ban on Styrofoam
boxes that names the straws banned with them (bx07), the plastic bag bans (j22-j24) and the
polystyrene pages (bx08, bx09); for palm oil mill effluent, the oil palm smallholder pages
(y01-y03), which name the mills they sell to, and the olive mill wastewater (bg10-bg12), vinasse
(bj10-bj12) and slaughterhouse biogas (bi07-bi09) pages, other effluents; for coal dust, the coal
ash pages (bb10-bb12), the coal-tar sealcoat pages (cx04-cx06), the charcoal dust briquettes
(df04-df06), the coal phase-out pages (cb22-cb24) and the mercury from coal plants (q04-q06); for
energy poverty, the Bristol energy co-operative (cr22), whose subjects name fuel poverty, judged 1,
while the fuel poverty named by ca19 and the chèque énergie named by ch08 are passing, and the
prepaid meter (db10-db12), energy saving (ct13-ct15) and building code (cp04-cp06) pages are other
topics; for the exports of banned pesticides, the customs pages that name banned pesticides among
the goods to stop at import (cd07-cd09, cx26, dd27), the mancozeb guidance for Kenyan export
growers (bh04), the chlorpyrifos need of the Souss (l08) and the Rotterdam Convention pages (h1,
q43), none about exporting banned pesticides; for DNA synthesis, the synthetic biology primers
(p14, p17), the community biology lab pages (cf19-cf21) and the GM microorganism pages (cb19-cb21);
for model laws, the lead paint pages (h4, h5, p42) and the need for advice to Ecuador's legislators
on a chemicals bill (cn18), which name no model law. In the golden files, the only hits are passing
(DDT banned in the West, pyrene from coal tar, a drug blocking the synthesis of DNA, a
straw-coloured liquid), and none is about these topics.

Traps: the sorbetes de plástico already retired from Lima's markets (dj03), which make it no straw
page; the pailles en plastique banned by the same law that ended the printing of every ticket
(dj05); the radioactive waste sites named by dj08 and dj09; the sacs d'emplettes of dj11 and the
bolsas of dj12; the gas flared by dj13 when the engines stop; the medical waste incinerator and
particle monitors of dj16; the palm and banana fields along the railway of dj18 (0 to the palm oil
queries) and the charbon and fioul burned for heating in dj20 (0 to the coal dust queries); the
heat pumps and prepaid meters of dj19 and the monóxido de carbono, generadores and solar panels of
dj21; the paraquat of dj22, a page on paraquat only as an export; the gene drives of dj25; the Bt
cotton of dj28 and the lead paint of dj29 and dj30, which are model law pages, and the mercury law
of dj30. For the country queries: dj02 (Douala) and dj29 (Yaoundé) both name Cameroon; dj22 names
Brazil, Indonesia, Mexico and Colombia only as importers of British paraquat; dj23 names Belgium;
dj08 names the Channel Islands; dj12 names Spain, Colombia, Chile, Argentina and Peru only for
their words for a straw; dj30 names Honduras, also the country of dj15.

Ids (dj01..dj30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
dh01..dh30, di01..di30), and no earlier id starts with "dj".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- formalin in food ---------------------------------------------------------------------
    ("dj01", "case-study", "en",
     "Operation Sagar Rani: formalin-laced fish at Kerala's border checkposts and a paper strip "
     "test for the markets",
     "In June 2018 food safety officers in Kerala, checking lorries at the Aryankavu and Walayar "
     "checkposts under Operation Sagar Rani, seized several tonnes of fish from Andhra Pradesh "
     "and Tamil Nadu that had been dipped in formalin, the solution of formaldehyde used to "
     "preserve bodies in mortuaries, so that it would still look fresh after days on the road. "
     "Fish sales fell across the state for weeks. This case study follows what came next: a rapid "
     "paper strip kit developed by the Central Institute of Fisheries Technology in Kochi, which "
     "changes colour when formaldehyde is present and lets inspectors test a fish in two minutes "
     "at a market or harbour; mobile food testing laboratories; and the flake ice and insulated "
     "boxes that remove the reason to cheat. It explains the small amounts of formaldehyde that "
     "some fish, such as Bombay duck, form naturally after death, which can trigger false alarms, "
     "and how cases were prosecuted under the food safety law.",
     ("formalin", "food adulteration", "fish", "food safety", "formaldehyde"),
     ("IN",), "2023-09"),
    ("dj02", "project", "fr",
     "Poisson au formol : tests rapides et formation des bayam-sellam dans les marchés de Douala",
     "Au port de pêche de Youpwé et dans les marchés de Douala, du poisson frais (bars, "
     "machoirons, carpes) et du poisson congelé décongelé arrivent chaque jour chez les "
     "revendeuses, les bayam-sellam, qui le gardent parfois sans glace dans la chaleur. Des "
     "enquêtes ont montré que certains grossistes et détaillants le trempent dans du formol, "
     "acheté en pharmacie ou détourné des morgues, pour qu'il garde des ouïes rouges et une chair "
     "ferme. Le projet, mené par les services vétérinaires du ministère de l'élevage et des "
     "pêches avec une association de consommateurs et un laboratoire universitaire, équipe les "
     "agents de contrôle de trousses de détection rapide du formaldéhyde, fait confirmer les "
     "résultats positifs au laboratoire, installe des caisses isothermes et un point de vente de "
     "glace, et forme les bayam-sellam et les fumeuses de poisson aux bonnes pratiques de "
     "conservation. Il informe aussi les vendeuses qui manipulent le formol à mains nues de ses "
     "dangers : brûlures, irritation des yeux et des voies respiratoires, risque de cancer.",
     ("formol", "poisson", "fraude alimentaire", "sécurité sanitaire des aliments", "marchés"),
     ("CM",), "2024-03"),
    ("dj03", "need", "es",
     "Necesidad: detectar formol en el pescado de los terminales pesqueros y mercados de Lima",
     "En los terminales pesqueros de Villa María del Triunfo y de Ventanilla se venden cada "
     "madrugada toneladas de jurel, bonito, perico, caballa y pota que llegan de Paita, Chimbote "
     "y Pisco, y que luego pasan a los mercados de abastos, a las cevicherías y a los ambulantes. "
     "Operativos municipales y del Organismo Nacional de Sanidad Pesquera (SANIPES) han "
     "encontrado pescado tratado con formol, el formaldehído disuelto que algunos comerciantes "
     "usan para que el producto parezca fresco cuando falta hielo o cadena de frío. La "
     "Municipalidad Metropolitana de Lima, con SANIPES, solicita apoyo para adquirir kits de "
     "detección rápida y validar sus resultados en laboratorio, capacitar a inspectores "
     "municipales, instalar cámaras de frío comunitarias y plantas de hielo en escamas, y diseñar "
     "una campaña para que los compradores reconozcan el pescado fresco por el ojo, la agalla y "
     "el olor. Los mercados ya retiraron las bolsas y los sorbetes de plástico, pero nadie "
     "controla lo que se echa al pescado.",
     ("formol", "pescado", "adulteración de alimentos", "inocuidad alimentaria", "necesidades"),
     ("PE",), "2024-05"),
    # --- thermal paper receipts ---------------------------------------------------------------
    ("dj04", "dataset", "en",
     "Bisphenols in till receipts from Swedish shops, banks and petrol stations, 2011-2023",
     "Thermal paper, used for till receipts, queue tickets, parking and bus tickets and card "
     "payment slips, carries a heat-sensitive coating in which a colour developer reacts when the "
     "print head warms it. For decades the developer was bisphenol A (BPA), an endocrine "
     "disruptor that rubs off on the fingers, more so on greasy or hand-sanitised hands, and "
     "cashiers handle hundreds of receipts in a shift. This dataset, compiled by the Swedish "
     "Chemicals Agency with municipal environment offices, gives the results for receipts "
     "collected in supermarkets, pharmacies, banks, petrol stations and restaurants and analysed "
     "in successive campaigns: BPA, bisphenol S (BPS), which replaced it in many papers, other "
     "bisphenols, and phenol-free developers such as Pergafast 201 and urea-based ones. It shows "
     "BPA falling below the EU limit of 0.02% by weight after the restriction of January 2020, "
     "while BPS rose. Receipts recycled into toilet paper and the switch to digital receipts are "
     "noted.",
     ("thermal paper", "till receipts", "bisphenol A", "bisphenol S", "endocrine disruptors"),
     ("SE",), "2024-02"),
    ("dj05", "document", "fr",
     "Tickets de caisse et papier thermique : ce que les caissières, les caissiers et les "
     "commerçants doivent savoir",
     "Le papier thermique des tickets de caisse, des facturettes de carte bancaire et des reçus "
     "de distributeurs porte une couche sensible à la chaleur dont le révélateur a longtemps été "
     "le bisphénol A, perturbateur endocrinien qui passe de la feuille aux doigts puis dans "
     "l'organisme. Ce guide, préparé par une caisse régionale d'assurance maladie avec des "
     "syndicats de la grande distribution, rappelle que le bisphénol A est limité dans le papier "
     "thermique dans l'Union européenne depuis janvier 2020, que son remplaçant le plus fréquent, "
     "le bisphénol S, est lui aussi suspecté, et explique comment reconnaître un papier sans "
     "phénol. Il conseille aux caissières et aux caissiers de ne pas manipuler les tickets avec "
     "des mains enduites de gel hydroalcoolique ou de crème. Depuis le 1er août 2023, le ticket "
     "n'est plus imprimé que si le client le demande : la même loi anti-gaspillage a aussi "
     "interdit les pailles en plastique en 2021. Les tickets se jettent avec les ordures "
     "ménagères, pas dans le bac de tri du papier.",
     ("tickets de caisse", "papier thermique", "bisphénol A", "bisphénol S", "santé au travail"),
     ("FR",), "2023-09"),
    ("dj06", "need", "es",
     "Necesidad: medir bisfenoles en las boletas de papel térmico y en las cajeras de "
     "supermercados de Santiago",
     "Aunque la boleta electrónica es obligatoria en Chile desde 2021, supermercados, farmacias, "
     "bencineras, ferias y almacenes de barrio siguen imprimiendo millones de boletas y "
     "comprobantes de pago con tarjeta en papel térmico, importado sobre todo de Asia sin ninguna "
     "norma sobre su contenido. En otros países ese papel contenía bisfenol A y hoy contiene "
     "bisfenol S, disruptores endocrinos que pasan a la piel. Un sindicato de trabajadoras de "
     "supermercados, con una universidad y la autoridad sanitaria regional, solicita apoyo para "
     "analizar los reveladores del papel de boletas recogidas en la Región Metropolitana, medir "
     "bisfenoles en la orina de cajeras al comienzo y al final del turno y compararlas con "
     "trabajadores que no tocan boletas, y proponer una norma de importación o de etiquetado de "
     "los rollos térmicos. Pide además material para que los clientes elijan la boleta digital y "
     "para que las boletas no se mezclen con el papel que se recicla.",
     ("boletas", "papel térmico", "bisfenol A", "salud ocupacional", "necesidades"),
     ("CL",), "2024-07"),
    # --- tritium discharges -------------------------------------------------------------------
    ("dj07", "dataset", "en",
     "Tritium off Fukushima Daiichi: seawater and fish results around the discharge of "
     "ALPS-treated water, 2022-2025",
     "Since 24 August 2023 water that was used to cool the damaged reactors of the Fukushima "
     "Daiichi nuclear power station, and then treated by the Advanced Liquid Processing System "
     "(ALPS) to remove most radionuclides other than tritium, has been diluted with seawater and "
     "released in batches through an undersea tunnel that ends one kilometre offshore. Tritium, a "
     "radioactive isotope of hydrogen bound into the water molecule itself, cannot be filtered "
     "out. This dataset brings together the monitoring of the plant operator, the environment "
     "ministry, Fukushima prefecture and the fisheries agency: tritium in seawater at stations "
     "within 3 and 10 kilometres of the outlet, mostly below detection limits and far below the "
     "1,500 becquerels per litre that the diluted water may not exceed, and tritium in flounder "
     "raised in tanks of diluted water and in fish caught by local fishers. It records each "
     "discharge batch and its volume, the cross-checks by the International Atomic Energy Agency, "
     "and the import bans on Japanese seafood that followed.",
     ("tritium", "ALPS-treated water", "radioactive discharges", "marine monitoring", "Fukushima"),
     ("JP",), "2025-03"),
    ("dj08", "project", "fr",
     "Le tritium dans la Manche : une surveillance citoyenne autour de l'usine de retraitement de "
     "La Hague",
     "L'usine de retraitement des combustibles usés de La Hague, à la pointe du Cotentin, rejette "
     "chaque année en mer, par une conduite qui débouche au large du cap, l'essentiel du tritium "
     "produit dans les réacteurs français, avec d'autres radionucléides comme le carbone 14 et "
     "l'iode 129. Une association agréée de contrôle de la radioactivité, installée près de Caen, "
     "anime depuis plus de trente ans un réseau de préleveurs bénévoles : pêcheurs à pied, "
     "plaisanciers, agriculteurs et enseignants recueillent chaque trimestre de l'eau de mer, des "
     "algues (fucus), des patelles et l'eau des ruisseaux du plateau, analysées dans son "
     "laboratoire. Le projet étend ce suivi aux côtes des îles Anglo-Normandes et à la baie de "
     "Seine, ajoute la mesure du tritium lié à la matière organique, compare les résultats à ceux "
     "de l'exploitant et les publie sur une carte ouverte. Il associe des lycées et forme les "
     "préleveurs à la radioprotection. Le centre de stockage de déchets radioactifs voisin n'est "
     "évoqué que pour ses ruisseaux.",
     ("tritium", "rejets radioactifs", "surveillance citoyenne", "retraitement du combustible",
      "Manche"),
     ("FR",), "2024-10"),
    ("dj09", "need", "es",
     "Necesidad: vigilancia independiente del tritio alrededor de las centrales nucleares Atucha "
     "y Embalse",
     "Las centrales nucleares argentinas Atucha I y II, en Lima, partido de Zárate, a orillas del "
     "Paraná de las Palmas, y Embalse, sobre el embalse de Río Tercero en Córdoba, funcionan con "
     "uranio natural y agua pesada, y por eso producen más tritio que otros reactores: una parte "
     "sale por la chimenea como vapor de agua y otra con los efluentes líquidos. La Autoridad "
     "Regulatoria Nuclear y la operadora miden el tritio en el aire, el agua, la leche y los "
     "vegetales de los alrededores, pero vecinos, pescadores y escuelas rurales piden resultados "
     "propios y explicados. Una universidad nacional, con los municipios de Zárate y de Embalse, "
     "solicita apoyo para equipar un laboratorio de centelleo líquido, formar técnicos, tomar "
     "muestras de agua de pozo y de la napa, de lluvia, de pescado del río y de leche de los "
     "tambos cercanos, y publicar los datos con una guía que explique qué significan los "
     "becquerelios por litro. La gestión de los residuos radiactivos no forma parte de la "
     "solicitud.",
     ("tritio", "centrales nucleares", "vigilancia radiológica", "agua pesada", "necesidades"),
     ("AR",), "2024-04"),
    # --- plastic straws -----------------------------------------------------------------------
    ("dj10", "case-study", "en",
     "Plastic straws, stirrers and cotton buds: England's 2020 ban and what replaced them",
     "Since 1 October 2020 shops, bars and restaurants in England may no longer supply plastic "
     "drinking straws, drink stirrers or plastic-stemmed cotton buds, items found by the thousand "
     "in beach cleans and river litter picks. Pharmacies may still sell plastic straws, and "
     "venues must hand one over on request, because many disabled people need bendable straws to "
     "drink safely. This case study looks back on four years of the ban: how quickly paper, "
     "pasta, bamboo, steel and plant-fibre straws replaced plastic ones, what they cost cafés, "
     "complaints about soggy paper straws, and tests that found PFAS in some paper and bamboo "
     "straws sold as green alternatives. Beach litter surveys recorded fewer straws and cotton "
     "bud sticks, though both still wash out of sewer overflows and drift in from abroad. The "
     "wider bans adopted by Scotland and Wales are compared, and lessons are drawn for the "
     "single-use plates, cutlery and polystyrene cups banned in 2023.",
     ("plastic straws", "single-use plastics", "cotton buds", "plastic bans", "litter"),
     ("GB",), "2024-06"),
    ("dj11", "document", "fr",
     "Fini les pailles en plastique : guide pour les restaurateurs et les organisateurs "
     "d'événements du Québec",
     "Depuis la fin de 2022, le règlement fédéral canadien interdit la fabrication, l'importation "
     "puis la vente de certains plastiques à usage unique, dont les pailles, les bâtonnets à "
     "mélanger, les ustensiles et les anneaux des emballages de canettes, et plusieurs villes du "
     "Québec, dont Montréal, ont adopté leurs propres règlements. Ce guide, publié par un "
     "organisme de réduction des déchets avec une association de restaurateurs, explique quelles "
     "pailles restent permises : les pailles flexibles en plastique, vendues en emballages d'au "
     "moins vingt, que les personnes handicapées et les établissements de soins peuvent encore se "
     "procurer, et qui doivent être remises sur demande. Il compare les pailles de papier, de "
     "blé, de bambou, de verre et d'inox, leur coût et leur tenue dans un smoothie ou une slush, "
     "et les pailles dites compostables, que bien des installations municipales refusent. Des "
     "fiches aident les festivals et les cabanes à sucre à servir sans paille. Les sacs "
     "d'emplettes ne sont traités qu'en annexe.",
     ("pailles", "plastiques à usage unique", "restauration", "réduction des déchets", "Québec"),
     ("CA",), "2023-11"),
    ("dj12", "need", "es",
     "Necesidad: alternativas a los popotes de plástico en los restaurantes y palapas de Tulum y "
     "Holbox",
     "Quintana Roo prohibió en 2019 los popotes y las bolsas de plástico de un solo uso, pero en "
     "las palapas de playa, los puestos de cocos y aguas frescas y los bares de Tulum, Holbox y "
     "Bacalar se siguen repartiendo popotes, y en las limpiezas de playa aparecen junto a los "
     "nidos de tortuga. Los negocios dicen que los de papel se deshacen, que los de bambú y de "
     "metal se pierden o se los llevan los turistas, y que los popotes 'biodegradables' de PLA no "
     "se degradan en el manglar ni en el mar. Una asociación de restauranteros, con los "
     "municipios, solicita apoyo para probar popotes de pasto y de carrizo, comprar lavavajillas "
     "y popotes de acero para préstamo, capacitar a los meseros para servir sin popote salvo que "
     "el cliente lo pida y medir el cambio en las limpiezas de playa. (Al popote se le dice "
     "pajita en España, pitillo en Colombia, bombilla en Chile y sorbete en Argentina y el Perú.)",
     ("popotes", "plásticos de un solo uso", "turismo", "basura en playas", "necesidades"),
     ("MX",), "2024-02"),
    # --- palm oil mill effluent ---------------------------------------------------------------
    ("dj13", "project", "en",
     "Capturing methane from palm oil mill effluent: covered lagoons and biogas engines at mills "
     "in eastern Sabah",
     "Every tonne of crude palm oil leaves behind about three tonnes of palm oil mill effluent "
     "(POME), a hot, brown, acidic slurry of water, oil and fibre from the sterilisers, "
     "clarifiers and hydrocyclones. Most of Malaysia's 450 mills treat it in chains of open "
     "anaerobic and facultative ponds, where it gives off methane, and badly run ponds overflow "
     "into rivers such as the Kinabatangan, where fish kills and ammonia peaks have followed. "
     "This project with mills in eastern Sabah covers the first anaerobic pond with a membrane, "
     "or builds closed tank digesters, to collect the biogas, which is burned in gas engines that "
     "export electricity to the grid under the feed-in tariff, or flared when the engines stop. "
     "It trains mill engineers, polishes the final discharge to the biochemical oxygen demand "
     "limit of 20 mg/L set for Sabah's rivers, and returns digestate and empty fruit bunch "
     "compost to the estates, cutting the greenhouse gas emissions that palm oil certification "
     "counts.",
     ("palm oil mill effluent", "POME", "biogas", "methane capture", "palm oil mills"),
     ("MY",), "2024-05"),
    ("dj14", "case-study", "fr",
     "Les effluents des huileries de palme et la lagune Aby : étude de cas dans le Sud-Comoé",
     "Dans le Sud-Comoé, autour d'Aboisso, d'Ehania et de Toumanguié, des huileries industrielles "
     "traitent chaque jour les régimes de palme des plantations et des planteurs villageois. "
     "Pendant des années, leurs effluents, eaux de stérilisation et de clarification chargées "
     "d'huile, de matières organiques et de boues, ont été envoyés dans des bassins de lagunage "
     "trop petits qui débordaient en saison des pluies vers la Bia et la lagune Aby, où les "
     "pêcheurs ont signalé des mortalités de poissons, des eaux noires et huileuses et des "
     "odeurs. L'étude de cas retrace les plaintes des riverains, les inspections du Centre "
     "ivoirien antipollution, les mises en demeure et les travaux qui ont suivi : agrandissement "
     "des bassins, récupération de l'huile, épandage contrôlé des effluents traités dans les "
     "plantations et premier digesteur produisant du biogaz pour la chaudière. Elle évoque aussi "
     "les petites presses artisanales, dont l'huile rouge se vend sur les marchés et dont les "
     "eaux sont rejetées sans traitement.",
     ("effluents d'huilerie de palme", "huileries", "pollution des lagunes", "lagunage",
      "agro-industrie"),
     ("CI",), "2023-12"),
    ("dj15", "dataset", "es",
     "Efluentes de las plantas extractoras de palma africana de la costa norte de Honduras: DBO, "
     "grasas y biogás, 2012-2023",
     "Honduras es uno de los mayores productores de aceite de palma de América Latina, y las "
     "plantas extractoras de la costa norte, en el Bajo Aguán, Atlántida y Cortés, procesan la "
     "fruta de cooperativas y de productores independientes. Cada una genera agua residual "
     "caliente y aceitosa, el POME, que se trata en lagunas de oxidación antes de verterla a ríos "
     "como el Aguán, el Lean o el Ulúa o de regarla en las plantaciones. Este conjunto de datos, "
     "reunido por la secretaría de ambiente a partir de los informes de cumplimiento de las "
     "empresas y de muestreos propios, da por planta y por año los caudales, la demanda "
     "bioquímica y química de oxígeno, las grasas y aceites, los sólidos y el pH del efluente "
     "final, las denuncias de comunidades garífunas y ribereñas por olores y mortandad de peces, "
     "y el biogás captado y la electricidad generada por las extractoras que cubrieron sus "
     "lagunas, varias registradas como proyectos del Mecanismo de Desarrollo Limpio. La "
     "deforestación causada por las plantaciones queda fuera.",
     ("efluentes de extractoras de palma", "palma africana", "lagunas de oxidación", "biogás",
      "aguas residuales industriales"),
     ("HN",), "2024-08"),
    # --- coal dust ----------------------------------------------------------------------------
    ("dj16", "dataset", "en",
     "Black dust in Curtis Bay: community air monitoring beside a coal export terminal in south "
     "Baltimore, 2021-2024",
     "In Curtis Bay, a working-class neighbourhood of south Baltimore hemmed in by a medical "
     "waste incinerator, chemical plants and highways, residents have long wiped black dust off "
     "windowsills, cars and porches downwind of an open-air coal export terminal where trains are "
     "unloaded and coal is piled before it is loaded onto ships. After an explosion in a "
     "coal-handling tunnel at the terminal on 30 December 2021 shook houses and sent up a cloud "
     "of dust, a community association and university researchers set up a network of particle "
     "monitors, surface wipe sampling and cameras trained on the piles. This dataset holds hourly "
     "PM2.5 and PM10 readings, wind data, and microscopy of the dust on wipes that identifies "
     "coal particles, alongside the state's inspection reports, records of the terminal's water "
     "spraying and the permit conditions under negotiation. Asthma hospitalisations by ZIP code "
     "are summarised from public health statistics.",
     ("coal dust", "coal export terminals", "particulate matter", "environmental justice",
      "community air monitoring"),
     ("US",), "2024-09"),
    ("dj17", "need", "fr",
     "Besoin : mesurer les poussières de charbon autour de la centrale de Sendou, à Bargny",
     "À Bargny, ville de pêcheurs et de transformatrices de poisson à l'est de Dakar, la centrale "
     "électrique à charbon de Sendou a été construite au bord de la mer, à quelques centaines de "
     "mètres des maisons et du site de Khelcom où les femmes fument et sèchent le poisson. Le "
     "charbon importé y est stocké sur un parc à ciel ouvert ; les habitants disent retrouver une "
     "poussière noire sur le poisson séché, les toits et les nattes, et s'inquiètent des cendres. "
     "Le collectif des riverains et la commune, avec la direction de l'environnement et des "
     "établissements classés, demandent un appui pour installer des capteurs de particules PM10 "
     "et PM2,5 et des jauges de retombées de poussières, analyser la part du charbon dans les "
     "dépôts, faire contrôler l'arrosage et la couverture du parc à charbon, et conseiller les "
     "transformatrices sur la protection du poisson. Ils demandent aussi un suivi de la santé "
     "respiratoire des enfants des écoles voisines.",
     ("poussières de charbon", "centrales à charbon", "qualité de l'air",
      "transformation du poisson", "besoins"),
     ("SN",), "2024-01"),
    ("dj18", "project", "es",
     "Polvillo de carbón en Ciénaga y Santa Marta: cargue directo, trenes y monitoreo del aire en "
     "la zona carbonera del Magdalena",
     "El carbón de las minas a cielo abierto del Cesar viaja en trenes de más de cien vagones por "
     "la vía férrea hasta los puertos de Ciénaga y Santa Marta, donde se apila y se embarca. "
     "Durante años los pobladores de los corregimientos y barrios vecinos denunciaron el polvillo "
     "negro sobre techos, albercas, ropa tendida y pescado, y las autoridades sancionaron el "
     "cargue con barcazas y grúas que dejaba caer carbón al mar. Este proyecto de la corporación "
     "autónoma regional del Magdalena, con las alcaldías y una universidad, amplía la red de "
     "monitoreo de PM10 y PM2,5, verifica que los puertos usen el cargue directo con bandas "
     "transportadoras encapsuladas que exige la norma, que los trenes lleven vagones cubiertos y "
     "que los patios de carbón se humecten, y mide el carbón depositado en las playas y en los "
     "pastos marinos. Incluye talleres con las juntas de acción comunal. Los cultivos de palma y "
     "de banano que bordean la vía férrea no son parte del proyecto.",
     ("polvo de carbón", "puertos carboneros", "calidad del aire", "transporte de carbón",
      "Magdalena"),
     ("CO",), "2023-10"),
    # --- energy poverty -----------------------------------------------------------------------
    ("dj19", "dataset", "en",
     "Energy hardship in Aotearoa New Zealand: official measures, cold and damp homes and winter "
     "payments, 2019-2024",
     "In 2023 New Zealand adopted a set of official measures of energy hardship, the country's "
     "term for what Britain calls fuel poverty: households that spend a high share of their "
     "income on energy, that cannot keep their home warm, that go without heating to save money, "
     "or that fell behind on power bills or were disconnected. This dataset, drawn from the "
     "household economic survey and the general social survey, gives each measure for 2019 to "
     "2024 by region, tenure and household type, together with the share of homes reported as "
     "damp or with visible mould, the uptake of subsidised ceiling and underfloor insulation "
     "under the Warmer Kiwi Homes programme, the Winter Energy Payment made to pensioners and "
     "beneficiaries, and the prepaid electricity customers who disconnect themselves in winter. "
     "Notes link cold, damp rental housing to hospital admissions of children for respiratory "
     "illness, and describe the Healthy Homes standards for landlords, which require a fixed "
     "heater, often a heat pump, in the living room.",
     ("energy hardship", "energy poverty", "fuel poverty", "cold homes", "home insulation"),
     ("NZ",), "2024-12"),
    ("dj20", "project", "fr",
     "Repérer et accompagner les ménages en précarité énergétique : visites à domicile dans le "
     "bassin minier du Pas-de-Calais",
     "Dans les anciennes cités minières du Pas-de-Calais, de nombreuses familles vivent dans des "
     "maisons de briques mal isolées, classées F ou G par le diagnostic de performance "
     "énergétique, ces « passoires thermiques » où l'on se chauffe au fioul, au charbon ou avec "
     "des convecteurs électriques qui font exploser les factures. Beaucoup se privent de "
     "chauffage, accumulent les impayés et redoutent la fin de la trêve hivernale. Le projet, "
     "porté par le département avec les communes, la caisse d'allocations familiales et des "
     "associations, met en place un service local d'intervention pour la maîtrise de l'énergie : "
     "des chargés de visite, alertés par les travailleurs sociaux, les fournisseurs d'énergie et "
     "les médecins, se rendent au domicile, posent de petits équipements (joints, mousseurs, "
     "thermomètres), expliquent les factures et le chèque énergie, et orientent vers les aides à "
     "la rénovation et vers les recours contre les propriétaires de logements indécents. Un suivi "
     "mesure les températures intérieures et les économies un an après.",
     ("précarité énergétique", "passoires thermiques", "rénovation des logements",
      "chèque énergie", "action sociale"),
     ("FR",), "2024-02"),
    ("dj21", "case-study", "es",
     "Cuatro inviernos sin luz en la Cañada Real Galiana: pobreza energética extrema a las "
     "puertas de Madrid",
     "En octubre de 2020 la distribuidora cortó el suministro eléctrico a los sectores 5 y 6 de "
     "la Cañada Real Galiana, el mayor asentamiento informal de España, a quince kilómetros del "
     "centro de Madrid, alegando sobrecargas de la red por enganches ilegales. Miles de personas, "
     "entre ellas unos mil ochocientos niños, pasaron desde entonces los inviernos calentándose "
     "con estufas de butano, braseros, leña y generadores, con intoxicaciones por monóxido de "
     "carbono, incendios y niños que hacían los deberes con linternas. El estudio de caso repasa "
     "la respuesta de las administraciones, las peticiones de relatores de Naciones Unidas y del "
     "Comité Europeo de Derechos Sociales para que se restableciera la luz, el pacto regional de "
     "2021 para realojar a las familias y los paneles solares instalados por asociaciones "
     "vecinales y parroquias. Lo compara con la pobreza energética más extendida que mide la "
     "estrategia nacional: hogares que no pueden mantener una temperatura adecuada, retrasos en "
     "el pago de las facturas y el bono social eléctrico y térmico.",
     ("pobreza energética", "cortes de suministro eléctrico", "asentamientos informales",
      "derecho a la energía", "Madrid"),
     ("ES",), "2024-11"),
    # --- exports of banned pesticides ---------------------------------------------------------
    ("dj22", "dataset", "en",
     "Exports of pesticides banned in Great Britain: notifications under the GB PIC regulation, "
     "2021-2024",
     "Since leaving the European Union, Great Britain has run its own prior informed consent "
     "(PIC) regime, which implements the Rotterdam Convention and goes further: a company that "
     "exports a chemical banned or severely restricted in Great Britain must notify the Health "
     "and Safety Executive beforehand, and for some substances the importing country must "
     "expressly consent. This dataset lists every export notification from 2021 to 2024 for "
     "pesticides whose use is banned in Great Britain: the substance, such as paraquat, atrazine, "
     "acetochlor or fipronil, the product type, the intended quantity, the importing country and "
     "whether consent was required. Most of the volume is paraquat formulated at a plant in "
     "Huddersfield and shipped to Brazil, Indonesia, Mexico, Colombia and West Africa. The notes "
     "explain the gaps, from estimated quantities to shipments routed through third countries, "
     "and compare the figures with the European Union's export notifications and its debate on "
     "ending the export of banned pesticides.",
     ("banned pesticides", "pesticide exports", "export notifications", "prior informed consent",
      "paraquat"),
     ("GB",), "2024-10"),
    ("dj23", "case-study", "fr",
     "Interdire l'exportation des pesticides interdits : la France et l'article 83 de la loi "
     "EGalim",
     "Depuis le 1er janvier 2022, il est interdit en France de produire, de stocker et de faire "
     "circuler des produits phytopharmaceutiques contenant des substances actives non approuvées "
     "dans l'Union européenne pour des raisons de santé humaine ou animale ou d'environnement, y "
     "compris quand ils sont destinés à être vendus hors d'Europe. Cette disposition de la loi "
     "EGalim de 2018, contestée par les industriels et validée par le Conseil constitutionnel en "
     "janvier 2020 au nom de la protection de l'environnement, patrimoine commun des êtres "
     "humains, voulait mettre fin au « deux poids, deux mesures » qui laissait partir vers "
     "l'Afrique, l'Amérique latine et l'Asie des herbicides et des insecticides interdits dans "
     "les champs français. L'étude de cas examine ce qui a suivi : la chute des notifications "
     "d'exportation au départ des usines françaises, des productions déplacées vers d'autres pays "
     "européens, les contournements par des substances expédiées à part des formulations, les "
     "contrôles des douanes et des inspecteurs, et l'interdiction comparable adoptée par la "
     "Belgique.",
     ("pesticides interdits", "exportation de pesticides", "loi EGalim", "double standard",
      "produits phytopharmaceutiques"),
     ("FR",), "2024-05"),
    ("dj24", "need", "es",
     "Necesidad: rastrear los plaguicidas prohibidos en su país de origen que se importan para "
     "las piñeras y bananeras de Costa Rica",
     "Costa Rica está entre los países que más plaguicidas usan por hectárea cultivada, sobre "
     "todo en las piñeras de la zona norte y del Caribe y en las bananeras de Limón, y una parte "
     "de los ingredientes activos que importa ya no está autorizada en la Unión Europea ni en los "
     "países donde se fabrican los productos. El Servicio Fitosanitario del Estado, el Ministerio "
     "de Salud y una universidad pública solicitan apoyo para cruzar los registros de importación "
     "de aduanas con las notificaciones de exportación que Europa y el Reino Unido envían bajo el "
     "Convenio de Rotterdam, crear una base de datos pública de plaguicidas prohibidos en origen, "
     "revisar el registro de los productos más tóxicos, analizar residuos en pozos y quebradas "
     "cercanos a las fincas y capacitar a inspectores y a trabajadores agrícolas. Piden también "
     "asesoría para proponer que el registro de un plaguicida exija que siga autorizado en el "
     "país exportador.",
     ("plaguicidas prohibidos", "importación de plaguicidas", "Convenio de Rotterdam", "piña",
      "necesidades"),
     ("CR",), "2024-09"),
    # --- DNA synthesis screening --------------------------------------------------------------
    ("dj25", "document", "en",
     "Screening orders for synthetic DNA: a guide for gene synthesis providers, research "
     "institutions and funders",
     "Companies that synthesise DNA to order ship genes, gene fragments and oligonucleotides to "
     "laboratories around the world within days, and benchtop synthesisers now let a laboratory "
     "print its own. Without checks, someone could order the genetic sequences of a dangerous "
     "pathogen or toxin. This guide, based on the United States framework for nucleic acid "
     "synthesis screening of 2024 and on the harmonised screening protocol of the industry's "
     "international gene synthesis consortium, explains the two checks expected of providers: "
     "sequence screening of every order against databases of sequences of concern, first for "
     "orders of 200 nucleotides or more and later down to 50, and customer screening to confirm "
     "that the buyer is a legitimate institution with a real shipping address. It sets out what "
     "to do when an order is flagged, how long to keep records, how benchtop devices should "
     "screen before they print, and why federally funded researchers must buy only from providers "
     "that screen. Gene drives and other synthetic biology questions are left to other guidance.",
     ("DNA synthesis screening", "synthetic DNA", "biosecurity", "synthetic biology",
      "sequences of concern"),
     ("US",), "2024-08"),
    ("dj26", "event", "fr",
     "Atelier : le contrôle des commandes d'ADN synthétique et la biosûreté de la biologie de "
     "synthèse, Spiez",
     "Le Laboratoire de Spiez, institut suisse de protection contre les menaces nucléaires, "
     "biologiques et chimiques, réunit pendant deux jours des entreprises de synthèse d'ADN, des "
     "plateformes universitaires de génomique, des équipes étudiantes de biologie de synthèse et "
     "des représentants des offices fédéraux chargés de la biosécurité et du contrôle des "
     "exportations. Au programme : comment une entreprise vérifie qu'une séquence commandée ne "
     "code pas une toxine ou un facteur de virulence d'un agent pathogène réglementé, comment "
     "elle s'assure de l'identité du client, ce que change l'arrivée des synthétiseurs d'ADN de "
     "paillasse, et la place de ces contrôles dans la Convention sur les armes biologiques. Un "
     "exercice sur table simule une commande suspecte transmise entre trois pays. Les "
     "participants distinguent la biosécurité, qui protège les personnes et l'environnement des "
     "organismes qu'on manipule, de la biosûreté, qui empêche leur détournement. L'atelier se "
     "tient en français et en allemand, avec interprétation.",
     ("synthèse d'ADN", "biosûreté", "biologie de synthèse", "contrôle des exportations",
      "Convention sur les armes biologiques"),
     ("CH",), "2024-11"),
    ("dj27", "need", "es",
     "Necesidad: normas y capacitación para controlar la compra de ADN sintético en los "
     "laboratorios del Uruguay",
     "Los laboratorios de las facultades de ciencias, química y medicina, los institutos de "
     "investigación biológica de Montevideo y las nuevas empresas de biotecnología del Uruguay "
     "compran cada año miles de oligonucleótidos, genes sintéticos y fragmentos de ADN a "
     "proveedores de Estados Unidos, Europa y China, y algunos evalúan adquirir un sintetizador "
     "de ADN de mesada. El país regula los vegetales genéticamente modificados, pero ninguna "
     "norma dice qué secuencias pueden encargarse, quién verifica al comprador ni qué hacer si un "
     "proveedor rechaza un pedido. La comisión de bioseguridad, con la universidad pública y la "
     "cancillería, solicita apoyo para redactar una guía nacional de compra responsable de ADN "
     "sintético, formar a los responsables de bioseguridad de cada laboratorio en el análisis de "
     "secuencias de riesgo, incluir el tema en los informes del Uruguay a la Convención sobre "
     "Armas Biológicas y organizar un ejercicio con proveedores. Los equipos estudiantiles que "
     "compiten en certámenes de biología sintética serían los primeros en aplicar la guía.",
     ("ADN sintético", "síntesis de ADN", "bioprotección", "biología sintética", "necesidades"),
     ("UY",), "2024-06"),
    # --- model laws ---------------------------------------------------------------------------
    ("dj28", "case-study", "en",
     "From model to statute: how the African Model Law on Safety in Biotechnology shaped national "
     "biosafety laws",
     "In 2001 the Organisation of African Unity endorsed a model law on safety in biotechnology, "
     "later revised under the African Union, to help its members draft the biosafety legislation "
     "needed for the Cartagena Protocol. It took a precautionary line: advance informed agreement "
     "for every import, transit and contained use of genetically modified organisms, strict "
     "liability for damage, public participation and labelling. This case study compares how far "
     "national laws followed it. Ethiopia's biosafety proclamation of 2009 copied it closely and "
     "was amended in 2015 to allow trials of Bt cotton; Kenya's Biosafety Act of 2009, Nigeria's "
     "law of 2015 and Uganda's long-debated bill took only parts, drawing also on other models. "
     "From interviews with legislative drafters, regulators and parliamentary counsel, it draws "
     "out what a model law is good for: ready-made definitions and provisions for small drafting "
     "teams and a common regional position, but also the risk of adopting text that a country "
     "cannot enforce.",
     ("model laws", "biosafety legislation", "African Model Law on Safety in Biotechnology",
      "Cartagena Protocol", "legislative drafting"),
     ("ET", "KE", "NG", "UG"), "2023-07"),
    ("dj29", "event", "fr",
     "Atelier sous-régional : transposer la loi type sur les peintures au plomb en Afrique "
     "centrale",
     "Organisé à Yaoundé avec l'Alliance mondiale pour l'élimination des peintures au plomb, cet "
     "atelier de trois jours réunit des juristes des ministères de l'environnement, du commerce "
     "et de la santé, des organismes de normalisation et des fabricants de peinture du Cameroun, "
     "du Gabon, du Tchad, du Congo et de la République centrafricaine. Il part de la loi type et "
     "des orientations publiées par le Programme des Nations Unies pour l'environnement en 2018 : "
     "une limite de 90 ppm de plomb total dans toutes les peintures, l'interdiction de fabriquer, "
     "d'importer et de vendre des peintures qui la dépassent, l'étiquetage, la certification par "
     "un laboratoire et un délai de mise en conformité pour les fabricants. Les participants "
     "comparent la loi type avec leurs textes en vigueur, choisissent entre loi, décret et norme "
     "obligatoire, rédigent en groupes un avant-projet de texte et un calendrier d'adoption, et "
     "discutent des contrôles aux frontières et dans les quincailleries. Les analyses de "
     "peintures achetées à Douala et à Libreville sont présentées le premier jour.",
     ("loi type", "peintures au plomb", "réglementation", "rédaction des textes juridiques",
      "Afrique centrale"),
     ("CM", "GA", "TD", "CG", "CF"), "2024-04"),
    ("dj30", "support-source", "es",
     "Oferta: asesoría legislativa para adaptar leyes modelo sobre sustancias químicas y "
     "plaguicidas en Centroamérica",
     "Un centro regional del Convenio de Basilea con sede en San Salvador, con una red de "
     "abogados ambientalistas de universidades de la región, ofrece a los ministerios de "
     "ambiente, salud y agricultura de Centroamérica acompañamiento para redactar o actualizar su "
     "legislación sobre sustancias químicas a partir de leyes modelo y guías internacionales: las "
     "orientaciones del PNUMA para legislar sobre la gestión de productos químicos, la ley modelo "
     "sobre pinturas con plomo y las directrices de la FAO y la OMS sobre legislación de "
     "plaguicidas. La asesoría, gratuita para los países, incluye un diagnóstico de las normas "
     "vigentes y de sus vacíos, la comparación artículo por artículo con la ley modelo, la "
     "redacción de un anteproyecto y de su reglamento, talleres con los equipos jurídicos, la "
     "consulta pública y el apoyo durante el trámite legislativo. Ya se ha prestado a Guatemala y "
     "a Honduras; tienen prioridad los países que preparan su ley sobre el mercurio o la reforma "
     "de su registro de plaguicidas.",
     ("leyes modelo", "legislación sobre sustancias químicas", "plaguicidas", "asesoría jurídica",
      "ofertas"),
     ("GT", "HN", "SV", "NI", "CR", "PA"), "2024-09"),
)  # fmt: skip
