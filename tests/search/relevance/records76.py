"""Clearing-house records of the seventy-sixth judged relevance set
(tests/search/relevance/queries76.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: chemicals pages on
trichloroethylene (the TCE vapour that rose into the basements of Endicott, New York; a guide to
replacing trichloréthylène degreasing in the décolletage workshops of the vallée de l'Arve; a need
for the tricloroetileno plume in the napa and the Puelche aquifer under General San Martín, in the
conurbano bonaerense); health and indoor air pages on hookah smoke (shisha lounges and carbon
monoxide checks in a west London borough; the bars à chicha and narguilés of Île-de-France; a need
for the locales de cachimbas of Granada and Almería); waste pages on wet wipes (sewer blockages and
fatbergs in London and the Thames Valley; a campaign against lingettes in la toilette of
Sherbrooke, Québec; the toallitas húmedas of the Gran Bilbao sewers and the UNE desechabilidad
standard); chemicals pages on cannabis cultivation (the carbofuran of trespass grow sites in the
national forests of northern California; pesticide residues in Canada's legal cannabis; a need for
registered plaguicidas and bioinsumos for Colombia's cannabis medicinal, next to the cripa of the
Cauca); energy pages on jatropha (the biofuel estates of central Mozambique after the boom; the
pourghère, the bagani, and the oil-fired power plant of Garalo, Mali; the piñón plantations of
Chiapas, the tempate of Central America); on wood pellets (the pellet mills of the US South that
feed European power stations; a Québec guide to poêles à granules; a need for the pellet of the
calefactores of Osorno, Valdivia and Puerto Montt); climate mitigation pages on appliance energy
labels (India's star labels; the étiquette énergétique of Tunisian frigos; an offer on Colombia's
RETIQ for neveras and other electrodomésticos); Biosafety Clearing-House pages on genetically
modified squash (virus-resistant squash and the wild Texas gourd; a Canadian summary on courges
transgéniques; a need for a baseline of wild and criollo calabazas in Mexico before transgenic
calabacitas); trade and customs pages on pre-shipment inspection (Kenya's PVoC programme; a need
to bring chemicals into Côte d'Ivoire's vérification de la conformité avant embarquement; a
Central American workshop on inspección previa al embarque); and capacity pages on rosters of
experts (the Roster of Biosafety Experts of the Cartagena Protocol; a fichier d'experts
francophones on chemicals and waste for West and Central Africa; Colombia's banco de expertos and
its hojas de vida). English, French and Spanish, 10 records each, every topic written once in each
language (different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records75.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (trichloroethylene, trichloroethene, TCE, trichloréthylène,
tricloroetileno, chlorinated solvent, solvant chloré, solvente clorado, degreasing, dégraissage,
desengrase, vapour intrusion, intrusion de vapeurs, Superfund; hookah, shisha, waterpipe, water
pipe, narguilé, narghilé, chicha, cachimba, narguile, pipa de agua, moassel, smoke-free, sans
tabac, tabaquismo; wet wipes, flushable, fatberg, lingette, toallita, égout, alcantarillado,
sewer, inodoro, toilet; cannabis, marijuana, marihuana, hemp, chanvre, cáñamo, grow site, illicit
crop, cultivo ilícito, myclobutanil, carbofuran; jatropha, Jatropha curcas, physic nut,
pourghère, piñón, tempate, jatrofa, biodiesel, biofuel, biocarburant, agrocarburant,
biocombustible; wood pellet, pellet, granulé, granule, biomass, biomasse, biomasa, poêle,
calefactor, estufa; energy label, star rating, Energy Star, energy efficiency standard,
étiquetage énergétique, étiquette énergie, etiquetado energético, etiqueta de eficiencia,
appliance, électroménager, electrodoméstico, refrigerator, réfrigérateur, refrigeradora,
nevera; squash, courge, courgette, calabaza, calabacita, Cucurbita, chilacayote, zapallo,
pumpkin; pre-shipment, pre-export, inspection avant embarquement, inspección previa, verification
of conformity, vérification de la conformité, PVoC, SONCAP, certificate of conformity; roster,
fichier d'experts, lista de expertos, banco de expertos, pool of experts, expert network).
Screened and dropped as covered: button cells (bn22-bn24), GM sorghum (bj25-bj27), debt swaps
(m08), cadmium in cocoa (v34), biogas (bi07, bt09), charcoal (bx04, bx05), cool roofs
(w19), mercury thermometers (n44), solar cookers (bz19-bz21), GM food labelling (n45, cr14), GM
moratoria (n12, bk27), wind energy (t22-t24), lead-glazed pottery (bd14, bd15), tattoo inks
(bo28-bo30), SF6 (bu07-bu09), halons (u22-u24), radon (bz07-bz09), silicosis (bh25-bh27), brick
kilns (v25-v27), creosote and CCA-treated wood (bb13-bb15, bj28-bj30), ethylene oxide
(bq07-bq09), carbide ripening (bo25-bo27), fipronil (bi04-bi06), medicine take-back (bc25-bc27),
road salt (bm28-bm30), expanded polystyrene (bx07-bx09), microbeads (ba16, ba17), nanomaterials
(x13-x15), used cooking oil (i25-i27), red mud (bl22, bl23), coal ash (bb10, bb11), environmental
journalists (bq22-bq24), environmental defenders (j19-j21), GM papaya, mustard, carnations,
cowpea, alfalfa and brinjal (bb19-bb21, be19-be21, bf19-bf21, bd19, bd20, bk25-bk27, i10-i12), GM
food aid (bd22-bd24), chlordecone (q22-q24), kohl (bg22-bg24) and lead in spices (z07, z08),
besides the topics of sets 42 to 75 and those their docstrings list as covered; screened with no
or passing hits but not chosen: offshore wind (named in passing by r26, cf01, cf02 and cv21),
mini-grids (u02, in passing, and the village grids of the micro-hydro pages cl16-cl18), car-free
days (cl22, cl24, in passing), anti-idling, whistleblowers, podcasts, ethanol cookstoves, GM
bentgrass and dicamba (no hit).

The nearest are, for trichloroethylene, the vinyl chloride rail accidents (z10-z12), the
perchloroethylene of the Tunis pressings (k29) and the chlorinated solvents that the green
chemistry pages (cl10, cl11) replace among other reagents, none about TCE; for hookah smoke, the
carbon monoxide pages (cb07-cb09) and the incense smoke of cj07, no waterpipe; for wet wipes, the
wipes counted among the masks and gloves of a litter survey (cf13) and the toallitas de tela, cloth
pads, of the menstrual products page ch21; for cannabis, the chanvre that the glue sniffers of
Kinshasa also use (db05); for jatropha, the bioturbosina once made from jatropha oil (ch30); for
wood pellets, the straw pellets of the stubble burning page (bm22), the calefactores a pellet
that the Coyhaique heat pump project compares (ca21) and the plastic and slug pellets and granulés
of j01-j03, bg08, by07 and by08; for energy labels, the labelling standard that the Senegal air
conditioner project prepares (m20), the efficiency standards and labels of Ghana's used fridge ban
(cf22) and the étiquetage énergétique that the Lomé need asks for besides its main request (cf23),
each relevant in part, while the building energy rating of Chile (cp06) and the ecodesign repair
rules of bv16 are not appliance labels; for squash, the calabaza of the milpa guide (bo12) and the
giraumon of the Martinique home gardens (ce14); for pre-shipment inspection, the pre-export
roadworthiness inspection of the used vehicles of Kenya (cd22), passing, and the customs
laboratory pages (cx25, cx26); for rosters, the expertise offers and South-South visits (n14,
bs22), no rosters. In the golden files the only hits are a transaction cost economics paper (TCE)
and squash named among foods with beta-carotene.

records77.py (ids de..), written at the same time by another engineer, is not part of this set's
pool.

Traps: the chiffons et lingettes imbibés de solvant of the décolletage guide (dd02) are no wet
wipes page, 0 to the lingettes queries; the cannabis that some clients add to the chicha (dd05) is
passing, 0 to the cannabis queries; the virus-resistant squash whose dossier a roster expert
reviewed (dd28) is passing, 0 to the squash queries; the fichier d'experts of dd29 leaves out
biosafety, 0 to the biosafety roster queries, while the Colombian banco de expertos (dd30) counts
biosafety among several areas, 1 to them; the household pellet stoves that the US pellet mill case
study (dd16) only mentions make it 0 to the pellet stove query; the used vehicles left out of the
PVoC case study (dd25) are inspected under another regime; the carbon monoxide of the pellet stove
guide (dd17) is passing, 0 to the hookah carbon monoxide queries. Other sets' topics are named in
passing: the perchloroethylene and dry cleaner of dd01, the galvanoplastias and cloruro de vinilo
of dd03, the benzène of dd05, the grasas and compresas of dd09, the rodenticides of dd10, the
plastic containers of the SQDC in dd11, the palma de aceite of dd15, the mazout of dd17, the leña
and estufas of dd18, the fluorescent tubes of dd19, the appareils d'occasion of dd20 and the
neveras viejas of dd21 (second-hand fridges), the milpa of dd24, the mercury-added creams and
e-waste of dd25, the gaz frigorigènes of dd26 and the mercurio of dd27.
For the country queries: dd16 is about the United States and the United Kingdom; dd21 offers its
service to Colombia, Ecuador and Peru; dd23 names the United States only as the country where
the squash is grown; dd24 names the United States in the same way; dd29 lists ten West and
Central African countries.

Ids (dd01..dd30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
da01..da30, db01..db30, dc01..dc30), and no earlier id starts with "dd".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- trichloroethylene --------------------------------------------------------------------
    ("dd01", "dataset", "en",
     "Trichloroethylene under Endicott: indoor air, sub-slab vapour and groundwater results from "
     "the village vapour intrusion programme, 2003-2024",
     "For decades solvents leaked from a former electronics plant in the village of Endicott, "
     "New York, and left a plume of trichloroethylene (TCE) in the sand and gravel aquifer under "
     "some 300 acres of homes, shops and schools. In 2003 the state found that TCE vapour was "
     "rising from the groundwater through the soil into basements. This dataset, kept by the "
     "state environment and health departments, holds the indoor air, sub-slab vapour and "
     "groundwater results for more than 480 buildings, the dates on which sub-slab "
     "depressurisation systems were fitted to each, and the yearly checks that their fans still "
     "run. It gives the state's indoor air guideline for TCE, lowered in 2015 because short "
     "exposures early in pregnancy may harm the heart of the foetus, and the health statistics "
     "reviews of residents. Perchloroethylene from a former dry cleaner on the same streets is "
     "recorded apart. The United States banned most uses of TCE in 2024.",
     ("trichloroethylene", "vapour intrusion", "groundwater contamination",
      "chlorinated solvents", "indoor air"),
     ("US",), "2024-10"),
    ("dd02", "document", "fr",
     "Trichloréthylène : guide pour remplacer le dégraissage aux solvants chlorés dans les "
     "ateliers de décolletage de la vallée de l'Arve",
     "Dans la vallée de l'Arve, autour de Cluses, Marnaz et Scionzier, des centaines "
     "d'entreprises de décolletage usinent des pièces pour l'automobile, l'horlogerie et le "
     "médical, puis les dégraissent pour enlever l'huile de coupe. Beaucoup le faisaient dans "
     "des machines ouvertes au trichloréthylène, un solvant chloré classé cancérogène pour "
     "l'homme (cancer du rein) et soumis à autorisation sous REACH depuis 2016. Ce guide, "
     "préparé par le centre technique du décolletage avec la caisse régionale de santé au "
     "travail et la DREAL, compare les solutions de remplacement : lessivage aqueux avec "
     "ultrasons, alcools modifiés, hydrocarbures sous vide, et machines étanches pour les "
     "ateliers qui gardent un solvant chloré. Il rappelle la mesure des expositions des "
     "opérateurs, le stockage sur rétention, la reprise des boues et des solvants usés par des "
     "filières agréées, et le sort des chiffons et lingettes imbibés de solvant, qui sont des "
     "déchets dangereux. Les pollutions anciennes des sols et de la nappe font l'objet d'une "
     "autre fiche.",
     ("trichloréthylène", "solvants chlorés", "substitution", "dégraissage", "santé au travail"),
     ("FR",), "2023-03"),
    ("dd03", "need", "es",
     "Necesidad: delimitar la pluma de tricloroetileno en la napa bajo un antiguo polo "
     "metalmecánico de General San Martín, provincia de Buenos Aires",
     "En el partido de General San Martín, en el conurbano bonaerense, talleres metalúrgicos, "
     "galvanoplastias y fábricas de autopartes usaron durante décadas tricloroetileno para "
     "desengrasar piezas, y muchos volcaban los restos en pozos absorbentes. Los análisis de "
     "pozos domiciliarios y de perforaciones industriales hechos por la autoridad ambiental "
     "provincial encontraron tricloroetileno y sus productos de degradación, dicloroetileno y "
     "cloruro de vinilo, en la napa freática y en el acuífero Puelche, del que todavía se "
     "abastecen algunos barrios sin red de agua corriente. El ministerio de ambiente de la "
     "provincia solicita apoyo para instalar una red de pozos de monitoreo, modelar la pluma, "
     "medir la intrusión de vapores en sótanos y escuelas, capacitar a su laboratorio en el "
     "análisis de compuestos orgánicos volátiles clorados y diseñar opciones de remediación y de "
     "conexión de las viviendas a la red. También pide ayuda para inventariar a los usuarios "
     "actuales del solvente.",
     ("tricloroetileno", "solventes clorados", "contaminación de acuíferos",
      "sitios contaminados", "necesidades"),
     ("AR",), "2024-05"),
    # --- hookah smoke -------------------------------------------------------------------------
    ("dd04", "case-study", "en",
     "Shisha lounges under the smoke-free law: carbon monoxide checks and enforcement in a west "
     "London borough",
     "Waterpipe smoking, known as shisha or hookah, spread fast in London in the 2000s, and one "
     "west London borough now counts more than sixty shisha lounges along its high streets. "
     "Customers often believe that the water filters the smoke of the sweetened, fruit-flavoured "
     "tobacco and makes it harmless, yet a session lasts an hour or more, each pull draws far "
     "more smoke than a cigarette, and the charcoal burning on the bowl gives off carbon "
     "monoxide. This case study follows the council's environmental health officers from 2015 to "
     "2023: joint visits with trading standards, carbon monoxide alarms worn by staff, readings "
     "taken inside covered terraces that claimed to be outdoors, seizures of unlabelled and "
     "untaxed shisha tobacco, and prosecutions under the smoke-free rules for enclosed public "
     "places. It reports young people taken to hospital with carbon monoxide poisoning after "
     "shisha sessions, the advice given to owners on open structures and ventilation, and the "
     "refusals of planning permission for new lounges.",
     ("shisha", "waterpipe smoking", "indoor air quality", "carbon monoxide", "tobacco control"),
     ("GB",), "2024-01"),
    ("dd05", "dataset", "fr",
     "Qualité de l'air dans les bars à chicha d'Île-de-France : monoxyde de carbone, particules "
     "fines et nicotine, 2019-2023",
     "La chicha, ou narguilé, se fume dans des centaines de bars et de salons d'Île-de-France, "
     "souvent en sous-sol ou derrière une véranda fermée, malgré l'interdiction de fumer dans "
     "les lieux à usage collectif. Ce jeu de données, produit par un laboratoire de santé "
     "publique avec l'agence régionale de santé et les centres antipoison, réunit les mesures "
     "faites dans 48 établissements pendant les heures d'ouverture : monoxyde de carbone, "
     "particules fines PM2,5, nicotine de l'air, benzène et aldéhydes, nombre de narguilés "
     "allumés, volume de la salle et ventilation. Il ajoute le monoxyde de carbone mesuré dans "
     "l'air expiré des clients et des serveurs à la sortie, et les intoxications liées à la "
     "chicha signalées aux centres antipoison, souvent des malaises de jeunes adultes. Les "
     "concentrations dépassaient souvent celles des fumoirs d'avant l'interdiction. Le tabac à "
     "chicha aromatisé et le charbon autoallumant sont décrits ; le cannabis que certains "
     "clients ajoutent n'a pas été mesuré.",
     ("chicha", "narguilé", "qualité de l'air intérieur", "monoxyde de carbone",
      "tabagisme passif"),
     ("FR",), "2024-03"),
    ("dd06", "need", "es",
     "Necesidad: medir la contaminación del aire en los locales de cachimbas de Granada y de la "
     "costa de Almería",
     "En los últimos años han abierto en Granada, Almería, Roquetas de Mar y El Ejido decenas de "
     "teterías y locales de cachimbas, muy frecuentados por jóvenes y adolescentes que comparten "
     "la pipa de agua con tabaco de melaza aromatizado. La ley prohíbe fumar en la hostelería, "
     "pero muchos locales alegan que lo que se fuma son hierbas sin nicotina, o se declaran "
     "clubes privados de fumadores. La delegación de salud de la Junta de Andalucía solicita "
     "apoyo para equipar a sus inspectores con medidores de monóxido de carbono y de partículas "
     "finas, analizar en laboratorio las mezclas incautadas, estudiar la exposición de los "
     "camareros que encienden los carbones, y preparar materiales para institutos y familias "
     "sobre los efectos de la cachimba, que en Argentina y otros países de América Latina se "
     "llama narguile y en México hookah. También pide protocolos para los servicios de urgencias "
     "ante intoxicaciones por monóxido de carbono después de una sesión.",
     ("cachimbas", "pipa de agua", "calidad del aire interior", "monóxido de carbono",
      "necesidades"),
     ("ES",), "2024-04"),
    # --- wet wipes ----------------------------------------------------------------------------
    ("dd07", "dataset", "en",
     "Wet wipes in the sewers: blockage and fatberg records for London and the Thames Valley, "
     "2014-2024",
     "Most wet wipes sold for babies, make-up removal and cleaning are made of a nonwoven fabric "
     "containing polyester or polypropylene fibres that do not break up in water. Flushed down "
     "the toilet, they snag on roots and joints and bind with cooking fat into fatbergs, like "
     "the 130-tonne mass cut out of the Whitechapel sewer in 2017. This dataset, published by a "
     "water company, lists some 75,000 sewer blockages a year by district, with the cause "
     "recorded by the crews (wipes, fat, roots, other), the cost of jetting and clearance, "
     "pumping stations stopped by ragging, and sewer flooding of homes. It adds forensic "
     "analyses of fatberg samples, with wipes in most of them, and counts of wipes in the mounds "
     "that have built up on the Thames foreshore near outfalls. Products carrying the 'Fine to "
     "Flush' mark, which pass a disintegration test agreed by the water industry, are recorded "
     "from 2019, and the planned ban on wet wipes containing plastic is noted.",
     ("wet wipes", "sewer blockages", "fatbergs", "plastic pollution", "flushable products"),
     ("GB",), "2024-12"),
    ("dd08", "project", "fr",
     "« Pas dans la toilette » : une campagne contre les lingettes qui bouchent les égouts de "
     "Sherbrooke",
     "À Sherbrooke comme ailleurs au Québec, les lingettes humides jetées dans la toilette, même "
     "celles vendues comme « jetables » ou « biodégradables », s'enroulent dans les pompes des "
     "postes de pompage, bouchent les conduites et font refouler les égouts dans les sous-sols "
     "et déborder vers la rivière Magog. Les cols bleus doivent désencrasser les pompes à la "
     "main plusieurs fois par semaine. Ce projet, mené par la Ville avec un organisme de bassin "
     "versant et l'université, combine une campagne « Les lingettes, c'est dans la poubelle », "
     "des autocollants pour les salles de bain des écoles, des garderies et des résidences pour "
     "aînés, des dégrilleurs installés devant les pompes les plus touchées, et le suivi des "
     "arrêts de pompes et des débordements avant et après. Il analyse aussi la composition des "
     "lingettes retirées et appuie la demande d'un étiquetage obligatoire au Canada fondé sur "
     "une norme de dispersibilité reconnue par les municipalités.",
     ("lingettes", "égouts", "postes de pompage", "sensibilisation", "déchets"),
     ("CA",), "2023-11"),
    ("dd09", "case-study", "es",
     "Toallitas húmedas en el saneamiento del Gran Bilbao: el costo de los atascos y la norma "
     "UNE de desechabilidad",
     "En el sistema de saneamiento del Gran Bilbao, las toallitas húmedas que se tiran al "
     "inodoro se enredan en las bombas de los bombeos, forman tapones en los colectores junto "
     "con grasas y compresas, y llegan a la depuradora de Galindo, donde hay que retirarlas de "
     "los tamices y llevarlas a vertedero. Este estudio de caso, elaborado por el consorcio de "
     "aguas con la asociación española de empresas de abastecimiento y saneamiento, cuantifica "
     "entre 2015 y 2023 las horas de limpieza, las averías de bombas, los desbordamientos en "
     "episodios de lluvia y las toneladas de residuos retiradas, y estima su coste por "
     "habitante. Explica la norma UNE 149002, de 2019, que fija los ensayos para que una "
     "toallita pueda etiquetarse como desechable por el inodoro, los etiquetados engañosos "
     "encontrados en supermercados y las campañas «El váter no es una papelera». Compara con "
     "otras ciudades españolas y latinoamericanas.",
     ("toallitas húmedas", "saneamiento", "atascos", "desechabilidad", "residuos"),
     ("ES",), "2024-02"),
    # --- cannabis cultivation -----------------------------------------------------------------
    ("dd10", "project", "en",
     "Cleaning up trespass cannabis grow sites in the national forests of northern California",
     "Illegal cannabis plantations hidden on public land in the Six Rivers, Shasta-Trinity and "
     "Mendocino national forests have left hundreds of abandoned camps: plastic irrigation pipe "
     "tapped into creeks, fertiliser sacks, propane tanks, human waste and, above all, "
     "pesticides banned in the United States, such as carbofuran, smuggled in unlabelled "
     "bottles. Fishers, martens, foxes and owls die after eating poisoned bait or prey, and "
     "rangers have been taken to hospital after handling the chemicals. This project, led by a "
     "wildlife research institute with the Forest Service, tribal natural resource departments "
     "and the state water board, hauls waste and toxicants out of grow sites by helicopter, "
     "neutralises leftover pesticides under hazardous materials protocols, samples soil and "
     "water, restores the diverted streams and replants cleared slopes. It also tests dead "
     "fishers and owls for pesticide and rodenticide residues, and trains crews in protective "
     "equipment. Licensed farms of the state's legal market are not covered.",
     ("cannabis cultivation", "illegal grow sites", "carbofuran", "pesticide poisoning",
      "wildlife"),
     ("US",), "2023-07"),
    ("dd11", "document", "fr",
     "Pesticides dans le cannabis légal : ce que vérifient Santé Canada et les producteurs "
     "autorisés",
     "Depuis la légalisation du cannabis au Canada, en octobre 2018, seuls quelques dizaines de "
     "produits antiparasitaires, surtout des biopesticides et des produits à faible risque, sont "
     "homologués pour sa culture, presque toujours en serre ou en bâtiment fermé. En 2016 et "
     "2017, des rappels de cannabis médical contenant du myclobutanil, un fongicide qui dégage "
     "un gaz toxique quand on le brûle, et d'autres produits non homologués avaient ébranlé la "
     "confiance des patients. Cette fiche, destinée aux producteurs, aux pharmaciens et aux "
     "consommateurs québécois, explique les analyses de résidus de pesticides exigées sur les "
     "lots, la liste des substances recherchées, les inspections fédérales, les rappels et la "
     "façon de signaler un effet indésirable. Elle aborde aussi l'électricité consommée par les "
     "salles de culture éclairées jour et nuit, les résidus de cannabis à rendre inutilisables "
     "avant le compostage, et les contenants de plastique vendus à la SQDC. La culture à "
     "domicile, interdite au Québec, n'est pas traitée.",
     ("cannabis", "résidus de pesticides", "homologation des pesticides",
      "santé des consommateurs", "Santé Canada"),
     ("CA",), "2023-05"),
    ("dd12", "need", "es",
     "Necesidad: plaguicidas y bioinsumos registrados para los cultivos de cannabis medicinal en "
     "Colombia",
     "Colombia ha otorgado cientos de licencias de cultivo de cannabis psicoactivo y no "
     "psicoactivo con fines medicinales y científicos, con invernaderos en el oriente "
     "antioqueño, la sabana de Bogotá, el Tolima y el Cauca, donde siguen los cultivos ilícitos "
     "de marihuana, la cripa que ilumina de noche las laderas de Corinto y Toribío. Casi ningún "
     "plaguicida está registrado ante el ICA para uso en cannabis, de modo que los cultivadores "
     "licenciados no pueden tratar legalmente plagas como la araña roja o el moho gris, y "
     "algunos recurren a productos no autorizados cuyos residuos aparecen luego en los extractos "
     "exportados. El Ministerio de Agricultura y el ICA solicitan apoyo para definir ensayos de "
     "eficacia y límites máximos de residuos para un cultivo menor, priorizar bioinsumos y "
     "control biológico, acreditar laboratorios que analicen residuos en flor seca y aceites, y "
     "capacitar a pequeños y medianos cultivadores y a los resguardos indígenas que buscan sus "
     "propias licencias.",
     ("cannabis medicinal", "registro de plaguicidas", "bioinsumos", "residuos de plaguicidas",
      "necesidades"),
     ("CO",), "2024-03"),
    # --- jatropha -----------------------------------------------------------------------------
    ("dd13", "case-study", "en",
     "Jatropha after the boom: what became of the biofuel plantations of central Mozambique",
     "Between 2006 and 2010 Jatropha curcas, a drought-hardy shrub whose poisonous seeds yield "
     "an oil that can be turned into biodiesel, was promoted across Africa as a fuel crop that "
     "would thrive on marginal land without competing with food. Mozambique made it its priority "
     "biofuel crop, and foreign and local companies took land leases for tens of thousands of "
     "hectares in Manica, Sofala and Inhambane, besides outgrower schemes that handed seedlings "
     "to small farmers. This case study revisits twelve of those projects in 2022. Seed yields "
     "were a fraction of those promised, a few hundred kilograms per hectare; mealybugs and "
     "fungal diseases spread; the oil price fell; and most estates closed, leaving cleared "
     "woodland, unpaid workers and farmers who had planted jatropha in place of maize. A few "
     "hedges still serve as live fences and supply soap makers. The study draws lessons for the "
     "national biofuel blending mandate and for community consultation on land.",
     ("jatropha", "biofuels", "biodiesel", "large-scale land acquisitions", "smallholders"),
     ("MZ",), "2022-09"),
    ("dd14", "project", "fr",
     "Du pourghère pour l'électricité du village : la centrale à huile de Garalo, au Mali",
     "À Garalo, dans le cercle de Bougouni, une centrale électrique de 300 kilowatts a été "
     "conçue pour tourner à l'huile de pourghère (Jatropha curcas), le bagani des Bambaras, que "
     "les paysans plantaient depuis toujours en haies vives pour protéger les champs du bétail. "
     "Le projet, porté par une ONG malienne des énergies renouvelables avec une coopérative de "
     "producteurs et l'agence d'électrification rurale, a fait planter plus de mille hectares de "
     "pourghère en association avec le maïs, le sorgho et l'arachide, installé une presse et des "
     "filtres au village et fourni le courant aux ménages, aux ateliers et au centre de santé. "
     "Il décrit les contrats d'achat des graines, le tourteau rendu aux champs comme engrais, le "
     "savon fabriqué par les femmes avec l'huile, et les difficultés : rendements plus faibles "
     "que prévu, graines vendues ailleurs quand les prix montaient, mois de fonctionnement au "
     "gazole. Les graines de pourghère sont toxiques et ne se mangent pas.",
     ("pourghère", "Jatropha curcas", "huiles végétales carburant", "électrification rurale",
      "biocarburants"),
     ("ML",), "2021-11"),
    ("dd15", "dataset", "es",
     "Plantaciones de piñón (Jatropha curcas) del programa de bioenergéticos de Chiapas: "
     "superficie, semilla y abandono, 2008-2016",
     "A partir de 2008 el gobierno de Chiapas impulsó la siembra de piñón, Jatropha curcas, para "
     "producir biodiésel en una planta instalada en Puerto Chiapas y abastecer al transporte "
     "público de Tapachula y Tuxtla Gutiérrez. Este conjunto de datos, reunido por un centro de "
     "investigación del sureste con la secretaría estatal del campo, registra por municipio y "
     "por ejido las hectáreas sembradas con apoyos oficiales, las plantas entregadas, la semilla "
     "cosechada y vendida a la planta, los precios pagados y las parcelas abandonadas o "
     "convertidas en potreros y en palma de aceite. Incluye la procedencia de las semillas, los "
     "ensayos con el piñón no tóxico de Veracruz y Puebla, que los totonacos comen tostado, y "
     "las plagas. Muestra que la cosecha nunca alcanzó para operar la planta, que trabajó sobre "
     "todo con aceite de palma, y que muchas familias perdieron maíz sembrado entre los piñones. "
     "En Centroamérica la misma planta se llama tempate.",
     ("piñón", "Jatropha curcas", "biocombustibles", "biodiésel", "Chiapas"),
     ("MX",), "2023-06"),
    # --- wood pellets -------------------------------------------------------------------------
    ("dd16", "case-study", "en",
     "Pellet mills of the US South: air permits, forests and the power stations that burn their "
     "wood pellets",
     "Since 2010 dozens of mills in North Carolina, Virginia, Georgia, Mississippi and Louisiana "
     "have been built to dry, grind and press wood into pellets, most of them shipped from "
     "Chesapeake, Savannah and Baton Rouge to power stations in the United Kingdom, Denmark, the "
     "Netherlands and Japan that converted from coal to biomass. This case study looks at four "
     "mills and the communities around them, mostly rural and often Black: dust and noise from "
     "trucks, chippers and dryers, emissions of volatile organic compounds and fine particles, "
     "air permits revised after regulators found that mills emitted more than they had declared, "
     "and fines. It follows where the wood comes from, sawmill residues and thinnings but also "
     "whole trees from clear-cut bottomland hardwood forests, and the debate on whether burning "
     "pellets is carbon neutral, as subsidies in Europe assume. Household pellet stoves, which "
     "use a small share of American production, are only mentioned.",
     ("wood pellets", "biomass energy", "air pollution", "environmental justice", "forests"),
     ("US", "GB"), "2023-10"),
    ("dd17", "document", "fr",
     "Chauffer aux granules : guide pour choisir et entretenir un poêle à granules au Québec",
     "Au Québec, où bien des maisons de campagne se chauffent encore au bois, le poêle à "
     "granules gagne du terrain, surtout depuis que Montréal interdit les appareils à bois non "
     "certifiés et tout chauffage au bois pendant les avertissements de smog. Les granules, de "
     "petits cylindres de sciure et de copeaux compressés qui viennent surtout des scieries de "
     "la province, brûlent plus complètement que les bûches et émettent beaucoup moins de "
     "particules fines lorsqu'ils sont de bonne qualité. Ce guide, publié par un regroupement "
     "d'organismes environnementaux et de santé publique, explique comment choisir un appareil "
     "certifié selon la norme de l'EPA ou la norme CSA B415.1, le faire installer par un "
     "professionnel, régler l'air, vider les cendres et faire ramoner la cheminée, reconnaître "
     "des granules certifiés (peu de cendres, d'humidité et de fines) et les entreposer au sec. "
     "Il compare les coûts avec l'électricité, le mazout et la bûche, et rappelle le danger de "
     "monoxyde de carbone en cas de mauvais tirage.",
     ("granules de bois", "poêles à granules", "chauffage au bois", "particules fines",
      "qualité de l'air"),
     ("CA",), "2023-10"),
    ("dd18", "need", "es",
     "Necesidad: abastecimiento y calidad del pellet para los hogares del recambio de "
     "calefactores en Osorno, Valdivia y Puerto Montt",
     "En Osorno, Valdivia y Puerto Montt, ciudades declaradas saturadas por material particulado "
     "fino, los planes de descontaminación han cambiado miles de estufas a leña por calefactores "
     "a pellet subsidiados. En el invierno de 2021 el pellet de madera escaseó: las pocas "
     "plantas del sur no dieron abasto, el precio de los sacos de 15 kilos se disparó en "
     "ferreterías y supermercados, y muchas familias volvieron a la leña húmeda o dejaron el "
     "calefactor apagado. Además, parte del pellet vendido tiene demasiada ceniza o humedad y "
     "tapa los quemadores. El ministerio del medio ambiente, con las seremis de la zona sur y la "
     "asociación de productores, solicita apoyo para estimar la demanda futura, evaluar la "
     "materia prima disponible en aserraderos y plantaciones, montar un sistema de certificación "
     "y fiscalización de la calidad del pellet, formar reservas para el invierno y preparar "
     "información para los usuarios sobre el almacenamiento y la mantención de los equipos.",
     ("pellet de madera", "calefactores a pellet", "contaminación atmosférica", "leña",
      "necesidades"),
     ("CL",), "2024-04"),
    # --- appliance energy labels --------------------------------------------------------------
    ("dd19", "dataset", "en",
     "Star-labelled appliances in India: registered models, star ratings and tightened "
     "thresholds, 2006-2024",
     "India's Bureau of Energy Efficiency runs a standards and labelling programme in which "
     "appliances carry a label with one to five stars showing how much electricity they use; for "
     "frost-free refrigerators, room air conditioners, distribution transformers and fluorescent "
     "tubes the label has been mandatory since 2010, and more products have followed, among them "
     "ceiling fans and LED lamps. This dataset lists every model registered since 2006 by make, "
     "type, capacity, star rating and declared annual consumption, with the date on which each "
     "star table was tightened, for example the move to a seasonal efficiency ratio for air "
     "conditioners and the refrigerator tables of 2023 that pushed former five-star models down "
     "to three stars. It adds check-testing results for samples bought in shops, models whose "
     "registration was cancelled, and the electricity savings and avoided emissions estimated by "
     "the bureau. Inverter air conditioners are flagged.",
     ("energy labels", "standards and labelling", "appliance efficiency", "refrigerators",
      "air conditioners"),
     ("IN",), "2024-08"),
    ("dd20", "case-study", "fr",
     "Vingt ans d'étiquette énergétique des réfrigérateurs en Tunisie : ce qu'elle a changé dans "
     "les magasins et les foyers",
     "La Tunisie a été l'un des premiers pays d'Afrique à rendre obligatoire, au milieu des "
     "années 2000, l'étiquetage énergétique des réfrigérateurs et des congélateurs, puis des "
     "climatiseurs et des lampes, avec des classes allant de 1, la plus sobre, à 8, et des "
     "seuils minimaux de performance qui ont sorti du marché les appareils les plus gourmands. "
     "Cette étude de cas de l'agence nationale pour la maîtrise de l'énergie retrace comment les "
     "fabricants locaux ont modernisé leurs chaînes, comment les contrôles en magasin et le "
     "laboratoire d'essais ont été mis en place, et comment les ménages ont reçu la prime à "
     "l'achat d'un frigo économe accordée contre la reprise de l'ancien. Elle estime la baisse "
     "de la consommation moyenne des réfrigérateurs vendus, les gains pour le réseau aux pointes "
     "d'été et les émissions évitées, et signale les limites : étiquettes absentes sur les "
     "marchés parallèles et appareils d'occasion importés sans contrôle.",
     ("étiquetage énergétique", "réfrigérateurs", "normes de performance énergétique",
      "efficacité énergétique", "appareils électroménagers"),
     ("TN",), "2023-12"),
    ("dd21", "support-source", "es",
     "Oferta: ensayos de eficiencia energética y asesoría sobre el RETIQ para fabricantes e "
     "importadores de electrodomésticos",
     "En Colombia, el Reglamento Técnico de Etiquetado, el RETIQ, exige desde 2016 que neveras, "
     "congeladores, lavadoras, aires acondicionados, motores, balastos y calentadores de agua se "
     "vendan con una etiqueta que muestra su rango de consumo de energía, de la A, la más "
     "eficiente, a la G. Un laboratorio acreditado de una universidad de Medellín ofrece a "
     "fabricantes, importadores y comerciantes de Colombia, Ecuador y Perú ensayos de consumo "
     "según las normas técnicas, certificación de producto con un organismo aliado, y "
     "capacitación a los vendedores de almacenes y sanandresitos para leer la etiqueta y "
     "explicarla al cliente. También asesora a los ministerios que preparan o actualizan "
     "reglamentos de etiquetado y estándares mínimos de eficiencia en la región andina, con los "
     "ejemplos de Chile, México y Brasil, y a las empresas de energía que quieren dar incentivos "
     "para cambiar neveras viejas por modelos con etiqueta A.",
     ("etiquetado energético", "RETIQ", "electrodomésticos", "estándares mínimos de eficiencia",
      "ofertas"),
     ("CO", "EC", "PE"), "2024-05"),
    # --- genetically modified squash ----------------------------------------------------------
    ("dd22", "case-study", "en",
     "Virus-resistant transgenic squash and the wild Texas gourd: twenty years of gene flow "
     "studies in the United States",
     "Yellow crookneck and straightneck squash genetically modified to resist zucchini yellow "
     "mosaic and watermelon mosaic viruses, and later cucumber mosaic virus, were deregulated in "
     "the United States in 1994 and 1996, among the first GM crops on the market. They are grown "
     "on a small share of the squash acreage of Georgia, Florida and the Carolinas. Because "
     "squash crosses readily with the wild Texas gourd (Cucurbita pepo subsp. texana), which "
     "grows along rivers and field margins in the South, the release raised the question of what "
     "the virus-resistance transgenes would do in wild plants. This case study brings together "
     "the field experiments that followed: transgenes moved into wild gourds through pollinating "
     "bees, and resistant hybrids escaped viral disease but were more often killed by bacterial "
     "wilt, carried by cucumber beetles that prefer healthy plants, so that the net effect "
     "changed from year to year. It discusses post-release monitoring and what regulators in "
     "centres of diversity may ask. Pumpkins are not covered.",
     ("genetically modified squash", "virus resistance", "gene flow", "crop wild relatives",
      "post-release monitoring"),
     ("US",), "2022-04"),
    ("dd23", "document", "fr",
     "Courges transgéniques résistantes aux virus : résumé de l'évaluation pour l'alimentation "
     "humaine et animale au Canada",
     "Des lignées de courge d'été (Cucurbita pepo) rendues résistantes à plusieurs virus de la "
     "mosaïque, dont le virus de la mosaïque jaune de la courgette, par l'insertion de gènes de "
     "la protéine d'enveloppe de ces virus, sont cultivées depuis les années 1990 aux États-Unis "
     "et peuvent se retrouver dans les courges et courgettes importées. Ce document résume "
     "l'évaluation faite au Canada avant leur mise en marché comme aliments nouveaux : "
     "description de la modification génétique et des séquences insérées, absence de nouvelles "
     "protéines allergènes ou toxiques, composition comparée à celle des courges classiques, et "
     "protéines virales déjà consommées par quiconque mange une courge infectée. Il précise que "
     "leur culture au Canada n'a pas été demandée et que la courge n'y a pas de parents sauvages "
     "avec lesquels elle pourrait s'hybrider. Il indique enfin que ces produits ne portent pas "
     "d'étiquette particulière et où consulter la décision dans le Centre d'échange pour la "
     "prévention des risques biotechnologiques.",
     ("courges génétiquement modifiées", "résistance aux virus", "évaluation des risques",
      "aliments nouveaux", "OGM"),
     ("CA",), "2021-06"),
    ("dd24", "need", "es",
     "Necesidad: línea base de calabazas silvestres y criollas antes de autorizar calabacitas "
     "transgénicas en México",
     "México es centro de origen y de diversidad de las calabazas: en las milpas se siembran "
     "calabaza de Castilla, calabaza pipiana, chilacayote y calabacita criolla, y en las orillas "
     "de ríos y caminos crecen parientes silvestres como Cucurbita argyrosperma subsp. sororia y "
     "Cucurbita pepo subsp. fraterna. En Estados Unidos se cultivan calabacitas genéticamente "
     "modificadas resistentes a virus, y la autoridad de bioseguridad ha recibido consultas "
     "sobre la importación de su semilla para sembrar en el noroeste. La comisión "
     "intersecretarial de bioseguridad solicita apoyo para levantar una línea base de la "
     "distribución de las calabazas silvestres y de las variedades criollas en Sonora, Sinaloa y "
     "Tamaulipas, estudiar el flujo de polen por las abejas de la calabaza, desarrollar métodos "
     "para detectar las construcciones transgénicas en semilla y fruto, y capacitar a su "
     "personal en evaluación de riesgo. Pide además consultar a los productores de pepita, flor "
     "de calabaza y pipián.",
     ("calabazas transgénicas", "organismos genéticamente modificados", "parientes silvestres",
      "centros de origen", "necesidades"),
     ("MX",), "2024-01"),
    # --- pre-shipment inspection --------------------------------------------------------------
    ("dd25", "case-study", "en",
     "Pre-export verification of conformity: what Kenya's PVoC programme catches before goods "
     "are shipped",
     "Since 2005 most goods bound for Kenya must be inspected and tested in the exporting "
     "country by a firm appointed by the Kenya Bureau of Standards before a certificate of "
     "conformity is issued; without one, the cargo is held at Mombasa and the importer pays for "
     "destination inspection and a penalty. This case study examines ten years of the Pre-Export "
     "Verification of Conformity (PVoC) programme from the environment and health side: "
     "consignments of mercury-added skin creams refused, batteries and lamps tested against "
     "mercury limits, refrigeration equipment checked for banned refrigerants, pesticides and "
     "industrial chemicals whose labels did not match their registration, and e-waste declared "
     "as second-hand electronics. It shows how the inspection firms, the standards bureau, "
     "customs and the environment authority share information, where consignments slip through "
     "(transhipment via neighbouring ports, undervalued loads, sealed containers never opened), "
     "and the cost to small importers. Used vehicles, inspected under a separate regime, are "
     "left out.",
     ("pre-shipment inspection", "verification of conformity", "standards", "customs",
      "hazardous products"),
     ("KE",), "2023-09"),
    ("dd26", "need", "fr",
     "Besoin : faire entrer les produits chimiques et les déchets dans le programme de "
     "vérification de la conformité avant embarquement de la Côte d'Ivoire",
     "La Côte d'Ivoire impose aux marchandises importées une vérification de la conformité dans "
     "le pays d'exportation, confiée à des sociétés d'inspection qui délivrent une attestation "
     "avant l'embarquement ; sans elle, le transitaire ne peut pas dédouaner au port d'Abidjan "
     "ou de San-Pédro. Or les pesticides, les produits chimiques industriels, les gaz "
     "frigorigènes et les équipements électriques d'occasion n'y sont contrôlés que pour leur "
     "valeur et leur classement tarifaire, pas pour leur conformité aux conventions de "
     "Rotterdam, de Bâle, de Stockholm et de Minamata. Le ministère de l'Environnement, avec le "
     "ministère du Commerce et la Direction générale des douanes, demande un appui pour ajouter "
     "aux cahiers des charges des sociétés d'inspection une liste de produits interdits ou "
     "soumis à autorisation, former leurs inspecteurs et les agents du guichet unique du "
     "commerce extérieur, relier les attestations au registre des pesticides homologués et "
     "organiser le renvoi des lots refusés aux frais de l'exportateur.",
     ("inspection avant embarquement", "vérification de la conformité", "produits chimiques",
      "douanes", "besoins"),
     ("CI",), "2024-02"),
    ("dd27", "event", "es",
     "Taller regional: inspección previa al embarque y certificados de conformidad para las "
     "sustancias químicas importadas en Centroamérica",
     "Taller de tres días en Ciudad de Guatemala para las aduanas, los ministerios de ambiente y "
     "de salud y los servicios de sanidad vegetal de Guatemala, El Salvador, Honduras, "
     "Nicaragua, Costa Rica y Panamá. Se revisará cómo algunos países de la región contrataron "
     "en los años noventa empresas de inspección previa al embarque para verificar el valor, la "
     "cantidad y la calidad de las importaciones, por qué casi todos dejaron esos programas, y "
     "qué puede hacer hoy una inspección en origen o un certificado de conformidad para frenar "
     "la entrada de plaguicidas prohibidos, sustancias agotadoras de la capa de ozono, mercurio "
     "y residuos electrónicos. Empresas de inspección, la secretaría de integración económica y "
     "un centro regional de los convenios de Basilea y Estocolmo presentarán casos de "
     "cargamentos rechazados en destino, la relación con la gestión de riesgo aduanero y con las "
     "licencias de importación, y los costos para los importadores. La última jornada se "
     "dedicará a un protocolo regional de alertas.",
     ("inspección previa al embarque", "certificados de conformidad", "sustancias químicas",
      "aduanas", "Centroamérica"),
     ("GT", "SV", "HN", "NI", "CR", "PA"), "2024-09"),
    # --- rosters of experts -------------------------------------------------------------------
    ("dd28", "document", "en",
     "The Roster of Biosafety Experts: how Parties nominate experts and ask for their help",
     "Under the Cartagena Protocol on Biosafety, the Parties set up a roster of experts that "
     "governments can call on for advice and support on risk assessment, risk management, "
     "legislation, detection of living modified organisms and public awareness, above all where "
     "national capacity is thin. This guide explains how national focal points nominate experts "
     "through the Biosafety Clearing-House on a standard form giving the expert's field, "
     "languages, employer and experience, and why nominations should balance regions and women "
     "and men. It describes how a Party requests assistance, how experts are chosen and sign a "
     "declaration of interests, how fees and travel are paid from the voluntary fund, and how a "
     "report is filed at the end of each assignment. Past assignments include the review of a "
     "field trial dossier for a virus-resistant squash and the training of customs officers to "
     "sample grain shipments. The guide also tells focal points how to keep entries up to date "
     "and retire experts no longer available.",
     ("roster of experts", "Biosafety Clearing-House", "Cartagena Protocol", "capacity building",
      "risk assessment"),
     (), "2023-04"),
    ("dd29", "project", "fr",
     "Un fichier d'experts francophones en gestion des produits chimiques et des déchets pour "
     "l'Afrique de l'Ouest et du Centre",
     "Les ministères de l'environnement d'Afrique francophone peinent à trouver des spécialistes "
     "qui parlent leur langue pour rédiger un plan national de mise en œuvre, analyser un "
     "inventaire du mercure ou former des douaniers aux gaz frigorigènes, et les consultants "
     "venus d'ailleurs repartent avec leur savoir. Ce projet, conduit par un institut de la "
     "Francophonie avec le centre régional des conventions de Bâle et de Stockholm de Dakar, "
     "constitue un fichier d'experts en ligne : chimistes, toxicologues, juristes, douaniers "
     "retraités, ingénieurs sanitaires, avec leurs domaines, leurs langues de travail, y compris "
     "le wolof, le bambara ou le lingala, et les missions déjà accomplies. Chaque expert est "
     "vérifié par deux pairs et signe une déclaration d'intérêts. Les ministères y cherchent un "
     "profil et demandent une mission courte, en partie financée, et les jeunes experts partent "
     "avec des aînés pour leurs premières missions. Le fichier recense aussi les laboratoires "
     "capables d'analyser les polluants organiques persistants et le mercure. La prévention des "
     "risques biotechnologiques, qui a son propre fichier, n'est pas couverte.",
     ("fichier d'experts", "renforcement des capacités", "gestion des produits chimiques",
      "déchets dangereux", "Francophonie"),
     ("SN", "CI", "ML", "BF", "BJ", "TG", "NE", "GN", "CM", "GA"), "2024-06"),
    ("dd30", "dataset", "es",
     "Banco de expertos en sustancias químicas, residuos peligrosos y bioseguridad de Colombia: "
     "perfiles y asignaciones, 2015-2024",
     "Para cumplir los convenios de Basilea, Rotterdam, Estocolmo y Minamata y el Protocolo de "
     "Cartagena, el ministerio de ambiente de Colombia mantiene desde 2015 un banco de expertos "
     "al que convoca para conceptos técnicos, evaluaciones de riesgo, capacitaciones regionales "
     "y la revisión de los informes nacionales. Este conjunto de datos reúne las unas 420 hojas "
     "de vida registradas, con la formación, la universidad o entidad, el departamento donde "
     "trabaja cada experto y sus áreas: plaguicidas, mercurio en la minería de oro, "
     "contaminantes orgánicos persistentes, residuos de aparatos eléctricos y electrónicos, "
     "evaluación de riesgo de organismos vivos modificados y detección de transgénicos. También "
     "registra cada asignación, su duración, el producto entregado y la evaluación de la entidad "
     "que la pidió, y muestra que la mayoría de los expertos están en Bogotá, Medellín y Cali y "
     "que pocas mujeres figuran en las áreas de bioseguridad. Los datos personales se publican "
     "anonimizados.",
     ("banco de expertos", "lista de expertos", "sustancias químicas", "bioseguridad",
      "capacidades nacionales"),
     ("CO",), "2024-07"),
)  # fmt: skip
