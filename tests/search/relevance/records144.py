"""Clearing-house records of the hundred-and-forty-fourth judged relevance set
(tests/search/relevance/queries144.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: banana disease pages on banana
bunchy top (a project of clean suckers, tissue-culture plantlets and community roguing against
banana bunchy top disease, BBTD, in Nkhata Bay and Thyolo, Malawi; a need for a PCR laboratory,
clean plants and roguing brigades against the bunchy top du bananier, the maladie du sommet touffu,
in the plantain fields of southern Benin; a guide, a document, to the surveillance of the virus del
cogollo racimoso del banano, BBTV, a quarantine pest absent from Ecuador); grapevine disease pages
on flavescence dorée (a dataset of the surveys, PCR results and Scaphoideus titanus trap counts of
the vineyards of Slovenia; a prospection collective, an event, through the vines of the Mâconnais,
Burgundy, France; a case study of the flavescencia dorada and of the compulsory control of its
leafhopper in the Alt Empordà, Catalonia, Spain); crop pages on roselle, Hibiscus sabdariffa (a case
study of the karkadeh of Kordofan, Sudan, its organic certification and its exports; an offer, a
support source, of solar dryers and training for the women who process the bissap, the oseille de
Guinée, of Kaolack, Senegal; a dataset of the flor de jamaica of Guerrero and Oaxaca, Mexico, and of
its imports); livestock breed pages on Creole pigs (a project of community breeding centres that
brings the kochon kreyòl back to the peasant families of Haiti's Central Plateau; a dataset of the
experimental herd of porcs créoles of Guadeloupe; a need to conserve the cerdos criollos Zungo,
Casco de mula and San Pedreño of Colombia); soil fertility pages on bokashi (a field day, an event,
on making this fermented compost for the vegetable growers of Kiambu, Kenya; a project that spreads
the compost bokashi in the rice fields and vegetable plots of Itasy, Madagascar; a guide, a
document, to the abono orgánico fermentado tipo bokashi of the western highlands of Guatemala);
fishing gear pages on octopus pots (a dataset of the octopus shelter pot and trigger trap fishery of
Western Australia; a need for clay gargoulettes instead of plastic pots à poulpe at Kerkennah,
Tunisia; a case study of the pesca del pulpo con alcatruces of the coast of Huelva, Spain); forest
product pages on bush mango, Irvingia (an offer, a support source, of grafted bush mango seedlings
for the ogbono growers of Cross River State, Nigeria; a case study of the odika, the chocolat
indigène made from the kernels of the mangue sauvage, andok in Fang, in the villages of the
Ogooué-Ivindo, Gabon; a need for dryers and shellers for the women who process the andok, the mango
silvestre, of Río Muni, Equatorial Guinea); livestock feeding pages on hydroponic green fodder (a
project of solar-powered hydroponic fodder units for the pastoralist households of Togdheer and
Sahil, Somaliland; a guide, a document, to the fourrage vert hydroponique, orge germée, for the
small ruminants of Mauritania; a case study of the forraje verde hidropónico, FVH, against the
frosts of the high communities of Puno, Peru); meat hygiene pages on mobile abattoirs (a need for a
mobile abattoir for the crofters of the Western Isles, Scotland, United Kingdom; a project of an
abattoir mobile and a caisson d'abattage à la ferme for the livestock farmers of Ardèche and Drôme,
France; a dataset of the faenas of the matadero móvil of Chiloé, Chile); and irrigation pages on
laser land levelling (an offer, a support source, of laser land levellers for hire from the custom
hiring centres of Karnal and Kurukshetra, Haryana, India; a project of planage laser of the rice
plots of the Senegal River valley, Senegal; a día de campo, an event, on the nivelación de suelos
con láser in the rice fields of the Bajo Yuna, Dominican Republic). English, French and Spanish, 10
records each, every topic written once in each language (different countries, projects and angles,
not translations of one text).

None of records.py, records3.py, ..., records141.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (banana bunchy top, bunchy top, BBTV, BBTD, sommet touffu,
cogollo racimoso, cogollo arrepollado, Pentalonia, banana aphid, puceron du bananier, áfido, banana,
bananier, banane, plantain, plátano, banano, Fusarium, TR4, R4T, Panama disease, Xanthomonas,
cercosporiose, macropropagation, PIF; flavescence dorée, flavescencia dorada, flavescência,
Scaphoideus, leafhopper, cicadelle, cicadela, phytoplasma, phytoplasme, fitoplasma, grapevine
yellows, jaunisse, bois noir, grapevine, vineyard, vigne, vignoble, vid, viñedo; roselle, hibiscus,
sabdariffa, karkadeh, karkadé, carcadé, bissap, oseille de Guinée, flor de jamaica, rosa de Jamaica,
jamaica, sorrel, zobo, folérè; Creole pig, creole, créole, cochon créole, porc créole, kochon, cerdo
criollo, cerdo pelón, cuino, Zungo, native pig, local breeds, races locales, razas criollas, razas
locales, pig, porc, cochon, cerdo, swine; bokashi, fermented compost, compost fermenté, abono
fermentado, abonos orgánicos fermentados, effective microorganisms, micro-organismes efficaces,
microorganismos de montaña, microorganismos eficientes, compost, compostage, abono orgánico,
lombricompost, vermicompost; octopus pot, octopus trap, shelter pot, trigger trap, pots à poulpe,
gargoulette, alcatruz, alcatruces, nasa pulpera, cántaro, takotsubo, octopus, poulpe, pulpo; bush
mango, African mango, Irvingia, ogbono, dika, odika, andok, mangue sauvage, mango silvestre, mango,
mangue; hydroponic, hydroponie, hydroponique, hidropónico, FVH, forraje verde, fourrage vert,
sprouted, orge germée, germinada, fodder, fourrage, forraje; mobile abattoir, mobile slaughter,
abattoir mobile, abattoirs mobiles, abattage à la ferme, caisson, matadero móvil, faena, slaughter,
slaughterhouse, abattoir, abattage, matadero, rastro; laser, land levelling, land leveling,
levelling, planage, nivellement, nivelación, láser). Screened and dropped as covered: the liming of
acid soils (dropped by records132: the amendements calcaires of cr08 and the shells ground for
liming of er22 and er24), zero energy cool chambers (the zeer pots and evaporative cooling chambers
of er13), calcium carbide ripening (bo24-bo27), seed potatoes and their minitubers (fa27-fa30), hair
sheep (the Red Maasai sheep of m01), palm wine (bq09-bq11), pine nuts (bo04-bo06), tuna traps,
almadrabas and madragues (dk12, em05, em06), fish smoking kilns (bx10, bx11), soil testing (asked
for by v34, screened by set 128), chainsaw milling (too near the illegal logging pages m16-m18, as
set 128 found), cage fish farming (screened by set 136) and bush encroachment (dropped by
records120), besides the topics of sets 42 to 141 and those their docstrings list as covered;
screened with no or passing hits but not chosen: aquaponics, keyhole gardens, milkfish, Ankole
cattle and the rice yellow mottle virus (no hit), wheat blast, N'Dama cattle, lac and babassu (named
only by the screening lists of records120 to records140), birch sap and Irvingia's neighbours the
Maya nut and ojoche (no hit), and fish auctions (the lonjas and criées named in passing by several
pages).

No earlier record is judged relevant: every hit is passing or about another thing, judged 0. No
earlier record names banana bunchy top: the genetically modified bananas against Panama disease and
bacterial wilt (bg13-bg15), the chlorothalonil of the banana plantations of Côte d'Ivoire against
black Sigatoka (bk29), the bananas ripened with carbide (bo26, bo27), the paraquat and DBCP of
banana plantations (p09, ef05, ef06) and the plantains of other pages are other diseases or other
things. No earlier record names flavescence dorée: the wild grapevines (eq01-eq03), the transgenic
rootstocks against Pierce's disease (db22), the phytoplasma of the lavender dieback (da11), the
Napier stunt phytoplasma (fm10), the lethal yellowing of coconut palms (co12), and the dicamba
drift, frost, hail, posts and wine labels of vineyard pages (dl02, dl03, bu26, bw27, bj30, eh24) are
other things. No earlier record is about roselle: the jus de bissap sold by the street food vendors
of Abidjan (fq23) is a passing mention, and the gum arabic of Kordofan (bf04), the okra of er13 and
ck01, the solar dryers of the mango dryers of Burkina Faso (ef14) and the Jamaica of many pages are
other things. No earlier record names a Creole pig: the pannage and montanera pages (fa19-fa21), the
PRRS-resistant pigs (el22-el24), African swine fever (bn13-bn15), the Enviropig (cl05), the guide to
the local breeds of cattle, sheep, goats and poultry (m02), the criollo cattle of Bolivia (m03), the
patos criollos and guajolotes criollos (fq06, ek27, fi09, fm09) and the pig farm odours of Freirina
(cl15) are other animals or other things. No earlier record names bokashi: the household waste
composting of Madagascar (n22), the biochar and compost of the Senegalese millet fields (y05), the
composting of livestock mortalities (en07), the lombricompost of the coffee pulp guide (bm27), the
azolla of the rice fields of Madagascar (fe20), the system of rice intensification of Itasy (fa08)
and the abono orgánico of the microdosing field day (fq18) are other things. No earlier record is
about octopus pots: the octopus closures of Mauritania (bt17), the veda del pulpo named by the red
grouper project of Yucatán (ci09), the reef gleaning of by10, the escape vents of lobster and crab
traps (fq19-fq21), the ghost gear pages (v19-v21), the fish weirs (ce19-ce21) and the sponge fishers
of the Gulf of Gabès and Kerkennah (cq17) are other gears or other things. No earlier record names
bush mango: the rattan of Cameroon and of Río Muni (bx29, bx30), the Prunus africana bark of Bioko
(bc06), the ebony of Río Muni (ci24), the Fang food taboos (du30), the galagos of Makokou (fp08) and
the carbide mangoes (bo25) are other things. No earlier record names hydroponic fodder: the azolla
grown as fodder in Kerala (fe19), the Napier grass pages (fm10-fm12), the saltbush pages
(fa22-fa24), the moringa fodder of bb09, the urea-molasses blocks (fe01) and the hydroponic panels
of the green walls of ea25 and the tobacco-like plants grown en hydroponie for the plant-made
vaccine of cl08 are other feeds or other things. No earlier record names a mobile abattoir: the
slaughterhouse waste pages (bi07-bi09), the faena and hydatid disease of Río Negro (fg18), the
abattages clandestins of the ear tag need fe05, the donkey slaughter of bz29, the fallen stock pages
(en07, en08) and the beta-agonist residues of fm20 are other things. No earlier record names laser
land levelling: the system of rice intensification (fa07-fa09), the stubble burning of Punjab and
Haryana (bm22), the rice straw of the Senegal River valley (bm23), the salt lands of the Senegal
delta (j14), the nitrate of Punjab's wells (k04), the parboiled rice pages (ew25-ew27) and the laser
pointers (ey04-ey06) are other things.

records124.py to records141.py (ids fa01..fa30, ..., fr01..fr30), the most recent earlier files,
were searched like the others: their only hits on this set's words are the seed potatoes of
fa27-fa30, the pannage and montanera of fa19-fa21, the SRI of fa07-fa09, the saltbush of fa22-fa24,
the urea-molasses blocks of fe01, the azolla of fe19 and fe20, the ear tags of fe04 and fe05, the
Napier grass of fm10-fm12, the guajolotes of fm09, the beta-agonists of fm20, the bissap of fq23,
the abono orgánico of fq18, the pato criollo of fq06, the escape vents of fq19-fq21, the selenium
forrajes of fo07 and fo09, and the poulpes of the marine weather need fr14. None of their records
answers a query of this set.

records142.py and records143.py (ids fs01..fs30 and ft01..ft30), written at the same time by two
other engineers, were searched for the same words once they were finished (with their queries142.tsv
and queries143.tsv, each with its 60 queries), after this set's records and queries were written,
while the queries were being judged. The topics of records142.py are winery wastewater, the
occupational cancers of firefighters, Q fever, sodium nitrite poisoning, metam sodium, river
hydrokinetic turbines, used contact lenses, counterfeit phone chargers, vehicle-to-grid charging and
camping gas cartridges; those of records143.py are lungfishes, night monkeys, freshwater stingrays,
manakins, tuco-tucos, Mediterranean firs, burrowing owls, stoats, wild daffodils and edible land
snails. None of their records names banana bunchy top, flavescence dorée, roselle, a Creole pig,
bokashi, an octopus pot, bush mango, hydroponic fodder, a mobile abattoir or laser land levelling,
and none is judged relevant. The nearest are 0: the grape juice, lees and vineyards irrigated with
the winery wastewater of the Western Cape, the Hérault and Mendoza (fs01-fs03) are no grapevine
disease; the dairy goats and sheep of the Q fever pages (fs07-fs09) are no slaughter; the sal de
cura and nitrite sold for curing meat and embutidos (fs10-fs12) are no meat hygiene at slaughter and
no pig breed; the metam sodium of the strawberry, mâche and carrot fields (fs13-fs15) is no
fermented compost; the banana plots that replaced the forest of the Araripe manakin (ft10) are no
banana disease; the rice field canals of the lungfish of Ñeembucú (ft03) are no levelled rice
fields; the flocks that browse the young Numidian firs of the Babors (ft17) are no fodder; and the
wild snails gathered in Lithuania, Burgundy and Andalucía (ft28-ft30) are no octopus and no fishing
gear. None of their queries is repeated in queries144.tsv. records145.py (ids fv01..fv30), written
at the same time by another engineer on water, oceans and coasts, climate adaptation, cities,
disasters and capacity building topics, is not part of this set's pool.

Traps: the Fusarium wilt and the banana weevil of fu01 (0 to Panama disease); the cercosporiose
noire, the charançon and the plants issus de fragments de tiges of fu02; the Fusarium raza 4
tropical of fu03 (0 to Panama disease and to Colombia and Peru); the bois noir, the hot water
treatment and the wild and abandoned vines of fu04 (0 to wild grapevines); the bois noir, the
carences and the esca of fu05; the filoxera, the enfermedades de la madera and the foci of Portugal
and France of fu06; the sorghum, millet, gum arabic, sorrel and zobo of fu07 (0 to gum arabic); the
séchoirs solaires, the karité and the fonio of fu08 (0 to solar dryers, shea and fonio); the imports
from Nigeria and China, the agua de jamaica and the island of Jamaica of fu09; the African swine
fever, the classical swine fever and the kochon planch of fu10 (0 to African swine fever); the Large
White and Landrace, the patate douce, manioc and banane and the cochons marrons of fu11; the yuca,
plátano and suero, the peste porcina clásica and the criollo cattle Romosinuano and Blanco
Orejinegro of fu12 (0 to criollo cattle); the fertiliser, the vermicompost and the manure teas of
fu13 (0 to vermicompost); the riz, the bois de tapia and the urban compost of Antananarivo of fu14
(0 to urban composting and to the SRI); the gallinaza, the pulpa de café, the lombricompost and the
caldos minerales of fu15; the rock lobsters, crabs and whale entanglements of fu16 (0 to rock
lobsters and to whale entanglement); the lost plastic pots, the charfia and the repos biologique of
fu17 (0 to ghost gear and to octopus closures); the nasas pulperas, the lonja, the veda and Galicia
of fu18 (0 to octopus closures); the logging, the cocoa, the eru and the bitter kola of fu19 (0 to
kola nuts); the elephants, the concessions forestières, the mangues cultivées, the champignons and
the gibier of fu20 (0 to bushmeat); the aflatoxinas, the cacao, the caza and the ratán of fu21 (0 to
aflatoxins and rattan); the drought, the camels, the water points and the hay of fu22; the blé, the
tourteaux, the pesticides and the blocs multinutritionnels of fu23 (0 to urea-molasses blocks); the
alpacas, the queso, the avena ensilada and the qochas of fu24 (0 to alpacas and to silage); the
ferry, the animal by-products and the fallen stock of fu25 (0 to fallen stock); the bien-être
animal, the circuits courts and the équarrissage of fu26 (0 to fallen stock); the hidatidosis, the
fasciolosis and the faena clandestina of fu27 (0 to hydatid disease); the zero-till drills, Happy
Seeders and rice straw burning of fu28 (0 to stubble burning); the terres salées and the paille de
riz of fu29 (0 to salt lands and rice straw); and the arroz rojo, the siembra directa and the
trasplante mecanizado of fu30 (0 to direct seeding). For the country and exclusion queries: fu01
names only Malawi; fu02 only Benin; fu03 Ecuador (Africa, Asia, Oceania and America as the range of
the virus, Colombia and Peru as the places reached by Fusarium TR4); fu04 only Slovenia; fu05 only
France; fu06 Spain (Portugal and France as the places of later foci); fu07 Sudan (Europe as the
buyers, the Caribbean and Nigeria only for the names sorrel and zobo); fu08 only Senegal; fu09
Mexico (Nigeria and China as the origins of imports, Central America and the island of Jamaica only
for the names); fu10 only Haiti; fu11 Guadeloupe (the Antilles françaises); fu12 only Colombia; fu13
Kenya (Japan only for the word); fu14 Madagascar (Japan as the origin of bokashi); fu15 Guatemala
(Japan and Costa Rica as the origins of bokashi); fu16 only Australia; fu17 only Tunisia; fu18 only
Spain; fu19 only Nigeria; fu20 only Gabon; fu21 only Equatorial Guinea (its neighbours unnamed);
fu22 Somaliland, Somalia's code SO; fu23 only Mauritania; fu24 only Peru; fu25 the United Kingdom
(Scotland's Western Isles); fu26 only France; fu27 only Chile; fu28 only India; fu29 only Senegal;
fu30 only the Dominican Republic.

Ids (fu01..fu30) collide with none of the earlier records files' (a1..h5, n01..n47, ..., fq01..fq30,
fr01..fr30), nor with those of records142.py (fs01..fs30), records143.py (ft01..ft30) and
records145.py (fv01..fv30), written at the same time, and no earlier id starts with "fu".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- banana bunchy top -----------------------------------------------------------------------
    ("fu01", "project", "en",
     "Project: clean suckers and community roguing against banana bunchy top in Nkhata Bay and "
     "Thyolo",
     "Banana bunchy top disease (BBTD), caused by banana bunchy top virus and spread by the "
     "banana aphid (Pentalonia nigronervosa) and by infected suckers, reached Malawi in the 1990s "
     "and wiped out most of the banana gardens of the lakeshore and the southern highlands. "
     "Growers now know its signs: dark green dashes along the leaf stalks and midribs, and "
     "narrow, stiff leaves bunched upright at the top of a plant that never bears a bunch. This "
     "project of the national agricultural research service, a plant clinic network and district "
     "farmer associations supplies tissue-culture plantlets hardened in village nurseries, sets "
     "up 40 clean banana villages where every infected mat is uprooted and destroyed, trains "
     "community scouts to report new cases by phone, and stops the movement of suckers out of "
     "affected areas. Yields and sales of the restored gardens are recorded for four years. "
     "Fusarium wilt and the banana weevil are named only as risks to watch.",
     ("banana bunchy top", "BBTV", "clean planting material", "plant health", "projects"),
     ("MW",), "2024-06"),
    ("fu02", "need", "fr",
     "Besoin : freiner le bunchy top du bananier plantain dans le sud du Bénin",
     "Le bunchy top du bananier, ou maladie du sommet touffu, est dû au virus BBTV que transmet "
     "le puceron noir du bananier et que propagent surtout les rejets prélevés sur des pieds "
     "malades. Signalé au Bénin au début des années 2010, il a gagné les plantations de banane "
     "plantain de l'Ouémé, du Plateau et de l'Atlantique : les feuilles se rétrécissent, se "
     "dressent en bouquet au sommet du pseudo-tronc et le pied ne porte plus de régime. Le "
     "service de protection des végétaux, avec l'institut national des recherches agricoles et "
     "les coopératives de producteurs, demande un appui pour équiper un laboratoire de diagnostic "
     "par PCR, produire des plants sains par culture in vitro et par la technique des plants "
     "issus de fragments de tiges (PIF), former des brigades d'arrachage des pieds malades et "
     "informer les marchés où se vendent les rejets. La cercosporiose noire et le charançon du "
     "bananier ne sont cités qu'en passant.",
     ("bunchy top du bananier", "banane plantain", "matériel végétal sain",
      "protection des végétaux", "besoins"),
     ("BJ",), "2024-03"),
    ("fu03", "document", "es",
     "Guía de vigilancia del virus del cogollo racimoso del banano (BBTV), plaga cuarentenaria "
     "ausente del Ecuador",
     "El virus del cogollo racimoso del banano (banana bunchy top virus, BBTV), llamado también "
     "cogollo arrepollado, destruye bananos y plátanos en África, Asia y Oceanía, pero no se ha "
     "detectado en América. Esta guía de la agencia de regulación fitosanitaria del Ecuador, "
     "escrita para técnicos de campo, productores bananeros y viveristas, describe los síntomas "
     "que deben reportarse (rayas verde oscuro en forma de guiones sobre los pecíolos y la "
     "nervadura central, hojas angostas, erectas y amontonadas en el cogollo, bordes "
     "amarillentos), el áfido vector Pentalonia nigronervosa, la toma y el envío de muestras al "
     "laboratorio oficial, el control del ingreso de vitroplantas y cormos importados y el plan "
     "de contingencia ante un primer foco. El Fusarium raza 4 tropical, que ya llegó a Colombia y "
     "al Perú, tiene su propia guía.",
     ("cogollo racimoso del banano", "plagas cuarentenarias", "vigilancia fitosanitaria", "banano",
      "guías"),
     ("EC",), "2025-01"),
    # --- flavescence dorée -----------------------------------------------------------------------
    ("fu04", "dataset", "en",
     "Flavescence dorée in Slovenian vineyards: symptom surveys, laboratory results and "
     "leafhopper catches, 2005-2024",
     "Flavescence dorée is a quarantine disease of the grapevine caused by a phytoplasma that the "
     "American grapevine leafhopper, Scaphoideus titanus, carries from vine to vine; infected "
     "vines turn yellow or red, their shoots fail to ripen into wood and their bunches shrivel, "
     "and whole vineyards can be lost within a few seasons. This dataset of the national plant "
     "protection organisation and the agricultural institute gathers twenty years of official "
     "surveys in the wine-growing regions of Podravje, Posavje and Primorska: vineyards and "
     "nurseries inspected, samples of symptomatic vines and their PCR results separating "
     "flavescence dorée from bois noir, demarcated zones, vines uprooted, and weekly counts of "
     "Scaphoideus titanus on yellow sticky traps that set the dates of the compulsory insecticide "
     "sprays. Hot water treatment of propagation material in nurseries is recorded from 2015. "
     "Wild and abandoned vines, where the vector survives, are mapped as a separate layer.",
     ("flavescence dorée", "grapevine yellows", "Scaphoideus titanus", "vineyards", "datasets"),
     ("SI",), "2025-02"),
    ("fu05", "event", "fr",
     "Prospection collective de la flavescence dorée dans les vignes du Mâconnais, septembre 2025",
     "Comme chaque fin d'été, le groupement de défense contre les organismes nuisibles et "
     "l'interprofession des vins de Bourgogne appellent viticulteurs, salariés viticoles et "
     "bénévoles à parcourir ensemble, rang par rang, les vignes des communes du Mâconnais à la "
     "recherche des ceps atteints de flavescence dorée. Cette maladie de la vigne, due à un "
     "phytoplasme transmis par la cicadelle Scaphoideus titanus, fait jaunir ou rougir les "
     "feuilles, qui s'enroulent, empêche les rameaux de s'aoûter et dessèche les grappes. Les "
     "équipes, formées le premier matin à reconnaître les symptômes et à les distinguer du bois "
     "noir et des carences, marquent les ceps suspects, dont les échantillons sont analysés par "
     "le laboratoire régional ; les ceps positifs devront être arrachés. La journée se termine "
     "par un point sur les traitements insecticides obligatoires et sur les vignes abandonnées, "
     "qui abritent la cicadelle. Les maladies du bois, comme l'esca, relèvent d'autres réunions.",
     ("flavescence dorée", "vigne", "prospection", "cicadelle de la flavescence", "événements"),
     ("FR",), "2025-07"),
    ("fu06", "case-study", "es",
     "Estudio de caso: la flavescencia dorada en el Alt Empordà y la lucha obligatoria contra su "
     "cicadela",
     "La flavescencia dorada de la vid, causada por un fitoplasma que transmite la cicadela "
     "Scaphoideus titanus, se detectó en 1996 en los viñedos del Alt Empordà, en Girona, primer "
     "foco de la península ibérica. Este estudio de caso del servicio de sanidad vegetal de "
     "Cataluña repasa casi treinta años de lucha obligatoria: prospecciones anuales de parcelas y "
     "viveros, arranque de las cepas con síntomas (hojas amarillas o rojizas que se enrollan, "
     "sarmientos que no lignifican, racimos que se secan), tratamientos insecticidas coordinados "
     "según las capturas de la cicadela, tratamiento con agua caliente del material de plantación "
     "y arranque de viñas abandonadas. Muestra cómo bajó la incidencia y cuánto costó a las "
     "cooperativas vitivinícolas, y la compara con los focos aparecidos después en el norte de "
     "Portugal y en Francia. La filoxera y las enfermedades de la madera solo se mencionan como "
     "historia.",
     ("flavescencia dorada", "vid", "fitoplasmas", "sanidad vegetal", "estudios de caso"),
     ("ES",), "2024-10"),
    # --- roselle ---------------------------------------------------------------------------------
    ("fu07", "case-study", "en",
     "Karkadeh from Kordofan: smallholder roselle, organic certification and exports from Sudan",
     "Roselle (Hibiscus sabdariffa), the hibiscus whose dark red calyces are dried for the hot "
     "and cold drink that Sudanese call karkadeh, is grown by smallholders on the sandy soils of "
     "North and South Kordofan and Darfur, mostly as a rain-fed crop sown with sorghum and millet "
     "and harvested by women who pluck and dry the calyces by hand. This case study follows a "
     "farmers' union that organised 3,000 growers for organic certification and direct sales to "
     "European tea blenders: internal inspections, drying on mats instead of bare ground, sorting "
     "and grading, moisture and microbial tests, and prices compared with those paid at the El "
     "Obeid crop market. It reports how much of the premium reached the growers, and how the war "
     "that began in 2023 cut the union off from Port Sudan. Other names of the plant, sorrel in "
     "the Caribbean and zobo in Nigeria, are given only in passing; gum arabic, traded on the "
     "same market, is not covered.",
     ("roselle", "karkadeh", "Hibiscus sabdariffa", "organic certification", "case studies"),
     ("SD",), "2024-08"),
    ("fu08", "support-source", "fr",
     "Offre : séchoirs solaires et formation pour les transformatrices de bissap de Kaolack",
     "Au Sénégal, le bissap, ou oseille de Guinée (Hibiscus sabdariffa), se cultive en bordure "
     "des champs d'arachide et de mil du bassin arachidier ; ses calices rouges séchés donnent la "
     "boisson nationale, des sirops et des confitures, et ses feuilles se mangent en sauce. Une "
     "ONG d'appui à l'agroalimentaire et un institut de technologie alimentaire proposent aux "
     "groupements de femmes de la région de Kaolack qui transforment le bissap un accompagnement "
     "d'un an : séchoirs solaires à claies pour remplacer le séchage au sol, formation aux bonnes "
     "pratiques d'hygiène, à la pasteurisation des jus et des sirops et à l'étiquetage, analyses "
     "de laboratoire, et mise en relation avec des acheteurs de Dakar et de la diaspora. Les "
     "variétés rouges, comme le Vimto, et le bissap blanc sont prises en charge. Le karité et le "
     "fonio, que transforment aussi certains de ces groupements, ne relèvent pas de cette offre.",
     ("bissap", "oseille de Guinée", "transformation agroalimentaire", "groupements de femmes",
      "offres"),
     ("SN",), "2024-11"),
    ("fu09", "dataset", "es",
     "Flor de jamaica en Guerrero y Oaxaca: superficie, rendimientos, precios e importaciones, "
     "2010-2024",
     "México consume mucha más flor de jamaica (Hibiscus sabdariffa) de la que produce: los "
     "cálices secos con los que se prepara el agua de jamaica se importan en gran parte de "
     "Nigeria y de China, mientras la producción nacional se concentra en la Costa Chica y la "
     "Montaña de Guerrero, la costa de Oaxaca, Michoacán y Nayarit, en parcelas de temporal de "
     "pequeños productores. Este conjunto de datos, elaborado por un centro de investigación "
     "agrícola con las estadísticas agropecuarias oficiales, reúne por municipio y año la "
     "superficie sembrada y cosechada, el rendimiento de cáliz seco, los precios pagados al "
     "productor, las variedades sembradas (Criolla, Negra Quiviquinta, Alma Blanca, Cotzaltzin) y "
     "los daños por la pudrición de la raíz y del tallo, así como los volúmenes y el origen de "
     "las importaciones. La planta, llamada rosa de Jamaica en Centroamérica, solo comparte el "
     "nombre con la isla.",
     ("flor de jamaica", "Hibiscus sabdariffa", "pequeños productores", "estadísticas agrícolas",
      "conjuntos de datos"),
     ("MX",), "2025-03"),
    # --- Creole pigs -----------------------------------------------------------------------------
    ("fu10", "project", "en",
     "Bringing back the Creole pig: community breeding centres for peasant families of Haiti's "
     "Central Plateau",
     "Until the early 1980s almost every peasant family in Haiti kept a few black Creole pigs, "
     "the kochon kreyòl, hardy animals that lived on kitchen scraps, fallen fruit and crop waste "
     "and were sold to pay school fees. When African swine fever reached the island, a "
     "donor-backed campaign slaughtered the whole national herd, and the pink 'kochon planch' "
     "sent to replace them needed feed, water and housing that few families could afford. This "
     "project of a peasant movement of the Central Plateau, with a veterinary faculty, runs six "
     "community breeding centres stocked with Creole-type pigs, lends piglets to women's groups "
     "who repay them with piglets from the first litter, trains village animal health agents in "
     "vaccination, deworming and castration, and records growth, litter sizes and deaths. It also "
     "builds simple pens to keep pigs out of gardens. Classical swine fever surveillance is "
     "carried out by the ministry and is not part of the project.",
     ("Creole pigs", "local breeds", "smallholder pig keeping", "animal genetic resources",
      "projects"),
     ("HT",), "2024-04"),
    ("fu11", "dataset", "fr",
     "Porc créole de Guadeloupe : croissance, reproduction, qualité de la viande et parasites du "
     "troupeau expérimental, 1990-2024",
     "Le porc créole, race locale des Antilles françaises issue des porcs ibériques et africains "
     "arrivés pendant la colonisation, est petit, noir, rustique et gras ; il supporte la "
     "chaleur, les aliments fibreux et les parasites mieux que les races importées Large White et "
     "Landrace. Ce jeu de données réunit les mesures faites sur le troupeau expérimental d'un "
     "centre de recherche agronomique de Guadeloupe : poids et croissance de la naissance à "
     "l'abattage, taille des portées, consommation de rations à base de patate douce, de manioc, "
     "de feuilles et de banane, épaisseur de lard, qualité de la viande, températures corporelles "
     "pendant les épisodes de chaleur et comptages d'œufs de strongles dans les fèces. Il compare "
     "porcs créoles, Large White et croisés, et accompagne le programme de sélection mené avec "
     "les éleveurs de l'île. Les cochons marrons des forêts et la peste porcine n'y figurent pas.",
     ("porc créole", "races locales", "ressources zoogénétiques", "élevage porcin",
      "jeux de données"),
     ("GP",), "2025-01"),
    ("fu12", "need", "es",
     "Necesidad: conservar los cerdos criollos Zungo, Casco de mula y San Pedreño de Colombia",
     "Colombia conserva tres razas de cerdo criollo que descienden de los cerdos ibéricos traídos "
     "en la Colonia: el Zungo, negro y casi sin pelo, de las sabanas de Córdoba y Sucre; el Casco "
     "de mula, de pezuña no hendida, de los Llanos Orientales; y el San Pedreño, de las laderas "
     "de Antioquia. Los crían familias campesinas en patios y rastrojos con yuca, plátano, suero "
     "y desperdicios, pero su número cae porque se cruzan con cerdos comerciales y porque las "
     "campañas contra la peste porcina clásica obligaron a encerrar a los animales. Una "
     "universidad pública y una asociación de criadores del Sinú solicitan apoyo para censar las "
     "piaras, caracterizarlas con marcadores genéticos, montar núcleos de cría en fincas "
     "campesinas con registros genealógicos y promover la carne de cerdo criollo en los mercados "
     "locales. Las razas criollas bovinas, como el Romosinuano y el Blanco Orejinegro, tienen su "
     "propio programa.",
     ("cerdo criollo", "razas criollas", "recursos zoogenéticos", "porcicultura campesina",
      "necesidades"),
     ("CO",), "2024-09"),
    # --- bokashi ---------------------------------------------------------------------------------
    ("fu13", "event", "en",
     "Bokashi field day: making fermented compost for vegetable farmers in Kiambu",
     "Bokashi, a Japanese word for fermented organic matter, is a compost made in about two weeks "
     "by mixing animal manure, crop residues, rice or maize bran, charcoal dust, soil, molasses "
     "and a starter of yeast or indigenous microorganisms, then turning the heap every day while "
     "it ferments and cools. Kenyan vegetable growers facing high prices of mineral fertiliser "
     "have taken it up for kale, spinach and tomatoes. This field day, organised by the county "
     "agriculture office, an organic agriculture network and a farmers' training centre near "
     "Kiambu, will show each step of a bokashi heap from mixing to curing, how to judge its "
     "temperature and moisture by hand, how much to apply at planting, and its cost compared with "
     "bought fertiliser. Farmers who have used bokashi for three seasons will show their plots. "
     "Vermicompost and liquid manure teas will be demonstrated at a later session.",
     ("bokashi", "fermented compost", "organic fertilisers", "vegetable farming", "events"),
     ("KE",), "2025-05"),
    ("fu14", "project", "fr",
     "Projet : du bokashi pour les rizières et les cultures maraîchères de l'Itasy",
     "Dans la région d'Itasy, sur les Hautes Terres de Madagascar, les sols ferrallitiques des "
     "tanety sont pauvres et les paysans achètent peu d'engrais. Ce projet d'une ONG "
     "agroécologique, de l'organisation paysanne régionale et du centre national de recherche "
     "agronomique diffuse le bokashi, un compost fermenté d'origine japonaise préparé en deux ou "
     "trois semaines avec du fumier de zébu, de la balle et du son de riz, du charbon de bois "
     "pilé, de la terre, de la mélasse de canne et des levures ou des micro-organismes récoltés "
     "sous les bois de tapia. Il forme 60 paysans relais qui animent des démonstrations dans "
     "leurs villages, installe des aires de fabrication couvertes et compare, dans des parcelles "
     "d'essai, les rendements du riz, du haricot et des légumes avec bokashi, avec fumier seul ou "
     "avec engrais. Les bois de tapia ne sont cités que comme source de micro-organismes ; le "
     "compostage des déchets urbains d'Antananarivo n'est pas concerné.",
     ("bokashi", "compost fermenté", "fertilité des sols", "agroécologie", "projets"),
     ("MG",), "2024-07"),
    ("fu15", "document", "es",
     "Guía para elaborar abono orgánico fermentado tipo bokashi en las parcelas del altiplano de "
     "Guatemala",
     "El bokashi, abono orgánico fermentado de origen japonés que se difundió en Centroamérica "
     "desde Costa Rica en los años noventa, se prepara en pocas semanas con gallinaza o "
     "estiércol, cascarilla de arroz o pulpa de café seca, carbón molido, tierra, salvado o "
     "afrecho, melaza, levadura y agua, volteando la pila una o dos veces al día mientras "
     "fermenta. Esta guía de una asociación de agricultores del altiplano occidental y una "
     "escuela de agricultura, escrita para los promotores agrícolas de San Marcos, Quetzaltenango "
     "y Totonicapán, explica cómo escoger el lugar, las cantidades de cada ingrediente para una "
     "tonelada, la prueba del puño para la humedad, el control de la temperatura, cuándo está "
     "listo y cuánto aplicar al maíz, al frijol, a la papa y a las hortalizas. Incluye la receta "
     "para reproducir microorganismos de montaña en la finca. El lombricompost y los caldos "
     "minerales se describen en otras guías de la serie.",
     ("bokashi", "abonos orgánicos fermentados", "microorganismos de montaña",
      "agricultura familiar", "guías"),
     ("GT",), "2024-02"),
    # --- octopus pots ----------------------------------------------------------------------------
    ("fu16", "dataset", "en",
     "Western Australia's octopus pot and trap fishery: catch and effort by gear type, 2001-2024",
     "Off the south-west coast of Western Australia a small commercial fleet fishes for octopus "
     "(Octopus djinda) with unbaited shelter pots, open-ended plastic pots that octopus take as "
     "dens, and with baited trigger traps whose door closes once an octopus is inside, a gear "
     "developed in the state that has let the fishery grow. Pots and traps are set in longlines "
     "on the sand and seagrass of Cockburn Sound, Geographe Bay and the south coast and hauled "
     "every few days. This dataset of the state fisheries department gathers the monthly catch "
     "and effort reported in logbooks by zone and gear type, the number of pots per line and soak "
     "times, the weights of octopus landed, the rare bycatch of fish, rock lobsters and crabs, "
     "and the whale entanglements in pot ropes. It underpins the harvest strategy and the pot "
     "limits of each licence. The western rock lobster pot fishery, managed separately, is not "
     "included.",
     ("octopus pots", "trigger traps", "fishing gear", "fisheries management", "datasets"),
     ("AU",), "2025-04"),
    ("fu17", "need", "fr",
     "Besoin : des gargoulettes d'argile à la place des pots en plastique pour la pêche au poulpe "
     "à Kerkennah",
     "Aux îles Kerkennah, au large de Sfax, le poulpe se pêche depuis des siècles avec des "
     "gargoulettes, des pots en terre cuite façonnés par les potiers de Guellala, à Djerba, que "
     "les pêcheurs posent en longues lignes sur les herbiers et que le poulpe choisit comme abri "
     "en hiver. Depuis vingt ans, des pots en plastique, moins chers, plus légers et posés sans "
     "contrôle, les remplacent par dizaines de milliers ; beaucoup sont perdus, et de jeunes "
     "poulpes sont pris hors saison. Une association de pêcheurs artisans et l'institut national "
     "des sciences et technologies de la mer demandent un appui pour fournir des gargoulettes aux "
     "pêcheurs, immatriculer et limiter les pots par barque, relever les lignes abandonnées et "
     "suivre les captures par plongée et carnets de pêche. La charfia, pêcherie fixe de palmes, "
     "et le repos biologique du poulpe ne sont évoqués qu'en passant.",
     ("pots à poulpe", "gargoulettes", "pêche artisanale", "engins de pêche", "besoins"),
     ("TN",), "2024-12"),
    ("fu18", "case-study", "es",
     "Estudio de caso: la pesca del pulpo con alcatruces en la costa de Huelva",
     "En la costa de Huelva, de Ayamonte a Mazagón, la flota artesanal pesca el pulpo de roca "
     "(Octopus vulgaris) con alcatruces, vasijas de barro o de plástico sin cebo que se calan en "
     "líneas, llamadas trenes, de cientos de piezas sobre los fondos arenosos y en las que el "
     "pulpo entra a refugiarse; se levantan cada pocos días con una maquinilla. Este estudio de "
     "caso de una universidad andaluza y las cofradías de Isla Cristina y Punta Umbría repasa el "
     "plan de gestión del pulpo del golfo de Cádiz: el censo de embarcaciones autorizadas, el "
     "límite de alcatruces por barco, el peso mínimo de un kilo, el marcado de los trenes y el "
     "paso de los alcatruces de barro a los de plástico y a las nasas pulperas con cebo. Compara "
     "las capturas por tipo de arte y los precios en la lonja. La veda de primavera y la pesca "
     "del pulpo en Galicia se citan solo como comparación.",
     ("alcatruces", "pulpo", "artes de pesca", "pesca artesanal", "estudios de caso"),
     ("ES",), "2024-05"),
    # --- bush mango ------------------------------------------------------------------------------
    ("fu19", "support-source", "en",
     "Offer: grafted bush mango seedlings and training for farmers in Cross River State",
     "Bush mango (Irvingia gabonensis and Irvingia wombolu), whose kernels are ground into ogbono "
     "to thicken soups across Nigeria, has long been gathered under wild trees in the forests of "
     "Cross River State, where the flat stones are split by hand and the kernels dried for "
     "traders from Calabar, Aba and Onitsha. Wild trees are being lost to farms and logging, and "
     "seedlings take ten years to bear. A network of community nurseries, with an agroforestry "
     "research centre and the state forestry commission, offers farmers grafted and marcotted "
     "bush mango seedlings that bear within four or five years, a two-day course on planting them "
     "on cocoa and food-crop farms, and the loan of kernel-cracking tools. Buyers of ogbono "
     "kernels are linked to farmer groups through the nurseries. Eru leaves and bitter kola, sold "
     "by the same women traders, are not part of the offer.",
     ("bush mango", "Irvingia", "ogbono", "agroforestry", "non-timber forest products", "offers"),
     ("NG",), "2024-10"),
    ("fu20", "case-study", "fr",
     "Étude de cas : l'odika, le « chocolat » de mangue sauvage des villages de l'Ogooué-Ivindo",
     "Au Gabon, les amandes de la mangue sauvage (Irvingia gabonensis), l'andok des Fang, sont "
     "grillées, pilées et moulées en pains noirs d'odika, que l'on appelle aussi chocolat "
     "indigène et qui parfume et épaissit les sauces. Les femmes des villages de l'Ogooué-Ivindo "
     "ramassent les fruits sous les arbres en saison des pluies, fendent les noyaux à la "
     "machette, sèchent les amandes et vendent l'odika à Makokou et à Libreville. Cette étude de "
     "cas d'une université gabonaise et d'une ONG de conservation suit pendant trois saisons 45 "
     "familles : quantités récoltées par arbre et par personne, temps de travail, prix, revenus, "
     "concurrence des éléphants qui mangent les fruits et accès aux arbres dans les concessions "
     "forestières. Elle montre que l'odika rapporte aux femmes plus que toute autre ressource "
     "forestière non ligneuse. Les mangues cultivées, les champignons et le gibier ne sont "
     "mentionnés qu'en passant.",
     ("mangue sauvage", "odika", "Irvingia gabonensis", "produits forestiers non ligneux",
      "études de cas"),
     ("GA",), "2024-06"),
    ("fu21", "need", "es",
     "Necesidad: secado y descascarado de la almendra de andok para las mujeres de Río Muni",
     "En la región continental de Guinea Ecuatorial, el andok (Irvingia gabonensis), llamado "
     "también mango silvestre o mango de monte, da unos frutos cuyas almendras se secan, se "
     "tuestan y se muelen para espesar la salsa de andok, uno de los platos de la cocina fang, o "
     "se venden en bloques en los mercados de Bata y de Mongomo y a comerciantes que las llevan a "
     "los países vecinos. La recolección y el descascarado a mano, con machete y piedra, recaen "
     "en las mujeres, que sufren cortes y pierden parte de las almendras por el moho cuando no se "
     "secan bien. Una asociación de mujeres rurales y el instituto forestal solicitan apoyo para "
     "instalar secaderos solares y descascaradoras en cinco poblados, capacitar en higiene y "
     "almacenamiento para evitar las aflatoxinas, inventariar los árboles de los bosques "
     "comunitarios y plantar andok en las fincas de cacao. La caza y el ratán no forman parte de "
     "la solicitud.",
     ("andok", "mango silvestre", "productos forestales no maderables", "mujeres rurales",
      "necesidades"),
     ("GQ",), "2025-02"),
    # --- hydroponic fodder -----------------------------------------------------------------------
    ("fu22", "project", "en",
     "Project: hydroponic fodder units for pastoralist households in Togdheer and Sahil, "
     "Somaliland",
     "In Somaliland, where repeated droughts have killed many of the goats, sheep and camels of "
     "pastoralist families, hydroponic fodder, barley or maize sprouted on trays without soil, "
     "gives green feed in the dry season from little water. In a shaded shed the seed is soaked, "
     "spread on stacked trays and sprinkled several times a day; after seven or eight days each "
     "kilo of seed has grown into a mat of shoots and roots weighing five to six kilos, fed whole "
     "to milking goats and camels and to young stock. This project of a humanitarian NGO with the "
     "livestock ministry sets up 50 solar-powered fodder units run by women's groups near "
     "permanent water points in Togdheer and Sahil, trains them in seed cleaning and mould "
     "control, and measures milk yields, kid survival and costs. It also follows the price of "
     "imported barley seed, the main expense. Cut-and-carry grasses and hay are treated only in "
     "passing.",
     ("hydroponic fodder", "sprouted barley", "pastoralists", "drought", "livestock feed",
      "projects"),
     ("SO",), "2024-03"),
    ("fu23", "document", "fr",
     "Guide : produire du fourrage vert hydroponique (orge germée) pour les petits ruminants en "
     "Mauritanie",
     "Pendant la soudure pastorale, de mars à juillet, les éleveurs de l'Assaba, du Brakna et du "
     "Gorgol manquent de fourrage vert et achètent cher le blé et les tourteaux. Ce guide du "
     "ministère chargé de l'élevage et d'un projet d'appui au pastoralisme présente une technique "
     "simple pour produire chaque jour du fourrage hydroponique : trempage de l'orge pendant 24 "
     "heures, semis dense sur des plateaux perforés posés sur des étagères dans un abri ombragé, "
     "arrosage manuel ou goutte-à-goutte quatre fois par jour, récolte au septième jour d'un "
     "tapis de pousses et de racines distribué aux brebis, aux chèvres et aux vaches laitières. "
     "Il donne les quantités de semences et d'eau, le coût d'une unité de 100 kg par jour, les "
     "erreurs à éviter (moisissures, eau trop chaude, semences traitées aux pesticides) et les "
     "rations conseillées. Les blocs multinutritionnels et les cultures fourragères irriguées "
     "font l'objet d'autres fiches.",
     ("fourrage hydroponique", "orge germée", "petits ruminants", "pastoralisme", "guides"),
     ("MR",), "2023-12"),
    ("fu24", "case-study", "es",
     "Estudio de caso: forraje verde hidropónico contra las heladas en las comunidades ganaderas "
     "de Puno",
     "En las comunidades altas de Puno, por encima de los 4.000 metros, las heladas y la sequía "
     "de mayo a noviembre secan los pastos naturales, y las vacas, las ovejas y las alpacas "
     "pierden peso y leche. Desde 2015, un programa regional de apoyo a la ganadería y una ONG "
     "instalaron en 120 familias pequeños módulos de forraje verde hidropónico (FVH): cobertizos "
     "de adobe y plástico con bandejas en las que la cebada germinada crece en diez días sin "
     "tierra, regada con agua de manantial. Este estudio de caso evalúa cinco años de producción: "
     "kilos de forraje por kilo de semilla, horas de trabajo, consumo de agua, producción de "
     "leche y de queso, mortalidad de crías y costos frente a la avena forrajera ensilada o "
     "henificada. Señala los problemas de hongos, el precio de la semilla y los módulos "
     "abandonados. Las qochas, lagunillas para cosechar agua, se mencionan solo como fuente de "
     "riego.",
     ("forraje verde hidropónico", "FVH", "cebada germinada", "ganadería altoandina",
      "estudios de caso"),
     ("PE",), "2025-01"),
    # --- mobile abattoirs ------------------------------------------------------------------------
    ("fu25", "need", "en",
     "Need: a mobile abattoir for the crofters and small farms of the Western Isles",
     "Since the small slaughterhouse serving the Western Isles closed, crofters in Lewis, Harris "
     "and the Uists have had to send lambs, hoggets and cattle across the Minch by ferry to be "
     "killed on the mainland, a journey of up to two days that stresses the animals, costs more "
     "than many small producers earn per head and leaves no way to sell meat under an island "
     "name. A crofting federation, a community land trust and the islands council ask for support "
     "to buy and run a mobile abattoir: a lorry-mounted unit with stunning, bleeding, dressing "
     "and chilling compartments that would move between crofting townships on a timetable, with "
     "an official veterinarian and meat hygiene inspector on board, a licensed cutting room and a "
     "way of dealing with blood, hides and other animal by-products. Training of slaughter staff "
     "and a marketing plan for island lamb are also requested. Fallen stock collection is a "
     "separate service.",
     ("mobile abattoirs", "slaughter", "meat hygiene", "crofting", "needs"),
     ("GB",), "2024-11"),
    ("fu26", "project", "fr",
     "Projet : un abattoir mobile et un caisson d'abattage à la ferme pour les éleveurs de "
     "l'Ardèche et de la Drôme",
     "Depuis la fermeture de plusieurs abattoirs de proximité, les éleveurs de l'Ardèche et de la "
     "Drôme font parcourir à leurs animaux plus de cent kilomètres avant l'abattage. Ce projet "
     "d'une société coopérative d'intérêt collectif, portée par une soixantaine d'éleveurs avec "
     "les services vétérinaires de l'État et la chambre d'agriculture, met en service un abattoir "
     "mobile, un ensemble de remorques équipées pour l'étourdissement, la saignée, l'éviscération "
     "et le ressuage des carcasses qui se déplace de ferme en ferme, et un caisson d'abattage à "
     "la ferme pour les bovins, autorisé à titre expérimental par la loi. Un vétérinaire "
     "inspecteur contrôle chaque tournée ; les carcasses sont découpées dans un atelier fixe et "
     "vendues en circuits courts. Le projet mesure le stress des animaux, la qualité des viandes, "
     "le coût par tête et le respect des règles d'hygiène. L'équarrissage des animaux morts à la "
     "ferme n'en fait pas partie.",
     ("abattoir mobile", "abattage à la ferme", "bien-être animal", "circuits courts", "projets"),
     ("FR",), "2025-03"),
    ("fu27", "dataset", "es",
     "Matadero móvil de Chiloé: faenas, animales, decomisos e inspecciones, 2019-2024",
     "En el archipiélago de Chiloé, donde pequeños productores crían ovinos, bovinos y cerdos en "
     "predios dispersos por las islas, la falta de un matadero autorizado cercano empujaba a la "
     "faena clandestina y a la venta de carne sin inspección. Desde 2019, un matadero móvil, una "
     "unidad montada sobre camión con sala de faena, cámara de frío y equipo de lavado, recorre "
     "las comunas del archipiélago con un médico veterinario de la autoridad sanitaria. Este "
     "conjunto de datos registra cada jornada de faena: lugar, fecha, número y especie de los "
     "animales faenados, pesos de canal, decomisos de vísceras y canales por hidatidosis, "
     "fasciolosis u otras causas, temperaturas de la cámara, resultados de los análisis "
     "microbiológicos de superficies y carnes, y volúmenes de sangre y residuos retirados. "
     "Permite comparar islas y temporadas. La faena familiar para autoconsumo, permitida en "
     "ciertos casos, no se registra.",
     ("matadero móvil", "faena", "inocuidad de la carne", "pequeños productores",
      "conjuntos de datos"),
     ("CL",), "2025-02"),
    # --- laser land levelling --------------------------------------------------------------------
    ("fu28", "support-source", "en",
     "Offer: laser land levellers for hire from custom hiring centres in Karnal and Kurukshetra",
     "Uneven fields waste irrigation water: the high corners dry out while water stands in the "
     "low patches, and farmers flood the whole field to reach every plant. Laser land levelling "
     "uses a tractor-drawn scraper bucket whose blade is raised and lowered automatically by a "
     "laser transmitter and receiver to give the field a flat or gently sloping surface to within "
     "two centimetres. In the rice-wheat fields of Haryana it can save a quarter of the "
     "irrigation water, cut pumping costs and raise yields. Custom hiring centres run by farmer "
     "producer organisations in Karnal and Kurukshetra, with the state agriculture department and "
     "a wheat research institute, offer laser levelling at an hourly rate, subsidised for small "
     "and marginal farmers, with trained operators who survey each field first and advise on "
     "levelling it again every three or four years. Zero-till drills and Happy Seeders, which "
     "spare farmers from burning rice straw, can be hired from the same centres.",
     ("laser land levelling", "irrigation water saving", "custom hiring centres", "rice-wheat",
      "offers"),
     ("IN",), "2024-09"),
    ("fu29", "project", "fr",
     "Projet : planage au laser des parcelles rizicoles de la vallée du fleuve Sénégal",
     "Dans les aménagements hydroagricoles de la vallée du fleuve Sénégal, du delta à Podor, le "
     "riz irrigué pousse dans des parcelles mal nivelées : l'eau stagne dans les creux, les "
     "bosses restent sèches et envahies d'adventices, et les producteurs pompent plus d'eau et "
     "brûlent plus de gasoil qu'il ne faut. Ce projet de la société d'aménagement de la vallée, "
     "d'une union de producteurs et d'un institut de recherche agricole finance le planage laser "
     "de 5 000 hectares : relevé topographique, passage d'une niveleuse tractée guidée par un "
     "émetteur laser, reprise des diguettes et des canaux, puis suivi de la consommation d'eau, "
     "des doses d'herbicide, des rendements de paddy et des coûts de pompage. Il forme des "
     "conducteurs de tracteur et aide des prestataires privés à acheter le matériel. Le "
     "dessalement des terres salées du delta et la valorisation de la paille de riz ne sont cités "
     "qu'en passant.",
     ("planage laser", "riziculture irriguée", "économie d'eau", "aménagements hydroagricoles",
      "projets"),
     ("SN",), "2024-04"),
    ("fu30", "event", "es",
     "Día de campo: nivelación de suelos con láser en los arrozales del Bajo Yuna",
     "Los arroceros del Bajo Yuna, en las provincias Duarte y María Trinidad Sánchez, riegan por "
     "inundación parcelas con desniveles de hasta veinte centímetros, lo que obliga a usar más "
     "agua, deja manchas de arroz rojo y malezas en las partes altas y retrasa la cosecha en las "
     "bajas. En este día de campo, la junta de regantes, el instituto de investigaciones "
     "agropecuarias y una asociación de productores mostrarán en una finca demostrativa de Villa "
     "Riva cómo se hace la nivelación con láser: levantamiento topográfico, trabajo de la traílla "
     "niveladora controlada por el receptor láser, trazado de los muros de las melgas y manejo "
     "del agua después de nivelar. Los técnicos presentarán los ahorros de agua y los "
     "rendimientos medidos en dos cosechas y las líneas de crédito para alquilar el servicio. La "
     "siembra directa y el trasplante mecanizado se tratarán en otra jornada.",
     ("nivelación láser", "arroz", "riego por inundación", "ahorro de agua", "eventos"),
     ("DO",), "2025-06"),
)  # fmt: skip
