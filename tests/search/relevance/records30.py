"""Clearing-house records of the thirtieth judged relevance set
(tests/search/relevance/queries30.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CITES- and CMS-like pages
on the houbara bustard (outarde houbara, hubara canaria; falconry, captive breeding, the
Canarian subspecies) and on sawfishes (Pristis; poissons-scies, peces sierra); CBD
Clearing-House Mechanism pages on maerl and rhodolith beds (bancs de maërl, fondos de
rodolitos) and on environmental flows below dams (débits écologiques, crue artificielle,
caudales ecológicos); Basel-like waste pages on vinasse, the wastewater of sugar-cane and
molasses distilleries (spentwash, vinasses des guildives, vinaza); pest-management pages on
the sterile insect technique (medfly, tsetse flies, New World screwworm; technique de
l'insecte stérile, técnica del insecto estéril); fisheries pages on fish aggregating devices
(FADs; dispositifs de concentration de poissons, DCP; plantados); health pages on lead pipes
in drinking water (lead service lines, entrées de service en plomb, tuberías de plomo);
Biosafety Clearing-House pages on genetically modified sorghum and gene flow to wild and
weedy sorghum (sorgho génétiquement modifié, sorgo transgénico, sorgo de Alepo); and
chemical and waste pages on wood treated with chromated copper arsenate (CCA; arséniate de
cuivre chromé, madera tratada con CCA). English, French and Spanish, 10 records each, every
topic written once in each language (different countries, projects and angles, not
translations of one text), so that a query in one language has answers in the others.

None of records.py, records3.py, ..., records29.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (houbara, hubara, bustard, outarde, avutarda,
Chlamydotis, falconry, fauconnerie, cetrería, falcon, faucon, halcón, Canarias, Fuerteventura;
sawfish, poisson-scie, pez sierra, Pristis, rostrum, rostre, elasmobranch, Bijagos,
Nicaragua; maerl, maërl, mäerl, rhodolith, rodolito, coralline, calcareous algae, algues
calcaires, algas calcáreas, dredging, dragage, dragado, scallop, Saint-Jacques, vieira;
vinasse, vinaza, spentwash, distillery, distillerie, destilería, guildive, clairin, rum,
rhum, tequila, molasses, mélasse, melaza, sugarcane, canne à sucre, caña de azúcar, ingenio,
fertirrigation, zero liquid discharge; sterile insect, insecte stérile, insecto estéril,
sterile, stérile, irradiation, tsetse, glossine, tsé-tsé, trypanosomiasis, screwworm, gusano
barrenador, Cochliomyia, medfly, Ceratitis, fruit fly, mouche des fruits, mosca de la fruta;
fish aggregating device, FAD, DCP, plantado, dispositivo agregador, tuna, thon, atún, purse
seine, senne, cerco; environmental flow, débit écologique, débit réservé, caudal ecológico,
flow regime, crue artificielle, hydropower, barrage, represa, Manantali, Pangani, Tajo; lead
pipe, service line, plumbing, canalisation, robinet, tubería, grifo, drinking water, eau
potable, agua potable, lead, plomb, plomo; sorghum, sorgho, sorgo, biofortified,
Johnsongrass, sorgo de Alepo, gene flow, flux de gènes, flujo de genes; CCA, chromated copper
arsenate, arséniate, arseniato, wood preservative, traitement du bois, madera tratada,
preservante, impregnado, arsenic, arsénico, vineyard posts, viñedo). Candidates found
covered were dropped (ethylene oxide, whose molecule page (oxirane, "sterilizing agent") is
among the golden records; cholinesterase testing of pesticide handlers (the monocrotophos
pages name it); constructed wetlands (the acid mine drainage page names them); oyster reefs,
dune restoration and salt marshes (set aside by the twenty-seventh set); baobabs (the botanic
garden page names them), hornbills (the oil palm page names them), push-pull (the fall
armyworm page names it); cobalt (the lithium battery page names it); environmental DNA (the
axolotl page's subjects); camera traps, DNA barcoding, seagrass, kelp, coral gardening,
chlorpyrifos, pentachlorophenol, creosote and other topics of earlier sets). The nearest are
the illegal bird-killing and vulture pages and the lesser kestrel nest-box page (a small
falcon, bf24); the manta and devil ray bycatch and shark fin pages; the seagrass and dugong
pages (v40-v42, o01-o03) and the seahorse page of the Thau seagrass beds (s08); the olive mill
wastewater, slaughterhouse and tannery effluent pages and the Bt sugarcane pages (bb22-bb24);
the genetically modified mosquito pages (w07-w09; w08 releases sterile male mosquitoes made
by genetic modification) and the chlorpyrifos need on Moroccan citrus that names the fruit
fly among its pests (l08); the seabird longline and bycatch pages; the fish pass and dam
pages (m25-m27), the OMVS observatory (r05) and the Uluguru cloud forest page that measures
river flow (bg19); the lead paint, kohl, pottery, spice and battery pages and the acid mine
drainage of the Rímac (j06), which carries lead into Lima's drinking water; the pages that
name sorghum among crops (r17, bd23, k26, u11, bd11) and the gene-flow passages of other GM
crop pages; the pentachlorophenol and creosote pages (x16-x18, bb13-bb15), the
pentachlorophenol molecule page of the golden files and the arsenic-in-water pages. The
golden files name none of these topics beyond a passing word (molecule pages that name wood
preservatives among products, the ethanol page's distillation of liquor, the ethylene page's
PVC pipes, a copper arsenate mineral). No text was copied from those sites and none comes
from demo/generator.py. They are meant to be harvested as ``oai_dc``-like records and
enriched with the project thesaurus exactly as the other records files' are, beside them and
the real fixtures' records (tests/mappings/golden/*.json) as one pool.

Ids (bj01..bj30) collide with none of the earlier records files' (a1..h5, n01..n47,
p01..p45, q01..q45, t01..t45, v01..v45, w01..w45, x01..x30, k01..k30, m01..m30, r01..r30,
u01..u30, j01..j30, o01..o30, y01..y30, z01..z30, l01..l30, i01..i30, s01..s30, ba01..ba30,
bb01..bb30, bc01..bc30, bd01..bd30, be01..be30, bf01..bf30, bg01..bg30, bh01..bh30,
bi01..bi30), and no earlier id starts with "bj"; in queries30.tsv they are written without
prefix, like theirs, and take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- houbara bustard --------------------------------------------------------------------
    ("bj01", "case-study", "en",
     "Hunting permits for the houbara bustard in Balochistan: falconry, bag limits and the "
     "courts",
     "Every winter the Asian houbara bustard (Chlamydotis macqueenii), a sandy-coloured "
     "desert bird listed in CITES Appendix I, migrates from Central Asia to the deserts of "
     "Pakistan, where the federal government issues special permits to visiting falconers "
     "from the Gulf states. The case study follows the hunting parties in the Chagai and "
     "Cholistan deserts, the reports of bags far above the hundred birds a permit allows, the "
     "Supreme Court ban of 2015 and its reversal a year later, and the trapping of live "
     "houbaras smuggled out to train falcons. It asks what counts along the migration route "
     "say about the decline.",
     ("houbara bustard", "falconry", "hunting", "migratory birds", "CITES"), ("PK",),
     "2019"),
    ("bj02", "project", "fr",
     "Outarde houbara : élevage conservatoire et lâchers dans l'Oriental marocain",
     "L'outarde houbara nord-africaine (Chlamydotis undulata undulata), oiseau des steppes "
     "caillouteuses et des regs, a longtemps reculé sous la pression de la chasse au faucon "
     "et du braconnage. Un centre d'élevage installé près de Missour produit chaque année "
     "des milliers de jeunes outardes par insémination artificielle ; le projet les relâche "
     "dans l'Oriental et le Haut Atlas oriental, en suit une partie par balises satellites, "
     "compte les mâles en parade au printemps et délimite avec les autorités des zones où "
     "la chasse des fauconniers est interdite et d'autres où elle est soumise à des quotas.",
     ("outarde houbara", "élevage conservatoire", "réintroduction", "fauconnerie",
      "oiseaux des steppes"), ("MA",), "2022"),
    ("bj03", "dataset", "es",
     "Censos de hubara canaria en Fuerteventura, Lanzarote y La Graciosa, 2004-2023",
     "Resultados de los censos primaverales de la hubara canaria (Chlamydotis undulata "
     "fuertaventurae), subespecie endémica de las islas orientales del archipiélago canario, "
     "catalogada en peligro de extinción: transectos en coche y a pie por llanos y jables, "
     "número de machos en exhibición y de hembras, y densidad por zona especial de "
     "protección para las aves. Cada registro indica las amenazas observadas en el "
     "transecto: tendidos eléctricos causantes de colisiones, circulación de vehículos "
     "fuera de pista, nuevas urbanizaciones, pastoreo de cabras y gatos asilvestrados.",
     ("hubara canaria", "aves esteparias", "censos", "especies amenazadas",
      "tendidos eléctricos"), ("ES",), "2024"),
    # --- sawfishes --------------------------------------------------------------------------
    ("bj04", "document", "en",
     "Recovery plan for sawfishes in the rivers and estuaries of northern Australia",
     "Northern Australia is one of the last strongholds of the largetooth, green, dwarf and "
     "narrow sawfishes, rays whose long toothed snout, the rostrum, tangles easily in nets. "
     "All sawfishes are in CITES Appendix I. The plan sets out how to cut their death as "
     "bycatch in gillnet and trawl fisheries, with safe release guidelines for crews and "
     "anglers, how to keep road crossings and weirs from trapping the young largetooth "
     "sawfish that spend years in rivers far upstream, how to stop the collection of rostra "
     "as trophies, and which nursery estuaries of the Gulf of Carpentaria and the Kimberley "
     "to monitor.",
     ("sawfish", "rays", "bycatch", "threatened species", "recovery plans"), ("AU",),
     "2021"),
    ("bj05", "project", "fr",
     "Les poissons-scies de l'archipel des Bijagos : enquêtes auprès des pêcheurs et "
     "protection des derniers refuges",
     "Le poisson-scie, grande raie au long rostre armé de dents, tient une place à part dans "
     "la culture bijagos : sa scie orne les masques portés lors des cérémonies d'initiation. "
     "Autrefois commun dans les chenaux et les bolons de Guinée-Bissau, il n'est presque plus "
     "capturé. Le projet, mené avec l'institut chargé des aires protégées, interroge les "
     "pêcheurs âgés pour dater les dernières captures, recueille les rostres conservés "
     "dans les villages pour en identifier les espèces, forme les pêcheurs à relâcher "
     "vivants les poissons-scies pris dans leurs filets et propose des zones sans filet "
     "maillant.",
     ("poissons-scies", "raies", "pêche artisanale", "savoirs traditionnels",
      "espèces menacées"), ("GW",), "2020"),
    ("bj06", "need", "es",
     "Necesidad: buscar los últimos peces sierra del lago de Nicaragua y del río San Juan",
     "El pez sierra de dientes grandes (Pristis pristis) remontaba el río San Juan desde el "
     "Caribe hasta el lago Cocibolca, donde fue tan abundante que en los años setenta se "
     "pescaba para vender las aletas y la carne, hasta casi desaparecer. Pese a la veda, "
     "no hay registros confirmados recientes. Las autoridades de pesca y de ambiente de "
     "Nicaragua solicitan apoyo para entrevistar a pescadores de la ribera, instalar redes "
     "de muestreo y cámaras en los raudales del río, capacitar guardaparques en la "
     "identificación de la especie y preparar un plan de acción si se encuentran ejemplares.",
     ("pez sierra", "rayas", "especies en peligro", "pesca artesanal", "necesidades"),
     ("NI",), "2024-04"),
    # --- maerl and rhodolith beds ---------------------------------------------------------
    ("bj07", "dataset", "en",
     "Maerl beds of the sea lochs and sounds of western Scotland: survey data 2012-2022",
     "Drop-down video, diver and grab surveys of 64 maerl beds, the gravels of slow-growing "
     "free-living coralline red algae (Phymatolithon calcareum, Lithothamnion glaciale), "
     "also called rhodolith beds, from the Firth of Lorn to the Outer Hebrides. Each station "
     "records the cover of live pink maerl and of dead white maerl, the depth, the burrowing "
     "fauna and juvenile scallops and cod sheltering in the beds, and signs of damage by "
     "scallop dredges, moorings and fish-farm waste. The data support the designation of "
     "maerl beds as priority marine features and the closure of some beds to dredging.",
     ("maerl beds", "rhodoliths", "benthic habitats", "bottom-contact fishing",
      "marine monitoring"), ("GB",), "2023"),
    ("bj08", "case-study", "fr",
     "Bancs de maërl de la rade de Brest : la fin de l'extraction et le retour des juvéniles",
     "Le maërl, accumulation d'algues rouges calcaires libres qui poussent d'à peine un "
     "millimètre par an, forme dans la rade de Brest des bancs parmi les plus vastes "
     "d'Europe, abris pour des centaines d'espèces et nourriceries de coquilles "
     "Saint-Jacques et de poissons. Pendant des décennies il a été extrait pour "
     "l'amendement calcaire des sols agricoles, et les dragues à coquillages labouraient "
     "les bancs vivants. L'étude de cas retrace l'arrêt de l'extraction de maërl en 2013, "
     "les zones fermées à la drague, le suivi de la part de maërl vivant et les effets de "
     "l'envasement et de la crépidule.",
     ("maërl", "rhodolithes", "habitats benthiques", "dragage", "aires marines protégées"),
     ("FR",), "2021"),
    ("bj09", "project", "es",
     "Mantos de rodolitos del golfo de California: cartografía y protección frente al "
     "arrastre y las anclas",
     "Los rodolitos, nódulos de algas rojas calcáreas que ruedan libres sobre el fondo y "
     "forman mantos parecidos al mäerl europeo, cubren fondos someros de la bahía "
     "Concepción, Loreto y las islas del sur del golfo de California. Sus huecos dan refugio "
     "a larvas de moluscos, juveniles de peces e invertebrados que no viven en la arena "
     "vecina. El proyecto cartografía los mantos con sonar de barrido lateral y buceo, mide "
     "su crecimiento, registra los daños del arrastre camaronero, de las anclas de "
     "embarcaciones turísticas y de los sedimentos de la construcción costera, y propone "
     "zonas de no fondeo al parque nacional.",
     ("rodolitos", "mäerl", "hábitats bentónicos", "pesca de arrastre",
      "áreas marinas protegidas"), ("MX",), "2022"),
    # --- vinasse (distillery wastewater) ----------------------------------------------------
    ("bj10", "project", "en",
     "Zero liquid discharge at molasses distilleries in Uttar Pradesh: turning spentwash into "
     "biogas and potash",
     "For every litre of alcohol, a molasses-based distillery produces eight to fifteen "
     "litres of spentwash, or vinasse, a dark brown, acidic and foul-smelling effluent with "
     "a very high organic load that once killed fish in the tributaries of the Ganga. "
     "Under the zero liquid discharge rule, no spentwash may leave the site. The project "
     "helps distilleries of western Uttar Pradesh to digest it to biogas, concentrate it in "
     "multiple-effect evaporators and burn the concentrate in boilers whose ash is sold as "
     "potash fertiliser, or compost it with press mud from the sugar mills, and checks "
     "groundwater around the lagoons where it used to be stored.",
     ("vinasse", "distilleries", "industrial wastewater", "biogas", "sugar industry"),
     ("IN",), "2022"),
    ("bj11", "need", "fr",
     "Besoin : traiter les vinasses des guildives du nord d'Haïti",
     "Des centaines de guildives, petites distilleries artisanales, transforment le jus et "
     "le sirop de canne à sucre en clairin et en tafia dans les plaines du Nord et de "
     "Léogâne. Leurs vinasses, résidus chauds, acides et très chargés en matière organique "
     "qui restent au fond des alambics, sont déversées dans les ravines et les rivières, où "
     "elles tuent les poissons et rendent l'eau impropre au lavage et à l'abreuvement du "
     "bétail. Le ministère de l'Environnement d'Haïti demande un appui pour analyser les "
     "rejets, concevoir des bassins de stockage collectifs, organiser l'épandage des "
     "vinasses sur les champs de canne et former les distillateurs.",
     ("vinasses", "distilleries", "canne à sucre", "pollution des rivières", "besoins"),
     ("HT",), "2023-09"),
    ("bj12", "case-study", "es",
     "Vinaza de los ingenios de Tucumán y el embalse de Río Hondo: del vertido a la "
     "fertirrigación",
     "Con la producción de bioetanol de caña de azúcar, las destilerías de los ingenios "
     "tucumanos generan cada zafra millones de metros cúbicos de vinaza, un efluente oscuro "
     "y ácido que durante años se vertió a los ríos de la cuenca Salí-Dulce y llegó al "
     "embalse de Termas de Río Hondo, en Santiago del Estero, con mortandades de peces, "
     "malos olores y un largo conflicto entre provincias. El estudio de caso recorre los "
     "planes de reconversión exigidos a los ingenios: concentración de la vinaza y su "
     "quema en calderas, fertirrigación controlada de los cañaverales y monitoreo de la "
     "calidad del agua.",
     ("vinaza", "ingenios azucareros", "bioetanol", "contaminación de ríos",
      "efluentes industriales"), ("AR",), "2020"),
    # --- sterile insect technique -----------------------------------------------------------
    ("bj13", "project", "en",
     "Sterile insect technique against the Mediterranean fruit fly in the mandarin orchards "
     "of the Neretva valley",
     "The Mediterranean fruit fly (medfly, Ceratitis capitata) lays its eggs in ripening "
     "mandarins, figs and peaches, and growers in the Neretva delta of Croatia used to spray "
     "insecticides every week before harvest. Since the pilot began, millions of male "
     "medflies, mass-reared and sterilised by irradiation as pupae, are released from the "
     "ground and from the air every week of the season; wild females that mate with them lay "
     "eggs that do not hatch. The project combines the sterile males with trapping, "
     "orchard sanitation and bait sprays, monitors fruit infestation and compares "
     "insecticide use and residues with untreated areas.",
     ("sterile insect technique", "fruit flies", "citrus", "area-wide pest management",
      "integrated pest management"), ("HR",), "2020"),
    ("bj14", "case-study", "fr",
     "Éradiquer la mouche tsé-tsé des Niayes par la technique de l'insecte stérile",
     "Dans les Niayes, au nord de Dakar, une population isolée de glossines (Glossina "
     "palpalis gambiensis) transmettait la trypanosomose animale aux bovins et empêchait "
     "l'élevage laitier de races améliorées. Après une baisse des populations par des "
     "écrans et des pièges imprégnés d'insecticide, les services vétérinaires du Sénégal "
     "ont lâché chaque semaine des mâles stérilisés par irradiation, élevés en masse dans "
     "des insectariums partenaires et acheminés par avion sous forme de pupes. L'étude de "
     "cas décrit les étapes, les lâchers au sol et par drone, le suivi par pièges et les "
     "effets sur les troupeaux.",
     ("technique de l'insecte stérile", "mouche tsé-tsé", "trypanosomose animale",
      "élevage", "santé animale"), ("SN",), "2019"),
    ("bj15", "event", "es",
     "Taller regional: la técnica del insecto estéril frente al regreso del gusano barrenador "
     "del ganado",
     "Erradicado de Centroamérica hace dos décadas, el gusano barrenador del ganado "
     "(Cochliomyia hominivorax), cuyas larvas devoran la carne viva de heridas de bovinos, "
     "perros y personas, reapareció en Panamá en 2023 y avanzó hacia el norte. El taller "
     "reúne a los servicios veterinarios de la región para coordinar la liberación de "
     "moscas estériles, criadas y esterilizadas por irradiación en la planta de Panamá, "
     "el control de los movimientos de ganado, la vigilancia de casos y el tratamiento de "
     "heridas, y discutir la ampliación de la producción de moscas estériles.",
     ("técnica del insecto estéril", "gusano barrenador del ganado", "sanidad animal",
      "vigilancia epidemiológica"), ("PA", "CR", "NI", "HN", "GT", "MX"), "2025-03"),
    # --- fish aggregating devices ----------------------------------------------------------
    ("bj16", "case-study", "en",
     "Lost drifting FADs on the reefs of the Seychelles outer islands",
     "Tuna purse seiners in the western Indian Ocean deploy thousands of drifting fish "
     "aggregating devices (FADs), rafts of bamboo and netting hung under a satellite buoy, "
     "around which skipjack and yellowfin tuna gather. Many are abandoned and drift onto the "
     "reefs and beaches of the outer islands of the Seychelles, where they break corals and "
     "entangle turtles. Their netting also catches silky sharks at sea. The case study "
     "counts strandings on Aldabra and the Amirantes, traces the buoys to their vessels, "
     "and reviews non-entangling and biodegradable designs and the limits on active FADs "
     "per vessel adopted by the regional tuna commission.",
     ("fish aggregating devices", "tuna fisheries", "bycatch", "coral reefs",
      "marine litter"), ("SC",), "2022"),
    ("bj17", "project", "fr",
     "Des DCP ancrés pour les pêcheurs de Mayotte : pêcher au large pour soulager le lagon",
     "Les dispositifs de concentration de poissons (DCP) ancrés, bouées mouillées à plusieurs "
     "milles au-delà de la barrière, attirent thons albacores, bonites et dorades "
     "coryphènes à portée des barques des pêcheurs de Mayotte. Le projet, conduit avec le "
     "parc naturel marin et les coopératives, pose et entretient un réseau de DCP, forme les "
     "pêcheurs à la pêche à la palangrotte et à la traîne autour des bouées et à la "
     "sécurité en mer, et suit les captures débarquées, pour reporter une partie de "
     "l'effort de pêche du lagon et de ses récifs vers le large.",
     ("dispositifs de concentration de poissons", "pêche artisanale", "thons",
      "gestion des pêches", "lagons"), ("YT",), "2021"),
    ("bj18", "need", "es",
     "Necesidad: rastreo y retiro de plantados a la deriva que llegan a la Reserva Marina de "
     "Galápagos",
     "Los dispositivos agregadores de peces (DAP), conocidos como plantados, que las flotas "
     "atuneras de cerco lanzan al Pacífico oriental para concentrar atún barrilete y "
     "aleta amarilla, derivan con las corrientes hasta las costas de Galápagos, donde se "
     "enredan en los arrecifes y atrapan tortugas marinas y tiburones. La dirección del "
     "parque nacional solicita apoyo para recibir en tiempo real las posiciones de las "
     "boyas satelitales de los plantados que entran en la reserva, equipar una lancha para "
     "retirarlos y acordar con la flota el uso de plantados biodegradables.",
     ("plantados", "pesca de atún", "captura incidental", "basura marina", "necesidades"),
     ("EC",), "2024-02"),
    # --- environmental flows ---------------------------------------------------------------
    ("bj19", "project", "en",
     "Environmental flows for the Pangani River: sharing water between farms, turbines and the "
     "estuary",
     "The Pangani River, fed by the snows and forests of Kilimanjaro and Mount Meru, is "
     "over-allocated: irrigated rice and sugar estates, the hydropower stations below the "
     "Nyumba ya Mungu reservoir and the growing towns all take their share, while the "
     "Kirua swamp dries and salt water moves up the estuary. The project ran an "
     "environmental flow assessment with the basin water board, linking river flows in "
     "dry and wet seasons to fish, floodplain grazing, mangroves and livelihoods, and built "
     "the flows needed by the river into the basin's water allocation plan and permits.",
     ("environmental flows", "river basins", "water allocation", "hydropower",
      "freshwater ecosystems"), ("TZ",), "2019"),
    ("bj20", "document", "fr",
     "Débits écologiques à l'aval du barrage de Manantali : la crue artificielle et les "
     "cultures de décrue",
     "Depuis la mise en service du barrage de Manantali sur le Bafing, la crue du fleuve "
     "Sénégal dépend des lâchers décidés par l'organisation de bassin, partagés entre la "
     "production d'électricité, l'irrigation et la navigation. La note technique examine "
     "les débits écologiques nécessaires dans la vallée : une crue artificielle assez haute "
     "et assez longue pour inonder les cuvettes de culture de décrue, remplir les mares où "
     "les poissons se reproduisent, régénérer les forêts de gonakié et recharger les nappes, "
     "et propose des règles de gestion du barrage qui tiennent compte des agriculteurs et "
     "des pêcheurs de la vallée.",
     ("débits écologiques", "barrages", "crue artificielle", "plaines d'inondation",
      "fleuves"), ("ML", "SN", "MR"), "2020"),
    ("bj21", "case-study", "es",
     "Caudales ecológicos del Tajo en Aranjuez: de las sentencias del Supremo al nuevo plan "
     "hidrológico",
     "Aguas abajo de los embalses de Entrepeñas y Buendía, de donde parte el trasvase "
     "Tajo-Segura, el río Tajo llegaba a Aranjuez en verano con un caudal mínimo de seis "
     "metros cúbicos por segundo, insuficiente para sus peces, sus sotos y la calidad del "
     "agua. Tras varias sentencias del Tribunal Supremo que exigieron fijar caudales "
     "ecológicos en todo el río, el plan hidrológico de la cuenca aprobado en 2023 los "
     "eleva de forma escalonada. El estudio de caso recoge los estudios de hábitat, el "
     "debate con los regantes del sureste y el seguimiento de los caudales.",
     ("caudales ecológicos", "planificación hidrológica", "ríos", "trasvases",
      "ecosistemas fluviales"), ("ES",), "2024"),
    # --- lead pipes in drinking water ------------------------------------------------------
    ("bj22", "document", "en",
     "Lead pipes and your drinking water: advice for householders in Ireland",
     "Many homes in Ireland built before 1970 still receive their drinking water through "
     "lead pipes, either the service connection from the public main or the plumbing "
     "inside the house. Lead dissolves into water that stands in the pipes, and there is "
     "no safe level of exposure for babies, young children and pregnant women, in whom it "
     "harms brain development. The guide explains how to find out whether a house has lead "
     "pipes, why the water utility doses orthophosphate in some supplies, how to flush the "
     "tap before drinking, the grant for replacing lead pipes on private property and who "
     "replaces the public side.",
     ("lead", "drinking water", "lead pipes", "children's health", "guidance"), ("IE",),
     "2021"),
    ("bj23", "project", "fr",
     "Remplacer les entrées de service en plomb à Montréal",
     "À Montréal, des dizaines de milliers de bâtiments construits avant 1970 sont "
     "raccordés au réseau d'aqueduc par une entrée de service en plomb, et l'eau du robinet "
     "peut y dépasser la concentration maximale recommandée par Santé Canada. La Ville "
     "dépiste les entrées en plomb par des prélèvements d'eau potable, remplace à la fois "
     "la partie publique et la partie privée du branchement lors des travaux de rue, et "
     "remet des pichets filtrants aux ménages en attente de remplacement, en priorité ceux "
     "qui comptent des femmes enceintes et des enfants de moins de six ans.",
     ("plomb", "eau potable", "canalisations en plomb", "santé publique", "villes"), ("CA",),
     "2022"),
    ("bj24", "dataset", "es",
     "Plomo en el agua potable de las escuelas públicas de Puerto Rico: muestreo de grifos "
     "y fuentes de agua, 2019-2023",
     "Resultados del muestreo de plomo en grifos de cocina, fuentes de agua para beber y "
     "lavamanos de más de 800 escuelas públicas, tomados a primera hora de la mañana tras "
     "un fin de semana sin uso: concentración por punto de muestreo, año de construcción "
     "del plantel, material de las tuberías y medidas adoptadas (cierre del punto, cambio "
     "de grifos y tuberías de plomo o de soldaduras con plomo, nuevo muestreo). Los "
     "valores altos se concentran en edificios anteriores a 1986, donde niños y niñas "
     "pueden beber agua con plomo varias veces al día.",
     ("plomo", "agua potable", "escuelas", "tuberías de plomo", "salud infantil"), ("PR",),
     "2024"),
    # --- genetically modified sorghum ------------------------------------------------------
    ("bj25", "document", "en",
     "Biofortified GM sorghum in Kenya: summary of the risk assessment for a confined field "
     "trial",
     "The sorghum line was genetically modified to contain more provitamin A and to make "
     "the iron and zinc of the grain easier to absorb, for children who eat sorghum porridge "
     "every day. Because East Africa is a centre of diversity of sorghum, where wild and "
     "weedy sorghums grow beside farmers' fields and cross with the crop, the assessment "
     "published by the national biosafety authority concentrates on gene flow: pollen "
     "dispersal distances, the isolation of the trial plot, the removal of flowering wild "
     "sorghum around it, and what would follow if the traits reached wild relatives or "
     "farmers' own seed.",
     ("genetically modified sorghum", "biofortification", "gene flow", "risk assessment",
      "confined field trials"), ("KE",), "2018"),
    ("bj26", "event", "fr",
     "Atelier : le sorgho génétiquement modifié dans un centre de diversité du sorgho",
     "Le Mali est au cœur de la diversité des sorghos guinea, cultivés par les paysans "
     "depuis des millénaires à côté de sorghos sauvages et adventices avec lesquels ils "
     "s'hybrident. L'atelier réunit à Bamako le comité national de biosécurité, les "
     "chercheurs, les organisations paysannes et les semenciers pour examiner ce que "
     "signifierait l'arrivée de variétés de sorgho génétiquement modifié, biofortifiées ou "
     "résistantes au striga : flux de gènes vers les variétés locales et les formes "
     "sauvages, conservation des semences paysannes, étiquetage et suivi après "
     "dissémination.",
     ("sorgho", "organismes génétiquement modifiés", "flux de gènes", "biosécurité",
      "centres d'origine"), ("ML",), "2024-05"),
    ("bj27", "need", "es",
     "Necesidad: estudios de flujo de genes entre sorgo transgénico y sorgo de Alepo en la "
     "región pampeana",
     "El sorgo de Alepo (Sorghum halepense), maleza perenne que ya ha desarrollado "
     "resistencia al glifosato en buena parte de la región pampeana, puede cruzarse con el "
     "sorgo cultivado. Ante las primeras solicitudes de liberación de sorgo transgénico "
     "tolerante a herbicidas, la autoridad de bioseguridad agropecuaria de la Argentina "
     "solicita apoyo para medir en ensayos de campo la frecuencia de hibridación entre el "
     "cultivo y la maleza, modelar la persistencia del transgén en poblaciones de sorgo de "
     "Alepo y capacitar a sus evaluadores en el análisis de flujo de genes.",
     ("sorgo transgénico", "flujo de genes", "malezas resistentes", "evaluación del riesgo",
      "necesidades"), ("AR",), "2023-10"),
    # --- CCA-treated wood ------------------------------------------------------------------
    ("bj28", "support-source", "en",
     "Offer: identifying and safely disposing of CCA-treated timber in Pacific island "
     "countries",
     "Timber treated with chromated copper arsenate (CCA), a green preservative that "
     "protects wood against termites and rot, is used across the Pacific islands for "
     "houses, power poles, fences and jetties. After cyclones, the debris is often burnt in "
     "the open or used as firewood, leaving ash rich in arsenic and chromium. The regional "
     "waste programme offers national waste officers spot-test kits to tell CCA-treated "
     "wood from untreated wood, training on separating it from other cyclone debris, "
     "guidance on disposal in lined landfill cells and help to draft rules against burning "
     "treated wood.",
     ("CCA-treated wood", "wood preservatives", "arsenic", "hazardous waste", "offers"), (),
     "2024"),
    ("bj29", "document", "fr",
     "Bois traités à l'arséniate de cuivre chromé (CCA) : repérer et éliminer des déchets de "
     "bois dangereux",
     "Le traitement du bois à l'arséniate de cuivre chromé (CCA), qui donne aux bois de "
     "classe 4 leur teinte verdâtre, est interdit depuis 2004 pour les usages en contact "
     "fréquent avec la peau, mais des clôtures, des jeux d'enfants, des terrasses et des "
     "poteaux traités au CCA arrivent aujourd'hui en déchetterie. Le guide explique "
     "pourquoi ces bois, qui contiennent de l'arsenic et du chrome, sont des déchets "
     "dangereux, comment les distinguer des bois traités autrement, pourquoi ils ne doivent "
     "être ni brûlés dans les cheminées ni broyés en paillage ou en panneaux, et vers "
     "quelles installations les diriger.",
     ("arséniate de cuivre chromé", "bois traité", "déchets dangereux", "arsenic",
      "traitement du bois"), ("FR",), "2020"),
    ("bj30", "case-study", "es",
     "Postes de viñedo impregnados con CCA en el valle central de Chile: cuando la leña "
     "envenena",
     "Los viñedos del valle central de Chile se sostienen con millones de postes de pino "
     "impregnados con CCA (arseniato de cobre cromatado), y cada año se reemplazan cientos "
     "de miles. Los postes viejos se regalaban o vendían como leña y se quemaban en estufas "
     "y cocinas a leña de las casas rurales, lo que libera arsénico al humo y deja cenizas "
     "que se echaban a las huertas. El estudio de caso presenta análisis de cenizas y de "
     "suelos en comunas del Maule y O'Higgins, la campaña para que las viñas recojan los "
     "postes retirados y su envío a rellenos de seguridad.",
     ("madera tratada", "CCA", "arsénico", "residuos peligrosos", "viñedos"), ("CL",),
     "2022"),
)  # fmt: skip
