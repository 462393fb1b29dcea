"""Clearing-house records of the ninety-seventh judged relevance set
(tests/search/relevance/queries97.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on the box tree moth (the Colchic boxwood of western Georgia
stripped since the moth came in with the ornamental box of Sochi; the buxaies of the gorges de
l'Ardèche defoliated by the pyrale du buis; a need for the bojedales, the boixedes, of the Catalan
Prepirineo eaten by the polilla del boj); on forest certification (FSC group certification for
smallholder acacia growers in Quang Tri; a guide to the certification forestière of Québec's public
forests for communities, MRC and pourvoiries; the certificación forestal of the Zapotec and
Chinantec communities of the Sierra Juárez of Oaxaca); on storm petrels (the Leach's storm-petrels
of Baccalieu Island, Newfoundland; the océanites tempête of the Molène archipelago; a need for the
fledglings of the golondrinas de mar, the paíños, of the Atacama grounded by city lights); on
dippers (the white-throated dippers of the acidified Llyn Brianne streams in mid-Wales; a guide on
the cincle plongeur and the bridges and weirs of the Walloon contrats de rivière; the mirlo de
agua, Cinclus schulzii, of the yungas of north-western Argentina); on toucans (nest trees for
keel-billed toucans and aracaris in Belize's Maya Forest corridor; the toucans and araçaris hunted
in western French Guiana, whose feathers adorn Wayana and Teko headdresses; fifteen years of
rescued tucanes, the curré and the Dios-te-dé, in Costa Rica); on clownfish (the Nemo effect on the
collectors of Bohol's Danajon Bank; the poissons-clowns and bleached anemones of the New Caledonian
lagoon; an offer of training in the captive breeding of peces payaso from Gran Canaria); on
nightjars (a roadside survey network for whip-poor-wills and nighthawks in the United States; the
engoulevent d'Amérique on the gravel roofs of Montréal; the tapacaminos and pucuyos run over on the
roads of the Yucatán peninsula); on tamarins (golden lion tamarins after the yellow fever of 2018;
a guide to living with the tamarin à mains dorées on the island of Cayenne; a need for forest
corridors for the tití cabeciblanco of the Colombian Caribbean); on hoverflies (radar counts of the
hoverflies migrating over southern England; a Swiss guide on syrphes as natural enemies of aphids;
sírfidos and hedges of native shrubs in the greenhouses of Almería); and on feral goats (control,
mustering and goat meat in the rangelands of western New South Wales; a need to control the chèvres
ensauvagées of the Marquesas; the eradication of the chivos of Galápagos by Project Isabela).
English, French and Spanish, 10 records each, every topic written once in each language (different
countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records95.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (box tree moth, box moth, boxwood, Buxus, Cydalima, pyrale du
buis, buis, buxaie, polilla del boj, boj, bojedal, boix; forest certification, FSC, Forest
Stewardship Council, PEFC, certified timber, certified wood, chain of custody, certification
forestière, bois certifié, chaîne de contrôle, certificación forestal, madera certificada, cadena
de custodia, CERTFOR, certif; storm petrel, storm-petrel, Hydrobates, Oceanodroma, Oceanites,
petrel, océanite, pétrel, paíño, golondrina de mar; dipper, Cinclus, water ouzel, cincle, merle
d'eau, mirlo acuático, mirlo de agua; toucan, toucanet, aracari, araçari, Ramphastos, tucán,
tucaneta, arasarí, curré, Dios-te-dé, diostedé, piapoco, pinsha; clownfish, clown fish,
anemonefish, Amphiprion, Nemo, anemone, poisson-clown, anémone, pez payaso, anémona, aquarium
trade, aquariophilie, acuariofilia, ornamental fish, poissons d'ornement, peces ornamentales;
nightjar, Caprimulgidae, nighthawk, whip-poor-will, Chordeiles, potoo, engoulevent, bois-pourri,
chotacabras, atajacaminos, tapacaminos, pucuyo, ñacundá, urutau; tamarin, marmoset, Saguinus,
Leontopithecus, Callithrix, ouistiti, tití, pichico, leoncito; hoverfly, hover fly, flower fly,
syrphid, Syrphidae, syrphe, sírfido, mosca de las flores, aphid, puceron, pulgón; feral goat, wild
goat, goat, Capra hircus, chèvre, chèvres ensauvagées, cabra, cabras asilvestradas, cabra salvaje,
chivo, guanil). Screened and dropped as covered: ash dieback (the chalarose of the frênes têtards,
bu11), firs (the oyamel pages i18 and cc12, as set 91 found), private protected areas (the
conservation easement pages bp19-bp21), agricultural terraces (the dry-stone wall pages of
records42), street trees (w12, by27), feral cats (cs04-cs06), zoos (the guide for the jirafas of
Spanish zoos, co06, whose subjects name parques zoológicos), succulent plant poaching (bd26, cb13),
medicinal plants (the Prunus africana, devil's claw and cinchona pages and others), wild mushrooms
(the truffle guide bn06), sea urchins (y13), octopus (bt17), lobsters (bt18) and glaciers (next to
the glacial lake outburst flood pages w37-w39), besides the topics of sets 42 to 95 and those their
docstrings list as covered, and the chemicals, waste, pollution, energy and biosafety topics left
to set 96; screened with no or passing hits but not chosen: oystercatchers (dk22), avocets (the
Guérande salt pans of bn20, titled on the avocettes), rheas (dc06), raptor migration (next to the
guidance on wind farms and migratory soaring birds, t22), zebras, herons, urban wastelands (the
brownfield sites among the subjects of the green roof page cg13) and saline lakes (the Great Salt
Lake among the subjects of the grebe page of records91).

The nearest are judged 1: the Dorset heathland project (bp04), whose title names the nightjars it
restores heath for, judged 1 to the nightjar queries; the Cameroonian forest concession guide
(bw17), which explains the certification among the concessionnaire's obligations and the
independent observer, and the need for the teak plantations of Los Ríos and Guayas (ck09), which
asks among other things for help to certificar el manejo forestal y la legalidad de la madera, both
judged 1 to the general forest certification queries (neither names FSC or PEFC, so both are 0 to
the acronym queries). All the other hits are passing: the Buxus among the serpentine flora of Cuba
(ds15); the engoulevent d'Europe among the birds monitored on the landes of the monts d'Arrée
(bp05); the certified community concessions of the Petén chicle page (bp14), the bois certifié that
the mass timber guide advises buyers to ask for (cv17) and the group certification among the
efforts of the Dayak rattan gardens (bx28), the part of Fiji's mahogany estate that was certified
(cm07) and the two certified concessionnaires of the Baka honey project (cs14); the petrels drowned
on longlines (records18) and the burrowing petrels of the rat eradication page (cw25), none of them
a storm petrel; the tucaneta esmeralda of the bosque mesófilo of Veracruz (bg21), the toucans of
the heart of palm page (cy28) and the tucanes seen among the frugivores of the fig tree page
(dq15); the hoverflies counted with bumblebees and butterflies on the urban meadows of Greater
Manchester (co19) and on the pavement plants of dc28, and the moscas de las flores identified in
the Malaise traps of Caldas and Risaralda (bh21); the goats that graze, browse or are herded on the
pages on rabbits in Juan Fernández (cw27), the hubara canaria (bj03), the Hawaiian crow (do28),
livestock guardian dogs (records46), dragon trees and baobabs (records65, records67) and the
mouflons of Corsica (dw14), and the wild goats, ibex and cabra montés, of records71; the NEMO
thermal energy plant of Martinique (df02) and the tamarins des Hauts, trees, of the Réunion page
ck23.

records96.py (ids dx01..dx30, on energy, pollution, chemicals, waste, biosafety and trade topics),
written at the same time by another engineer, was searched for the same words once it was finished
(with its queries96.tsv): its topics are oil shale, green steel, places of worship, air quality in
underground railways, beverage cartons, isocyanates, public perception surveys on genetically
modified organisms, mirror trade statistics, comics and the negotiations of a global plastics
treaty. None of its records names box or the box tree moth, a storm petrel, a dipper, a toucan, a
clownfish or a sea anemone, a nightjar, a tamarin, a hoverfly or a goat, and none answers a query
of this set: the international green building certificate of Jakarta's Istiqlal Mosque (dx07) is no
forest certification and is judged 0 to the certification queries.

Traps: the Sochi nursery stock, the yews, lichens and mosses, and Iran and Azerbaijan of dy01; the
chênes verts, the fire risk and the Bacillus thuringiensis of dy02; the cabras and ciervos that do
not eat box (0 to the feral goat queries), the drones and the incendios of dy03; the herbicides and
the furniture exporters of dy04; the caribou forestier, the pourvoiries, the Premières Nations and
the buyers in the United States and Europe of dy05; the manantiales, hongos silvestres and tequio
of dy06; the gulls, mink, offshore oil platforms, puffins and murres of dy07; the murets de pierre
sèche, rats surmulots, nichoirs, kayakistes, puffins des Anglais and phoques gris of dy08; the
plantas solares, minería, caliche and the golondrinas, swallows, which the storm petrels are not,
of dy09; the acid deposition, spruce plantations and mayfly larvae of dy10; the microcentrales
hydroélectriques, moulins and kayaks of dy11; the pequeñas centrales hidroeléctricas, gaviones and
introduced truchas of dy12; the soya, fires, pet trade, figs, ramón and the hornbills named for
comparison of dy13; the hoccos, pécaris and agoutis of dy14; the centros de rescate, tendidos
eléctricos and the town-named toucan Grecia of dy15; the cyanide, marine protected areas and
hatcheries of dy16; the bleaching episodes of 2016, 2020 and 2024 and the aquariophilie of dy17;
the caballitos de mar of dy18; the moths and beetles of dy19; the green roofs (toits végétalisés)
of dy20; the jaguares, tapires, pasos de fauna and Tren Maya of dy21; the yellow fever, the BR-101
overpass and the invasive marmosets (no tamarins) of dy22; the dogs, fils électriques and
passerelles de corde of dy23; the teca, the mochilas of recycled plastic bags and the tráfico de
fauna of dy24; the bees, wasps, painted ladies and moths of dy25; the coccinelles, chrysopes and
vergers of dy26; the abejorros and the plastic greenhouses of dy27; the rock-wallabies, mulga, trap
yards at stock watering points and exclusion fencing of dy28; the moutons, bovins, rats, chats and
récifs of dy29; and the tortugas gigantes, burros and cerdos of dy30. For the country queries: dy01
names Russia, Iran and Azerbaijan besides Georgia; dy03 names only Spain; dy05 names the United
States besides Canada; dy06 names only Mexico; dy09 names only Chile; dy12 names Bolivia besides
Argentina; dy16 names only the Philippines; dy17 names only New Caledonia; dy18 names Cabo Verde,
Senegal, Mauritania, Cuba and Colombia besides Spain; dy19 names only the United States; dy20 names
only Canada (Québec); dy29 names only French Polynesia; dy30 names only Ecuador (Galápagos).

Ids (dy01..dy30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
dv01..dv30, dw01..dw30), nor with records96.py's (dx01..dx30), and no earlier id starts with "dy".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- box tree moth ---------------------------------------------------------------------------
    ("dy01", "dataset", "en",
     "Colchic boxwood forests after the box tree moth: defoliation and survival plots in western "
     "Georgia, 2013-2024",
     "The box tree moth (Cydalima perspectalis), an East Asian moth whose caterpillars eat the "
     "leaves and then the bark of box, reached the Caucasus around 2012, probably with "
     "ornamental box plants imported for landscaping in Sochi, Russia. Within five years it had "
     "stripped most of the Colchic boxwood (Buxus colchica) of western Georgia, the evergreen "
     "understorey of the humid forests of Adjara, Samegrelo and Imereti, where some box stands "
     "are several centuries old. This dataset, kept by the national forestry agency with a "
     "university in Tbilisi, holds yearly scores of defoliation, bark damage and resprouting on "
     "64 permanent plots in the Mtirala and Kintrishi protected areas and in the Martvili and "
     "Okatse canyons, moth trap catches, and the seed lots collected for ex situ conservation. "
     "It also records the yews, lichens and mosses that grew in the shade of the box, and "
     "compares the outbreak with that in the Hyrcanian box forests of Iran and Azerbaijan.",
     ("box tree moth", "Cydalima perspectalis", "Colchic boxwood", "invasive alien species",
      "forest health"),
     ("GE",), "2024-10"),
    ("dy02", "project", "fr",
     "Pyrale du buis : suivre et restaurer les buxaies des gorges de l'Ardèche",
     "Arrivée d'Asie au milieu des années 2000 avec des buis d'ornement, la pyrale du buis "
     "(Cydalima perspectalis) a défolié en 2016 et 2017 la quasi-totalité des buxaies sauvages "
     "des gorges de l'Ardèche, où le buis toujours vert couvre les pentes calcaires sous les "
     "chênes verts et les chênes pubescents. Les chenilles, qui mangent les feuilles puis "
     "l'écorce, ont laissé des versants gris où une partie des pieds ne repart pas. Le projet, "
     "porté par le gestionnaire de la réserve naturelle avec un conservatoire botanique, suit "
     "chaque année la repousse sur des placettes, piège les papillons avec des pièges à "
     "phéromones, recense les insectes et les mousses qui dépendent du buis et teste le semis "
     "d'autres arbustes locaux. Il informe aussi les communes du risque d'incendie lié au bois "
     "mort et conseille les jardiniers, qui protègent leurs buis taillés par des traitements au "
     "Bacillus thuringiensis, impossibles à l'échelle des gorges.",
     ("pyrale du buis", "buis", "buxaies", "espèces exotiques envahissantes", "santé des forêts"),
     ("FR",), "2023-11"),
    ("dy03", "need", "es",
     "Necesidad: recuperar los bojedales del Prepirineo catalán tras la plaga de la polilla del "
     "boj",
     "La polilla del boj (Cydalima perspectalis), una mariposa nocturna asiática llegada con "
     "plantas de jardinería, se detectó en Cataluña en 2014 y desde 2017 ha defoliado miles de "
     "hectáreas de bojedales, las boixedes del Solsonès, el Berguedà, el Alt Urgell y el "
     "Pallars, y avanza por Navarra y Aragón. El boj (Buxus sempervirens) forma el sotobosque de "
     "pinares y robledales y sujeta las laderas calizas; como ni las cabras ni los ciervos lo "
     "comen, nada lo sustituye pronto, y las matas secas se han convertido en combustible junto "
     "a pueblos y pistas. El centro de ciencia forestal y los consejos comarcales solicitan "
     "apoyo para cartografiar con drones el estado de los bojedales, instalar una red de trampas "
     "de feromonas, ensayar enemigos naturales de la plaga, retirar el boj muerto en las franjas "
     "de protección contra incendios y plantar arbustos nativos donde el boj no rebrote.",
     ("polilla del boj", "boj", "bojedales", "especies exóticas invasoras",
      "prevención de incendios"),
     ("ES",), "2024-03"),
    # --- forest certification --------------------------------------------------------------------
    ("dy04", "case-study", "en",
     "Group forest certification for smallholder acacia growers in Quang Tri, Viet Nam",
     "In central Viet Nam, hundreds of thousands of farming households grow hybrid acacia on "
     "small hillside plots and sell it after four or five years as pulpwood and woodchips at low "
     "prices. This case study follows a group certification scheme begun in 2016, in which some "
     "1,200 smallholders of Quang Tri and Thua Thien Hue provinces joined a cooperative that "
     "holds one Forest Stewardship Council (FSC) certificate for all of them and manages the "
     "audits, records and chain of custody. Members agreed to keep buffers of native vegetation "
     "along streams, set aside patches of natural forest as high conservation value areas, stop "
     "burning harvest residues and use only permitted herbicides, and many stretched their "
     "rotations to ten years to sell certified sawlogs to furniture exporters at a premium. The "
     "study reports incomes, the natural forest protected and the difficulty of paying for "
     "audits when timber prices fall, and compares the scheme with the national certification "
     "endorsed by PEFC.",
     ("forest certification", "FSC", "group certification", "smallholder plantations", "acacia"),
     ("VN",), "2023-06"),
    ("dy05", "document", "fr",
     "La certification forestière en forêt publique québécoise : guide pour les communautés, les "
     "MRC et les usagers du territoire",
     "Au Québec, la plupart des forêts publiques aménagées sont certifiées selon une ou "
     "plusieurs normes : FSC, CSA ou SFI. Ce guide, publié par un regroupement d'organismes de "
     "bassins versants et de conseils régionaux de l'environnement, explique à quoi sert la "
     "certification forestière, qui la réclame (les acheteurs de papier et de bois d'œuvre aux "
     "États-Unis et en Europe), ce que vérifient les audits annuels et comment un citoyen, une "
     "pourvoirie ou une communauté innue ou atikamekw peut déposer une plainte ou participer aux "
     "consultations. Il présente les exigences de la norme FSC canadienne sur les forêts à haute "
     "valeur pour la conservation, les paysages forestiers intacts, les bandes riveraines et le "
     "consentement préalable des Premières Nations, et revient sur les certificats suspendus au "
     "Saguenay–Lac-Saint-Jean à cause de l'habitat du caribou forestier. Un lexique (chaîne de "
     "traçabilité, audit, non-conformité) termine le document.",
     ("certification forestière", "FSC", "forêt publique", "Premières Nations", "guides"),
     ("CA",), "2022-09"),
    ("dy06", "project", "es",
     "Certificación forestal comunitaria en la Sierra Juárez de Oaxaca",
     "En la Sierra Norte de Oaxaca, comunidades zapotecas y chinantecas como Ixtlán de Juárez, "
     "Capulálpam de Méndez y Santiago Xiacuí manejan sus propios bosques de pino y encino desde "
     "que recuperaron el aprovechamiento forestal en los años ochenta. Varias obtuvieron hacia "
     "2001 la certificación del Consejo de Administración Forestal (FSC), entre las primeras "
     "comunidades del mundo, y la mantienen con auditorías anuales. Este proyecto, de una unión "
     "de comunidades forestales con una organización civil, ayuda a otras diez comunidades y "
     "ejidos de la región a preparar la certificación de buen manejo forestal y la certificación "
     "nacional: actualiza sus programas de manejo, delimita áreas de conservación voluntaria y "
     "de protección de manantiales, monitorea aves y hongos silvestres, forma a los comuneros en "
     "registros y cadena de custodia y busca compradores de madera certificada para las "
     "carpinterías comunitarias. La asamblea y el tequio siguen siendo la base de las "
     "decisiones.",
     ("certificación forestal", "FSC", "manejo forestal comunitario", "bosques de pino-encino",
      "Oaxaca"),
     ("MX",), "2024-02"),
    # --- storm petrels ---------------------------------------------------------------------------
    ("dy07", "dataset", "en",
     "Leach's storm-petrels of Baccalieu Island: burrow occupancy, adult survival and stranded "
     "fledglings, 1984-2023",
     "Baccalieu Island, an ecological reserve off the tip of Newfoundland's Avalon Peninsula, "
     "holds one of the largest colonies of Leach's storm-petrel (Hydrobates leucorhous) in the "
     "world, estimated at more than three million pairs in the 1980s. This small seabird, which "
     "comes ashore only at night, is now assessed as threatened in Canada after counts found "
     "steep declines at Baccalieu and at other colonies of Newfoundland and Nova Scotia. The "
     "dataset brings together burrow occupancy on fixed plots, the survival of ringed adults, "
     "chick growth, the prey in regurgitations, the storm-petrels killed by herring and great "
     "black-backed gulls and by mink, and the fledglings found stranded each autumn on offshore "
     "oil platforms, on ships and in the lit streets of coastal towns, with the number rescued "
     "and released. Atlantic puffins and common murres nesting on the island are counted in a "
     "separate file.",
     ("storm-petrels", "Leach's storm-petrel", "Hydrobates leucorhous", "seabird colonies",
      "light attraction"),
     ("CA",), "2024-03"),
    ("dy08", "project", "fr",
     "Protéger les océanites tempête de l'archipel de Molène",
     "L'océanite tempête (Hydrobates pelagicus), le plus petit oiseau marin d'Europe, à peine "
     "plus gros qu'un moineau, ne vient à terre que la nuit pour nicher dans les fissures des "
     "murets de pierre sèche, les terriers et les éboulis des îlots de l'archipel de Molène, au "
     "cœur du Parc naturel marin d'Iroise, qui abrite l'essentiel de la population française. Le "
     "projet, mené par la réserve naturelle et une association ornithologique, suit chaque été "
     "les terriers occupés par la repasse du chant, bague les adultes la nuit, surveille le "
     "retour des rats surmulots après leur éradication de plusieurs îlots et fait respecter "
     "l'interdiction de débarquer pendant la reproduction. Il pose des nichoirs en pierre, "
     "demande aux plaisanciers et aux kayakistes de ne pas éclairer les îlots et suit les jeunes "
     "échoués, attirés par les lumières du Conquet. Les puffins des Anglais et les phoques gris "
     "de l'archipel ne sont que cités.",
     ("océanites tempête", "Hydrobates pelagicus", "oiseaux marins", "îlots", "mer d'Iroise"),
     ("FR",), "2023-08"),
    ("dy09", "need", "es",
     "Necesidad: rescate de volantones y protección de las colonias de golondrinas de mar en el "
     "desierto de Atacama",
     "En el norte de Chile anidan, a decenas de kilómetros de la costa, varias especies de "
     "paíños que aquí se llaman golondrinas de mar: la golondrina de mar de collar (Hydrobates "
     "hornbyi), la negra (Hydrobates markhami) y la chica (Oceanites gracilis). Ponen su único "
     "huevo en cavidades de las costras salinas de la pampa, y los polluelos, al dejar el nido, "
     "vuelan de noche hacia el mar y quedan encandilados por el alumbrado de Arica, Iquique, "
     "Antofagasta, de faenas mineras y de carreteras: miles caen cada otoño en calles y patios. "
     "Una red de rescate de organizaciones ciudadanas, con el servicio agrícola y ganadero y las "
     "municipalidades, solicita apoyo para sostener los centros de acopio y liberación de "
     "volantones, capacitar a vecinos y trabajadores, mapear las colonias amenazadas por "
     "caminos, tendidos, plantas solares y extracción de caliche, y cambiar luminarias. Pese al "
     "nombre, no son parientes de las golondrinas.",
     ("golondrinas de mar", "paíños", "aves marinas", "contaminación lumínica",
      "desierto de Atacama"),
     ("CL",), "2024-05"),
    # --- dippers ---------------------------------------------------------------------------------
    ("dy10", "case-study", "en",
     "Dippers and the recovery of acidified upland streams in mid-Wales",
     "The white-throated dipper (Cinclus cinclus), a plump brown bird with a white bib that "
     "walks under water to catch mayfly and caddis larvae, vanished from many streams of the "
     "Welsh uplands in the 1970s and 1980s, when acid deposition and spruce plantations made the "
     "water too acid for the insects it eats. The Llyn Brianne streams in mid-Wales have been "
     "monitored by universities and the environment agency since 1981. This case study draws "
     "together forty years of dipper territories and breeding success, invertebrate samples and "
     "stream chemistry. It shows that dippers returned slowly as sulphur emissions fell, but "
     "that recovery stalled in streams under conifer forest, after heavy rain flushes acid water "
     "through them, and where liming was stopped. It discusses dippers as indicators for river "
     "basin management, the effect of warmer summers on their prey, and the bridges and weirs "
     "where pairs now nest.",
     ("dippers", "Cinclus cinclus", "freshwater indicators", "stream acidification",
      "river birds"),
     ("GB",), "2022-04"),
    ("dy11", "document", "fr",
     "Le cincle plongeur et les ouvrages de rivière : guide pour les contrats de rivière de "
     "Wallonie",
     "Le cincle plongeur (Cinclus cinclus), seul passereau d'Europe qui plonge et marche au fond "
     "de l'eau, vit le long des ruisseaux rapides et bien oxygénés de l'Ardenne et du Condroz, "
     "où il se nourrit de larves d'insectes. Il construit son nid de mousse sous les ponts, dans "
     "les murs de quai, près des roues de moulin et des barrages. Ce guide, rédigé par une "
     "association ornithologique avec les contrats de rivière de l'Ourthe, de l'Amblève et de la "
     "Semois, explique aux gestionnaires comment programmer la rénovation des ponts et des "
     "berges hors de la période de nidification, de février à juin, comment poser des nichoirs "
     "sous les ouvrages neufs et quels effets ont l'arasement des seuils, les prélèvements des "
     "microcentrales hydroélectriques et le passage des kayaks en étiage. Il propose un "
     "protocole simple de recensement des couples et rappelle que le cincle est une espèce "
     "protégée.",
     ("cincle plongeur", "Cinclus cinclus", "oiseaux des rivières", "ouvrages d'art", "guides"),
     ("BE",), "2023-01"),
    ("dy12", "dataset", "es",
     "Mirlo de agua en los ríos de las yungas del noroeste argentino: censos por tramos, "
     "2008-2023",
     "El mirlo de agua o mirlo acuático de garganta rufa (Cinclus schulzii) es un pájaro que "
     "vive solo en los arroyos torrentosos de las yungas y los bosques montanos del noroeste de "
     "Argentina y del sur de Bolivia, entre 1.000 y 2.500 metros de altura. Este conjunto de "
     "datos, reunido por una universidad de Tucumán con guardaparques nacionales y provinciales, "
     "registra los conteos de parejas y territorios a lo largo de tramos fijos de los ríos de "
     "Tafí del Valle, Los Alisos, El Rey y Calilegua, los nidos hallados en barrancas y bajo "
     "puentes, la turbidez y el caudal en cada visita, y los tramos afectados por tomas de agua "
     "para riego y pueblos, defensas de gaviones, extracción de áridos y pequeñas centrales "
     "hidroeléctricas. También anota la presencia de truchas introducidas, que compiten por las "
     "larvas de insectos.",
     ("mirlo de agua", "Cinclus schulzii", "aves de ríos", "yungas", "censos"),
     ("AR",), "2024-01"),
    # --- toucans ---------------------------------------------------------------------------------
    ("dy13", "project", "en",
     "Keeping nest trees for toucans: keel-billed toucans and aracaris in Belize's Maya Forest "
     "corridor",
     "The keel-billed toucan (Ramphastos sulfuratus), Belize's national bird, and the smaller "
     "collared aracari nest in natural cavities of old hardwoods, and both eat fruit and carry "
     "the seeds of dozens of forest trees over long distances. In the Maya Forest corridor "
     "between the Rio Bravo lands and the Maya Mountains, selective logging of big trees, "
     "clearing for cattle and soya and fires have reduced the cavities and fruiting trees they "
     "need, while chicks are still taken from nests for the pet trade. The project, run by a "
     "national conservation NGO with forest reserve rangers and farmers of the corridor, maps "
     "and protects nest trees, installs and monitors nest boxes made from hollow logs, plants "
     "fruit trees such as figs and ramón in pastures, and runs a school programme. It compares "
     "the role of toucans as seed dispersers with that of the hornbills of Asia and Africa.",
     ("toucans", "Ramphastos sulfuratus", "seed dispersal", "nest trees", "biological corridors"),
     ("BZ",), "2024-04"),
    ("dy14", "dataset", "fr",
     "Toucans et araçaris chassés en Guyane : carnets de chasse et enquêtes dans les communes de "
     "l'Ouest, 2015-2023",
     "En Guyane, le toucan à bec rouge (Ramphastos tucanus), le toucan ariel, l'araçari vert et "
     "le toucanet koulik vivent dans la forêt et autour des abattis, et les toucans font partie "
     "du petit gibier tiré le long des fleuves. Leurs plumes orange et jaunes ornent aussi les "
     "coiffes et les parures des Wayana, des Teko et des Kali'na. Ce jeu de données, réuni par "
     "l'établissement public chargé de la biodiversité avec le parc amazonien et des "
     "associations de chasseurs, rassemble les carnets de chasse volontaires et les enquêtes de "
     "prélèvement menées à Saint-Laurent-du-Maroni, Apatou, Maripasoula et Awala-Yalimapo : "
     "espèce, nombre d'oiseaux, lieu, usage (viande, plumes, vente). Il y ajoute des comptages "
     "d'oiseaux sur transects en forêt chassée et non chassée, et les saisies d'oiseaux vivants. "
     "Les hoccos, pécaris et agoutis, bien plus chassés, figurent dans d'autres fichiers.",
     ("toucans", "chasse", "gibier", "savoirs traditionnels", "Guyane"),
     ("GF",), "2024-02"),
    ("dy15", "case-study", "es",
     "Del tráfico a la prótesis: quince años de tucanes rescatados en Costa Rica",
     "En Costa Rica viven seis especies de tucanes y arasarís, entre ellos el curré negro o "
     "tucán pico iris (Ramphastos sulfuratus) y el gran curré o Dios-te-dé (Ramphastos "
     "ambiguus), llamado así por su canto. Muchos llegan a los centros de rescate porque los "
     "sacaron del nido para venderlos como mascotas, o golpeados por vehículos, electrocutados "
     "en tendidos eléctricos o heridos por perros. Este estudio de caso sigue 870 tucanes "
     "atendidos entre 2009 y 2023 en tres centros de rescate del Valle Central y del Caribe, "
     "entre ellos Grecia, una hembra de tucán pico iris que perdió la mitad del pico en 2015 y "
     "recibió una prótesis impresa en 3D que dio la vuelta al mundo. Analiza cuántos se "
     "liberaron, por qué tantos no pueden volver al bosque, el efecto de la reforma de 2012 a la "
     "ley de vida silvestre y de las campañas contra la tenencia de fauna, y los protectores "
     "colocados en postes eléctricos.",
     ("tucanes", "curré", "rescate de fauna silvestre", "tráfico de fauna", "tendidos eléctricos"),
     ("CR",), "2023-11"),
    # --- clownfish -------------------------------------------------------------------------------
    ("dy16", "case-study", "en",
     "The Nemo effect on the Danajon Bank: clownfish collecting for the aquarium trade in Bohol, "
     "Philippines",
     "After the animated film Finding Nemo in 2003 and its sequel in 2016, demand for clownfish, "
     "or anemonefish, in home aquariums soared in Europe, North America and East Asia. On the "
     "Danajon Bank, a rare double barrier reef off northern Bohol, fishers from island villages "
     "have long caught ornamental fish for exporters in Cebu, some with cyanide squirted into "
     "the coral. This case study, by a university marine laboratory with municipal fisheries "
     "offices, surveys host sea anemones and the false clown anemonefish (Amphiprion ocellaris), "
     "Clark's anemonefish and the pink anemonefish on reefs with and without collecting, and "
     "interviews 60 collectors and traders about prices and catches. It finds far fewer "
     "clownfish and anemones on collected reefs, and recommends quotas, a register of "
     "collectors, no-take zones in the marine protected areas and support for hatchery-bred "
     "clownfish, which already make up most of the exports of some countries.",
     ("clownfish", "anemonefish", "marine aquarium trade", "ornamental fish", "Danajon Bank"),
     ("PH",), "2022-08"),
    ("dy17", "dataset", "fr",
     "Poissons-clowns et anémones du lagon de Nouvelle-Calédonie : suivi du blanchissement, "
     "2012-2024",
     "Le lagon de Nouvelle-Calédonie abrite plusieurs espèces de poissons-clowns, dont le "
     "poisson-clown de Clark (Amphiprion clarkii) et le poisson-clown à joues rouges (Amphiprion "
     "melanopus), qui vivent chacun dans une anémone de mer hôte et ne s'en éloignent presque "
     "jamais. Ce jeu de données, réuni par un institut de recherche et le service de "
     "l'environnement de la province Sud, suit 40 sites permanents du lagon sud et de la corne "
     "sud : nombre d'anémones, couleur de chaque anémone photographiée (normale, pâle ou "
     "blanchie), nombre de poissons-clowns, de juvéniles et de pontes par anémone. Il couvre les "
     "épisodes de blanchissement de 2016, de 2020 et de 2024, pendant lesquels les anémones "
     "blanchies ont perdu jusqu'à la moitié de leurs poissons et des couples ont cessé de "
     "pondre, et la récupération qui a suivi. Les prélèvements pour l'aquariophilie, encadrés "
     "par la province, sont aussi notés.",
     ("poissons-clowns", "anémones de mer", "blanchissement", "lagon", "suivi à long terme"),
     ("NC",), "2024-09"),
    ("dy18", "support-source", "es",
     "Oferta: formación en cría en cautividad de peces payaso y otros peces ornamentales marinos",
     "Un instituto universitario de acuicultura de Gran Canaria, que cría desde hace quince años "
     "peces payaso (Amphiprion ocellaris y Amphiprion percula) y caballitos de mar en sus "
     "instalaciones de Taliarte, ofrece cursos prácticos de tres semanas a técnicos, "
     "cooperativas de pescadores y pequeñas empresas que quieran producir peces ornamentales "
     "marinos en lugar de capturarlos en los arrecifes. El programa cubre la reproducción de las "
     "parejas, que ponen sus huevos junto a la anémona o sobre una teja, el cultivo de rotíferos "
     "y artemia para las larvas, la calidad del agua, las enfermedades y la venta a tiendas de "
     "acuariofilia con trazabilidad. Las plazas son gratuitas para candidatos de Cabo Verde, "
     "Senegal, Mauritania, Cuba y Colombia, con becas de viaje, y se exige un proyecto de cría "
     "en el país de origen. El instituto asesora a distancia durante el primer año.",
     ("peces payaso", "acuicultura ornamental", "acuariofilia", "cría en cautividad", "ofertas"),
     ("ES",), "2024-01"),
    # --- nightjars -------------------------------------------------------------------------------
    ("dy19", "support-source", "en",
     "Nightjar survey network: a roadside protocol and volunteer training for whip-poor-wills "
     "and nighthawks",
     "Nightjars, the cryptic, night-active birds of the family Caprimulgidae, are poorly covered "
     "by daytime bird counts, and several North American species, among them the eastern "
     "whip-poor-will, the chuck-will's-widow and the common nighthawk, have declined sharply, "
     "probably because of the loss of the large moths and beetles they eat and of open woodland. "
     "A conservation research centre in Virginia offers a free survey programme to volunteers, "
     "land trusts and state agencies across the United States: standard routes of ten stops "
     "along quiet roads, surveyed on moonlit nights between April and July, a six-minute count "
     "at each stop, online data entry and yearly reports. The offer includes recorded calls and "
     "identification training, route assignment, a small equipment grant for new coordinators "
     "and help analysing trends for state wildlife action plans. Volunteers have run routes "
     "since 2007.",
     ("nightjars", "whip-poor-will", "common nighthawk", "bird surveys", "volunteers"),
     ("US",), "2024-03"),
    ("dy20", "case-study", "fr",
     "L'engoulevent d'Amérique sur les toits plats de Montréal : nicher sur le gravier en ville",
     "L'engoulevent d'Amérique (Chordeiles minor) pond normalement ses deux œufs à même le sol, "
     "dans les brûlis, sur les affleurements rocheux et les plages de gravier. En ville, il a "
     "adopté les toits plats couverts de gravier, d'où les mâles plongent au crépuscule dans un "
     "bruit de vrombissement. Depuis que les toits sont refaits avec des membranes blanches ou "
     "végétalisés, il perd ces sites, et l'espèce est désignée menacée au Canada. Cette étude de "
     "cas suit le programme d'un regroupement d'observateurs d'oiseaux qui, de 2015 à 2023, a "
     "recensé les engoulevents en parade à Montréal, Laval et Québec, posé des plateaux de "
     "gravier sur des toits d'édifices publics et sensibilisé les couvreurs. Elle compare avec "
     "l'engoulevent bois-pourri des forêts du sud du Québec, que l'on appelle simplement "
     "bois-pourri d'après son chant, suivi par écoute nocturne, et discute du déclin des gros "
     "insectes volants.",
     ("engoulevents", "engoulevent d'Amérique", "oiseaux urbains", "toitures", "espèces en péril"),
     ("CA",), "2024-01"),
    ("dy21", "project", "es",
     "Tapacaminos en las carreteras de la península de Yucatán: menos atropellamientos de aves "
     "nocturnas",
     "En México se llama tapacaminos o pucuyos a los chotacabras, aves nocturnas de la familia "
     "Caprimulgidae que de noche se posan en los caminos de terracería y en el asfalto tibio "
     "para cazar insectos, y que se quedan inmóviles, encandiladas, frente a los faros. El "
     "tapacamino pucuyo (Nyctidromus albicollis), el tapacamino yucateco y el chotacabras menor "
     "figuran entre las aves más atropelladas en las carreteras que cruzan las reservas de "
     "Calakmul y Sian Ka'an. El proyecto, de una universidad de Mérida con las reservas y los "
     "ejidos, recorre cada mes tramos fijos para registrar aves atropelladas, marca los tramos "
     "críticos, coloca señales y reductores de velocidad, capacita a choferes y a guías de "
     "recorridos nocturnos y evalúa el efecto del tráfico que traen el Tren Maya y las nuevas "
     "carreteras. Los pasos de fauna para jaguares y tapires se citan solo de paso.",
     ("chotacabras", "tapacaminos", "atropellamiento de fauna", "aves nocturnas",
      "península de Yucatán"),
     ("MX",), "2024-06"),
    # --- tamarins --------------------------------------------------------------------------------
    ("dy22", "project", "en",
     "Golden lion tamarins after yellow fever: vaccination, forest corridors and a highway "
     "overpass in Rio de Janeiro state",
     "The golden lion tamarin (Leontopithecus rosalia), a small orange primate found only in the "
     "Atlantic Forest lowlands of Rio de Janeiro state, grew from about 200 animals in the 1970s "
     "to some 3,700 in 2014 thanks to captive breeding, reintroduction and forest restoration on "
     "private ranches. In 2018 a yellow fever outbreak killed about a third of them. The project "
     "of a national conservation association with the federal protected-area agency counts "
     "tamarin groups by playback in the forest fragments of the São João river basin, has "
     "vaccinated wild tamarins against yellow fever since 2021, plants corridors between "
     "fragments with landowners, and monitors the forested overpass built across the BR-101 "
     "highway at Poço das Antas. It also removes the invasive marmosets released from the pet "
     "trade, which compete with the tamarins and may carry disease.",
     ("tamarins", "golden lion tamarin", "Leontopithecus rosalia", "primates", "Atlantic Forest"),
     ("BR",), "2024-05"),
    ("dy23", "document", "fr",
     "Cohabiter avec le tamarin à mains dorées : guide pour les habitants de l'île de Cayenne",
     "Le tamarin à mains dorées (Saguinus midas), petit singe noir aux mains et aux pieds "
     "orangés, est le primate qu'on voit le plus souvent en Guyane, jusque dans les jardins de "
     "Rémire-Montjoly, de Matoury et de Cayenne, où il vit en groupes de quatre à dix dans les "
     "lambeaux de forêt. Avec l'urbanisation, les groupes sont coupés par les routes et les "
     "lotissements : ils traversent sur les fils électriques, où certains s'électrocutent, et "
     "sont attaqués par les chiens. Ce guide, réalisé par une association naturaliste avec la "
     "collectivité territoriale, explique comment reconnaître le tamarin, pourquoi il ne faut ni "
     "le nourrir ni le garder comme animal de compagnie, comment garder des haies et des arbres "
     "fruitiers reliés entre eux et comment signaler un animal blessé. Il présente aussi les "
     "passerelles de corde posées au-dessus de deux routes de l'île.",
     ("tamarins", "Saguinus midas", "primates", "faune urbaine", "guides"),
     ("GF",), "2023-05"),
    ("dy24", "need", "es",
     "Necesidad: corredores de bosque para el tití cabeciblanco en Bolívar, Sucre y Córdoba",
     "El tití cabeciblanco (Saguinus oedipus), un primate de apenas medio kilo con una cresta de "
     "pelo blanco, vive solo en el noroeste de Colombia, en los bosques secos y húmedos entre el "
     "río Atrato y el Magdalena, y está en peligro crítico. Quedan unos 7.000 en fragmentos "
     "rodeados de potreros, plantaciones de teca y cultivos, y cada año se decomisan crías que "
     "se venden como mascotas en las carreteras de la Costa. Una fundación que trabaja con las "
     "comunidades desde 1985, con las corporaciones autónomas regionales, solicita apoyo para "
     "comprar y restaurar franjas de bosque que unan los fragmentos, formar a campesinos como "
     "monitores de titíes, instalar puentes de cuerda sobre las vías, fortalecer a las mujeres "
     "que tejen mochilas con bolsas plásticas recicladas como ingreso alternativo y hacer "
     "campañas con la policía contra el tráfico de fauna.",
     ("titíes", "tití cabeciblanco", "Saguinus oedipus", "primates", "tráfico de fauna"),
     ("CO",), "2024-08"),
    # --- hoverflies ------------------------------------------------------------------------------
    ("dy25", "dataset", "en",
     "Hoverflies over southern England: radar counts of migrating hoverflies and garden records, "
     "2000-2023",
     "Hoverflies (Syrphidae), the striped flies that hover over flowers and are often taken for "
     "wasps or bees, are second only to bees as pollinators of crops and wild plants, and the "
     "larvae of many species eat aphids. Each spring and autumn billions of hoverflies, above "
     "all the marmalade hoverfly (Episyrphus balteatus), migrate high over southern England to "
     "and from continental Europe. This dataset combines the counts of insects flying between "
     "150 and 1,200 metres made by vertical-looking radars in Hampshire and Hertfordshire with "
     "aerial netting, the records of 283 British species held by the national hoverfly recording "
     "scheme, and a garden survey of hoverfly lagoons, small water-filled containers of leaf "
     "litter where rat-tailed maggots develop. Estimates of the aphids eaten and the flowers "
     "visited by the migrants are included. Painted lady butterflies and moths caught by the "
     "radars are kept in a separate table.",
     ("hoverflies", "Syrphidae", "insect migration", "pollinators", "aphid predators"),
     ("GB",), "2023-12"),
    ("dy26", "document", "fr",
     "Les syrphes, auxiliaires des cultures : guide pour les maraîchers et les arboriculteurs",
     "Les syrphes sont des mouches rayées de jaune et de noir qu'on prend souvent pour des "
     "guêpes ; les adultes se nourrissent de pollen et de nectar et pollinisent les fleurs, et "
     "les larves de nombreuses espèces dévorent chacune plusieurs centaines de pucerons. Ce "
     "guide d'un institut de recherche agronomique suisse, rédigé avec les services de "
     "vulgarisation cantonaux, apprend à reconnaître les œufs, les larves et les adultes des "
     "principaux syrphes dans les cultures de salades et de choux et dans les vergers de "
     "pommiers, et à les favoriser : bandes fleuries semées en bordure avec des espèces "
     "indigènes (bleuet, achillée, carotte sauvage), haies, renoncement aux insecticides à large "
     "spectre et seuils de tolérance des pucerons. Il compare l'action des syrphes à celle des "
     "coccinelles et des chrysopes, et donne les résultats d'essais menés dans le Seeland et en "
     "Valais.",
     ("syrphes", "auxiliaires des cultures", "lutte biologique", "pucerons", "bandes fleuries"),
     ("CH",), "2022-03"),
    ("dy27", "project", "es",
     "Sírfidos y setos de plantas autóctonas contra los pulgones en los invernaderos de Almería",
     "En el Campo de Dalías y el Campo de Níjar, donde más de 30.000 hectáreas de invernaderos "
     "producen hortalizas, casi todos los agricultores de pimiento, pepino y calabacín usan hoy "
     "control biológico en lugar de insecticidas. Los sírfidos, moscas de las flores cuyas "
     "larvas comen pulgones, cumplen un papel clave: una especie autóctona, Sphaerophoria "
     "rueppellii, ya se cría y se vende para soltarla dentro de los invernaderos. Este proyecto, "
     "de una universidad andaluza, un centro de investigación agraria y cooperativas hortícolas, "
     "planta setos e islas de vegetación autóctona (lentisco, romero, olivilla, tomillo y espino "
     "negro) entre los invernaderos para que los sírfidos y otros depredadores encuentren "
     "néctar, polen y refugio todo el año, y mide cuántos sírfidos entran en los cultivos, el "
     "ahorro en sueltas y tratamientos y el efecto sobre los polinizadores silvestres. Los "
     "abejorros que se compran para polinizar el tomate no son objeto del proyecto.",
     ("sírfidos", "control biológico", "invernaderos", "setos", "pulgones"),
     ("ES",), "2024-04"),
    # --- feral goats -----------------------------------------------------------------------------
    ("dy28", "case-study", "en",
     "Feral goats in the western New South Wales rangelands: control, mustering and the goat "
     "meat trade",
     "Feral goats, descended from animals brought by settlers and miners in the nineteenth "
     "century, number several million across Australia's semi-arid rangelands, where they strip "
     "shrubs and seedlings, compete with livestock and with threatened rock-wallabies, and hold "
     "back the recovery of mulga and other woodlands. In western New South Wales they are also a "
     "resource: landholders muster them or catch them in trap yards built around stock watering "
     "points, and sell them to abattoirs that export goat meat. This case study weighs twenty "
     "years of that mixed approach in the Western Division: goat numbers from aerial surveys, "
     "harvest records, vegetation in fenced and unfenced plots, and the aerial shooting carried "
     "out in national parks such as Mutawintji and Paroo-Darling, where goats are treated only "
     "as a pest. It asks whether a commercial harvest can ever bring goat numbers low enough for "
     "biodiversity, and discusses exclusion fencing.",
     ("feral goats", "invasive alien species", "rangelands", "pest animal control",
      "total grazing pressure"),
     ("AU",), "2023-03"),
    ("dy29", "need", "fr",
     "Besoin : maîtriser les chèvres ensauvagées des Marquises pour sauver les forêts et les "
     "sols",
     "Introduites au XIXe siècle, les chèvres se sont ensauvagées sur les îles des Marquises et "
     "vivent par milliers, avec des moutons et des bovins retournés à l'état sauvage, sur les "
     "plateaux et les falaises de Nuku Hiva, Ua Huka, Hiva Oa et Tahuata. Elles broutent les "
     "plantules des forêts sèches et des forêts de montagne, où poussent des plantes qui "
     "n'existent nulle part ailleurs, et mettent à nu des versants entiers : la terre rouge qui "
     "ruisselle à chaque forte pluie envase les baies et les récifs. La direction de "
     "l'environnement de la Polynésie française et les communes demandent un appui pour estimer "
     "les effectifs par drone, organiser avec les chasseurs des îles, pour qui la viande de "
     "chèvre compte, une régulation durable, clôturer les reliques de forêt et les captages "
     "d'eau, replanter des essences locales et étudier l'éradication sur les îlots inhabités. "
     "Les rats et les chats sont traités par un autre programme.",
     ("chèvres ensauvagées", "espèces exotiques envahissantes", "érosion",
      "restauration écologique", "Marquises"),
     ("PF",), "2024-07"),
    ("dy30", "dataset", "es",
     "Erradicación de chivos en Galápagos: datos del Proyecto Isabela, 1997-2020",
     "Las cabras, que en Galápagos se llaman chivos, llegaron con balleneros y colonos y en los "
     "años noventa sumaban más de 100.000 en el norte de Isabela y en Santiago, donde arrasaban "
     "la vegetación de las tierras altas y competían con las tortugas gigantes por el pasto. "
     "Este conjunto de datos, publicado por la dirección del parque nacional con una fundación "
     "científica, reúne los registros del Proyecto Isabela, que entre 1997 y 2006 eliminó los "
     "chivos de Santiago, Pinta y el norte de Isabela: animales abatidos desde tierra y desde "
     "helicópteros, horas de cacería, los collares de radio de las cabras Judas, hembras "
     "esterilizadas que llevan a los cazadores hasta los últimos grupos, costos por isla y el "
     "seguimiento de la vegetación después de la erradicación. Incluye las reintroducciones "
     "ilegales detectadas hasta 2020. Los burros y cerdos eliminados en las mismas campañas "
     "figuran en tablas aparte.",
     ("chivos", "cabras asilvestradas", "erradicación", "especies introducidas", "Galápagos"),
     ("EC",), "2021-10"),
)  # fmt: skip
