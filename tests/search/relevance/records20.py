"""Clearing-house records of the twentieth judged relevance set
(tests/search/relevance/queries20.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: ABS Clearing-House pages
on vanilla (its wild relatives and the curing know-how of growers) and on Hoodia and the San
peoples, CITES pages on seahorses (the dried seahorse trade and the shrimp trawls that catch
them), on the axolotl of Xochimilco (with the Ramsar wetland it lives in) and on the trade in
python skins, CMS pages on the wild Bactrian camel of the Gobi, CBD-like pages on jellyfish
blooms and on fireflies and the tourism that watches them, chemical-accident pages on leaks of
hydrofluoric acid (hydrogen fluoride), and waste pages on end-of-life mattresses, with a
committee matching requests for assistance with offers (needs and offers on several of those
topics). English, French and Spanish, 10 records each, every topic written once in each
language, so that a query in one language has answers in the others. None of records.py,
records3.py, ..., records19.py is about these topics (their files were searched for the
topics' words in the three languages before these were written: none names vanilla, Hoodia,
seahorses, the axolotl, camels, pythons, jellyfish, fireflies, hydrofluoric acid or
mattresses; the nearest are the live reptiles seized at airports and sold online
(records7.py, records12.py), the light pollution and the insects of records8.py, the other
benefit-sharing agreements on plants and the other chemical leaks and waste streams). No text
was copied from those sites and none comes from demo/generator.py. They are meant to be
harvested as ``oai_dc``-like records and enriched with the project thesaurus exactly as the
other records files' are, beside them and the real fixtures' records
(tests/mappings/golden/*.json) as one pool.

Ids (s01..s30) collide with none of records.py's (a1..h5), records3.py's (n01..n47),
records4.py's (p01..p45), records5.py's (q01..q45), records6.py's (t01..t45), records7.py's
(v01..v45), records8.py's (w01..w45), records9.py's (x01..x30), records10.py's (k01..k30),
records11.py's (m01..m30), records12.py's (r01..r30), records13.py's (u01..u30),
records14.py's (j01..j30), records15.py's (o01..o30), records16.py's (y01..y30),
records17.py's (z01..z30), records18.py's (l01..l30) or records19.py's (i01..i30); in
queries20.tsv they are written without prefix, like theirs, and take the same ``rel:`` prefix
in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- vanilla -----------------------------------------------------------------------------
    ("s01", "document", "en",
     "Access to wild vanilla relatives: a benefit-sharing agreement for breeding disease-"
     "resistant vanilla",
     "The agreement between the Malagasy competent national authority and a breeding "
     "institute sets the terms on which cuttings of wild Vanilla species from the forests of "
     "the north-east may be taken and crossed with cultivated Vanilla planifolia to breed "
     "vines resistant to root rot. Royalties on new varieties go to a fund for the villages "
     "near the collection sites; the permit and the mutually agreed terms are published as an "
     "internationally recognized certificate of compliance under the Nagoya Protocol.",
     ("vanilla", "crop wild relatives", "access and benefit-sharing", "Nagoya Protocol",
      "plant breeding"), ("MG",), "2022"),
    ("s02", "project", "fr",
     "Savoir-faire des préparateurs de vanille de la région SAVA et partage des avantages",
     "Le projet documente, avec l'accord préalable des communautés, les méthodes "
     "traditionnelles d'échaudage, d'étuvage et de séchage des gousses de vanille à "
     "Madagascar, et négocie avec les maisons d'arômes qui s'en inspirent des conditions "
     "convenues d'un commun accord : formation, prix minimum garanti et part des ventes "
     "versée aux coopératives de vanilliers.",
     ("vanille", "connaissances traditionnelles", "accès et partage des avantages",
      "consentement préalable en connaissance de cause"), ("MG",), "2021"),
    ("s03", "need", "es",
     "Necesidad: inventario de las especies silvestres de vainilla de la Selva Lacandona",
     "La autoridad nacional competente de México solicita apoyo técnico para inventariar y "
     "conservar ex situ las poblaciones silvestres de vainilla (Vanilla planifolia y "
     "parientes silvestres) de Chiapas, centro de origen del cultivo, antes de otorgar "
     "permisos de acceso a sus recursos genéticos; pide formación en botánica y un banco de "
     "germoplasma.",
     ("vainilla", "parientes silvestres de cultivos", "recursos genéticos",
      "conservación ex situ"), ("MX",), "2024"),
    # --- Hoodia and the San ------------------------------------------------------------------
    ("s04", "case-study", "en",
     "Hoodia and the San: how a benefit-sharing agreement on an appetite suppressant was "
     "reached",
     "Hoodia gordonii, a succulent of the Kalahari, was eaten by San hunters to stave off "
     "hunger and thirst. When a research council patented its appetite-suppressing molecule "
     "and licensed it, the San Council negotiated a share of milestone payments and "
     "royalties. The case study follows the agreement, the San trust that receives the money "
     "and the lessons for access to traditional knowledge in South Africa, Namibia and "
     "Botswana.",
     ("Hoodia", "San peoples", "traditional knowledge", "benefit-sharing", "patents"),
     ("ZA", "NA", "BW"), "2020"),
    ("s05", "document", "fr",
     "Hoodia : lignes directrices pour la récolte durable et l'exportation",
     "Le guide, destiné aux autorités CITES de Namibie et d'Afrique du Sud, explique comment "
     "délivrer les permis d'exportation des tiges et de l'extrait sec de Hoodia, inscrit à "
     "l'Annexe II, comment fixer les quotas de récolte sauvage et comment distinguer la "
     "matière cultivée de la matière sauvage.",
     ("Hoodia", "CITES", "plantes médicinales", "récolte durable", "permis d'exportation"),
     ("NA", "ZA"), "2019"),
    ("s06", "support-source", "es",
     "Oferta: asesoría jurídica a pueblos indígenas que negocian acuerdos de participación "
     "en los beneficios",
     "Una clínica jurídica universitaria ofrece asesoría gratuita a consejos indígenas y "
     "comunidades locales que negocian con empresas el acceso a sus conocimientos "
     "tradicionales, a partir de la experiencia del Consejo San con la Hoodia: redacción de "
     "condiciones mutuamente acordadas, regalías y protocolos comunitarios.",
     ("participación en los beneficios", "conocimientos tradicionales", "Hoodia",
      "pueblos indígenas", "asistencia jurídica"), (), "2024"),
    # --- seahorses ---------------------------------------------------------------------------
    ("s07", "document", "en",
     "Seahorse trade under CITES: a guide to minimum size limits and non-detriment findings",
     "All Hippocampus species are listed in CITES Appendix II. Most of the tens of millions "
     "of seahorses traded each year are dried, sold for traditional medicine and caught as "
     "bycatch in shrimp trawls. The guide shows exporting countries how to use a minimum "
     "height of ten centimetres as an interim non-detriment finding and how to report the "
     "trade in dried and live seahorses.",
     ("seahorses", "CITES", "non-detriment findings", "traditional medicine", "bycatch"),
     (), "2021"),
    ("s08", "project", "fr",
     "Hippocampes des herbiers de la lagune de Thau : suivi participatif par les plongeurs",
     "Des plongeurs bénévoles comptent et photographient les hippocampes à museau court et à "
     "long museau de la lagune de Thau; le projet cartographie les herbiers où ils se "
     "cachent et propose des zones sans ancrage pour les protéger.",
     ("hippocampes", "herbiers marins", "sciences participatives", "lagunes"), ("FR",),
     "2023"),
    ("s09", "case-study", "es",
     "Caballitos de mar secos: decomisos en el aeropuerto de Lima y trazabilidad del comercio",
     "El estudio de caso describe tres decomisos de caballitos de mar secos en equipajes con "
     "destino a Asia, la identificación de las especies de Hippocampus por los inspectores de "
     "la autoridad CITES del Perú y las medidas acordadas con la pesca de arrastre de "
     "camarón, que los captura de forma incidental.",
     ("caballitos de mar", "CITES", "decomisos", "comercio ilegal de fauna silvestre",
      "captura incidental"), ("PE",), "2022"),
    # --- axolotl ------------------------------------------------------------------------------
    ("s10", "project", "en",
     "Chinampa refuges for the axolotl in the Xochimilco wetlands",
     "Farmers of the chinampas, the floating gardens of Xochimilco, filter the water of their "
     "canals and keep out carp and tilapia so that the axolotl, a salamander listed as "
     "critically endangered and in CITES Appendix II, can breed there again. The wetlands are "
     "a Ramsar site; produce from refuge chinampas is sold with a label.",
     ("axolotl", "amphibians", "Ramsar", "wetlands", "invasive alien species"), ("MX",),
     "2022"),
    ("s11", "document", "fr",
     "Axolotl : rapport sur le commerce des salamandres élevées en captivité",
     "Le rapport à l'autorité scientifique CITES analyse les exportations d'axolotls nés en "
     "captivité vendus comme animaux de compagnie et pour la recherche, et recommande de "
     "vérifier les codes de source des permis pour que des animaux sauvages du Mexique ne "
     "soient pas exportés comme élevés en captivité.",
     ("axolotl", "CITES", "amphibiens", "élevage en captivité", "commerce des animaux de "
      "compagnie"), ("MX",), "2023"),
    ("s12", "need", "es",
     "Necesidad: monitoreo del ajolote y de la calidad del agua en los canales de Xochimilco",
     "La alcaldía de Xochimilco solicita apoyo para un programa de monitoreo de las "
     "poblaciones de ajolote (Ambystoma mexicanum) mediante ADN ambiental y para medir la "
     "contaminación de los canales por aguas residuales, en el humedal Ramsar.",
     ("ajolote", "anfibios", "humedales", "calidad del agua", "ADN ambiental"), ("MX",),
     "2024"),
    # --- wild Bactrian camel -----------------------------------------------------------------
    ("s13", "document", "en",
     "Concerted action for the wild Bactrian camel in the Gobi: report to the CMS",
     "Fewer than a thousand wild Bactrian camels survive in the Gobi desert of Mongolia and "
     "China. The report of the range states describes the threats (hybridisation with "
     "domestic camels, mining roads, poaching at waterholes) and the actions agreed under the "
     "Convention on Migratory Species: a transboundary protected area, patrols and a captive "
     "breeding centre.",
     ("wild Bactrian camel", "CMS", "migratory species", "deserts", "transboundary protected "
      "areas"), ("MN", "CN"), "2023"),
    ("s14", "project", "fr",
     "Chameaux sauvages de Bactriane : colliers GPS et points d'eau dans le Grand Gobi A",
     "Le projet équipe de colliers GPS des chameaux sauvages de la zone strictement protégée "
     "du Grand Gobi A en Mongolie pour suivre leurs déplacements entre les oasis, et "
     "restaure les sources dont ils dépendent.",
     ("chameau sauvage de Bactriane", "espèces migratrices", "suivi par satellite",
      "zones arides"), ("MN",), "2021"),
    ("s15", "support-source", "es",
     "Oferta: análisis genéticos para distinguir camellos silvestres de domésticos",
     "Un laboratorio de genética de la conservación ofrece a las autoridades de Mongolia y "
     "China análisis de muestras de excrementos y pelo para detectar la hibridación entre el "
     "camello bactriano salvaje y el camello doméstico.",
     ("camello bactriano salvaje", "genética de la conservación", "hibridación"), ("MN", "CN"),
     "2024"),
    # --- pythons and snake skins -------------------------------------------------------------
    ("s16", "document", "en",
     "Python skin trade: a traceability system from farm to handbag",
     "Reticulated and Burmese python skins exported from South-East Asia for the luxury "
     "leather industry are traded under CITES Appendix II. The report proposes tagging each "
     "skin, recording whether the snake was wild-caught or farmed, and checking the welfare "
     "and the legality of its origin before export permits are issued.",
     ("pythons", "reptile skins", "CITES", "traceability", "luxury goods"),
     ("ID", "MY", "VN"), "2020"),
    ("s17", "case-study", "fr",
     "Peaux de serpents : la filière des pythons de Sumatra et les quotas d'exportation",
     "L'étude de cas suit la chaîne de la peau de python, des collecteurs de Sumatra aux "
     "tanneries et aux maisons de maroquinerie européennes, et montre comment les quotas "
     "fixés par l'organe de gestion CITES d'Indonésie ont été calculés.",
     ("pythons", "peaux de reptiles", "CITES", "quotas d'exportation", "maroquinerie"),
     ("ID",), "2021"),
    ("s18", "need", "es",
     "Necesidad: capacitación para identificar pieles de serpiente en las aduanas",
     "La autoridad administrativa CITES de Guatemala solicita un curso para que los "
     "funcionarios de aduanas reconozcan pieles de pitones, boas y otras serpientes, y los "
     "productos de cuero de reptil, en los envíos de artículos de lujo.",
     ("serpientes", "pieles de reptiles", "CITES", "aduanas", "capacitación"), ("GT",),
     "2024"),
    # --- jellyfish blooms -------------------------------------------------------------------
    ("s19", "dataset", "en",
     "Jellyfish sightings reported by bathers and fishers along the Mediterranean coast",
     "Ten years of jellyfish sightings (species, date, place, number) reported through a "
     "mobile app by beachgoers, lifeguards and fishers, used to track blooms of the mauve "
     "stinger and other jellyfish linked to warmer water and overfishing.",
     ("jellyfish", "citizen science", "marine biodiversity", "climate change"), ("ES", "IT"),
     "2022"),
    ("s20", "document", "fr",
     "Proliférations de méduses : effets sur la pêche, l'aquaculture et le tourisme",
     "La note de synthèse décrit comment les proliférations de méduses colmatent les filets, "
     "tuent les poissons des cages d'aquaculture, bouchent les prises d'eau des centrales "
     "côtières et ferment les plages, et recommande des filets anti-méduses et une "
     "surveillance.",
     ("méduses", "pêche", "aquaculture", "tourisme côtier"), (), "2021"),
    ("s21", "need", "es",
     "Necesidad: sistema de alerta de medusas para las playas de la costa de Chile",
     "Un municipio costero de Chile solicita asistencia para crear un sistema de alerta "
     "temprana de floraciones de medusas y de fragata portuguesa, con avisos a los bañistas y "
     "a los salvavidas.",
     ("medusas", "alerta temprana", "playas", "salud pública"), ("CL",), "2024"),
    # --- fireflies -----------------------------------------------------------------------------
    ("s22", "case-study", "en",
     "Firefly tourism in the mangroves of the Selangor river: guidelines that keep the lights on",
     "Boat tours to watch the synchronous fireflies of Kampung Kuantan grew so fast that "
     "riverbank clearing and boat lights threatened the displays. The case study describes "
     "the rules agreed with the boatmen (electric boats, no torches, protected berembang "
     "trees) and the decline of fireflies where the mangroves were cut.",
     ("fireflies", "ecotourism", "mangroves", "insects", "light pollution"), ("MY",), "2020"),
    ("s23", "project", "fr",
     "Lucioles et vers luisants : un inventaire participatif dans les parcs naturels",
     "Le projet invite le public à signaler les vers luisants et les lucioles observés les "
     "soirs d'été et relie leur déclin à l'éclairage nocturne et aux pesticides; les parcs "
     "éteignent leurs lampadaires pendant la saison.",
     ("lucioles", "insectes", "sciences participatives", "pollution lumineuse"), ("FR",),
     "2023"),
    ("s24", "document", "es",
     "Guía para el turismo de luciérnagas en los bosques de Tlaxcala",
     "La guía para operadores turísticos del santuario de luciérnagas de Nanacamilpa fija el "
     "número de visitantes por noche, prohíbe linternas y teléfonos encendidos, y pide no "
     "salir de los senderos para no pisar a las hembras, que no vuelan.",
     ("luciérnagas", "ecoturismo", "insectos", "bosques"), ("MX",), "2021"),
    # --- hydrofluoric acid -----------------------------------------------------------------
    ("s25", "case-study", "en",
     "Hydrofluoric acid release at a refinery alkylation unit: lessons learned",
     "A fire at the alkylation unit of a refinery threatened a tank holding tons of "
     "hydrofluoric acid (hydrogen fluoride), which forms a toxic cloud when released. The "
     "lessons learned cover water curtains, the switch to a modified acid and the emergency "
     "information given to the neighbourhood.",
     ("hydrofluoric acid", "chemical accidents", "refineries", "emergency preparedness"),
     ("US",), "2021"),
    ("s26", "document", "fr",
     "Fuite d'acide fluorhydrique dans une usine de verre : retour d'expérience",
     "Le retour d'expérience décrit la rupture d'un flexible de dépotage d'acide "
     "fluorhydrique dans une usine de gravure du verre, les brûlures de deux opérateurs "
     "soignés au gluconate de calcium et les mesures prises : double enveloppe, détecteurs "
     "de fluorure d'hydrogène et exercices d'évacuation.",
     ("acide fluorhydrique", "accidents chimiques", "sécurité au travail", "industrie du "
      "verre"), ("FR",), "2022"),
    ("s27", "support-source", "es",
     "Oferta: formación de bomberos en emergencias con ácido fluorhídrico",
     "Un centro de respuesta a emergencias químicas ofrece cursos a cuerpos de bomberos y "
     "hospitales sobre fugas de ácido fluorhídrico: equipos de protección, neutralización, "
     "primeros auxilios con gluconato de calcio y planes de evacuación.",
     ("ácido fluorhídrico", "accidentes químicos", "bomberos", "capacitación"), (), "2024"),
    # --- mattresses ---------------------------------------------------------------------------
    ("s28", "document", "en",
     "End-of-life mattresses: collection and recycling guidance for municipalities",
     "Discarded mattresses are bulky, fill landfills and are often dumped or burnt. The "
     "guidance explains extended producer responsibility schemes, how to dismantle mattresses "
     "into steel springs, foam and textiles for recycling, and how to handle foams that "
     "contain brominated flame retardants.",
     ("mattresses", "recycling", "extended producer responsibility", "flame retardants",
      "municipal waste"), (), "2022"),
    ("s29", "project", "fr",
     "Démantèlement des matelas usagés et réemploi de la mousse en Tunisie",
     "Le projet crée un atelier d'insertion qui démonte les matelas collectés en déchetterie, "
     "revend les ressorts aux ferrailleurs et transforme la mousse en panneaux isolants, au "
     "lieu de la décharge et du brûlage à l'air libre.",
     ("matelas", "recyclage", "déchets encombrants", "économie circulaire"), ("TN",), "2023"),
    ("s30", "need", "es",
     "Necesidad: reciclaje de colchones en Montevideo",
     "La Intendencia de Montevideo solicita apoyo para diseñar un sistema de recogida y "
     "reciclaje de colchones usados, que hoy se abandonan en la vía pública y se queman en "
     "basurales, con responsabilidad extendida del productor.",
     ("colchones", "reciclaje", "residuos voluminosos", "quema a cielo abierto",
      "responsabilidad extendida del productor"), ("UY",), "2024"),
)  # fmt: skip
