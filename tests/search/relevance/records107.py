"""Clearing-house records of the hundred-and-seventh judged relevance set
(tests/search/relevance/queries107.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on didymo (the rock snot of the South Island rivers of New Zealand
and their Check, Clean, Dry checkpoints; the algue didymo, the « morve de roche » of the salmon
rivers of Gaspésie in Québec; a need for the moco de roca of the rivers of Aysén and Los Lagos in
Chile); on stony coral tissue loss disease (SCTLD on Florida's Coral Reef; the maladie de la perte
de tissu des coraux durs of Saint-Martin and Guadeloupe; the síndrome blanco of the reefs of
Quintana Roo); on red lists of threatened species (an offer from Pretoria to mentor the national
red list teams of southern Africa; the liste rouge régionale of Guadeloupe; a need to update the
Libro Rojo of the vertebrates of Bolivia); on free-roaming cats and wildlife (the cat-contained
suburbs of Canberra; the chats harets that kill the pétrels de Barau of the Piton des Neiges on La
Réunion; the gatos asilvestrados that hunt the giant lizard of La Gomera); on pilgrimages in
protected areas (the Sabarimala pilgrims in the Periyar Tiger Reserve; a charter for the pèlerins,
the miquelots, who cross the baie du Mont-Saint-Michel on foot; a need for the romería of El Rocío
through Doñana); on urban grazing (the council sheep and volunteer lookerers of Brighton and Hove's
downland; the écopâturage of the parks of Seine-Saint-Denis and its bergers urbains; an offer of
latxa sheep for the periurban parks of Álava); on water primrose (the eradication of Ludwigia
grandiflora in England; a guide to the jussies of the marshes of western France; an Argentine offer
to search for the natural enemies of the verdolagas de agua in their native range); on the European
green crab (trapping on the coast of Washington; the crabe vert of the lagoons of the
Îles-de-la-Madeleine; a need for the cangrejo verde europeo of the restingas of Chubut); on
samphire (a picking code for the salt marshes of North Norfolk; the salicorne of the mollières of
the baie de Somme; salicornia, the espárrago de mar, grown in the old salt pans of the Bahía de
Cádiz); and on traditional knowledge registers (India's People's Biodiversity Registers; the
registres communautaires des savoirs traditionnels of Analanjirofo in Madagascar; Peru's registers
of the conocimientos colectivos under Law 27811). English, French and Spanish, 10 records each,
every topic written once in each language (different countries, projects and angles, not
translations of one text).

None of records.py, records3.py, ..., records105.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (didymo, Didymosphenia, rock snot, morve de roche, moco de
roca, diatom, diatomée, Check Clean Dry; stony coral tissue loss, SCTLD, perte de tissu, pérdida de
tejido, coral disease, maladie des coraux, enfermedad de coral, síndrome blanco, white syndrome,
white plague, black band; red list, liste rouge, lista roja, libro rojo, livre rouge, red data,
categorización; cat, feral cat, stray cat, chat haret, chat errant, gato asilvestrado, gato feral,
gato callejero, curfew, couvre-feu, félin, felino; pilgrim, pilgrimage, pèlerinage, peregrinación,
romería, Rocío, Sabarimala, Qoyllur Rit'i, religious tourism, tourisme religieux, turismo
religioso, santuario, hermandad; eco-grazing, écopâturage, pâturage urbain, pastoreo urbano, urban
grazing, goatscaping, berger urbain, and grazing, pâturage, pastoreo, sheep, moutons, ovejas,
goats, chèvres and cabras near urban words; Ludwigia, jussie, water primrose, verdolaga, Elodea,
élodée, pennywort; green crab, crabe vert, cangrejo verde, Carcinus; samphire, salicorne,
salicornia, glasswort, sea asparagus, espárrago de mar, haricot de mer, halophyte; traditional
knowledge register, registre communautaire, registro comunitario, People's Biodiversity Register,
conocimientos colectivos, Ley 27811, Indecopi, TKDL, prior art). Screened and dropped as covered:
shark finning (the aletas de tiburón of v24), Antarctic krill (bv06), land crabs (by01-by03), the
City Biodiversity Index (w10), Phytophthora diseases (the tinta del castaño of bp30 and the late
blight of bc10 and bh06), saline soils and salt-tolerant crops (j13-j15), freshwater pearl mussels
(br01-br03), earthworms (r19-r21), sacred groves (u08), bird collisions with glass (bp22, bp24),
spiny lobster (bt18), golden mussels (x27), fall armyworm (u10-u12), red palm weevil (br28-br30),
pine wilt (bt28-bt30), cochineal (de07), chytrid (k10), storks (bt01-bt03), Asian hornets
(bd28-bd30), crayfish (bm07-bm09), horseshoe crabs (l25, l27), old-growth forests (bk10-bk12),
whale sharks (i04-i06), albatrosses (l01-l03), vicuñas (z13-z15), gum arabic (bf04-bf06), wild boar
(bn13), saiga (y10-y12), edible insects (br10), biopiracy (s04, ds22) and Wetland City
accreditation (o19), besides the topics of sets 42 to 105 and those their docstrings list as
covered, and the chemicals, waste, pollution, energy and biosafety topics left to set 106; screened
with no or passing hits but not chosen: Przewalski's horses (named by ee29), guanacos, golden
jackals, harbour porpoises (the vaquita is a subject of bd03), municipal biodiversity atlases,
push-pull farming (named by u10) and zebra mussels (named by br03).

The nearest are judged 1: the bumblebee atlas whose subjects name the listes rouges (bl20), judged
1 to the red list queries that name no country or exclude another; the three wildcat pages on
hybridisation with domestic and feral cats (cs04, which traps, neuters and returns feral cats
around its release areas, and cs05 and cs06, whose titles name the chat domestique and the gatos
domésticos), judged 1 to the free-roaming, stray and feral cat queries that name no place; and the
ayahuasca patent briefing that names community registers of traditional knowledge among its lessons
(ds22), judged 1 to the traditional knowledge register queries. All the other hits are passing: the
Check, Clean, Dry campaign of the white-clawed crayfish ark sites (bm07), which is against crayfish
plague; the síndrome blanco named among the threats to the reefs of Cozumel (co27) and the
bleaching of Fiji (t13); the national red list fed by the Kenya Bird Map (k13), the red lists named
by the cave fauna, journalism, swift, urban gull and glass frog pages (r01, bq22, ce07, da13, di07)
and the categorización of the coendú (de12); the cats named among the predators of shearwaters,
puffins, iguanas, monk seals, crows, kingfishers, chameleons, hubaras, seabirds and other wildlife
(ec13, ec14, ec15, bz01, bz02, cg01, cg04, do28, cw02, ci11, ci12, bj03 and others), the cats' food
that draws skunks, raccoons and coyotes (ee08, cg29, dm05) and the poissons-chats (catfish) of
cy26; the pilgrims fed by the solar kitchens of India (bz19), the Qoyllur Rit'i named by the Andean
bear page (co03), the faucons pèlerins, halcones peregrinos and criquet pèlerin (peregrine falcons
and desert locust) of cs20, cs21 and p07, and the rocío (dew) of cy15; the grazing of heaths,
serpentine grasslands, firebreaks and military training areas (bp04, bp05, bp06, ds13, bz30, dw23),
none of it urban, and the reduced mowing of urban meadows (co19, co21); the verdolagas (purslane)
of the quelite, solar maya and yuyos pages (ce15, ce30, dc30), no water plant; the blue crabs
(cw28-cw30), land crabs (by01-by03) and red swamp crayfish (bm09), none of them a green crab; the
salicorne picked among the wild edible plants of Québec (ce29); and the biocultural protocol of the
Raika (cc22), which sets terms for access to their knowledge but keeps no register, the registros
comunitarios named by the territories of life meeting (u09) and the traditional knowledge pages on
rooibos, stevia, kava and the model agreement for bioprospecting (z17, i14, ba08, v44), which keep
no register either.

records106.py (ids eh01..eh30, on chemicals, occupational health, waste, pollution, energy,
biosafety, climate mitigation, trade and finance topics), written at the same time by another
engineer, was searched for the same words once it was finished (with its queries106.tsv): its
topics are embalming, cheese whey, military burn pits, daylight saving time, solar ice makers for
small-scale fishers, borax and boric acid, high-containment laboratories, carbon labels, customs
brokers and lotteries that fund the environment. None of its records names didymo, a coral disease,
a red list, a free-roaming cat, a pilgrimage, urban grazing, water primrose, a green crab, samphire
or a traditional knowledge register (its only hits on this set's words are the sheep's and goat's
milk of the feta whey of Epirus (eh04) and the brebis whose whey is filtered in Québec (eh05), no
grazing, and the registre of whey volumes of eh05 and the registro de agentes de riesgo of the
Asunción laboratory (eh21), no traditional knowledge), and none answers a query of this set.

Traps: the kayakers, jet-boats, trout and felt-soled waders of ei01; the saumons, tacons, canots
and kayaks of ei02; the rafting, pesca con mosca, ADN ambiental and truchas of ei03; the hurricanes
and mass bleaching of ei04; the sargasses, eaux de ballast and plongée of ei05; the sargazo, aguas
residuales and buceo of ei06; the freshwater fish, reptiles and protected-area planning of ei07;
the iguane des Petites Antilles of ei08; the mercurio, incendios, chaqueos and tráfico de fauna of
ei09; the camera traps, eastern bettongs and fox baiting of ei10; the liste rouge of ei11, which
names the pétrel de Barau as endangered only in passing (0 to the red list queries), and its pièges
photographiques; the pardelas and colonias felinas of ei12; the plastic, waste, elephants, tigers,
forest fires and airport of ei13; the salicorne whose picking ei14 forbids in the herbus (0 to the
samphire queries), and its moutons de prés salés, phoques veaux-marins and drones (the salt-meadow
sheep are no urban grazing); the lince ibérico, vehículos todoterreno, drones, residuos and
acuífero of ei15; the orchids, chalkhill blues and dog walkers of ei16; the tondeuses, fauche,
chiens and Natura 2000 site of ei17; the cortafuegos and queso Idiazabal of ei18; the herbicide and
floating pennywort of ei19; the prairies humides grazed by cattle and the herbicides of ei20; the
camalote (water hyacinth) and the permisos de acceso a recursos genéticos of ei21, no traditional
knowledge register (0); the oyster and clam farms and eelgrass of ei22; the homard, pétoncles,
moules and myes of ei23; the agua de lastre, ADN ambiental, mejillones and cholgas of ei24; the
terns and redshanks of ei25; the phoques, spartine and aster maritime of ei26; the salinas,
avocetas, cigüeñuelas, doradas and lubinas of ei27; the access and benefit-sharing agreements of
ei28; the Protocole de Nagoya and plantes médicinales of ei29; and the biopiratería, maca, sacha
inchi and uña de gato of ei30. For the country queries: ei01 names only New Zealand; ei02 only
Canada (Québec); ei03 only Chile; ei04 only the United States (Florida); ei05 Saint-Martin and
Guadeloupe only; ei06 only Mexico; ei07 South Africa, Botswana, Malawi, Namibia and Zambia; ei08
only Guadeloupe; ei09 only Bolivia; ei10 only Australia; ei11 only La Réunion; ei12 only Spain (the
Canary Islands); ei13 only India; ei14 only France; ei15 only Spain; ei16 only the United Kingdom
(England); ei17 only France; ei18 only Spain; ei19 the United Kingdom (England; western Europe and
South America in passing); ei20 France (and South America as the plant's origin); ei21 only
Argentina; ei22 only the United States (and North America); ei23 only Canada; ei24 only Argentina;
ei25 only the United Kingdom; ei26 only France; ei27 only Spain; ei28 only India; ei29 only
Madagascar; ei30 only Peru.

Ids (ei01..ei30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
ee01..ee30, eg01..eg30), nor with records104.py's (ef01..ef30) or records106.py's (eh01..eh30), and
no earlier id starts with "ei".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- didymo (rock snot) ----------------------------------------------------------------------
    ("ei01", "dataset", "en",
     "Didymo in South Island rivers: detections, surveillance samples and Check, Clean, Dry "
     "checkpoints, 2004-2024",
     "Didymosphenia geminata, the freshwater diatom known as didymo or rock snot, was first "
     "found in New Zealand in the lower Waiau River, Southland, in October 2004, the first "
     "record in the southern hemisphere. Within a few years it had spread to more than 150 "
     "rivers of the South Island, covering stony beds with thick grey-brown mats of stalks that "
     "smother the insect larvae on which native fish and trout feed. This dataset, kept by the "
     "national biosecurity agency with regional councils and Fish & Game, lists every positive "
     "and negative sample taken since 2004 by river, site and date, the microscopy and DNA "
     "results, mat cover scores, river flows and water chemistry, and the advocacy checkpoints "
     "where anglers, kayakers and jet-boat operators were asked to check, clean and dry their "
     "gear. The North Island is still free of didymo and its rivers are sampled every year. "
     "Felt-soled waders, banned since 2008, are noted where still seen.",
     ("didymo", "Didymosphenia geminata", "invasive alien species", "freshwater biosecurity",
      "rivers"),
     ("NZ",), "2024-09"),
    ("ei02", "document", "fr",
     "L'algue didymo dans les rivières à saumon du Québec : guide de prévention pour les "
     "pêcheurs et les gestionnaires de rivières",
     "Repérée au Québec en 2006 dans la rivière Matapédia, puis dans la Cascapédia, la "
     "Bonaventure et d'autres rivières de la Gaspésie et de la Côte-Nord, l'algue didymo "
     "(Didymosphenia geminata), une diatomée que les pêcheurs surnomment « morve de roche », "
     "forme au fond des rivières claires et froides des tapis brunâtres qui ressemblent à du "
     "papier hygiénique mouillé. Ce guide, préparé par le ministère avec les organismes de "
     "bassin versant et les gestionnaires des rivières à saumon, explique comment la reconnaître "
     "au toucher (elle n'est pas gluante et rappelle la ouate), comment la signaler et surtout "
     "comment éviter de la transporter d'une rivière à l'autre : inspecter, nettoyer et faire "
     "sécher bottes, cuissardes, lignes, canots et kayaks, renoncer aux bottes à semelles de "
     "feutre et tremper le matériel dans une solution de détergent. Il présente les stations de "
     "lavage installées à l'entrée des zones d'exploitation contrôlée (ZEC) et les effets "
     "possibles de l'algue sur les insectes aquatiques et les tacons.",
     ("algue didymo", "Didymosphenia geminata", "espèces exotiques envahissantes",
      "rivières à saumon", "Gaspésie"),
     ("CA",), "2023-05"),
    ("ei03", "need", "es",
     "Necesidad: vigilancia y control del didymo, el moco de roca, en los ríos de Aysén y Los "
     "Lagos",
     "Desde que se confirmó en 2010 en el río Futaleufú, el Didymosphenia geminata, una "
     "microalga que los pescadores llaman moco de roca, ha aparecido en decenas de ríos y lagos "
     "de las regiones de Los Lagos, Aysén y Magallanes. Declarado plaga por la autoridad "
     "pesquera, obliga a desinfectar botas, balsas y equipos en barreras sanitarias, pero los "
     "puntos de control son pocos y los fiscalizadores no alcanzan a cubrir a los cientos de "
     "turistas que llegan cada verano a pescar con mosca y a hacer rafting. El servicio de pesca "
     "y los municipios solicitan apoyo para ampliar el monitoreo con ADN ambiental, estudiar por "
     "qué la microalga forma floraciones en unos ríos y no en otros, equipar estaciones de "
     "lavado en los pasos fronterizos y en los lodges de pesca, y capacitar a guías y operadores "
     "turísticos. Piden además evaluar su efecto sobre los macroinvertebrados y las truchas, y "
     "una campaña en las radios locales.",
     ("didymo", "moco de roca", "Didymosphenia geminata", "especies exóticas invasoras",
      "Patagonia"),
     ("CL",), "2024-03"),
    # --- stony coral tissue loss disease ---------------------------------------------------------
    ("ei04", "dataset", "en",
     "Stony coral tissue loss disease on Florida's Coral Reef: survey sites, lesions and "
     "antibiotic treatments, 2014-2024",
     "Stony coral tissue loss disease (SCTLD) was first seen off Virginia Key, near Miami, in "
     "2014, and in the following years moved along almost the whole of Florida's Coral Reef, "
     "from St. Lucie Inlet to the Dry Tortugas, killing pillar, maze, brain and star corals and "
     "more than twenty other reef-building species; an infected colony can lose all its tissue "
     "within weeks. This dataset, compiled by the state's coral reef conservation programme with "
     "universities and the national marine sanctuary, joins the surveillance dives at fixed "
     "sites, prevalence and mortality by species, the colonies treated by divers with an "
     "amoxicillin paste applied along the lesion margins and revisited every few months, and the "
     "rescue of healthy colonies of rare species, taken to land-based tanks before the disease "
     "arrived. Water temperatures, the hurricanes of 2017 and 2022 and the mass bleaching of "
     "2023, which interrupted the surveys, are flagged.",
     ("stony coral tissue loss disease", "SCTLD", "coral diseases", "coral reefs", "Florida"),
     ("US",), "2024-11"),
    ("ei05", "project", "fr",
     "Maladie de la perte de tissu des coraux durs à Saint-Martin et en Guadeloupe : surveiller, "
     "soigner et sauvegarder les colonies",
     "Signalée à Saint-Martin en 2019, puis en Guadeloupe, la maladie de la perte de tissu des "
     "coraux durs, souvent désignée par son sigle anglais SCTLD, progresse de récif en récif et "
     "tue en quelques semaines des colonies de coraux cerveaux, de coraux piliers et de coraux "
     "étoilés vieilles de plusieurs siècles. Ce projet, porté par la réserve naturelle nationale "
     "de Saint-Martin et le parc national de la Guadeloupe avec l'Office français de la "
     "biodiversité et les clubs de plongée, forme des plongeurs bénévoles à reconnaître les "
     "lésions blanches qui avancent en laissant le squelette à nu, cartographie les sites "
     "touchés, applique une pâte antibiotique sur les colonies les plus remarquables et met à "
     "l'abri dans une nurserie des boutures d'espèces rares. Il étudie aussi comment la maladie "
     "se propage, par l'eau, les sédiments ou les eaux de ballast des navires, et demande aux "
     "plongeurs de désinfecter leur matériel entre deux sites. Les échouages de sargasses sont "
     "suivis par un autre réseau.",
     ("maladie de la perte de tissu des coraux durs", "maladies des coraux", "récifs coralliens",
      "Antilles françaises", "plongeurs bénévoles"),
     ("MF", "GP"), "2023-06"),
    ("ei06", "case-study", "es",
     "El síndrome blanco en los arrecifes del Caribe mexicano: lo que dejó el brote de 2018 a "
     "2021",
     "En el verano de 2018 los buzos de Puerto Morelos notaron que colonias enteras de coral "
     "cerebro, coral pilar y corales estrella se cubrían de manchas blancas de tejido muerto que "
     "avanzaban varios centímetros por día. Era la enfermedad de pérdida de tejido de coral "
     "duro, que en Quintana Roo se conoce como síndrome blanco y que en menos de tres años "
     "recorrió el arrecife desde Cancún hasta Xcalak, el tramo mexicano del Sistema Arrecifal "
     "Mesoamericano. Este estudio de caso reúne la respuesta de las áreas naturales protegidas, "
     "las universidades y los prestadores de servicios turísticos: una red de monitoreo con un "
     "protocolo común, el cierre temporal de sitios de buceo, tratamientos experimentales con "
     "antibióticos y con cloro, y el rescate de fragmentos en viveros. Estima la pérdida de "
     "cobertura de coral duro en los sitios afectados, discute la desaparición local de especies "
     "formadoras del arrecife y su relación con las aguas residuales de la costa turística y el "
     "sargazo, y señala lo que falta para la recuperación.",
     ("enfermedad de pérdida de tejido de coral duro", "síndrome blanco", "arrecifes de coral",
      "Quintana Roo", "Sistema Arrecifal Mesoamericano"),
     ("MX",), "2022-10"),
    # --- red lists of threatened species ---------------------------------------------------------
    ("ei07", "support-source", "en",
     "Offer: mentoring national teams to prepare red lists of threatened species with the IUCN "
     "categories and criteria",
     "A national biodiversity institute in Pretoria, which has assessed the extinction risk of "
     "every one of South Africa's more than 20,000 native plants, offers each year to mentor "
     "teams from other countries of the Southern African Development Community that want to "
     "prepare or update a national red list. The offer covers a two-week course on the IUCN Red "
     "List categories and criteria and on the guidelines for applying them at regional and "
     "national level, including how to adjust a category when a species also lives across the "
     "border; help in setting up a database of occurrence records and in calculating extent of "
     "occurrence and area of occupancy; review of draft assessments by experienced assessors; "
     "and advice on publishing the list and linking it to protected-area planning, permits and "
     "the national biodiversity strategy. Teams from Botswana, Malawi, Namibia and Zambia have "
     "used it for plants, freshwater fish and reptiles. Travel costs are shared.",
     ("red lists", "threatened species", "IUCN Red List categories and criteria",
      "extinction risk assessment", "capacity building"),
     ("ZA", "BW", "MW", "NA", "ZM"), "2024-05"),
    ("ei08", "project", "fr",
     "Liste rouge des espèces menacées en Guadeloupe : évaluer la flore et la faune de "
     "l'archipel",
     "Aucune liste rouge régionale n'existait pour la Guadeloupe avant 2019. Ce projet, conduit "
     "par le comité français de l'UICN et le Muséum national d'histoire naturelle avec la "
     "direction de l'environnement, le parc national et les associations naturalistes, évalue le "
     "risque d'extinction des espèces de l'archipel selon la méthode de l'UICN adaptée à "
     "l'échelle régionale : plantes vasculaires, oiseaux nicheurs, reptiles, amphibiens, "
     "mammifères, poissons et crustacés d'eau douce. Des ateliers réunissent chaque fois une "
     "vingtaine d'experts qui examinent, espèce par espèce, les effectifs, la surface occupée, "
     "le déclin et les menaces, avant qu'un évaluateur du comité valide les catégories, de « "
     "préoccupation mineure » à « en danger critique » et « éteinte ». La flore compte plusieurs "
     "dizaines d'arbres endémiques classés en danger critique. Les résultats alimentent les "
     "arrêtés de protection, les avis sur les projets d'aménagement et les plans nationaux "
     "d'actions, comme celui de l'iguane des Petites Antilles. Une mise à jour est prévue tous "
     "les dix ans.",
     ("listes rouges", "espèces menacées", "UICN", "évaluation du risque d'extinction",
      "Guadeloupe"),
     ("GP",), "2023-03"),
    ("ei09", "need", "es",
     "Necesidad: actualizar el Libro Rojo de la fauna silvestre de vertebrados de Bolivia",
     "El último Libro Rojo de los vertebrados de Bolivia se publicó en 2009. Desde entonces el "
     "país ha perdido bosque seco chiquitano por incendios y chaqueos, sus ríos amazónicos han "
     "recibido mercurio de la minería aurífera y se han descrito decenas de especies nuevas de "
     "ranas, peces y aves, mientras muchas especies siguen clasificadas con datos de hace veinte "
     "años o como datos insuficientes. El ministerio y los museos de historia natural de La Paz "
     "y Santa Cruz solicitan apoyo para reevaluar cerca de 1.500 especies con las categorías y "
     "criterios de la lista roja de la UICN: talleres de categorización con especialistas, una "
     "base de datos de registros georreferenciados, mapas de distribución y cálculo de áreas de "
     "ocupación, y revisión por evaluadores acreditados. Piden también fondos para publicar el "
     "libro en formato digital y abierto, y para que las categorías se usen en las licencias "
     "ambientales, en la lucha contra el tráfico de fauna y en la planificación de áreas "
     "protegidas.",
     ("listas rojas", "Libro Rojo", "especies amenazadas", "categorización de especies",
      "Bolivia"),
     ("BO",), "2024-07"),
    # --- free-roaming cats and wildlife ----------------------------------------------------------
    ("ei10", "case-study", "en",
     "Cat containment in Canberra: what cat-contained suburbs next to nature reserves have shown",
     "Pet cats that roam kill native reptiles, birds and small mammals, and in Australia feral "
     "and free-roaming cats are blamed for many of the country's mammal extinctions. Since the "
     "1990s the Australian Capital Territory has declared new suburbs next to nature reserves "
     "cat-containment areas, where owners must keep their cats indoors or in enclosed runs at "
     "all times, and since July 2022 the rule has applied across the territory to every cat born "
     "after that date. This case study reviews the contained suburbs bordering the reserves of "
     "Gungahlin and Molonglo: how many cats were still caught on camera traps in the bush, the "
     "complaints and impoundments handled by rangers, the uptake of cat runs, desexing and "
     "microchipping, and what owners thought. It compares containment with the night curfews of "
     "some councils in Victoria and South Australia, and with the predator-proof fence of the "
     "Mulligans Flat sanctuary, where eastern bettongs were brought back. Fox baiting is not "
     "discussed.",
     ("domestic cats", "cat containment", "free-roaming cats", "urban wildlife",
      "nature reserves"),
     ("AU",), "2024-02"),
    ("ei11", "dataset", "fr",
     "Chats harets et pétrels de Barau au Piton des Neiges : captures, pièges photographiques et "
     "terriers prédatés, 2010-2024",
     "Le pétrel de Barau (Pterodroma baraui), oiseau marin endémique de La Réunion classé en "
     "danger sur la liste rouge de l'UICN, ne niche que dans des terriers creusés vers 2 500 à 2 "
     "800 mètres sur les remparts du Piton des Neiges. Ses principaux prédateurs sont les rats "
     "et surtout les chats harets, des chats domestiques retournés à la vie sauvage, qui montent "
     "jusqu'aux colonies et peuvent tuer plusieurs dizaines d'adultes en une saison. Ce jeu de "
     "données, tenu par le parc national de La Réunion avec une association ornithologique et "
     "l'université, réunit les captures de chats par pièges-cages autour des colonies, le sexe, "
     "le poids et le contenu stomacal des animaux capturés, les images des pièges "
     "photographiques, les cadavres de pétrels trouvés et les terriers occupés chaque année. Il "
     "note aussi les chats errants nourris par des habitants des Hauts et les campagnes de "
     "stérilisation et d'identification des chats de compagnie menées avec les communes.",
     ("chats harets", "chats errants", "prédation", "pétrel de Barau", "La Réunion"),
     ("RE",), "2024-12"),
    ("ei12", "project", "es",
     "Gatos asilvestrados y lagarto gigante de La Gomera: trampeo en los riscos y esterilización "
     "en Valle Gran Rey",
     "El lagarto gigante de La Gomera (Gallotia bravoana), que se creía extinto hasta que se "
     "redescubrió en 1999 en los riscos de Valle Gran Rey, sobrevive con unos pocos centenares "
     "de ejemplares en paredes casi verticales y en un centro de cría. Su mayor amenaza son los "
     "gatos asilvestrados, descendientes de gatos domésticos, que en todo el archipiélago cazan "
     "lagartos, pardelas y aves endémicas. Este proyecto del cabildo y del gobierno autonómico "
     "retira con jaulas trampa a los gatos de los sectores donde se liberan lagartos criados en "
     "cautividad, como el Risco de la Mérica, y los entrega a protectoras para su adopción. Con "
     "el ayuntamiento y las asociaciones, esteriliza, identifica con microchip y registra a los "
     "gatos de las colonias felinas de los pueblos, y explica a los vecinos por qué no hay que "
     "dejarles comida en el monte. Los resultados se comparan con los de El Hierro, donde los "
     "gatos amenazan también al lagarto gigante de esa isla.",
     ("gatos asilvestrados", "gatos domésticos", "especies exóticas invasoras",
      "Gallotia bravoana", "Canarias"),
     ("ES",), "2023-09"),
    # --- pilgrimages in protected areas ----------------------------------------------------------
    ("ei13", "case-study", "en",
     "Millions of pilgrims through a tiger reserve: managing the Sabarimala season in Periyar",
     "Every year from mid-November to mid-January, millions of pilgrims walk or drive to the "
     "hill shrine of Sabarimala, which stands inside the Periyar Tiger Reserve in the Western "
     "Ghats of Kerala. Many take the traditional forest path from Erumeli, several days on foot "
     "through evergreen and moist deciduous forest used by elephants, gaur and tigers. This case "
     "study looks at how the forest department and the temple board have handled the pilgrimage "
     "season: eco-guards recruited from the forest communities along the trails, a ban on "
     "carrying plastic into the reserve, rest stops with water and toilets placed away from "
     "elephant corridors, limits on vehicles and on walking at night, and the clearing of tonnes "
     "of waste afterwards. It reports the encounters with elephants, the forest fires started "
     "from camps and the pressure to widen roads and build an airport nearby, and what the "
     "reserve gains from the pilgrims' fees and the eco-development committees they fund.",
     ("pilgrimages", "religious tourism", "protected areas", "visitor management",
      "Periyar Tiger Reserve"),
     ("IN",), "2023-12"),
    ("ei14", "document", "fr",
     "Traverser la baie du Mont-Saint-Michel à pied : charte des pèlerins, des guides et des "
     "randonneurs",
     "Chaque année, des dizaines de milliers de personnes traversent à pied la baie du "
     "Mont-Saint-Michel en suivant les chemins des miquelots, les pèlerins qui rejoignent "
     "l'abbaye depuis le Moyen Âge, notamment lors des grands pèlerinages de printemps et de la "
     "Saint-Michel de septembre. La baie est un site Natura 2000 et Ramsar, inscrit au "
     "patrimoine mondial : ses herbus (prés salés), ses vasières et ses bancs de sable "
     "accueillent des phoques veaux-marins, des dizaines de milliers de limicoles et les moutons "
     "de prés salés. Cette charte, rédigée par les associations de pèlerins, les guides de "
     "traversée agréés et les gestionnaires des espaces naturels, rappelle qu'il faut partir "
     "avec un guide à cause des marées et des sables mouvants, fixe la taille des groupes et les "
     "itinéraires à éviter près des reposoirs de marée haute et des phoques, et interdit les "
     "chiens non tenus, les drones et la cueillette de la salicorne dans les herbus. Elle donne "
     "aussi le calendrier des traversées pèlerines.",
     ("pèlerinages", "traversée de la baie", "fréquentation touristique", "prés salés",
      "baie du Mont-Saint-Michel"),
     ("FR",), "2024-03"),
    ("ei15", "need", "es",
     "Necesidad: medir y reducir el impacto de la romería de El Rocío en el espacio natural de "
     "Doñana",
     "Cada primavera, por Pentecostés, cerca de un millón de personas acuden a la aldea de El "
     "Rocío, en Almonte, y decenas de hermandades llegan en carretas, a caballo y a pie por "
     "caminos que cruzan el espacio natural de Doñana: la Raya Real, el camino de Sanlúcar, que "
     "obliga a cruzar el Guadalquivir en barcazas, y el de Moguer. El paso de miles de caballos, "
     "tractores y vehículos todoterreno compacta la arena, deja basura y ruido junto a lagunas y "
     "pinares y coincide con la cría de muchas aves y del lince ibérico. La dirección del "
     "espacio natural y el ayuntamiento solicitan apoyo para medir el impacto de los peregrinos "
     "en la vegetación, la fauna y el suelo a lo largo de los caminos, diseñar un seguimiento "
     "con contadores y drones, planificar los pasos, las acampadas y la recogida de residuos, y "
     "formar a voluntarios de las hermandades como guardas de camino. También piden estudiar el "
     "consumo de agua de la aldea durante la romería.",
     ("peregrinaciones", "romerías", "turismo religioso", "espacios naturales protegidos",
      "Doñana"),
     ("ES",), "2024-04"),
    # --- urban grazing (eco-grazing of city green spaces) ----------------------------------------
    ("ei16", "project", "en",
     "The city flock: council sheep and volunteer lookerers grazing Brighton and Hove's urban "
     "chalk downland",
     "Brighton and Hove has hundreds of hectares of chalk grassland inside the city, much of it "
     "on steep slopes between housing estates, where for decades the grass was left to scrub "
     "over or was cut with tractors. For more than ten years the city council has kept its own "
     "flock of about 200 sheep, moved every few weeks with temporary electric fencing between "
     "sites such as Whitehawk Hill and Bevendean Down, so that orchids, horseshoe vetch and the "
     "chalkhill blue butterflies that depend on it can come back. The project trains volunteer "
     "lookerers, residents who check the sheep every day, count them, report injured animals and "
     "talk to dog walkers, and runs open days for schools. It records plant and butterfly "
     "transects before and after grazing, dog attacks on sheep, the cost compared with mowing "
     "and scrub clearance, and what neighbours think about fences on their green space. Grazing "
     "on the rural South Downs is handled separately.",
     ("urban grazing", "conservation grazing", "sheep", "chalk grassland", "urban green spaces"),
     ("GB",), "2023-07"),
    ("ei17", "case-study", "fr",
     "L'écopâturage dans les parcs de Seine-Saint-Denis : dix ans de moutons, de chèvres et de "
     "bergers urbains",
     "Depuis une dizaine d'années, le département de la Seine-Saint-Denis et plusieurs villes de "
     "la petite couronne parisienne confient une partie de l'entretien de leurs parcs, talus et "
     "friches à des troupeaux de moutons et de chèvres, à la place des tondeuses et des "
     "débroussailleuses. Des bergers urbains mènent à pied des brebis de races rustiques, comme "
     "l'ouessant, la solognote ou la thônes-et-marthod, entre les cités et les parcs "
     "départementaux, dont plusieurs forment un site Natura 2000. Cette étude de cas dresse le "
     "bilan de l'écopâturage : surfaces pâturées, coût comparé à la fauche mécanique, évolution "
     "de la flore et des insectes des prairies pâturées, et rôle social des troupeaux, qui "
     "attirent écoles et habitants et provoquent parfois des conflits avec les chiens. Elle "
     "décrit aussi les difficultés : abreuvement, vols d'animaux, règles sanitaires et "
     "d'identification, hivernage des bêtes. Elle conclut sur les conditions pour que le "
     "pâturage urbain ne soit pas qu'une vitrine.",
     ("écopâturage", "pâturage urbain", "bergers urbains", "espaces verts", "Seine-Saint-Denis"),
     ("FR",), "2024-01"),
    ("ei18", "support-source", "es",
     "Oferta: rebaños de ovejas latxas para el pastoreo de parques periurbanos y zonas verdes "
     "municipales en Álava",
     "Una asociación de pastores de Álava que cría ovejas latxas y cabras azpi gorri ofrece a "
     "ayuntamientos, a la diputación y a empresas públicas el pastoreo guiado de parques "
     "periurbanos, riberas, taludes y solares municipales, como se hace desde hace años en "
     "algunos parques del Anillo Verde de Vitoria-Gasteiz. El servicio incluye un plan de "
     "pastoreo para cada parcela, con cargas ganaderas y fechas que respetan la floración y la "
     "nidificación, un pastor a cargo del rebaño durante el día, cercados móviles y bebederos, "
     "seguro de responsabilidad civil y seguimiento de la vegetación con el centro de estudios "
     "ambientales municipal. Los pastores explican a los vecinos y a quienes pasean con perros "
     "cómo convivir con el rebaño y organizan visitas escolares. La asociación forma además a "
     "jóvenes pastores y vende la carne y el queso Idiazabal de sus rebaños. El pastoreo de "
     "cortafuegos para prevenir incendios forestales se ofrece aparte.",
     ("pastoreo urbano", "ovejas latxas", "zonas verdes", "parques periurbanos",
      "razas autóctonas"),
     ("ES",), "2024-06"),
    # --- water primrose (Ludwigia, jussies) ------------------------------------------------------
    ("ei19", "project", "en",
     "Keeping water primrose out of England: twenty-five years of an eradication programme",
     "Water primrose (Ludwigia grandiflora), a South American aquatic plant once sold for garden "
     "ponds, has smothered lakes, canals and slow rivers across western Europe, forming floating "
     "mats that shade out native plants and strip the water of oxygen. When it was found growing "
     "wild in England in 1999, the national environment agency decided to eradicate it before it "
     "could spread. The project has since treated every known site, a few dozen ponds, lakes and "
     "ditches in southern England, by hand pulling, raking and repeated spraying with a "
     "herbicide approved for use near water, followed by years of checks to catch regrowth from "
     "fragments and seed. It persuaded garden centres to stop selling the plant long before its "
     "sale was banned, and asks anglers, boaters and pond owners to report it. Most sites are "
     "now clear and the rest are revisited each summer. Floating pennywort, which has spread "
     "much further, is managed by a different programme.",
     ("water primrose", "Ludwigia grandiflora", "invasive aquatic plants", "eradication", "ponds"),
     ("GB",), "2024-08"),
    ("ei20", "document", "fr",
     "Gérer les jussies : guide technique pour les marais, les canaux et les prairies humides de "
     "l'Ouest",
     "Les jussies (Ludwigia grandiflora et Ludwigia peploides), plantes aquatiques amphibies "
     "venues d'Amérique du Sud et longtemps vendues pour les bassins d'ornement, colonisent "
     "depuis les années 1990 les marais de Brière, le Marais poitevin, les étangs et les canaux "
     "de l'Ouest de la France. Leurs herbiers denses couvrent les plans d'eau, gênent la pêche "
     "et la circulation des barques et privent l'eau d'oxygène ; depuis quelques années, une "
     "forme terrestre envahit aussi les prairies humides, que le bétail délaisse. Ce guide, "
     "rédigé par un forum des gestionnaires de zones humides avec les syndicats de marais et un "
     "parc naturel régional, présente les techniques éprouvées : arrachage manuel répété par des "
     "équipes en barque, arrachage mécanique à la pelle depuis les berges, filets pour retenir "
     "les fragments, stockage et compostage des plantes loin de l'eau. Il explique pourquoi "
     "intervenir tôt sur les petits foyers coûte moins cher, rappelle que la vente des jussies "
     "est interdite depuis 2007 et que les herbicides ne sont plus employés en milieu aquatique.",
     ("jussies", "Ludwigia", "plantes exotiques envahissantes", "zones humides", "marais"),
     ("FR",), "2023-04"),
    ("ei21", "support-source", "es",
     "Oferta: búsqueda de enemigos naturales de la Ludwigia en su área nativa, del delta del "
     "Paraná a los esteros del Iberá",
     "En los bañados, arroyos y lagunas del litoral argentino, las verdolagas de agua (Ludwigia "
     "grandiflora y Ludwigia peploides) son plantas nativas que conviven con cientos de especies "
     "y rara vez cubren todo el espejo de agua, porque las controlan insectos y hongos que no "
     "existen en los países donde se volvieron invasoras. Una fundación de investigación de "
     "Hurlingham, con experiencia en el control biológico del camalote y de otras malezas "
     "acuáticas, ofrece a organismos de otros países colaborar en la búsqueda y evaluación de "
     "esos enemigos naturales: relevamientos en el delta del Paraná, los esteros del Iberá y el "
     "Río de la Plata, cría de escarabajos, gorgojos y polillas que se alimentan de la Ludwigia, "
     "ensayos de especificidad para comprobar que no atacan a otras plantas y envío de material "
     "con los permisos de acceso a recursos genéticos que exige el país. La oferta incluye la "
     "capacitación de técnicos visitantes y la publicación conjunta de los resultados.",
     ("Ludwigia", "verdolagas de agua", "control biológico", "malezas acuáticas",
      "área de distribución nativa"),
     ("AR",), "2024-10"),
    # --- European green crab ---------------------------------------------------------------------
    ("ei22", "dataset", "en",
     "European green crab trapping on Washington's coast: catches by bay, size and sex, "
     "2016-2024",
     "The European green crab (Carcinus maenas), one of the world's most damaging marine "
     "invaders, reached San Francisco Bay around 1989 and spread north along the Pacific coast "
     "of North America, turning up in Washington's inland waters in 2016. In 2022 the state "
     "declared an emergency after catches jumped from a few hundred crabs to tens of thousands, "
     "most of them on the outer coast in Willapa Bay and Grays Harbor and in the Lummi Nation's "
     "sea pond near Bellingham. This dataset, compiled by the state fish and wildlife agency "
     "with tribes, shellfish growers and a university volunteer network, holds every trapping "
     "effort by site and date, the number of crabs caught per trap, their carapace width, sex "
     "and moult stage, and the bycatch of native crabs and fish. It also marks the eelgrass beds "
     "and salt marsh channels where green crabs burrow, and the oyster and clam farms that "
     "report damage.",
     ("European green crab", "Carcinus maenas", "invasive alien species", "estuaries",
      "shellfish aquaculture"),
     ("US",), "2024-12"),
    ("ei23", "project", "fr",
     "Le crabe vert dans les lagunes des Îles-de-la-Madeleine : pêcher pour contrôler et "
     "protéger les herbiers de zostère",
     "Apparu en 2004 dans la lagune du Havre aux Maisons, le crabe vert européen (Carcinus "
     "maenas) s'est installé dans la plupart des lagunes et des baies des Îles-de-la-Madeleine. "
     "Ce crabe vorace, qui fouille les sédiments et coupe les tiges de zostère en cherchant ses "
     "proies, détruit les herbiers qui servent de pouponnière aux poissons et s'attaque aux "
     "myes, aux moules d'élevage et aux jeunes pétoncles. Ce projet, mené par un comité de "
     "gestion des lagunes avec Pêches et Océans Canada, des pêcheurs et des chercheurs, organise "
     "chaque été une pêche de contrôle aux casiers appâtés dans les secteurs prioritaires, suit "
     "les herbiers par photographie aérienne et en plongée, et mesure l'effet de la pêche sur "
     "l'abondance et la taille des crabes. Il cherche aussi des débouchés pour les crabes "
     "capturés, comme appât pour le homard, engrais ou bouillon, et sensibilise plaisanciers et "
     "cueilleurs de mollusques pour qu'ils ne déplacent pas de crabes d'une lagune à l'autre.",
     ("crabe vert européen", "Carcinus maenas", "espèces aquatiques envahissantes",
      "herbiers de zostère", "Îles-de-la-Madeleine"),
     ("CA",), "2023-08"),
    ("ei24", "need", "es",
     "Necesidad: frenar el avance del cangrejo verde europeo por las costas de Chubut y Santa "
     "Cruz",
     "El cangrejo verde europeo (Carcinus maenas) fue detectado en 2001 en la caleta de "
     "Camarones, en Chubut, probablemente llegado en el agua de lastre o adherido al casco de un "
     "barco, y desde entonces avanza hacia el sur por las restingas y las bahías de la costa "
     "patagónica, donde ya se encuentra en Bahía Bustamante y en el golfo San Jorge. Es un "
     "depredador voraz de mejillones, cholgas, almejas y otros invertebrados del intermareal, "
     "compite con los cangrejos nativos y podría afectar a los mariscadores artesanales y a los "
     "cultivos de mejillón. El gobierno provincial y un centro de investigación del consejo "
     "nacional de ciencia solicitan apoyo para vigilar su frente de avance con trampas y con ADN "
     "ambiental, estimar la densidad y el crecimiento de las poblaciones, evaluar su impacto en "
     "las restingas y en las áreas protegidas costeras, y preparar un plan de detección temprana "
     "y control con los puertos, los pescadores y los guardafaunas.",
     ("cangrejo verde europeo", "Carcinus maenas", "especies exóticas invasoras",
      "costas patagónicas", "intermareal"),
     ("AR",), "2024-05"),
    # --- samphire (Salicornia) -------------------------------------------------------------------
    ("ei25", "document", "en",
     "Picking samphire on the North Norfolk coast: a code for foragers, licensed pickers and "
     "restaurants",
     "Marsh samphire, also called glasswort or sea asparagus (Salicornia europaea and related "
     "species), grows on the muddy lower salt marshes of the North Norfolk coast, between Holme "
     "and Blakeney, and has been picked at low tide in July and August for generations; today it "
     "sells well to restaurants. The marshes are a national nature reserve, a special protection "
     "area for birds and a site of special scientific interest, and picking for sale needs the "
     "consent of the landowners and of the nature conservation agency. This code explains where "
     "picking is allowed and where it is not, such as near nesting terns and redshanks; that "
     "plants should be cut with scissors above the root rather than pulled up, so that the marsh "
     "surface is not broken; how much a forager may take for their own table; and how to stay "
     "safe from soft mud and incoming tides. It also describes how commercial pickers record "
     "their harvests and the signs that a samphire bed is overpicked.",
     ("samphire", "Salicornia", "salt marshes", "foraging", "Norfolk"),
     ("GB",), "2023-06"),
    ("ei26", "case-study", "fr",
     "La salicorne de la baie de Somme : licences de cueillette et gestion d'une ressource des "
     "prés salés",
     "Dans la baie de Somme, la salicorne est cueillie chaque été sur les mollières, les prés "
     "salés que recouvrent les grandes marées, par quelques centaines de pêcheurs à pied "
     "professionnels et par les familles de la côte picarde, qui la mangent en salade ou au "
     "vinaigre. Face à la demande croissante des restaurants et des grossistes, et au "
     "piétinement dans une réserve naturelle nationale, l'État et le comité des pêches ont "
     "encadré la cueillette : licence obligatoire pour les professionnels, quantités "
     "journalières limitées, ouverture fixée chaque année selon la pousse, coupe au couteau ou à "
     "la faucille sans arracher les racines, et zones fermées pour protéger les oiseaux nicheurs "
     "et les reposoirs de phoques. Cette étude de cas décrit l'évaluation de la ressource au "
     "printemps, les contrôles des gardes du littoral, les conflits avec les cueilleurs "
     "occasionnels et l'intérêt de la cueillette pour garder les mollières ouvertes face à "
     "l'envasement et à la spartine. Elle évoque aussi l'aster maritime, cueilli de la même "
     "façon.",
     ("salicorne", "prés salés", "pêche à pied professionnelle", "cueillette", "baie de Somme"),
     ("FR",), "2024-07"),
    ("ei27", "project", "es",
     "Salicornia en los esteros de la Bahía de Cádiz: cultivo con agua de mar en antiguas "
     "salinas",
     "En las marismas de la Bahía de Cádiz, donde casi todas las salinas artesanales se "
     "abandonaron a lo largo del siglo XX, crece de forma espontánea la salicornia, que los "
     "mariscadores y cocineros de la zona llaman espárrago de mar. Este proyecto, con el parque "
     "natural, la universidad y una cooperativa de salineros, cultiva salicornia y otras "
     "halófitas regadas solo con agua de mar en los tajos y lucios de tres salinas recuperadas "
     "de Chiclana y San Fernando, junto con la cría extensiva de doradas y lubinas en los "
     "esteros. Mide el rendimiento de la planta, su contenido en sal y nutrientes, el uso del "
     "agua y la respuesta de las aves limícolas que se alimentan en las salinas, como la avoceta "
     "y la cigüeñuela. Prepara además una marca de calidad para el producto fresco y en "
     "conserva, recetas con restaurantes de la bahía y un protocolo para que nadie arranque la "
     "salicornia silvestre del parque.",
     ("salicornia", "halófitas", "salinas", "acuicultura extensiva", "Bahía de Cádiz"),
     ("ES",), "2024-02"),
    # --- traditional knowledge registers ---------------------------------------------------------
    ("ei28", "dataset", "en",
     "People's Biodiversity Registers of India: registers prepared by biodiversity management "
     "committees, state by state, 2004-2024",
     "Under India's Biological Diversity Act of 2002, every local body, from a village panchayat "
     "to a city corporation, must set up a biodiversity management committee, and each committee "
     "must prepare a People's Biodiversity Register (PBR) recording the local plants, animals, "
     "crop varieties and livestock breeds and the traditional knowledge of their uses held by "
     "farmers, healers, fishers and forest dwellers. This dataset, compiled from the national "
     "biodiversity authority and the state biodiversity boards, lists for each state the number "
     "of committees, the registers prepared and digitised, and the results of quality reviews, "
     "together with the access and benefit-sharing agreements in which a register was used to "
     "identify the holders of knowledge. After a National Green Tribunal order of 2019 pushed "
     "states to finish their registers, more than 250,000 were reported, but reviewers found "
     "many copied from templates. The notes describe early registers in Kerala and Karnataka and "
     "the debate over keeping sensitive knowledge confidential.",
     ("People's Biodiversity Registers", "traditional knowledge",
      "biodiversity management committees", "access and benefit-sharing", "India"),
     ("IN",), "2024-04"),
    ("ei29", "project", "fr",
     "Des registres communautaires des savoirs traditionnels sur les plantes dans la région "
     "Analanjirofo",
     "À Madagascar, les communautés de la côte est connaissent les usages de centaines de "
     "plantes, du ravintsara à la centella, le talapetraka, que des entreprises cosmétiques et "
     "pharmaceutiques cherchent à exploiter. Pour que ces savoirs ne soient pas pris sans "
     "consentement, ce projet aide une vingtaine de communautés de la région Analanjirofo, avec "
     "le correspondant national du Protocole de Nagoya et une association de tradipraticiens, à "
     "tenir des registres communautaires : chaque fokontany décide quels savoirs consigner, qui "
     "en est le détenteur et lesquels restent secrets, puis les inscrit dans un cahier et une "
     "base de données gardés au village, avec des enregistrements en malgache. Les registres "
     "servent de preuve d'antériorité face aux demandes de brevet et de base pour négocier le "
     "consentement préalable et le partage des avantages avec les acheteurs. Le projet forme "
     "aussi des jeunes à la collecte et plante des jardins de plantes médicinales près des "
     "écoles.",
     ("registres communautaires", "savoirs traditionnels", "Protocole de Nagoya",
      "accès et partage des avantages", "Madagascar"),
     ("MG",), "2023-11"),
    ("ei30", "case-study", "es",
     "El registro de conocimientos colectivos de los pueblos indígenas del Perú: veinte años de "
     "la Ley 27811",
     "En 2002 el Perú aprobó la Ley 27811, que creó un régimen de protección de los "
     "conocimientos colectivos de los pueblos indígenas vinculados a los recursos biológicos, "
     "con un registro nacional público, otro confidencial y registros locales llevados por las "
     "propias comunidades, todos a cargo del Indecopi. Este estudio de caso revisa lo logrado: "
     "miles de conocimientos inscritos por comunidades asháninkas, awajún, quechuas y "
     "shipibo-konibo sobre plantas medicinales, alimentos y tintes, muchos con apoyo de las "
     "organizaciones indígenas; el uso de los registros por la comisión nacional contra la "
     "biopiratería para oponerse a patentes sobre la maca, el sacha inchi y la uña de gato; y "
     "las licencias de uso, que casi nunca se firmaron. Analiza las dudas de las comunidades "
     "sobre inscribir saberes que consideran propios, la falta de intérpretes y de visitas de "
     "campo, y el fondo para el desarrollo de los pueblos indígenas que la ley previó y que "
     "apenas ha funcionado.",
     ("conocimientos colectivos", "conocimientos tradicionales", "pueblos indígenas",
      "biopiratería", "Perú"),
     ("PE",), "2024-09"),
)  # fmt: skip
