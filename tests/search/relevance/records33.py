"""Clearing-house records of the thirty-third judged relevance set
(tests/search/relevance/queries33.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: chemical-safety pages on
the end of leaded petrol (tetraethyl lead, the UNEP Partnership for Clean Fuels and Vehicles;
essence plombée, supercarburant plombé, plomb tétraéthyle; gasolina con plomo, tetraetilo de
plomo) and on road salt and the salinization of lakes, wells and wetlands (sels de voirie,
fondants, déneigement; sal de deshielo, salmuera, vialidad invernal); CBD Clearing-House
Mechanism pages on manatees (Florida manatees, sea cows; lamantin d'Afrique; manatíes, vaca
marina), on crayfish (the native white-clawed crayfish, the invasive signal and American
crayfish and the crayfish plague; écrevisse de Louisiane, écrevisse à pattes blanches,
aphanomycose; cangrejo rojo americano, cangrejo de río autóctono, afanomicosis), on
red-eared sliders and other released pet turtles (tortue de Floride, cistude d'Europe;
galápago de Florida, galápago europeo y leproso), on dung beetles killed by livestock wormers
such as ivermectin (bousiers, antiparasitaires, lactones macrocycliques; escarabajos
estercoleros o peloteros, antiparasitarios, endectocidas) and on blast fishing (pêche à
l'explosif, à la dynamite; pesca con explosivos, con dinamita); Biosafety Clearing-House
pages on the genetically modified pink pineapple (EF2-114; ananas transgénique, OGM; piña
rosada transgénica, OVM); air-pollution pages on crop residue burning (paddy stubble, rice
straw, pre-harvest sugarcane burning; brûlage de la paille de riz; quema de caña, quema de
rastrojos); and agro-industrial pollution pages on the wastewater and pulp of coffee wet
mills (washing stations; stations de lavage, eaux de dépulpage, pulpe de café; beneficio
húmedo, aguas mieles, pulpa). English, French and Spanish, 10 records each, every topic
written once in each language (different countries, projects and angles, not translations
of one text), so that a query in one language has answers in the others.

None of records.py, records3.py, ..., records32.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (leaded, petrol, gasoline, gasolina, essence plomb,
carburant, nafta, tetraethyl, tétraéthyle, tetraetilo, octane, vehicle, véhicule, exhaust,
catalytic, plombémie, blood lead, plomo en sangre; manatee, lamantin, manatí, dugong,
sirenia, sea cow, vaca marina; crayfish, écrevisse, cangrejo de río, Procambarus,
Aphanomyces, mussel, moule, mejillón; red-eared, slider, tortue de Floride, Trachemys,
galápago, turtle, tortue, tortuga, pet, mascota, animaux de compagnie; pineapple, ananas,
piña, lycopene, licopeno, Del Monte; ivermectin, ivermectine, avermectin, dung beetle,
bousier, escarabajo, coprófag, wormer, deworm, vermifug, antiparasit, endectocid,
veterinary, vétérinaire, acaricid, tick; blast fishing, dynamite, dinamita, explosif,
explosivos, destructive; stubble, crop residue, straw, paille, paja, rastrojo, quema, quemas,
brûlage, brûlis, feux, open burning, sugarcane, canne, caña, Punjab, Delhi, smog; coffee,
café, cafetal, caficult, coffee pulp, pulpe de café, aguas mieles, despulp, beneficio,
wastewater; road salt, de-icing, déglaçage, déneigement, sel de voirie, fondants, sal de
deshielo, deshielo, salin, salinity, chloride, chlorure, cloruro). Candidates found covered
were dropped: aerial pesticide spraying (the chlorothalonil banana page bk29, whose subjects
name pulvérisation aérienne) and pangolins (named in r10, r11, v22, bb25, bb26 and be25).
The nearest are the seagrass page that names manatees returning to Chetumal bay (v42) and the
dugong pages (o01-o03), the other sirenians; the Cotonou open-burning project that names
agricultural residues among the waste burned (n25) and the Ebro delta rice-field project that
removes the straw without burning it (i30); the veterinary diclofenac and vulture pages
(x10-x12); the cyanide-fishing page of Palawan (bf03); the soil salinization pages (j13-j15,
z05); the lead pages (paint, batteries, ammunition, spices, kohl, pipes, pottery, cookware);
the golden ethylene glycol molecule page, a deicing solution and antifreeze, not a road salt;
and the GM papaya and banana pages (bb19-bb21, bg13-bg15). No text was copied from those sites
and none comes from demo/generator.py. They are meant to be harvested as ``oai_dc``-like
records and enriched with the project thesaurus exactly as the other records files' are,
beside them and the real fixtures' records (tests/mappings/golden/*.json) as one pool.

Ids (bm01..bm30) collide with none of the earlier records files' (a1..h5, n01..n47,
p01..p45, q01..q45, t01..t45, v01..v45, w01..w45, x01..x30, k01..k30, m01..m30, r01..r30,
u01..u30, j01..j30, o01..o30, y01..y30, z01..z30, l01..l30, i01..i30, s01..s30, ba01..ba30,
bb01..bb30, bc01..bc30, bd01..bd30, be01..be30, bf01..bf30, bg01..bg30, bh01..bh30,
bi01..bi30, bj01..bj30, bk01..bk30, bl01..bl30), and no earlier id starts with "bm"; in
queries33.tsv they are written without prefix, like theirs, and take the same ``rel:`` prefix
in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- leaded petrol --------------------------------------------------------------------
    ("bm01", "document", "en",
     "The end of leaded petrol: how the last countries stopped selling it and what it changed",
     "In July 2021 Algeria used up its last stocks of leaded petrol, ending a century in "
     "which tetraethyl lead was added to gasoline as an anti-knock agent to raise its octane. "
     "Since 2002 the Partnership for Clean Fuels and Vehicles, hosted by UNEP, had helped "
     "governments in Africa, the Middle East and Asia to upgrade refineries, tighten fuel "
     "standards and test fuel at the pump. The document sums up the evidence: the blood lead "
     "levels of children fell steeply wherever lead was taken out of fuel, while roadside "
     "soils and house dust still hold the lead emitted over decades; removing lead also made "
     "catalytic converters possible. It ends with the remaining uses, leaded aviation "
     "gasoline for piston-engined aircraft and racing fuel.",
     ("leaded petrol", "tetraethyl lead", "fuel quality", "children's blood lead",
      "air pollution"), ("DZ",), "2022"),
    ("bm02", "dataset", "fr",
     "Plomb dans les sols et les poussières en bord de route à Casablanca, avant et après la "
     "fin de l'essence plombée, 2005-2020",
     "Teneurs en plomb de 180 échantillons de sols de bord de route, de terre-pleins centraux "
     "et de poussières de cours d'école à Casablanca et Mohammedia, prélevés en 2005, 2012 et "
     "2020. Le Maroc a cessé de distribuer le supercarburant plombé au début de 2009, après "
     "la modernisation de la raffinerie de Mohammedia. Les concentrations ont nettement "
     "baissé dans les poussières, mais restent élevées dans les sols des grands carrefours, "
     "où s'est accumulé pendant des décennies le plomb émis par la combustion du plomb "
     "tétraéthyle. Chaque mesure est accompagnée de la distance à la chaussée et du trafic "
     "journalier, et les données de 2012 comprennent les plombémies d'enfants de trois écoles "
     "voisines.",
     ("essence plombée", "plomb", "sols urbains", "pollution liée au trafic routier",
      "plombémie"), ("MA",), "2021-03"),
    ("bm03", "case-study", "es",
     "Adiós a la gasolina con plomo en la Ciudad de México: el plomo en la sangre de los "
     "niños antes y después de 1997",
     "A fines de los años ochenta el aire del valle de México era de los más contaminados del "
     "mundo y la gasolina Nova contenía tetraetilo de plomo como antidetonante. En 1990 Pemex "
     "introdujo la gasolina Magna Sin, sin plomo, para los autos nuevos con convertidor "
     "catalítico, y a fines de 1997 dejó de vender la gasolina con plomo. El estudio de caso "
     "reúne las mediciones de plomo en el aire de la ciudad y los análisis de plomo en sangre "
     "de niños y mujeres embarazadas realizados por el Instituto Nacional de Salud Pública, "
     "que bajaron a una fracción de los niveles de 1988, y señala las fuentes de exposición "
     "que persisten, como la loza de barro vidriado.",
     ("gasolina con plomo", "plomo en sangre", "calidad del aire", "salud infantil",
      "combustibles"), ("MX",), "2019"),
    # --- manatees -------------------------------------------------------------------------
    ("bm04", "dataset", "en",
     "Florida manatee deaths by cause, 2015-2023: starvation in the Indian River Lagoon and "
     "boat strikes",
     "Carcass records of Florida manatees (Trichechus manatus latirostris) recovered across "
     "the state, with the cause of death found at necropsy: watercraft collision, cold "
     "stress, red tide, entanglement in fishing gear, perinatal death and, from the winter of "
     "2020-21, starvation. More than 1,100 manatees died in 2021, most on the Atlantic coast, "
     "where algal blooms fed by septic tanks and fertiliser runoff had wiped out the seagrass "
     "beds of the Indian River Lagoon on which the sea cows graze in winter. Each record "
     "gives date, place, sex, length and cause; notes record the emergency feeding with "
     "lettuce at a power plant's warm-water outflow at Cape Canaveral.",
     ("manatees", "marine mammal strandings", "seagrass loss", "boat strikes",
      "Trichechus manatus"), ("US",), "2024-02"),
    ("bm05", "project", "fr",
     "Les lamantins du lac Ossa : pêcheurs sentinelles et filets moins dangereux",
     "Le lamantin d'Afrique (Trichechus senegalensis), grand herbivore aquatique des fleuves, "
     "des lagunes et des mangroves de la côte atlantique africaine, est encore chassé pour sa "
     "viande et se noie dans les filets maillants. Dans la réserve de faune du lac Ossa, près "
     "d'Édéa, au Cameroun, le projet forme des pêcheurs à signaler les animaux vus ou "
     "capturés, remplace les filets dormants posés dans les herbiers aquatiques où les "
     "lamantins broutent, repère les animaux au sonar latéral et aux traces d'alimentation, "
     "et soutient les villages qui renoncent à la chasse. Il s'inscrit dans le plan d'action "
     "de la CMS pour le lamantin d'Afrique de l'Ouest.",
     ("lamantin d'Afrique", "mammifères aquatiques", "captures accidentelles",
      "aires protégées", "CMS"), ("CM",), "2023"),
    ("bm06", "need", "es",
     "Necesidad: rescate y traslado de manatíes atrapados en las ciénagas que se secan en el "
     "bajo Magdalena",
     "En los años de sequía fuerte, como 2015-2016 y 2019, las ciénagas del bajo Magdalena y "
     "del río San Jorge pierden su conexión con el río, y los manatíes del Caribe (Trichechus "
     "manatus), que los pescadores también llaman vaca marina, quedan encerrados en charcos "
     "de poca agua, donde mueren de calor o son cazados. La corporación autónoma regional "
     "solicita apoyo para formar brigadas comunitarias de rescate con los pescadores, comprar "
     "camillas, redes y un vehículo adaptado, contar con veterinarios de fauna acuática y "
     "estudiar la conectividad de los caños para que los animales puedan volver al río por sí "
     "mismos.",
     ("manatíes", "rescate de fauna silvestre", "ciénagas", "sequía", "necesidades"),
     ("CO",), "2024-03"),
    # --- crayfish -------------------------------------------------------------------------
    ("bm07", "project", "en",
     "Ark sites for the white-clawed crayfish: keeping England's only native crayfish ahead "
     "of the signal crayfish",
     "The white-clawed crayfish (Austropotamobius pallipes) has vanished from most English "
     "rivers since the North American signal crayfish was brought in for farming in the "
     "1970s. The invader outcompetes it and carries crayfish plague, a water mould "
     "(Aphanomyces astaci) that it survives but that kills native crayfish within weeks. The "
     "project rescues crayfish from rivers the plague is approaching, rears juveniles in a "
     "hatchery and stocks isolated quarries, ponds and headwaters, the 'ark sites', that "
     "signal crayfish cannot reach. It also runs a Check, Clean, Dry campaign for anglers and "
     "canoeists, since the spores travel on wet gear.",
     ("white-clawed crayfish", "crayfish plague", "signal crayfish", "invasive alien species",
      "freshwater conservation"), ("GB",), "2022"),
    ("bm08", "document", "fr",
     "Écrevisses exotiques envahissantes dans les étangs de la Brenne : guide de gestion",
     "L'écrevisse de Louisiane, ou écrevisse rouge des marais, a colonisé en vingt ans une "
     "grande partie des étangs de la Brenne, où elle dévore les herbiers aquatiques, les "
     "pontes d'amphibiens et les larves d'insectes, creuse les digues et trouble l'eau. Avec "
     "l'écrevisse signal et l'écrevisse américaine, elle porte l'aphanomycose, la peste de "
     "l'écrevisse, mortelle pour l'écrevisse à pattes blanches qui subsiste dans quelques "
     "ruisseaux de tête de bassin. Le guide du parc naturel régional présente les méthodes de "
     "régulation (nasses, assecs prolongés, tri lors des vidanges d'étangs), la "
     "réglementation qui interdit le transport d'écrevisses vivantes, et des fiches pour "
     "reconnaître chaque espèce.",
     ("écrevisses", "espèces exotiques envahissantes", "écrevisse de Louisiane",
      "peste de l'écrevisse", "étangs"), ("FR",), "2023-05"),
    ("bm09", "case-study", "es",
     "El cangrejo rojo americano en las marismas del Guadalquivir: medio siglo de invasión",
     "El cangrejo rojo americano o de las marismas (Procambarus clarkii) se introdujo en 1974 "
     "en los arrozales de Isla Mayor, junto a Doñana, para criarlo y venderlo. Hoy sostiene "
     "una pesquería y una industria de pelado, pero se ha extendido por casi todas las "
     "cuencas de España, ha arrasado la vegetación acuática de lagunas y caños, compite con "
     "peces y aves, y transmite la afanomicosis o peste del cangrejo, que casi acabó con el "
     "cangrejo de río autóctono (Austropotamobius pallipes) en los años ochenta. El estudio "
     "de caso resume sus impactos, los intentos de control con nasas y su inclusión en el "
     "Catálogo español de especies exóticas invasoras.",
     ("cangrejo rojo americano", "especies exóticas invasoras", "marismas",
      "cangrejo de río autóctono", "afanomicosis"), ("ES",), "2023"),
    # --- red-eared sliders and other released pet turtles ---------------------------------
    ("bm10", "document", "en",
     "Red-eared sliders after the pet boom: Japan's rules on keeping, releasing and selling "
     "them",
     "Millions of hatchling red-eared sliders (Trachemys scripta elegans), sold at festivals "
     "and pet shops as 'midori-game', green turtles, since the 1960s, were later released "
     "into ponds, castle moats and rivers across Japan, where they now outnumber the native "
     "Japanese pond turtle and eat lotus, water chestnut and the eggs of fish and frogs. "
     "Since June 2023 the slider, together with the American crayfish, has been a "
     "conditionally designated invasive alien species: owners may keep the turtles they have, "
     "but may not release them or sell them for release. The document explains the rules to "
     "owners, describes the traps and moat drain-downs used by local governments, and lists "
     "shelters that take unwanted turtles.",
     ("red-eared slider", "invasive alien species", "pet release", "freshwater turtles",
      "Trachemys scripta"), ("JP",), "2023-08"),
    ("bm11", "project", "fr",
     "Tortues de Floride abandonnées : un centre d'accueil et la reconquête de la cistude en "
     "Camargue",
     "Importées par millions comme animaux de compagnie jusqu'à l'interdiction de 1997, les "
     "tortues de Floride (Trachemys scripta), puis d'autres tortues d'eau douce américaines "
     "vendues à leur place, ont été relâchées dans les mares, les canaux et les étangs du sud "
     "de la France. Elles concurrencent la cistude d'Europe (Emys orbicularis), tortue "
     "aquatique protégée, pour les places d'insolation et les sites de ponte. Le projet ouvre "
     "un centre qui recueille les tortues exotiques dont les particuliers veulent se séparer, "
     "capture celles des marais de Camargue avec des radeaux-pièges, et suit la reproduction "
     "de la cistude par radiopistage des femelles.",
     ("tortue de Floride", "cistude d'Europe", "espèces exotiques envahissantes",
      "nouveaux animaux de compagnie", "zones humides"), ("FR",), "2022"),
    ("bm12", "event", "es",
     "Jornada técnica: galápagos exóticos en los humedales valencianos, trampeo y campañas de "
     "entrega",
     "Jornada para técnicos de espacios naturales, agentes medioambientales y voluntarios "
     "sobre las tortugas acuáticas exóticas, sobre todo el galápago de Florida (Trachemys "
     "scripta), incluido en el Catálogo español de especies exóticas invasoras, que sus "
     "dueños liberan en acequias, balsas de riego y lagunas como la Albufera o el Marjal de "
     "Pego-Oliva. Se presentaron las capturas con nasas y trampas de asoleamiento desde 2008, "
     "los efectos sobre los galápagos autóctonos, el galápago europeo y el galápago leproso, "
     "y las campañas en las que los particulares entregan sin sanción las tortugas que ya no "
     "quieren. Incluyó una práctica de identificación de especies.",
     ("galápago de Florida", "especies exóticas invasoras", "galápagos autóctonos",
      "humedales", "mascotas"), ("ES",), "2024-04"),
    # --- genetically modified pink pineapple ----------------------------------------------
    ("bm13", "document", "en",
     "Risk assessment summary: pink-fleshed genetically modified pineapple EF2-114 for food "
     "use",
     "The pineapple event EF2-114, marketed as a pink or 'rosé' pineapple, was modified to "
     "silence the plant's own lycopene beta-cyclase genes, so that the flesh keeps the red "
     "pigment lycopene, and to lower the ethylene that triggers natural flowering, so that "
     "fruiting can be timed. It is grown only on farms in Costa Rica. The summary, prepared "
     "for the food safety and biosafety authorities of an importing country, reviews the "
     "molecular characterisation, the composition compared with the conventional MD-2 "
     "pineapple, allergenicity, and the removal of the crowns before export, so that no "
     "propagating material reaches the importing country. It concludes the fruit is as safe "
     "to eat as other pineapples.",
     ("genetically modified pineapple", "food safety assessment", "lycopene",
      "living modified organisms", "risk assessment"), ("CR",), "2021"),
    ("bm14", "need", "fr",
     "Besoin : contrôler les rejets d'ananas importés pour éviter l'introduction d'ananas "
     "transgéniques au Bénin",
     "Le Bénin exporte de l'ananas Pain de sucre et Cayenne lisse, et les producteurs du "
     "plateau d'Allada achètent de plus en plus de rejets et de couronnes à l'étranger pour "
     "agrandir leurs plantations. Or des ananas génétiquement modifiés à chair rose sont "
     "cultivés en Amérique centrale, et le Bénin, Partie au Protocole de Cartagena, n'a "
     "autorisé aucun OGM. L'autorité nationale de biosécurité demande un appui pour former "
     "les inspecteurs aux postes frontières, équiper un laboratoire capable de détecter par "
     "PCR les séquences transgéniques dans le matériel de plantation, et informer les "
     "coopératives d'exportateurs des risques pour leurs marchés.",
     ("ananas", "OGM", "détection des OGM", "matériel de plantation", "besoins"),
     ("BJ",), "2024-05"),
    ("bm15", "case-study", "es",
     "Piña rosada transgénica en Costa Rica: un cultivo solo para la exportación y el debate "
     "con los productores",
     "Costa Rica, primer exportador mundial de piña, autorizó la siembra comercial de una "
     "piña genéticamente modificada de pulpa rosada, rica en licopeno, destinada solo a la "
     "exportación. La Comisión Técnica Nacional de Bioseguridad exigió cultivarla en fincas "
     "delimitadas de la zona norte, eliminar las coronas y los hijos después de la cosecha y "
     "vigilar las plantas espontáneas. El estudio de caso recoge la evaluación del riesgo, "
     "las objeciones de grupos ecologistas y de productores de piña convencional que temen "
     "perder mercados, y lo compara con los problemas que ya causa la expansión de los "
     "monocultivos de piña y su uso de plaguicidas.",
     ("piña transgénica", "organismos vivos modificados", "bioseguridad",
      "evaluación del riesgo", "exportaciones agrícolas"), ("CR",), "2022"),
    # --- dung beetles and livestock wormers -----------------------------------------------
    ("bm16", "dataset", "en",
     "Dung beetles in cattle pats after worming: farm surveys in Devon and Cornwall, 2019-2023",
     "Counts and identifications of dung beetles, among them dor beetles and Aphodius and "
     "Onthophagus species, taken from more than 3,000 cattle dung pats on 40 livestock farms "
     "in south-west England. For each herd the dataset records the wormers used (macrocyclic "
     "lactones such as ivermectin, doramectin and moxidectin, or benzimidazoles), how they "
     "were given (pour-on, injection or bolus) and the days since treatment. Pats from "
     "animals treated with avermectins in the previous weeks held far fewer beetle larvae and "
     "took longer to break down. Farmers use the data with their vets to run faecal egg "
     "counts first and to worm only the animals that need it.",
     ("dung beetles", "ivermectin", "veterinary medicines", "livestock farming", "soil fauna"),
     ("GB",), "2024-01"),
    ("bm17", "document", "fr",
     "Traiter les troupeaux sans tuer les bousiers : guide pour les éleveurs des Causses et "
     "des Cévennes",
     "Les bousiers, géotrupes et autres insectes coprophages enfouissent les bouses et les "
     "crottins, recyclent l'azote et limitent les mouches et les parasites des pâtures. Or "
     "les antiparasitaires de la famille des lactones macrocycliques, comme l'ivermectine ou "
     "l'éprinomectine, passent dans les excréments des animaux traités et tuent les larves de "
     "ces insectes pendant plusieurs semaines. Ce guide du parc national des Cévennes et des "
     "groupements techniques vétérinaires explique comment vermifuger brebis et bovins au bon "
     "moment, après coproscopie, choisir des molécules moins écotoxiques, éviter les "
     "traitements pour-on juste avant la mise à l'herbe et garder des parcelles refuges. Une "
     "clé simplifiée aide à reconnaître les bousiers.",
     ("bousiers", "antiparasitaires", "ivermectine", "élevage pastoral", "insectes coprophages"),
     ("FR",), "2022-09"),
    ("bm18", "support-source", "es",
     "Oferta: ensayos de toxicidad de antiparasitarios ganaderos sobre escarabajos "
     "estercoleros",
     "Un laboratorio de entomología de la Universidad de la República ofrece a los "
     "ministerios de ganadería y de ambiente de la región evaluar el efecto de los "
     "antiparasitarios veterinarios sobre los escarabajos estercoleros o peloteros, que "
     "entierran la bosta del ganado en el campo natural. Ofrece bioensayos con estiércol de "
     "animales tratados con ivermectina, doramectina y otros endectocidas, identificación de "
     "las especies nativas de escarabajos coprófagos, muestreos con trampas de caída en "
     "establecimientos ganaderos y capacitación a veterinarios y productores para tratar solo "
     "a los animales que lo necesitan. Los resultados sirven al registro de productos "
     "veterinarios y a los planes de biodiversidad.",
     ("escarabajos estercoleros", "antiparasitarios", "ivermectina", "ganadería",
      "ofertas de asistencia técnica"), ("UY",), "2023"),
    # --- blast fishing --------------------------------------------------------------------
    ("bm19", "project", "en",
     "Stopping blast fishing on Tanzania's reefs: acoustic detectors and a multi-agency task "
     "team",
     "Fishers along the coast of Tanzania throw home-made bombs, bottles packed with "
     "fertiliser or mining explosives and fitted with a fuse, into shoals of fish on the "
     "coral reefs near Dar es Salaam, Tanga and Kilwa, stunning everything nearby and "
     "shattering the coral. The project installs underwater microphones that record each "
     "blast and locate it within a few hundred metres, so that fisheries and marine parks "
     "officers, the police and the navy patrol where bombs go off. It also traces the "
     "explosives back to quarries and mines, trains prosecutors and magistrates, and helps "
     "village beach management units with alternatives such as temporary octopus closures.",
     ("blast fishing", "coral reefs", "illegal fishing", "explosives", "fisheries enforcement"),
     ("TZ",), "2021"),
    ("bm20", "need", "fr",
     "Besoin : faire reculer la pêche à l'explosif et au poison sur les récifs de la Grande "
     "Comore et d'Anjouan",
     "Sur les récifs frangeants de la Grande Comore et d'Anjouan, des pêcheurs utilisent "
     "encore des charges de dynamite ou d'engrais, et des plantes ichtyotoxiques écrasées, "
     "pour tuer le poisson. Ces pratiques détruisent les coraux, les juvéniles et les "
     "herbiers où se nourrissent les tortues. La direction générale des ressources "
     "halieutiques demande un appui pour équiper et former des brigades de surveillance du "
     "littoral, mener des campagnes d'information dans les villages de pêcheurs, aider les "
     "pêcheurs à pêcher plus au large avec des embarcations motorisées, et faire appliquer le "
     "code des pêches, qui interdit ces méthodes.",
     ("pêche à l'explosif", "récifs coralliens", "pêche illicite", "surveillance des pêches",
      "besoins"), ("KM",), "2023-10"),
    ("bm21", "case-study", "es",
     "Pesca con dinamita en el litoral norte del Perú: explosivos de la minería, bancos "
     "naturales y lobos marinos",
     "En caletas de Áncash, La Libertad y Piura algunos pescadores siguen lanzando cartuchos "
     "de dinamita sobre los cardúmenes de lorna, cabinza y pejerrey cerca de la orilla y "
     "alrededor de las islas guaneras. La pesca con explosivos mata peces de todas las "
     "tallas, destroza los bancos naturales de conchas y hiere a lobos marinos y aves. El "
     "estudio de caso reconstruye de dónde salen los explosivos, desviados de la minería "
     "informal, recoge las denuncias de los pescadores artesanales que faenan con cortina o "
     "con cordel, describe los operativos de la Capitanía y de la Policía, y explica por qué "
     "las sanciones casi nunca llegan a juicio.",
     ("pesca con explosivos", "pesca ilegal", "pesca artesanal", "fauna marina", "explosivos"),
     ("PE",), "2022"),
    # --- crop residue burning -------------------------------------------------------------
    ("bm22", "case-study", "en",
     "Paddy stubble burning in Punjab and Haryana and the winter smog over Delhi",
     "Every October and November farmers in Punjab and Haryana set fire to the straw and "
     "stubble left by the combine harvesters in their rice fields, to clear them in the two "
     "or three weeks before wheat is sown. Smoke from tens of thousands of farm fires, "
     "counted by satellite, makes up a large share of the fine particles (PM2.5) over Delhi "
     "on the worst days, on top of traffic, industry and dust. The case study reviews the "
     "subsidies for Happy Seeder and super seeder machines that sow wheat straight into the "
     "stubble, the bio-decomposer sprayed on the straw, the use of straw bales in biomass "
     "power plants and pellets, and why bans and fines have changed so little.",
     ("crop residue burning", "stubble burning", "air pollution", "PM2.5", "rice straw"),
     ("IN",), "2023"),
    ("bm23", "event", "fr",
     "Atelier : valoriser la paille de riz au lieu de la brûler dans la vallée du fleuve "
     "Sénégal",
     "Après chaque récolte de riz irrigué dans le delta et la vallée du fleuve Sénégal, de "
     "Saint-Louis à Podor, une grande partie de la paille est brûlée sur les parcelles pour "
     "préparer la contre-saison ; les fumées incommodent les villages et le sol perd sa "
     "matière organique. L'atelier a réuni la SAED, des unions de producteurs, des éleveurs, "
     "des chercheurs et la direction de l'environnement autour des solutions de rechange : "
     "bottelage et vente de la paille aux éleveurs, traitement à l'urée pour nourrir le "
     "bétail, compostage, briquettes combustibles, et enfouissement de la paille lors du "
     "travail du sol. Un plan d'action pour les campagnes suivantes a été adopté.",
     ("brûlage des résidus de récolte", "paille de riz", "riziculture irriguée",
      "pollution de l'air", "valorisation des résidus agricoles"), ("SN",), "2022-12"),
    ("bm24", "document", "es",
     "Guía para la cosecha en verde de la caña de azúcar: menos quemas en la costa sur de "
     "Guatemala",
     "En la costa sur de Guatemala, durante la zafra se quema la caña antes del corte para "
     "eliminar las hojas secas y facilitar el trabajo de los cortadores, y después se queman "
     "los rastrojos. El humo y la ceniza negra que cae sobre Escuintla y los pueblos vecinos "
     "agravan las enfermedades respiratorias. La guía, elaborada con los ingenios azucareros "
     "y el ministerio de ambiente, explica cómo pasar por etapas a la cosecha mecanizada de "
     "caña verde, dejar la paja como cobertura del suelo y usar parte de ella como "
     "combustible en las calderas, y cómo avisar a las comunidades y respetar franjas sin "
     "quema junto a poblados, escuelas y áreas protegidas.",
     ("quema de caña de azúcar", "cosecha en verde", "contaminación del aire",
      "residuos agrícolas", "guías"), ("GT",), "2021-07"),
    # --- coffee processing wastewater -----------------------------------------------------
    ("bm25", "project", "en",
     "Cleaner coffee washing stations in Sidama: treating pulping wastewater before it "
     "reaches the streams",
     "Ethiopia's washed coffees are processed at hundreds of wet mills in Sidama and Gedeo, "
     "where the red cherries are pulped, fermented and washed. During the harvest the "
     "stations release acidic wastewater, rich in sugars, pectin and caffeine, into nearby "
     "streams, stripping them of oxygen, killing fish and leaving water that villages "
     "downstream cannot drink. The project helps cooperatives recirculate water in the "
     "pulpers, dig lined settling ponds and lagoons, plant vetiver wetlands, neutralise the "
     "effluent with lime, and compost the coffee pulp and husks for their gardens. The "
     "regional environmental protection authority tests water upstream and downstream of each "
     "station.",
     ("coffee processing", "wastewater", "water pollution", "agro-industrial effluents",
      "composting"), ("ET",), "2023"),
    ("bm26", "need", "fr",
     "Besoin : traiter les eaux de dépulpage des stations de lavage du café au Burundi",
     "Le café lavé est la première exportation du Burundi. Dans les quelque 200 stations de "
     "lavage de Kayanza, Ngozi et Muramvya, les cerises sont dépulpées, fermentées et lavées "
     "pendant la campagne, et les eaux usées, acides et chargées de matière organique, sont "
     "souvent rejetées telles quelles dans les rivières, à côté de tas de pulpe qui "
     "pourrissent au bord de l'eau. Le ministère de l'Environnement demande un appui pour "
     "analyser les rejets de stations pilotes, concevoir des bassins d'infiltration et de "
     "lagunage adaptés aux collines, former les gérants, et transformer la pulpe en compost "
     "ou en biogaz. Une norme de rejet pour les stations de lavage est en préparation.",
     ("stations de lavage du café", "eaux usées", "pollution des rivières", "pulpe de café",
      "besoins"), ("BI",), "2024-01"),
    ("bm27", "document", "es",
     "Manejo de las aguas mieles y la pulpa en los beneficios húmedos de café: guía para "
     "Honduras",
     "En el beneficiado húmedo del café, el despulpado, la fermentación y el lavado producen "
     "aguas mieles, cargadas de azúcares y ácidos, y grandes volúmenes de pulpa. Vertidas a "
     "las quebradas, contaminan el agua que usan las comunidades río abajo, con malos olores "
     "y muerte de peces. La guía, dirigida a productores y beneficios de Santa Bárbara, "
     "Comayagua, El Paraíso y Copán, explica el despulpado sin agua y el transporte de la "
     "pulpa en seco, los tanques tina que permiten reciclar el agua, las lagunas de oxidación "
     "y los filtros, los límites de vertido, y el compost y el lombricompost de pulpa que "
     "vuelven a los cafetales.",
     ("beneficiado húmedo de café", "aguas mieles", "pulpa de café", "aguas residuales",
      "guías"), ("HN",), "2020"),
    # --- road salt ------------------------------------------------------------------------
    ("bm28", "dataset", "en",
     "Road salt and chloride in Adirondack lakes, streams and wells, New York, 1990-2023",
     "Chloride concentrations in about 500 lakes, streams and household wells of the "
     "Adirondack Park, set against the lane-miles of state highways and local roads salted "
     "each winter. The sodium chloride spread to keep roads free of ice washes off the "
     "pavement into lakes and groundwater: chloride has risen many times above natural levels "
     "in lakes beside salted roads, some of them no longer mix fully in spring, and "
     "zooplankton such as Daphnia decline. Some wells near highways exceed drinking-water "
     "guidance for sodium. The dataset supports the state's road salt reduction task force "
     "and its pilots of brine pre-wetting, calibrated spreaders and low-salt zones.",
     ("road salt", "chloride", "freshwater salinization", "lakes", "drinking water"),
     ("US",), "2024"),
    ("bm29", "document", "fr",
     "Sels de voirie : guide de gestion environnementale pour les municipalités du Québec",
     "Chaque hiver, plus d'un million de tonnes de chlorure de sodium et d'abrasifs sont "
     "épandues sur les routes du Québec. Les sels de voirie, jugés toxiques au sens de la Loi "
     "canadienne sur la protection de l'environnement, s'accumulent dans les fossés, les "
     "sols, les nappes et les lacs, brûlent la végétation des bords de route et corrodent les "
     "ouvrages. Ce guide, issu de la Stratégie québécoise pour une gestion environnementale "
     "des sels de voirie, aide les municipalités à rédiger leur plan : entreposage couvert "
     "des fondants, épandeuses étalonnées, saumure en prévention du verglas, zones à faible "
     "usage de sel près des prises d'eau potable et des milieux humides, et formation des "
     "opérateurs de déneigement.",
     ("sels de voirie", "déneigement", "chlorures", "eau potable", "gestion municipale"),
     ("CA",), "2022-10"),
    ("bm30", "need", "es",
     "Necesidad: evaluar el efecto de la sal de deshielo en las vegas altoandinas junto al "
     "paso Los Libertadores",
     "Para mantener abierto en invierno el camino internacional a Mendoza por el paso Los "
     "Libertadores, la vialidad esparce sal y salmuera de cloruro de sodio y de magnesio en "
     "la cuesta Caracoles y en Portillo. El agua de deshielo arrastra los cloruros hacia el "
     "río Juncal y hacia las vegas altoandinas, humedales de altura donde pastan guanacos y "
     "el ganado de veranada. El Ministerio del Medio Ambiente de Chile solicita apoyo para "
     "medir la salinidad de los suelos, las vegas y las aguas a distintas distancias del "
     "camino, evaluar la flora de las vegas y comparar fundentes alternativos y dosis menores "
     "sin afectar la seguridad vial.",
     ("sal de deshielo", "salinización", "humedales altoandinos", "vialidad invernal",
      "necesidades"), ("CL",), "2024-07"),
)  # fmt: skip
