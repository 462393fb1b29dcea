"""Clearing-house records of the twenty-third judged relevance set
(tests/search/relevance/queries23.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CITES- and fisheries-like
pages on the queen conch (lambi, caracol pala), CITES pages on the bark of Prunus africana
(pygeum, African cherry) and CITES- and CMS-like pages on manta and devil rays (Mobula),
Biosafety Clearing-House pages (decisions, confined field trials, risk assessments) on
genetically modified potato and on genetically modified cassava, chemical-safety and
poison-centre pages on methanol poisoning from adulterated alcohol and on mosquito coils and
other household insecticides, Basel-like waste pages on end-of-life vehicles and on expired and
unused medicines, and capacity-building pages (Global Taxonomy Initiative-like) on the
digitisation of herbarium collections, with a committee matching requests for assistance with
offers (needs and offers on several of those topics). English, French and Spanish, 10 records
each, every topic written once in each language (different countries, projects and angles, not
translations of one text), so that a query in one language has answers in the others.

None of records.py, records3.py, ..., records22.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (conch, lambi, caracol, Strombus, Aliger, gastropod; Prunus,
pygeum, prunier, ciruelo, African cherry, bark, écorce, corteza; manta, mobula, raie, raya,
mantarraya, gill plate, diable, diablo; potato, pomme de terre, papa, patata, late blight,
mildiou, tizón, Phytophthora, Amflora; cassava, manioc, yuca, mandioca; methanol, méthanol,
metanol, alcohol, alcool, frelaté, adulterated, hooch, liquor, licor, aguardiente; mosquito
coil, serpentin, espiral, moustique, mosquito, repellent, pyrethroid, pyréthrinoïde,
piretroide, dichlorvos, insecticide, household; vehicle, véhicule, vehículo, VHU, scrap,
ferraille, chatarra, desguace; medicine, médicament, medicamento, pharmacy, pharmacie,
farmacia, pharmaceutical, fármaco, expired, périmés, vencidos; herbarium, herbier, herbario,
specimen, spécimen, ejemplar, digitise, numérisation, digitalización, museum, taxonomy) and
none names them beyond a passing word. The nearest are the Nigerian request on illegal traffic
that names end-of-life vehicles among the goods shipped to its ports (n21), the batteries of
end-of-life electric vehicles (t26), the pharmaceutical residues in water (v10-v12) and the
health-care waste pages (d3, p22, p23), the pyrethroid-treated mosquito nets of records21.py
(ba28-ba30) and the pyrethroid residues in vegetables (n10), the native potato varieties of the
Andes (r18), the potato named among the vegetables tested for chlorpyrifos (l09) and the potato
fields taken out of the páramos (m24), the port of Manta in Ecuador (o09, an ammonia leak), the
seagrass meadows that French calls herbiers (v41, o02 and others), the herbarium specimens
named as evidence of the Juan Fernández sandalwood (ba27), the museum vouchers of the DNA
barcode library (bb28) and the formalin leak guide that names the fire risk of the methanol
stabilising formalin (ba14); the golden files name methanol once as an ingredient of aspartame, the
ethanol page names alcoholic beverages, the DDT page names mosquitoes, and none of the rest. No
text was copied from those sites and none comes from demo/generator.py. They are meant to be
harvested as ``oai_dc``-like records and enriched with the project thesaurus exactly as the
other records files' are, beside them and the real fixtures' records
(tests/mappings/golden/*.json) as one pool.

Ids (bc01..bc30) collide with none of records.py's (a1..h5), records3.py's (n01..n47),
records4.py's (p01..p45), records5.py's (q01..q45), records6.py's (t01..t45), records7.py's
(v01..v45), records8.py's (w01..w45), records9.py's (x01..x30), records10.py's (k01..k30),
records11.py's (m01..m30), records12.py's (r01..r30), records13.py's (u01..u30),
records14.py's (j01..j30), records15.py's (o01..o30), records16.py's (y01..y30),
records17.py's (z01..z30), records18.py's (l01..l30), records19.py's (i01..i30),
records20.py's (s01..s30), records21.py's (ba01..ba30) or records22.py's (bb01..bb30), and no
earlier id starts with "bc"; in queries23.tsv they are written without prefix, like theirs, and
take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- queen conch -------------------------------------------------------------------------
    ("bc01", "case-study", "en",
     "Queen conch on Pedro Bank: setting a sustainable export quota for Jamaica",
     "Jamaica exports frozen queen conch (Aliger gigas, formerly Strombus gigas) meat from the "
     "Pedro Bank, and as the species is listed in CITES Appendix II each year's quota rests on "
     "a non-detriment finding. The case study follows the underwater visual surveys of adult "
     "density, the closed season, the licensing of industrial and artisanal divers and the "
     "cut in the total allowable catch after densities fell below the level at which conch "
     "can still find mates.",
     ("queen conch", "Aliger gigas", "CITES", "non-detriment findings", "export quotas",
      "fisheries"), ("JM",), "2022"),
    ("bc02", "project", "fr",
     "Le lambi en Haïti : réserves de pêche et taille minimale de capture dans le Sud",
     "Le lambi (Strombus gigas), grand gastéropode marin des herbiers et des fonds sableux, est "
     "pêché en apnée par les pêcheurs des Côtes-de-Fer et de l'Île-à-Vache, souvent avant "
     "d'avoir atteint l'âge adulte. Le projet aide les associations de pêcheurs à fermer deux "
     "zones de reproduction, à ne débarquer que les lambis à lèvre épaisse et à tenir des "
     "registres de débarquement, préalables à la reprise des exportations.",
     ("lambi", "gastéropodes marins", "pêche artisanale", "réserves de pêche",
      "gestion des pêches"), ("HT",), "2021"),
    ("bc03", "need", "es",
     "Necesidad: censo de caracol pala en la Reserva de la Biosfera Seaflower",
     "La autoridad ambiental del archipiélago de San Andrés, Providencia y Santa Catalina "
     "solicita apoyo técnico y embarcaciones para repetir el censo submarino del caracol pala "
     "(Strombus gigas), cuya pesca está en veda desde hace años en varios bancos, medir la "
     "densidad de adultos y decidir si la pesquería artesanal puede reabrirse.",
     ("caracol pala", "Strombus gigas", "veda", "pesca artesanal", "reservas de biosfera"),
     ("CO",), "2024-03"),
    # --- Prunus africana ---------------------------------------------------------------------
    ("bc04", "document", "en",
     "Non-detriment findings for Prunus africana bark from the Cameroon highlands",
     "The bark of Prunus africana, the African cherry or red stinkwood, is stripped and "
     "exported to Europe, where an extract sold as pygeum is used against enlarged prostate. "
     "After CITES trade suspensions, Cameroon now sets a bark quota for each management unit "
     "on Mount Cameroon and the Bamenda highlands from inventories of the trees, and "
     "harvesters may only take two opposite quarters of the bark so that the tree survives.",
     ("Prunus africana", "pygeum", "medicinal plants", "CITES", "non-detriment findings",
      "bark harvesting"), ("CM",), "2020"),
    ("bc05", "need", "fr",
     "Besoin : inventaire du prunier d'Afrique avant la reprise des exportations d'écorce à "
     "Madagascar",
     "L'autorité scientifique CITES de Madagascar demande un appui pour inventorier les "
     "peuplements de prunier d'Afrique (Prunus africana) des forêts d'altitude, fixer un quota "
     "d'écorce compatible avec la régénération des arbres écorcés et former les récolteurs à "
     "l'écorçage partiel, les exportations ayant été suspendues après des récoltes qui "
     "abattaient les arbres.",
     ("prunier d'Afrique", "écorce", "plantes médicinales", "CITES", "forêts de montagne"),
     ("MG",), "2023-09"),
    ("bc06", "project", "es",
     "Cosecha sostenible de corteza de Prunus africana en los bosques de montaña de Bioko",
     "En el Pico Basilé, en Guinea Ecuatorial, el proyecto enseña a los recolectores bubis a "
     "descortezar el Prunus africana (ciruelo africano) por paneles y a rotar los árboles "
     "cada cinco a siete años, crea viveros para plantarlo en fincas de cacao abandonadas y "
     "registra la corteza vendida a los compradores del extracto de pygeum.",
     ("Prunus africana", "corteza", "plantas medicinales", "uso sostenible",
      "bosques de montaña"), ("GQ",), "2019"),
    # --- manta and devil rays ----------------------------------------------------------------
    ("bc07", "case-study", "en",
     "Manta and devil ray gill plates: tracing the trade from Sri Lankan landing sites",
     "Dried gill plates of manta and devil rays (Mobula spp.) are sold in Asian markets as a "
     "health tonic, and Sri Lankan gillnet and longline fleets land hundreds of rays a year. "
     "The case study counts landings at Negombo and Mirissa since the rays were listed in "
     "CITES Appendix II and CMS Appendix I, describes how fishers now release live rays, and "
     "follows the gill plates that still leave the country declared as dried fish.",
     ("manta rays", "devil rays", "gill plates", "CITES", "CMS", "bycatch"), ("LK",), "2021"),
    ("bc08", "document", "fr",
     "Raies manta de Maupiti : charte d'approche pour les plongeurs et les nageurs",
     "Les raies manta de récif (Mobula alfredi) viennent chaque matin se faire nettoyer sur "
     "les mêmes patates de corail du lagon de Maupiti. La charte, signée par les clubs de "
     "plongée et les loueurs de bateaux, limite le nombre de nageurs, impose de rester à "
     "trois mètres des raies et interdit de les toucher ou de les poursuivre ; elle rappelle "
     "que les raies manta sont protégées en Polynésie française.",
     ("raies manta", "Mobula alfredi", "écotourisme", "plongée", "espèces protégées"),
     ("PF",), "2022"),
    ("bc09", "case-study", "es",
     "Mantarrayas en las redes: captura incidental de mobúlidos en la pesca artesanal de Tumbes",
     "Las redes de enmalle de la flota artesanal de Tumbes y Zorritos capturan mantarrayas "
     "gigantes (Mobula birostris) y mantas diablo (Mobula mobular, Mobula thurstoni), cuya "
     "captura y venta están prohibidas en el Perú. El estudio recoge los registros de "
     "observadores, las técnicas para liberar las mantas vivas y el mercado ilegal de la carne "
     "y de las branquias.",
     ("mantarrayas", "Mobula birostris", "captura incidental", "pesca artesanal",
      "especies protegidas"), ("PE",), "2023"),
    # --- genetically modified potato ---------------------------------------------------------
    ("bc10", "project", "en",
     "Confined field trials of late blight resistant GM potato in south-western Uganda",
     "Late blight, caused by Phytophthora infestans, forces Irish potato growers of Kabale to "
     "spray fungicide up to fifteen times a season. At Kachwekano a genetically modified "
     "potato carrying three resistance genes from wild potato relatives is grown in confined "
     "field trials; the project reports yields without spraying, the isolation distances, the "
     "destruction of the tubers after each harvest and the dossier prepared for the national "
     "biosafety committee.",
     ("genetically modified potato", "late blight", "confined field trials",
      "living modified organisms", "fungicides"), ("UG",), "2022"),
    ("bc11", "case-study", "fr",
     "Amflora, la pomme de terre transgénique à amidon : autorisée puis annulée dans l'Union "
     "européenne",
     "Modifiée pour ne produire que de l'amylopectine destinée à la papeterie, la pomme de "
     "terre Amflora fut autorisée à la culture en 2010 et plantée en Allemagne, en Suède et en "
     "République tchèque, avant que le Tribunal de l'Union n'annule l'autorisation en 2013. "
     "L'étude de cas revient sur le gène marqueur de résistance à un antibiotique, les "
     "repousses dans les champs, et le retrait par la même firme de Fortuna, une pomme de terre "
     "génétiquement modifiée résistante au mildiou.",
     ("pomme de terre génétiquement modifiée", "organismes génétiquement modifiés",
      "autorisation", "gènes marqueurs", "biosécurité"), ("DE", "SE", "CZ"), "2014"),
    ("bc12", "need", "es",
     "Necesidad: vigilancia de papa transgénica en el centro de origen de la papa",
     "Mientras rige la moratoria al ingreso de organismos vivos modificados, el ministerio del "
     "ambiente del Perú solicita un laboratorio y capacitación para detectar papa "
     "genéticamente modificada (como las variedades resistentes al tizón tardío que se ensayan "
     "en otros países) en tubérculo-semilla y en papas importadas, y para vigilar el flujo de "
     "genes hacia las papas nativas y silvestres de los Andes.",
     ("papa transgénica", "organismos vivos modificados", "centros de origen",
      "detección de OVM", "moratoria"), ("PE",), "2024-01"),
    # --- genetically modified cassava --------------------------------------------------------
    ("bc13", "document", "en",
     "Decision on virus-resistant genetically modified cassava in Kenya",
     "Summary of the risk assessment and decision of Kenya's biosafety authority on cassava "
     "event 4046, modified to resist cassava brown streak disease, the virus that rots the "
     "roots underground. The decision allows open cultivation after confined trials at the "
     "coast, sets conditions on the distribution of planting cuttings and requires monitoring "
     "of the virus and of the whitefly that spreads it.",
     ("genetically modified cassava", "cassava brown streak disease", "risk assessment",
      "living modified organisms", "plant viruses"), ("KE",), "2021"),
    ("bc14", "need", "fr",
     "Besoin : évaluer les risques du manioc génétiquement modifié et contrôler les boutures en "
     "République démocratique du Congo",
     "Le manioc transgénique résistant à la striure brune, autorisé dans des pays voisins "
     "d'Afrique de l'Est, pourrait entrer au Congo avec les boutures échangées entre paysans "
     "à la frontière. Le point focal national du Protocole de Cartagena demande une formation "
     "à l'évaluation des risques, des tests de détection pour les boutures et un appui pour "
     "rédiger les règles sur les mouvements transfrontières.",
     ("manioc", "organismes vivants modifiés", "évaluation des risques",
      "mouvements transfrontières", "Protocole de Cartagena"), ("CD",), "2024-02"),
    ("bc15", "project", "es",
     "Yuca genéticamente modificada con menos compuestos cianogénicos: ensayo confinado en "
     "el Valle del Cauca",
     "Un centro de investigación agrícola evalúa en un ensayo confinado líneas de yuca "
     "(mandioca) transgénica que acumulan menos linamarina en las raíces, para reducir las "
     "intoxicaciones por cianuro en las familias que la consumen sin remojo suficiente. El "
     "proyecto incluye el plan de bioseguridad, la destrucción de las estacas y raíces y el "
     "análisis nutricional.",
     ("yuca transgénica", "organismos vivos modificados", "ensayos confinados",
      "bioseguridad", "inocuidad de los alimentos"), ("CO",), "2018"),
    # --- methanol poisoning from adulterated alcohol -----------------------------------------
    ("bc16", "case-study", "en",
     "Hooch tragedy in Assam's tea gardens: methanol in illicit liquor",
     "More than a hundred tea-garden workers in Golaghat and Jorhat died after drinking "
     "illicit country liquor laced with methanol. The case study traces the industrial "
     "methanol diverted from a solvent trader, the late recognition of blindness and "
     "acidosis in the district hospitals, the shortage of the antidotes fomepizole and "
     "ethanol and of dialysis, and the controls on methanol sales adopted afterwards.",
     ("methanol", "poisoning", "adulterated alcohol", "chemical incidents",
      "poison control"), ("IN",), "2019"),
    ("bc17", "document", "fr",
     "Intoxications au méthanol par l'alcool frelaté : fiche pour les centres antipoison",
     "Après plusieurs intoxications collectives en Tunisie, dues à de l'alcool frelaté "
     "fabriqué avec de l'alcool à brûler ou de l'eau de Cologne, cette fiche rappelle les "
     "signes (troubles de la vue, acidose), le délai avant les symptômes, le traitement par "
     "éthanol ou fomépizole et dialyse, et la déclaration des cas aux centres antipoison.",
     ("méthanol", "intoxications", "alcool frelaté", "centres antipoison", "toxicovigilance"),
     ("TN",), "2021"),
    ("bc18", "case-study", "es",
     "Guaro adulterado con metanol en Costa Rica: la respuesta del Ministerio de Salud",
     "En 2019 más de treinta personas murieron por beber guaro y otras bebidas alcohólicas "
     "de contrabando adulteradas con metanol. El estudio de caso describe el decomiso de "
     "marcas falsificadas, los análisis de laboratorio, las alertas sanitarias, la atención "
     "de los intoxicados y las nuevas reglas para el comercio de alcohol metílico.",
     ("metanol", "intoxicaciones", "bebidas alcohólicas", "alcohol adulterado",
      "vigilancia sanitaria"), ("CR",), "2020"),
    # --- mosquito coils and household insecticides -------------------------------------------
    ("bc19", "dataset", "en",
     "Indoor smoke from mosquito coils: particle and formaldehyde measurements in Malaysian "
     "homes",
     "Fine particles (PM2.5), formaldehyde and the pyrethroid d-allethrin measured in 60 "
     "bedrooms of Kuala Lumpur and Kelantan during and after the burning of mosquito coils, "
     "with the ventilation of each room and the brands used; one coil burnt overnight gave "
     "particle levels comparable with dozens of cigarettes.",
     ("mosquito coils", "indoor air pollution", "household insecticides", "pyrethroids",
      "particulate matter"), ("MY",), "2023"),
    ("bc20", "case-study", "fr",
     "Serpentins anti-moustiques non homologués sur les marchés d'Abidjan",
     "Des inspecteurs du comité pesticides ont acheté des serpentins anti-moustiques, "
     "des aérosols et des plaquettes vendus sans autorisation sur les marchés d'Adjamé et de "
     "Treichville. Les analyses ont trouvé dans certains serpentins du dichlorvos, interdit, "
     "à la place des pyréthrinoïdes annoncés. L'étude décrit les saisies, l'homologation des "
     "insecticides ménagers et l'étiquetage en français.",
     ("serpentins anti-moustiques", "insecticides ménagers", "homologation des pesticides",
      "dichlorvos", "contrôle du marché"), ("CI",), "2022"),
    ("bc21", "document", "es",
     "Guía para el uso seguro de espirales, aerosoles y tabletas contra mosquitos en el hogar",
     "Ante las epidemias de dengue, el ministerio de salud de Paraguay recomienda cómo usar "
     "los insecticidas domésticos: no encender espirales antimosquitos en dormitorios "
     "cerrados ni cerca de niños pequeños, ventilar tras aplicar aerosoles, leer la etiqueta "
     "y preferir mosquiteros y repelentes; explica qué piretroides contienen y qué hacer ante "
     "una intoxicación.",
     ("espirales antimosquitos", "insecticidas domésticos", "dengue", "piretroides",
      "intoxicaciones"), ("PY",), "2024"),
    # --- end-of-life vehicles ----------------------------------------------------------------
    ("bc22", "document", "en",
     "Guidance on the depollution and dismantling of end-of-life vehicles",
     "Before an old car is crushed or shredded, an authorised treatment facility must drain "
     "the fuel, engine oil, brake fluid and coolant, remove the lead-acid battery, airbags and "
     "mercury switches, recover the refrigerant of the air conditioning and take off the "
     "tyres. The guidance sets out the equipment and the concrete floors that scrapyards "
     "need, the parts that can be resold and the records kept for each vehicle.",
     ("end-of-life vehicles", "dismantling", "hazardous waste", "used oil", "recycling"), (),
     "2021"),
    ("bc23", "case-study", "fr",
     "Les casses automobiles de Dakar et la filière des véhicules hors d'usage",
     "À Colobane et à Thiaroye, des centaines de mécaniciens démontent les voitures "
     "d'occasion importées d'Europe arrivées en fin de vie : pièces revendues, huiles "
     "déversées au sol, batteries cassées pour le plomb, carcasses brûlées pour récupérer le "
     "cuivre. L'étude de cas suit la limite d'âge imposée aux véhicules importés et le projet "
     "d'un centre agréé de traitement des VHU.",
     ("véhicules hors d'usage", "démolition automobile", "déchets dangereux",
      "secteur informel", "recyclage"), ("SN",), "2023"),
    ("bc24", "project", "es",
     "Desintegración física de vehículos al final de su vida útil en Colombia",
     "El programa de chatarrización reemplaza camiones y buses de más de veinte años por "
     "vehículos nuevos y obliga a desintegrar los viejos en centros autorizados, que retiran "
     "aceites, baterías y llantas, venden la chatarra de acero a las siderúrgicas y "
     "certifican la cancelación de la matrícula.",
     ("vehículos al final de su vida útil", "chatarrización", "chatarra", "residuos peligrosos",
      "transporte de carga"), ("CO",), "2022"),
    # --- expired and unused medicines --------------------------------------------------------
    ("bc25", "project", "en",
     "Take-back of unused and expired medicines at community pharmacies in Metro Manila",
     "Households keep leftover antibiotics, painkillers and syrups for years and throw them "
     "in the bin or the toilet. The project places locked collection boxes in 120 community "
     "pharmacies, sends the collected pharmaceutical waste to a licensed hazardous waste "
     "incinerator and surveys how many families know they can bring medicines back.",
     ("expired medicines", "pharmaceutical waste", "take-back schemes", "pharmacies",
      "hazardous waste"), ("PH",), "2022"),
    ("bc26", "need", "fr",
     "Besoin : éliminer les médicaments périmés stockés dans les dépôts pharmaceutiques du Niger",
     "Le ministère de la santé du Niger demande un appui pour inventorier et éliminer plus de "
     "quarante tonnes de médicaments périmés (antipaludiques, antibiotiques, vaccins, produits "
     "de dons) accumulés dans les dépôts régionaux, faute d'incinérateur adapté : tri, "
     "transport et destruction en cimenterie ou à haute température.",
     ("médicaments périmés", "déchets pharmaceutiques", "déchets dangereux", "incinération",
      "santé"), ("NE",), "2023-10"),
    ("bc27", "document", "es",
     "Donaciones de medicamentos tras los huracanes: cómo evitar acumular fármacos vencidos",
     "Después de los huracanes Eta e Iota, Honduras recibió toneladas de medicamentos donados, "
     "muchos a punto de caducar o rotulados en idiomas que el personal no leía. La guía "
     "explica qué aceptar, cómo registrar los lotes y cómo eliminar los medicamentos vencidos "
     "sin quemarlos a cielo abierto ni tirarlos a los ríos.",
     ("medicamentos vencidos", "residuos farmacéuticos", "donaciones", "desastres naturales",
      "gestión de residuos"), ("HN",), "2021"),
    # --- herbarium digitisation --------------------------------------------------------------
    ("bc28", "project", "en",
     "Digitising the East African Herbarium: a million plant specimens online",
     "The herbarium of the National Museums of Kenya holds about a million pressed plant "
     "specimens collected since 1902, including thousands of type specimens. The project "
     "images each sheet, transcribes its labels, georeferences the collecting localities and "
     "publishes the records to GBIF, so that botanists in the region can identify plants and "
     "map threatened species without travelling to the collection.",
     ("herbaria", "digitisation", "plant specimens", "taxonomy", "biodiversity data"),
     ("KE",), "2022"),
    ("bc29", "need", "fr",
     "Besoin : numériser les spécimens de l'Herbier national du Gabon",
     "L'Herbier national du Gabon conserve plus de cent mille parts d'herbier, dont de "
     "nombreux types d'espèces de la forêt gabonaise, dans des armoires qui souffrent de "
     "l'humidité. Il demande un scanner de planches, des ordinateurs et une formation à la "
     "saisie des étiquettes pour numériser la collection et la partager en ligne.",
     ("herbiers", "numérisation", "collections botaniques", "taxonomie",
      "Initiative taxonomique mondiale"), ("GA",), "2024-04"),
    ("bc30", "support-source", "es",
     "Oferta: capacitación en digitalización de colecciones de herbario para Centroamérica",
     "El herbario nacional de Costa Rica ofrece cursos a los curadores de herbarios de "
     "Guatemala, Honduras, El Salvador y Nicaragua sobre la fotografía de ejemplares, la "
     "captura de los datos de las etiquetas, la georreferenciación y la publicación de los "
     "datos en portales de biodiversidad.",
     ("herbarios", "digitalización", "colecciones botánicas", "taxonomía",
      "creación de capacidad"), ("GT", "HN", "SV", "NI"), "2023-06"),
)  # fmt: skip
