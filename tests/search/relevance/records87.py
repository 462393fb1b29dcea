"""Clearing-house records of the eighty-seventh judged relevance set
(tests/search/relevance/queries87.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on swans (the Bewick's swans known one by one from their bills at
Slimbridge and Welney; a Québec guide to tell the cygne trompette, coming back to nest, from the
cygne siffleur and the exotic cygne tuberculé; a need for the cisnes de cuello negro and the
luchecillo of the río Cruces at Valdivia); on martens (the pine martens moved from Scotland to
mid-Wales; the martre d'Amérique of Québec's trappers and old conifer forests; the marta of Menorca
and its roadkills); on maples (sap seasons in the sugarbushes of Vermont and the Adirondacks; the
érablières and the acériculture of the Bas-Saint-Laurent and the Beauce; a need for the relict arce
de azúcar of Talpa de Allende, Jalisco); on hake (Namibia's Cape hakes since independence; the
merlu of the Bay of Biscay, sold as colin, and its discarded merluchons; juvenile merluza released
from the langostino trawls of the golfo San Jorge); on limpets (the lapas of the Azores and their
closed seasons; a protocol for the patelle géante of Corsica; a need to assess the lapas of the
áreas de manejo of Chiloé and Maullín); on lupins (Russell lupins cleared from the braided rivers
of the Mackenzie Basin; an offer of farmers' seed of lupin blanc and lupin bleu in western France;
the tarwi, or chocho, of the Andes in a genebank); on taro (the loʻi kalo of Heʻeia and Waipā; the
tarodières of the Kanak valleys; a need for the ñames, as the Canary Islands call taro, of La Palma
and Tenerife); on cichlids (the mbuna and chambo of Lake Malawi; the cichlidés of the Burundian
shore of Lake Tanganyika; the mojarras of the laguna de Apoyo and the tilapia cages that nearly
ended them); on mountain biking (the trails of Whakarewarewa Forest at Rotorua; a guide to the VTT
in the Vercors; a need to order the BTT, as Spain calls the mountain bike, in the Sierra de
Guadarrama); and on crows (the ʻalalā, the Hawaiian crow, and its next releases on Maui; the
corneilles, corbeaux freux and choucas of Brittany; a need for the cuervo canario). English, French
and Spanish, 10 records each, every topic written once in each language (different countries,
projects and angles, not translations of one text).

None of records.py, records3.py, ..., records85.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (swan, cygne, cisne, Cygnus, coscoroba; marten, martre, marta,
Martes, garduña, fouine, pékan, Pekania; maple, érable, érablière, acériculture, sirop d'érable,
arce, Acer, sugarbush, maple syrup; hake, merlu, merluchon, merluza, pescadilla, Merluccius;
limpet, patelle, lapa, Patella, Fissurella, Cymbula; lupin, lupine, Lupinus, lupino, altramuz,
tarwi, chocho; taro, kalo, dalo, dachine, songe, Colocasia, Xanthosoma, malanga, yautía, ocumo,
pituca, papa china; cichlid, cichlidé, cíclido, tilapia, Oreochromis, mojarra, guapote,
Amphilophus, Cichla, mbuna, chambo; mountain bike, mountain biking, MTB, bike, bicycle, VTT, vélo,
vélo de montagne, bicicleta, bicicleta de montaña, BTT, ciclista; crow, raven, rook, jackdaw, jay,
chough, magpie, corvid, Corvus, corbeau, corneille, freux, choucas, geai, corvidé, cuervo, corneja,
grajo, grajilla, chova, urraca, córvido). Screened and dropped as covered: deer (the reindeer and
caribou pages of records67, which are deer, and the orignaux of co23 and cu05), sea urchins (y13),
octopus closures (bt17), spiny lobsters (bt18), mussel farming (x19, x20, w41), wild mushrooms (the
truffle pages of records34), sacred groves (u08), birdwatching tourism (k13, bn03), beech forests
(bk10-bk12), ancient and remarkable trees (cy10-cy12), cedars (the Atlas cedar pages of records7
and cq14), ash trees (ash dieback, bu11, and the frênes têtards of records41), elephants (the
electric fence and transfrontier pages of records43 and records40), condors (u27, x12), krill
(bv06), reed beds (the constructed wetland pages of records40), bird-window collisions (records36)
and moths (the wild silk, processionary caterpillar and butterfly pages), besides the topics of
sets 42 to 85 and those their docstrings list as covered, and the chemicals, waste, pollution,
energy and biosafety topics left to set 86; screened with no or passing hits but not chosen:
grebes, herons (the garceros of the scarlet ibis need dk09), tea (the dicofol residues in té of
records25), firs (pinsapo, pinabete), rhododendrons, kangaroos and koalas.

The nearest are two pages whose titles name a member of a group asked for: the Uruguayan
consultation on a genetically modified tilapia (t39), a cichlid, judged 1 to the general cichlid
queries, and the case study on the críalo and the urracas of the Hoya de Guadix (dg03), whose title
and subjects name the magpie, a corvid, judged 1 to the corvid queries (a magpie is no crow: 0 to
the crow queries). All the other hits are passing: the ducks and swans that swallow lead shot
(u25), the swans caught in face mask loops (cf13), the cisne coscoroba of the Cáhuil salt pans
(bn21), the cisne de cuello negro coming back to the Tubul-Raqui wetland (bs27), and the Nordic
Swan, an ecolabel (records45); the pine martens and martres of the capercaillie, squirrel,
woodpecker and cannabis pages (cu01, cw07, cs08, dd10), and the pékan, the fisher, of the porcupine
page (de11), another mustelid; the sugar maple regeneration of the horse logging page (da19), the
maples of the riparian and cicada pages (br04, cu22), the érable negundo of br05, and the
érablières of the wild leek, butternut, Charlevoix agritourism and dicamba pages (ce29, cq23, dc20,
dl02); the merluza netted near the sea lions of ci03; the vent limpets of by04, the patelles
sampled by dj08 and the lapas of cs27; the taro of the shifting cultivation, frost and Creole
garden pages (bo10, bu25, ce14) and the giant swamp taro, another plant, of the Majuro atoll
dataset (bz04); the tilapia of the Lake Victoria mercury, axolotl, rice-fish, black soldier fly,
eDNA and pupfish pages (a7, s10, ca11, ca12, bq19, bq21, bv21, de21); the mountain bikers of cu01,
the adeptes de VTT of dk02 and the VTT of the Québec off-road guide (dk23), where the word means
quads, not bicycles; and the crows, ravens, choughs, jays and magpies of the partridge, plover,
sagebrush, climbing cliff, cuckoo, stag beetle, Paraná pine and Amami pages (di04, cc13, dc13,
cg24, dg02, cy07, bo04, cw04) and the córvidos of the red kite need (dk06). No page names a lupin,
a cichlid by that name or a mountain bike trail. In the golden files, the only hits are a chemistry
record whose subject "Maple" is a flavour, a delivery model that names bicycles, and the letters of
other words (Shaker, overcrowded).

records86.py (ids dn01..dn30, on chemicals, waste, energy, biosafety and health topics:
pesticide-spraying drones, glass recycling, industrial energy audits, offshore wind, emissions
trading, institutional biosafety committees, the transit of living modified organisms, primary
mercury mining, fluorinated ski wax and classroom ventilation), written at the same time by another
engineer, was searched for the same words once it was finished: none of its records names a swan, a
marten, a maple, a hake, a limpet, a lupin, taro, a cichlid or a tilapia, a bicycle or a crow or
other corvid, and none answers a query of this set; the gannets of dn11, the orcas of dn12, the
right whales of dn10 and the earthworms of dn25 are other animals.

Traps: the shotgun pellets and the whooper and mute swans of do01; the huttes de castor, plombs de
pêche and oies des neiges of do02 (0 to the geese queries); the terremoto of 1960 and the planta de
celulosa of do03 (which is no earthquake or pulp mill page); the grey squirrels and hen houses of
do04; the réserves à castor, the campagnols and the pékan of do05; the pasos de fauna and
atropellos of do06 (set 25's wildlife crossings and roadkill) and its garduña and gineta; the
white-tailed deer, beech, tent caterpillars and ice storm of do07; the cerf de Virginie, hêtre and
cabanes à sucre of do08; the hayas mexicanas, the huertas de aguacate and the bosque mesófilo of
do09, which says its arces are not tapped (0 to the maple syrup queries); the albatrosses and
low-oxygen water of do10; the chalutiers à langoustine and the colin d'Alaska, a pollock, of do11;
the langostino, the lobos marinos, the merluza negra (a toothfish) and the merluza de cola of do12;
the cracas, barnacles, of do13; the appâts of do14; the loco, erizo and huiro (kelp) of do15; the
stoats, ferrets, cats, the banded dotterel (a plover), wrybill and kakī, and the broom and gorse of
do16; the soja and the bourdons of do17; the acequias and the altramuces of do18; the ʻauwai
ditches, the mangrove, the waterbirds, the stream flows and the apple snails of do19; the igname,
the yam of the Kanak coutume, and the canaux of do20 (0 to the yam queries); the Dioscorea, the
plataneras and the acequias of do21, and its word ñame, which in the Canary Islands means taro (0
to the yam queries); the water hyacinth and the usipa of do22; the ndagala, the haies and the
escargots of do23; the tilapia cages of do24; the possums, rats, e-bikes, horse riders and
motorbikes of do25; the tétras-lyre, aigle royal, chamois and chiens de protection of do26 and the
Québec sense of VTT; the buitre negro and the bicicletas eléctricas of do27; the hawks, pigs,
goats, rats, mongooses and feral cats of do28; the pies bavardes, geais, platanes and maïs of do29;
the cebos envenenados, tendidos eléctricos, cabras and chova piquirroja of do30. For the country
queries: do01 names the Netherlands, Germany and Russia; do04 names Ireland; do09 names Guatemala;
do10 names South Africa; do11 has France and Spain; do13 names Portugal; do18 names Ecuador; do20
names Samoa; do21 names Cuba, Ecuador and Peru; do26 names Québec.

Ids (do01..do30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
dl01..dl30, dm01..dm30), nor with records86.py's (dn01..dn30), and no earlier id starts with "do".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- swans --------------------------------------------------------------------------------
    ("do01", "dataset", "en",
     "Bewick's swans at Slimbridge and Welney: individual bill patterns, counts and shot pellets, "
     "1964-2024",
     "Since Sir Peter Scott noticed in 1964 that every Bewick's swan (Cygnus columbianus "
     "bewickii) has its own pattern of yellow and black on the bill, staff of a wetland trust "
     "have drawn and named each swan that winters at Slimbridge on the Severn estuary, and later "
     "at Welney on the Ouse Washes. This dataset holds those records for more than 11,000 "
     "individuals, with family sizes, arrival and departure dates, the numbers counted on British "
     "wetlands each January, and the GPS tracks of birds tagged on the way to their breeding "
     "grounds in the Russian Arctic. The north-west European population fell by about a third "
     "between 1995 and 2010, and more birds now stop for the winter in the Netherlands and "
     "Germany as winters warm. X-rays of caught swans showed that about a quarter carried shotgun "
     "pellets in their bodies, although the species is protected along its whole flyway. Whooper "
     "and mute swans are counted but not identified one by one.",
     ("swans", "Bewick's swan", "Cygnus columbianus", "waterbirds", "flyways"),
     ("GB",), "2024-09"),
    ("do02", "document", "fr",
     "Cygne trompette, cygne siffleur ou cygne tuberculé ? Guide d'identification et de "
     "signalement pour le Québec",
     "Disparu de l'est du continent au XIXe siècle à cause de la chasse, le cygne trompette "
     "(Cygnus buccinator), le plus grand oiseau aquatique d'Amérique du Nord, revient nicher au "
     "Québec grâce aux réintroductions faites en Ontario depuis 1982 : les premiers nids ont été "
     "trouvés en Abitibi-Témiscamingue et en Outaouais. Ce guide, préparé par le ministère de la "
     "Faune avec un regroupement d'ornithologues, aide les observateurs, les chasseurs de "
     "sauvagine et les pourvoiries à distinguer le cygne trompette du cygne siffleur, qui fait "
     "halte au printemps dans la vallée du Saint-Laurent en route vers l'Arctique, et du cygne "
     "tuberculé, espèce exotique échappée de parcs et de jardins, dont toute mention doit être "
     "signalée pour éviter qu'il s'installe. Il explique comment transmettre une observation avec "
     "photo, lire les étiquettes alaires et ne pas déranger les nids, souvent posés sur des "
     "huttes de castor. Il rappelle que les plombs de pêche ont tué bien des cygnes en Ontario. "
     "Les oies des neiges ne sont pas traitées.",
     ("cygnes", "cygne trompette", "Cygnus buccinator", "oiseaux aquatiques",
      "identification des espèces"),
     ("CA",), "2023-04"),
    ("do03", "need", "es",
     "Necesidad: monitoreo del cisne de cuello negro y del luchecillo en el santuario del río "
     "Cruces, Valdivia",
     "El santuario de la naturaleza Carlos Anwandter, humedal Ramsar que se formó en el río "
     "Cruces cuando el terremoto de 1960 hundió sus riberas, llegó a albergar más de 15.000 "
     "cisnes de cuello negro (Cygnus melancoryphus), la mayor población de Chile. En 2004 el "
     "luchecillo (Egeria densa), la planta acuática de la que se alimentan, desapareció casi por "
     "completo y los cisnes murieron de hambre o emigraron; el desastre se asoció a los residuos "
     "de una planta de celulosa situada río arriba. Hoy los cisnes han vuelto, pero sus números "
     "suben y bajan con el luchecillo. La municipalidad, una universidad de Valdivia y las "
     "comunidades ribereñas de Punucapa y San Luis de Alba solicitan apoyo para censos mensuales "
     "desde el aire y en bote, seguimiento de la calidad del agua y de las praderas de "
     "luchecillo, anillamiento y telemetría de cisnes, y un plan para que las lanchas de turismo "
     "no los molesten. Piden también contar al cisne coscoroba, más escaso.",
     ("cisnes", "cisne de cuello negro", "Cygnus melancoryphus", "humedales", "Ramsar"),
     ("CL",), "2024-03"),
    # --- martens ------------------------------------------------------------------------------
    ("do04", "case-study", "en",
     "Pine martens back in Wales: what the translocations from Scotland taught, 2015-2024",
     "By the late twentieth century the pine marten (Martes martes) had all but vanished from "
     "Wales and England, killed by trapping and gamekeepers and left with little woodland, while "
     "it recovered in Scotland and Ireland. Between 2015 and 2017 a wildlife charity moved 51 "
     "martens, caught under licence in the Scottish Highlands, to the conifer plantations and oak "
     "woods around the Cambrian Mountains of mid-Wales, after surveys, public meetings and checks "
     "that no native population remained. This case study follows what happened next: "
     "radio-tracked animals settling within weeks, kits born from the first spring, den boxes "
     "used by breeding females, deaths on roads and from disease, the spread of martens into "
     "Ceredigion and Powys, and a second release in the Forest of Dean in 2019. It weighs the "
     "evidence from Ireland that martens reduce grey squirrels, and the fears of poultry keepers "
     "and shoots, answered with advice on secure hen houses.",
     ("pine martens", "Martes martes", "translocation", "mustelids", "woodlands"),
     ("GB",), "2023-11"),
    ("do05", "dataset", "fr",
     "Martre d'Amérique au Québec : captures des piégeurs et vieilles forêts résineuses, "
     "1984-2024",
     "La martre d'Amérique (Martes americana), petit mustélidé des forêts résineuses et mixtes, "
     "reste l'une des fourrures les plus piégées du Québec. Ce jeu de données du ministère de la "
     "Faune réunit les peaux vendues depuis 1984 par unité de gestion des animaux à fourrure "
     "(UGAF) et par terrain de piégeage enregistré, y compris ceux des réserves à castor où "
     "piègent les familles cries, atikamekw et innues, avec l'âge et le sexe des martres établis "
     "à partir des carcasses remises par les piégeurs. Il y ajoute l'âge des peuplements et les "
     "superficies coupées, car la martre a besoin de vieilles forêts riches en bois mort pour "
     "chasser les campagnols sous la neige et s'abriter l'hiver. Les séries montrent des baisses "
     "de captures là où les coupes ont fragmenté la forêt. La martre de Terre-Neuve, population "
     "menacée, et le pékan, cousin plus grand de la martre, sont traités dans d'autres fiches.",
     ("martres", "Martes americana", "piégeage", "animaux à fourrure", "forêt boréale"),
     ("CA",), "2024-02"),
    ("do06", "project", "es",
     "La marta de Menorca: pasos de fauna, cajas nido y censos en los encinares de la isla",
     "En Menorca vive una población aislada de marta (Martes martes), que algunos autores "
     "describen como subespecie propia, Martes martes minoricensis, y que ocupa los encinares, "
     "acebuchares y barrancos de la isla. A diferencia de las martas del continente, es confiada "
     "y de hábitos en parte diurnos, y muchas mueren atropelladas en la carretera general entre "
     "Maó y Ciutadella. Este proyecto del Consell Insular, la reserva de biosfera y una "
     "asociación naturalista instala pasos de fauna y vallados en los puntos negros de "
     "atropellos, coloca cajas nido en bosques jóvenes, recoge los animales muertos para estudios "
     "genéticos y sanitarios y hace censos con cámaras y trampas de pelo. También trabaja con los "
     "payeses que la culpan de entrar en los gallineros, ofreciendo cierres seguros. La garduña "
     "(Martes foina), ausente de Menorca, y la gineta se citan solo como otros carnívoros de las "
     "islas.",
     ("martas", "Martes martes", "mamíferos", "atropellos de fauna", "Menorca"),
     ("ES",), "2024-05"),
    # --- maples -------------------------------------------------------------------------------
    ("do07", "dataset", "en",
     "Sap seasons in a warming climate: tapping records from sugarbushes of Vermont and the "
     "Adirondacks, 1960-2024",
     "Maple syrup is boiled down from the sap of the sugar maple (Acer saccharum), which runs in "
     "late winter when frosty nights follow days above freezing. This dataset, assembled by a "
     "university maple research centre with producers' associations, brings together the dates of "
     "the first and last sap runs, the sugar content of the sap, taps per hectare and syrup "
     "yields reported since 1960 by more than 300 sugarbushes in Vermont and the Adirondacks of "
     "New York, with weather station data and tree-health plots. The season now starts about a "
     "week earlier than fifty years ago and has grown less predictable, and sap is less sweet "
     "after hot summers and heavy seed years. The plots record crown dieback after the 1998 ice "
     "storm, outbreaks of forest tent caterpillars, the threat of the Asian longhorned beetle, "
     "and failing maple regeneration where white-tailed deer browse heavily or beech crowds the "
     "understorey. Red maple, also tapped, is tracked separately.",
     ("maples", "sugar maple", "maple syrup", "Acer saccharum", "climate change"),
     ("US",), "2024-04"),
    ("do08", "project", "fr",
     "Des érablières résilientes : adapter l'acériculture du Bas-Saint-Laurent et de la Beauce au "
     "climat qui change",
     "Le Québec produit plus des deux tiers du sirop d'érable du monde, tiré de l'eau d'érable "
     "recueillie chaque printemps, au temps des sucres, dans des dizaines de millions "
     "d'entailles. Ce projet, porté par un centre de recherche acéricole, des clubs d'encadrement "
     "technique et les producteurs, aide une centaine d'érablières du Bas-Saint-Laurent et de la "
     "Beauce à préparer leur forêt au climat qui vient : saisons de coulée plus précoces et plus "
     "courtes, sécheresses d'été, verglas et nouveaux insectes. Il mesure la santé des érables à "
     "sucre et des érables rouges, favorise les essences compagnes (bouleau jaune, chêne rouge, "
     "tilleul, pin blanc) plutôt qu'une érablière pure, limite le hêtre à grandes feuilles qui "
     "envahit le sous-bois et protège la régénération du broutement du cerf de Virginie. Il "
     "vérifie aussi le nombre d'entailles par arbre et l'usage de la tubulure sous vide, et "
     "documente les cabanes à sucre familiales qui reçoivent le public.",
     ("érables", "érablières", "acériculture", "sirop d'érable",
      "adaptation aux changements climatiques"),
     ("CA",), "2024-01"),
    ("do09", "need", "es",
     "Necesidad: vivero y semillas para el arce de azúcar mexicano de la sierra de Talpa de "
     "Allende, Jalisco",
     "En cañadas húmedas de la sierra de Talpa de Allende, en Jalisco, sobrevive una población "
     "relicta de arce (Acer saccharum subsp. skutchii), pariente del arce azucarero del noreste "
     "de América del Norte que quedó aislado en México desde las glaciaciones, junto a tilos, "
     "hayas mexicanas y magnolias. Otras poblaciones pequeñas se conocen en la reserva de la "
     "biosfera El Cielo, en Tamaulipas, y en Guatemala. Aquí no se sangra para hacer jarabe: sus "
     "amenazas son la tala, los incendios, el ganado que ramonea las plántulas y el desmonte para "
     "huertas de aguacate. El ejido y el municipio, con una universidad de Guadalajara, solicitan "
     "apoyo para colectar semillas en los años de buena producción, instalar un vivero "
     "comunitario, estudiar la diversidad genética de los árboles que quedan, capacitar brigadas "
     "contra incendios y pagar a los dueños por cercar los manchones de arces. Piden también un "
     "censo completo de los árboles adultos.",
     ("arces", "Acer saccharum subsp. skutchii", "especies relictas", "bosque mesófilo",
      "necesidades"),
     ("MX",), "2024-06"),
    # --- hake ---------------------------------------------------------------------------------
    ("do10", "case-study", "en",
     "Rebuilding Namibia's hake fishery: thirty years of quotas, observers and Namibianisation",
     "When Namibia became independent in 1990 it declared a 200-nautical-mile exclusive economic "
     "zone and sent away the foreign trawler fleets that had fished down the Cape hakes "
     "(Merluccius capensis and M. paradoxus) of the Benguela current. This case study looks back "
     "at how the new fisheries ministry rebuilt the hake fishery: a total allowable catch set "
     "each year from research surveys, fishing rights granted to Namibian companies on condition "
     "that the fish be landed and processed in Walvis Bay and Lüderitz, an observer on every "
     "trawler and longliner, and a levy that funds the research. Catches recovered in the 1990s, "
     "then fell again when low-oxygen water and overestimated stocks coincided; quotas were cut, "
     "and the deep-water hake stock shared with South Africa is now assessed jointly. The study "
     "also covers the bird-scaring lines adopted after observers counted albatrosses killed on "
     "trawl warps, and the jobs, most of them women's, in the filleting plants.",
     ("hake", "Merluccius capensis", "fisheries management", "total allowable catch",
      "Benguela current"),
     ("NA",), "2023-09"),
    ("do11", "dataset", "fr",
     "Merlu du golfe de Gascogne : débarquements, rejets de merluchons et sélectivité des "
     "chaluts, 2000-2024",
     "Le merlu européen (Merluccius merluccius), vendu sur les étals sous le nom de colin, est "
     "l'un des premiers poissons débarqués dans les criées du Guilvinec, de La Cotinière, des "
     "Sables-d'Olonne et de Saint-Jean-de-Luz. Ce jeu de données réunit les débarquements par "
     "port et par engin (chalut, filet maillant, palangre), les rejets de petits merlus, les "
     "merluchons, mesurés par les observateurs embarqués sur les chalutiers à langoustine, et les "
     "essais de chaluts sélectifs à panneau à mailles carrées et à grille menés avec les "
     "organisations de producteurs. Il retrace la reprise du stock nord de merlu après le plan de "
     "reconstitution de 2004, puis l'entrée en vigueur de l'obligation de débarquement. Les "
     "captures de la flotte espagnole dans les mêmes eaux y figurent pour les années où elles ont "
     "été transmises. Le colin d'Alaska, autre poisson vendu sous le nom de colin dans les "
     "produits panés, n'y figure pas.",
     ("merlu", "Merluccius merluccius", "rejets", "sélectivité des engins", "golfe de Gascogne"),
     ("FR", "ES"), "2024-03"),
    ("do12", "project", "es",
     "Dispositivos para liberar juveniles de merluza en la pesca de langostino del golfo San "
     "Jorge",
     "La merluza común o merluza hubbsi (Merluccius hubbsi) es la principal pesquería de la "
     "Argentina, pero la flota que arrastra langostino en el golfo San Jorge y frente a Chubut y "
     "Santa Cruz captura y descarta millones de juveniles de merluza, que viven en las mismas "
     "aguas. Este proyecto del instituto nacional de investigación pesquera con las cámaras de "
     "armadores y el sindicato de marineros prueba en buques fresqueros y congeladores un "
     "dispositivo de selectividad con paneles y rejillas que deja escapar a las merluzas chicas "
     "sin perder langostino, compara a bordo con observadores las capturas con y sin el "
     "dispositivo, y forma a patrones y marineros en su armado. Incluye el cierre por temporadas "
     "del área de cría de merluza y el registro de la captura incidental de lobos marinos y aves. "
     "La merluza negra (Dissostichus eleginoides), que pese a su nombre no es una merluza, y la "
     "merluza de cola quedan fuera del proyecto.",
     ("merluza", "Merluccius hubbsi", "pesca de arrastre", "descartes", "selectividad"),
     ("AR",), "2024-07"),
    # --- limpets ------------------------------------------------------------------------------
    ("do13", "case-study", "en",
     "Limpets in the Azores: closed seasons and no-take areas after the collapse of the lapas",
     "Grilled limpets with garlic and lemon, lapas grelhadas, are a signature dish of the Azores, "
     "and two limpet species, Patella aspera and Patella candei gomesii, have been gathered from "
     "the archipelago's volcanic shores for centuries. In the 1980s, when scuba gear and a market "
     "in restaurants and mainland Portugal arrived, catches collapsed on the most accessible "
     "islands. This case study reviews the regional rules adopted from 1993: a closed season in "
     "the spawning months, a minimum shell size, harvest only by hand or knife from the shore, a "
     "ban on diving for limpets, and no-take zones. Surveys on São Miguel, Pico and Faial found "
     "larger and more numerous limpets in the protected areas within a few years, and limpets "
     "returning to shores where they had vanished, while poaching and illegal sales go on. The "
     "study also weighs licences for professional gatherers. The giant barnacles, or cracas, "
     "eaten on the same islands are not covered.",
     ("limpets", "Patella aspera", "shellfish harvesting", "marine protected areas", "Azores"),
     ("PT",), "2023-06"),
    ("do14", "document", "fr",
     "Protocole de suivi de la patelle géante (Patella ferruginea) sur les côtes rocheuses de "
     "Corse",
     "La patelle géante (Patella ferruginea), qui peut dépasser dix centimètres, est l'invertébré "
     "marin le plus menacé de Méditerranée : jadis présente sur presque toutes les côtes "
     "rocheuses de la Méditerranée occidentale, elle ne subsiste guère qu'en Corse, en Sardaigne, "
     "sur la côte nord-africaine et sur quelques îlots, protégée par la directive Habitats et la "
     "convention de Barcelone. Ce protocole, rédigé par l'office de l'environnement de la Corse "
     "et les gestionnaires de la réserve naturelle des Bouches de Bonifacio, décrit comment "
     "compter et mesurer les patelles le long de transects fixes à la limite des marées, marquer "
     "des individus, repérer les jeunes et noter les menaces : ramassage pour la consommation ou "
     "comme appât par les pêcheurs à la ligne, piétinement, pollution des ports. Il présente "
     "aussi les essais de transfert vers des sites protégés et les digues où l'espèce s'est "
     "installée. Les patelles communes ne sont suivies qu'à titre de comparaison.",
     ("patelles", "Patella ferruginea", "invertébrés marins", "espèces protégées", "Corse"),
     ("FR",), "2022-05"),
    ("do15", "need", "es",
     "Necesidad: evaluación de lapas en las áreas de manejo de los sindicatos de buzos de Los "
     "Lagos",
     "En las caletas de Chiloé y de la costa de Maullín, los sindicatos de pescadores artesanales "
     "explotan, dentro de sus áreas de manejo y explotación de recursos bentónicos (AMERB), el "
     "loco, el erizo y varias especies de lapas (Fissurella), como la lapa negra, la lapa rosada "
     "y la lapa reina, que los buzos mariscadores sacan a mano de las rocas. Las lapas se venden "
     "frescas o en conserva y tienen buen precio, pero su cuota se fija con datos escasos y cada "
     "año salen más chicas. Los sindicatos, con la dirección zonal de pesca, solicitan apoyo para "
     "evaluaciones directas de la densidad y las tallas de lapas en cada área de manejo, estudios "
     "de crecimiento y de la talla de madurez, capacitación de los buzos en el registro de "
     "capturas y vigilancia contra la extracción ilegal en las rocas de la orilla durante las "
     "mareas bajas. Piden también conocer el efecto de la cosecha de huiro, el alga parda donde "
     "se refugian las lapas juveniles.",
     ("lapas", "Fissurella", "recursos bentónicos", "pesca artesanal", "áreas de manejo"),
     ("CL",), "2024-08"),
    # --- lupins -------------------------------------------------------------------------------
    ("do16", "project", "en",
     "Clearing Russell lupins from the braided riverbeds of the Mackenzie Basin",
     "The purple, pink and yellow Russell lupins (Lupinus polyphyllus hybrids) that fill tourist "
     "photographs of Lake Tekapo were sown along roads and on high-country stations from the "
     "1950s, and have since spread down the Tekapo, Ahuriri and Tasman rivers. On the bare "
     "shingle of these braided riverbeds they form dense stands that hide stoats, ferrets and "
     "cats, trap silt and narrow the channels, leaving less open gravel for the wrybill, the "
     "banded dotterel and the black stilt, or kakī, one of the rarest waders in the world. This "
     "project of the conservation department, the regional council, rūnanga and landholders "
     "sprays and pulls lupins along 200 kilometres of riverbed, maps their return by drone, keeps "
     "predator traps along the rivers and asks farmers who still sow lupins as forage to keep "
     "them away from streams. It also explains to visitors why the flowers are being removed. "
     "Broom and gorse are controlled under separate programmes.",
     ("lupins", "Lupinus polyphyllus", "invasive plants", "braided rivers", "shorebirds"),
     ("NZ",), "2024-02"),
    ("do17", "support-source", "fr",
     "Offre : semences paysannes et accompagnement pour cultiver le lupin blanc dans l'ouest de "
     "la France",
     "Le lupin blanc (Lupinus albus), légumineuse riche en protéines cultivée depuis l'Antiquité "
     "autour de la Méditerranée, avait presque disparu des fermes de l'ouest de la France, "
     "victime de l'anthracnose et de la concurrence du soja importé. Une association de maisons "
     "de semences paysannes de Bretagne et des Pays de la Loire, avec une chambre d'agriculture, "
     "offre aux agriculteurs et aux groupes d'éleveurs des lots de semences de populations de "
     "lupin blanc et de lupin bleu (Lupinus angustifolius), sélectionnées à la ferme depuis "
     "quinze ans pour leur tolérance à l'anthracnose et leur faible teneur en alcaloïdes, les "
     "lupins dits doux. Elle offre aussi un accompagnement : choix des parcelles sur sols acides, "
     "semis associé à une céréale, désherbage mécanique, tri des graines, et usage en aliment des "
     "vaches laitières à la place du tourteau de soja. Les agriculteurs rendent une part de leur "
     "récolte et notent leurs observations. Les bourdons qui butinent les fleurs sont comptés "
     "dans quelques parcelles.",
     ("lupins", "Lupinus albus", "semences paysannes", "légumineuses", "agrobiodiversité"),
     ("FR",), "2023-03"),
    ("do18", "dataset", "es",
     "Tarwi o chocho: colección de variedades nativas de Lupinus mutabilis de los Andes",
     "El tarwi (Lupinus mutabilis), que en Ecuador y el norte del Perú se llama chocho, es el "
     "único lupino domesticado en América, sembrado en los Andes desde hace más de mil quinientos "
     "años por su grano, que tiene hasta 45 % de proteína. Este conjunto de datos del banco de "
     "germoplasma de una universidad agraria de Lima reúne la información de 420 entradas "
     "colectadas en comunidades de Cusco, Puno, Áncash y Cajamarca: nombres locales, color y "
     "tamaño del grano, días a la floración, rendimiento en parcelas de prueba, contenido de "
     "alcaloides y de aceite, y tolerancia a la antracnosis. Añade encuestas sobre el "
     "desamargado, el remojo del grano cocido durante días en agua corriente, hecho a menudo en "
     "acequias y ríos, y sobre los usos del tarwi en sopas, guisos y el cebiche de chochos. Los "
     "altramuces de la cuenca mediterránea, Lupinus albus, se siembran solo como testigos en las "
     "parcelas.",
     ("tarwi", "chocho", "Lupinus mutabilis", "recursos fitogenéticos", "cultivos andinos"),
     ("PE",), "2023-10"),
    # --- taro ---------------------------------------------------------------------------------
    ("do19", "project", "en",
     "Restoring loʻi kalo: taro terraces and stream water at Heʻeia on Oʻahu and Waipā on Kauaʻi",
     "Taro (Colocasia esculenta), kalo in Hawaiian, came with the first Polynesian voyagers and "
     "was grown in flooded terraced fields, loʻi, fed by water led from streams through ʻauwai "
     "ditches and returned downstream; poi, the pounded corm, was the staple food of the islands. "
     "Most loʻi were abandoned in the twentieth century when sugar plantations took the streams. "
     "This project, led by community nonprofits at Heʻeia on Oʻahu and in the Waipā valley on "
     "Kauaʻi, clears invasive grasses and mangrove from old terraces, rebuilds their stone walls, "
     "plants traditional kalo varieties from a shared collection, and teaches schoolchildren and "
     "volunteers to farm them. It monitors stream flow, water quality and the endangered Hawaiian "
     "waterbirds, stilts, coots, gallinules and ducks, that feed in the flooded fields, and works "
     "with the state water commission to restore stream flows. Invasive apple snails, which eat "
     "young taro, are picked by hand.",
     ("taro", "kalo", "traditional agriculture", "Indigenous knowledge", "wetlands"),
     ("US",), "2024-03"),
    ("do20", "case-study", "fr",
     "Les tarodières irriguées des vallées kanak : relancer le taro d'eau en Nouvelle-Calédonie",
     "Sur les pentes de la chaîne centrale de la Grande Terre, les Kanak ont façonné pendant des "
     "siècles des tarodières irriguées en terrasses, alimentées par des canaux de pierre sèche, "
     "où pousse le taro d'eau (Colocasia esculenta). Avec l'igname, plante des hommes et de la "
     "coutume, le taro, associé aux femmes et aux terres humides, structure la vie des clans ; "
     "beaucoup de terrasses ont pourtant été abandonnées à la brousse. Cette étude de cas suit "
     "trois tribus des régions de Hienghène et de Houaïlou qui, avec la province Nord et un "
     "institut agronomique, ont remis en eau des tarodières, réintroduit une cinquantaine de "
     "variétés anciennes gardées en collection et transmis aux jeunes les savoirs sur les "
     "calendriers, les paillages et les noms des taros. Elle rappelle la maladie des feuilles du "
     "taro qui a ravagé les Samoa en 1993, raison du contrôle des variétés venues d'ailleurs. À "
     "La Réunion on dit songe, aux Antilles dachine, pour des taros voisins.",
     ("taro", "tarodières", "agriculture traditionnelle", "savoirs autochtones", "Kanak"),
     ("NC",), "2023-08"),
    ("do21", "need", "es",
     "Necesidad: conservar los ñames de Canarias en los nacientes y barrancos de La Palma y "
     "Tenerife",
     "En Canarias se llama ñame a la Colocasia esculenta, el taro, y no a la Dioscorea, el ñame "
     "de América y de África. Se cultiva desde hace siglos en los fondos húmedos de los barrancos "
     "y junto a los nacientes de agua de Los Sauces y Barlovento, en La Palma, y de Anaga y Los "
     "Silos, en Tenerife, y se come sancochado con miel de caña o en potajes. Una cooperativa de "
     "agricultores y el centro de agrodiversidad del Cabildo solicitan apoyo para inventariar las "
     "variedades locales de ñame y a quienes las mantienen, sanear los cormos y guardarlos en un "
     "banco de germoplasma, recuperar las acequias y el agua de los nacientes, y formar a "
     "agricultores jóvenes. Los ñames se abandonan porque el agua se vende a las plataneras y "
     "falta mano de obra. En Cuba se llama malanga, en Ecuador papa china y en el Perú pituca a "
     "plantas iguales o emparentadas.",
     ("ñame", "taro", "Colocasia esculenta", "variedades locales", "Canarias"),
     ("ES",), "2024-04"),
    # --- cichlids -----------------------------------------------------------------------------
    ("do22", "dataset", "en",
     "Cichlids of Lake Malawi National Park: mbuna counts at Cape Maclear and the decline of "
     "chambo, 1990-2024",
     "Lake Malawi holds more fish species than any other lake, most of them cichlids found "
     "nowhere else: perhaps 800 to 1,000 species that evolved in the lake, among them the "
     "colourful rock-dwelling mbuna prized by aquarium keepers. This dataset, kept by the "
     "national parks department and the fisheries research unit at Monkey Bay, holds underwater "
     "counts of mbuna and other rock cichlids along fixed transects around Cape Maclear and the "
     "islands of Lake Malawi National Park since 1990, records of ornamental fish exports, and "
     "landings of chambo, the tilapias (Oreochromis karongae, O. lidole and O. squamipinnis) that "
     "were the lake's favourite food fish and whose catches have fallen by more than 90 %. It "
     "also documents fishing on breeding arenas, sediment from cleared hillsides and water "
     "hyacinth at river mouths. Usipa, a small sardine-like fish that is no cichlid, is recorded "
     "only where it is caught with them.",
     ("cichlids", "mbuna", "chambo", "freshwater fish", "Lake Malawi"),
     ("MW",), "2024-06"),
    ("do23", "project", "fr",
     "Cichlidés du lac Tanganyika : pêche d'ornement, zones de frai et bassins versants au "
     "Burundi",
     "Le lac Tanganyika, profond de près de 1 500 mètres et vieux de plusieurs millions d'années, "
     "abrite quelque 250 espèces de cichlidés, presque toutes endémiques, comme les Tropheus des "
     "éboulis rocheux ou les petits Neolamprologus qui pondent dans des coquilles vides "
     "d'escargots. Sur la côte burundaise, entre Bujumbura, Rumonge et Nyanza-Lac, ces poissons "
     "souffrent de la boue qui descend des collines déboisées, des filets traînés près des rives "
     "et des captures pour l'exportation vers les aquariophiles. Ce projet, mené par l'office de "
     "protection de l'environnement avec l'université et les associations de pêcheurs, délimite "
     "des zones de frai protégées devant les côtes rocheuses, fixe des quotas et des tailles aux "
     "exportateurs de poissons d'ornement, plante des haies et des bandes enherbées sur les "
     "pentes, et forme des plongeurs locaux au suivi des cichlidés. Le ndagala, petit poisson "
     "pélagique séché sur les plages, relève d'un autre programme.",
     ("cichlidés", "poissons d'ornement", "lac Tanganyika", "espèces endémiques",
      "érosion des sols"),
     ("BI",), "2024-01"),
    ("do24", "case-study", "es",
     "Las mojarras de la laguna de Apoyo: cíclidos endémicos y las jaulas de tilapia que casi los "
     "acaban",
     "La laguna de Apoyo, un lago de cráter entre Masaya y Granada, y la cercana laguna de Xiloá, "
     "junto a Managua, son célebres entre los biólogos porque en ellas evolucionaron en pocos "
     "miles de años varias especies de mojarras (Amphilophus), cíclidos que no existen en ningún "
     "otro lugar, como la mojarra flecha de Apoyo. Este estudio de caso repasa lo que pasó cuando "
     "a mediados de los años noventa se instalaron en Apoyo jaulas de cultivo de tilapia: el "
     "alimento y las heces enturbiaron el agua, desaparecieron las praderas de carófitas donde se "
     "criaban las mojarras y tilapias escapadas se establecieron en la laguna. Las jaulas se "
     "retiraron, pero las praderas tardan en volver. El estudio resume los censos de mojarras y "
     "guapotes hechos por buzos voluntarios y la reglamentación de la reserva natural, y saca "
     "lecciones para las lagunas de Asososca y Tiscapa. La pesca deportiva del guapote se "
     "menciona como actividad que hay que regular.",
     ("cíclidos", "mojarras", "Amphilophus", "especies endémicas", "lagunas cratéricas"),
     ("NI",), "2023-05"),
    # --- mountain biking ----------------------------------------------------------------------
    ("do25", "case-study", "en",
     "Mountain biking in Whakarewarewa Forest, Rotorua: trails, iwi landowners and a working "
     "forest",
     "Whakarewarewa Forest, on the edge of Rotorua, is a plantation of radiata pine and "
     "Californian redwoods with pockets of native bush that has become one of the best-known "
     "mountain biking destinations in the world, with more than 200 kilometres of singletrack and "
     "several hundred thousand rides a year. The land belongs to Te Arawa iwi landowners, the "
     "trees to a forestry company, and the trails cross harvest blocks. This case study reviews "
     "how a trails trust, the landowners, the district council and the forest manager agreed on "
     "trail building standards, drainage that keeps sediment out of streams, closures and detours "
     "during logging, a trail levy, and rules for e-bikes. It looks at what the riders brought to "
     "the town's economy and at the pressures on the native remnants, where pest trappers and "
     "riders work together on possum and rat control. Walkers and horse riders share some of the "
     "tracks; motorbikes are excluded.",
     ("mountain biking", "outdoor recreation", "trails", "plantation forests", "tourism"),
     ("NZ",), "2024-05"),
    ("do26", "document", "fr",
     "Pratiquer le VTT dans les espaces naturels du Vercors : guide pour les clubs, loueurs et "
     "moniteurs",
     "Le vélo tout-terrain, ou VTT, et le VTT à assistance électrique se sont multipliés sur les "
     "sentiers du parc naturel régional du Vercors et autour de la réserve naturelle des "
     "Hauts-Plateaux, avec la descente, l'enduro et les traces partagées sur les applications. Ce "
     "guide, préparé par le parc, la fédération de cyclisme et les bureaux des moniteurs, "
     "rappelle que le VTT n'est admis dans la réserve que sur les pistes autorisées, décrit les "
     "zones de quiétude où nichent le tétras-lyre et l'aigle royal et les périodes où les chamois "
     "sont vulnérables, et explique comment éviter l'érosion : rester sur le tracé, ne pas couper "
     "les lacets, ne pas bloquer la roue en descente. Il propose une charte aux loueurs de vélos "
     "et aux organisateurs d'épreuves, et donne les règles de passage près des troupeaux gardés "
     "par des chiens de protection. Au Québec, on dit vélo de montagne : le sigle VTT y désigne "
     "les véhicules tout-terrain motorisés.",
     ("VTT", "vélo tout-terrain", "sports de nature", "zones de quiétude", "Vercors"),
     ("FR",), "2023-06"),
    ("do27", "need", "es",
     "Necesidad: ordenar la bicicleta de montaña en el Parque Nacional de la Sierra de Guadarrama",
     "Cada fin de semana miles de ciclistas suben desde Madrid y Segovia a la Sierra de "
     "Guadarrama, y la BTT, como se llama en España a la bicicleta todo terreno o de montaña, se "
     "ha convertido en uno de los usos más intensos del parque nacional. La mayoría recorre "
     "pistas forestales autorizadas, pero se han abierto decenas de senderos no autorizados para "
     "el descenso en los pinares de Valsaín y de la Fuenfría, que erosionan las laderas, abren "
     "cárcavas y cruzan zonas de cría del buitre negro. El parque, con los ayuntamientos y las "
     "federaciones de ciclismo de Madrid y de Castilla y León, solicita apoyo para instalar "
     "contadores y hacer encuestas de uso, cartografiar y cerrar los senderos ilegales, restaurar "
     "los más dañados con voluntarios de los clubes, diseñar una red señalizada de rutas de BTT "
     "fuera de las zonas sensibles y formar a guías y tiendas de alquiler. Pide además normas "
     "para las bicicletas eléctricas y las competiciones.",
     ("bicicleta de montaña", "BTT", "uso público", "erosión", "parques nacionales"),
     ("ES",), "2024-09"),
    # --- crows --------------------------------------------------------------------------------
    ("do28", "project", "en",
     "Bringing back the ʻalalā: preparing new releases of the Hawaiian crow in the forests of "
     "Maui",
     "The ʻalalā, or Hawaiian crow (Corvus hawaiiensis), has been extinct in the wild since 2002; "
     "every bird alive today descends from a few survivors taken into captivity and bred at two "
     "conservation centres on Hawaiʻi Island and Maui. Between 2016 and 2019 about thirty young "
     "crows were released into the rain forest of the Puʻu Makaʻala reserve, but most were killed "
     "by the native Hawaiian hawk, the ʻio, or died of disease, and the releases were stopped. "
     "This project of the state wildlife agency, a zoo and the federal wildlife service prepares "
     "new releases in a fenced forest of east Maui, where there are no hawks: training with model "
     "hawks, fencing out pigs and goats, trapping rats, mongooses and feral cats, which spread "
     "toxoplasmosis, and planting the native fruiting shrubs that the crows eat and disperse. "
     "Cultural practitioners take part, since the ʻalalā is an ʻaumakua, a family guardian, for "
     "some Hawaiian families.",
     ("crows", "Hawaiian crow", "Corvus hawaiiensis", "reintroduction", "captive breeding"),
     ("US",), "2024-08"),
    ("do29", "dataset", "fr",
     "Corneilles, corbeaux freux et choucas en Bretagne : colonies, dégâts aux semis et "
     "destructions, 2010-2024",
     "En Bretagne, les corvidés font débat : les agriculteurs se plaignent des corbeaux freux et "
     "des corneilles noires qui arrachent les semis de maïs et percent les bâches d'ensilage, "
     "tandis que le choucas des tours, qui niche dans les cheminées des maisons du Finistère, a "
     "vu ses effectifs exploser. Ce jeu de données, réuni par la direction régionale de "
     "l'environnement, un groupe ornithologique et la chambre d'agriculture, rassemble les "
     "comptages des corbeautières, colonies de freux installées dans les platanes des villes et "
     "des bourgs comme Rennes et Quimper, les dortoirs d'hiver de corneilles et de choucas, les "
     "déclarations de dégâts et leur coût, et les prélèvements par tir et piégeage autorisés au "
     "titre des espèces susceptibles d'occasionner des dégâts (ESOD). Il inclut une étude des "
     "régimes alimentaires par contenus d'estomacs. Les pies bavardes et les geais des chênes "
     "sont notés sans être ciblés.",
     ("corvidés", "corneille noire", "corbeau freux", "choucas des tours", "dégâts agricoles"),
     ("FR",), "2024-11"),
    ("do30", "need", "es",
     "Necesidad: frenar el declive del cuervo canario en Tenerife y Gran Canaria",
     "El cuervo de Canarias (Corvus corax canariensis), la forma insular del cuervo grande, fue "
     "común en los riscos, barrancos y campos de cultivo de todas las islas. Hoy está catalogado "
     "en peligro de extinción en Tenerife y Gran Canaria, donde quedan pocas decenas de parejas, "
     "mientras resiste mejor en Lanzarote, Fuerteventura y La Palma. Las causas: los cebos "
     "envenenados, los choques y electrocuciones en los tendidos eléctricos, la persecución de "
     "quienes lo culpan de comer fruta y huevos, y el abandono de la agricultura y del pastoreo "
     "de cabras que le daban alimento. El Cabildo de Tenerife, con una sociedad ornitológica, "
     "solicita apoyo para censar los territorios de cría, marcar cuervos con GPS, corregir los "
     "apoyos eléctricos peligrosos, analizar los cadáveres en busca de venenos y hacer campañas "
     "en las escuelas rurales. Pide además estudiar el intercambio de aves entre islas. La chova "
     "piquirroja de La Palma, otro córvido, se estudia aparte.",
     ("cuervos", "cuervo canario", "Corvus corax canariensis", "envenenamiento de fauna",
      "Canarias"),
     ("ES",), "2024-10"),
)  # fmt: skip
