"""Clearing-house records of the seventieth judged relevance set
(tests/search/relevance/queries70.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: health and chemicals pages on
insecticide fogging against Aedes mosquitoes (the naled sprayed from aircraft over Miami-Dade
against Zika and the honeybees lost in South Carolina; the démoustication and pulvérisations
spatiales of deltaméthrine by the lutte antivectorielle of La Réunion; a need for the fumigación
with termonebulizadoras and motomochilas of north-eastern Argentina); chemicals pages on coal tar
in pavements (the coal-tar sealcoat banned by Minnesota and the PAHs of the Twin Cities' stormwater
ponds; the fraisats goudronneux of Walloon roads; a need for the selladores de alquitrán de hulla
of Bogotá's parqueaderos); health and climate pages on metered-dose inhalers (greener inhalers in
the general practices of West Yorkshire; the pompes of Québec's asthmatics and their gaz
propulseurs; the inhaladores presurizados of primary care in Navarra); energy pages on
pumped-storage hydropower (Snowy 2.0 in Kosciuszko National Park; the pompage-turbinage of Nant de
Drance in the Valais; the central de bombeo Salto de Chira on Gran Canaria); climate mitigation
pages on urban cable cars (Mi Teleférico of La Paz and El Alto; Téléo, the téléphérique urbain of
Toulouse; the Cablebús of Mexico City); energy and transport pages on electric boats (Aditya, the
solar ferry of Vembanad Lake; a need for pirogues électriques at Ganvié on Lake Nokoué; the canoas
solares of the Achuar); waste pages on chewing gum litter (the Chewing Gum Task Force grants to
English and Welsh councils; the chiques of the trottoirs of Brussels; the chicles of the banquetas
of Mexico City's Centro Histórico); Biosafety Clearing-House pages on genetically modified flax
(CDC Triffid and the Canadian flax market lost in 2009; the French controls of the lin FP967; the
linaza certified free of GM events in Argentina); trade and customs pages on customs laboratories
(an offer from the customs laboratory of the port of Mombasa; the laboratoire des douanes of
Morocco; the results of the laboratorio central de aduanas of the Callao); and governance pages on
climate budget tagging (a Kathmandu workshop on Nepal's climate budget codes; the budget vert of
the French State; a need for the etiquetado presupuestario of Honduras). English, French and
Spanish, 10 records each, every topic written once in each language (different countries, projects
and angles, not translations of one text).

None of records.py, records3.py, ..., records69.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (fogging, space spraying, ultra-low volume, naled, malathion,
deltamethrin, pyrethroid, Aedes, dengue, démoustication, pulvérisation spatiale, nébulisation,
lutte antivectorielle, moustique tigre, fumigación, nebulización, termonebulización, motomochila,
descacharrado; coal tar, coal-tar, sealcoat, sealant, pavement, asphalt, PAH, benzo[a]pyrene,
creosote, goudron, HAP, enrobé, fraisat, bitume, cokerie, alquitrán, hulla, brea, sellador,
asfalto; inhaler, metered-dose, MDI, propellant, dry powder, spacer, asthma, COPD, salbutamol,
inhalateur, aérosol-doseur, pompe, propulseur, poudre sèche, asthme, MPOC, BPCO, inhalador,
propelente, polvo seco, asma, EPOC; pumped storage, pumped hydro, energy storage, battery storage,
reversible, Snowy, pompage-turbinage, turbinage, STEP, stockage d'énergie, bombeo, central
reversible, almacenamiento de energía; cable car, gondola, ropeway, aerial tram, funicular,
téléphérique, télécabine, transport par câble, funiculaire, teleférico, telecabina, Cablebús,
Metrocable; electric boat, solar ferry, ferry, outboard, bateau électrique, pirogue, traversier,
hors-bord, embarcación eléctrica, canoa, lancha, transbordador, fuera de borda; chewing gum, gum,
chewing-gum, chique, chiclette, gomme, chicle, goma de mascar; flax, linseed, Triffid, FP967, lin,
lino, linaza; customs laboratory, Raman, FTIR, XRF, spectrometer, chromatography, refrigerant
identifier, laboratoire des douanes, identificateur, laboratorio aduanero, cromatografía,
identificador; budget tagging, green budget, public finance, public expenditure, budget vert,
budgétisation verte, finances publiques, dépenses publiques, loi de finances, etiquetado
presupuestario, presupuesto verde, clasificador presupuestario, gasto público, finanzas públicas).
Screened and dropped as covered: energy labelling of appliances (m20, cf22, cf23), bisphenols in
thermal paper (w25-w27), geothermal energy (bo07-bo09), street lighting (w16-w18), household and
landfill biogas (bi07, bj10, bt09), wet wipes (dropped by set 35 as too close to earlier queries),
GM rice (z19-z21), GM trees (y25-y27), silicosis and engineered stone (bh25-bh27), lead in spices
(z07-z09), lead-glazed pottery (bd13-bd15), brick kilns (v25-v27), crop residue burning (bm22),
sunscreen filters (o25-o27), cigarette butts (z25-z27), expanded polystyrene (bx07-bx09), sulphur
hexafluoride (bu07-bu09), halons (u22-u24), antifouling paints (u04-u06), second-hand clothes
(k22-k24), empty pesticide containers (n09), paraquat and glyphosate (p08-p10), safety data sheets
and the GHS (bl07-bl09), pollutant release and transfer registers (p41, q06), agrivoltaics
(bu19-bu21), ecolabels (by16-by18), environmental courts (r13-r15), environmental journalism
(bq22-bq24), GMO labelling (n45), liability and redress (n43), greenhouse gas inventories (cl28)
and carbon credits (ch09), besides the topics of sets 42 to 69 and those their docstrings list as
covered; screened with no or passing hits but not chosen: charging points for electric cars (the
depot chargers of the electric buses cn01-cn03 and the charging of the electric mototaxis
cd13-cd15), prepaid and smart electricity meters (cl17, cl20, cn09), dicamba, tear gas, fuel theft
from pipelines, GM sugar beet, GM bentgrass, aircraft de-icing fluids (next to the road salt pages
bm28-bm30), chloramines in swimming pools, electromagnetic fields and telework (ct15).

The nearest are, for fogging, the Wolbachia mosquito releases against dengue (bl10-bl12), the GM
mosquito pages (w07-w09), the mosquito coils and household insecticides used in dengue epidemics
(bc19-bc21), DDT and its alternatives in malaria vector control (p28, p29), the indoor residual
spraying against sand flies in Bihar (bs13) and the Peruvian guide against «fumigar» streets with
disinfectants, which leaves the pesticides used against zancudos to other texts (cp12), none about
space spraying; for coal tar, the creosote of railway sleepers (bb13-bb15), the mycoremediation of
the HAP of an old cokerie (bl14), the plastic in the bitumen and mezclas asfálticas of plastic
roads (cn28-cn30), the asphalt schoolyards (cq19, cq20), the PAHs of incense, fish smoking and
tattoo inks (cj07, bx10, bx11, bo29) and, in the golden files, molecule pages whose subjects name
coal tar (pyrene, indole) or PAHs (anthracene, phenanthrene, acenaphthylene), none about pavements;
for inhalers, the Scottish anaesthetic gas project that leaves metered-dose inhalers to a separate
programme (cf25), the HFC-134a of car air conditioners (cn10-cn12) and, in the golden files, a
paper comparing budesonide-formoterol with salbutamol in acute asthma, which names no inhaler and
no propellant; for pumped storage, the floating solar of the Sirindhorn reservoir, whose hydropower
turbines run in the evening peak (cj10), the battery storage of Komati and of a Bristol
co-operative (cb22, cr22), the micro-hydro pages (cl16-cl18), the tidal and wave energy pages
(ch04-ch06, cv19-cv21) and the brumbies of Kosciuszko National Park (ci16); for cable cars, no page
(the electric buses, cycle lanes, shared e-scooters and carpooling pages cn01-cn03, cl22-cl24,
ct16-ct18 and cv13-cv15 are other transport); for electric boats, the electric boats required of
the boatmen who show the fireflies of the Selangor (s22), passing, the shore power pages, whose
ferries and traversiers plug in at berth (cp01-cp03), the sail cargo pages (cj19-cj21) and the
peque-peque of the Datem del Marañón (ch03); for chewing gum, the chicle pages (bp13-bp15), about
the latex of the sapodilla, bp15 naming in passing the synthetic gum stuck on the banquetas, the
gum arabic pages (bf04-bf06), the cigarette butt pages (z25-z27) and a golden carvone page naming
the flavour of chewing gum; for flax, only golden fatty acid pages naming flax seed; for customs
laboratories, the agarwood identification offered to customs by a botanic garden (i03), the DNA
barcodes that customs laboratories can use (bb28), the mobile laboratory of the Tanger Med free
zones (cv26), the refrigerant identifiers of the customs pages (t02, cf23, cf24, cv27), the HS code
pages (cd07-cd09), the drug precursor workshop and its portable spectrometry (cn26) and the
counterfeit pesticide pages (cb16-cb18); for budget tagging, the green bonds (cf28-cf30), the
carbon taxes (ch07-ch09), the fossil fuel subsidy reforms (cf07-cf09), the ecological fiscal
transfers (bq16-bq18), the biodiversity finance plans (m07-m09) and the audits of supreme audit
institutions (cp25-cp27). No earlier records page names space spraying, a coal-tar sealant, a
metered-dose inhaler other than in passing, pumped storage, a cable car, chewing gum litter other
than in passing, flax, a customs laboratory other than in passing or budget tagging.

records71.py (ids cy..), written at the same time by another engineer, is not part of this set's
pool and was neither searched nor judged.

Traps: the food and customs laboratories that found Triffid in flax shipments (cx22) are passing, 0
to the customs laboratory queries; the natural chicle of the chicozapote, named by cx21 only as an
alternative, is passing. Other sets' topics are named in passing: the honeybees and lawsuits of
cx01; the pneus and ruches of cx02; the apicultores and escuelas of cx03; the snowploughs and house
dust of cx04; the cokeries and the amiante looked for in the same cores of cx05; the coquizadoras,
humedales and vías terciarias of cx06; the take-back of used inhalers with unused medicines, the
HFC regulation and the Kigali Amendment of cx07, cx08 and cx09; the feral horses, invasive fish and
offsets of cx10; the tétras-lyre, bouquetins and zones humides of cx11; the desalination plant and
its brine of cx12; the minibuses and trufis of cx13; the Natura 2000 site of cx14; the microbuses,
rooftop murals and ciclovías of cx15; the lithium-ion batteries of cx16; the kpayo, two-stroke
outboard motors, acadjas, zémidjans électriques and used batteries of cx17; the oil concessions of
cx18; the mégots of cx20; the drug precursors, mercury in cosmetics and toys of cx25; the port of
Tanger Med, the guichet unique and the counterfeit insecticides of cx26; the insumos químicos
fiscalizados and cremas aclarantes of cx27; the fuel subsidies of cx28; the obligations vertes and
the Cour des comptes of cx29; and the Corredor Seco, the hurricanes Eta and Iota and the bonos
temáticos of cx30. For the country queries: cx01 names Florida and South Carolina, in the United
States; cx11 names France, where such plants are called STEP; cx14 names Brest and Île-de-France,
in France; cx20 names the Québécois; cx22 and cx23 name Germany; cx24 names Canada (the canadiense
Triffid) and Europe; cx25 lists Kenya, Uganda, Tanzania and Rwanda; cx28 lists Nepal and seven more
Asian countries; cx30 names Mexico.

Ids (cx01..cx30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
cv01..cv30, cw01..cw30), and no earlier id starts with "cx".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- insecticide fogging against Aedes mosquitoes -----------------------------------------
    ("cx01", "case-study", "en",
     "Aerial naled spraying against Zika in Miami-Dade in 2016, and the honeybees lost in "
     "South Carolina",
     "When local transmission of the Zika virus was confirmed in Wynwood and Miami Beach in "
     "the summer of 2016, Miami-Dade County's mosquito control division combined door-to-door "
     "larviciding with night-time truck-mounted fogging and, for the first time over dense "
     "neighbourhoods, aerial ultra-low-volume spraying of the organophosphate naled at dawn. "
     "This case study reconstructs the campaign: droplet sizes, trap counts of Aedes aegypti, "
     "the mosquito that also carries dengue, before and after each application, the lawsuits "
     "that followed and the complaints of residents and beekeepers. The same month, "
     "Dorchester County in South Carolina sprayed naled from aircraft in daytime, and "
     "apiaries near Summerville lost millions of honeybees. The study draws lessons, applied "
     "again when local dengue cases appeared in Miami-Dade in 2023 and 2024: warn beekeepers "
     "and residents, spray when pollinators are inactive, test mosquito resistance before "
     "choosing an insecticide, and remember that space spraying, which kills only the adults "
     "flying at that moment, must follow the removal of breeding sites, not replace it.",
     ("space spraying", "insecticide fogging", "mosquito control", "Zika", "honeybees"),
     ("US",), "2023-07"),
    ("cx02", "document", "fr",
     "Lutte antivectorielle contre la dengue à La Réunion : ce qu'il faut savoir sur les "
     "pulvérisations spatiales de deltaméthrine",
     "Depuis les épidémies de dengue de 2018 à 2021, qui ont touché des dizaines de milliers "
     "de Réunionnais, le service de lutte antivectorielle de l'Agence régionale de santé "
     "intervient autour de chaque cas signalé : visite des cours et des ravines pour vider "
     "les soucoupes, pneus et fûts où pond le moustique tigre (Aedes albopictus), puis, la "
     "nuit ou au petit matin, pulvérisation spatiale d'insecticide depuis un véhicule équipé "
     "d'un nébulisateur ou à dos d'homme dans un rayon de 100 à 150 mètres. Cette fiche, "
     "destinée aux mairies, aux riverains et aux apiculteurs, explique ce qu'est la "
     "démoustication par nébulisation à ultra-bas volume, pourquoi on utilise la "
     "deltaméthrine, les précautions à prendre (fermer les fenêtres, rentrer le linge et les "
     "animaux, couvrir les ruches quand l'apiculteur a été prévenu la veille) et les "
     "limites : le produit ne touche que les moustiques adultes qui volent à ce moment-là, et "
     "des résistances aux pyréthrinoïdes ont été mesurées. Supprimer les gîtes larvaires "
     "reste la première mesure.",
     ("démoustication", "pulvérisations spatiales", "lutte antivectorielle", "dengue",
      "deltaméthrine"),
     ("RE",), "2022-11"),
    ("cx03", "need", "es",
     "Necesidad: vigilancia de la resistencia del Aedes aegypti y uso racional de la "
     "fumigación contra el dengue en el Nordeste argentino",
     "En la temporada 2023-2024 la Argentina tuvo la mayor epidemia de dengue de su historia, "
     "y en Chaco, Corrientes, Misiones y Formosa los municipios salieron a fumigar barrios "
     "enteros con termonebulizadoras montadas en camionetas y con motomochilas, a veces de "
     "día y varias veces por semana, mientras los vecinos pedían más fumigación. Los equipos "
     "provinciales de control de vectores observaron que las nebulizaciones con cipermetrina "
     "tenían poco efecto y sospechan resistencia a los piretroides. Solicitan apoyo para "
     "montar ensayos de susceptibilidad con mosquitos recolectados en cada ciudad, capacitar "
     "a los fumigadores en la calibración de los equipos, el tamaño de gota, los horarios de "
     "actividad del mosquito y la protección personal, evaluar la rotación con otros "
     "insecticidas y registrar dónde y cuándo se aplica cada producto. Piden además "
     "materiales para las jornadas de descacharrado con las escuelas y para avisar a los "
     "apicultores, y recuerdan que fumigar no reemplaza la eliminación de los criaderos.",
     ("fumigación", "nebulización", "dengue", "resistencia a insecticidas",
      "control de vectores"),
     ("AR",), "2024-06"),
    # --- coal-tar sealants and tar in pavements -----------------------------------------------
    ("cx04", "dataset", "en",
     "PAHs from coal-tar sealcoat: parking-lot dust and stormwater pond sediments in the Twin "
     "Cities before and after Minnesota's 2014 ban",
     "Coal-tar-based sealants, sprayed or squeegeed every few years onto parking lots and "
     "driveways to make the asphalt look black and new, contain about a thousand times more "
     "polycyclic aromatic hydrocarbons (PAHs) than asphalt-based sealants. As the sealcoat "
     "wears, tyres and snowploughs grind it into dust that washes into stormwater ponds, "
     "where PAHs such as benzo[a]pyrene built up to levels that made dredged sediment costly "
     "to dispose of. This dataset, compiled by the state pollution control agency with cities "
     "and watershed districts, holds PAH concentrations in sediment cores from 150 stormwater "
     "ponds of the Minneapolis-Saint Paul area, scrapings from sealed and unsealed lots, and "
     "house dust from ground-floor flats next to sealed lots, sampled from 2005 to 2023. It "
     "also records the municipal ordinances that preceded the statewide ban on coal-tar "
     "sealants of January 2014, sales of the alternatives, and the pond clean-out costs "
     "reported by cities.",
     ("coal-tar sealants", "polycyclic aromatic hydrocarbons", "stormwater ponds",
      "sediments", "house dust"),
     ("US",), "2024-03"),
    ("cx05", "document", "fr",
     "Fraisats goudronneux : repérer et gérer les HAP des anciens revêtements routiers en "
     "Wallonie",
     "Jusque dans les années 1970, de nombreuses routes et rues de Belgique ont été revêtues "
     "ou traitées au goudron de houille, un sous-produit des cokeries riche en hydrocarbures "
     "aromatiques polycycliques (HAP). Ces couches sont aujourd'hui enfouies sous des enrobés "
     "bitumineux plus récents, et elles ressortent lors du fraisage, quand on refait la "
     "voirie : les fraisats qui en contiennent ne peuvent pas être recyclés comme les autres "
     "dans de nouveaux enrobés à chaud, car le chauffage libère les HAP et expose les "
     "ouvriers. Ce guide, destiné aux communes, aux bureaux d'études et aux entrepreneurs, "
     "explique comment prélever des carottes avant le chantier, utiliser sur place le spray "
     "révélateur qui jaunit au contact du goudron, faire doser les HAP en laboratoire, "
     "séparer les fraisats goudronneux et les diriger vers un traitement thermique ou un "
     "centre autorisé, avec leur traçabilité. Il rappelle la protection des travailleurs et "
     "la recherche d'amiante, faite sur les mêmes carottes.",
     ("goudron de houille", "HAP", "fraisats", "revêtements routiers",
      "recyclage des enrobés"),
     ("BE",), "2023-02"),
    ("cx06", "need", "es",
     "Necesidad: identificar selladores de alquitrán de hulla en los parqueaderos de Bogotá y "
     "medir HAP en el polvo y los sedimentos",
     "En Bogotá, centros comerciales, conjuntos residenciales y parqueaderos públicos "
     "renuevan el aspecto de sus pisos asfálticos con selladores negros que se venden como "
     "«sello asfáltico» o «emulsión selladora», sin que nadie sepa si son a base de asfalto o "
     "de alquitrán de hulla, la brea de las coquizadoras de Boyacá, que otros países han "
     "restringido por su alto contenido de hidrocarburos aromáticos policíclicos (HAP). La "
     "secretaría de ambiente del distrito solicita apoyo técnico para analizar los productos "
     "vendidos en ferreterías y por los aplicadores, medir HAP en el polvo de parqueaderos "
     "sellados y sin sellar y en los sedimentos de los canales y humedales que reciben su "
     "escorrentía, como el Juan Amarillo, y revisar si el material fresado que se reutiliza "
     "en vías terciarias contiene alquitrán. Pide también capacitación para los aplicadores, "
     "que trabajan sin protección, y un borrador de norma que obligue a declarar en la "
     "etiqueta el tipo de sellador.",
     ("alquitrán de hulla", "selladores", "HAP", "parqueaderos", "calidad de sedimentos"),
     ("CO",), "2024-09"),
    # --- metered-dose inhalers ----------------------------------------------------------------
    ("cx07", "project", "en",
     "Greener inhalers in West Yorkshire general practices: switching propellant inhalers and "
     "taking empties back",
     "Pressurised metered-dose inhalers (pMDIs) use a hydrofluorocarbon propellant, HFA-134a "
     "or HFA-227ea, with a global warming potential more than a thousand times that of carbon "
     "dioxide, and in the National Health Service they account for about three percent of the "
     "carbon footprint of care. Dry powder and soft-mist inhalers contain no propellant. This "
     "project, run by an integrated care board with 300 general practices and community "
     "pharmacies, reviews patients with asthma and chronic obstructive pulmonary disease "
     "(COPD) at their annual check, moves those who can use them to dry powder inhalers, "
     "corrects inhaler technique, cuts the over-use of blue salbutamol relievers that signals "
     "poorly controlled asthma, and keeps spacers and metered-dose inhalers for those who "
     "need them. Pharmacies take back used inhalers, most still holding propellant, for "
     "recovery or incineration instead of the household bin. The project reports "
     "prescriptions, carbon dioxide equivalent saved and asthma attacks, and follows the "
     "arrival of inhalers with the lower-warming propellants HFA-152a and HFO-1234ze.",
     ("metered-dose inhalers", "propellants", "hydrofluorocarbons", "asthma",
      "health care carbon footprint"),
     ("GB",), "2024-05"),
    ("cx08", "document", "fr",
     "Pompes pour l'asthme et climat : guide pour choisir un inhalateur et rapporter les "
     "pompes vides à la pharmacie",
     "Au Québec, on appelle « pompes » les inhalateurs que des centaines de milliers de "
     "personnes asthmatiques ou atteintes de maladie pulmonaire obstructive chronique (MPOC) "
     "utilisent chaque jour. Les aérosols-doseurs, les pompes classiques, contiennent un gaz "
     "propulseur, un hydrofluorocarbure (HFC) dont le potentiel de réchauffement planétaire "
     "dépasse mille fois celui du CO2, alors que les inhalateurs de poudre sèche n'en "
     "contiennent pas. Ce guide, préparé avec des pneumologues, des pharmaciens et des "
     "inhalothérapeutes, aide les patients et les prescripteurs à comparer les deux familles, "
     "sans jamais changer de pompe sans l'avis du médecin, et à bien utiliser la chambre "
     "d'espacement. Il explique pourquoi une pompe « vide » contient encore du gaz et doit "
     "être rapportée à la pharmacie, qui la confie à la récupération des médicaments "
     "inutilisés, au lieu d'être jetée aux ordures ou au bac de recyclage. Il situe ces gaz "
     "dans l'amendement de Kigali au Protocole de Montréal et dans le règlement canadien sur "
     "les HFC.",
     ("inhalateurs", "aérosols-doseurs", "gaz propulseurs", "HFC", "asthme"),
     ("CA",), "2023-10"),
    ("cx09", "case-study", "es",
     "Inhaladores y huella de carbono en la atención primaria de Navarra: cinco años de "
     "cambio de cartuchos presurizados a polvo seco",
     "Los inhaladores presurizados de cartucho, que muchos pacientes llaman «el spray» o «el "
     "aerosol», liberan con cada pulsación un gas propelente, el HFC-134a o el HFC-227ea, de "
     "alto potencial de calentamiento; los inhaladores de polvo seco no lo llevan. Este "
     "estudio de caso describe cómo los centros de salud de un área de Navarra, con el "
     "servicio de farmacia y las sociedades de neumología y de medicina de familia, revisaron "
     "de 2019 a 2024 el tratamiento de los pacientes con asma y con enfermedad pulmonar "
     "obstructiva crónica (EPOC): corregir la técnica de inhalación, reducir el uso excesivo "
     "de salbutamol de rescate, pasar a polvo seco a quienes tienen fuerza inspiratoria "
     "suficiente y mantener el cartucho con cámara espaciadora en niños y mayores. Las "
     "emisiones de los inhaladores dispensados bajaron un 40 %, sin más crisis ni ingresos. "
     "El texto trata también la recogida de inhaladores usados en los puntos SIGRE de las "
     "farmacias y los nuevos propelentes de bajo potencial de calentamiento.",
     ("inhaladores", "gases propelentes", "huella de carbono", "asma", "EPOC"),
     ("ES",), "2024-10"),
    # --- pumped-storage hydropower ------------------------------------------------------------
    ("cx10", "case-study", "en",
     "Snowy 2.0: a pumped-hydro scheme inside Kosciuszko National Park, and the fish it could "
     "move",
     "Snowy 2.0 links two existing reservoirs of the Snowy Mountains Scheme, Tantangara and "
     "Talbingo, with 27 kilometres of tunnels and an underground power station of 2,200 "
     "megawatts. Water released downhill generates power when demand is high; when wind and "
     "solar farms produce a surplus, the same machines pump it back up, so that the scheme "
     "can store about 350 gigawatt-hours, enough to run for a week. This case study examines "
     "the environmental side of the largest pumped-storage project in Australia: tunnel spoil "
     "placed in the reservoirs, roads and transmission lines through a national park whose "
     "alpine bogs already suffer from feral horses, and above all the risk that pumping will "
     "carry invasive redfin perch and eastern gambusia from Talbingo up into Tantangara and "
     "the upper Murrumbidgee, home of the endangered stocky galaxias. It reviews the offsets "
     "paid to the park, the fish barriers proposed, the delays and rising costs, and what "
     "other pumped hydro projects can learn about choosing sites outside protected areas.",
     ("pumped-storage hydropower", "energy storage", "invasive fish", "protected areas",
      "Snowy Mountains"),
     ("AU",), "2024-02"),
    ("cx11", "project", "fr",
     "Nant de Drance : suivi environnemental d'une centrale de pompage-turbinage entre les "
     "lacs d'Emosson et du Vieux-Emosson",
     "Creusée à 600 mètres sous terre dans le Valais, la centrale de pompage-turbinage de "
     "Nant de Drance, mise en service en 2022, relie les lacs de retenue d'Emosson et du "
     "Vieux-Emosson, dont le barrage a été surélevé d'une vingtaine de mètres. Ses six "
     "groupes de 150 mégawatts turbinent l'eau du bassin supérieur quand le réseau a besoin "
     "d'électricité et la repompent quand l'électricité solaire ou éolienne abonde : ce "
     "stockage d'énergie de 20 gigawattheures aide à équilibrer le réseau suisse et européen. "
     "Le projet de suivi environnemental, mené avec le canton et la commune de Finhaut, "
     "surveille le marnage quotidien des deux lacs, la température et la turbidité de l'eau, "
     "les poissons, les sédiments et les dépôts de matériaux d'excavation, la faune des "
     "alpages dérangée par les chantiers, comme le tétras-lyre et le bouquetin, et les "
     "mesures de compensation : revitalisation de torrents et de zones humides dans la vallée "
     "du Trient. Il compare aussi ces centrales, qu'on appelle STEP en France, avec les "
     "batteries.",
     ("pompage-turbinage", "stockage d'énergie", "hydroélectricité", "lacs de retenue",
      "suivi environnemental"),
     ("CH",), "2023-09"),
    ("cx12", "document", "es",
     "Salto de Chira: resumen de la declaración de impacto ambiental de la central "
     "hidroeléctrica de bombeo de Gran Canaria",
     "En Gran Canaria, una isla sin conexión eléctrica con el continente, la central de "
     "bombeo Salto de Chira aprovechará las presas de Chira y de Soria, en el centro-sur de "
     "la isla, para almacenar la energía eólica y solar que hoy se desperdicia: cuando sobra "
     "viento bombeará agua de Soria, la presa inferior, hasta Chira, y en las horas punta la "
     "turbinará con una potencia de 200 megavatios y unos 3,5 gigavatios hora de "
     "almacenamiento. Como en la isla no sobra agua dulce, el sistema se llenará con agua de "
     "mar desalada en una planta de la costa de Arguineguín y una conducción de más de diez "
     "kilómetros. Este documento resume la declaración de impacto ambiental y sus "
     "condiciones: obras dentro de la Reserva de la Biosfera de Gran Canaria, protección del "
     "pinar y de las especies endémicas, control del polvo y del ruido, vigilancia de la "
     "salmuera vertida al mar, integración en el paisaje de las tuberías forzadas y los "
     "tendidos eléctricos, y un plan de seguimiento.",
     ("centrales hidroeléctricas de bombeo", "almacenamiento de energía",
      "energías renovables", "impacto ambiental", "Gran Canaria"),
     ("ES",), "2023-06"),
    # --- urban cable cars ---------------------------------------------------------------------
    ("cx13", "dataset", "en",
     "Mi Teleférico, La Paz and El Alto: ten years of ridership, travel times and avoided "
     "minibus emissions",
     "Since 2014 the state company Mi Teleférico has opened ten urban cable car lines, with "
     "more than thirty stations, linking the high plateau city of El Alto, at over 4,000 "
     "metres, with La Paz in the valley below. Before, the trip down the steep slopes took up "
     "to an hour in congested minibuses and trufis; in a gondola it takes about ten minutes, "
     "with no exhaust. This dataset, assembled by a university transport group with the "
     "company, gives monthly passenger counts per line and station from 2014 to 2024, "
     "origin-destination surveys, travel times compared with minibus routes, electricity use "
     "per passenger-kilometre and an estimate of the fuel and greenhouse gas emissions "
     "avoided. It also holds survey data on who rides, fares and housing prices near "
     "stations, and records outages and the ageing of cabins and cables. The notes explain "
     "why cable cars suit steep, dense cities where roads cannot be widened.",
     ("urban cable cars", "public transport", "transport emissions", "gondolas", "La Paz"),
     ("BO",), "2024-11"),
    ("cx14", "case-study", "fr",
     "Téléo, le téléphérique urbain de Toulouse : étude de cas sur deux ans d'exploitation",
     "Mis en service en mai 2022, Téléo relie en une dizaine de minutes l'Oncopole, le centre "
     "hospitalier de Rangueil et l'université Paul-Sabatier, en franchissant la Garonne et la "
     "colline de Pech-David, là où un bus mettait plus d'une demi-heure dans les bouchons. "
     "Avec ses trois kilomètres, c'est la plus longue ligne de transport par câble urbain de "
     "France ; elle est intégrée au réseau Tisséo et se prend avec le même titre que le "
     "métro. Cette étude de cas analyse la fréquentation, les reports depuis la voiture et le "
     "bus, la consommation électrique des télécabines, les arrêts dus au vent, l'acceptation "
     "par les riverains survolés et l'insertion des pylônes dans les coteaux boisés de "
     "Pech-David et sur les berges de la Garonne, site Natura 2000, avec les inventaires de "
     "faune et de flore. Elle compare Téléo au téléphérique de Brest et aux projets "
     "d'Île-de-France, et dit pourquoi des villes voient dans le câble un transport sobre "
     "pour franchir une rivière ou une colline.",
     ("transport par câble", "téléphérique urbain", "mobilité décarbonée",
      "transports en commun", "Toulouse"),
     ("FR",), "2024-06"),
    ("cx15", "project", "es",
     "Cablebús de la Ciudad de México: teleféricos para las colonias de las laderas de "
     "Gustavo A. Madero e Iztapalapa",
     "El Cablebús es el sistema de transporte público por cable de la Ciudad de México. La "
     "Línea 1, abierta en 2021, sube de Indios Verdes a Cuautepec, en Gustavo A. Madero; la "
     "Línea 2, de más de diez kilómetros, cruza la sierra de Santa Catarina en Iztapalapa y "
     "se cuenta entre las más largas del mundo; la Línea 3 atraviesa el Bosque de "
     "Chapultepec. Para las familias de las colonias de las laderas, que antes bajaban en "
     "microbuses y peseros durante más de una hora, el viaje dura ahora la mitad. El proyecto "
     "evalúa las emisiones evitadas al sustituir viajes en microbús, la electricidad que "
     "consumen las cabinas, la seguridad y el alumbrado de las calles bajo las estaciones, "
     "los murales pintados en las azoteas que se ven desde las cabinas y, en Chapultepec, la "
     "protección del arbolado y de la fauna durante la obra de las torres. También acompaña "
     "los senderos seguros y las ciclovías que llegan a cada estación.",
     ("transporte por cable", "teleférico urbano", "movilidad sustentable",
      "transporte público", "Ciudad de México"),
     ("MX",), "2024-12"),
    # --- electric boats -----------------------------------------------------------------------
    ("cx16", "dataset", "en",
     "Aditya, India's first solar ferry: five years of crossings on Vembanad Lake",
     "Since January 2017 the Kerala State Water Transport Department has run Aditya, a "
     "20-metre catamaran ferry powered only by solar panels on its roof and a lithium-ion "
     "battery bank, on the 2.5-kilometre crossing between Vaikom and Thavanakkadavu on "
     "Vembanad Lake, carrying up to 75 passengers. The diesel ferries it replaced burnt about "
     "100 litres of fuel a day, leaked oil into the backwaters and shook passengers with "
     "noise. This dataset gives the trips, passengers, solar energy generated, battery state "
     "of charge and grid top-ups, maintenance costs, and the fuel and carbon dioxide avoided, "
     "day by day from 2017 to 2022, compared with diesel boats on similar routes. It also "
     "holds passenger surveys on noise and comfort, and lists the electric and hybrid boats "
     "that followed, including those of the Kochi Water Metro. Notes explain the battery "
     "replacement after five years and its cost.",
     ("electric boats", "solar ferries", "inland water transport", "Vembanad Lake",
      "renewable energy"),
     ("IN",), "2023-01"),
    ("cx17", "need", "fr",
     "Besoin : des pirogues électriques solaires pour le transport et le tourisme sur le lac "
     "Nokoué, à Ganvié",
     "Sur le lac Nokoué, au nord de Cotonou, les habitants de Ganvié et des autres villages "
     "lacustres se déplacent en pirogue, à la perche ou à la voile, mais les barques qui "
     "transportent les touristes et les marchandises sont de plus en plus équipées de moteurs "
     "hors-bord à deux temps. Leur essence, souvent du kpayo de contrebande, et leur huile "
     "finissent dans l'eau où l'on pêche dans les acadjas, et le bruit fait fuir les oiseaux. "
     "L'association des piroguiers et la commune de Sô-Ava sollicitent un appui pour tester "
     "une dizaine de pirogues électriques, avec moteurs électriques et batteries rechargées "
     "par des panneaux solaires installés au débarcadère d'Abomey-Calavi, former des "
     "piroguiers et des mécaniciens à l'entretien, organiser la collecte des batteries "
     "usagées et financer l'achat à crédit par les coopératives, à l'image des zémidjans "
     "électriques de Cotonou. Elles demandent aussi une étude de la fréquentation touristique "
     "et des revenus des piroguiers.",
     ("pirogues électriques", "bateaux électriques", "énergie solaire", "transport lacustre",
      "lac Nokoué"),
     ("BJ",), "2024-04"),
    ("cx18", "project", "es",
     "Kara Solar: canoas solares para las comunidades achuar de los ríos Capahuari y Pastaza",
     "En la Amazonía ecuatoriana las comunidades achuar no tienen carreteras: los ríos son "
     "sus caminos, y las canoas con motor fuera de borda dependen de gasolina que llega en "
     "avioneta o tras largos viajes, a precios muy altos. Desde 2017 la iniciativa Kara "
     "Solar, con la nacionalidad achuar, construye canoas de transporte fluvial movidas por "
     "motores eléctricos bajo techos de paneles solares. La primera, Tapiatpia, nombre de la "
     "anguila eléctrica de la mitología achuar, une varias comunidades del río Capahuari y "
     "del Pastaza; otras se sumaron después, con estaciones de carga solar en las "
     "comunidades. El proyecto forma a jóvenes achuar como navegantes y técnicos de "
     "mantenimiento, organiza el servicio como empresa comunitaria con tarifas, mide la "
     "gasolina y las emisiones evitadas y el ruido que ya no espanta a la fauna, y busca que "
     "el transporte limpio apoye el plan de vida achuar frente a la apertura de carreteras y "
     "las concesiones petroleras.",
     ("canoas solares", "embarcaciones eléctricas", "transporte fluvial", "Amazonía",
      "pueblo achuar"),
     ("EC",), "2023-08"),
    # --- chewing gum litter -------------------------------------------------------------------
    ("cx19", "support-source", "en",
     "Chewing Gum Task Force grants: funding for councils to clean gum off the streets and "
     "stop it being dropped",
     "Discarded chewing gum stains most of England's busy streets: surveys have found gum on "
     "nearly nine in ten high streets, and councils spend millions a year removing it, since "
     "a grey blob that costs nothing to drop is costly to steam off. Ordinary chewing gum is "
     "made of a synthetic gum base, a plastic that does not biodegrade. Since 2021 the "
     "Chewing Gum Task Force, set up by the government and funded by the main gum "
     "manufacturers, has offered grants to councils in England and later in Wales. Councils "
     "can use them to deep-clean gum from pavements and town centres with steam and to "
     "install behaviour change signs, bins and gum targets that nudge people to bin their "
     "gum. Each funded council measures gum staining and fresh gum before and after the work, "
     "and results are published. The page gives eligibility, the application round, the "
     "evaluation method and the fall in gum dropping reported by earlier rounds.",
     ("chewing gum litter", "street cleaning", "behaviour change", "litter",
      "local authorities"),
     ("GB",), "2024-03"),
    ("cx20", "dataset", "fr",
     "Chiques et chewing-gums sur les trottoirs de Bruxelles : comptages dans les rues "
     "commerçantes, 2019-2024",
     "À Bruxelles, on dit une chique ou une chiclette pour le chewing-gum, que les Québécois "
     "appellent gomme. Jetées par terre, les chiques durcissent et noircissent en quelques "
     "jours et restent collées aux pavés et aux dalles pendant des années. Ce jeu de données "
     "de l'agence régionale de la propreté publique rassemble les comptages des taches et des "
     "chiques fraîches sur des placettes de dix mètres carrés dans quarante rues "
     "commerçantes, de la rue Neuve à la chaussée d'Ixelles et aux abords des gares, relevés "
     "deux fois par an, avec les passages de nettoyage à la vapeur et le coût de chaque "
     "chantier. Il donne aussi les mégots comptés sur les mêmes placettes, les amendes pour "
     "malpropreté et les effets d'une campagne d'affichage et de poubelles munies d'un "
     "compartiment à chiques. Les notes rappellent que le chewing-gum ordinaire est fait "
     "d'une gomme base synthétique, un plastique, et décrivent les gommes dites "
     "biodégradables.",
     ("chewing-gums", "chiques", "propreté publique", "déchets sauvages",
      "nettoyage des rues"),
     ("BE",), "2024-09"),
    ("cx21", "case-study", "es",
     "Retirar los chicles de las banquetas del Centro Histórico de la Ciudad de México",
     "En las calles peatonales del Centro Histórico, como Madero y Regina, y en la plancha "
     "del Zócalo, los chicles pegados en las banquetas y el adoquín se contaban por cientos "
     "de miles, manchas negras que ningún barrido quita. Este estudio de caso describe las "
     "jornadas de retiro de goma de mascar organizadas por la autoridad del Centro Histórico: "
     "cuadrillas con máquinas de vapor a presión y un removedor biodegradable en lugar de "
     "espátulas y solventes que dañan la cantera, el costo por metro cuadrado, la "
     "participación de comerciantes y voluntarios, y la campaña «tira tu chicle en el bote». "
     "Analiza por qué las manchas vuelven a los pocos meses si no cambia la costumbre, "
     "compara con las multas de la Ley de Cultura Cívica y con los tableros donde la gente "
     "pega su chicle en otras ciudades, y propone que los fabricantes paguen parte de la "
     "limpieza. La goma de mascar común está hecha de polímeros sintéticos; el chicle natural "
     "de chicozapote solo se menciona como alternativa.",
     ("goma de mascar", "chicles", "limpieza urbana", "basura en la vía pública",
      "espacio público"),
     ("MX",), "2023-04"),
    # --- genetically modified flax ------------------------------------------------------------
    ("cx22", "case-study", "en",
     "CDC Triffid: how a deregistered genetically modified flax closed Canada's main flax "
     "market in 2009",
     "CDC Triffid, a flax (linseed) variety genetically modified to tolerate sulfonylurea "
     "herbicide residues in the soil, was developed at the University of Saskatchewan's Crop "
     "Development Centre and approved for food, feed and planting in Canada in the 1990s. "
     "Fearing the reaction of European buyers, flax growers asked for its deregistration in "
     "2001, and its pedigree seed was destroyed. In September 2009 Triffid DNA was "
     "nevertheless detected in bakery products and cereals in Germany; within months food and "
     "customs laboratories had found it in flax shipments to more than thirty countries, and "
     "Canadian exports to the European Union, where the event was never authorised, "
     "collapsed. This case study follows the response: a sampling and testing protocol for "
     "every shipment, planting seed rebuilt from lines tested free of the transgene, the "
     "testing of farmers' saved seed, and the years it took to bring detections close to "
     "zero. It asks what deregistration should mean for a genetically modified crop, and how "
     "low-level presence should be handled in trade.",
     ("genetically modified flax", "CDC Triffid", "low-level presence", "grain exports",
      "seed testing"),
     ("CA",), "2022-10"),
    ("cx23", "dataset", "fr",
     "Lin génétiquement modifié FP967 : résultats des contrôles de graines de lin importées "
     "et de produits de boulangerie en France, 2009-2015",
     "Après la détection, en septembre 2009, du lin génétiquement modifié FP967, dit Triffid, "
     "dans des produits vendus en Allemagne, la France a ajouté la recherche de cet "
     "événement, jamais autorisé dans l'Union européenne, à ses plans de contrôle des OGM. Ce "
     "jeu de données rassemble les prélèvements faits par les services de la répression des "
     "fraudes et de l'alimentation dans les ports, chez les importateurs de graines de lin, "
     "les moulins, les boulangeries industrielles et dans les rayons de pains aux graines et "
     "de céréales du petit déjeuner : origine du lot, résultats de détection par PCR, teneurs "
     "estimées, retraits du marché et notifications au système d'alerte rapide européen. Le "
     "nombre de lots positifs chute à partir de 2012. Les notes précisent que le lin textile, "
     "cultivé en Normandie et dans les Hauts-de-France pour sa fibre, n'était pas concerné, "
     "et que le lin oléagineux biologique a fait l'objet d'analyses renforcées.",
     ("lin génétiquement modifié", "lin Triffid", "détection des OGM", "graines de lin",
      "sécurité sanitaire des aliments"),
     ("FR",), "2016-03"),
    ("cx24", "project", "es",
     "Lino argentino libre de eventos transgénicos: análisis y certificación de la linaza "
     "para exportar a Europa",
     "Cuando en 2009 el lino transgénico canadiense CDC Triffid apareció en cargamentos que "
     "llegaban a Europa y los compradores buscaron otros orígenes, los productores de lino "
     "oleaginoso de Entre Ríos y del sudeste bonaerense vieron una oportunidad, a condición "
     "de demostrar que su linaza estaba libre de ese y de cualquier otro evento. En la "
     "Argentina no hay ningún lino genéticamente modificado aprobado. Este proyecto, con el "
     "INTA, el servicio de sanidad agroalimentaria y laboratorios privados, establece el "
     "muestreo en los acopios y en el puerto de Rosario, la detección por PCR en tiempo real "
     "del evento FP967 y de los elementos de control más comunes, la segregación de los lotes "
     "y un sello de lino no transgénico. También capacita a los acopiadores, registra la "
     "semilla de las variedades locales y verifica la semilla importada para siembra. Los "
     "resultados se comparten con la autoridad de bioseguridad, que debe autorizar cualquier "
     "ensayo con lino transgénico.",
     ("lino", "linaza", "detección de organismos genéticamente modificados", "certificación",
      "exportaciones"),
     ("AR",), "2012-11"),
    # --- customs laboratories -----------------------------------------------------------------
    ("cx25", "support-source", "en",
     "Offer: analysis of suspect chemicals for East African customs administrations by the "
     "customs laboratory at the port of Mombasa",
     "Customs officers at ports and border posts often cannot tell from the label what is "
     "inside a drum, a gas cylinder or a carton of cosmetics: a refrigerant declared as "
     "HFC-134a may be a banned CFC or a mixture, a 'fertiliser' may be a pesticide, a cream "
     "may contain mercury. The customs laboratory at the port of Mombasa, accredited to "
     "ISO/IEC 17025, offers the customs administrations of the East African Community the "
     "analysis of samples sent under seal: refrigerant identification by gas chromatography, "
     "infrared and Raman spectroscopy of chemicals and suspected drug precursors, X-ray "
     "fluorescence for mercury and lead in cosmetics and toys, and tariff classification "
     "opinions. It also lends handheld Raman analysers and refrigerant identifiers, with "
     "training, so that officers can screen goods at the border and send only doubtful "
     "samples. The page explains how to take, seal and ship samples, chain of custody, "
     "turnaround times and costs, and how results support cases under the Montreal Protocol "
     "and the Rotterdam and Minamata conventions.",
     ("customs laboratories", "chemical analysis", "border control",
      "illegal trade in chemicals", "capacity building"),
     ("KE", "UG", "TZ", "RW"), "2024-01"),
    ("cx26", "project", "fr",
     "Renforcer le laboratoire des douanes marocaines pour identifier produits chimiques, "
     "frigorigènes et pesticides aux frontières",
     "Le laboratoire de l'Administration des douanes et impôts indirects, à Casablanca, "
     "analyse chaque année des milliers d'échantillons prélevés par les bureaux de "
     "dédouanement pour vérifier l'espèce tarifaire, l'origine et la conformité des "
     "marchandises. Ce projet, soutenu par l'Unité nationale ozone et le département de "
     "l'environnement, l'équipe pour les contrôles liés aux conventions sur les produits "
     "chimiques : chromatographe en phase gazeuse pour les fluides frigorigènes et les HCFC "
     "soumis à quotas, spectromètres infrarouge et Raman portables pour le port de Tanger Med "
     "et l'aéroport de Casablanca, trousses d'identification des pesticides interdits. Il "
     "forme des chimistes et des vérificateurs, rédige des procédures de prélèvement et de "
     "conservation des échantillons, relie le laboratoire au guichet unique du commerce "
     "extérieur et aux laboratoires douaniers du Maghreb, et prépare l'accréditation selon la "
     "norme ISO/CEI 17025. Les premiers résultats portent sur des bouteilles de gaz mal "
     "déclarées et des insecticides contrefaits saisis.",
     ("laboratoires des douanes", "contrôle aux frontières", "fluides frigorigènes",
      "pesticides", "analyse chimique"),
     ("MA",), "2023-05"),
    ("cx27", "dataset", "es",
     "Resultados del laboratorio central de aduanas del Callao: análisis de mercancías "
     "químicas, 2019-2024",
     "El laboratorio central de la administración aduanera del Perú, en el Callao, analiza "
     "las muestras que los especialistas de aduanas extraen en el reconocimiento físico de "
     "las mercancías, el aforo de las declaraciones con canal rojo. Este conjunto de datos "
     "reúne seis años de resultados sobre mercancías químicas: refrigerantes identificados "
     "por cromatografía, incluidas mezclas declaradas como R-134a que contenían HCFC-22; "
     "plaguicidas cuyo ingrediente activo no coincidía con el declarado; mercurio en cremas "
     "aclarantes y en lotes declarados como otros metales; e insumos químicos fiscalizados "
     "mal declarados. Para cada muestra da la subpartida nacional declarada y la corregida, "
     "la aduana de ingreso (Callao, Paita, Tacna, Puno), el país de origen y la sanción "
     "aplicada. Los datos muestran cuántas declaraciones se rectificaron, los plazos de "
     "respuesta del laboratorio y los equipos portátiles usados en frontera. Las notas "
     "explican el muestreo, la cadena de custodia y el intercambio de información con el "
     "ministerio del ambiente y la autoridad fitosanitaria.",
     ("laboratorios aduaneros", "control aduanero", "sustancias químicas", "refrigerantes",
      "mercurio"),
     ("PE",), "2025-02"),
    # --- climate budget tagging ---------------------------------------------------------------
    ("cx28", "event", "en",
     "Regional workshop on climate budget tagging in Kathmandu: ten years of coding climate "
     "spending in Nepal's budget",
     "In 2012 Nepal became one of the first countries to mark climate change in its national "
     "budget: every programme in the annual budget is coded by the Ministry of Finance as "
     "highly relevant, relevant or neutral to climate change, according to the share of its "
     "spending that goes to adaptation or mitigation. This three-day workshop, hosted by the "
     "Ministry of Finance with the Ministry of Forests and Environment, brings together "
     "finance and planning officials from Bangladesh, Bhutan, Cambodia, Indonesia, Pakistan, "
     "the Philippines and Sri Lanka, which have since built their own climate budget tagging "
     "systems. Sessions cover how to weight programmes, how the tags reach the budget speech, "
     "provincial and local budgets and reports under the Paris Agreement, the difference "
     "between tagging and climate public expenditure reviews, how tags are audited, and how "
     "to avoid counting as green any spending that harms the climate, such as fuel subsidies. "
     "Participants draft a roadmap linking the tags to the results of national adaptation "
     "plans.",
     ("climate budget tagging", "public finance", "climate finance", "budgeting",
      "national adaptation plans"),
     ("NP", "BD", "BT", "KH", "ID", "PK", "PH", "LK"), "2023-11"),
    ("cx29", "case-study", "fr",
     "Le budget vert de l'État : étude de cas sur cinq exercices de cotation environnementale "
     "des dépenses publiques en France",
     "Depuis le projet de loi de finances pour 2021, la France publie en annexe de son budget "
     "un « budget vert », le rapport sur l'impact environnemental du budget de l'État. Chaque "
     "dépense budgétaire et fiscale y est cotée comme favorable, neutre, défavorable ou mixte "
     "au regard de six objectifs : atténuation du changement climatique, adaptation, gestion "
     "de l'eau, économie circulaire et déchets, pollutions et biodiversité. Cette étude de "
     "cas retrace la méthode, conçue par les inspections des finances et de l'environnement, "
     "la part des crédits cotés, les dépenses défavorables les plus lourdes, comme le taux "
     "réduit de taxe sur le gazole non routier, les débats sur les nombreuses cotations "
     "neutres, et l'usage du budget vert par le Parlement et par la Cour des comptes. Elle "
     "compare la démarche aux budgets verts des collectivités locales et à la taxonomie "
     "européenne, et montre comment l'État s'en sert pour repérer les dépenses éligibles à "
     "ses obligations vertes.",
     ("budget vert", "budgétisation verte", "finances publiques",
      "dépenses défavorables à l'environnement", "loi de finances"),
     ("FR",), "2025-01"),
    ("cx30", "need", "es",
     "Necesidad: etiquetado del gasto público en cambio climático en el presupuesto de "
     "Honduras",
     "Honduras, uno de los países más expuestos a huracanes y a las sequías del Corredor "
     "Seco, no sabe cuánto de su presupuesto se destina a enfrentar el cambio climático ni "
     "cuánto gasto lo agrava. La secretaría de finanzas, con la secretaría de ambiente, "
     "solicita apoyo para diseñar un clasificador presupuestario de cambio climático que "
     "permita etiquetar, en el sistema de administración financiera, los programas y "
     "proyectos de inversión según su contribución a la adaptación o a la mitigación, a "
     "partir de la experiencia del anexo transversal de cambio climático del presupuesto "
     "federal de México y de otros países de la región. Pide asistencia para definir "
     "criterios y ponderaciones, capacitar a las unidades de planificación de las secretarías "
     "y de las municipalidades, publicar cada año un informe del gasto etiquetado y "
     "vincularlo con la contribución determinada a nivel nacional. También quiere distinguir "
     "el gasto de reconstrucción tras los huracanes Eta e Iota y preparar la emisión de bonos "
     "temáticos.",
     ("etiquetado presupuestario", "gasto público climático", "presupuesto",
      "finanzas públicas", "cambio climático"),
     ("HN",), "2024-07"),
)  # fmt: skip
