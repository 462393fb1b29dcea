"""Clearing-house records of the seventy-third judged relevance set
(tests/search/relevance/queries73.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on frog legs (the crab-eating and giant Javan frogs exported frozen
from Indonesia; the grenouilles rousses of Franche-Comté, their pêche encadrée and the foire aux
grenouilles of Vittel; a need against the jugo de rana blended from the rana gigante del Titicaca
in Puno, Juliaca and Lima); on desmans (the Russian desman's burrows in the floodplain lakes of the
Khopyor and Oka reserves; a guide to the desman des Pyrénées, the rat-trompette, for river
technicians; a need for the desmán ibérico, the toupa de río of the Galicians, in the Sistema
Central and Galicia); on tree ferns (the soft tree ferns salvaged and tagged in Tasmanian forestry
coupes; the fanjans of Réunion and their pots en fanjan; a need against the maquique stripped from
the helechos arborescentes of Puebla and Veracruz); on lavender (the lavender boom of Bulgaria; the
dépérissement of the lavande fine and lavandin of Valensole; an offer of franjas floridas for the
lavandín and espliego of the Alcarria); on urban gulls (United Kingdom guidance on roof-nesting
herring gulls; the gabians, the goélands leucophées of Marseille; a need for the gaviota cocinera
of Mar del Plata); on canyoning (the slot canyons and hanging swamps of the Blue Mountains; a
charte du canyonisme for the torrents of Corsica; the cañonismo of Matacanes in Nuevo León); on
horse logging (the horse loggers of Vermont's family forests; the Walloon aid for débardage par
traction chevaline; a need for the madereo con bueyes y caballos of southern Chile); on medicinal
leeches (quotas and CITES exports of Hirudo verbana from Türkiye; a sangsue farm in Gironde that
supplies microsurgery; a need to find the sanguijuela medicinal in the charcas of Extremadura); on
Lessepsian species (Red Sea fishes in the catches of Cyprus and Israel; the poisson-lapin and
poisson-globe of Lebanese fishers; an early warning network for the pez globo plateado on the
Spanish Mediterranean coast); and on turtle doves (Operation Turtle Dove on English farms; the
tourterelle des bois hunted in Moroccan orchards; a jornada on the tórtola europea after the
moratorium on hunting it in the media veda). English, French and Spanish, 10 records each, every
topic written once in each language (different countries, projects and angles, not translations of
one text).

None of records.py, records3.py, ..., records71.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (frog legs, frog-leg, frog farm, edible frog, Fejervarya,
Limnonectes, Telmatobius, Titicaca, cuisses de grenouilles, grenouille rousse, grenouille verte,
raniculture, ancas de rana, jugo de rana, rana gigante, ranicultura; desman, Desmana, Galemys,
rat-trompette, desmán, almizclera, toupa; tree fern, Dicksonia, Cyathea, Alsophila, fougère
arborescente, fanjan, helecho arborescente, maquique, palma boba; lavender, Lavandula, lavande,
lavandin, lavanda, lavandín, espliego, alhucema, cantueso; gull, seagull, Larus, goéland, mouette,
gabian, leucophée, gaviota, gaivota, cocinera; canyoning, abseil, canyonisme, rappel, barranquismo,
barranquista, cañonismo, torrentismo, rápel; horse logging, draft horse, teamster, skidder,
forwarder, débardage, traction animale, traction chevaline, cheval de trait, ardennais, madereo,
bueyes, yunta, alzaprima, tracción animal, caballo de tiro; leech, Hirudo, hirudotherapy, sangsue,
hirudothérapie, sanguijuela, hirudoterapia; Lessepsian, Suez, Red Sea, rabbitfish, Siganus,
toadfish, pufferfish, Lagocephalus, tetrodotoxin, lessepsien, mer Rouge, poisson-lapin,
poisson-globe, lesepsiano, mar Rojo, pez conejo, pez globo; turtle dove, dove, Streptopelia,
tourterelle, tórtola, media veda). Screened and dropped as covered: jaguars (be27, w36), lionfish
(n31), water hyacinth (n32), sponge cities and rain gardens (by22), spiny lobsters (bt18), hares
(the liebres of the Madrid leishmaniasis outbreak, bs15), chimpanzees (bz14) and medicinal plant
markets (too close to the medicinal plant pages on wild ginseng, Prunus africana, devil's claw and
ethnoveterinary medicine, bb01-bb03, bc04-bc06, bd04-bd06, cc22-cc24), besides the topics of sets
42 to 71 and those their docstrings list as covered, and the chemicals, waste, pollution, energy
and biosafety topics left to set 72; screened with no or passing hits but not chosen: fishmeal
plants (named by cl15, bq19 and bq21), eiders, okapis, coelacanths, wax palms, insect hotels (cw17)
and dark-sky tourism (w17). Frog legs, which set 35 dropped as too close to the amphibian queries
of its day, were taken here because no page is about them.

The nearest are the frog-leg farms from which the American bullfrog escaped in British Columbia
(cg10) and the abandoned zoocriaderos de ranicultura of the Valle del Cauca (cg12), passing; the
fougères arborescentes of the Comorian cloud forests (bg20) and the helechos arborescentes of the
bosque mesófilo of Veracruz (bg21), passing; the lavande among the host plants of Xylella (bl05)
and the sachets de lavande against clothes moths (bp08), passing; the kelp gulls that take penguin
eggs (bn07), the gulls killed by hail (bw25) and by botulism (ca13-ca15), the gulls that take
plover chicks (cc13), the gaviotas cocineras that tear skin from the backs of the right whales of
Península Valdés (ce06), the gulls tangled in face masks (cf13) and those killed by rodenticide
baits on islands (cw25), all passing and none about gulls in towns; the canyoning among the river
uses of bq14, passing; the débardages of the capercaillie guide (cu02), no horse; the tórtolas
hunted by wintering peregrines (cs21), passing, and the rock doves of the urban pigeon page (cu10),
other birds; and the Red Sea pages (the flyway of t22, the seagrass of v40, the range of the dugong
in o03), no Lessepsian species. In the golden files, the only hits are a software page for a study
of wood frogs by roadsides and a creator's name that contains the letters horse. No page names a
desman or a leech.

records72.py (ids cz01..cz30, on aircraft de-icing fluids, chloramines in swimming pools,
genetically modified sugar beet, the radiofrequency fields of mobile phone antennas, bagasse
cogeneration, nitrous oxide from nitric acid plants, congestion charging, end-of-life aircraft,
cross-border electricity trade and translation into national and local languages), written at the
same time by another engineer, was searched for the same words once it was finished: none of its
records is about these topics, and none names a frog, a desman, a tree fern, lavender, a gull,
canyoning, a horse, a leech, the Suez Canal, the Red Sea or a dove (its only hits are the letters
desman inside desmantelamiento, the dismantling of the abandoned aircraft of cz24).

Traps: the sangsues of the Franche-Comté ponds (da02) are passing, 0 to the leech queries, and the
frogs on which young leeches feed (da22) are passing, 0 to the frog-leg queries; the canyonisme
named by the desman guide (da05) is passing, 0 to the canyoning queries; the tree ferns that line
the Blue Mountains canyons (da16) are passing, 0 to the tree-fern queries; the tórtolas of the
Alcarria field margins (da12) are passing, 0 to the turtle dove queries, and the tourterelle turque
and tourterelle maillée (da29) and the tórtola turca (da30) are other species; the seagulls of da13
are its herring and lesser black-backed gulls, while the gaviota de Olrog of Samborombón (da15) is
named only to be left out; the lavandin is named by da11 and the lavandín by da12, not by da10; the
rat-trompette and the toupa de río are the Pyrenean desman (Galemys) of da05 and da06, not the
Russian desman of da04; the silver-cheeked toadfish is the subject of da27 and one of several
species in da25 and da26; the horses that drink at the Extremadura charcas (da24) and wade in the
Turkish marshes (da22) are passing, no horse logging. Other sets' topics are named in passing: the
American bullfrogs and rice fields of da01; the algarrobina of da03; the environmental DNA of da05
and da06 and the minicentrales of da06; the bosques de niebla of da09; the bumblebees of da10; the
enherbement and the ruchers transhumants of da11; the páramos (the Spanish high plains) and
cubiertas vegetales of da12; the pigeons of da14; the lobos marinos, basurales and the residents
who feed gulls of da15; the waterfalls and bushfires of da16; the crème solaire and maquis of da17;
the letrinas secas of da18; the vernal pools of da19; the cigogne noire of da20; the leña of da21;
the dehesa, lagunas temporales, antiparasitarios and online sales of da24; the lionfish of da25;
the garden feeders of da28; the oliveraies and brise-vent of da29; the comederos of da30. For the
country queries: da01 names Belgium, France and the Netherlands as the importers of Indonesian frog
legs; da03 is about Peru only; da19 names the Belgian and Percheron horse breeds, not Belgium.

Ids (da01..da30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
cx01..cx30, cy01..cy30), nor with records72.py's (cz01..cz30), and no earlier id starts with "da".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- frog legs ----------------------------------------------------------------------------
    ("da01", "dataset", "en",
     "Frog legs from Indonesia to Europe: export volumes, species and DNA checks, 2000-2023",
     "Indonesia has for decades been the largest exporter of frog legs, most of them from wild "
     "frogs caught at night in the rice fields, streams and fishponds of Java, Sumatra and "
     "Sulawesi and sold frozen to Belgium, France and the Netherlands. This dataset, compiled by "
     "a university team in Bogor with a European wildlife trade monitoring group, brings together "
     "the yearly export and import statistics, the collection quotas set by the provinces, and "
     "the species identified by DNA barcoding of 300 frozen packs bought in European "
     "supermarkets: mostly the crab-eating frog (Fejervarya cancrivora) and the giant Javan frog "
     "(Limnonectes macrodon), often sold under other names, with a share of farmed American "
     "bullfrogs. It adds interviews with collectors and middlemen, the prices paid per kilogram, "
     "and night counts of frogs in paddies where the harvest is heavy. The notes discuss whether "
     "frogs that eat rice pests are being overharvested and why no frog species traded for its "
     "legs is listed by CITES.",
     ("frog legs", "wildlife trade", "amphibians", "rice fields", "Indonesia"),
     ("ID",), "2024-03"),
    ("da02", "case-study", "fr",
     "Grenouilles rousses de Franche-Comté : la pêche encadrée, la foire de Vittel et les cuisses "
     "importées",
     "En France, la vente de grenouilles sauvages est interdite depuis 1980, et seule la pêche de "
     "la grenouille rousse et de la grenouille verte pour la consommation familiale reste permise "
     "dans certains départements, sous conditions. Cette étude de cas suit le Doubs, le Jura et "
     "la Haute-Saône, où les cuisses de grenouilles du printemps restent une tradition : l'arrêté "
     "préfectoral y fixe chaque année quelques jours de pêche en mars, à la main ou à "
     "l'épuisette, loin des mares de ponte, avec un nombre maximal de grenouilles par pêcheur. "
     "Les agents de l'Office français de la biodiversité y constatent encore du braconnage au "
     "filet et des ventes aux restaurants. L'étude compare les comptages de pontes dans les mares "
     "avec la pression de pêche, et rappelle que presque toutes les cuisses servies en France, y "
     "compris à la foire aux grenouilles de Vittel, sont importées d'Asie du Sud-Est, la "
     "raniculture restant marginale. Les mares abritent aussi des tritons et des sangsues.",
     ("cuisses de grenouilles", "grenouille rousse", "amphibiens", "pêche", "Franche-Comté"),
     ("FR",), "2023-04"),
    ("da03", "need", "es",
     "Necesidad: frenar la captura de la rana gigante del Titicaca para los jugos de rana de "
     "Puno, Juliaca y Lima",
     "La rana gigante del lago Titicaca (Telmatobius culeus), que vive solo en el lago y en los "
     "ríos que lo alimentan, está en peligro crítico. A la contaminación de la bahía de Puno y de "
     "los ríos Coata y Ramis, donde en 2016 aparecieron miles de ranas muertas, se suma la "
     "captura para el jugo de rana: en ferias y juguerías de Juliaca, Puno, Arequipa y Lima la "
     "rana se licúa con maca, miel y algarrobina y se vende como reconstituyente y remedio para "
     "el asma. A diferencia de las ancas de rana de otros países, aquí se consume el animal "
     "entero. El gobierno regional y una ONG solicitan apoyo para patrullar con las comunidades "
     "ribereñas, decomisar ranas en los mercados junto con el servicio forestal y de fauna "
     "silvestre y la fiscalía, sostener la cría en cautiverio de una universidad y del zoológico, "
     "y hacer una campaña con los jugueros y los médicos para desmentir sus supuestas "
     "propiedades.",
     ("ranas", "Telmatobius culeus", "jugo de rana", "comercio ilegal de fauna", "lago Titicaca"),
     ("PE",), "2024-07"),
    # --- desmans ------------------------------------------------------------------------------
    ("da04", "dataset", "en",
     "Russian desman burrow counts in the floodplain lakes of the Khopyor and Oka reserves, "
     "1936-2023",
     "The Russian desman (Desmana moschata), a semi-aquatic insectivore with a long mobile snout "
     "and a flattened, scaly tail, lives only in the floodplain lakes and slow rivers of the Don, "
     "Volga and Ural basins. Once trapped by the hundred thousand for its fur, it has fallen to "
     "perhaps ten thousand animals. This dataset, kept by the Khopyor and Oka state nature "
     "reserves with a university zoology department, holds the autumn counts of occupied burrows "
     "along fixed lake shores since the 1930s, the height of each year's spring flood, and the "
     "desmans found drowned in gill nets and fyke nets set for fish. It shows how lakes fed by "
     "ever weaker spring floods dry out or are cut off from the river, and how introduced "
     "American mink and cattle trampling the banks add to the losses. The notes describe the "
     "methods, the gaps of the war years and the reintroductions attempted in other basins.",
     ("desmans", "Desmana moschata", "floodplain lakes", "bycatch", "small mammals"),
     ("RU",), "2024-02"),
    ("da05", "document", "fr",
     "Desman des Pyrénées : guide pour les techniciens de rivière et les gestionnaires d'ouvrages",
     "Le desman des Pyrénées (Galemys pyrenaicus), que les anciens appelaient rat-trompette, est "
     "un petit mammifère insectivore des torrents froids et bien oxygénés des Pyrénées et du "
     "nord-ouest de la péninsule Ibérique, où il chasse les larves d'insectes sous les pierres. "
     "Son aire s'est réduite de plus de moitié en trente ans. Ce guide, issu du programme LIFE+ "
     "Desman et du plan national d'actions, explique aux techniciens de rivière, aux syndicats de "
     "bassin et aux exploitants d'ouvrages hydroélectriques comment rechercher l'espèce par ses "
     "crottes et par l'ADN environnemental, quels travaux éviter (curages, enrochements continus, "
     "assecs pendant la reproduction), comment adapter les débits réservés et les éclusées, et "
     "comment tenir compte du vison d'Amérique. La fréquentation des cours d'eau par les "
     "baigneurs et le canyonisme n'est évoquée qu'en passant.",
     ("desman des Pyrénées", "Galemys pyrenaicus", "cours d'eau", "mammifères semi-aquatiques",
      "plan national d'actions"),
     ("FR",), "2022-11"),
    ("da06", "need", "es",
     "Necesidad: seguimiento genético del desmán ibérico en los ríos del Sistema Central y de "
     "Galicia",
     "El desmán ibérico o de los Pirineos (Galemys pyrenaicus), la toupa de río de los gallegos, "
     "ha desaparecido en veinte años de buena parte de los ríos de Gredos, Guadarrama y la sierra "
     "de la Demanda, y resiste en tramos cada vez más aislados de la cordillera Cantábrica y de "
     "Galicia. Las sequías que cortan los arroyos en verano, las captaciones de agua para riego y "
     "abastecimiento, las minicentrales y la depredación del visón americano explican la caída. "
     "Dos universidades, con las administraciones ambientales de Castilla y León y de Galicia, "
     "solicitan apoyo para muestrear excrementos y ADN ambiental en 400 tramos de río, separar "
     "los linajes genéticos, formar a los agentes medioambientales en la búsqueda de excrementos "
     "bajo las piedras y restaurar orillas y caudales en los ríos donde quedan las últimas "
     "poblaciones. No debe confundirse con el musgaño de Cabrera, otro pequeño insectívoro "
     "acuático.",
     ("desmán ibérico", "Galemys pyrenaicus", "ríos de montaña", "genética de la conservación",
      "necesidades"),
     ("ES",), "2024-05"),
    # --- tree ferns ---------------------------------------------------------------------------
    ("da07", "case-study", "en",
     "Soft tree ferns salvaged from Tasmanian forestry coupes: tags, trade and what survives",
     "The soft tree fern (Dicksonia antarctica), whose fibrous trunk grows only a few centimetres "
     "a year, so that a two-metre fern may be a century old, has been sold for decades from "
     "Tasmania to gardens in mainland Australia, Europe and North America. Since the 1990s the "
     "state tree fern management plan has allowed trunks to be taken only from forest coupes "
     "about to be logged or cleared, each fitted with a numbered tag that must stay on it until "
     "sale. This case study follows the scheme through thirty years: how many trunks were tagged "
     "each year, how the harvest shrank as old-growth logging declined, the untagged trunks "
     "seized, and how many salvaged ferns survived in nurseries and gardens. It also describes "
     "the mosses, filmy ferns and tree seedlings that grow on trunks left in the forest, and "
     "argues for leaving more tree ferns standing in streamside reserves.",
     ("tree ferns", "Dicksonia antarctica", "plant trade", "forestry", "Tasmania"),
     ("AU",), "2023-03"),
    ("da08", "project", "fr",
     "Fanjans de La Réunion : protéger les fougères arborescentes et remplacer les pots en fanjan",
     "À La Réunion, on appelle fanjans les fougères arborescentes (Cyathea) des forêts humides "
     "des Hauts, dont le tronc fibreux servait à faire les pots et les plaques où l'on cultive "
     "orchidées et anthuriums. Protégés depuis 1987, les fanjans sont encore abattus par des "
     "braconniers qui vendent les pots sur les marchés forains et au bord des routes. Ce projet "
     "du Parc national, de l'Office national des forêts et du Conservatoire botanique de Mascarin "
     "cartographie les peuplements des forêts de Bébour-Bélouve et de la Plaine des Palmistes, "
     "multiplie les fanjans en pépinière à partir des spores pour les replanter dans les forêts "
     "restaurées, et propose aux jardineries et aux horticulteurs des substituts : fibre de coco, "
     "écorce de pin, pots en terre. La brigade nature contrôle les marchés, et une campagne "
     "apprend aux habitants à reconnaître les pots interdits.",
     ("fougères arborescentes", "fanjans", "Cyathea", "braconnage", "forêts des Hauts"),
     ("RE",), "2024-01"),
    ("da09", "need", "es",
     "Necesidad: frenar la extracción de maquique de los helechos arborescentes en la Sierra "
     "Norte de Puebla y el centro de Veracruz",
     "En los bosques de niebla de la Sierra Norte de Puebla y del centro de Veracruz, los "
     "helechos arborescentes (Cyathea, Alsophila y Dicksonia) se derriban para vender el "
     "maquique, la masa de raíces fibrosas del tronco con que se hacen macetas, placas y tutores "
     "para orquídeas y plantas de ornato. Aunque todas las especies están protegidas por la norma "
     "oficial mexicana de especies en riesgo, las macetas de maquique se siguen ofreciendo en "
     "viveros de carretera de Xalapa y Cuetzalan y en el mercado de Jamaica de la Ciudad de "
     "México. Comunidades nahuas y totonacas, con una universidad y la procuraduría ambiental, "
     "solicitan apoyo para montar viveros comunitarios que produzcan helechos a partir de "
     "esporas, ensayar sustratos de fibra de coco y bagazo que sustituyan al maquique, "
     "inspeccionar los puntos de venta y pagar a los dueños de monte por conservar los helechos "
     "en pie. Piden además un inventario de las poblaciones que quedan en las cañadas.",
     ("helechos arborescentes", "maquique", "comercio de plantas", "viveros comunitarios",
      "Veracruz"),
     ("MX",), "2023-09"),
    # --- lavender -----------------------------------------------------------------------------
    ("da10", "case-study", "en",
     "Bulgaria's lavender boom: bees, honey and lost grasslands in the Thracian valley and "
     "Dobrudzha",
     "Within a decade Bulgaria became one of the world's largest producers of lavender oil, as "
     "farmers planted Lavandula angustifolia on tens of thousands of hectares around Kazanlak, "
     "Karlovo and Stara Zagora and on the plains of Dobrudzha. This case study, prepared by a "
     "Bulgarian biodiversity foundation with an agricultural university, asks what the boom meant "
     "for nature. For three weeks each summer the fields feed honeybees, wild bees, bumblebees "
     "and butterflies, and beekeepers move their hives there for lavender honey; but part of the "
     "plantings ploughed up old pastures and steppe grasslands, some inside Natura 2000 sites, "
     "and herbicides keep the rows bare. When oil prices crashed after 2019, many fields were "
     "abandoned or pulled out. The study recommends grassy margins and flowering strips between "
     "fields, staggered harvests, and payments to restore grassland where plantations end.",
     ("lavender", "pollinators", "grasslands", "land-use change", "Bulgaria"),
     ("BG",), "2023-11"),
    ("da11", "project", "fr",
     "Sauver la lavande du plateau de Valensole : dépérissement, cicadelles et abeilles",
     "Sur le plateau de Valensole, dans le pays de Sault et la Drôme provençale, les champs de "
     "lavande fine et de lavandin reculent : le dépérissement, dû à un phytoplasme transmis par "
     "une cicadelle (Hyalesthes obsoletus), a ramené la vie des plantations d'une dizaine "
     "d'années à quatre ou cinq, et les sécheresses de 2019 et 2022 ont tué des parcelles "
     "entières. Ce projet, porté par le centre technique de la filière avec l'INRAE, des "
     "apiculteurs et le parc naturel régional du Verdon, teste des plants sains issus de "
     "pépinières certifiées, l'enherbement des inter-rangs et des haies qui abritent les ennemis "
     "de la cicadelle, et suit les abeilles domestiques et sauvages qui butinent les champs en "
     "juillet. Il recense aussi la lavande sauvage des montagnes de Lure et du Ventoux, réservoir "
     "génétique de la lavande fine, et accompagne les ruchers transhumants venus pour le miel de "
     "lavande.",
     ("lavande", "lavandin", "dépérissement", "pollinisateurs", "Provence"),
     ("FR",), "2024-03"),
    ("da12", "support-source", "es",
     "Oferta: asesoramiento para franjas floridas y polinizadores en los campos de lavandín de la "
     "Alcarria",
     "En los alrededores de Brihuega, en la Alcarria de Guadalajara, más de mil hectáreas de "
     "lavandín florecen en julio y atraen a visitantes de toda España, mientras en los páramos y "
     "laderas calizas siguen creciendo el espliego y el cantueso silvestres que durante siglos se "
     "segaron para las destilerías de la comarca. El centro apícola regional y una asociación de "
     "agricultores ofrecen asesoramiento gratuito a los productores de lavandín: diseño de "
     "franjas floridas y linderos con tomillo, romero y espliego, cubiertas vegetales entre "
     "líneas, menos herbicidas, un calendario de cosecha compatible con las abejas y acuerdos con "
     "apicultores para instalar colmenas y producir miel de la Alcarria. La oferta incluye "
     "conteos de abejas silvestres en parcelas de prueba y un manual para recibir a los turistas "
     "sin que pisen los campos. Las perdices y tórtolas de los linderos no son objeto de la "
     "oferta.",
     ("lavandín", "espliego", "polinizadores", "apicultura", "franjas floridas"),
     ("ES",), "2024-06"),
    # --- urban gulls --------------------------------------------------------------------------
    ("da13", "document", "en",
     "Living with urban gulls: guidance for local councils in the United Kingdom",
     "Herring gulls and lesser black-backed gulls, the birds most people call seagulls, now nest "
     "on flat roofs, chimneys and warehouses in Bristol, Bath, Cardiff, Aberdeen and dozens of "
     "seaside towns, while their colonies on cliffs and islands have declined so much that the "
     "herring gull is on the red list of birds of conservation concern. This guidance, written by "
     "the statutory nature conservation bodies with councils and wildlife trusts, explains what "
     "the law allows: all gulls, their nests and eggs are protected, and removing them needs a "
     "licence showing a risk to public health or safety, not just noise or mess. It sets out what "
     "works first: bins and sacks that gulls cannot tear, no feeding, streets cleaned after "
     "takeaways close, roof wires and nets fitted outside the nesting season, and leaflets for "
     "residents on parents that dive at people in June and July. It also asks councils to count "
     "roof nests for the national seabird surveys.",
     ("urban gulls", "herring gull", "human-wildlife conflict", "urban wildlife", "licensing"),
     ("GB",), "2022-05"),
    ("da14", "project", "fr",
     "Les gabians de Marseille : compter les nids sur les toits et stériliser les œufs des "
     "goélands",
     "À Marseille, le goéland leucophée (Larus michahellis), que tout le monde appelle gabian, "
     "niche par milliers sur les toits-terrasses, les entrepôts du port et les immeubles des "
     "quartiers nord, en plus des grandes colonies des îles du Frioul. Les plaintes se "
     "multiplient : cris dès l'aube, fientes, sacs poubelles éventrés, parents qui piquent sur "
     "les passants près des nids. Ce projet de la Ville, avec le parc national des Calanques et "
     "une association ornithologique, compte les nids par drone et depuis les toits chaque "
     "printemps, stérilise les œufs en les huilant ou en les remplaçant par des œufs factices, "
     "sous autorisation préfectorale puisque l'espèce est protégée, et travaille avec les "
     "poissonniers du Vieux-Port et les restaurants pour fermer les poubelles. Il bague aussi des "
     "jeunes pour savoir où se nourrissent les goélands des villes, jusqu'à la décharge et aux "
     "plages. Les pigeons ne sont pas concernés.",
     ("goélands", "gabians", "faune urbaine", "stérilisation des œufs", "Marseille"),
     ("FR",), "2023-06"),
    ("da15", "need", "es",
     "Necesidad: manejo de la gaviota cocinera en el puerto y la ciudad de Mar del Plata",
     "La gaviota cocinera (Larus dominicanus) se multiplicó en pocas décadas en la costa "
     "bonaerense alimentándose de los descartes de la flota pesquera, de los basurales a cielo "
     "abierto y de las bolsas de residuos en las veredas. En Mar del Plata ya anida en techos de "
     "galpones y edificios del puerto, roba comida en las playas y en la banquina de los "
     "pescadores y ronda la colonia de lobos marinos. La municipalidad, con un grupo de "
     "investigación de la universidad nacional, solicita apoyo para censar las colonias urbanas, "
     "marcar aves con GPS para saber cuánto dependen del basural y de las plantas pesqueras, "
     "diseñar contenedores y horarios de recolección que les corten el alimento y capacitar a los "
     "trabajadores del puerto. También pide una campaña para que los vecinos no les den de comer. "
     "La gaviota de Olrog, que anida en la bahía de Samborombón, no es objeto de la solicitud.",
     ("gaviotas", "gaviota cocinera", "fauna urbana", "basurales", "puertos pesqueros"),
     ("AR",), "2024-04"),
    # --- canyoning ----------------------------------------------------------------------------
    ("da16", "case-study", "en",
     "Canyoning in the Blue Mountains: group limits, track erosion and the hanging swamps",
     "The sandstone slot canyons of the Blue Mountains, west of Sydney, draw tens of thousands of "
     "canyoners every summer to abseil down waterfalls, swim dark pools and squeeze through "
     "narrow gorges lined with tree ferns and coachwood. This case study, written by the national "
     "park's managers with commercial canyoning guides, looks at twenty years of growth in "
     "popular canyons such as Grand Canyon, Empress and Claustral. Informal access tracks now cut "
     "through the Blue Mountains swamps, a threatened ecological community and the only home of "
     "the endangered Blue Mountains water skink; trampling and erosion drain the peat and send "
     "sand into the creeks. The park answered with group size limits, licences for commercial "
     "operators, hardened tracks, closures after bushfires and floods, and a code of conduct on "
     "anchors, toilet waste and jumping into pools. Visitor counters and swamp plots measure the "
     "results.",
     ("canyoning", "nature-based tourism", "national parks", "upland swamps",
      "visitor management"),
     ("AU",), "2023-10"),
    ("da17", "document", "fr",
     "Canyonisme en Corse : charte de bonnes pratiques pour les torrents de Bavella et du Taravo",
     "Chaque été, des milliers de pratiquants descendent en rappel, en sauts et en toboggans les "
     "canyons de Bavella, de la Purcaraccia et du Taravo, dont les vasques d'eau claire abritent "
     "l'euprocte de Corse, un triton endémique, et la truite macrostigma. Cette charte, rédigée "
     "par l'Office de l'environnement de la Corse avec les moniteurs diplômés, les guides et les "
     "communes, fixe des règles communes : pas de descente dans certains canyons avant la fin de "
     "la reproduction de l'euprocte, groupes limités à huit personnes par encadrant, pas de "
     "piétinement des bancs de graviers où frayent les truites, pas de crème solaire avant la "
     "baignade, sentiers d'approche balisés et stationnement hors du maquis. Elle propose une "
     "fiche pour signaler les euproctes observés et une formation des moniteurs à l'écologie des "
     "torrents.",
     ("canyonisme", "sports de nature", "euprocte de Corse", "torrents", "Corse"),
     ("FR",), "2023-05"),
    ("da18", "project", "es",
     "Cañonismo en Matacanes: ordenar el descenso de cañones en el Parque Nacional Cumbres de "
     "Monterrey",
     "El cañón de Matacanes, en la Sierra Madre Oriental de Nuevo León, se volvió en veinte años "
     "el recorrido de cañonismo más conocido de México: una jornada de rápeles, saltos a pozas, "
     "toboganes naturales y pasos por cuevas inundadas que cada fin de semana de verano reúne a "
     "cientos de visitantes llevados por operadoras de Monterrey. La basura, los excrementos, las "
     "pintas, los campamentos sin control y los accidentes llevaron a la dirección del área "
     "protegida a este proyecto con los ejidos de Potrero Redondo y San José de las Boquillas: "
     "cupo diario de visitantes, brazaletes de acceso, guías certificados en turismo de aventura, "
     "letrinas secas, retiro de basura en la salida y monitoreo de la calidad del agua y de los "
     "anfibios de las pozas. Parte del cobro de derechos queda en los ejidos. Es la misma "
     "actividad que otros llaman barranquismo o torrentismo.",
     ("cañonismo", "turismo de aventura", "áreas naturales protegidas", "capacidad de carga",
      "ejidos"),
     ("MX",), "2024-02"),
    # --- horse logging ------------------------------------------------------------------------
    ("da19", "case-study", "en",
     "Horse logging on family forests in Vermont: low-impact harvests on wet and steep ground",
     "A few dozen horse loggers still work the small family woodlots of Vermont and neighbouring "
     "New England states, skidding logs with teams of Belgian and Percheron draft horses along "
     "narrow trails instead of using skidders and forwarders. This case study, prepared by a "
     "state forestry extension service with a woodland owners' association, compares twelve "
     "harvests done with horses and twelve mechanised harvests on similar sites: soil compaction "
     "and ruts measured afterwards, damage to the remaining trees, regeneration of sugar maple, "
     "oak and white pine, invasive shrubs spreading along trails, and the cost and income per "
     "cord. Horse logging left fewer and shallower ruts, kept more seedlings and suited wet soils "
     "near vernal pools and streams where machines are kept out, but it costs more per cubic "
     "metre and depends on loggers who are ageing. The study proposes cost-share payments for "
     "horse logging in sensitive areas and training for young teamsters.",
     ("horse logging", "low-impact forestry", "draft horses", "soil compaction", "family forests"),
     ("US",), "2023-08"),
    ("da20", "support-source", "fr",
     "Aide au débardage par traction chevaline dans les forêts wallonnes et les sites Natura 2000",
     "La Wallonie accorde aux propriétaires forestiers, publics et privés, une subvention pour "
     "sortir les bois au cheval plutôt qu'au tracteur là où les engins abîment les sols et l'eau "
     ": sites Natura 2000, fonds de vallée humides, sources, fagnes et fortes pentes de "
     "l'Ardenne. Cette fiche du Service public de Wallonie décrit l'aide : un montant par mètre "
     "cube débardé, majoré sur les sols hydromorphes ; les conditions (débardeur enregistré, "
     "cheval de trait, souvent l'ardennais, cloisonnements balisés, chantier hors de la "
     "nidification de la cigogne noire) ; les pièces à fournir et le contrôle par l'agent du "
     "Département de la nature et des forêts. Elle rappelle les avantages du débardage à cheval, "
     "moins d'ornières, moins de tassement, moins de dégâts aux semis et aux tiges restantes, et "
     "donne la liste des entrepreneurs et de l'association qui forme les meneurs de chevaux.",
     ("débardage à cheval", "traction chevaline", "gestion forestière", "Natura 2000",
      "subventions"),
     ("BE",), "2024-01"),
    ("da21", "need", "es",
     "Necesidad: madereo con bueyes y caballos para pequeños propietarios de bosque nativo de La "
     "Araucanía y Los Ríos",
     "En el sur de Chile miles de pequeños propietarios y comunidades mapuche aún sacan leña y "
     "madera de sus renovales de roble, raulí y coigüe con yuntas de bueyes y con caballos, "
     "arrastrando los trozos por huellas angostas o cargándolos en alzaprimas. Es un madereo de "
     "bajo impacto, que no abre caminos ni compacta el suelo como los tractores y skidders, pero "
     "los bueyeros envejecen, las yuntas escasean y los planes de manejo de la ley de bosque "
     "nativo rara vez lo tienen en cuenta. Una asociación de productores de leña, con la oficina "
     "regional del servicio forestal y una universidad, solicita apoyo para formar a jóvenes en "
     "el manejo de bueyes y caballos de tiro, equipar con arneses, alzaprimas y cabrestantes "
     "manuales, cubrir la atención veterinaria de los animales y premiar en los concursos de la "
     "ley el madereo con tracción animal. Pide también comparar su impacto con el de la "
     "maquinaria en parcelas de ensayo.",
     ("tracción animal", "madereo", "bueyes", "bosque nativo", "pequeños propietarios"),
     ("CL",), "2024-08"),
    # --- medicinal leeches --------------------------------------------------------------------
    ("da22", "dataset", "en",
     "Medicinal leeches collected in Türkiye's wetlands: quotas, CITES exports and field "
     "densities, 2008-2023",
     "Türkiye is one of the main sources of the medicinal leeches sold to hospitals, pharmacies "
     "and hirudotherapy practitioners in Europe, the Middle East and Asia. Most are Hirudo "
     "verbana, gathered by hand or with bait in the reedy shallows of lakes and marshes in "
     "Thrace, around Lake Manyas and in the Kızılırmak and Sakarya deltas. Because medicinal "
     "leeches are listed in Appendix II of CITES, the national management authority sets yearly "
     "collection quotas and issues export permits, and this dataset brings them together: quotas "
     "by province, numbers and kilograms exported by destination, licensed collectors, and leech "
     "densities counted on fixed plots in 32 wetlands since 2008. Densities fell where marshes "
     "were drained for farming or where cattle and horses no longer wade in the shallows, since "
     "adult leeches feed on the blood of large mammals and young ones on frogs and fish. The "
     "notes explain how the non-detriment findings were made.",
     ("medicinal leeches", "Hirudo verbana", "CITES", "wetlands", "wildlife trade"),
     ("TR",), "2024-09"),
    ("da23", "case-study", "fr",
     "Des marais aux blocs opératoires : l'élevage de sangsues médicinales en Gironde",
     "Au XIXe siècle, la France consommait des dizaines de millions de sangsues par an pour les "
     "saignées, au point de vider ses marais et d'en importer de toute l'Europe ; l'espèce est "
     "aujourd'hui rare dans la nature. Cette étude de cas présente un élevage installé près de "
     "Bordeaux depuis les années 1970, qui fournit les hôpitaux et exporte vers une trentaine de "
     "pays. Les sangsues, nourries de sang contrôlé, grandissent en bassins ; elles servent "
     "surtout en microchirurgie, pour décongestionner les doigts réimplantés et les lambeaux de "
     "peau greffés. L'étude décrit les règles sanitaires, l'usage unique imposé à l'hôpital, les "
     "permis CITES demandés à chaque exportation, la reproduction en cocons, et l'interdiction de "
     "relâcher des sangsues d'élevage pour ne pas mêler les souches aux populations sauvages des "
     "étangs de la Brenne et des marais de l'Ouest. Elle évoque aussi la hirudothérapie pratiquée "
     "hors de l'hôpital, sans cadre.",
     ("sangsues médicinales", "hirudothérapie", "élevage", "CITES", "zones humides"),
     ("FR",), "2023-02"),
    ("da24", "need", "es",
     "Necesidad: inventario de la sanguijuela medicinal en las charcas ganaderas de Extremadura",
     "La sanguijuela medicinal, que en Extremadura recogían los sanguijueleros para boticas y "
     "barberías hasta bien entrado el siglo XX, sobrevive hoy en pocas charcas de la dehesa, "
     "lagunas temporales y colas de embalses donde todavía beben vacas, cerdos y caballos. Las "
     "poblaciones conocidas pertenecen a Hirudo verbana, incluida en el apéndice II de CITES, y a "
     "Hirudo troctina, pero nadie sabe cuántas quedan. Un grupo de la universidad regional y la "
     "dirección general de sostenibilidad solicitan apoyo para muestrear un centenar de charcas "
     "con cebos, identificar las especies por ADN, relacionar su presencia con la calidad del "
     "agua, los antiparasitarios del ganado y el manejo de las charcas, y proponer su inclusión "
     "en el catálogo regional de especies amenazadas. También piden un protocolo para vigilar la "
     "venta por internet de sanguijuelas importadas para hirudoterapia, que podrían acabar "
     "soltadas en el medio natural.",
     ("sanguijuelas", "Hirudo verbana", "charcas", "invertebrados amenazados", "necesidades"),
     ("ES",), "2024-10"),
    # --- Lessepsian species -------------------------------------------------------------------
    ("da25", "dataset", "en",
     "Lessepsian fishes in the small-scale catches of Cyprus and Israel, 2005-2024",
     "Since the Suez Canal opened in 1869, more than a hundred fish species from the Red Sea have "
     "settled in the eastern Mediterranean, and their spread has sped up as the sea warms and "
     "since the canal was widened in 2015. This dataset, kept by the fisheries departments of "
     "Cyprus and Israel with university researchers, brings together the logbooks and on-board "
     "observer records of small-scale trammel net and longline fishers: catches by species and "
     "depth, the share of Lessepsian species in each landing, and the nets damaged. Dusky and "
     "marbled rabbitfish now outnumber the native herbivores on many rocky reefs; the "
     "silver-cheeked toadfish, whose flesh carries tetrodotoxin and may not be sold, bites "
     "through nets and hooks; and the lionfish, first seen off Cyprus in 2012, is spreading west. "
     "The notes describe how fishers' photographs confirmed new arrivals and how the figures feed "
     "the regional database of alien species.",
     ("Lessepsian species", "invasive alien species", "rabbitfish", "small-scale fisheries",
      "eastern Mediterranean"),
     ("CY", "IL"), "2024-12"),
    ("da26", "case-study", "fr",
     "Les pêcheurs libanais face aux espèces lessepsiennes : du poisson-lapin au poisson-globe",
     "Sur la côte libanaise, de Tripoli à Tyr, plus d'un tiers des poissons débarqués par les "
     "petits pêcheurs sont aujourd'hui des espèces lessepsiennes, arrivées de la mer Rouge par le "
     "canal de Suez. Cette étude de cas, menée avec le Conseil national de la recherche "
     "scientifique et les coopératives de pêcheurs de Saïda et de Tyr, décrit ce changement. Le "
     "poisson-lapin (Siganus), que les pêcheurs appellent sijan, a remplacé la saupe sur les "
     "fonds rocheux et broute les algues jusqu'à la roche nue ; il se vend bien. Le poisson-globe "
     "argenté, toxique, déchire les filets et coupe les lignes, et les pêcheurs le rejettent mort "
     "en mer. L'étude recense les pertes de matériel, les prix, les recettes proposées aux "
     "restaurants pour les espèces comestibles, et la réserve naturelle de la côte de Tyr, où les "
     "espèces indigènes résistent un peu mieux. Elle demande que le suivi des espèces "
     "lessepsiennes entre dans le plan national de la pêche.",
     ("espèces lessepsiennes", "espèces exotiques envahissantes", "pêche artisanale",
      "poisson-lapin", "Liban"),
     ("LB",), "2023-12"),
    ("da27", "need", "es",
     "Necesidad: red de alerta temprana para el pez globo plateado y otras especies lesepsianas "
     "en el Mediterráneo español",
     "El pez globo plateado (Lagocephalus sceleratus), llegado al Mediterráneo oriental desde el "
     "mar Rojo por el canal de Suez, avanza hacia el oeste y ya se han capturado ejemplares "
     "aislados frente a las costas de Murcia, Alicante y las islas Baleares. Su carne y sus "
     "vísceras contienen tetrodotoxina, un veneno que no se destruye al cocinar, y donde abunda "
     "rompe las artes y se come las capturas de los pescadores artesanales. El instituto "
     "oceanográfico, con las cofradías de pescadores y las lonjas, solicita apoyo para montar una "
     "red de alerta temprana: fichas de identificación del pez globo, del pez conejo y de otras "
     "especies lesepsianas, una aplicación para enviar fotos, protocolos para retirar y analizar "
     "los ejemplares sin riesgo, formación para el personal de las lonjas y los veterinarios de "
     "salud pública, y una campaña para que nadie los consuma. Pide también modelos de "
     "temperatura del mar para prever su llegada.",
     ("especies lesepsianas", "pez globo plateado", "alerta temprana",
      "especies exóticas invasoras", "pesca artesanal"),
     ("ES",), "2024-11"),
    # --- turtle doves -------------------------------------------------------------------------
    ("da28", "project", "en",
     "Operation Turtle Dove: seed-rich plots, ponds and tall hedges for a vanishing farmland bird",
     "The European turtle dove, whose purring song once marked English summers, has fallen by "
     "about 98 per cent in the United Kingdom since 1970 and now breeds mainly in East Anglia and "
     "the south-east. The birds winter in the Sahel and return in late April to find too few "
     "seeds of arable plants such as fumitory and clover, few tall, thick hedges and few ponds to "
     "drink from. This project, run by a bird conservation charity with a farm wildlife trust, a "
     "wildlife park and hundreds of farmers, helps landholders sow and manage plots of seed-rich "
     "plants, dig ponds and let hedges grow tall, using agri-environment payments. Volunteers "
     "survey purring males each summer. The project also studies trichomonosis, a parasite picked "
     "up at garden feeders, and works with partners along the flyway, where turtle doves are "
     "still shot on migration.",
     ("turtle doves", "Streptopelia turtur", "farmland birds", "agri-environment schemes",
      "migratory birds"),
     ("GB",), "2024-05"),
    ("da29", "case-study", "fr",
     "La tourterelle des bois au Maroc : vergers, chasse touristique et quotas",
     "Au Maroc, la tourterelle des bois niche en grand nombre dans les vergers d'agrumes et les "
     "oliveraies irriguées du Souss, du Tadla et du Gharb, où l'eau et les grains ne manquent "
     "pas, et le pays est l'une des destinations des chasseurs européens venus la tirer en été. "
     "Cette étude de cas, réalisée par l'Agence nationale des eaux et forêts avec une université "
     "et des associations de chasseurs, décrit l'ouverture de la chasse à la tourterelle en juin "
     "et juillet, en pleine reproduction, les lots de chasse amodiés aux sociétés touristiques, "
     "les tableaux déclarés et les contrôles. Elle compare les comptages de couples dans les "
     "vergers avec la pression de chasse et relève les effets des traitements phytosanitaires et "
     "de l'arrachage des brise-vent de cyprès. Elle discute la réduction des quotas et de la "
     "période d'ouverture demandée par le plan d'action international, et l'essor de la "
     "tourterelle maillée et de la tourterelle turque, deux autres espèces.",
     ("tourterelle des bois", "chasse", "tourisme cynégétique", "oiseaux migrateurs", "vergers"),
     ("MA",), "2023-07"),
    ("da30", "event", "es",
     "Jornada: la tórtola europea tras tres temporadas de moratoria de caza",
     "La tórtola europea (Streptopelia turtur), la tórtola común de nuestros campos, ha perdido "
     "en España más de la mitad de sus efectivos desde finales de los años noventa, según el "
     "programa de seguimiento de aves comunes. Tras el plan de acción internacional y la gestión "
     "adaptativa acordada en la Unión Europea, su caza en la media veda se suspendió en 2021 y no "
     "se ha reabierto. Esta jornada, organizada en Córdoba por la administración ambiental con "
     "federaciones de caza, agricultores y organizaciones ornitológicas, repasa lo ocurrido desde "
     "entonces: los censos de machos cantores, las tórtolas marcadas con GPS que cruzan el "
     "Estrecho hacia el Sahel, el estado de los sotos, setos y linderos donde crían, los "
     "comederos y bebederos instalados en los cotos y la tórtola turca, una especie distinta que "
     "sigue siendo cazable. Incluye un taller sobre siembras para aves en las explotaciones de "
     "cereal y de olivar.",
     ("tórtola europea", "caza", "moratoria", "aves migratorias", "gestión adaptativa"),
     ("ES",), "2024-09"),
)  # fmt: skip
