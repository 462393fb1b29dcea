"""Clearing-house records of the fiftieth judged relevance set
(tests/search/relevance/queries50.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: radiation safety pages on
orphan radioactive sources (the cobalt-60 of the Mayapuri scrap market in Delhi; the jauges
nucléaires, sources de curiethérapie and paratonnerres radioactifs of Côte d'Ivoire; a need for
the fuentes radiactivas huérfanas lost in the fierro viejo, yonkes and chatarreras of northern
Mexico); air quality pages on low-cost sensors (the PM2.5 network of Kampala; a French guide to
microcapteurs; sensores de bajo costo in the colegios of Lima Norte and El Callao); trade and
customs pages on Harmonized System codes for chemicals (a guide after the HS 2022 amendments; a
workshop on the codes SH, the nomenclature tarifaire and SYDONIA for the douanes of the UEMOA; a
need for national subpartidas of the NANDINA in Bolivia); energy and pollution pages on
hydraulic fracturing (the Marcellus wells of Pennsylvania; the gaz de schiste of Québec, from
the moratorium to the ban; a need to watch the sismicidad inducida and the waste of Vaca
Muerta); climate mitigation pages on electric motorcycle taxis (battery swapping for Kigali's
motos; the zémidjans électriques of Cotonou; a guide to electric mototaxis and motocarros for
Iquitos, Pucallpa and Tarapoto); waste pages on oxo-degradable plastics (a briefing for
regulators; Montréal's ban on sacs oxodégradables; an offer to test the fundas and tarrinas
oxobiodegradables of Ecuador); trade and climate pages on the EU carbon border adjustment
mechanism (a guide for exporters; a workshop on the MACF for Moroccan fertilisers, steel and
cement; a need to verify the emisiones incorporadas of Argentine aluminium and steel); trade and
pollution pages on used vehicle imports (Kenya's eight-year rule; a guide on véhicules
d'occasion for ECOWAS countries; the autos usados and autos chutos reaching Bolivia from the
Iquique free zone); health pages on the UV Index and skin cancer (SunSmart in Australia; the
indice UV in the schools and on the beaches of New Caledonia; a need for UV radiometers and
alerts in Chile); and biosafety pages on feral genetically modified oilseed rape (the roads from
Japanese ports; the colza GM of the Rhine port of Basel and the Swiss railways; the raps
transgénico and plantas guachas of Chile's seed multiplication). English, French and Spanish, 10
records each, every topic written once in each language (different countries, projects and
angles, not translations of one text).

None of records.py, records3.py, ..., records49.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (radioactive, radioactivité, radiactivo, orphan source,
source orpheline, fuente huérfana, cobalt, caesium, césium, cesio, scrap metal, ferraille,
chatarra, fierro, IAEA, AIEA, OIEA, nuclear, nucléaire, gamma, X-ray; sensor, capteur,
microcapteur, sensor de bajo costo, low-cost, PurpleAir, air quality, qualité de l'air, calidad
del aire, PM2.5, particulate, material particulado; Harmonized System, HS code, customs code,
code douanier, système harmonisé, sistema armonizado, tariff, tarif douanier, nomenclature,
arancel, partida, NANDINA; fracking, hydraulic fracturing, fracturation hydraulique, fractura
hidráulica, shale, gaz de schiste, esquisto, lutita, Vaca Muerta, unconventional, non
conventionnel, no convencional; motorcycle, motorbike, boda-boda, moto-taxi, mototaxi, zémidjan,
motocarro, two-wheeler, deux-roues, three-wheeler, tuk-tuk, rickshaw, scooter, electric vehicle,
véhicule électrique, vehículo eléctrico, electromovilidad; oxo-degradable, oxodégradable,
oxobiodegradable, oxofragmentable, pro-oxidant, prooxydant, biodegradable, compostable; CBAM,
carbon border, ajustement carbone, ajuste en frontera, carbon leakage, emissions trading, steel,
acier, acero, aluminium, aluminio; used car, used vehicle, second-hand vehicle, véhicule
d'occasion, voiture d'occasion, vehículo usado, auto usado, age limit, vehicle import, fuel
economy, Euro 4; UV index, indice UV, índice UV, ultraviolet, ultravioleta, melanoma, skin
cancer, cancer de la peau, cáncer de piel, sunscreen, crème solaire, bloqueador, ozone layer,
couche d'ozone, capa de ozono; canola, colza, raps, rapeseed, oilseed, oléagineux, Brassica,
feral, transgenic, transgénique, transgénico). Screened and dropped as covered: radon
(bz07-bz09), SF6 in switchgear (bu07-bu09), cigarette butts (z25-z27), disposable diapers
(bb16-bb18), mercury skin-lightening creams (p01-p03), lead in spices (z07-z09), used cooking
oil (i25-i27), take-back of unused medicines (bc25-bc27), second-hand clothes (k22-k24),
microbeads (ba16-ba18), disposable vapes (bk04-bk06), tattoo inks (bo28-bo30), ethylene oxide
(bq07-bq09), safety data sheets and the GHS (bl07-bl09, n42, p40), school laboratory chemicals
(j28-j30), mercury thermometers (n44), fluorescent lamps (o28-o30), antimicrobial resistance
(k01-k03), GM mosquitoes (w07-w09), GM fish (t37-t39), GMO labelling (n45), electronic CITES
permits (bd25-bd27), wind turbine blades (bh10-bh12), solar panel waste (u01-u03), lithium-ion
batteries (t25-t27), agrivoltaics (bu19-bu21), solar cookers (bz19-bz21), right to repair
(bv16-bv18), ecolabels (by16-by18), besides the topics of sets 42 to 49; screened with no or
passing hits but not chosen: solar water heaters, solar mini-grids (named by u02), food waste
(bv17, passing), leaded aviation fuel (named by bm01), sea-dumped munitions, carbon taxes, green
bonds, waste-to-energy plants, cycling. The nearest: the Arlit uranium case study that follows
the contaminated scrap resold on the markets (bw08) and the other uranium, phosphogypsum and
radon pages (bw07, bw09, bd16, bz07-bz09), no orphan source page; the mercury trade guide, the
course on scheduled chemicals and the UV-328 guidance, which name the customs codes to use (q07,
w04, bg07), no HS code page; the fenceline benzene samplers (ca07), the passive air samplers for
POPs (bg25-bg27) and the lichen biomonitoring pages (bf28-bf30), no sensor page; the drilling
muds (be16-be18) and gas flaring pages (cb01-cb03), no fracking page; the low emission zones
naming motorcycles and deux-roues (cb04, cb05) and the batteries of electric vehicles and buses
(t26, t27), no electric motorcycle page; the plastic bag bans (j22-j24), the biodegradable mulch
films (z23) and the polystyrene pages (bx07-bx09), no oxo-degradable page; no carbon border
page; the Dakar end-of-life vehicle case study that follows the age limit on imported vehicles
(bc23), no used vehicle import page; the sunscreen and coral reef pages (o25-o27) and the UV-328
stabiliser pages (bg07-bg09), no UV Index page; and the GM mustard that crosses with colza
(be20) and the feral Roundup Ready alfalfa (bk25), no GM oilseed rape page. records48.py and
records49.py are part of the pool and were searched like the others; records51.py (ids ce..),
written at the same time by another engineer, is not part of this set's pool.

Traps: the boda-bodas whose exhaust the Kampala sensors record, and which carry some of them
(cd04), and the mototaxis passing the Lima schools (cd06) are petrol motorcycles; the low-cost
sensor network named by the Kigali project (cd13) is passing; the vehículos usados and fuentes
radiactivas that the Bolivian tariff need leaves out (cd09); the puits orphelins of Québec's
shale gas wells (cd11) are no orphan radioactive sources; the cobalt salts used as pro-oxidants
(cd16) are no cobalt-60; the gas of Vaca Muerta used by the aluminium smelter of Puerto Madryn
(cd21) makes it no fracking page; the motos d'occasion that cd14 leaves out and the deux-roues
and taxis-motos that cd23 leaves to another guide are passing; the electric and hybrid cars
counted among Kenya's imports (cd22) are passing; the national radiation protection agency that
forecasts the UV Index (cd25) makes it no radiation protection page; the North African
fertiliser plants of cd19 do not make it a page on Morocco.

Ids (cd01..cd30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
ca01..ca30, cb01..cb30, cc01..cc30), and no earlier id starts with "cd".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- orphan radioactive sources -----------------------------------------------------------
    ("cd01", "case-study", "en",
     "Cobalt-60 in a Delhi scrap market: the Mayapuri radiation accident of 2010 and the search "
     "for orphan sources",
     "In April 2010 workers in the Mayapuri scrap market of West Delhi cut open a laboratory "
     "gamma irradiator that a university had sold at auction as junk. The cobalt-60 pencils "
     "inside were scattered among the shops; within weeks one man had died and seven others were "
     "in hospital with radiation burns and bone-marrow damage. This case study reconstructs how "
     "the source escaped regulatory control, how the Atomic Energy Regulatory Board and "
     "emergency teams found the pieces with detectors and shielded them in lead containers, and "
     "how shops and soil were decontaminated. It then follows what changed: a national inventory "
     "of sealed radioactive sources, disposal rules for institutions that stop using them, "
     "radiation portal monitors at scrap yards, steel mills and the seaports that import metal "
     "scrap, and training for scrap dealers to recognise the trefoil sign. Lessons are compared "
     "with Goiânia in 1987 and with the IAEA Code of Conduct on the Safety and Security of "
     "Radioactive Sources.",
     ("orphan radioactive sources", "radiation accidents", "scrap metal", "cobalt-60",
      "radiation protection"),
     ("IN",), "2023-03"),
    ("cd02", "project", "fr",
     "Sources radioactives orphelines : inventaire, récupération et entreposage sûr en Côte "
     "d'Ivoire",
     "Jauges nucléaires des chantiers routiers, appareils de radiographie industrielle, "
     "anciennes sources de curiethérapie et paratonnerres radioactifs posés sur les toits dans "
     "les années 1970 : en Côte d'Ivoire, des dizaines de sources radioactives échappent au "
     "contrôle réglementaire, perdues, abandonnées ou revendues avec la ferraille. Ce projet, "
     "conduit par l'autorité nationale de radioprotection avec l'appui de l'AIEA, recense les "
     "détenteurs, retrouve les sources orphelines par des campagnes de mesure en voiture dans "
     "les zones industrielles de Yopougon et de Vridi, et les conditionne dans une installation "
     "d'entreposage centralisée. Il équipe le Port autonome d'Abidjan et deux grands "
     "ferrailleurs de portiques de détection de la radioactivité, car la ferraille exportée vers "
     "l'Asie est contrôlée à l'arrivée, et forme douaniers, sapeurs-pompiers et récupérateurs à "
     "réagir devant un objet portant le trèfle radioactif. Une ligne verte permet de signaler "
     "tout objet suspect.",
     ("sources radioactives orphelines", "radioprotection", "ferraille", "sûreté radiologique",
      "sécurité des sources"),
     ("CI",), "2024-05"),
    ("cd03", "need", "es",
     "Necesidad: localizar fuentes radiactivas huérfanas y vigilar el fierro viejo de yonkes y "
     "chatarreras en el norte de México",
     "A fines de 1983 una unidad de cobaltoterapia vendida como fierro viejo en Ciudad Juárez "
     "terminó fundida en varillas y bases de mesa que se usaron en cientos de casas; en 2013 el "
     "robo en Tepojaco, Hidalgo, de un camión que transportaba una fuente de cobalto-60 obligó a "
     "una búsqueda nacional. Cada año la autoridad reguladora y Protección Civil emiten alertas "
     "por fuentes de radiografía industrial, medidores de densidad y equipos médicos robados o "
     "extraviados. La comisión nacional de seguridad nuclear solicita apoyo para revisar el "
     "inventario de fuentes selladas y sus licencias, hacer recorridos de búsqueda con "
     "detectores montados en vehículos por las zonas industriales de Chihuahua, Coahuila y Nuevo "
     "León, instalar pórticos de detección de radiación en fundidoras, acereras y yonkes "
     "grandes, y capacitar a chatarreros, policías y bomberos para no tocar ni abrir objetos con "
     "el trébol radiactivo. Pide además un almacén temporal seguro para las fuentes recuperadas.",
     ("fuentes radiactivas huérfanas", "protección radiológica", "chatarra", "cobalto-60",
      "seguridad de las fuentes"),
     ("MX",), "2024-09"),
    # --- low-cost air quality sensors ---------------------------------------------------------
    ("cd04", "dataset", "en",
     "Low-cost air quality sensors in Kampala: hourly PM2.5 from a city-wide network and its "
     "calibration, 2019-2024",
     "Kampala had almost no air quality data until a university-led network began fixing "
     "low-cost sensors to lamp posts, school walls and market roofs, and even to the back of "
     "motorcycle taxis. The dataset holds hourly PM2.5 and PM10 readings from more than 120 "
     "optical particle sensors in Kampala, Jinja, Mbale and Fort Portal, each with its location, "
     "installation date, power source (mains or solar) and periods of failure. Sensors placed "
     "beside the few reference-grade monitors, including a beta attenuation monitor, were used "
     "to build calibration models that correct for humidity, which makes cheap optical sensors "
     "over-read in the rainy seasons; raw and calibrated values are both given. Notes explain "
     "data gaps, sensor drift and replacement, and how the city's air quality index and public "
     "alerts are derived. Daily peaks follow the rush-hour traffic of ageing cars and boda-bodas "
     "and the evening burning of rubbish and charcoal. The data are open through an API.",
     ("low-cost sensors", "air quality monitoring", "PM2.5", "urban air pollution", "open data"),
     ("UG",), "2024-10"),
    ("cd05", "document", "fr",
     "Microcapteurs de qualité de l'air : guide d'usage pour les collectivités, les écoles et "
     "les associations",
     "Les microcapteurs, petits appareils de quelques centaines d'euros qui mesurent les "
     "particules PM10 et PM2,5, le dioxyde d'azote ou l'ozone, se multiplient dans les écoles, "
     "sur les balcons et dans les projets de sciences participatives. Ce guide, rédigé par une "
     "association agréée de surveillance de la qualité de l'air avec le laboratoire central de "
     "surveillance, explique ce qu'ils peuvent et ne peuvent pas faire : leurs mesures ne "
     "remplacent pas celles des stations de référence qui servent au calcul de l'indice ATMO et "
     "au contrôle des valeurs limites, mais elles aident à repérer des points chauds, à "
     "sensibiliser et à évaluer l'effet d'une rue scolaire ou d'un plan de circulation. Il "
     "présente les résultats des essais comparatifs en chambre d'exposition et sur site, "
     "l'influence de l'humidité et de la température, les règles d'installation, la fréquence "
     "des intercomparaisons et la manière de publier les données sans inquiéter à tort. Une "
     "grille aide à choisir un modèle.",
     ("microcapteurs", "capteurs à bas coût", "qualité de l'air", "surveillance de l'air",
      "sciences participatives"),
     ("FR",), "2023-11"),
    ("cd06", "project", "es",
     "Sensores de bajo costo para medir el material particulado en colegios de Lima Norte y el "
     "Callao",
     "En Comas, Carabayllo, Independencia y el Callao muchos colegios están junto a avenidas con "
     "tráfico de combis, camiones y mototaxis, o cerca de ladrilleras y depósitos de minerales. "
     "Este proyecto, de una universidad con la autoridad ambiental y las unidades de gestión "
     "educativa local, instala cuarenta sensores de bajo costo de PM2.5 y PM10 en patios y "
     "aulas, calibrados frente a las estaciones de referencia del SENAMHI, y publica los datos "
     "en un tablero abierto. Docentes y escolares aprenden a leer los valores, relacionarlos con "
     "el índice de calidad del aire y proponer medidas: cambiar el horario de educación física "
     "en días críticos, cerrar las ventanas que dan a la avenida, sembrar cercos vivos y pedir a "
     "la municipalidad que restrinja la carga pesada frente a los colegios. El proyecto "
     "documenta además cuánto duran los equipos con la humedad y la garúa limeña, y cada cuánto "
     "hay que recalibrarlos.",
     ("sensores de bajo costo", "calidad del aire", "material particulado", "colegios",
      "ciencia ciudadana"),
     ("PE",), "2024-04"),
    # --- Harmonized System codes for chemicals ------------------------------------------------
    ("cd07", "document", "en",
     "Harmonized System codes for hazardous chemicals and wastes: a guide for customs and "
     "national focal points after the HS 2022 amendments",
     "Customs officers see a six-digit Harmonized System (HS) code on every import declaration, "
     "not a chemical name, so a banned pesticide or an ozone-depleting gas can pass unnoticed "
     "when it shares its code with harmless products. The 2022 edition of the HS, kept by the "
     "World Customs Organization, created new subheadings for several chemicals listed under the "
     "Rotterdam and Stockholm conventions and the Chemical Weapons Convention, for "
     "hydrofluorocarbons controlled by the Kigali Amendment, and for electrical and electronic "
     "waste. This guide explains how to find the code of each controlled substance, how to open "
     "national tariff lines at eight or ten digits when the six-digit code is too broad, how to "
     "link those lines to licences in the single window, and how to reconcile customs statistics "
     "with the trade data reported to the conventions. Annexes give correlation tables between "
     "HS editions and examples of misclassified shipments.",
     ("Harmonized System", "HS codes", "customs", "chemicals trade", "tariff classification"),
     (), "2023-06"),
    ("cd08", "event", "fr",
     "Atelier sous-régional : les codes du Système harmonisé et le contrôle des produits "
     "chimiques aux frontières de l'UEMOA",
     "Du 11 au 14 mars 2024, à Lomé, des agents des douanes, des inspecteurs phytosanitaires et "
     "les correspondants nationaux des conventions de Bâle, de Rotterdam, de Stockholm et de "
     "Minamata des huit États de l'UEMOA se sont réunis pour rapprocher deux mondes qui se "
     "parlent peu : la nomenclature tarifaire et statistique du tarif extérieur commun et les "
     "listes de produits chimiques réglementés. Position tarifaire après position tarifaire, les "
     "participants ont cherché où se cachent les pesticides interdits, les HFC, le mercure et "
     "les déchets électroniques, proposé des sous-positions nationales à dix chiffres et testé "
     "dans SYDONIA des alertes qui bloquent une déclaration tant que l'autorisation "
     "d'importation n'est pas jointe. Un exercice sur des déclarations réelles a montré combien "
     "de fûts d'insecticide passent sous le code des « autres produits chimiques ». L'atelier a "
     "adopté une feuille de route pour une table de correspondance commune aux codes SH.",
     ("Système harmonisé", "codes SH", "douanes", "nomenclature tarifaire",
      "produits chimiques dangereux"),
     ("BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"), "2024-03"),
    ("cd09", "need", "es",
     "Necesidad: subpartidas nacionales en el arancel para identificar los plaguicidas y las "
     "sustancias controladas que ingresan a Bolivia",
     "Bolivia clasifica sus importaciones con la nomenclatura común andina, NANDINA, basada en "
     "el Sistema Armonizado, en la que muchos plaguicidas prohibidos, refrigerantes y otros "
     "productos químicos comparten subpartida con sustancias de uso libre. Así, la Aduana "
     "Nacional no puede cruzar cada declaración con los registros del servicio de sanidad "
     "agropecuaria ni con las licencias del ministerio de medio ambiente, y los despachantes de "
     "aduana declaran a veces el mismo producto con códigos distintos. El ministerio solicita "
     "asistencia técnica para identificar los códigos de todas las sustancias de los convenios "
     "de Rotterdam, Estocolmo y Minamata y del Protocolo de Montreal, proponer subpartidas "
     "nacionales de diez dígitos, vincularlas a la ventanilla única de comercio exterior y "
     "capacitar a los funcionarios de frontera de Desaguadero, Tambo Quemado y Puerto Suárez. El "
     "pedido no abarca los vehículos usados ni los equipos con fuentes radiactivas, que tienen "
     "sus propios controles.",
     ("clasificación arancelaria", "NANDINA", "aduanas", "sustancias químicas peligrosas",
      "comercio ilícito"),
     ("BO",), "2024-07"),
    # --- hydraulic fracturing -----------------------------------------------------------------
    ("cd10", "dataset", "en",
     "Hydraulic fracturing in Pennsylvania's Marcellus Shale: unconventional wells, violations "
     "and nearby homes and schools, 2008-2024",
     "Since 2008 more than 13,000 unconventional gas wells have been drilled and fractured in "
     "the Marcellus and Utica shales of Pennsylvania, most of them in the north-east and "
     "south-west of the state. This dataset joins the permit and production records of every "
     "well pad with the inspections and violations issued by the state environmental regulator "
     "(spills of fracking fluid and flowback, leaking well casings, erosion at pads), the "
     "compressor stations and pipelines that serve them, and the number of homes, schools and "
     "day-care centres within 500 and 1,000 metres. It adds the methane emissions that operators "
     "report each year, truck counts on rural roads and residents' complaints about noise, "
     "lights and drinking water wells. A table lists the health studies commissioned by the "
     "state, which found associations between living near fracking and childhood lymphoma, "
     "asthma attacks and low birth weight. Conventional oil and gas wells, including abandoned "
     "ones, are not covered.",
     ("hydraulic fracturing", "fracking", "shale gas", "unconventional oil and gas",
      "environmental health"),
     ("US",), "2024-08"),
    ("cd11", "case-study", "fr",
     "Gaz de schiste au Québec : du moratoire de 2011 à l'interdiction de la fracturation "
     "hydraulique",
     "À la fin des années 2000, des entreprises ont foré une trentaine de puits dans le shale "
     "d'Utica, sous les basses-terres du Saint-Laurent, entre Montréal et Québec, et en ont "
     "fracturé une partie, dans des villages agricoles de Lotbinière, du Centre-du-Québec et de "
     "la Montérégie. La mobilisation des citoyens, des municipalités et des agriculteurs a "
     "conduit à un moratoire en 2011, puis à deux examens du Bureau d'audiences publiques sur "
     "l'environnement (BAPE), qui ont conclu que l'exploitation du gaz de schiste n'était pas "
     "socialement acceptable. Cette étude de cas retrace les débats sur l'eau souterraine, les "
     "fuites de méthane et le camionnage, puis la loi de 2022 qui met fin à la recherche et à la "
     "production d'hydrocarbures et interdit la fracturation. Elle examine ce qui reste à régler "
     ": la fermeture des puits existants, dont plusieurs fuient, les indemnités versées aux "
     "titulaires de permis et les puits orphelins laissés sans responsable.",
     ("gaz de schiste", "fracturation hydraulique", "acceptabilité sociale", "hydrocarbures",
      "méthane"),
     ("CA",), "2023-10"),
    ("cd12", "need", "es",
     "Necesidad: monitoreo de la sismicidad inducida y de los residuos del fracking en Vaca "
     "Muerta, Neuquén",
     "Desde 2013 se han perforado y fracturado miles de pozos no convencionales en el shale de "
     "la formación Vaca Muerta, sobre todo alrededor de Añelo. Desde 2015 los pobladores de "
     "Sauzal Bonito y de otros parajes sienten sismos que rajan las paredes de las casas de "
     "adobe, y los sismólogos los atribuyen a la fractura hidráulica y a la inyección del agua "
     "de retorno en pozos sumideros. A la vez crecen los repositorios de recortes de perforación "
     "y las piletas de flowback cerca de chacras y de comunidades mapuche. La provincia, con una "
     "universidad nacional, solicita apoyo para ampliar la red de sismógrafos y publicar los "
     "datos en tiempo real, establecer un protocolo de semáforo que obligue a reducir o "
     "suspender la fractura según la magnitud de los sismos, caracterizar los residuos y el agua "
     "de retorno, y formar inspectores. Pide también capacitar a las comunidades para registrar "
     "daños y presentar reclamos.",
     ("fracking", "fractura hidráulica", "sismicidad inducida", "hidrocarburos no convencionales",
      "residuos petroleros"),
     ("AR",), "2024-06"),
    # --- electric motorcycle taxis ------------------------------------------------------------
    ("cd13", "project", "en",
     "Electric motorcycle taxis in Kigali: battery swapping, rider finance and the switch from "
     "petrol motos",
     "Some 100,000 motorcycle taxis, the motos, carry passengers in Rwanda, most of them in "
     "Kigali, and their small petrol engines are a large source of the city's fine particles and "
     "carbon dioxide. Since the government exempted electric motorcycles, their spare parts and "
     "charging equipment from import duty and VAT and set a lower electricity tariff for "
     "swapping stations, several companies have assembled electric motorcycles locally and built "
     "networks of stations where a rider exchanges an empty battery for a charged one in two "
     "minutes. This project helps 6,000 riders, members of moto cooperatives, move to electric "
     "bikes through lease-to-own contracts, trains mechanics and adds rooftop solar panels to "
     "stations. It measures riders' daily income, kilometres driven and fuel saved, and the "
     "change in roadside air quality recorded by the national low-cost sensor network. Used "
     "batteries are tested for second-life storage before they are sent for recycling.",
     ("electric motorcycles", "e-mobility", "motorcycle taxis", "battery swapping",
      "transport emissions"),
     ("RW",), "2024-03"),
    ("cd14", "case-study", "fr",
     "Des zémidjans électriques à Cotonou : premier bilan du passage des taxis-motos à la "
     "batterie",
     "À Cotonou, Porto-Novo et Abomey-Calavi, des dizaines de milliers de conducteurs de "
     "taxis-motos, les zémidjans ou « zems », reconnaissables à leur chasuble jaune, roulent sur "
     "des motos à essence souvent alimentées par de l'essence frelatée. Depuis 2022, des "
     "sociétés proposent des motos électriques assemblées sur place et un réseau de stations "
     "d'échange de batteries, avec un paiement à la journée qui remplace l'achat de carburant. "
     "Cette étude de cas suit 300 conducteurs pendant dix-huit mois : recettes et dépenses, "
     "pannes, distance parcourue avec une batterie, attente aux stations, délestages qui "
     "empêchent la recharge, et avis des clients sur le bruit et la fumée. Elle décrit les "
     "mesures publiques, l'exonération de droits de douane sur les motos électriques et "
     "l'identification des zems par les mairies, et s'interroge sur la collecte des batteries au "
     "lithium usagées. Les motos d'occasion importées du Nigeria ne sont pas concernées.",
     ("motos électriques", "taxis-motos", "zémidjans", "mobilité électrique", "transport urbain"),
     ("BJ",), "2024-09"),
    ("cd15", "document", "es",
     "Guía para pasar a mototaxis eléctricos en las ciudades amazónicas: Iquitos, Pucallpa y "
     "Tarapoto",
     "En Iquitos, donde casi no circulan autos, decenas de miles de motocarros llevan pasajeros "
     "y carga, y en Pucallpa y Tarapoto los mototaxis son el transporte de todos los días. Sus "
     "motores a gasolina, muchos de dos tiempos, llenan las calles de humo y ruido, y la "
     "electricidad de Iquitos, ciudad aislada del sistema interconectado, sale de una central "
     "térmica. Esta guía, preparada con las municipalidades provinciales y las asociaciones de "
     "mototaxistas, explica cómo elegir un mototaxi eléctrico homologado, comparar baterías de "
     "litio y de plomo-ácido, calcular el costo por kilómetro, instalar puntos de carga en "
     "paraderos y cocheras, y acceder a créditos verdes. Recomienda sumar paneles solares para "
     "cargar de día, exige devolver las baterías agotadas al proveedor y presenta las ordenanzas "
     "que dan permisos de operación preferentes a los vehículos eléctricos. Incluye testimonios "
     "de los primeros motocarristas eléctricos del barrio de Belén.",
     ("mototaxis eléctricos", "movilidad eléctrica", "motocarros", "transporte urbano",
      "Amazonía"),
     ("PE",), "2024-11"),
    # --- oxo-degradable plastics --------------------------------------------------------------
    ("cd16", "document", "en",
     "Oxo-degradable plastics: a briefing for regulators on why they fragment rather than "
     "biodegrade",
     "Oxo-degradable plastics are ordinary polyethylene or polypropylene to which a pro-oxidant "
     "additive, usually salts of manganese, iron or cobalt, is added so that the material turns "
     "brittle and breaks into fragments when exposed to heat and sunlight. They are sold as "
     "'oxo-biodegradable' carrier bags, bin liners, bread bags and agricultural films, and some "
     "governments in the Middle East and Africa once made the additive compulsory. This briefing "
     "reviews the evidence: fragmentation can take years in the open and hardly happens in "
     "landfills or at sea, the fragments add to microplastics, and the additive contaminates "
     "mechanical recycling. It explains why the European Union banned products made of "
     "oxo-degradable plastic under its 2019 directive on single-use plastics, how labels such as "
     "'degradable' mislead buyers, and why these products must not be confused with industrially "
     "compostable plastics certified to EN 13432. Checklists help regulators draft definitions "
     "and test claims.",
     ("oxo-degradable plastics", "pro-oxidant additives", "microplastics", "plastic pollution",
      "compostable plastics"),
     (), "2022-04"),
    ("cd17", "case-study", "fr",
     "Sacs oxodégradables : pourquoi Montréal les a interdits avec les sacs d'emplettes minces "
     "en 2018",
     "Au début des années 2010, beaucoup d'épiceries et de pharmacies du Québec avaient remplacé "
     "leurs sacs d'emplettes par des sacs dits oxobiodégradables, présentés comme écologiques. "
     "Les centres de tri et les recycleurs de films se sont vite plaints : ces sacs, mêlés aux "
     "autres dans le bac de récupération, contaminaient les balles de polyéthylène, et une étude "
     "commandée par RECYC-QUÉBEC a montré qu'ils ne se dégradaient pas comme annoncé. Cette "
     "étude de cas retrace le règlement de la Ville de Montréal, entré en vigueur en 2018, qui "
     "interdit de remettre aux clients les sacs de moins de 50 microns et tous les sacs "
     "oxodégradables, oxofragmentables ou biodégradables, les débats avec les commerçants, les "
     "inspections et les amendes. Elle mesure le changement dans les commerces, la baisse des "
     "sacs dans les écocentres et les cours d'eau, et le passage aux sacs réutilisables et aux "
     "sacs de papier. Elle discute des étiquettes trompeuses qui subsistent en ligne.",
     ("plastiques oxodégradables", "sacs d'emplettes", "recyclage", "réglementation municipale",
      "allégations environnementales"),
     ("CA",), "2023-05"),
    ("cd18", "support-source", "es",
     "Oferta: ensayos de laboratorio para verificar las fundas y envases que se venden como "
     "oxobiodegradables en Ecuador",
     "Desde la ley de 2020 que reduce los plásticos de un solo uso, supermercados, farmacias y "
     "tiendas de Quito y Guayaquil han pasado a fundas y tarrinas rotuladas como "
     "oxobiodegradables, biodegradables o compostables, muchas veces sin ningún sustento. Un "
     "laboratorio universitario de polímeros de Guayaquil, acreditado para ensayos de "
     "materiales, ofrece a las autoridades ambientales, a los municipios y a las asociaciones de "
     "consumidores analizar muestras: identificación del polímero por espectroscopía infrarroja, "
     "detección de aditivos prooxidantes con metales, ensayos de envejecimiento acelerado y de "
     "biodegradación en compost, y comparación con las normas INEN y las normas internacionales "
     "de compostabilidad. La oferta incluye un taller para inspectores sobre cómo leer las "
     "etiquetas y reconocer las fundas oxodegradables, que solo se fragmentan en microplásticos, "
     "y apoyo para redactar definiciones en las ordenanzas municipales. Los primeros cien "
     "análisis se harán sin costo.",
     ("plásticos oxodegradables", "oxobiodegradables", "fundas plásticas",
      "ensayos de laboratorio", "etiquetado ambiental"),
     ("EC",), "2024-02"),
    # --- carbon border adjustment mechanism ---------------------------------------------------
    ("cd19", "document", "en",
     "The EU Carbon Border Adjustment Mechanism: a guide for exporters of steel, aluminium, "
     "cement and fertilisers in developing countries",
     "Since October 2023 importers into the European Union of iron and steel, aluminium, cement, "
     "fertilisers, hydrogen and electricity must report the greenhouse gases emitted in making "
     "those goods, and from 2026 they will have to buy CBAM certificates priced like the "
     "allowances of the EU Emissions Trading System, minus any carbon price already paid in the "
     "country of origin. The cost will fall on producers far from Europe: aluminium is about "
     "half of Mozambique's exports to the EU, and steel mills in India, Ukraine and Türkiye and "
     "fertiliser plants in North Africa supply European buyers. This guide explains in plain "
     "terms which products are covered, how to calculate the direct and indirect embedded "
     "emissions of a tonne of product, what data EU importers will ask their suppliers for, "
     "default values and verification, and how a domestic carbon tax or trading scheme can lower "
     "the charge. It closes with the debate on the mechanism's fairness under the Paris "
     "Agreement and WTO rules.",
     ("carbon border adjustment", "CBAM", "embedded emissions", "trade and climate",
      "EU Emissions Trading System"),
     (), "2024-01"),
    ("cd20", "event", "fr",
     "Atelier : le mécanisme d'ajustement carbone aux frontières (MACF) et les exportateurs "
     "marocains d'engrais, d'acier et de ciment",
     "L'Union européenne est le premier client du Maroc, et trois des secteurs visés par le "
     "mécanisme d'ajustement carbone aux frontières (MACF), les engrais, l'acier et le ciment, y "
     "vendent une part importante de leur production. Organisé à Casablanca les 23 et 24 avril "
     "2024 par le ministère chargé de l'industrie, la confédération patronale et l'agence de "
     "développement durable, cet atelier a réuni industriels, bureaux d'études et vérificateurs "
     "pour préparer la période définitive de 2026. Au programme : le calcul des émissions "
     "intrinsèques par tonne de produit, y compris celles de l'électricité consommée, les "
     "rapports trimestriels que les importateurs européens demandent déjà, la vérification par "
     "des organismes accrédités et l'intérêt d'un prix national du carbone. Les participants ont "
     "comparé les engrais produits à partir d'ammoniac importé avec ceux d'un ammoniac issu "
     "d'hydrogène vert, et discuté des parcs éoliens et solaires qui alimentent déjà des "
     "cimenteries. Les présentations sont en ligne.",
     ("MACF", "ajustement carbone aux frontières", "émissions intrinsèques", "exportations",
      "décarbonation de l'industrie"),
     ("MA",), "2024-04"),
    ("cd21", "need", "es",
     "Necesidad: medir y verificar las emisiones incorporadas de las exportaciones argentinas de "
     "aluminio y acero ante el CBAM europeo",
     "El Mecanismo de Ajuste en Frontera por Carbono (CBAM) de la Unión Europea ya obliga a los "
     "importadores a informar las emisiones de gases de efecto invernadero incorporadas en el "
     "aluminio, el acero y otros productos, y desde 2026 cobrará por ellas. La planta de "
     "aluminio primario de Puerto Madryn, que usa electricidad hidroeléctrica de la cordillera y "
     "gas de Vaca Muerta, y los fabricantes de tubos sin costura y de piezas de acero de Campana "
     "y del conurbano venden una parte a Europa, junto con decenas de pymes metalúrgicas "
     "proveedoras. La secretaría de ambiente, con las cámaras industriales, solicita asistencia "
     "técnica para adaptar las metodologías de huella de carbono de producto a las reglas del "
     "CBAM, formar verificadores nacionales acreditados, crear una base de factores de emisión "
     "de la red eléctrica argentina y capacitar a las pymes para responder los cuestionarios de "
     "sus clientes europeos.",
     ("CBAM", "ajuste en frontera por carbono", "emisiones incorporadas", "huella de carbono",
      "exportaciones"),
     ("AR",), "2024-10"),
    # --- used vehicle imports -----------------------------------------------------------------
    ("cd22", "dataset", "en",
     "Imported used vehicles in Kenya: age at import, engine size and emission standards of new "
     "registrations, 2014-2023",
     "More than eight in ten cars registered in Kenya each year are used vehicles imported, "
     "mostly from Japan and the United Arab Emirates, through the port of Mombasa. The law "
     "admits no vehicle more than eight years from its first registration, and every unit must "
     "pass a pre-export roadworthiness inspection in the country of origin. This dataset "
     "combines the national registration records with the inspection certificates to give, by "
     "year and model, the age at import, engine capacity, fuel type, odometer reading and "
     "emission standard of each vehicle, and flags those found without their catalytic converter "
     "or particle filter. It also records the excise and import duty charged, the number of "
     "hybrid and electric cars, and the share of second-hand trucks and buses. Notes explain why "
     "the eight-year rule has kept out the oldest vehicles but not the worst polluters, and "
     "compare Kenya with Uganda, which taxes older imports more heavily.",
     ("used vehicles", "vehicle imports", "vehicle emissions", "age limits", "road transport"),
     ("KE",), "2024-05"),
    ("cd23", "document", "fr",
     "Véhicules d'occasion importés : guide sur les limites d'âge, les normes d'émission et le "
     "contrôle technique pour les pays de la CEDEAO",
     "Chaque année, des centaines de milliers de voitures, de camionnettes et de camions "
     "d'occasion venus d'Europe, des États-Unis et d'Asie débarquent à Cotonou, Lomé, Abidjan et "
     "Dakar ; beaucoup ont plus de quinze ans, et certains ont perdu leur pot catalytique avant "
     "l'exportation. En 2020, les ministres de la CEDEAO ont adopté des normes régionales sur la "
     "qualité des carburants et les émissions des véhicules, avec une teneur maximale en soufre "
     "de 50 ppm et l'objectif de n'admettre que des véhicules conformes aux normes Euro 4. Ce "
     "guide aide les ministères de l'Environnement et des Transports et les douanes à fixer une "
     "limite d'âge à l'importation, à taxer davantage les véhicules les plus anciens, à suivre "
     "les véhicules en transit vers le Nigeria, à organiser un contrôle technique qui mesure "
     "vraiment les fumées et à préparer la fin de vie des épaves. Les deux-roues et les "
     "taxis-motos font l'objet d'un guide séparé.",
     ("véhicules d'occasion", "importations de véhicules", "limites d'âge", "normes d'émission",
      "qualité des carburants"),
     ("BJ", "CI", "GH", "NG", "SN", "TG"), "2023-07"),
    ("cd24", "project", "es",
     "Control de antigüedad y emisiones de los autos usados que llegan a Bolivia desde la zona "
     "franca de Iquique",
     "La mayoría de los vehículos que se matriculan en Bolivia son autos usados, muchos llegados "
     "de Japón a la zona franca de Iquique, en Chile, donde se les pasa el volante de la derecha "
     "a la izquierda antes de cruzar la frontera por Pisiga o Tambo Quemado. A ellos se suman "
     "los autos chutos, que entran de contrabando y sin papeles y que varias leyes de "
     "saneamiento han legalizado. En La Paz y El Alto, a más de 3.600 metros, los motores viejos "
     "y mal regulados queman peor el combustible, y el humo negro de minibuses y micros es parte "
     "del paisaje. Este proyecto, del ministerio de medio ambiente con la aduana y los gobiernos "
     "municipales, verifica en frontera la antigüedad máxima permitida, instala centros de "
     "inspección técnica vehicular con opacímetros y analizadores de gases, y ofrece a los "
     "transportistas créditos para renovar su vehículo a cambio de chatarrizar el viejo. Mide el "
     "efecto en la calidad del aire de las dos ciudades.",
     ("vehículos usados", "importación de vehículos", "autos chutos", "emisiones vehiculares",
      "calidad del aire"),
     ("BO",), "2024-08"),
    # --- UV Index and skin cancer -------------------------------------------------------------
    ("cd25", "document", "en",
     "Sun protection whenever the UV Index reaches 3: a SunSmart guide for schools and outdoor "
     "workers in Australia",
     "Australia and New Zealand have the highest rates of melanoma and other skin cancers in the "
     "world, the result of fair-skinned populations, clear skies and high ultraviolet (UV) "
     "radiation all year round in the north. Since the 'Slip! Slop! Slap!' campaign of 1981, the "
     "SunSmart programme has taught that protection is needed whenever the UV Index reaches 3, "
     "whatever the temperature. This guide explains how the Bureau of Meteorology and the "
     "national radiation protection agency forecast the daily UV Index and the sun protection "
     "times shown in weather apps and newspapers, and how schools use them: hats that shade the "
     "face, neck and ears, shade sails over playgrounds, sport moved to the early morning, and "
     "sunscreen reapplied every two hours. A section for employers covers roofers, road crews, "
     "farm workers and lifeguards. It reminds readers that the ozone layer, slowly recovering "
     "under the Montreal Protocol, filters UV-B, and that cloudy or cool days can still burn.",
     ("UV Index", "ultraviolet radiation", "skin cancer", "sun protection", "schools"),
     ("AU",), "2023-09"),
    ("cd26", "project", "fr",
     "Indice UV et prévention des cancers de la peau dans les écoles et sur les plages de "
     "Nouvelle-Calédonie",
     "Sous le tropique du Capricorne, l'indice UV dépasse 11, niveau « extrême », une grande "
     "partie de l'été austral, et la Nouvelle-Calédonie compte parmi les territoires où les "
     "mélanomes sont les plus fréquents. Ce projet de l'agence sanitaire et sociale, avec "
     "Météo-France, le vice-rectorat et les provinces, diffuse chaque jour l'indice UV prévu à "
     "la radio, à la télévision et sur des panneaux installés à l'anse Vata, à la baie des "
     "Citrons et dans les tribus de Lifou et de Maré. Il équipe les cours d'école de voiles "
     "d'ombrage, distribue des chapeaux à large bord aux élèves de maternelle, forme les "
     "moniteurs de surf, de voile et de plongée, et encourage les t-shirts anti-UV pour la "
     "baignade. Des dermatologues organisent des journées de dépistage en brousse. Le projet "
     "évalue les coups de soleil déclarés, les comportements et l'évolution des cas de mélanome "
     "dans le registre du cancer.",
     ("indice UV", "rayonnement ultraviolet", "cancers de la peau", "prévention", "écoles"),
     ("NC",), "2024-01"),
    ("cd27", "need", "es",
     "Necesidad: más radiómetros y alertas de índice UV para escolares, temporeros y pescadores "
     "del norte grande y de Magallanes",
     "Chile tiene una ley que obliga a informar el índice de radiación ultravioleta y a proteger "
     "a los trabajadores expuestos, pero la red de radiómetros es escasa: en el altiplano de "
     "Arica y Parinacota y de Antofagasta el índice UV supera 15 en verano, y en Punta Arenas el "
     "paso del agujero de ozono en primavera dispara valores inusuales para esa latitud. La "
     "autoridad sanitaria, con la dirección meteorológica y universidades, solicita apoyo para "
     "instalar radiómetros en escuelas y postas rurales, validar los pronósticos del índice UV, "
     "enviar alertas por mensaje de texto y capacitar a los empleadores de temporeros, "
     "pescadores artesanales y obreros de la construcción. Pide además estudiar la exposición de "
     "los escolares aimaras y atacameños, las quemaduras, el pterigión y la incidencia del "
     "cáncer de piel, y producir materiales en aimara sobre el uso del jockey, los lentes "
     "oscuros y el bloqueador.",
     ("radiación ultravioleta", "índice UV", "cáncer de piel", "salud ocupacional",
      "capa de ozono"),
     ("CL",), "2024-11"),
    # --- feral GM oilseed rape ----------------------------------------------------------------
    ("cd28", "dataset", "en",
     "Feral genetically modified oilseed rape along the roads from Japanese ports: roadside "
     "surveys, 2006-2023",
     "Japan imports more than two million tonnes of canola seed a year, mostly "
     "herbicide-tolerant genetically modified varieties from Canada and Australia, to crush for "
     "oil. Seed spilt from trucks between the unloading ports and the crushing plants germinates "
     "on verges, and some populations have persisted for years. This dataset, from the national "
     "environment research institute and the environment ministry, lists the plants of oilseed "
     "rape (Brassica napus) found each year around the ports of Kashima, Chiba, Nagoya, "
     "Yokkaichi, Kobe, Mizushima and Hakata and along the routes inland, with coordinates, plant "
     "counts and the results of strip tests and PCR for glyphosate and glufosinate tolerance. It "
     "records plants carrying both traits, which can only arise from crosses between GM events, "
     "and checks for hybrids with wild and cultivated Brassica rapa and B. juncea. Surveys by "
     "citizens' groups are included separately, and the weeding of verges by port authorities is "
     "noted.",
     ("genetically modified oilseed rape", "GM canola", "feral populations",
      "living modified organisms", "environmental monitoring"),
     ("JP",), "2024-06"),
    ("cd29", "case-study", "fr",
     "Colza génétiquement modifié au port rhénan de Bâle et le long des voies ferrées : ce que "
     "la Suisse a appris",
     "La Suisse interdit la culture de plantes génétiquement modifiées depuis le moratoire de "
     "2005 et n'importe pas de colza transgénique. Pourtant, en 2012, des contrôles ont trouvé "
     "du colza tolérant au glyphosate (événement GT73) dans la zone portuaire du Rhin à Bâle, "
     "puis dans des gares de triage et le long de voies ferrées, jusqu'au Tessin : des graines "
     "tombées de wagons de céréales et d'oléagineux en transit. Cette étude de cas retrace la "
     "surveillance mise en place par l'Office fédéral de l'environnement (OFEV), les cantons et "
     "les CFF : relevés plusieurs fois par an, tests rapides et analyses PCR, arrachage et "
     "élimination des plantes, désherbage des emprises. En huit ans, plus de septante sites ont "
     "été contrôlés et les populations ont fortement reculé sans disparaître. L'étude discute de "
     "l'origine des graines, de la tolérance zéro, du risque de croisement avec la navette et le "
     "colza cultivé, et des leçons pour la surveillance des OGM dans l'environnement.",
     ("colza génétiquement modifié", "OGM", "surveillance environnementale",
      "dissémination involontaire", "transport ferroviaire"),
     ("CH",), "2022-09"),
    ("cd30", "need", "es",
     "Necesidad: vigilar el raps transgénico de los semilleros de exportación y las plantas "
     "guachas en La Araucanía y el Biobío",
     "Chile no permite cultivar transgénicos para el consumo interno, pero sí multiplicar "
     "semilla transgénica para exportarla, bajo las condiciones de aislamiento que fija el "
     "Servicio Agrícola y Ganadero. Entre esos semilleros hay raps, la canola, en las mismas "
     "regiones de La Araucanía y el Biobío donde se siembran miles de hectáreas de raps "
     "convencional para aceite y para alimento de salmones, y donde abunda el yuyo (Brassica "
     "rapa), maleza con la que el raps puede cruzarse. Agricultores y organizaciones han "
     "denunciado plantas guachas de raps en bordes de caminos, canales y potreros después de la "
     "cosecha de los semilleros. El servicio solicita apoyo para un programa de monitoreo de "
     "raps transgénico fuera de los semilleros, con muestreos en caminos rurales y en los "
     "accesos a los puertos de Talcahuano y San Vicente, tiras reactivas y un laboratorio de PCR "
     "acreditado, un registro público de los predios de multiplicación y capacitación de sus "
     "inspectores.",
     ("raps transgénico", "canola", "organismos genéticamente modificados", "semilleros",
      "flujo de genes"),
     ("CL",), "2024-05"),
)  # fmt: skip
