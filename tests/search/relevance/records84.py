"""Clearing-house records of the eighty-fourth judged relevance set
(tests/search/relevance/queries84.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: chemicals pages on dicamba
(drift complaints in the soybean states of the United States; a Québec guide on the dérive of
dicamba from the champs de soya to orchards, vineyards and érablières; a need to watch the deriva
from the chacras de soja, sprayed by mosquitos, of the Uruguayan litoral); air pollution and health
pages on school streets (London's School Streets; an offer to help the schools and communes of
Brussels create a rue scolaire; a need for calles escolares at the primarias of Zapopan and
Guadalajara); pollution and governance pages on visual pollution and outdoor advertising (São
Paulo's Clean City Law; a French guide to the règlement local de publicité; the vallas, avisos and
pasacalles of Bogotá); air pollution pages on vehicle emission inspections (PUC certificates and
roadside remote sensing in Delhi; the fumées of the gbakas and wôro-wôro at Abidjan's visite
technique; the VTV and its oblea in the province of Buenos Aires); energy pages on grid-scale
battery storage (the Hornsdale Power Reserve in South Australia; stockage par batteries on the
réseau of La Réunion; a need for rules on the BESS of Chile's Norte Grande); energy pages on
concentrated solar power (seven CSP plants of the Northern Cape; the solaire thermodynamique of
Noor Ouarzazate; the termosolares of the Marquesado del Zenete and the campiña sevillana);
pollution pages on fishmeal plants (a need to monitor the factories of Gunjur, Sanyang and Kartong
in the Gambia; the usines de farine de poisson of Nouadhibou; the bahía El Ferrol of Chimbote, its
sanguaza and its agua de cola); chemicals and food safety pages on titanium dioxide in food (a
guide on E171 for manufacturers selling in Great Britain, Northern Ireland and the EU; the French
suspension of E171 in bonbons and pâtisseries; a need to measure it in the confites of Costa Rica's
pulperías); marine pollution pages on potentially polluting wrecks (the oil of the wrecks of Chuuk
Lagoon; the Irving Whale, its mazout and its BPC; the pecios off Galicia); and health pages on lead
in traditional medicines (lead poisoning from traditional remedies in the United States; a French
fiche on médicaments ayurvédiques; azarcón and greta for empacho in Ciudad Juárez and Chihuahua).
English, French and Spanish, 10 records each, every topic written once in each language (different
countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records83.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (dicamba, auxin, auxinique, 2,4-D, herbicide drift, dérive,
deriva, volatilisation, soya, soja; school street, school run, school gate, rue scolaire, rue aux
écoles, abords des écoles, calle escolar, entorno escolar; billboard, hoarding, outdoor
advertising, advertising, publicité extérieure, affichage, panneau publicitaire, enseigne,
publicidad exterior, valla, pasacalle, anuncio, letrero, visual pollution, pollution visuelle,
contaminación visual, paysage urbain, paisaje urbano; emission test, vehicle inspection,
roadworthiness, smog check, PUC, contrôle technique, visite technique, opacimètre, opacity,
verificación vehicular, revisión técnica, VTV, oblea, sello verde, tailpipe, pot d'échappement,
tubo de escape; battery storage, energy storage, grid-scale, stockage par batteries, stockage
d'énergie, almacenamiento, BESS, Hornsdale, second-life; concentrated solar power, CSP, solar
thermal, solaire thermodynamique, solaire thermique, termosolar, solar térmica, heliostat, molten
salt, sels fondus, sales fundidas, parabolic trough, Noor, Ouarzazate, Cerro Dominador, Andasol,
Ivanpah; fishmeal, fish meal, fish oil, farine de poisson, huile de poisson, harina de pescado,
harinera, aceite de pescado, anchoveta, Chimbote, Nouadhibou, Gunjur, sardinelle; titanium dioxide,
dioxyde de titane, dióxido de titanio, E171, food additive, additif, aditivo, colorant, colorante,
confectionery, golosinas; wreck, shipwreck, épave, pecio, naufragio, sunken, coulé, hundido,
Prestige, Erika, Chuuk, Truk; traditional medicine, traditional remedy, médecine traditionnelle,
remède traditionnel, medicina tradicional, remedio, ayurvedic, ayurvédique, siddha, unani, Chinese
medicine, azarcón, greta, empacho, bhasma, litargirio, herbal, pharmacopée, curandero). Screened
and dropped as covered: agricultural plastics and mulch films (z22-z24), pay-as-you-throw (df13),
confined field trials of GM crops (bc10, bd20, bb21, bc15 and others), aflatoxins (t28-t30),
phthalates in plastic packaging (w25-w27), brominated flame retardants (t31-t33, n27), used
lubricating oil (x28-x30), textile dyeing and denim laundries (bh07-bh09), dumpsite closure
(q16-q18), end-of-life tyres (q10-q12), LPG depots (i19-i21), biopesticides (p07, p11) and bus
rapid transit (the electric BRT of Dakar, cn02), besides the topics of sets 42 to 83 and those
their docstrings list as covered, and the biodiversity, ecosystem, agriculture and water topics
left to set 85; screened with no or passing hits but not chosen: GM bentgrass, GM beans, solar
irrigation pumps, unintentional transboundary movements of LMOs (next to the unauthorised petunia
pages cv22-cv24), the Green Customs Initiative, industrial energy audits and environmental
inspectorates (named by many wildlife, biosafety and chemicals pages). records85.py (ids dm..),
written at the same time by another engineer, is not part of this set's pool.

The nearest are, for dicamba, the golden chemistry page on 2,4-D, the pesticide drift and aerial
spraying pages (bh05, bk29), the herbicide, glyphosate and paraquat pages (p08-p10) and the
Bolivian need on soya transgénica (cr15), whose only authorised event tolerates glyphosate; for
school streets, the guide to air microsensors (cd05), which names a rue scolaire among the things a
sensor can help evaluate, the low emission zone pages (cb04-cb06), the low-cost sensors in Lima's
colegios (cd06) and the green schoolyard pages (cq19-cq21); for outdoor advertising, nothing: the
light pollution pages (w16-w18) are another nuisance and the online advertising of the wildlife
trade pages (r10, bl25) is no outdoor advertising; for vehicle emission inspections, the used
vehicle pages: the ECOWAS guide whose title names the contrôle technique, which it asks to measure
the fumes (cd23), and the Bolivian project that sets up centros de inspección técnica vehicular
with opacímetros under a title on the control of emissions (cd24), judged 1, while the pre-export
roadworthiness inspection of the Kenyan dataset (cd22) and the holograma de verificación of the
ozone contingencies of the Valle de México (cp24) are 0; for battery storage, the solar panels and
battery storage installed on the Komati site (cb22), the storage planned by the Bristol
co-operative (cr22), the second-life storage of the Kigali motorcycle batteries (cd13), the battery
waste and recycling pages (t25-t27) and the pumped-storage pages, whose subjects name energy
storage (cx10-cx12), all 0; for concentrated solar power, the Scheffler concentrators of the solar
steam kitchens (bz19) and the solar water heater pages (cf04-cf06), 0; for fishmeal plants, the
Freirina odour case study that compares the pesqueras de harina de pescado (cl15), the Senegalese
fishing subsidy page that evokes the usines de farine de poisson (db26) and the black soldier fly
pages whose larvae replace fishmeal in feed (bq19, bq21), 0, and the molinos harineros of y21,
which are flour mills; for titanium dioxide, the nanomaterials primer that names it among the
nanomaterials of consumer products (x13), 0; for wrecks, the derelict boat pages (dh16-dh18), whose
sunken hulls leak fuel and whose subjects name épaves and cascos hundidos, and the Baltic munitions
dataset whose title names wrecks (cf01), judged 1, while the Paardenmarkt munitions (cf02), the
ships sunk as artificial reefs after their fuel is removed (bh18), the Wakashio oil spill (k08) and
the pecios visited by divers at Banco Chinchorro (bz06) are 0; for lead in traditional medicines,
the kohl pages (bg22-bg24), the edible clay pages (ct10-ct12), eaten against nausea, the
lead-glazed pottery pages (bd13-bd15, with the greta of bd15), the ritual mercury pages
(cr01-cr03), the mothballs used in remedios caseros (bp09) and the medicinal plant and wildlife
trade pages that name traditional medicine, all 0. In the golden files, the only hits are a
chemistry page on 2,4-D, pages on compounds found in vehicle exhaust, a page selling batteries for
golf carts and a paper on zero-emission buses, and none is about these topics.

Traps: the GM soybeans of dl01 and dl02 and the 2,4-D of dl03, another herbicide; the escuelas
rurales fumigadas of dl03 (0 to the school street queries); the Ultra Low Emission Zone and moving
playgrounds of dl04, the zone de basses émissions and the capteurs of dl05; the verificación
vehicular that dl06 leaves out of its request (0 to the vehicle inspection queries) and the vallas,
barriers, with which dl06 would close the streets (0 to the billboard queries); the light of the
screens of dl07 and the nightly switching off of illuminated advertising in dl08; the pantallas
LED, the trees and the humedales of dl09; the Graded Response Action Plan of dl10; the véhicules
d'occasion importés of dl11; the remote sensors of dl12; the solar thermal plant of Port Augusta
and the pumped hydro of dl13 (0 to the concentrated solar power queries); the centrales
bagasse-charbon of dl14; the termosolar of Cerro Dominador and its sales fundidas named by dl15 (0
to the concentrated solar power queries) and its centrales a carbón; the lithium battery storage
compared by dl16 (0 to the battery storage queries) and its birds and bats; the oases of the Drâa
of dl17; the avutardas, sisones and aguiluchos of dl18; the fish smokers and the smell of dl19 and
the odour of dl20; the épaves of the bay of Nouadhibou in dl20 (0 to the wreck queries) and the
Banc d'Arguin; the anchoveta and the bolicheras of dl21; the nanomaterials of dl22 and the
toothpastes, dentifrices, pastas de dientes and medicines of dl22-dl24; the unexploded ordnance and
the dive operators of dl25; the BPC of dl26 and the 2019 law on wrecks and abandoned vessels it
names; the chapapote of the Prestige and the artificial reefs that dl27 sets apart; the kohl, surma
and lead-glazed pottery of dl28, the khôl of dl29 and the greta of the barro vidriado of dl30. For
the country queries: dl30 names El Paso, in the United States; dl19 names Asia and Europe only as
markets; dl14 and dl15 name no Australia, dl16 and dl18 no Morocco, dl16 and dl17 no Spain, dl01
and dl02 no Uruguay, and dl19 and dl21 no Mauritania.

Ids (dl01..dl30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
dj01..dj30, dk01..dk30), and no earlier id starts with "dl".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- dicamba ------------------------------------------------------------------------------
    ("dl01", "dataset", "en",
     "Dicamba drift complaints in the soybean states: state pesticide agency reports and damaged "
     "acres, 2017-2024",
     "When dicamba-tolerant soybean and cotton varieties were planted across the Midwest and the "
     "Mid-South from 2017, growers began spraying dicamba over the growing crop in June and "
     "July, in the heat, and the herbicide drifted and volatilised onto neighbouring land. This "
     "dataset, compiled by a university weed science group from the records of state pesticide "
     "regulatory agencies, lists by state, county and year the official drift complaints, the "
     "plants injured (non-tolerant soybeans, peaches, tomatoes, grapes, garden vegetables, oaks "
     "and other trees in shelterbelts and parks), the acreage estimated damaged, about 3.6 "
     "million acres of soybeans in 2017 alone, and the outcome of investigations. It records the "
     "state rules that followed, such as Arkansas's spring cut-off date, temperature cut-offs, "
     "buffers for endangered species and the volatility reduction agents required in the tank, "
     "and the federal court rulings of 2020 and 2024 that vacated the over-the-top "
     "registrations. Weather data show how many complaints followed temperature inversions.",
     ("dicamba", "herbicide drift", "pesticide incidents", "herbicide-tolerant crops", "soybeans"),
     ("US",), "2024-12"),
    ("dl02", "document", "fr",
     "Dicamba et soya tolérant : guide pour prévenir la dérive vers les vergers, les vignobles "
     "et les jardins du Québec",
     "Depuis que des cultivars de soya génétiquement modifiés tolérants au dicamba sont offerts "
     "aux producteurs, l'herbicide est de plus en plus pulvérisé en postlevée, en pleine saison, "
     "en Montérégie, dans le Centre-du-Québec et en Estrie. Or le dicamba se volatilise par "
     "temps chaud et peut migrer sur des kilomètres : pomiculteurs, vignerons, producteurs "
     "maraîchers et de petits fruits et propriétaires de jardins voient alors les feuilles de "
     "leurs plants se recroqueviller en cuillère. Ce guide, préparé par le ministère de "
     "l'Environnement avec des clubs-conseils en agroenvironnement, rappelle les exigences du "
     "Code de gestion des pesticides et les distances à respecter près des cours d'eau et des "
     "habitations, et explique comment choisir des buses antidérive, vérifier le vent, repérer "
     "une inversion de température, éviter de traiter au-dessus de 25 °C et tenir un registre. "
     "Il décrit aussi comment documenter des dommages, à qui porter plainte et quels "
     "échantillons de feuilles prélever. Les érablières en bordure des champs sont à surveiller.",
     ("dicamba", "dérive des pesticides", "herbicides", "soya", "bonnes pratiques agricoles"),
     ("CA",), "2023-05"),
    ("dl03", "need", "es",
     "Necesidad: vigilar la deriva del dicamba y otros herbicidas hormonales desde las chacras "
     "de soja del litoral uruguayo",
     "Con el avance de la soja y de las malezas resistentes al glifosato, como el yuyo colorado "
     "y la rama negra, los productores del litoral oeste, en Soriano, Río Negro y Paysandú, usan "
     "cada vez más dicamba y 2,4-D en los barbechos y, desde la llegada de variedades "
     "tolerantes, también sobre el cultivo. Viticultores de Paysandú, apicultores, quinteros y "
     "vecinos de pueblos rodeados de chacras denuncian hojas deformadas en viñedos, frutales y "
     "huertas después de cada aplicación con mosquitos, como llaman aquí a las pulverizadoras "
     "autopropulsadas, y reclaman por las escuelas rurales fumigadas. La Dirección General de "
     "Servicios Agrícolas solicita apoyo para montar una red de muestreo de aire y de hojas con "
     "análisis de residuos, capacitar a sus inspectores en la investigación de denuncias, "
     "revisar las zonas de exclusión y los horarios de aplicación, y exigir formulaciones de "
     "baja volatilidad y registros de aplicación georreferenciados. Pide también una campaña con "
     "los aplicadores y las cooperativas.",
     ("dicamba", "deriva de plaguicidas", "herbicidas hormonales", "soja", "necesidades"),
     ("UY",), "2024-09"),
    # --- school streets -----------------------------------------------------------------------
    ("dl04", "case-study", "en",
     "School Streets in London: timed closures at the school gate, air quality and the school run",
     "A School Street closes the road outside a school to motor traffic for half an hour at "
     "drop-off and pick-up, so that pupils, parents and residents can walk, cycle and scoot, "
     "while residents' vehicles, blue badge holders and emergency services keep access. Hackney "
     "opened the first London schemes in 2017; by 2023 more than 500 were running across the "
     "city, many set up under experimental traffic orders during the pandemic and enforced by "
     "automatic number plate recognition cameras instead of volunteers with barriers. This case "
     "study draws on council monitoring and on a study that found morning nitrogen dioxide "
     "outside schools on School Streets up to 23 per cent lower than on comparison roads, and on "
     "surveys showing more children walking and fewer cars on the school run, with no measurable "
     "displacement to nearby streets. It also reports neighbours' complaints, the work of "
     "lollipop people and the limits of closures on main roads, where schools rely on the Ultra "
     "Low Emission Zone, green screens and moving playgrounds.",
     ("school streets", "air quality", "active travel", "nitrogen dioxide", "children's health"),
     ("GB",), "2024-03"),
    ("dl05", "support-source", "fr",
     "Offre : accompagnement des écoles et des communes bruxelloises pour créer une rue scolaire",
     "Depuis que le code de la route belge reconnaît la rue scolaire, une voirie fermée "
     "temporairement à la circulation motorisée à l'entrée et à la sortie des classes, de plus "
     "en plus d'écoles fondamentales de la Région de Bruxelles-Capitale en demandent une. "
     "L'administration régionale de la mobilité offre aux directions d'école, aux associations "
     "de parents et aux communes un accompagnement gratuit : diagnostic des abords de l'école et "
     "des trajets des élèves, réunion avec les riverains et l'échevin de la mobilité, prêt de "
     "barrières Nadar et de panneaux, formation des bénévoles et des gardiens de la paix qui "
     "ferment la rue, comptages et mesures de dioxyde d'azote avant et après, et aide à rédiger "
     "le règlement communal. Une septantaine de rues scolaires ont déjà été accompagnées à "
     "Schaerbeek, Ixelles, Forest, Anderlecht et ailleurs. L'offre couvre aussi les rues "
     "scolaires permanentes, avec réaménagement de la voirie et plantations. Elle ne finance ni "
     "la zone de basses émissions ni les capteurs de pollution des particuliers.",
     ("rues scolaires", "mobilité scolaire", "qualité de l'air", "sécurité routière", "offres"),
     ("BE",), "2024-02"),
    ("dl06", "need", "es",
     "Necesidad: calles escolares frente a las primarias de Zapopan y Guadalajara a la hora de "
     "entrada y salida",
     "A las siete y media de la mañana, frente a muchas primarias públicas de Zapopan y "
     "Guadalajara, se forman filas de autos y camionetas en doble fila, los camiones urbanos "
     "pasan a centímetros de las banquetas y los niños respiran el humo de motores encendidos "
     "mientras esperan que abran el portón. El gobierno municipal, con comités de padres de "
     "familia y una organización de movilidad, quiere probar calles escolares: cerrar al "
     "tránsito la cuadra de la escuela durante treinta o cuarenta minutos en la entrada y la "
     "salida, con vallas, topes y voluntarios, y dejar pasar solo a vecinos y emergencias. "
     "Solicita apoyo para diagnosticar veinte escuelas, medir partículas y dióxido de nitrógeno "
     "antes y después, diseñar la señalización y los cruces seguros, capacitar a los agentes "
     "viales y a los papás voluntarios, y evaluar el efecto en los atropellos y en cuántos niños "
     "llegan caminando. La verificación vehicular del estado y el transporte escolar quedan "
     "fuera de la solicitud.",
     ("calles escolares", "entornos escolares", "calidad del aire", "seguridad vial",
      "necesidades"),
     ("MX",), "2024-05"),
    # --- visual pollution and outdoor advertising ---------------------------------------------
    ("dl07", "case-study", "en",
     "São Paulo's Clean City Law: what happened after the billboards came down",
     "In September 2006 São Paulo's city council passed the Clean City Law (Lei Cidade Limpa), "
     "which from 1 January 2007 banned billboards, outdoor video screens, advertising on buses "
     "and taxis and leaflets handed out in the street, and limited shop signs to a size set by "
     "the width of the façade. Within a year some 15,000 billboards had been taken down and "
     "about 300,000 oversized shop signs removed or cut back. This case study looks back at the "
     "law against visual pollution: how the city enforced it with inspectors and aerial "
     "photographs, the lawsuits of the outdoor advertising industry, why polls found most "
     "residents in favour, and how the bare walls revealed old façades and the favelas hidden "
     "behind the hoardings. It follows the later concessions that brought advertising back on "
     "bus shelters and street clocks, the spread of digital screens inside shops and metro "
     "stations, and the copies attempted in other Brazilian cities. The light of the screens is "
     "discussed only briefly.",
     ("visual pollution", "outdoor advertising", "billboards", "urban landscape", "São Paulo"),
     ("BR",), "2023-09"),
    ("dl08", "document", "fr",
     "Règlement local de publicité : guide pour réduire la pollution visuelle des panneaux et "
     "des écrans dans les communes",
     "La publicité extérieure est encadrée par le code de l'environnement, mais c'est le "
     "règlement local de publicité (RLP), ou intercommunal (RLPi), qui permet à une commune de "
     "faire mieux que la règle nationale : réduire la taille des panneaux de 4 x 3, interdire "
     "les bâches et les écrans numériques dans certains quartiers, protéger les entrées de "
     "ville, les abords des monuments et les parcs naturels régionaux, où la publicité est en "
     "principe interdite. Ce guide, destiné aux élus et aux services d'urbanisme, détaille les "
     "étapes d'élaboration d'un RLP, la concertation avec les afficheurs et les commerçants, les "
     "règles sur les enseignes et les préenseignes, et le pouvoir de police du maire depuis la "
     "loi Climat et résilience. Il rappelle l'obligation d'éteindre les publicités lumineuses la "
     "nuit et l'exemple de Grenoble, qui a remplacé en 2015 ses 326 panneaux publicitaires par "
     "des arbres et des panneaux d'affichage associatif. Des fiches traitent du mobilier urbain, "
     "des sucettes et des bâches sur les échafaudages.",
     ("pollution visuelle", "publicité extérieure", "règlement local de publicité",
      "paysage urbain", "affichage"),
     ("FR",), "2024-04"),
    ("dl09", "project", "es",
     "Bogotá sin vallas ilegales: desmonte de publicidad exterior visual y registro de avisos en "
     "las localidades",
     "En Bogotá la publicidad exterior visual se rige por la Ley 140 de 1994 y por normas "
     "distritales que fijan dónde pueden ir las vallas, los avisos de los locales, los pendones "
     "y los pasacalles, y obligan a registrarlos ante la autoridad ambiental. Sin embargo, sobre "
     "la Autopista Norte, la avenida Boyacá y las calles comerciales de Kennedy, Suba y Engativá "
     "se multiplicaron vallas sin registro, pasacalles colgados de los postes y pantallas LED "
     "que encandilan a los conductores. Este proyecto de la Secretaría Distrital de Ambiente con "
     "las alcaldías locales levanta un inventario georreferenciado, desmonta los elementos "
     "ilegales, acompaña a los tenderos para que sus avisos cumplan la norma y abre una "
     "ventanilla en línea para el registro. Mide la contaminación visual con un índice por "
     "corredor y encuestas a los vecinos, y retira la publicidad de los árboles, los humedales y "
     "los cerros orientales. Las vallas de las campañas electorales se tratan con un protocolo "
     "aparte.",
     ("contaminación visual", "publicidad exterior visual", "vallas", "espacio público", "Bogotá"),
     ("CO",), "2023-11"),
    # --- vehicle emission inspections ---------------------------------------------------------
    ("dl10", "dataset", "en",
     "Pollution Under Control: PUC certificates and roadside remote sensing of vehicle emissions "
     "in Delhi, 2019-2024",
     "Every motor vehicle in Delhi must carry a valid Pollution Under Control (PUC) certificate, "
     "issued after a short emission test at one of some 900 authorised centres, most of them at "
     "petrol pumps: a check of carbon monoxide and hydrocarbons for petrol and CNG vehicles and "
     "a smoke opacity test for diesel ones. Driving without one can cost a fine of 10,000 "
     "rupees. This dataset, prepared by a research group with the transport department, joins "
     "the online records of PUC tests (results by vehicle category, fuel and age) with the "
     "readings of roadside remote sensing campaigns, in which a beam across the road measured "
     "the exhaust of more than 100,000 passing cars, two-wheelers, autorickshaws, buses and "
     "goods vehicles. The comparison shows that very few vehicles fail the PUC test while a "
     "small share of high emitters produces much of the pollution on the road, and it points to "
     "centres that issue certificates without testing. Notes describe the winter enforcement "
     "drives under the Graded Response Action Plan.",
     ("vehicle emissions testing", "PUC certificates", "remote sensing", "air quality",
      "road transport"),
     ("IN",), "2024-10"),
    ("dl11", "project", "fr",
     "Mesurer les fumées des gbakas et des wôro-wôro : un contrôle antipollution dans la visite "
     "technique à Abidjan",
     "À Abidjan, les gbakas, ces minibus de transport en commun, les taxis communaux wôro-wôro "
     "et les camions venus du port crachent souvent une fumée noire, et la visite technique "
     "obligatoire se limitait jusqu'ici aux freins, à l'éclairage et aux pneus. Ce projet, mené "
     "par le ministère chargé de l'Environnement, le Centre ivoirien antipollution (CIAPOL) et "
     "la société de contrôle technique automobile, équipe les centres de visite technique "
     "d'opacimètres pour les moteurs diesel et d'analyseurs de gaz pour les moteurs à essence, "
     "fixe des seuils progressifs, forme les contrôleurs et organise des contrôles inopinés au "
     "bord des routes avec la police. Les véhicules recalés pour émissions excessives passent "
     "une contre-visite après réglage ou remplacement du filtre à air et des injecteurs, et les "
     "mécaniciens des garages de quartier sont formés. Le projet publie chaque trimestre le taux "
     "de rejet par type de véhicule et suit les particules fines le long des grands axes "
     "d'Adjamé et de Yopougon. L'âge des véhicules d'occasion importés relève d'une autre "
     "réglementation.",
     ("contrôle technique", "émissions des véhicules", "opacité des fumées", "qualité de l'air",
      "transport urbain"),
     ("CI",), "2024-01"),
    ("dl12", "case-study", "es",
     "La VTV y el humo de los autos: diez años de control de emisiones en la Verificación "
     "Técnica Vehicular bonaerense",
     "En la provincia de Buenos Aires todo auto con más de unos años de patentado debe pasar "
     "periódicamente por la Verificación Técnica Vehicular (VTV) en una planta habilitada, donde "
     "además de frenos, luces y tren delantero se miden el monóxido de carbono y los "
     "hidrocarburos de los motores nafteros y la opacidad del humo de los gasoleros; si aprueba, "
     "el auto recibe la oblea que se pega en el parabrisas. Este estudio de caso analiza diez "
     "años de resultados de las plantas del conurbano y del interior: cuántos vehículos fueron "
     "rechazados por emisiones, cuántos volvieron reparados y cómo influyeron la edad del "
     "parque, el GNC y los autos sin catalizador. Compara con los colectivos y camiones, que "
     "hacen la Revisión Técnica Obligatoria nacional, y con la Ciudad de Buenos Aires. También "
     "examina las denuncias de obleas vendidas sin revisión, la evasión de quienes nunca la "
     "hacen y las propuestas de controlar las emisiones en la vía pública con sensores remotos.",
     ("verificación técnica vehicular", "emisiones vehiculares", "control de emisiones",
      "calidad del aire", "provincia de Buenos Aires"),
     ("AR",), "2024-07"),
    # --- grid-scale battery storage -----------------------------------------------------------
    ("dl13", "case-study", "en",
     "The Hornsdale Power Reserve: what South Australia's big battery did for the grid",
     "After the statewide blackout of September 2016, South Australia contracted a lithium-ion "
     "battery of 100 megawatts and 129 megawatt-hours, built beside the Hornsdale wind farm near "
     "Jamestown and switched on in December 2017, then the largest in the world; it was expanded "
     "to 150 megawatts and 193.5 megawatt-hours in 2020. This case study reviews six years of "
     "operation: the battery's fast response when coal units tripped in other states, its share "
     "of the market for frequency control services, whose prices fell, the revenue from charging "
     "when wind power is cheap and discharging in the evening peak, and its part in letting the "
     "state run on wind and rooftop solar for long periods. It sets out the trial of "
     "grid-forming inverters, the fire safety rules tightened after the fire at the Victorian "
     "Big Battery near Geelong in 2021, and plans for recycling the modules. A solar thermal "
     "plant once planned at Port Augusta, cancelled in 2019, and pumped hydro projects are named "
     "for comparison.",
     ("battery energy storage", "grid-scale batteries", "lithium-ion batteries",
      "frequency control", "renewable energy integration"),
     ("AU",), "2023-12"),
    ("dl14", "project", "fr",
     "Des batteries pour un réseau insulaire : stockage stationnaire et photovoltaïque à La "
     "Réunion",
     "La Réunion est une zone non interconnectée : son réseau électrique ne peut compter sur "
     "aucun voisin, et la production solaire, qui peut chuter en quelques minutes au passage des "
     "nuages sur les Hauts, menace l'équilibre entre l'offre et la demande. Depuis les appels "
     "d'offres qui ont imposé un stockage aux nouvelles centrales photovoltaïques, l'île "
     "s'équipe de batteries. Ce projet réunit le gestionnaire du réseau, des producteurs et la "
     "Région pour installer près des postes électriques de Saint-Pierre et du Port des systèmes "
     "de stockage par batteries lithium-ion de plusieurs dizaines de mégawattheures, qui lissent "
     "la production solaire, fournissent une réserve rapide contre les délestages et évitent de "
     "démarrer les turbines à combustion au gazole. Il suit la température des conteneurs "
     "pendant la saison cyclonique, la sécurité incendie, la fin de vie des batteries et les "
     "emplois des techniciens formés sur l'île. La conversion des centrales bagasse-charbon à la "
     "biomasse importée n'entre pas dans le projet.",
     ("stockage par batteries", "stockage d'énergie", "réseaux insulaires", "énergie solaire",
      "transition énergétique"),
     ("RE",), "2024-06"),
    ("dl15", "need", "es",
     "Necesidad: reglas y capacidades para los sistemas de almacenamiento con baterías del Norte "
     "Grande de Chile",
     "En las regiones de Antofagasta y Atacama las plantas solares producen tanta energía al "
     "mediodía que una parte se pierde: el vertimiento de energía renovable crece cada año "
     "porque las líneas de transmisión no alcanzan a llevarla al centro del país. Desde la ley "
     "de almacenamiento y electromovilidad de 2022, decenas de proyectos de sistemas de "
     "almacenamiento de energía en baterías (BESS) han ingresado a evaluación ambiental, muchos "
     "junto a parques fotovoltaicos en la pampa y otros en terrenos de centrales a carbón que "
     "cierran. El Ministerio de Energía y la superintendencia solicitan apoyo para elaborar una "
     "guía de evaluación ambiental de estos proyectos, normas de seguridad contra incendios y de "
     "respuesta de bomberos en faenas remotas, criterios para reciclar las celdas de litio al "
     "final de su vida útil y capacitación para los fiscalizadores. Piden además estudiar el "
     "aporte de las baterías a la estabilidad de la red. La planta termosolar de Cerro "
     "Dominador, con su almacenamiento en sales fundidas, no es objeto de la solicitud.",
     ("almacenamiento de energía en baterías", "BESS", "energías renovables", "vertimiento",
      "necesidades"),
     ("CL",), "2024-08"),
    # --- concentrated solar power -------------------------------------------------------------
    ("dl16", "dataset", "en",
     "Concentrated solar power in the Northern Cape: output, storage hours, water use and bird "
     "deaths at seven plants, 2015-2024",
     "Under its renewable energy independent power producer programme, South Africa built seven "
     "concentrated solar power (CSP) plants around Upington and Pofadder in the Northern Cape: "
     "five parabolic trough plants and two central receiver towers, about 600 megawatts in all, "
     "which store heat in tanks of molten salt so that they can keep generating for hours after "
     "sunset, when the country's evening peak arrives. This dataset, compiled by a university "
     "solar research centre from the plants' public reports and environmental monitoring, gives "
     "the monthly electricity delivered to the grid, the hours of storage used, the water drawn "
     "from the Orange River for mirror washing and cooling, and the birds and bats found dead in "
     "the solar fields and near the towers, some of them singed by concentrated sunlight. It "
     "also records jobs in nearby towns and payments to community trusts. Notes compare costs "
     "with photovoltaic plants with lithium battery storage, which won the later bidding rounds.",
     ("concentrated solar power", "CSP", "thermal energy storage", "renewable energy",
      "Northern Cape"),
     ("ZA",), "2024-11"),
    ("dl17", "case-study", "fr",
     "Noor Ouarzazate : dix ans de solaire thermodynamique aux portes du désert",
     "Le complexe solaire Noor Ouarzazate, construit par l'agence marocaine pour l'énergie "
     "durable sur 3 000 hectares de plateau caillouteux près du village de Ghessate, réunit "
     "trois centrales solaires thermodynamiques, deux à miroirs cylindro-paraboliques et une "
     "tour de 250 mètres entourée de milliers d'héliostats, et une centrale photovoltaïque, pour "
     "580 mégawatts au total. Le stockage de la chaleur dans des sels fondus permet de produire "
     "de l'électricité plusieurs heures après le coucher du soleil. Cette étude de cas revient "
     "sur les choix faits après les premières critiques : le refroidissement à sec de Noor II et "
     "de Noor III pour économiser l'eau du barrage El Mansour Eddahbi, dont dépendent les oasis "
     "du Drâa, le nettoyage des miroirs, le coût de l'électricité et la dette publique. Elle "
     "recueille l'avis des douars voisins sur les emplois, les pistes, l'eau potable et les "
     "terres collectives cédées par la tribu, et compare avec les parcs éoliens du pays.",
     ("solaire thermodynamique", "centrales solaires à concentration", "stockage thermique",
      "énergies renouvables", "Ouarzazate"),
     ("MA",), "2024-03"),
    ("dl18", "project", "es",
     "Termosolares del Marquesado del Zenete y de la campiña sevillana: agua, aves y más horas "
     "de almacenamiento",
     "España tiene una cincuentena de centrales termosolares, unos 2.300 megavatios, casi todas "
     "construidas entre 2008 y 2013 en Andalucía, Extremadura y Castilla-La Mancha. En el "
     "Marquesado del Zenete, en Granada, tres centrales de colectores cilindroparabólicos con "
     "almacenamiento en sales fundidas funcionan junto a La Calahorra, y en la campiña de "
     "Sevilla se levantan torres rodeadas de heliostatos. Este proyecto, de una asociación de "
     "productores con la universidad y la Junta, reduce el agua de refrigeración que se extrae "
     "del acuífero, prueba limpiar los espejos con robots y menos agua, amplía las horas de "
     "almacenamiento para cubrir la punta de la tarde y la noche y vigila el efecto de los "
     "campos solares en las aves esteparias, como la avutarda, el sisón y el aguilucho cenizo, "
     "que pierden sus barbechos. También forma a técnicos de la comarca de Guadix y prepara la "
     "renovación de las turbinas de las plantas más antiguas.",
     ("energía termosolar", "centrales solares de concentración", "almacenamiento térmico",
      "aves esteparias", "Andalucía"),
     ("ES",), "2023-10"),
    # --- fishmeal plants ----------------------------------------------------------------------
    ("dl19", "need", "en",
     "Need: independent monitoring of the fishmeal factories on the Gambian coast at Gunjur, "
     "Sanyang and Kartong",
     "Since 2016 foreign-owned factories at Gunjur, Sanyang and Kartong have turned bonga and "
     "other small pelagic fish into fishmeal and fish oil for export to aquaculture feed mills "
     "in Asia and Europe. Residents and tourist lodges complain of a rotten smell over the "
     "villages, and in 2017 effluent piped from the Gunjur factory turned the lagoon of the "
     "Bolong Fenyo community wildlife reserve red and killed its fish, until the pipe was "
     "removed and the company fined. Women fish smokers and processors, who say the factories "
     "outbid them for the catch, have lost much of their income. The National Environment Agency "
     "and the fisheries department request support to set discharge standards for fishmeal "
     "plants, test effluent, groundwater and seawater near the outfalls, measure air emissions, "
     "train inspectors and publish the results, and to assess how much of the national catch "
     "goes to fishmeal. They also ask for help to review the environmental impact assessments of "
     "two proposed plants.",
     ("fishmeal factories", "industrial effluents", "marine pollution", "small pelagic fish",
      "needs"),
     ("GM",), "2023-06"),
    ("dl20", "case-study", "fr",
     "Nouadhibou et ses usines de farine de poisson : fumées, effluents et sardinelles",
     "En moins de dix ans, plusieurs dizaines d'usines de farine et d'huile de poisson se sont "
     "installées à Nouadhibou, le long de la baie du Lévrier et dans la zone de Cansado, pour "
     "transformer les sardinelles, les chinchards et les mulets débarqués par les pirogues et "
     "les senneurs. Cette étude de cas, réalisée par l'institut de recherche océanographique "
     "avec des associations de quartier, décrit les fumées et l'odeur qui couvrent la ville "
     "quand le vent tourne, les eaux de cuisson rejetées dans la baie, les plages couvertes de "
     "mousse et les plaintes de riverains souffrant de troubles respiratoires. Elle analyse les "
     "contrôles de l'environnement, les normes de rejet adoptées puis peu appliquées, "
     "l'obligation d'installer des laveurs de fumées, et les conséquences pour la sécurité "
     "alimentaire de la sous-région, privée de poisson bon marché. Elle rappelle la proximité du "
     "Parc national du Banc d'Arguin. Les épaves de la baie, cimetière de bateaux en partie "
     "dégagé, ne sont citées que pour mémoire.",
     ("usines de farine de poisson", "pollution industrielle", "rejets en mer",
      "petits pélagiques", "Nouadhibou"),
     ("MR",), "2024-02"),
    ("dl21", "dataset", "es",
     "Bahía El Ferrol de Chimbote: calidad del agua y emisiones de las plantas de harina de "
     "pescado, 2010-2024",
     "Desde el boom de la anchoveta, la bahía El Ferrol de Chimbote recibió durante décadas el "
     "agua de bombeo, el agua de cola y la sanguaza de decenas de plantas de harina de pescado, "
     "además de los desagües de la ciudad, y su fondo quedó cubierto de lodos sin oxígeno. Este "
     "conjunto de datos, reunido por la autoridad de fiscalización ambiental con la universidad "
     "local, recoge los muestreos de oxígeno disuelto, sólidos, aceites y grasas, sulfuros y "
     "coliformes en la bahía, el caudal del emisor submarino que las empresas pesqueras "
     "construyeron para alejar sus efluentes de la orilla, y las mediciones de material "
     "particulado y sulfuro de hidrógeno en los barrios cercanos durante las temporadas de "
     "pesca. Registra también las sanciones, las paralizaciones de plantas y la harina producida "
     "en cada temporada. Las notas explican qué mejoró con el emisor y con los lavadores de "
     "gases, y qué sigue: los olores, las bolicheras que descargan pescado en mal estado y las "
     "plantas de harina residual.",
     ("harina de pescado", "efluentes pesqueros", "contaminación marina", "calidad del aire",
      "Chimbote"),
     ("PE",), "2024-04"),
    # --- titanium dioxide in food -------------------------------------------------------------
    ("dl22", "document", "en",
     "Titanium dioxide (E171) in food: a guide for manufacturers selling in Great Britain, "
     "Northern Ireland and the EU",
     "Titanium dioxide, the white pigment listed as E171, was for decades used to whiten and "
     "brighten sweets, chewing gum, cake decorations, icing, coated food supplements and some "
     "sauces. In May 2021 the European Food Safety Authority concluded that it could no longer "
     "be considered safe as a food additive, because a concern for genotoxicity from its small "
     "particles, some of them nanoparticles, could not be ruled out, and the European Union "
     "banned it in food from August 2022. The food safety authorities of Great Britain reviewed "
     "the evidence separately and have so far kept it authorised, while Northern Ireland follows "
     "the EU rules. This guide explains what the difference means for confectioners, bakers and "
     "importers who sell in both markets: labelling, reformulation with calcium carbonate, rice "
     "starch or other opacifiers, shelf-life and colour tests, and checks on imported products. "
     "It notes that titanium dioxide is still used in many medicines and toothpastes, which "
     "other rules cover.",
     ("titanium dioxide", "E171", "food additives", "nanomaterials", "food safety"),
     ("GB",), "2023-02"),
    ("dl23", "case-study", "fr",
     "Quatre ans sans E171 : comment la France a retiré le dioxyde de titane des bonbons et des "
     "pâtisseries",
     "En avril 2019, après les avis de l'agence nationale de sécurité sanitaire sur les "
     "nanoparticules de dioxyde de titane, le gouvernement français a suspendu à partir du 1er "
     "janvier 2020 la mise sur le marché des denrées contenant l'additif E171, deux ans avant "
     "l'interdiction européenne. Cette étude de cas retrace ce qui a suivi : le retrait des "
     "bonbons, des chewing-gums, des dragées et des décors de pâtisserie qui en contenaient, la "
     "reformulation par les confiseurs et les industriels, les contrôles de la répression des "
     "fraudes dans les boulangeries-pâtisseries, les épiceries et les sites de vente en ligne, "
     "et la surprise des consommateurs devant des confiseries moins blanches ou moins "
     "brillantes. Elle discute aussi des produits non concernés : les dentifrices, les "
     "cosmétiques et les médicaments, dont les comprimés enrobés contiennent encore souvent du "
     "dioxyde de titane, et les recherches pour le remplacer. Les associations de consommateurs "
     "ont pesé dans l'adoption de la mesure.",
     ("dioxyde de titane", "E171", "additifs alimentaires", "nanoparticules",
      "sécurité sanitaire des aliments"),
     ("FR",), "2024-01"),
    ("dl24", "need", "es",
     "Necesidad: medir el dióxido de titanio (E171) en confites, chicles y repostería vendidos "
     "en Costa Rica",
     "En Costa Rica el dióxido de titanio sigue autorizado como colorante blanco en los "
     "alimentos, mientras la Unión Europea lo prohibió en 2022. Confites, chicles, gomitas, "
     "queques decorados y glaseados que se venden en pulperías, sodas y supermercados lo llevan, "
     "y muchos productos importados se reetiquetan sin indicarlo con claridad. El Ministerio de "
     "Salud, con el laboratorio de una universidad pública, solicita apoyo para analizar el "
     "contenido de dióxido de titanio y el tamaño de sus partículas en una muestra de productos, "
     "sobre todo los dirigidos a niños, revisar las etiquetas, estimar la exposición de los "
     "escolares y preparar una posición para discutir el aditivo en el marco regional "
     "centroamericano. Pide además capacitación en microscopía electrónica y espectrometría, y "
     "materiales para informar a los reposteros y a las pequeñas fábricas de confites sobre los "
     "sustitutos. Los medicamentos y las pastas de dientes quedan fuera de la solicitud.",
     ("dióxido de titanio", "E171", "aditivos alimentarios", "inocuidad de los alimentos",
      "necesidades"),
     ("CR",), "2024-06"),
    # --- potentially polluting wrecks ---------------------------------------------------------
    ("dl25", "project", "en",
     "Taking the oil out of Chuuk Lagoon's Second World War wrecks before their hulls collapse",
     "On 17 and 18 February 1944, American aircraft sank more than forty Japanese ships at "
     "anchor in Chuuk Lagoon, then called Truk, in what is now the Federated States of "
     "Micronesia. Eighty years on, the wrecks are a famous dive site, but their steel is "
     "thinning, and several, among them the tanker Hoyo Maru and cargo ships still carrying fuel "
     "drums, leak oil that leaves sheens on the lagoon and reaches the reefs and the fishing "
     "grounds of the islands. This project, led by the state government with regional and "
     "foreign partners, surveys the wrecks with divers and sonar to estimate the oil left in "
     "each, ranks them by risk, and uses hot tapping to drill into tanks and pump out the oil, "
     "which is shipped off the islands for treatment. It also trains local divers, keeps clear "
     "of unexploded ordnance and human remains, agrees rules with traditional leaders and dive "
     "operators, and prepares a plan to respond to a sudden release.",
     ("potentially polluting wrecks", "shipwrecks", "oil removal", "marine pollution",
      "Chuuk Lagoon"),
     ("FM",), "2024-09"),
    ("dl26", "case-study", "fr",
     "L'Irving Whale : relever une barge coulée qui laissait fuir du mazout et des BPC dans le "
     "golfe du Saint-Laurent",
     "Le 7 septembre 1970, la barge Irving Whale a coulé par 67 mètres de fond au nord de "
     "l'Île-du-Prince-Édouard, à une soixantaine de kilomètres des Îles-de-la-Madeleine, avec "
     "environ 4 200 tonnes de mazout lourd et, dans son système de chauffage, des biphényles "
     "polychlorés (BPC). Pendant un quart de siècle, la barge a laissé s'échapper du mazout qui "
     "souillait les plages, et les Madelinots, les pêcheurs de homard et les groupes "
     "environnementaux ont réclamé qu'on la retire. Cette étude de cas revient sur le "
     "renflouement réalisé par la Garde côtière canadienne en 1996 : les années d'études, les "
     "recours en justice, la crainte qu'elle se brise pendant la remontée, un coût de plus de 40 "
     "millions de dollars, puis la découverte de BPC dans les sédiments autour du site. Elle en "
     "tire des leçons pour les autres épaves potentiellement polluantes du pays, comme le "
     "Manolis L au large de Terre-Neuve, et pour la loi fédérale de 2019 sur les épaves et les "
     "bâtiments abandonnés ou dangereux.",
     ("épaves potentiellement polluantes", "épaves", "déversements d'hydrocarbures", "BPC",
      "golfe du Saint-Laurent"),
     ("CA",), "2023-08"),
    ("dl27", "dataset", "es",
     "Pecios potencialmente contaminantes frente a la costa de Galicia: inventario y riesgo, "
     "1960-2024",
     "Pocas costas de Europa acumulan tantos naufragios de petroleros y mercantes como la de "
     "Galicia: el Urquiola en 1976 y el Mar Egeo en 1992 en A Coruña, el Cason, cargado de "
     "productos químicos, en Fisterra en 1987, y el Prestige, que en 2002 se hundió a unos 250 "
     "kilómetros de la Costa da Morte y dejó el chapapote en las playas y en las rocas de los "
     "percebeiros. Este conjunto de datos, preparado por un centro oceanográfico con Salvamento "
     "Marítimo y la Xunta, reúne unos doscientos pecios: posición, profundidad, tipo de buque, "
     "carga y combustible estimados a bordo, estado del casco según inspecciones con robots "
     "submarinos, y un índice de riesgo que combina el combustible que aún pueda quedar, la "
     "corrosión y la cercanía a bancos marisqueros, rías y espacios protegidos. Incluye la "
     "extracción del fuel del Prestige en 2004 a más de 3.500 metros y las manchas vistas por "
     "satélite sobre otros pecios. Los buques hundidos a propósito como arrecifes artificiales "
     "no forman parte del inventario.",
     ("pecios", "pecios potencialmente contaminantes", "hidrocarburos", "contaminación marina",
      "Galicia"),
     ("ES",), "2024-05"),
    # --- lead in traditional medicines --------------------------------------------------------
    ("dl28", "dataset", "en",
     "Lead poisoning linked to traditional remedies and imported health products in the United "
     "States, 2010-2023",
     "When a child or an adult is found with a high blood lead level, state and local health "
     "departments interview the family to find the source. This dataset, compiled from the case "
     "investigations of a network of state lead programmes, lists the cases in which a "
     "traditional medicine or imported health product was the likely source: ayurvedic "
     "preparations bought in India or online, some with lead, mercury or arsenic added on "
     "purpose as bhasmas; the Mexican folk remedies azarcón and greta, orange and yellow powders "
     "of almost pure lead oxide given to children for empacho; Hmong remedies such as "
     "pay-loo-ah; litargirio used as a deodorant in Dominican families; and Chinese herbal "
     "pills. For each case it gives the age, the blood lead level, the product, the lead "
     "measured in it by the laboratory, and the action taken: warnings, recalls and import "
     "alerts. It also counts the cases among pregnant women. Cosmetics such as kohl and surma "
     "and lead-glazed pottery are recorded elsewhere.",
     ("traditional medicines", "lead poisoning", "heavy metals", "ayurvedic medicines",
      "blood lead"),
     ("US",), "2024-07"),
    ("dl29", "document", "fr",
     "Plomb, mercure et arsenic dans les médicaments ayurvédiques et les remèdes traditionnels : "
     "fiche pour les médecins",
     "Les centres antipoison et de toxicovigilance reçoivent chaque année des cas de saturnisme "
     "chez des personnes qui ont pris des médicaments ayurvédiques, des pilules de médecine "
     "traditionnelle chinoise ou des remèdes rapportés d'un voyage au pays, achetés en ligne ou "
     "auprès de praticiens. Certains produits ayurvédiques contiennent volontairement des métaux "
     "réduits en cendres, les bhasmas ; d'autres sont contaminés. Cette fiche, destinée aux "
     "médecins généralistes, aux pédiatres et aux pharmaciens, décrit les signes qui doivent "
     "faire penser au plomb (douleurs abdominales, anémie, fatigue, troubles neurologiques), les "
     "questions à poser sur les remèdes traditionnels, la déclaration obligatoire du saturnisme "
     "chez l'enfant et le dosage de la plombémie. Elle explique comment faire analyser le "
     "produit, signaler le cas à l'agence du médicament et aux douanes, et accompagner le "
     "patient sans le juger. Le khôl, qui relève des cosmétiques, n'est cité que pour mémoire.",
     ("médecines traditionnelles", "médicaments ayurvédiques", "saturnisme", "métaux lourds",
      "toxicovigilance"),
     ("FR",), "2023-10"),
    ("dl30", "project", "es",
     "Azarcón y greta para el empacho: prevenir la intoxicación por plomo en niños de Ciudad "
     "Juárez y Chihuahua",
     "En muchas familias del norte de México y del otro lado de la frontera, cuando un niño "
     "tiene empacho, la abuela o la sobadora le da una pizca de azarcón o de greta, polvos "
     "naranja y amarillo que se compran en yerberías y mercados y que son casi puro óxido de "
     "plomo. Un solo tratamiento puede elevar el plomo en sangre a niveles peligrosos. Este "
     "proyecto de la secretaría de salud del estado, con pediatras, una universidad y las "
     "autoridades de salud de El Paso, capacita a promotoras de salud, médicos de los centros de "
     "salud, curanderas y vendedores de yerberías para reconocer estos remedios y ofrecer "
     "alternativas, mide el plomo en sangre de niños con antecedentes de empacho, retira los "
     "productos de la venta y analiza otros remedios y tés de hierbas que se venden para el "
     "mismo mal. Los mensajes se difunden por radio y en las salas de espera. La greta que "
     "vidria el barro de las ollas, otra fuente de plomo, se atiende en otro programa.",
     ("medicina tradicional", "remedios caseros", "intoxicación por plomo", "azarcón",
      "salud infantil"),
     ("MX",), "2024-03"),
)  # fmt: skip
