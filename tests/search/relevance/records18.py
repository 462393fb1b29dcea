"""Clearing-house records of the eighteenth judged relevance set
(tests/search/relevance/queries18.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CMS and fisheries pages on
albatrosses and other seabirds caught on longlines, CITES pages on the European eel and the
glass eel trade, Stockholm and Rotterdam Convention pages on the insecticide chlorpyrifos, ABS
Clearing-House pages on the teff agreement of Ethiopia, UNCCD pages on zaï pits and half-moons,
Biosafety Clearing-House pages on the drought-tolerant HB4 wheat, chemical-accident pages on
fire-fighting water from burning chemical warehouses, CITES pages on rhinoceros horn, CBD-like
pages on horseshoe crabs and Ramsar-like pages on beavers (their return to European rivers and
their removal where they are invasive), with a committee matching requests for assistance with
offers (needs and offers on several of those topics). English, French and Spanish, 10 records
each, every topic written once in each language, so that a query in one language has answers
in the others. None of records.py, records3.py, ..., records17.py is about these topics (their
records were read, title by title, and searched for the topics' words in the three languages
before these were written; the nearest are the invasive rats removed for the seabirds of the
Seychelles (records6.py), the longlines among the fishing gear marked against ghost nets
(records7.py), the eels that fish passes let through (records11.py), the paraquat and
glyphosate records and other pesticides of records4.py, the benefit-sharing agreements on
other plants, the Sahel's farmer-managed regeneration (records7.py) and Great Green Wall
(records15.py), the genetically modified crops of earlier Biosafety records, the warehouse
explosions of fireworks (records13.py) and the fire-fighting foams (records3.py), the saiga
horn trade (records16.py) and the ivory of the wildlife trade records). No text was copied
from those sites and none comes from demo/generator.py. They are meant to be harvested as
``oai_dc``-like records and enriched with the project thesaurus exactly as the other records
files' are, beside them and the real fixtures' records (tests/mappings/golden/*.json) as one
pool.

Ids (l01..l30) collide with none of records.py's (a1..h5), records3.py's (n01..n47),
records4.py's (p01..p45), records5.py's (q01..q45), records6.py's (t01..t45), records7.py's
(v01..v45), records8.py's (w01..w45), records9.py's (x01..x30), records10.py's (k01..k30),
records11.py's (m01..m30), records12.py's (r01..r30), records13.py's (u01..u30),
records14.py's (j01..j30), records15.py's (o01..o30), records16.py's (y01..y30) or
records17.py's (z01..z30); in queries18.tsv they are written without prefix, like theirs, and
take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- albatrosses and seabird bycatch on longlines --------------------------------------------
    ("l01", "document", "en",
     "Seabird-safe longline fishing: best practice on bird-scaring lines, line weighting and "
     "night setting",
     "Tens of thousands of albatrosses and petrels drown every year after taking baited hooks "
     "behind tuna and toothfish longliners. This guidance, prepared with the parties to the "
     "Agreement on the Conservation of Albatrosses and Petrels (ACAP) and CMS, explains the three "
     "measures that work best together: streamer lines that scare birds away from the sinking "
     "hooks, weights close to the hook so the bait sinks fast, and setting lines at night, with "
     "hook-shielding devices as an alternative.",
     ("seabird bycatch", "albatrosses", "longline fisheries", "fishing gear", "CMS"), (),
     "2022"),
    ("l02", "project", "fr",
     "Réduire les captures accidentelles d'albatros par les palangriers de légine à Kerguelen "
     "et Crozet",
     "Les palangriers qui pêchent la légine australe autour des îles Kerguelen et Crozet "
     "capturaient des milliers d'albatros et de pétrels par saison. Le projet a rendu "
     "obligatoires les lignes d'effarouchement, le lestage des lignes et la pose de nuit, "
     "interdit la pêche pendant les mois où les oiseaux nourrissent leurs poussins et embarqué "
     "un contrôleur de pêche sur chaque navire pour compter les oiseaux marins capturés.",
     ("oiseaux marins", "albatros", "pêche à la palangre", "prises accessoires",
      "aires marines protégées"), ("TF",), "2021"),
    ("l03", "need", "es",
     "Necesidad: observadores a bordo y líneas espantapájaros para la flota palangrera "
     "artesanal del Perú",
     "Las embarcaciones artesanales que pescan perico (dorado) con palangre frente a la costa "
     "peruana capturan albatros de Galápagos, albatros de Salvin y petreles. El Ministerio de "
     "la Producción solicita apoyo para formar observadores a bordo, fabricar líneas "
     "espantapájaros adaptadas a botes pequeños y registrar la captura incidental de aves "
     "marinas y tortugas en los puertos de desembarque.",
     ("aves marinas", "albatros", "captura incidental", "pesca con palangre"), ("PE",), "2024"),
    # --- European eel and the glass eel trade ----------------------------------------------------
    ("l04", "document", "en",
     "Glass eel trafficking from Europe to Asia: what a decade of seizures tells us",
     "The European eel (Anguilla anguilla) has been listed in CITES Appendix II since 2009 and "
     "the European Union has allowed no export since 2010, yet live glass eels keep leaving "
     "Europe in suitcases and air cargo for fish farms in East Asia. The report reviews the "
     "seizures made at airports, the price of a kilogram of glass eels, the routes and the "
     "laundering of European eels as American or Japanese eels, and recommends DNA testing "
     "and cooperation between customs services.",
     ("eels", "glass eels", "CITES", "wildlife trafficking", "customs"), (), "2023"),
    ("l05", "project", "fr",
     "Rétablir la montaison des civelles dans l'estuaire de la Loire",
     "L'anguille européenne est en danger critique d'extinction. Dans le cadre du plan de "
     "gestion de l'anguille, le projet équipe les barrages et les écluses de l'estuaire de "
     "passes à anguilles à brosses, ouvre les portes à la marée montante pour laisser passer "
     "les civelles, transfère une partie des civelles pêchées vers des rivières en amont et "
     "compte les anguilles jaunes qui remontent chaque année.",
     ("anguille européenne", "civelles", "poissons migrateurs", "continuité écologique"),
     ("FR",), "2022"),
    ("l06", "support-source", "es",
     "Oferta: identificación genética de angulas y anguilas decomisadas",
     "Un laboratorio de genética de la pesca en España ofrece a las aduanas y autoridades CITES "
     "que lo soliciten el análisis de ADN gratuito de angulas y anguilas decomisadas, para "
     "distinguir la anguila europea, incluida en el Apéndice II de la CITES, de la anguila "
     "americana y de la japonesa, con informes válidos ante los tribunales y capacitación a "
     "distancia para la toma de muestras.",
     ("anguilas", "angulas", "CITES", "comercio ilegal de especies silvestres",
      "análisis de ADN"), ("ES",), "2024"),
    # --- the insecticide chlorpyrifos ------------------------------------------------------------
    ("l07", "document", "en",
     "Chlorpyrifos under the Stockholm Convention: what the listing means for national "
     "pesticide registrations",
     "Chlorpyrifos, an organophosphate insecticide sprayed on fruit, vegetables, cotton and "
     "rice, was listed in Annex A of the Stockholm Convention in 2025, with time-limited "
     "specific exemptions for some crops. It travels far from where it is sprayed and harms the "
     "developing brain of children exposed before birth. The note explains how registration "
     "authorities cancel products, deal with remaining stocks and choose alternatives, and how "
     "the listing relates to the Rotterdam Convention's prior informed consent procedure.",
     ("chlorpyrifos", "persistent organic pollutants", "insecticides", "Stockholm Convention",
      "pesticide registration"), (), "2025"),
    ("l08", "need", "fr",
     "Besoin : alternatives au chlorpyriphos dans les vergers d'agrumes du Souss",
     "L'office national de sécurité sanitaire des produits alimentaires du Maroc demande un "
     "appui pour remplacer le chlorpyriphos, interdit depuis 2020 dans les pays qui achètent "
     "les oranges et les clémentines marocaines, contre la cochenille et la mouche des fruits "
     ": essais de lutte biologique et de pièges, formation des conseillers agricoles et "
     "analyses de résidus avant l'exportation.",
     ("chlorpyriphos", "insecticides", "agrumes", "lutte biologique", "résidus de pesticides"),
     ("MA",), "2023"),
    ("l09", "project", "es",
     "Residuos de clorpirifós en frutas y hortalizas de los mercados de Costa Rica",
     "El proyecto tomó muestras durante dos años de chile dulce, tomate, papa y piña en ferias "
     "del agricultor y supermercados de Costa Rica y encontró residuos del insecticida "
     "clorpirifós por encima del límite máximo en una de cada diez muestras. Con los "
     "resultados, el país canceló los registros del clorpirifós y capacita a los productores "
     "en alternativas de menor toxicidad.",
     ("clorpirifós", "residuos de plaguicidas", "insecticidas", "inocuidad de los alimentos"),
     ("CR",), "2022"),
    # --- teff and access and benefit-sharing -----------------------------------------------------
    ("l10", "case-study", "en",
     "The teff agreement: lessons from Ethiopia's first access and benefit-sharing deal",
     "In 2004 Ethiopia gave a Dutch company access to teff varieties in exchange for a share "
     "of the profits from teff flour sold in Europe. The company then patented the processing "
     "of teff flour in several European countries, paid almost nothing and went bankrupt; a "
     "Dutch court revoked the patent in 2019. The case study draws the lessons that shaped the "
     "Nagoya Protocol: clear mutually agreed terms, monitoring of the use of genetic resources "
     "and no patents on what farmers already do.",
     ("teff", "access and benefit-sharing", "patents", "Nagoya Protocol",
      "genetic resources"), ("ET", "NL"), "2020"),
    ("l11", "document", "fr",
     "Le teff éthiopien et la leçon du brevet : guide pour négocier des conditions convenues "
     "d'un commun accord",
     "À partir de l'accord sur le teff signé par l'Éthiopie, dont les avantages promis ne sont "
     "jamais arrivés, ce guide aide les autorités nationales compétentes à rédiger les "
     "conditions convenues d'un commun accord : paiements initiaux, interdiction de breveter "
     "les ressources génétiques reçues, rapports annuels de l'utilisateur et clause de "
     "règlement des différends.",
     ("teff", "accès et partage des avantages", "conditions convenues d'un commun accord",
      "brevets", "Protocole de Nagoya"), ("ET",), "2021"),
    ("l12", "need", "es",
     "Necesidad: inventario de las variedades locales de teff y de los conocimientos de los "
     "agricultores en Etiopía",
     "El Instituto Etíope de Biodiversidad solicita apoyo para recolectar y caracterizar las "
     "variedades locales de teff que aún se siembran en las tierras altas, documentar con las "
     "comunidades sus usos y conocimientos tradicionales y publicar el inventario en el "
     "mecanismo de intercambio de información sobre acceso y participación en los beneficios.",
     ("teff", "variedades locales", "conocimientos tradicionales",
      "acceso y participación en los beneficios"), ("ET",), "2023"),
    # --- zaï pits and half-moons -----------------------------------------------------------------
    ("l13", "project", "en",
     "Zaï pits and half-moons: bringing crusted land back into cultivation in Burkina Faso",
     "On the bare, crusted plateaus of the Yatenga, farmers dig zaï, small pits filled with "
     "manure that catch the first rains, and half-moon shaped earth bunds that hold runoff on "
     "the slopes. The project trains farmer groups, lends picks and carts for manure, and "
     "measures sorghum and millet yields on restored plots, which rise from almost nothing to "
     "a harvest in two seasons.",
     ("zaï", "half-moons", "water harvesting", "land restoration", "land degradation"),
     ("BF",), "2022"),
    ("l14", "document", "fr",
     "Guide technique : demi-lunes et cordons pierreux pour récupérer les terres dégradées au "
     "Niger",
     "Ce guide de terrain montre comment tracer les demi-lunes en quinconce selon la pente, les "
     "creuser, y mettre la fumure et les semer, comment poser des cordons pierreux le long des "
     "courbes de niveau et combiner ces ouvrages avec le zaï pour récupérer les glacis "
     "dénudés, stocker l'eau de pluie et réduire l'érosion.",
     ("demi-lunes", "cordons pierreux", "zaï", "récupération des terres dégradées",
      "conservation des eaux et des sols"), ("NE",), "2019"),
    ("l15", "case-study", "es",
     "Estudio de caso: zaï y medialunas contra la degradación de las tierras en Malí",
     "En la región de Mopti, las familias abrieron cuencas zaï y medialunas en tierras "
     "abandonadas por la sequía y la erosión. El estudio compara las parcelas tratadas con las "
     "vecinas: más agua infiltrada, más materia orgánica y cosechas de mijo que alcanzan para "
     "meses, y describe por qué las mujeres, que rara vez poseen la tierra, se beneficiaron "
     "menos.",
     ("zaï", "medialunas", "cosecha de agua", "degradación de las tierras", "desertificación"),
     ("ML",), "2021"),
    # --- drought-tolerant HB4 wheat --------------------------------------------------------------
    ("l16", "document", "en",
     "Biosafety decision: drought-tolerant HB4 wheat approved for cultivation in Argentina",
     "The decision record covers wheat event IND-00412-7, which carries the HaHB4 gene from "
     "sunflower to keep yields in dry years and a gene for tolerance to the herbicide "
     "glufosinate. It summarises the risk assessment (food and feed safety, gene flow to "
     "related plants, effects on soil organisms), the field trials over ten seasons and the "
     "conditions on segregating the grain from conventional wheat for export.",
     ("genetically modified wheat", "drought tolerance", "LMOs", "risk assessment",
      "biosafety decisions"), ("AR",), "2022"),
    ("l17", "need", "fr",
     "Besoin : détecter le blé HB4 dans les cargaisons de blé importées en Tunisie",
     "La Tunisie importe la plus grande partie de son blé tendre et n'a autorisé aucun blé "
     "génétiquement modifié. Le ministère de l'agriculture demande une formation et des "
     "réactifs pour dépister le blé HB4 tolérant à la sécheresse dans les cargaisons, par PCR "
     "spécifique de l'événement, et un appui pour rédiger la procédure de contrôle aux ports.",
     ("blé génétiquement modifié", "détection des OGM", "importations", "biosécurité"),
     ("TN",), "2024"),
    ("l18", "project", "es",
     "Trigo transgénico HB4: ensayos de campo y evaluación del riesgo en Paraguay",
     "Paraguay evalúa el trigo HB4, tolerante a la sequía, con ensayos de campo confinados en "
     "Itapúa y Alto Paraná: rendimiento en años secos, flujo de polen hacia el trigo "
     "convencional y efectos sobre insectos y suelos. El proyecto forma a los inspectores de "
     "bioseguridad y prepara el dictamen que la comisión de bioseguridad agropecuaria debe "
     "emitir.",
     ("trigo transgénico", "tolerancia a la sequía", "evaluación del riesgo",
      "ensayos de campo confinados"), ("PY",), "2023"),
    # --- fire-fighting water from burning chemical warehouses ------------------------------------
    ("l19", "case-study", "en",
     "The Schweizerhalle warehouse fire: how fire-fighting water poisoned the Rhine",
     "In November 1986 a warehouse holding over a thousand tonnes of agrochemicals burned near "
     "Basel. The water the firefighters sprayed washed some thirty tonnes of insecticides and "
     "fungicides into the Rhine, turning it red and killing fish for hundreds of kilometres "
     "downstream. The lessons learned: retention basins for fire-fighting water at chemical "
     "stores, warning the countries downstream at once, and the international alarm plan of "
     "the Rhine commission.",
     ("chemical accidents", "fire-fighting water", "warehouse fires", "river pollution",
      "lessons learned"), ("CH", "DE", "FR", "NL"), "2016"),
    ("l20", "document", "fr",
     "Rétention des eaux d'extinction d'incendie dans les entrepôts de produits chimiques : "
     "guide pratique",
     "Un incendie d'entrepôt de produits chimiques produit des centaines de mètres cubes d'eaux "
     "d'extinction chargées de substances toxiques. Ce guide explique comment calculer le "
     "volume à retenir, aménager des bassins et des bordures de rétention, fermer les réseaux "
     "d'eaux pluviales pendant l'intervention, puis analyser et éliminer les eaux polluées "
     "recueillies.",
     ("eaux d'extinction", "incendies", "entrepôts de produits chimiques",
      "prévention des accidents chimiques"), (), "2020"),
    ("l21", "need", "es",
     "Necesidad: contención de aguas de extinción en depósitos de agroquímicos de Guatemala",
     "Tras el incendio de un depósito de plaguicidas en Escuintla, cuyas aguas de extinción "
     "llegaron a un río que abastece a varias comunidades, la coordinadora nacional para la "
     "reducción de desastres solicita asistencia para inspeccionar los depósitos de "
     "agroquímicos, exigir balsas de retención y capacitar a los bomberos en incendios con "
     "sustancias químicas.",
     ("aguas de extinción de incendios", "accidentes químicos", "plaguicidas",
      "respuesta a emergencias"), ("GT",), "2024"),
    # --- rhinoceros horn -------------------------------------------------------------------------
    ("l22", "project", "en",
     "Dehorning and DNA profiling to protect white rhinos in KwaZulu-Natal",
     "Poachers kill rhinos for their horn, smuggled to Asian markets for carvings and "
     "traditional medicine. In the reserves of KwaZulu-Natal the project dehorns white rhinos "
     "every two years, takes a DNA sample of every animal and every horn in the stockpiles "
     "for the national rhino DNA database, so that seized horns can be matched to a carcass in "
     "court, and trains rangers in crime scene work.",
     ("rhinoceros", "rhino horn", "poaching", "wildlife forensics", "CITES"), ("ZA",), "2021"),
    ("l23", "document", "fr",
     "Corne de rhinocéros : guide d'identification pour les agents des douanes",
     "Toutes les espèces de rhinocéros sont inscrites aux annexes de la CITES et le commerce "
     "international de leur corne est interdit. Le guide aide les douaniers à reconnaître une "
     "corne entière, des morceaux, des bracelets et coupes sculptés ou de la poudre, à les "
     "distinguer des imitations en corne de buffle ou en résine, et à prélever un échantillon "
     "pour l'analyse génétique.",
     ("corne de rhinocéros", "rhinocéros", "CITES", "douanes", "commerce illégal"), (),
     "2019"),
    ("l24", "need", "es",
     "Necesidad: laboratorio forense para muestras de cuerno de rinoceronte en Mozambique",
     "Mozambique, país de tránsito del cuerno de rinoceronte cazado en los parques vecinos, "
     "solicita apoyo para equipar un laboratorio forense de fauna silvestre en Maputo, formar "
     "a sus técnicos en el análisis genético de cuernos decomisados y enviar los perfiles a la "
     "base de datos regional, para llevar a juicio a las redes de tráfico.",
     ("cuerno de rinoceronte", "rinocerontes", "caza furtiva", "ciencia forense",
      "tráfico de vida silvestre"), ("MZ",), "2023"),
    # --- horseshoe crabs -------------------------------------------------------------------------
    ("l25", "document", "en",
     "Horseshoe crabs, shorebirds and the blood harvest: a conservation brief",
     "Each spring horseshoe crabs spawn on the beaches of Delaware Bay and migrating red knots "
     "refuel on their eggs on the way to the Arctic. The crabs are also caught for bait and "
     "bled to make LAL, the reagent that tests vaccines and injectable drugs for bacterial "
     "endotoxins. The brief sets out catch limits tied to the number of red knots and the "
     "switch to recombinant factor C, a test that needs no crab blood.",
     ("horseshoe crabs", "migratory shorebirds", "red knot", "biomedical use", "beaches"),
     ("US",), "2023"),
    ("l26", "project", "fr",
     "Limules d'Asie : suivi des juvéniles sur les vasières du golfe du Tonkin",
     "La limule tridentée, un « fossile vivant » apparu il y a plus de 400 millions d'années, "
     "disparaît des côtes de Chine à cause de la pêche pour la consommation et du remblaiement "
     "des vasières. Le projet compte les juvéniles sur les vasières de Beihai, relâche des "
     "limules élevées en écloserie et travaille avec les pêcheurs pour qu'ils remettent à "
     "l'eau celles prises dans leurs filets.",
     ("limules", "vasières", "espèces menacées", "zones côtières"), ("CN",), "2022"),
    ("l27", "support-source", "es",
     "Oferta: capacitación en el ensayo de factor C recombinante para reemplazar el lisado de "
     "cangrejo herradura",
     "Un centro de control de calidad de medicamentos ofrece a los laboratorios y agencias "
     "reguladoras de América Latina cursos y materiales para validar el ensayo de endotoxinas "
     "con factor C recombinante, que no usa sangre del cangrejo herradura (cacerolita de mar), "
     "y así reducir la captura de estos animales para la industria farmacéutica.",
     ("cangrejo herradura", "factor C recombinante", "bienestar animal",
      "industria farmacéutica"), (), "2024"),
    # --- beavers: rewilding and invasive beavers -------------------------------------------------
    ("l28", "project", "en",
     "Beavers back on the river: rewilding headwater wetlands in Scotland",
     "Four centuries after they were hunted out, Eurasian beavers have been released again in "
     "Scottish catchments. Their dams slow floods, raise the water table and create ponds and "
     "wet woodland where dragonflies, amphibians and otters return. The project monitors the "
     "new wetlands, moves beavers from farmland where they block drains and pays farmers for "
     "the flooded strips.",
     ("beavers", "rewilding", "species reintroduction", "wetlands", "natural flood management"),
     ("GB",), "2023"),
    ("l29", "document", "fr",
     "Le castor d'Europe, ingénieur des zones humides : guide pour cohabiter",
     "Revenu sur la Loire, le Rhône et leurs affluents, le castor d'Europe est une espèce "
     "protégée. Ce guide explique comment ses barrages enrichissent les zones humides et "
     "soutiennent les débits d'étiage, et comment protéger les arbres d'un verger, régler le "
     "niveau d'un barrage par un siphon ou ouvrir un passage sans détruire le gîte.",
     ("castor d'Europe", "zones humides", "espèces protégées", "cohabitation avec la faune"),
     ("FR",), "2021"),
    ("l30", "case-study", "es",
     "El castor invasor de Tierra del Fuego: erradicación para restaurar los bosques de lenga",
     "Veinte castores canadienses liberados en 1946 para la industria peletera se convirtieron "
     "en más de cien mil en Tierra del Fuego. Sus diques inundaron y mataron bosques de lenga "
     "y ñire que no se regeneran. El estudio relata el acuerdo entre Argentina y Chile para "
     "erradicar el castor, los ensayos de captura y la restauración de los bosques y turberas "
     "afectados.",
     ("castores", "especies exóticas invasoras", "erradicación", "bosques"),
     ("AR", "CL"), "2020"),
)  # fmt: skip
