"""Clearing-house records of the ninety-first judged relevance set
(tests/search/relevance/queries91.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on the noble pen shell (the Pinna nobilis die-off surveyed along
the Croatian coast; the grande nacre, the jambonneau of Provence, surviving in the lagoons of
Languedoc and Corsica; a need to breed the last nacras of the Mar Menor and the Ebro delta); on
grebes (the eared grebes staging on Great Salt Lake; the grèbe malgache of Lake Alaotra after the
extinction of the grèbe roussâtre; the colony guardians of the macá tobiano of Santa Cruz); on
curlews (Ireland's Curlew Conservation Programme; a French guide to the courlis cendré of hay
meadows; the zarapitos of the bays of Chiloé); on rhododendrons (Rhododendron ponticum cleared from
the oakwoods of Eryri; the rhodoraies of rhododendron ferrugineux on the alpages of Valais; a need
for the ojaranzo of the canutos of Los Alcornocales); on serpentine flora (the serpentine
grassland and Bay checkerspots of Coyote Ridge; the maquis minier of the terrains ultramafiques of
New Caledonia; the cuabales of Camagüey); on blueberries (bilberry picking in Finland; the bleuets
sauvages and bleuetières of Lac-Saint-Jean; a need for the mortiño of the Ecuadorian páramos); on
ecolodges (Il Ngwesi in Laikipia; a guide to écolodges and carbets in French Guiana; the albergue
ecoturístico of Chalalán in Madidi); on ayahuasca (the ayahuasca patent dispute; ayahuasca tourism
around Iquitos; the yagé chagras of the taitas of Putumayo); on forest schools (Denmark's forest
kindergartens; a Belgian journée d'échanges on the école du dehors; an offer of training for the
escuelas bosque of Spain); and on the European roller (nest boxes on the Great Hungarian Plain;
the rollier d'Europe of the Costières and the Crau; a need for cajas nido for the carraca of the
secanos of Lleida). English, French and Spanish, 10 records each, every topic written once in each
language (different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records89.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (pen shell, fan mussel, Pinna, nacre, grande nacre,
jambonneau, nacra, nácar, Haplosporidium; grebe, grèbe, macá, zampullín, somormujo, huala,
Podiceps, Tachybaptus, Rollandia; curlew, whimbrel, courlis, corlieu, zarapito, Numenius, waders,
limicoles, limícolas; rhododendron, rhodoraie, rododendro, ojaranzo, azalea, azalée; serpentine,
serpentinite, ultramafic, ultramafique, ultrabasique, péridotite, maquis minier, serpentina,
cuabal, ophiolite, hyperaccumulator, checkerspot, Euphydryas; blueberry, bilberry, huckleberry,
myrtille, bleuet, airelle, arándano, mortiño, agraz, Vaccinium, colada morada; ecolodge,
eco-lodge, écolodge, lodge, albergue, campement, carbet, glamping, tented camp; ayahuasca, yagé,
Banisteriopsis, caapi, chacruna, shaman, chaman, curandero, Takiwasi, psychedelic; forest school,
forest kindergarten, outdoor education, école du dehors, école en forêt, plein air, escuela
bosque, bosquescuela, aire libre, Waldkindergarten; roller, rollier, carraca, Coracias).
Screened and dropped as covered: octopus (bt17), sea urchins (y13), tortoises (the gopher
tortoise dataset bw01), land crabs (by01-by03), cockles (the shellfish gathering pages by11 and
by12), freshwater pearl mussels (br01-br03), firs (the oyamel pages i18 and cc12), beech forests
(bu10, bv14), prairie dogs (the perrito llanero of bv03), anteaters (be24), food forests (ce13),
green walls (next to the green roof pages of records53), bioblitzes (k14), falconry (bj01), Blue
Flag beaches (by18), tourist taxes and entry fees (bs16-bs18), vernal pools (bu04-bu06), maerl
beds (bj07-bj09), fjords (bs04-bs06), coffee leaf rust (bs28-bs30), cochineal (de07-de09), queen
conch (bc01-bc03), precious coral (be04-be06), cycads (bb04, bb05), moringa (bb07-bb09), pine nuts
(bo04-bo06), albatrosses (l01-l03), bumblebees (bl19-bl21), beavers (l28-l30), bison
(bv01-bv03), wild boar (bn13-bn15), feral cats (cs04-cs06), bird collisions with glass (bp22,
bp23), light pollution (s22, w16), shearwaters (next to the puffin pages cg04-cg06) and urban
wetlands (o19-o21), besides the topics of sets 42 to 89 and those their docstrings list as
covered, and the chemicals, waste, pollution, energy and biosafety topics left to set 90; screened
with no or passing hits but not chosen: quails, okapis, eiders, rheas, kakapos, tarsiers, Brazil
nuts, sea star wasting disease (next to the crown-of-thorns pages bi28 and bi29), common beans
(next to the Bt cowpea pages bd19-bd21, whose caupí is a frijol de ojo negro), nature
prescriptions (next to the forest bathing pages cg25-cg27) and water points for wildlife (the
points d'eau of s14).

The nearest is the need to bring back the arandaneras, the bilberry thickets, and the cantaderos of
the Cantabrian capercaillie (cu03), whose title names the arandaneras and whose measures include
favouring the arándano (Vaccinium myrtillus) in the understorey: judged 1 to the blueberry queries.
All the other hits are passing: the myrtilles of the Vosges capercaillie guide (cu02), the
arándanos grown under agrivoltaic panels (bu21) and the blueberry pigments of the purple tomato
(ct25); the grebes killed by hail on prairie wetlands (bw25) and by type E botulism on Lake
Michigan (ca13); the curlew among the ground-nesting birds of the trail running guide (ck22) and
the curlew sandpipers, no curlews, of dm22; the rhododendron cleared with birch and pine from the
Dorset heaths (bp04); the matorral sobre serpentina replanted on the mined land of Moa (ch15), the
species of ultramafic soils named by the araucaria project (bo05) and the maquis minier cleared by
the nickel mines of the offset guide (bi26), while the serpentins of bc20 and other pages are
mosquito coils; the eco-lodges of the arapaima study (ce10), the lodges of the Bahamas flats
fishing page (cc25), the community lodge of Surama (ck01) and the albergues turísticos roofed with
yarina leaves (bs12); the nacres of the Polynesian pearl farming dataset (cq26), where a nacre is
the pearl oyster, and the concha nácar (Pteria sterna) of cq27, other bivalves; the carraca named
among the birds of the bee-eater colonies (di18), while the roller-crimper of bw10 is a farm tool.
The broader pages on ecotourism (m28-m30), environmental education and eco-schools (r07-r09), green
schoolyards (cq19-cq21) and forest bathing (cg25-cg27) are about other topics. No page names
ayahuasca or a forest school. In the golden files the only hit is the word controllers in a product
listing.

records90.py (ids dr01..dr30, on chemicals, waste, energy, climate and biosafety topics), written
at the same time by another engineer, was searched for the same words once it was finished: its
topics are leftover paint, rare earths, alternatives to animal testing, waste banks, Article 6 of
the Paris Agreement, biomass gasifiers, insect resistance management for Bt crops, acrylamide,
HFC-23 and Minamata Initial Assessments. None of its records names a pen shell, a grebe, a curlew,
a rhododendron, serpentine or ultramafic soils, a blueberry, an ecolodge, ayahuasca, a forest
school or a roller, and none answers a query of this set: the marabú cut for the biomass gasifier
of the Isla de la Juventud (dr18), the invasive shrub of the cuabales of ds15, and the Bosque de
Chapultepec where the Mercado de Trueque sets up its scales (dr12) are passing: 0 to the cuabales
and escuelas bosque queries. The Madagascar of the rare earth need (dr05) and the Colombia of the
cosmetics page (dr09) answer no country query of this set.

Traps: the grèbes, huîtres, palourdes and herbiers de posidonie of ds02; the caballitos de mar and
the sopa verde of ds03; the avian cholera, brine shrimp and the Gulf of California of ds04; the
rizières, fibata and lémurien bandro of ds05; the truchas, visón americano and gaviotas cocineras
of ds06, and its huala of Chile; the foxes, badgers, hooded crows and forestry of ds07; the haies,
maïs and courlis corlieu (a whimbrel; ds08 is a curlew page all the same) of ds08; the zarapitos
de pico recto (Hudsonian godwits, no curlews), choritos and pelillo of ds09; the pheasants,
Phytophthora ramorum, larch, herbicide and rhododendron honey of ds10; the myrtilles and airelles
(0 to the blueberry queries), tétras-lyre and chèvres of ds11; the helechos, ciervos, cabras and
bosques de ribera of ds12; the butterflies, nitrogen deposition and cattle of ds13; the lagon,
hyperaccumulatrices and compensation écologique of ds14; the marabú charcoal and nickel mining of
ds15; the lingonberries and bumblebees of ds16; the bourdons, ruches, tourbières and herbicides of
ds17; the páramos, pinares, the agraz of Colombia and the cultivated arándanos of ds18; the
elephants, Grevy's zebras, lions and cattle of ds19; the caïmans, filtres plantés, panneaux
solaires and pirogues of ds20; the aves, monos and paneles solares of ds21; the Nagoya Protocol
and the WIPO treaty of ds22; the écolodges of ds23 (0 to the ecolodge queries); the neochamanes of
ds24; the Forest School movement of ds25; the tiques and friche of ds26; the jardines bosque of
ds27; the kestrels, red-footed falcons, jackdaws and starlings of ds28; the guêpiers, huppes,
chancre coloré and lézards of ds29; the ganga, sisón, cernícalo primilla, custodia del territorio
and wooden carraca of ds30. For the country queries: ds04 names the Gulf of California; ds06 names
Chile and Spain; ds07 names Britain and Scandinavia; ds09 names Alaska and Canada; ds12 names
Portugal, Great Britain and Ireland; ds16 names Thailand; ds18 names Colombia; ds22 has the United
States and Ecuador; ds24 names Peru and Ecuador; ds25 names the United Kingdom; ds27 names
Denmark, Germany, Chile, Argentina and Mexico.

Ids (ds01..ds30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
dp01..dp30, dq01..dq30), nor with records90.py's (dr01..dr30), and no earlier id starts with
"ds".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- noble pen shell -------------------------------------------------------------------------
    ("ds01", "dataset", "en",
     "Noble pen shell mass mortality in the eastern Adriatic: surveys of Pinna nobilis along the "
     "Croatian coast, 2016-2024",
     "The noble pen shell (Pinna nobilis), a fan-shaped bivalve found only in the Mediterranean "
     "that can grow taller than a metre in seagrass meadows, has died across almost all of its "
     "range since 2016, killed mainly by the protozoan parasite Haplosporidium pinnae, often "
     "with bacteria of the genus Mycobacterium. The mortality reached the Croatian coast in 2019 "
     "and 2020. This dataset, kept by a marine research institute with the Mljet National Park "
     "and the Telašćica nature park, holds diver transects repeated at 46 sites from Istria to "
     "the Elaphite islands: density of live and dead shells per 100 square metres, shell length, "
     "tagged survivors, and larval collectors hung from buoys each summer to detect settlement. "
     "It documents the few surviving stands in Mali Ston Bay and the Neretva estuary, where "
     "lower salinity may slow the parasite, and hybrids with the rough pen shell (Pinna rudis). "
     "Anchoring damage and the illegal taking of shells as souvenirs are logged.",
     ("noble pen shell", "Pinna nobilis", "mass mortality", "bivalves", "Adriatic Sea"),
     ("HR",), "2024-12"),
    ("ds02", "project", "fr",
     "Grande nacre : sauver les dernières populations des lagunes du Languedoc et de Corse",
     "Depuis l'automne 2016, la grande nacre (Pinna nobilis), le plus grand coquillage de "
     "Méditerranée, que les pêcheurs provençaux appellent jambonneau, meurt en masse sous "
     "l'effet d'un parasite, Haplosporidium pinnae. Sur les côtes françaises, les herbiers de "
     "posidonie qui abritaient des milliers de nacres n'en comptent presque plus. Des individus "
     "vivants subsistent surtout dans des lagunes : l'étang de Thau, l'étang de Salses-Leucate "
     "et les étangs de Diana et d'Urbino, en Corse orientale. Ce projet, conduit dans le cadre "
     "du plan national d'actions par l'Office français de la biodiversité, un institut "
     "océanographique de l'île des Embiez et une station de recherche de Calvi, recense chaque "
     "année ces populations lagunaires, pose au printemps des collecteurs de larves, garde des "
     "adultes en bassin pour tenter la reproduction et forme les plongeurs à signaler toute "
     "nacre vivante. Il demande aussi d'éloigner les mouillages et les dragues des herbiers. Les "
     "huîtres et les palourdes de Thau, et les grèbes qui y hivernent, ne sont évoqués qu'à "
     "propos des usages de la lagune.",
     ("grande nacre", "Pinna nobilis", "lagunes", "espèces menacées", "Méditerranée"),
     ("FR",), "2024-03"),
    ("ds03", "need", "es",
     "Necesidad: cría en cautividad y seguimiento de las últimas nacras del Mar Menor y del "
     "delta del Ebro",
     "La nacra (Pinna nobilis), el mayor bivalvo del Mediterráneo y endémica de este mar, sufre "
     "desde 2016 una mortandad masiva causada por el protozoo Haplosporidium pinnae, detectada "
     "primero en las costas de Alicante, Murcia y Baleares, que en pocos años acabó con casi "
     "todas las poblaciones de mar abierto. Sobrevivieron dos núcleos en aguas de salinidad "
     "extrema: la laguna del Mar Menor y la bahía dels Alfacs, en el delta del Ebro. Pero las "
     "anoxias del Mar Menor de 2019 y 2021, tras años de 'sopa verde', y el temporal Gloria de "
     "enero de 2020 diezmaron también esos refugios. Un consorcio de centros de investigación, "
     "acuarios y gobiernos autonómicos solicita apoyo para ampliar las instalaciones de cría en "
     "cautividad, producir microalgas para alimentar a las larvas, marcar y vigilar a los "
     "ejemplares silvestres, trasladar juveniles a zonas seguras y buscar marcadores genéticos "
     "de resistencia. La nacra de roca (Pinna rudis), a la que el parásito no afecta, y los "
     "caballitos de mar quedan fuera de la solicitud.",
     ("nacra", "Pinna nobilis", "cría en cautividad", "especies en peligro crítico", "Mar Menor"),
     ("ES",), "2024-05"),
    # --- grebes ----------------------------------------------------------------------------------
    ("ds04", "dataset", "en",
     "Eared grebes on Great Salt Lake: autumn staging counts, brine shrimp and a shrinking lake, "
     "1997-2024",
     "Each autumn between one and three million eared grebes (Podiceps nigricollis), the bird "
     "called black-necked grebe in Europe, stop on Great Salt Lake, Utah, to moult and to fatten "
     "on brine shrimp and brine fly larvae before flying by night to their wintering waters on "
     "the Salton Sea and the Gulf of California. Staging birds nearly double their weight and "
     "for weeks cannot fly. This dataset, kept by the state wildlife agency's Great Salt Lake "
     "ecosystem programme, holds the aerial photographic counts made each October and November "
     "since 1997, brine shrimp densities from plankton tows, salinity and lake elevation. It "
     "covers the record low of 2022, when the salinity of the south arm rose towards the limit "
     "brine shrimp tolerate, the cyst harvest quotas set for the brine shrimp industry, and "
     "die-offs from avian cholera. Grebes that crash-landed by the thousand on wet car parks and "
     "roads during winter storms, mistaking them for water, are recorded separately.",
     ("grebes", "eared grebe", "Podiceps nigricollis", "saline lakes", "Great Salt Lake"),
     ("US",), "2024-12"),
    ("ds05", "project", "fr",
     "Grèbes du lac Alaotra : protéger le grèbe malgache après la disparition du grèbe roussâtre",
     "Le grèbe roussâtre (Tachybaptus rufolavatus), qui ne vivait qu'au lac Alaotra et dans "
     "quelques lacs voisins, a été déclaré éteint en 2010 : les filets maillants en "
     "monofilament, les poissons carnivores introduits comme le fibata (Channa) et l'hybridation "
     "avec le grèbe castagneux en sont venus à bout. Le grèbe malgache (Tachybaptus pelzelnii), "
     "endémique lui aussi et en danger, recule à son tour. Ce projet, mené par une ONG malgache "
     "avec la direction régionale de l'environnement et les communautés de base qui gèrent les "
     "marais par transfert de gestion, recense les grèbes dans les plans d'eau libres entre les "
     "zetra (papyrus) et les roseaux, remplace les filets en monofilament par des filets à "
     "grandes mailles, fait respecter les dina, conventions locales qui interdisent les feux "
     "dans le marais pendant la nidification, et suit les lacs Itasy et Kinkony pour "
     "comparaison. Les rizières qui ceinturent le lac et le lémurien bandro ne sont cités que "
     "pour situer les marais.",
     ("grèbes", "grèbe malgache", "Tachybaptus pelzelnii", "zones humides", "lac Alaotra"),
     ("MG",), "2023-11"),
    ("ds06", "case-study", "es",
     "Guardianes de colonia: diez años cuidando al macá tobiano en las mesetas de Santa Cruz",
     "El macá tobiano (Podiceps gallardoi), un ave zambullidora blanca y negra descrita recién "
     "en 1974, solo cría en las lagunas de las mesetas basálticas del oeste de Santa Cruz, en la "
     "Patagonia argentina, donde arma sus nidos flotantes sobre matas de vinagrilla, y pasa el "
     "invierno en las rías de la costa atlántica. Su población cayó más de un 80 % desde los "
     "años ochenta, hasta unos 800 individuos. Este estudio de caso cuenta el programa de "
     "guardianes de colonia que una ONG de aves y una asociación local sostienen desde 2012: "
     "parejas de jóvenes acampan de noviembre a marzo junto a cada colonia, trampean el visón "
     "americano, espantan a las gaviotas cocineras que comen huevos, cuentan nidos y pichones y "
     "registran el viento y el nivel de las lagunas. Analiza también la creación del Parque "
     "Nacional Patagonia en 2014, la extracción de truchas de algunas lagunas y la sequía. En "
     "Chile se llama huala a otro macá; en España sus parientes son los zampullines y los "
     "somormujos.",
     ("macá tobiano", "Podiceps gallardoi", "especies invasoras", "lagunas de meseta",
      "Patagonia"),
     ("AR",), "2024-07"),
    # --- curlews ---------------------------------------------------------------------------------
    ("ds07", "project", "en",
     "Ireland's Curlew Conservation Programme: guarding nests in the last breeding areas",
     "The Eurasian curlew (Numenius arquata), whose bubbling call once carried across Irish bogs "
     "and wet meadows, has almost gone as a breeding bird: a national survey in 2015-2017 found "
     "about 138 pairs, against several thousand in the late 1980s. Winter flocks from Britain "
     "and Scandinavia still fill the estuaries and hide the collapse. The Curlew Conservation "
     "Programme, set up in 2017 by the national parks and wildlife service, works in a handful "
     "of areas, among them the shores of Lough Ree, the Stack's Mountains in Kerry and the "
     "Slieve Aughty hills. Curlew advisors and local champions find nests each spring, surround "
     "them with low electric fences against foxes and badgers, control hooded crows under "
     "licence, and agree with farmers to delay mowing and rolling around nest sites. The "
     "programme reports hatching and fledging success, the losses to silage cutting and to "
     "forestry planted on wet grassland, and the first chicks fledging again where fencing and "
     "payments to farmers were combined.",
     ("curlews", "Eurasian curlew", "Numenius arquata", "breeding waders", "nest protection"),
     ("IE",), "2024-02"),
    ("ds08", "document", "fr",
     "Le courlis cendré dans les prairies de fauche : guide pour les agriculteurs et les "
     "gestionnaires d'espaces naturels",
     "Le courlis cendré (Numenius arquata), le plus grand limicole d'Europe, reconnaissable à "
     "son long bec courbé, niche au sol dans les prairies humides de fauche, du val de Saône aux "
     "vallées de la Loire et aux marais de l'Ouest. La France compte moins de 1 500 couples "
     "nicheurs, et leur succès de reproduction est trop faible pour maintenir les effectifs : "
     "nids et poussins sont broyés par des fauches de plus en plus précoces, les prairies sont "
     "retournées pour le maïs, et les haies plantées au milieu des prés offrent des perchoirs "
     "aux prédateurs. Ce guide explique comment repérer les couples cantonnés avec les "
     "bénévoles, retarder la fauche après le 1er juillet autour des nids, laisser des bandes "
     "refuges, faucher du centre vers l'extérieur et mobiliser les mesures "
     "agroenvironnementales. Il rappelle que la chasse du courlis cendré est suspendue depuis "
     "que le Conseil d'État a bloqué en 2019 un quota de prélèvement, et le distingue du courlis "
     "corlieu, simple migrateur de passage.",
     ("courlis cendré", "Numenius arquata", "limicoles nicheurs", "prairies de fauche",
      "mesures agroenvironnementales"),
     ("FR",), "2023-04"),
    ("ds09", "dataset", "es",
     "Zarapitos en los humedales de Chiloé: conteos del zarapito común en bahías y marismas, "
     "2008-2024",
     "Cada verano austral miles de zarapitos comunes o trinadores (Numenius hudsonicus), que "
     "crían en Alaska y en el norte de Canadá, se alimentan de gusanos y cangrejos en las "
     "planicies de marea de las bahías del oriente de Chiloé, junto a los zarapitos de pico "
     "recto (Limosa haemastica), que pese a su nombre chileno son agujas y no zarapitos. El "
     "conjunto de datos, reunido por una ONG de conservación de aves playeras con una "
     "universidad regional y voluntarios de Castro, contiene los conteos mensuales en los "
     "dormideros de marea alta de Caulín, Pullinque, Putemún y Curaco de Vélez, el anillado y "
     "las marcas satelitales que siguieron vuelos sin escalas de más de 8.000 kilómetros, y los "
     "registros de perturbación por perros, vehículos en la playa y cosecha de pelillo en las "
     "mismas planicies. Incluye capas de los cultivos de choritos y de las concesiones acuícolas "
     "de cada bahía. Los humedales de Chiloé forman parte de la Red Hemisférica de Reservas para "
     "Aves Playeras.",
     ("zarapitos", "Numenius hudsonicus", "aves playeras", "humedales costeros", "Chiloé"),
     ("CL",), "2024-09"),
    # --- rhododendrons ---------------------------------------------------------------------------
    ("ds10", "case-study", "en",
     "Clearing Rhododendron ponticum from the Atlantic oakwoods of Eryri: twenty years of "
     "control",
     "Rhododendron ponticum, planted on Welsh estates from the nineteenth century as an "
     "ornamental shrub and as cover for pheasants, now smothers thousands of hectares of the "
     "Atlantic oakwoods of Eryri (Snowdonia), temperate rainforests whose mosses, liverworts and "
     "lichens cannot grow in its dense shade. It also hosts Phytophthora ramorum, the pathogen "
     "that killed Japanese larch plantations across Wales. This case study follows two decades "
     "of control by the national park authority, the government's natural resources body and a "
     "rainforest restoration project: cutting and treating stumps, stem injection of herbicide, "
     "the 'lever and mulch' method on steep ground, rope-access teams on crags, and repeat "
     "visits every three to five years to pull seedlings from the long-lived seed bank. It "
     "compares costs per hectare, explains why working valley by valley with every landowner "
     "matters, and reports the return of native ground flora. Garden cultivars and rhododendron "
     "honey are outside its scope.",
     ("rhododendron", "Rhododendron ponticum", "invasive plants", "temperate rainforest", "Eryri"),
     ("GB",), "2024-01"),
    ("ds11", "document", "fr",
     "Landes à rhododendron ferrugineux : fiche de gestion pour les alpages du Valais",
     "Entre 1 600 et 2 300 mètres, sur les sols acides des Alpes, le rhododendron ferrugineux "
     "(Rhododendron ferrugineum), la rose des Alpes des Valaisans, forme des landes basses et "
     "denses, les rhodoraies, souvent mêlées de myrtilles et d'airelles sous les mélèzes et les "
     "aroles. Ces landes abritent le tétras-lyre, qui y niche et s'y abrite l'hiver, mais elles "
     "gagnent sur les pâturages quand les alpages sont moins chargés, et la plante, toxique pour "
     "le bétail, n'est pas broutée. Cette fiche, préparée par les services cantonaux de la "
     "chasse et de l'agriculture avec des alpagistes, propose de garder une mosaïque : broyer en "
     "bandes ou par taches les rhodoraies qui ferment les meilleurs pâturages, laisser intactes "
     "celles des versants nord et des lisières où niche le tétras-lyre, ne pas intervenir avant "
     "la mi-août et faire pâturer les repousses par des moutons ou des chèvres. Le rhododendron "
     "hirsute, qui pousse sur calcaire, est traité à part, et la cueillette des myrtilles n'est "
     "évoquée qu'en passant.",
     ("rhododendron ferrugineux", "rhodoraies", "alpages", "tétras-lyre", "landes subalpines"),
     ("CH",), "2023-06"),
    ("ds12", "need", "es",
     "Necesidad: conservar el ojaranzo, el rododendro relicto de los canutos de Los Alcornocales",
     "El ojaranzo (Rhododendron ponticum subsp. baeticum), un arbusto de flores moradas que en "
     "España solo vive en los canutos, los valles estrechos, sombríos y siempre húmedos de las "
     "sierras del Aljibe entre Cádiz y Málaga, es una reliquia de la laurisilva que cubría el "
     "sur de Europa hace millones de años. Crece junto al laurel, el avellanillo y helechos "
     "tropicales como Culcita macrocarpa, bajo alcornoques y quejigos. Las sequías de los "
     "últimos años, las captaciones de agua de los arroyos, los incendios y el ramoneo de "
     "ciervos y cabras han dejado rodales envejecidos que apenas se regeneran. El parque natural "
     "solicita apoyo para un vivero de conservación que multiplique plantas por esquejes y "
     "semillas de cada canuto, cercados de exclusión, la restauración de los bosques de ribera y "
     "un seguimiento anual de los rodales. La misma subespecie vive en la sierra de Monchique, "
     "en Portugal, y la especie es una planta invasora en Gran Bretaña e Irlanda.",
     ("ojaranzo", "Rhododendron ponticum", "canutos", "laurisilva", "Los Alcornocales"),
     ("ES",), "2024-03"),
    # --- serpentine flora ------------------------------------------------------------------------
    ("ds13", "dataset", "en",
     "Serpentine grassland of Coyote Ridge: Bay checkerspot butterflies, nitrogen deposition and "
     "grazing, 1992-2024",
     "Serpentine soils, weathered from serpentinite rock, are poor in calcium and rich in "
     "magnesium, nickel and chromium; in California they keep native wildflower grasslands that "
     "non-native annual grasses cannot easily invade. On Coyote Ridge, south of San José, these "
     "grasslands hold the largest population of the threatened Bay checkerspot butterfly "
     "(Euphydryas editha bayensis), whose caterpillars feed on dwarf plantain and owl's clover, "
     "and endemic plants such as the Metcalf Canyon jewelflower and the Santa Clara Valley "
     "dudleya. Nitrogen from traffic on the nearby highway fertilises Italian ryegrass, which "
     "crowds out the host plants unless cattle graze it down. This dataset, built by a "
     "conservation biology institute with the county habitat agency, holds larval counts on "
     "fixed transects, the cover of native forbs and of non-native grasses, grazing intensity "
     "and measured nitrogen deposition. It shows checkerspots crashing where grazing stopped and "
     "recovering under the managed grazing paid for by the regional habitat conservation plan.",
     ("serpentine grasslands", "serpentine soils", "Bay checkerspot butterfly", "endemic plants",
      "conservation grazing"),
     ("US",), "2023-10"),
    ("ds14", "project", "fr",
     "Revégétaliser les mines de nickel avec les plantes endémiques des terrains ultramafiques "
     "de Nouvelle-Calédonie",
     "Près d'un tiers de la Grande Terre repose sur des roches ultramafiques, péridotites et "
     "serpentinites, qui donnent des sols rouges pauvres en éléments nutritifs et riches en "
     "nickel, chrome et magnésium. S'y est développée une flore unique, celle du maquis minier, "
     "riche de plus de 2 000 espèces dont l'immense majorité n'existe nulle part ailleurs, avec "
     "des plantes hyperaccumulatrices comme l'arbre à sève bleue (Pycnandra acuminata), dont le "
     "latex contient plus de 20 % de nickel. Plus d'un siècle d'extraction a laissé des versants "
     "décapés qui s'érodent et envoient leurs sédiments latéritiques vers le lagon. Ce projet, "
     "porté par les provinces avec un institut agronomique, des tribus et les sociétés minières, "
     "récolte des graines d'espèces pionnières endémiques (bois de fer, Costularia, Grevillea), "
     "les multiplie dans des pépinières tenues par des groupements de tribu, réutilise la terre "
     "végétale décapée avant l'ouverture des fosses et suit la reprise sur les sites "
     "revégétalisés. La compensation écologique réglementaire n'est pas son objet.",
     ("terrains ultramafiques", "maquis minier", "flore endémique", "revégétalisation",
      "mines de nickel"),
     ("NC",), "2024-06"),
    ("ds15", "case-study", "es",
     "Los cuabales de Camagüey: flora endémica sobre serpentina frente al marabú y los incendios",
     "En Cuba se llama cuabal al matorral espinoso y bajo que cubre los suelos de serpentina, "
     "pobres, pedregosos y cargados de magnesio, níquel y cromo, en llanuras y lomas de "
     "Camagüey, Holguín y Villa Clara. Los cuabales reúnen una de las floras más endémicas del "
     "archipiélago: guanos del género Coccothrinax, decenas de especies de Buxus, cactus "
     "columnares y arbustos de hojas duras que no crecen en otros suelos. Este estudio de caso "
     "describe el trabajo de un centro de investigaciones ambientales de Camagüey con los "
     "campesinos de la Sierra del Chorrillo y de los alrededores de la ciudad: inventarios de "
     "plantas endémicas, desbroce manual del marabú (Dichrostachys cinerea), el arbusto invasor "
     "que forma maniguas impenetrables, venta del marabú cortado como carbón vegetal, trochas "
     "cortafuego y viveros de especies del cuabal. Analiza los resultados de diez años y las "
     "presiones del pastoreo y de la minería de níquel en el oriente de la isla.",
     ("cuabales", "flora de serpentina", "especies endémicas", "marabú", "Camagüey"),
     ("CU",), "2023-09"),
    # --- blueberries -----------------------------------------------------------------------------
    ("ds16", "case-study", "en",
     "Wild bilberries and everyman's right: berry picking in Finland's forests and the pickers "
     "from Thailand",
     "In a good year Finland's forests produce several hundred million kilos of bilberries "
     "(Vaccinium myrtillus), the wild European blueberry, and of lingonberries, yet only a small "
     "share is picked. Under everyman's right anyone may pick wild berries on any land without "
     "asking the owner, and since the early 2000s thousands of seasonal pickers recruited in "
     "north-east Thailand have come each summer to pick for berry companies that export to Asia "
     "and Europe for juices and supplements rich in anthocyanins. This case study, drawing on "
     "the berry yield monitoring of the national natural resources institute, links bilberry "
     "crops to forest management, since clear-cutting and dense young stands remove the dwarf "
     "shrubs for a decade or more, to late spring frosts and to pollination by bumblebees. It "
     "also describes the investigations into pickers' debts and working conditions, the 2023 "
     "rules on foreign wild berry pickers, and the organic certification of forest berries. "
     "Cultivated highbush blueberries are excluded.",
     ("bilberries", "wild blueberries", "Vaccinium myrtillus", "non-timber forest products",
      "everyman's right"),
     ("FI",), "2024-05"),
    ("ds17", "document", "fr",
     "Bleuets sauvages et forêt boréale : guide d'aménagement des bleuetières du "
     "Saguenay-Lac-Saint-Jean",
     "Au Québec, le bleuet, qu'on appelle myrtille en France, où le bleuet est une fleur des "
     "champs, pousse à l'état sauvage dans les brûlis et les coupes de la forêt boréale. Le "
     "Saguenay-Lac-Saint-Jean, dont les habitants se surnomment eux-mêmes les Bleuets, fournit "
     "l'essentiel de la récolte québécoise de bleuets sauvages (Vaccinium angustifolium), venus "
     "de bleuetières aménagées sur les terres publiques après la coupe ou le feu et taillées "
     "tous les deux ans par fauchage. Ce guide, préparé avec les producteurs, le ministère des "
     "forêts et les Pekuakamiulnuatsh de Mashteuiatsh, qui cueillent les bleuets depuis "
     "toujours, explique comment aménager des bleuetières forestières en gardant des bandes "
     "d'arbres brise-vent, des corridors boisés et des bandes riveraines, ne pas drainer les "
     "tourbières voisines, héberger les bourdons indigènes à côté des ruches louées pour la "
     "pollinisation et réduire les herbicides près des puits. Il traite aussi de "
     "l'autocueillette des familles en forêt.",
     ("bleuets sauvages", "bleuetières", "Vaccinium angustifolium", "forêt boréale",
      "pollinisation"),
     ("CA",), "2023-08"),
    ("ds18", "need", "es",
     "Necesidad: cosecha sostenible del mortiño en los páramos de Pichincha y Cotopaxi",
     "El mortiño (Vaccinium floribundum), pariente silvestre de los arándanos, es un arbusto de "
     "los páramos y de los bosques altoandinos del Ecuador, entre 3.000 y 4.000 metros. Sus "
     "bayas azules se recogen sobre todo en octubre, cuando la demanda se dispara en los "
     "mercados de Quito para preparar la colada morada y las guaguas de pan del Día de los "
     "Difuntos. Las comunas que lo recolectan ven cómo los compradores arrancan ramas enteras, "
     "cómo se quema el páramo para que rebrote y cómo los matorrales retroceden ante los pinares "
     "y los potreros. Una mancomunidad de comunas, con una universidad y el instituto nacional "
     "de investigaciones agropecuarias, solicita apoyo para medir la producción de frutos por "
     "hectárea, acordar reglas de cosecha con los cabildos comunales, ensayar la propagación en "
     "viveros, equipar a una asociación de mujeres para secar la fruta y elaborar mermeladas, y "
     "prevenir incendios. En Colombia se llama agraz a un pariente cercano (Vaccinium "
     "meridionale). Los arándanos cultivados para la exportación quedan fuera de la solicitud.",
     ("mortiño", "Vaccinium floribundum", "productos forestales no maderables", "páramos",
      "recolección silvestre"),
     ("EC",), "2024-01"),
    # --- ecolodges -------------------------------------------------------------------------------
    ("ds19", "case-study", "en",
     "Il Ngwesi: a community-owned ecolodge and conservancy in Laikipia, twenty-five years on",
     "In 1996 the Maasai of Il Ngwesi Group Ranch, in the hills of northern Laikipia, opened one "
     "of Kenya's first community-owned ecolodges: a handful of open-fronted rooms of local "
     "timber, thatch and river stone, lit by solar power and fed by a spring, on a ranch where "
     "they had set aside most of their land for wildlife. This case study, written with the "
     "group ranch board, looks at what the lodge has paid for over twenty-five years: wages for "
     "staff and for community rangers who monitor elephants, Grevy's zebras and lions, bursaries "
     "for secondary school, a water project, and grazing plans that open the conservancy to "
     "cattle only in drought. It describes the partnership with a neighbouring conservancy and a "
     "regional conservancy trust, the choice between running the lodge themselves and leasing it "
     "to an operator, and the collapse of bookings in the 2020 pandemic, when rangers' salaries "
     "had to come from an emergency fund. Beadwork sales by the women's groups are treated "
     "briefly.",
     ("ecolodges", "community-based tourism", "community conservancies", "Maasai", "Laikipia"),
     ("KE",), "2022-10"),
    ("ds20", "document", "fr",
     "Écolodges et carbets en forêt guyanaise : guide pour les porteurs de projets touristiques "
     "en site isolé",
     "En Guyane, la plupart des hébergements touristiques en forêt sont des carbets, ces abris "
     "ouverts où l'on dort en hamac, ou de petits écolodges posés au bord des fleuves et dans le "
     "marais de Kaw, où certains carbets flottent. Ce guide, préparé par le comité du tourisme "
     "avec le parc naturel régional et l'agence de la transition écologique, accompagne ceux qui "
     "veulent en créer un : choisir un site hors des zones inondables et, sans l'accord des "
     "communautés amérindiennes et bushinengé, hors des zones de droits d'usage collectifs, "
     "construire en bois local issu de forêts gérées, installer des toilettes sèches ou un "
     "assainissement par filtres plantés, récupérer l'eau de pluie, produire l'électricité par "
     "panneaux solaires et ramener les déchets sur le littoral. Il traite aussi de l'accueil : "
     "groupes limités, sorties de nuit pour observer les caïmans sans les éclairer longtemps, "
     "interdiction de nourrir la faune, formation de guides issus des villages et sécurité des "
     "transports en pirogue.",
     ("écolodges", "carbets", "écotourisme", "hébergement touristique", "Guyane"),
     ("GF",), "2024-02"),
    ("ds21", "project", "es",
     "Proyecto: renovar el albergue ecoturístico de Chalalán y formar guías jóvenes de San José "
     "de Uchupiamonas",
     "Chalalán, a orillas de una laguna del Parque Nacional Madidi, en el norte de La Paz, es "
     "uno de los primeros albergues ecoturísticos comunitarios de Bolivia: lo levantaron a fines "
     "de los años noventa los comunarios quechua-tacanas de San José de Uchupiamonas y desde "
     "hace más de dos décadas es enteramente suyo. Los visitantes llegan en canoa desde "
     "Rurrenabaque por los ríos Beni y Tuichi. Tras el cierre por la pandemia y años de lluvias "
     "que pudrieron techos de hojas de jatata y pasarelas, la empresa comunal busca apoyo para "
     "renovar las cabañas con jatata cosechada de forma sostenible, ampliar los paneles solares "
     "y el tratamiento de aguas grises, rehacer los senderos de observación de aves y de monos, "
     "y formar como guías bilingües a veinte jóvenes de la comunidad, sobre todo mujeres. El "
     "proyecto mide además la presión de los visitantes sobre la laguna y los senderos, y "
     "destina parte de las utilidades a la salud y a la escuela de San José.",
     ("albergues ecoturísticos", "turismo comunitario", "Parque Nacional Madidi",
      "pueblos indígenas", "guías de turismo"),
     ("BO",), "2023-12"),
    # --- ayahuasca -------------------------------------------------------------------------------
    ("ds22", "document", "en",
     "The ayahuasca patent dispute: traditional knowledge, prior art and disclosure of origin",
     "Ayahuasca, the ceremonial brew that many Amazonian peoples prepare from the liana "
     "Banisteriopsis caapi and the leaves of other plants such as chacruna (Psychotria viridis), "
     "became a test case for biopiracy in 1986, when a United States plant patent was granted to "
     "a private citizen for a 'new variety' of the liana taken from a home garden in Ecuador. In "
     "1999 the coordinating body of the Indigenous organisations of the Amazon Basin (COICA), "
     "with environmental lawyers, asked the patent office to re-examine it; the patent was "
     "rejected that year, reinstated in 2001 on appeal and expired in 2003. This briefing for "
     "national focal points retells the dispute and draws lessons for access and "
     "benefit-sharing: why sacred and medicinal uses known for centuries were not on record as "
     "prior art, how community registers of traditional knowledge can help, what prior informed "
     "consent and mutually agreed terms under the Nagoya Protocol would have required, and what "
     "the WIPO treaty of 2024 on disclosure of origin changes.",
     ("ayahuasca", "Banisteriopsis caapi", "biopiracy", "traditional knowledge",
      "access and benefit-sharing"),
     ("US", "EC"), "2024-09"),
    ("ds23", "case-study", "fr",
     "Tourisme de l'ayahuasca autour d'Iquitos : centres de retraite, lianes coupées en forêt et "
     "savoirs des curanderos",
     "Depuis le début des années 2000, des dizaines de centres de retraite installés autour "
     "d'Iquitos et de Pucallpa accueillent chaque année des milliers d'étrangers venus boire "
     "l'ayahuasca lors de cérémonies conduites par des curanderos, vegetalistas métis ou "
     "guérisseurs shipibo. Cette étude de cas, menée par une équipe de recherche française avec "
     "une université amazonienne, décrit les effets de ce tourisme sur les plantes et les "
     "communautés : la liane (Banisteriopsis caapi) est coupée de plus en plus loin en forêt et "
     "son prix a été multiplié, des familles la plantent dans leurs chacras avec la chacruna, "
     "des savoirs transmis au fil d'années d'apprentissage et de diètes sont vendus en stages de "
     "quelques jours par de faux chamanes, et des accidents graves ont touché des visiteurs. "
     "Elle rappelle que le Pérou a déclaré en 2008 les usages traditionnels de l'ayahuasca par "
     "les communautés natives patrimoine culturel de la nation, et propose un registre des "
     "centres, dont beaucoup se présentent comme des écolodges, et un partage des revenus.",
     ("ayahuasca", "tourisme chamanique", "savoirs traditionnels", "plantes médicinales",
      "Amazonie péruvienne"),
     ("PE",), "2023-05"),
    ("ds24", "project", "es",
     "Chagras de yagé y protección del conocimiento de los taitas yageceros del Putumayo",
     "En el piedemonte amazónico de Colombia, los pueblos cofán, inga, siona, kamëntšá y "
     "coreguaje preparan el yagé, la bebida que en Perú y Ecuador se llama ayahuasca, con el "
     "bejuco Banisteriopsis caapi y hojas de chagropanga, y los taitas que la dirigen la "
     "consideran una medicina y el centro de su gobierno propio. En 1999 los médicos "
     "tradicionales se unieron en una organización regional y adoptaron un código de ética para "
     "su medicina. Este proyecto, acordado con esa organización y con los cabildos mediante "
     "consulta previa, siembra bejucos de yagé y plantas acompañantes en chagras y en las "
     "reservas sagradas de cada resguardo, porque el bejuco silvestre escasea por la "
     "deforestación y la demanda de las ciudades; apoya a los aprendices que pasan años junto a "
     "un taita; y documenta el conocimiento bajo control de las comunidades, con protocolos "
     "comunitarios que fijan qué se puede publicar, frente a los 'neochamanes' que venden tomas "
     "de yagé en Bogotá y en el extranjero.",
     ("yagé", "ayahuasca", "conocimientos tradicionales", "protocolos comunitarios", "Putumayo"),
     ("CO",), "2024-04"),
    # --- forest schools --------------------------------------------------------------------------
    ("ds25", "case-study", "en",
     "Forest kindergartens in Denmark: children outdoors in all weathers since the 1950s",
     "Denmark's first forest kindergarten, or skovbørnehave, began in the early 1950s, when a "
     "mother in Søllerød took her own and her neighbours' children to the woods every day; today "
     "about one in ten Danish kindergartens spends most of the day outdoors, and many schools "
     "hold a weekly outdoor school day, udeskole. This case study follows forest kindergartens "
     "in Copenhagen, where 'bus kindergartens' drive city children each morning to woods and "
     "beaches on the edge of the capital, and in rural municipalities where a hut in the forest "
     "serves as base. It reports what staff and researchers have found about children's "
     "knowledge of plants and animals, motor skills, play and sick days, and how the state "
     "forest agency allocates forest plots and limits trampling, fires and dens in sensitive "
     "woodland. It also traces how visits by British college staff in the 1990s started the "
     "Forest School movement in the United Kingdom and beyond.",
     ("forest schools", "forest kindergartens", "outdoor education", "children and nature",
      "urban forests"),
     ("DK",), "2023-03"),
    ("ds26", "event", "fr",
     "Journée d'échanges : faire classe dehors dans les parcs et les bois, de Bruxelles à la "
     "Wallonie",
     "De plus en plus d'écoles fondamentales belges emmènent leurs élèves dehors une "
     "demi-journée par semaine, par tous les temps, dans le parc du quartier, un bois communal "
     "ou une friche, pour y apprendre les mathématiques, le français et l'éveil scientifique "
     "autant que la nature. Cette journée d'échanges, organisée par un réseau d'éducation "
     "relative à l'environnement avec l'administration bruxelloise de l'environnement et le "
     "service forestier wallon, réunit institutrices, instituteurs, directions et communes. Au "
     "programme : des ateliers sur la classe dehors en maternelle et en primaire, le choix d'un "
     "lieu proche accessible à pied, les autorisations pour fréquenter une forêt publique, la "
     "prévention des tiques et des chutes, l'équipement des enfants de familles modestes, le "
     "respect de la faune et de la flore, et les témoignages d'écoles qui pratiquent l'école du "
     "dehors depuis cinq ans. La visite d'une classe installée en forêt termine la journée.",
     ("école du dehors", "classe dehors", "éducation relative à l'environnement",
      "nature en ville", "écoles"),
     ("BE",), "2024-10"),
    ("ds27", "support-source", "es",
     "Oferta: formación de acompañantes de escuelas bosque y de educación infantil al aire libre",
     "En España la primera escuela bosque abrió en 2015 en un monte de Cerceda, en la sierra de "
     "Madrid, siguiendo el modelo de los jardines de infancia al aire libre de Dinamarca y "
     "Alemania; hoy hay decenas de proyectos en Cataluña, donde se llaman escoles bosc, en "
     "Galicia, Madrid y Andalucía, casi todos de educación infantil. Una asociación de educación "
     "en la naturaleza ofrece un curso de 200 horas para maestras, maestros y educadores que "
     "quieran abrir una escuela bosque o sacar su aula al monte o al parque: juego libre y "
     "gestión del riesgo, flora y fauna locales, primeros auxilios en el medio natural, trabajo "
     "con las familias, y la normativa para usar montes públicos y para que el proyecto se "
     "reconozca como centro educativo. Incluye prácticas en escuelas bosque en funcionamiento, "
     "becas para educadores de municipios rurales y una edición en línea para Chile, Argentina y "
     "México, donde se abren jardines bosque. Los campamentos de verano no forman parte de la "
     "oferta.",
     ("escuelas bosque", "educación al aire libre", "educación infantil", "formación", "ofertas"),
     ("ES",), "2024-06"),
    # --- European roller -------------------------------------------------------------------------
    ("ds28", "dataset", "en",
     "European rollers in nest boxes on the Great Hungarian Plain: occupancy, broods and prey, "
     "2006-2024",
     "The European roller (Coracias garrulus), a turquoise and chestnut bird that winters in "
     "southern Africa and nests in tree holes dug by woodpeckers, had fallen in Hungary to a few "
     "hundred pairs by the early 2000s as old trees were felled and grasslands ploughed. Since a "
     "LIFE project of 2004 to 2008, national park staff and volunteers have put up and kept "
     "about a thousand nest boxes on trees and on the poles of power lines across the Kiskunság "
     "and the plains of the Körös and Maros rivers. This dataset records every box checked each "
     "summer: whether it was used by rollers or by kestrels, red-footed falcons, jackdaws or "
     "starlings, clutch size, chicks ringed and fledged, and prey remains, mostly large "
     "grasshoppers, beetles and mole crickets. Land use within a kilometre of each box, mowing "
     "dates and summer rainfall are added. Breeding pairs now number well over a thousand, and "
     "boxes in grazed grassland fledge more young than those near maize and sunflower fields.",
     ("European roller", "Coracias garrulus", "nest boxes", "grasslands", "farmland birds"),
     ("HU",), "2024-11"),
    ("ds29", "project", "fr",
     "Le rollier d'Europe dans les Costières et la Crau : nichoirs, vieux platanes et gros "
     "insectes",
     "Le rollier d'Europe (Coracias garrulus), oiseau bleu turquoise qui revient d'Afrique "
     "australe en mai, niche en France surtout en Provence et en Languedoc, des Costières de "
     "Nîmes à la plaine de la Crau et à la Camargue. Il pond dans les cavités des vieux arbres, "
     "souvent d'anciennes loges de pic dans les platanes des bords de route, et chasse à l'affût "
     "criquets, grands coléoptères et lézards dans les friches, les vignes enherbées et les "
     "coussouls. Ce projet, porté par un conservatoire d'espaces naturels avec des associations "
     "naturalistes, des viticulteurs et les services routiers, pose et entretient des nichoirs "
     "là où les platanes atteints par le chancre coloré ont été abattus, repère les arbres à "
     "cavités à conserver, suit chaque année l'occupation et la reproduction, et encourage "
     "l'enherbement des vignes et la réduction des insecticides pour garder les grosses proies. "
     "Les guêpiers d'Europe et les huppes qui partagent ces paysages sont suivis à part.",
     ("rollier d'Europe", "Coracias garrulus", "nichoirs", "arbres à cavités", "viticulture"),
     ("FR",), "2024-04"),
    ("ds30", "need", "es",
     "Necesidad: cajas nido y secanos para la carraca europea en los llanos de Lleida",
     "La carraca europea (Coracias garrulus), el gaig blau de los payeses catalanes, es un ave "
     "azul turquesa que llega de África en primavera y cría en huecos de árboles viejos, en "
     "casetas de piedra abandonadas, en taludes arenosos y en cajas nido. En Cataluña se "
     "concentra en los secanos de Lleida, en zonas de especial protección para las aves que "
     "comparte con la ganga, el sisón y el cernícalo primilla. La transformación del secano en "
     "regadío con el canal Segarra-Garrigues, la pérdida de almendros y de casetas, los "
     "insecticidas que reducen los saltamontes y escarabajos de los que se alimenta y la "
     "electrocución en tendidos eléctricos han reducido sus parejas. Una entidad de custodia del "
     "territorio, con el departamento de medio ambiente, solicita financiación para colocar y "
     "revisar 300 cajas nido, acuerdos con agricultores para mantener barbechos y márgenes, y un "
     "seguimiento con voluntarios y anillamiento. La carraca de madera de la Semana Santa nada "
     "tiene que ver con la especie.",
     ("carraca europea", "Coracias garrulus", "cajas nido", "aves esteparias", "secanos"),
     ("ES",), "2024-02"),
)  # fmt: skip
