"""Clearing-house records of the thirty-eighth judged relevance set
(tests/search/relevance/queries38.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CBD Clearing-House
Mechanism pages on freshwater mussels (the hatchery of the Clinch and Powell rivers and their
glochidia and host fish; the mulette perlière of the Massif armoricain and the station of
Brasparts; the margaritona, náyade or almeja de río of the Canal Imperial de Aragón and the
zebra mussel that smothers it) and on riparian forests (forest buffers on the farms of the
Chesapeake Bay watershed; the ripisylve and forêts alluviales of the Garonne; the monte
ribereño or monte de galería of the Santa Lucía basin in Uruguay); chemical-safety and
poison-centre pages on chlorine dioxide sold as a cure (Miracle Mineral Solution, sodium
chlorite and the Miami trial; MMS, CDS and the fiche of the centres antipoison; the dióxido de
cloro law and the toxicovigilancia request in Bolivia); sustainable-use pages on edible
caterpillars (the mopane worms of Botswana and Zimbabwe; the chenilles du karité or chitoumou
of the Hauts-Bassins; the gusano rojo de maguey or chinicuil of Hidalgo and Tlaxcala);
health and biodiversity pages on schistosomiasis (river prawns and snail clearing against
bilharzia on the lower Senegal River; the bilharziose of the Cavu in Corsica; Biomphalaria
snails and esquistosomiasis in north-central Venezuela); policy pages on pesticide taxes
(Denmark's pesticide load tax; the redevance pour pollutions diffuses; the IEPS on plaguicidas
in Mexico); fisheries and marine pages on vessel tracking (AIS tracks around the Palau and
Phoenix Islands protected areas; VMS beacons and a fisheries monitoring centre in Gabon; the
squid-jigging fleet off Galápagos and its silent transponders); cooperation pages on twinning
(an EU twinning project on chemicals management in Serbia; the jumelage of the Vanoise and
Grand Paradis national parks; an offer of hermanamientos between Spanish national parks and
Ibero-American protected areas); hazard pages on volcanic eruptions (ash, water and the St
Vincent parrot after La Soufrière; the Nyiragongo, Goma and the gases of Lake Kivu; sulphur
dioxide, ash and the new fajanas of the La Palma eruption); and plant-health pages on the red
palm weevil (trapping and palm inspections in the Al-Ahsa oasis; the lutte obligatoire
against the charançon rouge du palmier on the Mediterranean coast of France; the picudo rojo
in the Palmeral de Elche). English, French and Spanish, 10 records each, every topic written
once in each language (different countries, projects and angles, not translations of one
text), so that a query in one language has answers in the others.

None of records.py, records3.py, ..., records37.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (freshwater mussel, mussel, moule, moule d'eau douce,
mulette, mejillón, náyade, naïade, naiad, unionid, Margaritifera, margaritona, almeja de río,
bivalve, glochidia, gloquidio, pearl, perle, perla; riparian, ripisylve, ripícola, ribereño,
ribera, bosque de galería, forêt galerie, gallery forest, alluvial, floodplain, várzea,
streamside, riverbank, berge, orilla, buffer, zona de amortiguación, franja; chlorine dioxide,
dioxyde de chlore, dióxido de cloro, MMS, CDS, chlorite, clorito, miracle, milagro, bleach,
javel, lejía, hypochlorite, disinfectant, désinfectant, poison centre, centre antipoison,
toxicovigilance, COVID, autism; caterpillar, chenille, oruga, mopane, Gonimbrasia, Imbrasia,
Cirina, chitoumou, sapelli, karité, shea, gusano, chinicuil, maguey, agave, mezcal, escamoles,
chapulín, edible insect, insectes comestibles, insectos comestibles, entomophagy, larvae,
larves, larvas; schistosomiasis, schistosome, bilharzia, bilharziose, esquistosomiasis,
Schistosoma, Bulinus, Biomphalaria, snail, escargot, caracol, mollusc, praziquantel,
trematode, parasite, Diama, Richard-Toll, Cavu, Corse; pesticide tax, tax, taxe, impuesto,
redevance, levy, gravamen, fiscal, economic instruments, instruments économiques,
instrumentos económicos, Ecophyto, IEPS, pesticide load, Denmark, Danemark, Dinamarca;
vessel, navire, buque, embarcación, AIS, VMS, transponder, transpondeur, transshipment,
transbordo, IUU, pêche INN, pêche illicite, pesca ilegal, illegal fishing, fleet, flotte,
flota, squid, calmar, pota, fisheries surveillance, satellite, satelital, Galápagos, Gabon,
Palau, Kiribati; twinning, jumelage, hermanamiento, sister park, exchange visit, intercambio,
pasantía, Vanoise, Grand Paradis, bouquetin, ibex, REACH, Serbia; volcano, volcan, volcán,
eruption, éruption, erupción, lava, lave, coulée, colada, pyroclastic, lahar, ash, cendres,
ceniza, sulphur dioxide, dioxyde de soufre, dióxido de azufre, SO2, Soufrière, Nyiragongo,
Goma, Kivu, Virunga, La Palma, Cumbre Vieja, Canarias; red palm weevil, weevil, charançon,
picudo, gorgojo, Rhynchophorus, Paysandisia, palm, palmier, palmera, Phoenix, date palm,
dattier, datilera, offshoot, Elche, UNESCO, world heritage). Candidates found covered were
dropped: cryopreservation and gene banks for livestock (the criollo cattle germplasm need
m03, which asks for cryopreservation equipment, and the Red Maasai sheep page m01), besides
the topics listed as covered by the notes of sets 34 to 37; screened with no or passing hits
but not chosen: coffee leaf rust, ash dieback, pine wood nematode, Tuta absoluta, sea lice,
bovine tuberculosis, peste des petits ruminants, rabies (a word of the wildlife health guide
k11), miombo woodlands, agrivoltaics, parliamentarians.
The nearest are the guadua bamboo page whose guaduales hold the banks of Andean streams and
whose own subject is "bosques ribereños" (ba12, judged in queries38.tsv), the Haitian guide
to stabilising riverbanks with live cuttings (bi14), the oil palm page that keeps riparian
strips (y01) and the beaver wetlands (l28); the golden mussel invading the Plata basin (x27,
judged in queries38.tsv) and the oyster and mussel farming pages (x19, x20, w41); the
drinking-water pages and the chlor-alkali and chlorine-leak pages (j18, p04, q02), no
chlorine dioxide, and the poison-centre pages on methanol, kohl, paraphenylenediamine and
pesticides (bc16, bc17, bg23, bi22, bi23, n07, bd12); the fall armyworm, monarch and moth
caterpillars (u10-u12, i16, bb30) and the black soldier fly larvae grown as feed (bq19-bq21),
which nobody eats; the giant African snail and the queen conch (bf07-bf09, bc01-bc03) and
the Manantali dam and OMVS pages of the Senegal River (bj20, r05), no schistosomiasis; the
ecological fiscal transfers, the levy on hunting concessions, the rooibos levy and the
Ecuadorian bottle tax (bq16-bq18, m07, z16, bk24), no pesticide tax; the illegal fishing
pages on blast fishing, totoaba and sea cucumbers (bm19-bm21, bd03, j27) and the satellite
buoys of drifting FADs off Galápagos (bj18), no vessel tracking; the clearing-house
"intercambio de información" pages and the Minamata workshop that exchanges experience (h3),
no twinning; the volcanoes named as places (Volcanoes National Park m28, Pichincha bn03,
Irazú bk30), the Deception Island permafrost under ash layers (bq06), the geothermal habitats
of the Taupō Volcanic Zone (bo07) and the coal ash pages (bb10-bb12), no eruption; the date
palm oases with bayoud disease (z04-z06), the grain weevils of the fumigation pages (bd10,
bd11), the banana weevil of the chlordecone page (q24) and the palm wine pages (bq10-bq12),
no red palm weevil; and, among the golden pages, the hydrogen peroxide page (a bleach and
disinfectant, no chlorine dioxide), the hydrogen sulfide page that names volcanic gases, a
mineral page whose subject is crystal "twinning", and a Tamil palm-leaf manuscript. No text
was copied from those sites and none comes from demo/generator.py. They are meant to be
harvested as ``oai_dc``-like records and enriched with the project thesaurus exactly as the
other records files' are, beside them and the real fixtures' records
(tests/mappings/golden/*.json) as one pool.

Ids (br01..br30) collide with none of the earlier records files' (a1..h5, n01..n47,
p01..p45, q01..q45, t01..t45, v01..v45, w01..w45, x01..x30, k01..k30, m01..m30, r01..r30,
u01..u30, j01..j30, o01..o30, y01..y30, z01..z30, l01..l30, i01..i30, s01..s30, ba01..ba30,
bb01..bb30, bc01..bc30, bd01..bd30, be01..be30, bf01..bf30, bg01..bg30, bh01..bh30,
bi01..bi30, bj01..bj30, bk01..bk30, bl01..bl30, bm01..bm30, bn01..bn30, bo01..bo30,
bp01..bp30, bq01..bq30), and no earlier id starts with "br"; in queries38.tsv they are
written without prefix, like theirs, and take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- freshwater mussels ---------------------------------------------------------------
    ("br01", "project", "en",
     "Raising endangered freshwater mussels for the Clinch and Powell rivers",
     "The Clinch and Powell rivers, flowing from the coalfields of south-western Virginia "
     "into Tennessee, still hold more than 40 species of freshwater mussels, among them "
     "some of the rarest animals in North America: the oyster mussel, the Cumberlandian "
     "combshell, the rough rabbitsfoot and the fluted kidneyshell. Mussels filter the "
     "water and stabilise the riverbed, but they hardly move, and their larvae, called "
     "glochidia, must spend a few weeks clamped to the gills of a particular host fish "
     "before dropping off as juveniles. Coal fines, silt from eroding banks, chemical "
     "spills and old dams have left many beds with only old animals. At a state hatchery "
     "in Marion, staff collect gravid females, infest darters, sculpins and logperch with "
     "glochidia, grow the juveniles in upwellers and raceways for one to three years, "
     "then tag and release them at restored sites with partners from Tennessee and the "
     "U.S. Fish and Wildlife Service. Divers recount the tagged mussels each autumn. A "
     "century ago the same rivers supplied shells to pearl button factories.",
     ("freshwater mussels", "endangered species", "captive propagation", "host fish",
      "Clinch River"), ("US",), "2023-05"),
    ("br02", "dataset", "fr",
     "Mulette perlière dans les rivières du Massif armoricain : inventaires et structure "
     "des populations, 2010-2023",
     "La mulette perlière (Margaritifera margaritifera), grande moule d'eau douce qui "
     "peut vivre plus de cent ans, ne subsiste en Bretagne et en Basse-Normandie que dans "
     "une vingtaine de cours d'eau acides et pauvres en nutriments, où ses larves se "
     "fixent sur les branchies des jeunes truites fario et des saumons. Le jeu de données "
     "rassemble les prospections à vue au bathyscope et en plongée menées par une "
     "association naturaliste, l'Office français de la biodiversité et les fédérations de "
     "pêche : tronçon, nombre d'individus vivants et de coquilles vides, longueur des "
     "coquilles, présence de juvéniles enfouis dans le gravier, colmatage du substrat, "
     "température et teneur en nitrates. Il montre des populations vieillissantes, sans "
     "recrutement naturel depuis des décennies sur la plupart des rivières, à cause du "
     "colmatage par les sédiments fins venus des parcelles drainées et de "
     "l'eutrophisation. Les résultats orientent l'élevage conservatoire de la station de "
     "Brasparts, où des juvéniles issus des moules de chaque rivière grandissent avant "
     "d'y être réintroduits, et le plan national d'actions en faveur des naïades.",
     ("mulette perlière", "moules d'eau douce", "naïades", "espèces menacées",
      "cours d'eau"), ("FR",), "2024-03"),
    ("br03", "need", "es",
     "Necesidad: rescatar y criar la margaritona, la náyade gigante del Ebro, en el Canal "
     "Imperial de Aragón",
     "La margaritona (Margaritifera auricularia), la mayor de las náyades o almejas de "
     "río europeas, que alcanza 20 centímetros, se creía extinguida hasta que en los años "
     "noventa se halló una población en el Canal Imperial de Aragón, cerca de Zaragoza; "
     "hoy sobrevive casi solo en este canal, en el de Tauste y en algunos tramos del "
     "Ebro. No se reproduce de forma natural desde hace décadas: sus larvas, los "
     "gloquidios, necesitan peces hospedadores como el fraile (Salaria fluviatilis) y el "
     "esturión, desaparecidos del río. Cada vez que se vacían los canales para su "
     "mantenimiento, brigadas del Gobierno de Aragón recogen los ejemplares en el fango, "
     "y el mejillón cebra, invasor desde 2001, recubre sus conchas y las asfixia. El "
     "servicio de biodiversidad solicita apoyo técnico y financiero para ampliar el "
     "centro de cría en cautividad, mejorar la supervivencia de los juveniles obtenidos "
     "en laboratorio, vigilar las náyades acompañantes (Unio mancus, Potomida littoralis, "
     "Anodonta) y acordar con los regantes calendarios de vaciado menos dañinos.",
     ("náyades", "Margaritifera auricularia", "moluscos de agua dulce",
      "especies en peligro", "necesidades"), ("ES",), "2023-09"),
    # --- riparian forests -----------------------------------------------------------------
    ("br04", "document", "en",
     "Riparian forest buffers: a landowner's guide for farms in the Chesapeake Bay "
     "watershed",
     "Trees along streams shade the water, hold the banks with their roots, trap soil "
     "washed off fields and take up much of the nitrogen and phosphorus that would "
     "otherwise reach the Chesapeake Bay, whose summer dead zones are fed by farm runoff. "
     "This guide, written by state forestry agencies for farmers in Pennsylvania, "
     "Maryland and Virginia, explains how to plan a forested buffer at least 35 feet wide "
     "on each side of a stream: fencing out cattle and providing water troughs away from "
     "the bank, choosing native trees and shrubs such as sycamore, river birch, silver "
     "maple, black willow, pin oak and elderberry, planting in tree shelters against "
     "deer, controlling grass and invasive multiflora rose for the first three years, and "
     "replacing dead seedlings. It sets out the cost-share and annual rental payments "
     "available under the Conservation Reserve Enhancement Program, the forms to fill in "
     "and the inspections that follow, and shows how a maturing streamside forest brings "
     "back brook trout, mayflies and migrating warblers.",
     ("riparian forest buffers", "streams", "farm runoff", "tree planting",
      "water quality"), ("US",), "2021-06"),
    ("br05", "project", "fr",
     "Reconquérir la ripisylve de la Garonne et de ses affluents entre Toulouse et Agen",
     "Le long de la Garonne, les forêts riveraines de saules blancs, de peupliers noirs, "
     "d'aulnes glutineux et de frênes oxyphylles ne forment plus qu'un liseré discontinu "
     "entre les gravières, les peupleraies de culture et les champs de maïs irrigués. Le "
     "syndicat mixte d'aménagement du fleuve, avec l'agence de l'eau Adour-Garonne, le "
     "conservatoire d'espaces naturels et des agriculteurs volontaires, replante chaque "
     "hiver des boutures et des plants d'origine locale, rouvre d'anciens bras morts pour "
     "que les crues y déposent à nouveau limons et graines, et arrache la renouée du "
     "Japon, l'érable negundo et l'ailante qui envahissent les berges. Les chantiers "
     "s'inscrivent dans la trame verte et bleue et s'appuient sur l'inventaire des zones "
     "humides du bassin. Les techniciens suivent la reprise des plants, le retour du "
     "castor, de la loutre et du milan noir, et la température de l'eau à l'ombre des "
     "arbres, qui compte pour les poissons migrateurs comme l'alose et le saumon.",
     ("ripisylves", "forêts alluviales", "restauration des berges", "Garonne",
      "trame verte et bleue"), ("FR",), "2022-11"),
    ("br06", "dataset", "es",
     "Monte nativo ribereño de la cuenca del río Santa Lucía: parcelas de inventario, "
     "2019-2023",
     "En Uruguay el bosque nativo que acompaña a ríos y arroyos, llamado monte ribereño o "
     "monte de galería, ocupa franjas estrechas entre las praderas y los cultivos, pero "
     "protege la calidad del agua que abastece a Montevideo desde el río Santa Lucía. El "
     "conjunto de datos reúne 212 parcelas de inventario establecidas por la Dirección "
     "General Forestal y una facultad de agronomía en los departamentos de Florida, "
     "Canelones, San José y Lavalleja: especie, diámetro y altura de cada árbol, "
     "regeneración, cobertura del dosel, ancho de la faja boscosa y presencia de ganado. "
     "Dominan el sauce criollo, el sarandí, el mataojo, el blanquillo, el coronilla y el "
     "ceibo, flor nacional, y aparecen con frecuencia exóticas invasoras como el "
     "ligustro, el fresno americano y la acacia negra (Gleditsia triacanthos), que en "
     "algunos tramos superan a las nativas. Los datos sirven para vigilar el cumplimiento "
     "de la zona de amortiguación de los cursos de agua dispuesta tras las floraciones de "
     "cianobacterias en el Santa Lucía y para priorizar la restauración.",
     ("bosques ribereños", "monte nativo", "inventarios forestales", "calidad del agua",
      "río Santa Lucía"), ("UY",), "2024-02"),
    # --- chlorine dioxide -----------------------------------------------------------------
    ("br07", "case-study", "en",
     "Miracle Mineral Solution: bleach sold as a cure, and what poison centres and "
     "prosecutors learned",
     "Miracle Mineral Solution, or MMS, is a 28 percent solution of sodium chlorite sold "
     "with an 'activator' of citric or hydrochloric acid; mixed as instructed, it "
     "produces chlorine dioxide, a gas used to bleach paper pulp and, in small controlled "
     "doses, to disinfect drinking water. Since the mid-2000s sellers have promoted it "
     "online, and through a self-styled church, as a cure for malaria, cancer, HIV, "
     "autism and later COVID-19, recommending drops by mouth and, for autistic children, "
     "repeated enemas. The case study brings together the calls to US poison centres "
     "about MMS (vomiting, severe diarrhoea, dehydration, low blood pressure and, in some "
     "cases, haemolysis and methaemoglobinaemia), the FDA warnings of 2010 and 2019, the "
     "seizures of products and the 2023 federal trial in Miami that convicted the "
     "church's founders of conspiring to sell an unapproved drug. It shows how parents' "
     "groups and platforms removing videos cut sales, and why labelling the product as a "
     "water purifier kept it on sale for years.",
     ("chlorine dioxide", "sodium chlorite", "poisonings", "fake medicines",
      "poison centres"), ("US",), "2024-01"),
    ("br08", "document", "fr",
     "Dioxyde de chlore et « solution minérale miracle » : fiche d'information des "
     "centres antipoison",
     "Vendus sur internet sous les noms de MMS, MMS2 ou CDS, des flacons de chlorite de "
     "sodium à mélanger avec un « activateur » acide libèrent du dioxyde de chlore, un "
     "oxydant puissant employé dans l'industrie pour blanchir la pâte à papier et "
     "désinfecter l'eau, à des concentrations sans commune mesure avec celles de l'eau du "
     "robinet. Leurs promoteurs le présentent comme un remède contre le paludisme, "
     "l'autisme, la maladie de Lyme, le cancer ou la COVID-19. Cette fiche, rédigée par "
     "les centres antipoison de France et de Belgique après une hausse des appels en "
     "2020, décrit les intoxications observées : vomissements, diarrhées, brûlures de la "
     "bouche et de l'œsophage, déshydratation, hémolyse et méthémoglobinémie chez les "
     "enfants. Elle rappelle que les agences du médicament des deux pays ont interdit ces "
     "produits ou mis en garde contre eux, qu'ils ne sont ni des médicaments ni des "
     "compléments alimentaires, invite pharmaciens et médecins à signaler les cas à la "
     "toxicovigilance et propose des messages pour les parents, notamment les familles "
     "d'enfants autistes.",
     ("dioxyde de chlore", "chlorite de sodium", "intoxications", "centres antipoison",
      "produits de santé illégaux"), ("FR", "BE"), "2021-03"),
    ("br09", "need", "es",
     "Necesidad: toxicovigilancia de las intoxicaciones por dióxido de cloro (CDS) en "
     "Bolivia",
     "Durante la pandemia de COVID-19 el dióxido de cloro, vendido como CDS (solución de "
     "dióxido de cloro) o como MMS y preparado a partir de clorito de sodio, se difundió "
     "en Bolivia como preventivo y tratamiento: en 2020 una ley aprobada por la Asamblea "
     "Legislativa autorizó su elaboración y uso, pese a las advertencias del Ministerio "
     "de Salud, de la Organización Panamericana de la Salud y de los colegios médicos, y "
     "varios municipios lo repartieron gratuitamente. Los hospitales de La Paz, "
     "Cochabamba y Santa Cruz atendieron a personas con vómitos, diarrea, quemaduras "
     "digestivas, hemólisis e insuficiencia renal tras beberlo, incluidos niños, pero no "
     "existe un registro nacional de estos casos. La agencia de medicamentos y el centro "
     "de información toxicológica solicitan apoyo para crear un sistema de notificación, "
     "capacitar al personal de urgencias, equipar un laboratorio que mida clorito y "
     "clorato en los productos decomisados y preparar mensajes en castellano, aymara y "
     "quechua sobre los riesgos de estos productos, que se siguen vendiendo en mercados y "
     "redes sociales.",
     ("dióxido de cloro", "intoxicaciones", "toxicovigilancia", "COVID-19", "necesidades"),
     ("BO",), "2022-05"),
    # --- edible caterpillars --------------------------------------------------------------
    ("br10", "document", "en",
     "Harvesting mopane worms sustainably: guidelines for communities and traders in "
     "Botswana and Zimbabwe",
     "The mopane worm is the caterpillar of the emperor moth Gonimbrasia belina, which "
     "feeds on the butterfly-shaped leaves of the mopane tree (Colophospermum mopane) "
     "across the dry woodlands of southern Africa. After the first rains, and often again "
     "in late summer, women and children pick the spiny caterpillars, squeeze out the "
     "gut, boil them in salted water and dry them in the sun; eaten as a relish or a "
     "snack, rich in protein, iron and zinc, they are sold in markets from Francistown to "
     "Bulawayo and trucked to South Africa. Strong demand has brought outside harvesters "
     "who strip whole stands, break branches and leave no larvae to pupate, while "
     "droughts and clearing for fields and firewood shrink the woodland. These "
     "guidelines, prepared with village development committees and the forestry and "
     "wildlife departments, propose harvesting seasons and permits, leaving a share of "
     "the caterpillars on each tree, a ban on cutting trees, fees paid to the community, "
     "and drying and storage practices that keep the product free of moulds and grit.",
     ("mopane worms", "edible insects", "non-timber forest products",
      "sustainable harvesting", "community-based natural resource management"),
     ("BW", "ZW"), "2022-08"),
    ("br11", "project", "fr",
     "Les chenilles du karité : sécher, conserver et vendre le chitoumou dans les "
     "Hauts-Bassins",
     "Chaque année, en juillet et en août, les chenilles d'un papillon de nuit, Cirina "
     "butyrospermi, descendent en masse des karités dont elles ont dévoré les feuilles "
     "pour s'enfouir dans le sol. Dans l'ouest du Burkina Faso, autour de Bobo-Dioulasso, "
     "les femmes les ramassent au pied des arbres avant l'aube, les vident, les font "
     "bouillir puis sécher : appelées chitoumou en dioula, elles se mangent en sauce ou "
     "frites et se vendent jusqu'à Ouagadougou et Abidjan, à un prix qui dépasse souvent "
     "celui de la viande. Le projet, mené par une union de groupements féminins avec un "
     "institut de recherche et une ONG, équipe les groupements de séchoirs solaires et "
     "d'emballages hermétiques pour éviter les moisissures et les insectes pendant le "
     "stockage, forme les cueilleuses à l'hygiène et au tri, et étudie le cycle de "
     "l'insecte pour savoir combien de chenilles laisser en terre. Il plaide aussi contre "
     "la coupe des vieux karités des parcs agroforestiers, qui nourrissent à la fois les "
     "chenilles et la filière du beurre de karité.",
     ("chenilles comestibles", "karité", "insectes comestibles",
      "produits forestiers non ligneux", "groupements féminins"), ("BF",), "2023-06"),
    ("br12", "dataset", "es",
     "Gusano rojo de maguey (chinicuil) en Hidalgo y Tlaxcala: sitios de recolección, "
     "capturas y precios, 2018-2023",
     "El gusano rojo de maguey, o chinicuil, es la oruga de una mariposa nocturna, "
     "Comadia redtenbacheri, que vive en la base y las raíces del maguey pulquero (Agave "
     "salmiana). Se recolecta en la temporada de lluvias, de junio a septiembre, "
     "excavando alrededor de la planta y abriendo el tallo, y se vende vivo a "
     "restaurantes, tostado para las salsas o molido con sal y chile en la sal de gusano "
     "que acompaña al mezcal. El conjunto de datos, levantado por una universidad pública "
     "con recolectores de 24 comunidades del Valle del Mezquital y de los llanos de Apan, "
     "registra por sitio y por semana los magueyes revisados, los kilos de gusano "
     "obtenidos, las plantas dañadas o muertas tras la extracción y el precio pagado por "
     "kilo, que se multiplicó por cuatro en cinco años. Incluye también el gusano blanco "
     "de maguey (Aegiale hesperiaris), que se alimenta de las pencas, y los escamoles. "
     "Los datos muestran el agotamiento de los magueyales y sirven para ensayar su cría "
     "en invernadero.",
     ("insectos comestibles", "gusano de maguey", "maguey", "recolección silvestre",
      "comercio local"), ("MX",), "2024-01"),
    # --- schistosomiasis ------------------------------------------------------------------
    ("br13", "project", "en",
     "River prawns and snail clearing against bilharzia in the villages of the lower "
     "Senegal River",
     "Since the Diama dam closed the mouth of the Senegal River to sea water in 1986, the "
     "lower valley and the Lac de Guiers have stayed fresh all year, rice fields have "
     "spread, aquatic weeds have choked the canals and the snails that carry "
     "schistosomiasis have multiplied. Bulinus snails transmit the urinary form and "
     "Biomphalaria the intestinal form, and in some villages near Richard-Toll more than "
     "half of schoolchildren are infected. The dam also cut off the migration of the "
     "African river prawn (Macrobrachium vollenhovenii), which eats the snails. The "
     "project, led by a Senegalese research centre with university partners, stocks "
     "prawns in net enclosures at water-contact sites, removes the submerged weeds where "
     "snails live, such as Ceratophyllum, and turns them into compost and livestock feed, "
     "and tracks snail numbers and children's infections after mass treatment with "
     "praziquantel. With the health districts it also builds safe laundry and bathing "
     "places and latrines, and prepares school lessons.",
     ("schistosomiasis", "snails", "dams", "biological control",
      "neglected tropical diseases"), ("SN",), "2023-02"),
    ("br14", "case-study", "fr",
     "Bilharziose contractée en Corse : les baignades dans le Cavu et ce qu'elles ont "
     "appris",
     "En 2014, des cas de bilharziose urogénitale ont été diagnostiqués en Allemagne puis "
     "en France chez des enfants et des adultes qui n'avaient jamais séjourné en zone "
     "tropicale : tous s'étaient baignés les étés précédents dans le Cavu, petite rivière "
     "du sud-est de la Corse aux vasques très fréquentées. L'enquête a trouvé dans la "
     "rivière le bulin Bulinus truncatus, mollusque hôte intermédiaire, et un schistosome "
     "hybride entre Schistosoma haematobium, parasite humain, et S. bovis, parasite du "
     "bétail, probablement introduit par un baigneur infecté venu d'Afrique de l'Ouest. "
     "L'étude de cas retrace le dépistage sérologique proposé à des dizaines de milliers "
     "de personnes, le traitement au praziquantel, l'interdiction temporaire de baignade, "
     "la recherche des mollusques dans d'autres cours d'eau de l'île et les nouveaux cas "
     "signalés les années suivantes. Elle souligne le rôle des eaux chaudes et peu "
     "profondes, la difficulté de prévenir sans effrayer les touristes, et la nécessité "
     "de surveiller ensemble les mollusques, le bétail et les rongeurs dans une approche "
     "Une seule santé.",
     ("bilharziose", "schistosomose", "Corse", "baignade", "maladies émergentes"),
     ("FR",), "2020-09"),
    ("br15", "dataset", "es",
     "Caracoles Biomphalaria y esquistosomiasis en el centro-norte de Venezuela: "
     "muestreos malacológicos y serología, 2015-2022",
     "La esquistosomiasis intestinal, causada por Schistosoma mansoni y llamada bilharzia "
     "en Venezuela, llegó con la trata de esclavos y aún persiste en focos de Aragua, "
     "Carabobo, Miranda y el Distrito Capital, en comunidades que usan quebradas, "
     "acequias de riego y pozas para lavar y bañarse. El conjunto de datos reúne los "
     "muestreos del caracol hospedador intermediario, Biomphalaria glabrata, en 186 "
     "sitios de agua dulce de la cuenca del lago de Valencia y de los valles de Aragua, "
     "con el número de caracoles colectados, su infección por cercarias y la presencia de "
     "Melanoides tuberculata y Marisa cornuarietis, caracoles introducidos que compiten "
     "con él, así como los resultados de pruebas serológicas y de heces en escolares de "
     "los mismos caseríos. Lo preparó el instituto de medicina tropical de una "
     "universidad nacional con los servicios de salud estatales. Muestra una prevalencia "
     "baja pero persistente, infecciones de baja intensidad que los exámenes de heces no "
     "detectan, y caracoles que reaparecen tras las lluvias.",
     ("esquistosomiasis", "Biomphalaria glabrata", "caracoles de agua dulce",
      "enfermedades tropicales desatendidas", "vigilancia epidemiológica"),
     ("VE",), "2023-04"),
    # --- pesticide taxes ------------------------------------------------------------------
    ("br16", "case-study", "en",
     "Taxing the load, not the litre: ten years of Denmark's pesticide tax",
     "Denmark has taxed pesticides since the 1980s, for many years as a share of the "
     "retail price, which hardly changed which products farmers chose. In 2013 it "
     "switched to a tax based on each product's pesticide load: a basic charge per "
     "kilogram of active substance plus charges for its effects on human health, its fate "
     "in the environment (persistence and leaching to groundwater) and its toxicity to "
     "birds, fish, bees and earthworms, so that the most harmful products became many "
     "times more expensive. The revenue, several hundred million kroner a year, goes back "
     "to farmers mainly through lower land taxes and funds research and advice. The case "
     "study, prepared by the environmental protection agency, compares sales and the "
     "pesticide load indicator before and after 2013: the load fell by roughly 40 percent "
     "within a few years, as farmers moved to lower-load herbicides and insecticides, "
     "while the volume of active substances sold changed less. It discusses stockpiling "
     "before the reform, purchases across the German border and lessons for other "
     "countries.",
     ("pesticide taxes", "economic instruments", "pesticide load indicator",
      "pesticide risk reduction", "agriculture"), ("DK",), "2023-10"),
    ("br17", "document", "fr",
     "La redevance pour pollutions diffuses : guide à l'usage des distributeurs de "
     "produits phytopharmaceutiques",
     "Tout distributeur qui vend des produits phytopharmaceutiques aux agriculteurs, aux "
     "collectivités ou aux jardiniers amateurs acquitte la redevance pour pollutions "
     "diffuses, perçue par les agences de l'eau et répercutée sur le prix payé par "
     "l'acheteur. Son montant dépend de la quantité de chaque substance active vendue et "
     "de son classement : le taux le plus élevé vise les substances cancérogènes, "
     "mutagènes ou toxiques pour la reproduction (CMR), un taux intermédiaire les "
     "substances dangereuses pour l'environnement, un taux plus faible les autres, et "
     "certaines substances de biocontrôle en sont exonérées. Le guide explique la "
     "déclaration annuelle des ventes dans la banque nationale des ventes des "
     "distributeurs (BNV-d), le registre à tenir, la mention obligatoire sur les "
     "factures, les contrôles et les pénalités. Il rappelle que le produit de la "
     "redevance finance en partie le plan Écophyto, les réseaux de fermes DEPHY et la "
     "protection des captages d'eau potable, et présente les débats sur la hausse des "
     "taux et sur son effet encore limité sur les achats.",
     ("redevance pour pollutions diffuses", "produits phytopharmaceutiques",
      "fiscalité environnementale", "agences de l'eau", "Écophyto"), ("FR",), "2022-02"),
    ("br18", "event", "es",
     "Foro regional: impuestos a los plaguicidas en América Latina y la experiencia del "
     "IEPS de México",
     "Desde 2014 México grava la venta de plaguicidas con el impuesto especial sobre "
     "producción y servicios (IEPS), con tasas que aumentan según la categoría de "
     "toxicidad aguda de la etiqueta: 9 por ciento para las categorías 1 y 2, 7 por "
     "ciento para la 3 y 6 por ciento para la 4. El foro, organizado en la Ciudad de "
     "México por la secretaría de medio ambiente con organizaciones campesinas, "
     "universidades y ministerios de hacienda y de agricultura de Centroamérica, Colombia "
     "y Chile, revisa lo ocurrido en diez años: una recaudación que no se destina al "
     "campo, un efecto casi nulo sobre las ventas de plaguicidas altamente peligrosos "
     "como el paraquat y el contrabando desde países vecinos. Se discuten propuestas para "
     "fijar el impuesto según la peligrosidad crónica para la salud y el ambiente, y no "
     "solo según la toxicidad aguda, y para destinar lo recaudado a la transición "
     "agroecológica, a los bioinsumos y a la vigilancia de las intoxicaciones. Las "
     "presentaciones y la relatoría se publican en línea.",
     ("impuestos a los plaguicidas", "instrumentos económicos",
      "plaguicidas altamente peligrosos", "agroecología", "América Latina"),
     ("MX", "CO", "CL"), "2024-06"),
    # --- vessel tracking ------------------------------------------------------------------
    ("br19", "dataset", "en",
     "Fishing vessel activity from AIS around the Palau National Marine Sanctuary and the "
     "Phoenix Islands, 2017-2023",
     "Most large fishing vessels carry an Automatic Identification System (AIS) "
     "transponder, which broadcasts their identity, position, speed and course every few "
     "seconds to avoid collisions; satellites and coastal receivers pick up these "
     "messages. This dataset, processed with machine-learning models that recognise "
     "longline, purse seine and squid-jigging patterns in the tracks, gives for each "
     "vessel and day the estimated hours of apparent fishing in 0.1-degree grid cells "
     "around the Palau National Marine Sanctuary, the Phoenix Islands Protected Area of "
     "Kiribati and the neighbouring high seas. It flags gaps of more than twelve hours "
     "when a transponder went silent, encounters between fishing vessels and refrigerated "
     "carriers that may be transshipments, and vessels whose AIS identity does not match "
     "the regional register of licensed vessels. Fisheries officers use it to target "
     "patrols and aerial surveillance, to compare with the vessel monitoring system (VMS) "
     "positions they receive under licence conditions and to check that closed areas stay "
     "closed. Known limits: small boats carry no AIS, and transponders can be switched "
     "off or spoofed.",
     ("vessel tracking", "AIS", "illegal fishing", "fisheries surveillance",
      "Pacific islands"), ("PW", "KI"), "2024-03"),
    ("br20", "project", "fr",
     "Surveiller les navires de pêche par satellite dans les eaux du Gabon : balises VMS, "
     "AIS et centre de surveillance",
     "Le Gabon a classé en 2017 une vingtaine de parcs marins et de réserves aquatiques "
     "couvrant plus du quart de sa zone économique exclusive, mais ses eaux restent "
     "fréquentées par des chalutiers et des thoniers étrangers, dont certains pratiquent "
     "la pêche illicite, non déclarée et non réglementée (pêche INN). Le projet, mené par "
     "l'agence des pêches et l'agence des parcs nationaux, installe à Libreville un "
     "centre de surveillance des pêches où convergent les positions des balises VMS que "
     "tout navire licencié doit porter, les signaux AIS captés par satellite et des "
     "images radar satellitaires qui révèlent les navires dont le transpondeur est "
     "éteint. Des analystes formés repèrent les navires qui entrent dans les aires "
     "protégées, qui pêchent dans la zone réservée à la pêche artisanale ou qui "
     "transbordent en mer, et orientent les patrouilles de la marine nationale, qui "
     "embarquent des observateurs des pêches. Le projet prévoit aussi des formations "
     "régionales avec les pays du golfe de Guinée et la publication de la liste des "
     "navires autorisés.",
     ("surveillance des pêches", "pêche INN", "VMS", "aires marines protégées",
      "golfe de Guinée"), ("GA",), "2022-10"),
    ("br21", "case-study", "es",
     "La flota potera frente a Galápagos: lo que revelaron los datos de rastreo satelital "
     "de 2020",
     "A mediados de 2020 unas 300 embarcaciones, en su mayoría poteras de bandera china "
     "que pescan pota o calamar gigante con luces y poteras, se concentraron en aguas "
     "internacionales al borde de la zona económica exclusiva de Ecuador alrededor de "
     "Galápagos. El estudio de caso reconstruye sus movimientos con las señales del "
     "sistema de identificación automática (AIS), los datos del sistema de monitoreo "
     "satelital de la flota nacional y las imágenes de radar de organizaciones de "
     "observación pesquera: decenas de buques apagaron su transpondedor durante días, "
     "otros cambiaron de nombre o de bandera, y buques frigoríficos recibieron "
     "transbordos en alta mar. Describe la vigilancia de la Armada, las protestas "
     "diplomáticas, el compromiso de los armadores de no entrar en la zona y la creación "
     "de la Reserva Marina Hermandad en 2022. Concluye que el rastreo satelital sirve "
     "para documentar, pero que sin medidas más estrictas de la organización regional de "
     "pesca para la pota y sin observadores a bordo, la presión sobre tiburones y "
     "especies migratorias continúa.",
     ("rastreo satelital de buques", "AIS", "pesca ilegal", "Galápagos", "pota"),
     ("EC",), "2021-09"),
    # --- twinning -------------------------------------------------------------------------
    ("br22", "project", "en",
     "EU twinning project: aligning Serbia's chemicals management with REACH and CLP",
     "Twinning is the European Union's instrument for institution building in candidate "
     "and neighbouring countries: a public administration of a member state works side by "
     "side with its counterpart for two years, with a resident adviser posted in the "
     "beneficiary ministry and short missions by specialists. In this twinning, the "
     "chemicals agencies of Austria and Sweden partnered Serbia's environment ministry to "
     "bring national law into line with the REACH and CLP regulations and the rules on "
     "biocides and detergents. Activities included drafting bylaws, training inspectors "
     "to check labels and safety data sheets at importers and shops, setting up a "
     "helpdesk for small companies, reviewing the national register of chemicals placed "
     "on the market and planning a joint inspection campaign on restricted substances in "
     "consumer products. Study visits took Serbian staff to Vienna and Stockholm. The "
     "final report lists what was adopted and what the beneficiary still lacks, such as "
     "laboratory capacity and stable staffing, and proposes a shorter follow-up twinning.",
     ("twinning", "chemicals management", "REACH", "institution building",
      "European Union"), ("RS",), "2021-12"),
    ("br23", "event", "fr",
     "Cinquante ans de jumelage entre la Vanoise et le Grand Paradis : rencontre des "
     "gardes et des scientifiques des deux parcs",
     "Créés de part et d'autre de la frontière franco-italienne, le Parc national de la "
     "Vanoise et le Parc national du Grand Paradis sont jumelés depuis 1972 : ils forment "
     "ensemble l'un des plus grands espaces protégés d'Europe occidentale et partagent le "
     "même bouquetin des Alpes, sauvé au XIXe siècle dans la réserve de chasse royale du "
     "Grand Paradis puis réintroduit ailleurs. Pour les cinquante ans du jumelage, les "
     "deux parcs ont réuni à Pralognan-la-Vanoise et à Cogne leurs gardes-moniteurs, "
     "leurs chercheurs et des élus. Au programme : les comptages communs des bouquetins "
     "et des chamois, le suivi des bouquetins équipés de colliers GPS qui franchissent la "
     "frontière, la kératoconjonctivite et les autres maladies transmises par les "
     "troupeaux domestiques, les gypaètes barbus réintroduits, les échanges de gardes "
     "pendant l'été, l'accueil du public et le Diplôme européen des espaces protégés que "
     "détiennent les deux parcs. Une charte renouvelée fixe les actions communes pour les "
     "dix prochaines années.",
     ("jumelage", "parcs nationaux", "bouquetin des Alpes", "coopération transfrontalière",
      "Alpes"), ("FR", "IT"), "2022-07"),
    ("br24", "support-source", "es",
     "Oferta: hermanamientos entre parques nacionales españoles y áreas protegidas de "
     "Iberoamérica",
     "El organismo que gestiona la red de parques nacionales de España ofrece a las "
     "administraciones de áreas protegidas de América Latina y el Caribe establecer "
     "hermanamientos con alguno de sus dieciséis parques, de montaña, de laurisilva, de "
     "humedales o marítimo-terrestres, según afinidades de ecosistemas y de problemas de "
     "gestión. Un hermanamiento se formaliza con un convenio de cinco años entre los dos "
     "parques y contempla intercambios de guardaparques y técnicos de dos a cuatro "
     "semanas, pasantías en el centro nacional de educación ambiental, asesoría en planes "
     "de uso público, prevención de incendios, control de especies invasoras y "
     "seguimiento de fauna, y proyectos conjuntos con las comunidades vecinas. La oferta "
     "cubre los viajes y el alojamiento del personal visitante y la participación de los "
     "técnicos españoles; las áreas protegidas interesadas deben presentar una propuesta "
     "con sus necesidades, el respaldo de su autoridad nacional y un plan de trabajo. Se "
     "da prioridad a los sitios del patrimonio mundial, las reservas de la biosfera y los "
     "sitios Ramsar.",
     ("hermanamiento", "áreas protegidas", "guardaparques", "cooperación internacional",
      "creación de capacidad"), ("ES",), "2023-03"),
    # --- volcanic eruptions ---------------------------------------------------------------
    ("br25", "case-study", "en",
     "After La Soufrière: ash, water and forests on St Vincent following the 2021 eruption",
     "In April 2021 La Soufrière, the volcano at the northern end of St Vincent, erupted "
     "explosively for two weeks after months of dome growth. Some 20,000 people had been "
     "evacuated from the red zone before the first blast and nobody died in the eruption "
     "itself, but pyroclastic flows swept the northern valleys, and ash up to half a "
     "metre deep fell on farms, forests and towns, collapsing roofs and drifting as far "
     "as Barbados. The case study, written by the forestry and environment departments "
     "with regional partners, reviews the year that followed: reservoirs and river "
     "intakes clogged with ash and drinking water rationed; lahars, mudflows that buried "
     "roads after heavy rains; banana, arrowroot and root crops lost; and damage to the "
     "forest reserves of the central mountains, home of the St Vincent parrot (Amazona "
     "guildingii) and the endemic whistling warbler. Parrot counts in 2022 found birds "
     "feeding in the damaged canopy. It draws lessons on ash clean-up, protecting water "
     "catchments, aid to farmers and including wildlife in volcanic emergency plans.",
     ("volcanic eruptions", "volcanic ash", "disaster recovery", "St Vincent parrot",
      "water supply"), ("VC",), "2022-09"),
    ("br26", "need", "fr",
     "Besoin : surveiller le Nyiragongo et les risques pour Goma, le lac Kivu et le parc "
     "des Virunga",
     "Le 22 mai 2021, le Nyiragongo est entré en éruption sans alerte claire : des "
     "coulées de lave ont atteint les quartiers nord de Goma, détruit des milliers de "
     "maisons et coupé la route de Rutshuru, et les séismes suivants ont fait fuir des "
     "centaines de milliers d'habitants vers le Rwanda et Sake. L'Observatoire "
     "volcanologique de Goma, qui surveille aussi le Nyamulagira, manquait de "
     "sismomètres, de stations GPS, de mesures de gaz et de connexion internet fiable. "
     "Avec l'institut chargé de la conservation de la nature, qui gère le parc national "
     "des Virunga, il demande un appui pour rétablir le réseau de surveillance, mesurer "
     "le dioxyde de soufre et les cendres qui retombent sur les cultures et les "
     "pâturages, suivre la qualité de l'eau puisée dans le lac Kivu et évaluer le risque "
     "d'une libération du gaz carbonique et du méthane dissous dans les eaux profondes du "
     "lac si une coulée ou une faille l'atteignait. Il demande aussi des formations et "
     "des plans d'évacuation pour les villages du parc.",
     ("éruptions volcaniques", "Nyiragongo", "lac Kivu", "surveillance volcanologique",
      "besoins"), ("CD",), "2021-08"),
    ("br27", "dataset", "es",
     "Erupción de La Palma de 2021: dióxido de azufre, partículas y ceniza en el Valle de "
     "Aridane y colonización de las fajanas, 2021-2023",
     "La erupción del volcán de Tajogaite, en la Cumbre Vieja de La Palma, duró 85 días "
     "entre septiembre y diciembre de 2021: sus coladas de lava cubrieron más de 1.200 "
     "hectáreas de viviendas, plataneras, viñedos y pinar, y al llegar al mar formaron "
     "dos fajanas, nuevas plataformas costeras. El conjunto de datos reúne las mediciones "
     "horarias de dióxido de azufre (SO2) y de partículas PM10 y PM2,5 de las estaciones "
     "de calidad del aire de Los Llanos de Aridane, El Paso y Tazacorte; los espesores de "
     "ceniza medidos en una malla de puntos; y los muestreos submarinos de algas, peces e "
     "invertebrados que colonizan las coladas sumergidas. Incluye también el seguimiento "
     "del rebrote del pino canario, capaz de resistir la ceniza y el calor, y de las "
     "emisiones difusas de dióxido de carbono en los barrios de La Bombilla y Puerto "
     "Naos, que impidieron durante meses el regreso de sus vecinos. Sirve para planificar "
     "la respuesta sanitaria y ambiental ante futuras erupciones en Canarias.",
     ("erupciones volcánicas", "calidad del aire", "ceniza volcánica", "coladas de lava",
      "La Palma"), ("ES",), "2023-11"),
    # --- red palm weevil ------------------------------------------------------------------
    ("br28", "case-study", "en",
     "Red palm weevil in the date palm groves of Al-Ahsa: what a decade of trapping and "
     "palm inspections achieved",
     "The red palm weevil (Rhynchophorus ferrugineus), a large reddish beetle from South "
     "and Southeast Asia, reached the Gulf in the 1980s with date palm offshoots and is "
     "now the most damaging pest of palms in the region. Females lay their eggs in wounds "
     "and at the base of offshoots; the grubs tunnel through the trunk unseen until the "
     "crown collapses, so an infested palm is usually found too late. In the Al-Ahsa "
     "oasis, one of the largest in the world with some three million date palms, the "
     "agriculture ministry combined a ban on moving offshoots without certificates, a "
     "network of pheromone-baited bucket traps, inspection teams trained to spot oozing "
     "holes and chewed fibres, insecticide injections into lightly infested trunks, and "
     "the felling, chipping and burning of palms beyond saving. The case study compares "
     "infestation rates between districts, reviews trials of acoustic sensors that hear "
     "larvae feeding inside trunks and of trained dogs, and stresses the role of farmers "
     "who report early.",
     ("red palm weevil", "date palms", "plant pests", "pheromone traps", "oases"),
     ("SA",), "2022-12"),
    ("br29", "document", "fr",
     "Charançon rouge du palmier : ce que la lutte obligatoire impose aux propriétaires "
     "de palmiers du littoral méditerranéen",
     "Arrivé en France en 2006 dans des palmiers importés, le charançon rouge du palmier "
     "(Rhynchophorus ferrugineus) a tué des milliers de palmiers des Canaries (Phoenix "
     "canariensis) sur la Côte d'Azur, dans le Var, en Languedoc et en Corse, où ils "
     "bordent promenades, jardins et ronds-points. Ses larves creusent des galeries dans "
     "le cœur du palmier ; les premiers signes sont des palmes qui s'affaissent en "
     "parapluie et des fibres mâchées à leur base. La lutte contre cet organisme nuisible "
     "est obligatoire : cette note du service régional de l'alimentation rappelle que "
     "tout propriétaire, particulier ou commune, doit déclarer un palmier infesté, le "
     "faire traiter ou abattre par une entreprise agréée et faire broyer les déchets sur "
     "place. Elle présente les traitements préventifs autorisés : nématodes "
     "entomopathogènes (Steinernema carpocapsae) appliqués au cœur, injections dans le "
     "stipe, piégeage, assainissement mécanique de la tête. Elle signale aussi le "
     "papillon palmivore Paysandisia archon, autre ravageur venu d'Amérique du Sud, et "
     "les aides que certaines communes accordent aux particuliers.",
     ("charançon rouge du palmier", "palmiers", "lutte obligatoire", "organismes nuisibles",
      "santé des végétaux"), ("FR",), "2021-05"),
    ("br30", "project", "es",
     "Proteger el Palmeral de Elche del picudo rojo: revisión palmera a palmera y "
     "tratamientos preventivos",
     "El Palmeral de Elche, patrimonio mundial de la UNESCO desde 2000, reúne unas "
     "200.000 palmeras datileras (Phoenix dactylifera) en huertos históricos regados por "
     "una acequia de origen andalusí, además de palmeras canarias en jardines y calles. "
     "El picudo rojo (Rhynchophorus ferrugineus), un gorgojo de origen asiático detectado "
     "en la costa mediterránea española en los años noventa, llegó a Elche en 2005 y ha "
     "matado miles de ejemplares en el municipio. El ayuntamiento, con la Generalitat "
     "Valenciana y una universidad local, revisa periódicamente cada palmera de los "
     "huertos y de los jardines públicos desde plataformas elevadoras, aplica "
     "tratamientos preventivos alternando insecticidas autorizados, nematodos y hongos "
     "entomopatógenos como Beauveria bassiana, coloca trampas con feromona y retira y "
     "tritura las palmeras muertas en un vertedero controlado. Los palmereros, que trepan "
     "por el tronco para podar y atar las palmas que se blanquean para el Domingo de "
     "Ramos, reciben formación para reconocer los síntomas. El proyecto mantiene un "
     "registro georreferenciado de palmeras, tratamientos y bajas.",
     ("picudo rojo", "palmeras", "Palmeral de Elche", "sanidad vegetal",
      "patrimonio mundial"), ("ES",), "2024-05"),
)  # fmt: skip
