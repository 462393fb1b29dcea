"""Clearing-house records of the hundred-and-sixteenth judged relevance set
(tests/search/relevance/queries116.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: chemicals and contaminated
land pages on cattle tick dips (the former dip sites of north-east New South Wales, with the
arsenic and DDT left in their soil; the bains détiqueurs of the cattle stations of New Caledonia
and the resistance of their ticks to acaricides; a need to clean up the bañaderos garrapaticidas
of northern Uruguay); food safety and trade pages on Datura in grain (the thorn apple, or
jimsonweed, whose seeds poisoned the fortified food aid of Karamoja in Uganda; a French guide to
the datura stramoine, or pomme épineuse, in the fields of maize, sunflower, soya and buckwheat; a
need to take the chamico out of Argentina's export grain); food safety pages on ergot (the
sclerotia in the harvest samples of the Canadian prairies; a journée technique in Limoges on the
ergot du seigle and the new limits for the alcaloïdes d'ergot; a project on the cornezuelo del
sorgo, Claviceps africana, of the seed fields of Tamaulipas and Guanajuato in Mexico); waste pages
on mineral wool (a take-back scheme for the glass wool and stone wool offcuts of British housing
sites; a French guide to the dépose and recycling of the laines minérales, laine de verre and
laine de roche; a need to collect the lana de vidrio and lana de roca of the thermal retrofits of
Chile); energy pages on evaporative coolers (the zeer pots, or pot-in-pot coolers, and the cooling
chambers of the vegetable sellers of Kano and Jigawa in Nigeria; an offer of jarres réfrigérantes,
two canaris one inside the other, for the market gardeners of Mali; a dataset on the coolers, the
enfriadores evaporativos or aire lavado, of the homes of Mexicali and Hermosillo); energy and
forest pages on tobacco curing barns (the flue-curing barns of Malawi's tobacco growers; an offer
of fours à tabac économes en bois for the planters of Boeny in Madagascar; the estufas de curado
of the Virginia tobacco of Jujuy and Salta in Argentina); enforcement and trade pages on copper
cable theft (British guidance on the licensing of scrap metal dealers; a dataset on the vols de
câbles de cuivre on French railways and telecom networks; a need to stop the hurto de cable de
cobre and the quema de cables in Bogotá); waste pages on shellfish shells (the scallop shell heaps
of Hokkaido's Okhotsk coast; a dataset on the coquilles of oysters, mussels, scallops and whelks
in Normandy and Brittany; the conchas de mejillón of the Galician canneries turned into calcium
carbonate); energy and pollution pages on jaggery and panela making (a need for cleaner furnaces
for the kolhus that make gur in western Uttar Pradesh; improved furnaces for the moulins à rapadou
of Haiti's Plateau central; a Colombian guide to the hornillas paneleras of the trapiches and the
llantas burned in them); and occupational health pages on byssinosis (cotton dust and lung
function in the mills of Faisalabad in Pakistan; a need to protect the workers of the usines
d'égrenage du coton of Burkina Faso from byssinose; a jornada técnica on bisinosis in the
hilanderías of Lima). English, French and Spanish, 10 records each, every topic written once in
each language (different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records115.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (cattle dip, dip site, dipping vat, plunge dip, sheep dip, dip
wash, cattle tick, tick fever, Rhipicephalus, Boophilus, tique, bain détiqueur, détiqueur, bain
acaricide, acaricide, garrapata, garrapaticida, bañadero, baño de inmersión, ethion, amitraz,
arsenic, arsénico; datura, stramonium, jimsonweed, thorn apple, stramoine, pomme épineuse,
estramonio, chamico, toloache, floripondio, Brugmansia, tropane, tropano, atropine, scopolamine,
escopolamina, hyoscyamine, Super Cereal, Karamoja, buckwheat, sarrasin; ergot, ergotism,
ergotisme, Claviceps, sclerotia, sclérote, esclerocio, cornezuelo, ergotamine, mal des ardents,
feu de Saint-Antoine, rye, seigle, centeno, triticale, mycotoxin, micotoxina; mineral wool, glass
wool, stone wool, rock wool, laine minérale, laine de verre, laine de roche, lana mineral, lana de
vidrio, lana de roca, fibreglass, fibre de verre, fibra de vidrio, insulation, isolant, aislante;
evaporative, zeer, pot-in-pot, clay pot, desert cooler, swamp cooler, air cooler, cooler,
refroidisseur, jarre, canari, enfriador, aire lavado, botijo, tinaja, cold room, chambre froide,
cámara fría; tobacco, tabac, tabaco, curing, curing barn, flue-cured, Burley, séchoir, four à
tabac, estufa, secadero; cable theft, copper theft, metal theft, scrap metal dealer, scrap dealer,
vol de câbles, cuivre, ferrailleur, robo de cables, hurto, cobre, chatarrería, catalytic
converter; shell waste, shellfish, scallop shell, oyster shell, mussel shell, seashell, coquille,
coquillage, coquille Saint-Jacques, concha, mejillón, vieira, calcium carbonate, carbonato de
calcio; jaggery, gur, panela, trapiche, rapadou, rapadura, piloncillo, chancaca, raspadura,
hornilla, kolhu, non-centrifugal sugar, cane juice, jus de canne, guarapo; byssinosis, byssinose,
bisinosis, brown lung, cotton dust, poussière de coton, polvo de algodón, ginnery, égrenage,
desmotadora, spinning mill, filature, hilandería). Screened and dropped as covered: radioactive
lightning rods (the paratonnerres radioactifs of the orphan source project cd02), chloramines in
indoor swimming pools (cz04-cz06), sulphur in road fuels (cr10-cr12), engine idling (dp07-dp09),
electricity theft (dv13-dv15), GM pollen in honey (dh19-dh21), sprayed dsRNA (bi10-bi12), Bt
resistance management and refuges (dr19-dr21), genetically modified fish (t37-t39), bagasse
cogeneration at sugar mills (cz13-cz15), solar dryers (ef13-ef15), solar ice makers (eh13-eh15),
drug precursor chemicals (cn25-cn27) and candidates with many earlier hits (mothballs, dry
cleaning, nail salons, road salt, plastic pellets, microbeads, sunscreens on reefs, wind turbine
blades, cigarette butts, fish smoking ovens, used clothing, mattresses and the ethylene oxide of
sesame seeds), besides the topics of sets 42 to 115 and those their docstrings list as covered;
screened with no or passing hits but not chosen: single-use gas cylinders (next to the nitrous
oxide canisters that explode in incinerators, cj04-cj06, and the cartouches de gaz of the
mountaineering waste pages), hornless gene-edited cattle (next to the genetically modified
livestock of cl04-cl06), pyrrolizidine alkaloids and litchi encephalopathy (no hit, left for
another set), bitter apricot kernels (no record, but a golden page on hydrogen cyanide names the
pits of apricots), contact lenses in wastewater (no hit) and thunderstorm asthma (no hit,
screened by set 110).

One earlier record is judged 1: the palmyra toddy and neera project of southern Tamil Nadu (bq10),
whose sap is boiled into palm jaggery, the karupatti it helps register as a geographical
indication, judged 1 to the plain English query "jaggery" (and so to the "OR" query that contains
it), but 0 to panela and rapadou, which are cane sugars, and to the needs query. All the other
hits are passing or about other things, judged 0: the sheep dips whose residues are analysed in the
fleece of ep16, the ticks of the Lyme disease pages (bu13-bu15) and the dicofol acaricide of the
citrus growers (be10-be12), no cattle dip; the aflatoxins (t28-t30), the ragweed pages (bq25-bq27)
and the buckwheat of Bhutan (de16-de18), no datura and no ergot; the sheep's wool insulation of
ep16-ep18, the HBCD of polystyrene insulation (t31-t33) and the
asbestos pages, no mineral wool; the solar ice makers (eh13-eh15), the solar dryers (ef13-ef15)
and the air conditioners of the refrigerant pages, no evaporative cooler; the tobacco plants that
host plant-made pharmaceuticals (cl07-cl09) and the hookah smoke pages (dd04-dd06), no curing
barn; the electricity theft pages (dv13-dv15), the cables and batteries burned in La Teja (dx27)
and the orphan radioactive sources found in scrap (cd01-cd03), no cable theft; the oyster reefs
laid on recycled shell (ck13-ck15), the scallops of cu19-cu21, the concha de abanico of Sechura
among them, and the coquilles d'huîtres named as a soil improver by the shellfish farming waste
dataset en14, no shell waste page; the bagasse cogeneration of the sugar mills (cz13-cz15) and
the vinasses of the guildives of Haiti (bj10-bj12), no jaggery or panela; and the silicosis
pages (bh25-bh27) and the alpaca hilanderías of dn09, no byssinosis. No earlier record
names a cattle dip, a datura, ergot, mineral wool, an evaporative cooler, a tobacco curing barn,
the theft of copper cable, the waste of shellfish shells, panela or rapadou, or byssinosis.

records114.py and records115.py (ids ep01..ep30 and eq01..eq30), the most recent earlier files,
were searched like the others: their only hits on this set's words are the sheep dips of ep16,
the copper of the brake pads of ep13, the calcium carbonate filler of the carpets of ep10, the
wool insulation, sous-produits animaux, SANDACH and filatures of ep16-ep18 and the buckwheat
named by the screening list of records115; none of their records answers a query of this set.
records117.py (ids et..), written at the same time by another engineer on biodiversity topics,
is not part of this set's pool, and no query of this set was judged against it.

Traps: the arsenic in groundwater, banana and macadamia farms, new housing and the tick fever
vaccines of er01 (0 to arsenic in drinking water); the cerfs rusa, babésiose, cuirs and creeks of
er02; the baños de ovinos against sarna and piojo, the pozos and tajamares of er03 (0 to sheep
dips); the aflatoxin, HIV, mothers and young children of er04 (0 to aflatoxins); the ambroisie,
the sarrasin, the conserves de haricots and the baby foods of er05 (0 to ragweed and buckwheat);
the pigs and horses, the herbicide-resistant weeds and the cornezuelo of er06 (0 to ergot); the
Fusarium head blight, deoxynivalenol, livestock gangrene and feed limits of er07 (0 to Fusarium);
the vulpins and ray-grass, the trieurs optiques, the meuniers and the datura of er08 (0 to
datura); the mielecilla, the dairy cattle and pigs, the fungicides and the pulgón amarillo of er09
(0 to the sugarcane aphid); the sheep's wool and wood fibre insulation, the plaster, the landfill
tax and the asbestos lagging of er10 (0 to sheep's wool and asbestos); the plaques de plâtre, the
isolants biosourcés and the amiante of er11 (0 to asbestos); the leña, the contaminación del aire,
the microbasurales, the poliestireno expandido and the lana de oveja of er12 (0 to wood smoke,
illegal dumps, polystyrene and sheep's wool); the tomatoes, the solar cold rooms and the potters of
er13 (0 to cold chains); the canaris, which are clay jars and no birds, the briques de banco, the
chambres froides solaires and the machines à glace of er14 (0 to canaries and ice makers); the
minisplits, the refrigerants, the monzón and the moho of er15 (0 to air conditioning and
refrigerants); the miombo woodland, woodlots, burley, child labour and green tobacco sickness of
er16 (0 to child labour and green tobacco sickness); the charbon de bois, eucalyptus and acacias,
pesticides and travail des enfants of er17 (0 to charcoal); the ley de bosques, gas natural,
agroquímicos and trabajo infantil of er18 (0 to native forests); the lead of church roofs, the
manhole covers and the catalytic converters of er19 (0 to catalytic converters); the ferrailleurs,
cimetières and églises of er20; the dioxinas y furanos, the humedales, the recicladores de oficio
and the tapas de alcantarilla of er21 (0 to open burning and dioxins); the gulls, the leachate,
the school chalk and the ropes and baskets of scallop farming of er22 (0 to aquaculture plastic
waste); the sous-produits animaux, the poules pondeuses, the naissain and the poches à huîtres of
er23 (0 to aquaculture plastic waste); the bateas, the SANDACH, the piensos and the cuerdas of
er24 (0 to fallen stock and aquaculture plastics); the tyres, plastic, pollution control board and
sugar mills of er25 (0 to tyre burning and bagasse power); the bœufs of the moulins, the mornes
déboisés, the sirop de canne and the guildives and clairin of er26 (0 to vinasse); the llantas,
the cachaza, the quebradas and the clarificantes of er27 (0 to tyre burning); the noise and
hearing loss, smoking and power looms of er28 (0 to noise); the pesticides du coton, endotoxines
and incendies de balles of er29 (0 to cotton pesticides); and the tintes, dermatitis and ruido de
los telares of er30 (0 to textile dyes and noise). For the country and exclusion queries: er01
names only Australia (New South Wales); er02 only New Caledonia; er03 only Uruguay; er04 only
Uganda; er05 France (the European maximum levels; America as the origin of the weed); er06
Argentina (Mexico named for a local name of the weed); er07 only Canada (medieval Europe in the
history of ergotism); er08 France (the European maximum levels; the Middle Ages); er09 only
Mexico; er10 only the United Kingdom; er11 only France; er12 only Chile; er13 only Nigeria; er14
only Mali; er15 only Mexico; er16 only Malawi; er17 only Madagascar; er18 only Argentina; er19 the
United Kingdom (England and Wales); er20 only France; er21 only Colombia (Bogotá); er22 only
Japan; er23 only France; er24 Spain (Europe as the market of Galician mussels); er25 only India;
er26 only Haiti; er27 only Colombia; er28 only Pakistan; er29 only Burkina Faso; er30 only Peru.

Ids (er01..er30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
eo01..eo30, ep01..ep30, eq01..eq30), and no earlier id starts with "er".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- cattle tick dips ------------------------------------------------------------------------
    ("er01", "dataset", "en",
     "Former cattle tick dip sites of north-east New South Wales: arsenic and DDT in soil, "
     "1990-2024",
     "From the early 1900s, cattle in the tick quarantine area of north-east New South Wales were "
     "driven through plunge dips, concrete baths filled with acaricide, to control the cattle "
     "tick that spreads tick fever. Arsenic was used until 1955, DDT until 1962 and other "
     "chemicals after that, and the used dip wash was often emptied into pits beside the yards. "
     "About 1,600 former dip sites remain, some now under houses, school grounds and banana or "
     "macadamia farms. This dataset, kept by the state agriculture department with the "
     "environment protection authority, gives for each site its location and years of use, the "
     "chemicals used, the soil samples taken around the bath and the disposal pits, the "
     "concentrations of arsenic, DDT and its breakdown products, the fencing, capping or soil "
     "removal carried out and the present land use, including new housing approved after "
     "testing. Arsenic in groundwater and tick fever vaccines are covered elsewhere.",
     ("cattle dip sites", "cattle tick", "arsenic", "DDT", "contaminated land", "datasets"),
     ("AU",), "2024-06"),
    ("er02", "project", "fr",
     "Projet : bains détiqueurs et résistance de la tique du bétail dans les élevages de "
     "Nouvelle-Calédonie",
     "Arrivée en Nouvelle-Calédonie en 1942 avec du bétail importé, la tique du bétail "
     "(Rhipicephalus australis) affaiblit les bovins, abîme les cuirs et transmet la babésiose. "
     "Depuis des décennies, les éleveurs de la côte Ouest font passer leurs animaux dans des "
     "bains détiqueurs, couloirs maçonnés remplis d'une solution acaricide. La tique est devenue "
     "résistante à plusieurs familles de produits, et les bains usés, vidangés dans des fosses "
     "ou dans les creeks, contaminent les sols et les cours d'eau. Ce projet du service "
     "vétérinaire provincial, avec la chambre d'agriculture, un institut de recherche "
     "agronomique et des éleveurs volontaires, teste la résistance des tiques de chaque station, "
     "ajuste la concentration et le rythme des bains, installe des aires de vidange étanches où "
     "les eaux de bain sont traitées avant rejet et apprend aux éleveurs à tenir un carnet de "
     "traitements. Les cerfs rusa, autres hôtes de la tique dans la brousse, relèvent d'un autre "
     "programme.",
     ("bains détiqueurs", "tique du bétail", "acaricides", "élevage bovin", "projets"),
     ("NC",), "2024-03"),
    ("er03", "need", "es",
     "Necesidad: inventariar y sanear los bañaderos garrapaticidas del norte de Uruguay",
     "Al norte del río Negro, donde la garrapata común del bovino es endémica, los "
     "establecimientos ganaderos de Artigas, Rivera, Salto y Tacuarembó bañan el ganado desde "
     "hace un siglo en bañaderos de inmersión, piletas de hormigón por las que los animales pasan "
     "nadando en un baño garrapaticida. Los primeros baños llevaban arsénico y luego "
     "organoclorados; hoy se usan fosforados, amitraz y piretroides, y el baño agotado se vacía "
     "muchas veces en una cañada o en un pozo junto al corral. Muchos bañaderos viejos quedaron "
     "abandonados cerca de viviendas, pozos de agua y tajamares. La dirección de servicios "
     "ganaderos, con la de medio ambiente, la facultad de veterinaria y las sociedades de "
     "fomento rural, solicita apoyo para hacer un inventario georreferenciado, analizar suelos y "
     "aguas alrededor de los bañaderos, construir fosas de evaporación para los baños agotados y "
     "capacitar a los productores. Los baños de ovinos contra la sarna y el piojo se tratan en "
     "otro programa.",
     ("bañaderos garrapaticidas", "garrapata del bovino", "suelos contaminados", "plaguicidas",
      "necesidades"),
     ("UY",), "2024-08"),
    # --- datura in grain and food ----------------------------------------------------------------
    ("er04", "case-study", "en",
     "Poisoned porridge in Karamoja: how Datura seeds got into fortified food aid in 2019",
     "In March 2019 nearly 300 people in the Napak and Amudat districts of Karamoja, in "
     "north-eastern Uganda, fell ill with confusion, hallucinations, dilated pupils and a racing "
     "heart, and five of them died. All had eaten porridge made from a fortified blend of maize "
     "and soya handed out as food aid to mothers, young children and people living with HIV. "
     "Laboratory tests found atropine and scopolamine, the tropane alkaloids of the thorn apple, "
     "or jimsonweed (Datura stramonium), whose seeds had been harvested and milled with the "
     "grain. This case study follows how district health teams recognised the poisoning, how the "
     "suspect batch was withdrawn across the region, and how the supplier, the national bureau "
     "of standards and the food aid agency traced it back to the mill. It draws lessons on weed "
     "control, grain cleaning and the testing of blended foods for alkaloids. Aflatoxin, the "
     "usual worry in these foods, was not involved.",
     ("Datura stramonium", "tropane alkaloids", "food poisoning", "food aid", "case studies"),
     ("UG",), "2023-09"),
    ("er05", "document", "fr",
     "Datura stramoine : guide pour protéger les récoltes de maïs, de tournesol, de soja et de "
     "sarrasin",
     "Le datura stramoine, ou pomme épineuse, une adventice venue d'Amérique, gagne du terrain "
     "dans les parcelles de maïs, de tournesol, de soja, de sorgho et de sarrasin du Sud-Ouest et "
     "de la vallée du Rhône. Toute la plante est toxique, et ses graines, riches en alcaloïdes "
     "tropaniques (atropine et scopolamine), se mêlent facilement au grain récolté ; des "
     "intoxications ont suivi la consommation de farine de sarrasin et de conserves de haricots "
     "contaminées. Les teneurs maximales européennes en alcaloïdes tropaniques du millet, du "
     "sorgho, du sarrasin et des aliments pour nourrissons conduisent les organismes stockeurs à "
     "refuser les lots non conformes. Ce guide, publié par un institut technique des oléagineux "
     "avec les chambres d'agriculture et les coopératives, apprend à reconnaître la plante, à "
     "l'arracher avant la montée en graines, à choisir les désherbages, à nettoyer la "
     "moissonneuse-batteuse entre deux parcelles et à trier les lots. L'ambroisie, autre "
     "adventice surveillée, fait l'objet d'une fiche distincte.",
     ("datura stramoine", "alcaloïdes tropaniques", "adventices", "sécurité des aliments",
      "lignes directrices"),
     ("FR",), "2024-04"),
    ("er06", "need", "es",
     "Necesidad: reducir las semillas de chamico en la soja, el girasol y el maíz de exportación",
     "El chamico (Datura ferox y Datura stramonium), maleza de la familia de las solanáceas que "
     "en México llaman toloache, se extendió por los lotes de soja, girasol, maíz y sorgo de la "
     "región pampeana al volverse resistente a varios herbicidas. Sus semillas, con escopolamina "
     "y otros alcaloides tropánicos, llegan al grano en la cosecha y son difíciles de separar de "
     "la soja. Varios cargamentos fueron observados en los puertos de destino por superar la "
     "tolerancia de semillas tóxicas, y se registran intoxicaciones de cerdos y caballos "
     "alimentados con raciones contaminadas. El servicio nacional de sanidad agroalimentaria, "
     "con las cámaras de acopiadores y exportadores y una estación experimental agropecuaria, "
     "solicita apoyo para equipar laboratorios que midan alcaloides tropánicos, mejorar la "
     "limpieza del grano en las plantas de acopio, capacitar a los productores en el manejo de "
     "malezas y revisar la norma de calidad. El cornezuelo de los cereales de invierno no forma "
     "parte de la solicitud.",
     ("chamico", "alcaloides tropánicos", "malezas", "calidad del grano", "exportaciones",
      "necesidades"),
     ("AR",), "2024-07"),
    # --- ergot -----------------------------------------------------------------------------------
    ("er07", "dataset", "en",
     "Ergot in western Canadian grain: sclerotia in harvest samples of wheat, rye, barley and "
     "triticale, 2005-2024",
     "Ergot, a disease caused by the fungus Claviceps purpurea, replaces kernels in the heads of "
     "rye, triticale, wheat, barley and many wild grasses with hard, dark sclerotia that contain "
     "ergot alkaloids. Eaten by people, they caused the ergotism, or St Anthony's fire, of "
     "medieval Europe; in livestock they cause lameness, gangrene of ears, tails and hooves, "
     "abortion and poor growth. Cool, wet weather at flowering has made ergot more frequent on "
     "the Canadian prairies. This dataset, published by the federal grain quality agency from "
     "the harvest samples that producers send in each autumn, gives for Manitoba, Saskatchewan, "
     "Alberta and the Peace River region the share of samples with ergot, the weight of "
     "sclerotia per sample, the grades lost because ergot exceeded the tolerance and the ergot "
     "alkaloids measured in a subset of samples. The notes explain the grading tolerances and "
     "the limits for livestock feed. Fusarium head blight and deoxynivalenol are reported "
     "separately.",
     ("ergot", "Claviceps purpurea", "ergot alkaloids", "grain quality", "datasets"),
     ("CA",), "2024-11"),
    ("er08", "event", "fr",
     "Journée technique : ergot du seigle et alcaloïdes d'ergot, ce que changent les nouvelles "
     "teneurs maximales",
     "L'ergot du seigle, un champignon (Claviceps purpurea) qui remplace des grains de l'épi par "
     "des sclérotes noirs, n'atteint pas seulement le seigle : le triticale, le blé, l'orge et "
     "les graminées des bords de champs, vulpins et ray-grass, l'hébergent aussi. Responsable au "
     "Moyen Âge du mal des ardents, ou feu de Saint-Antoine, il reste surveillé parce que ses "
     "alcaloïdes passent dans les farines et les aliments du bétail. Les teneurs maximales "
     "européennes en sclérotes et en alcaloïdes d'ergot ont été abaissées en 2022 puis en 2024 "
     "pour les produits de meunerie. Cette journée, organisée à Limoges par la chambre régionale "
     "d'agriculture avec un institut technique des céréales, des meuniers et des coopératives de "
     "collecte, présente les essais de rotation, de labour et d'entretien des bordures, les "
     "trieurs optiques qui éliminent les sclérotes et les analyses d'alcaloïdes que demandent les "
     "meuniers. Les graines de datura, autre contaminant des récoltes, ne sont pas au programme.",
     ("ergot du seigle", "alcaloïdes d'ergot", "céréales", "sécurité des aliments",
      "événements"),
     ("FR",), "2024-10"),
    ("er09", "project", "es",
     "Proyecto: manejo del cornezuelo del sorgo en los campos de semilla de Tamaulipas y "
     "Guanajuato",
     "El cornezuelo o ergot del sorgo, causado por el hongo Claviceps africana, llegó a México "
     "en 1997 y aparece en el norte de Tamaulipas y en el Bajío cuando las noches frescas y "
     "húmedas coinciden con la floración. El hongo infecta las flores no fecundadas, que en "
     "lugar de grano producen una mielecilla pegajosa y esclerocios; la mielecilla entorpece la "
     "trilla, y los esclerocios contienen dihidroergosina, un alcaloide que en el ganado lechero "
     "y en los cerdos reduce el consumo de alimento y la producción de leche. El daño es mayor en "
     "los lotes de semilla híbrida. Este proyecto del instituto nacional de investigaciones "
     "forestales, agrícolas y pecuarias, con las juntas locales de sanidad vegetal y las "
     "empresas semilleras, sincroniza la floración de las líneas, prueba fungicidas y fechas de "
     "siembra, vigila las esporas con trampas y mide los alcaloides del grano destinado a "
     "alimento balanceado. El pulgón amarillo del sorgo tiene su propio programa.",
     ("cornezuelo del sorgo", "Claviceps africana", "semilla de sorgo", "alcaloides",
      "proyectos"),
     ("MX",), "2023-11"),
    # --- mineral wool waste ----------------------------------------------------------------------
    ("er10", "case-study", "en",
     "Offcuts back to the furnace: a take-back scheme for glass wool and stone wool insulation "
     "waste",
     "Mineral wool, the glass wool and stone wool used to insulate lofts, walls and flat roofs, "
     "is light but bulky, and the offcuts and packaging from a housing site fill skips quickly. "
     "For years most of it went to landfill in the United Kingdom, mixed with other construction "
     "waste, and wool stripped out in refurbishment and demolition was rarely kept apart. This "
     "case study describes how two insulation manufacturers, a national housebuilder and a "
     "waste contractor set up a take-back scheme: installers bag clean offcuts on site, the "
     "lorries that deliver new insulation carry the bags back, and the factories remelt glass "
     "wool in the furnace or press stone wool into briquettes for the cupola. It reports the "
     "tonnes recovered, the landfill tax saved, the contamination with plaster, timber and wet "
     "wool, and the skin irritation installers reported. Sheep's wool and wood fibre insulation "
     "are mentioned only in passing, and asbestos lagging found in demolition follows separate "
     "rules.",
     ("mineral wool", "glass wool", "stone wool", "construction waste", "take-back schemes",
      "case studies"),
     ("GB",), "2024-02"),
    ("er11", "document", "fr",
     "Déchets de laines minérales : guide de dépose, de tri et de recyclage pour les chantiers du "
     "bâtiment",
     "La laine de verre et la laine de roche isolent la plupart des combles, des murs et des "
     "toitures-terrasses en France, et les chantiers de rénovation énergétique en arrachent "
     "chaque année des centaines de milliers de mètres cubes. Ces déchets légers mais très "
     "volumineux finissent encore souvent en installation de stockage, alors que la filière à "
     "responsabilité élargie des producteurs des matériaux de construction finance désormais "
     "leur reprise. Ce guide, rédigé par l'organisme de prévention du bâtiment avec les "
     "fabricants d'isolants et une fédération d'artisans, explique comment déposer les laines "
     "minérales sans soulever de poussière (masque, gants, manches longues, aspiration plutôt "
     "que balayage), les ensacher ou les compacter, les séparer des plaques de plâtre et des "
     "rails métalliques, et les apporter en point de reprise pour qu'elles soient refondues en "
     "laine neuve. Il rappelle que les laines posées avant 2000 peuvent contenir des fibres plus "
     "biopersistantes. Les isolants biosourcés et l'amiante font l'objet d'autres guides.",
     ("laines minérales", "laine de verre", "laine de roche", "déchets du bâtiment",
      "lignes directrices"),
     ("FR",), "2024-05"),
    ("er12", "need", "es",
     "Necesidad: recoger y reciclar la lana de vidrio y la lana de roca de las obras de "
     "reacondicionamiento térmico",
     "Con los programas de reacondicionamiento térmico de viviendas, la lana de vidrio y la lana "
     "mineral, o lana de roca, son los aislantes más usados en los entretechos y muros de "
     "Santiago, Temuco y Coyhaique, ciudades que buscan así reducir el consumo de leña y la "
     "contaminación del aire. Los recortes de obra y la lana retirada de casas antiguas se "
     "mezclan con los escombros y terminan en microbasurales, donde el viento las dispersa y su "
     "fibra irrita la piel, los ojos y las vías respiratorias. El ministerio del medio ambiente, "
     "con la cámara de la construcción, dos fabricantes de aislantes y varios municipios, "
     "solicita apoyo para organizar la recolección de estos residuos de construcción y "
     "demolición, probar su reciclaje en nuevas fibras o paneles y capacitar a los instaladores "
     "en el uso de protección. El poliestireno expandido y la lana de oveja, también usados como "
     "aislantes, no forman parte de la solicitud.",
     ("lana mineral", "lana de vidrio", "lana de roca", "residuos de construcción",
      "necesidades"),
     ("CL",), "2024-09"),
    # --- evaporative coolers ---------------------------------------------------------------------
    ("er13", "project", "en",
     "Zeer pots and evaporative cooling chambers for vegetable sellers in Kano and Jigawa",
     "In northern Nigeria, tomatoes, peppers, okra and leafy vegetables often rot within two or "
     "three days in the heat of the markets, and farmers and traders have no electricity to run "
     "a refrigerator. A zeer pot, or pot-in-pot cooler, keeps them fresh for up to three weeks: a "
     "smaller clay pot sits inside a larger one, the gap is filled with wet sand, and as the "
     "water evaporates through the outer wall it draws heat from the inner pot. Larger "
     "evaporative cooling chambers, two brick walls with wet sand between them, serve groups of "
     "farmers. This project of a state agricultural development programme, a university "
     "department of agricultural engineering and local potters makes and distributes zeer pots, "
     "builds cooling chambers near markets, trains women traders to keep the sand moist and "
     "measures temperature, humidity, water use and the share of produce sold instead of thrown "
     "away. Solar cold rooms were costed for the larger markets and judged too expensive.",
     ("zeer pots", "evaporative cooling", "post-harvest losses", "off-grid cooling", "projects"),
     ("NG",), "2024-04"),
    ("er14", "support-source", "fr",
     "Offre : jarres réfrigérantes et chambres de refroidissement par évaporation pour les "
     "maraîchères du Mali",
     "Autour de Bamako, de Kati et de Ségou, les maraîchères perdent une grande partie de leurs "
     "tomates, salades, aubergines et oignons verts entre la récolte et la vente, faute de "
     "froid. Une association de potières, appuyée par une ONG d'énergie rurale, offre aux "
     "groupements de productrices et aux coopératives maraîchères des jarres réfrigérantes : "
     "deux canaris de terre cuite emboîtés, séparés par du sable humide et couverts d'un linge "
     "mouillé, dont l'évaporation abaisse la température de plus de dix degrés sans électricité. "
     "Pour les groupements plus grands, l'offre comprend la construction de chambres de "
     "refroidissement en briques de banco à double paroi remplie de sable, arrosées deux fois par "
     "jour et placées à l'ombre près des marchés. Elle couvre la fabrication, le transport, la "
     "formation à l'entretien et le suivi des pertes pendant deux saisons. Les chambres froides "
     "solaires et les machines à glace relèvent d'autres programmes.",
     ("jarres réfrigérantes", "refroidissement par évaporation", "maraîchage",
      "pertes après récolte", "offres"),
     ("ML",), "2024-01"),
    ("er15", "dataset", "es",
     "Enfriadores evaporativos en las viviendas de Mexicali y Hermosillo: electricidad, agua y "
     "confort, 2019-2024",
     "En el noroeste de México, donde el verano pasa con frecuencia de 45 °C, muchas familias "
     "refrescan la casa con un cooler, como se llama allí al enfriador evaporativo o aire lavado: "
     "un ventilador que hace pasar el aire caliente y seco por paneles de fibra mojados y que "
     "gasta mucha menos electricidad que un minisplit de aire acondicionado. Este conjunto de "
     "datos, reunido por una universidad estatal con la empresa eléctrica y los organismos de "
     "agua de Mexicali y Hermosillo, da para cientos de viviendas el tipo de equipo, el consumo "
     "eléctrico mensual, el agua evaporada, la temperatura y la humedad interiores hora por "
     "hora, y las horas en que el enfriador deja de ser eficaz en la temporada de lluvias del "
     "monzón, cuando sube la humedad. Incluye una encuesta sobre el mantenimiento, el moho y el "
     "cambio a minisplits. Los refrigerantes de los minisplits se tratan en otro conjunto de "
     "datos.",
     ("enfriadores evaporativos", "aire lavado", "eficiencia energética", "vivienda", "datos"),
     ("MX",), "2024-12"),
    # --- tobacco curing barns --------------------------------------------------------------------
    ("er16", "project", "en",
     "Less firewood per kilo: efficient curing barns for flue-cured tobacco growers in Malawi",
     "Flue-cured, or Virginia, tobacco is dried for about a week in barns heated by wood-fired "
     "furnaces, and in Malawi's central region most of that wood comes from miombo woodland: a "
     "smallholder barn can burn several cubic metres of wood for a few hundred kilograms of cured "
     "leaf. This project of the national tobacco research institute, the forestry department and "
     "leaf-buying companies replaces old mud barns, whose open furnaces and leaky walls and roofs "
     "waste most of the heat, with improved barns that have insulated walls, a rocket-style "
     "furnace, metal flues and better loading racks. It sets up woodlots of fast-growing trees "
     "for each growers' club, trains barn builders and curers, and measures the wood used per "
     "kilogram of leaf, the grades obtained on the auction floors and the smoke inside the "
     "barns. Burley tobacco, which is air-cured in sheds without fuel, is not covered, nor are "
     "child labour and green tobacco sickness, which other programmes address.",
     ("tobacco curing barns", "flue-cured tobacco", "firewood", "deforestation", "projects"),
     ("MW",), "2023-12"),
    ("er17", "support-source", "fr",
     "Offre : fours à tabac économes en bois et formation au séchage pour les planteurs de la "
     "région Boeny",
     "Dans les régions de Boeny et de Betsiboka, à Madagascar, de petits planteurs cultivent du "
     "tabac de Virginie sous contrat et le sèchent dans des fours à tabac, cases de briques où "
     "la chaleur d'un foyer alimenté au bois circule dans des conduits pendant six à sept jours. "
     "Les foyers ouverts et les murs mal jointoyés gaspillent l'essentiel du bois, coupé dans "
     "des forêts sèches déjà entamées par le charbon de bois. Un centre de recherche agronomique, "
     "avec une ONG d'énergie domestique, offre aux associations de planteurs la transformation "
     "de leurs fours : foyer fermé à grille, conduits métalliques, isolation des murs et du toit, "
     "thermomètres pour suivre la courbe de séchage, et la formation de maçons et de sécheurs. "
     "L'offre comprend aussi des plants d'eucalyptus et d'acacias pour des boisements villageois "
     "et le suivi du bois consommé par kilo de feuilles séchées. Les pesticides du tabac et le "
     "travail des enfants ne sont pas concernés.",
     ("séchage du tabac", "fours à tabac", "bois de feu", "déforestation", "offres"),
     ("MG",), "2024-06"),
    ("er18", "case-study", "es",
     "Estufas de curado del tabaco Virginia en Jujuy y Salta: de la leña del monte a la biomasa",
     "En los valles de Jujuy y Salta, el tabaco Virginia se cura durante seis o siete días en "
     "estufas, galpones cerrados donde un horno hace circular aire caliente entre las hojas "
     "colgadas. Las fincas conectadas a la red queman gas natural, pero muchas otras usan leña "
     "del monte chaqueño y de las yungas, lo que choca con la ley de protección de los bosques "
     "nativos, y el combustible pesa cada vez más en el costo de la campaña. Este estudio de caso "
     "sigue a un grupo de productores, una cooperativa tabacalera y la estación experimental "
     "agropecuaria de la zona, que reemplazaron hornos viejos por estufas de aire forzado con "
     "quemadores de biomasa, alimentados con chips de poda y leña de bosques implantados. "
     "Compara el combustible por kilo de tabaco curado, la calidad de la hoja y los costos. Los "
     "agroquímicos de los tabacales y el trabajo infantil en la cosecha no se tratan aquí.",
     ("curado del tabaco", "estufas de curado", "leña", "biomasa", "estudios de caso"),
     ("AR",), "2024-02"),
    # --- copper cable theft ----------------------------------------------------------------------
    ("er19", "document", "en",
     "Tackling metal theft: guidance for councils and police on licensing scrap metal dealers",
     "Copper cable stolen from railway signalling, telephone lines and electricity substations "
     "can stop trains for hours, cut off homes and emergency calls, and kill thieves who cut into "
     "live cables. Lead from church roofs and cast-iron manhole covers follow the same route, to "
     "a scrap yard that pays cash and asks no questions. Since the Scrap Metal Dealers Act of "
     "2013, every scrap yard and mobile collector in England and Wales needs a council licence, "
     "must check the identity of sellers, record every purchase and pay only by bank transfer "
     "or cheque. This guidance, prepared by the local government association with the national "
     "police lead on metal crime, the rail infrastructure manager and the recycling industry, "
     "explains how councils assess applicants, how police and council officers inspect yards "
     "together, how stolen cable is recognised by its markings, forensic coding and burnt "
     "insulation, and which penalties apply. The theft of catalytic converters is discussed in "
     "an annex.",
     ("metal theft", "cable theft", "scrap metal dealers", "licensing", "guidance"),
     ("GB",), "2023-07"),
    ("er20", "dataset", "fr",
     "Vols de câbles de cuivre sur les voies ferrées et les réseaux télécoms : incidents, retards "
     "et coûts, 2015-2024",
     "Quand le cours du cuivre monte, les vols de câbles se multiplient le long des voies "
     "ferrées, dans les chambres télécoms et sur les chantiers de réseaux électriques : quelques "
     "dizaines de mètres de câble arrachés la nuit suffisent à bloquer la signalisation d'une "
     "ligne ou à couper l'internet et le téléphone d'un village. Ce jeu de données, publié par "
     "le gestionnaire du réseau ferré avec un opérateur de télécommunications, l'office central "
     "de lutte contre la délinquance itinérante et la gendarmerie, donne par année et par "
     "région le nombre de vols, les kilomètres de câble volés, les trains touchés et les minutes "
     "de retard, les abonnés privés de service, le coût des réparations, les interpellations et "
     "les contrôles menés chez les ferrailleurs. Il montre les effets du marquage des câbles, de "
     "la vidéosurveillance et de l'interdiction du paiement en espèces des métaux. Les vols de "
     "métaux dans les cimetières et les églises ne sont pas comptés.",
     ("vols de câbles", "cuivre", "réseau ferroviaire", "télécommunications", "données"),
     ("FR",), "2024-09"),
    ("er21", "need", "es",
     "Necesidad: frenar el hurto de cable de cobre y la quema de cables en Bogotá",
     "En Bogotá, el hurto de cable de cobre deja cada año sin luz a barrios enteros, apaga "
     "semáforos y alumbrado público, corta líneas telefónicas y daña las redes de transporte. El "
     "cable robado se quema a menudo en lotes baldíos y en las orillas de los humedales para "
     "quitarle el aislante de PVC y venderlo limpio en las chatarrerías, y el humo negro, cargado "
     "de dioxinas y furanos, afecta a los vecinos. La secretaría de seguridad, con la de "
     "ambiente, la empresa de energía, las empresas de telecomunicaciones y la policía, solicita "
     "apoyo para georreferenciar los puntos de hurto y de quema, implantar el marcado del cable, "
     "crear un registro obligatorio de compradores de chatarra con la trazabilidad de cada "
     "compra, capacitar a los inspectores y ofrecer a los recicladores de oficio una forma legal "
     "de pelar cables sin quemarlos. El robo de tapas de alcantarilla, que también termina en "
     "las chatarrerías, se trata aparte.",
     ("hurto de cables", "cobre", "chatarrerías", "quema de cables", "necesidades"),
     ("CO",), "2024-05"),
    # --- shellfish shell waste -------------------------------------------------------------------
    ("er22", "project", "en",
     "From shell heaps to soil and chalk: using the scallop shells of Hokkaido's Okhotsk coast",
     "The towns of Hokkaido's Okhotsk coast land most of Japan's ranched scallops, and the "
     "processing plants that take out the adductor muscle leave some 200,000 tonnes of shells a "
     "year. For decades the shells were piled in open yards, where the remains of flesh rotted, "
     "drew gulls and flies, smelled for kilometres and leached salty, nutrient-rich water "
     "towards streams and wells. This project of the fisheries cooperatives, the prefectural "
     "industrial research institute and local manufacturers washes the shells and grinds them "
     "into calcium carbonate for liming acid farm soils and making school chalk, calcines part "
     "of them into a calcium oxide powder used as a food-safe antibacterial agent, and mixes "
     "crushed shell into road base and drainage fill. It measures the tonnes taken off the "
     "heaps, the leachate and odours near the old yards and the cost of each use. Ropes and "
     "baskets from scallop farming are collected separately.",
     ("shell waste", "scallop shells", "fish processing waste", "calcium carbonate",
      "projects"),
     ("JP",), "2024-03"),
    ("er23", "dataset", "fr",
     "Coquilles de coquillages : gisements et valorisation en Normandie et en Bretagne, "
     "2016-2024",
     "Huîtres, moules, coquilles Saint-Jacques, bulots et pétoncles : la Normandie et la "
     "Bretagne produisent chaque année des dizaines de milliers de tonnes de coquilles vides "
     "dans les ateliers de décorticage, les conserveries, les restaurants et les poubelles des "
     "ménages. Mêlées aux ordures, elles alourdissent les collectes et partent en incinération ; "
     "restées dans les ateliers avec des restes de chair, elles relèvent des sous-produits "
     "animaux. Ce jeu de données, établi par un observatoire régional des déchets avec les "
     "comités régionaux de la conchyliculture et des pêches, donne par année et par département "
     "les tonnages de coquilles produits, collectés à part, valorisés et éliminés, et leurs "
     "débouchés : amendement calcaire des sols, grit pour les poules pondeuses, granulats pour "
     "les chemins et les bétons, support de fixation du naissain. Il recense les points de "
     "collecte installés chez les écaillers et les restaurateurs. Les poches à huîtres, les "
     "cordages et les autres déchets plastiques conchylicoles ne sont pas comptés.",
     ("coquilles", "coquillages", "valorisation des déchets", "sous-produits animaux",
      "données"),
     ("FR",), "2024-08"),
    ("er24", "case-study", "es",
     "Conchas de mejillón de las conserveras gallegas: del vertedero al carbonato cálcico",
     "Galicia cultiva en las bateas de sus rías la mayor parte del mejillón de Europa, y sus "
     "cocederos y conserveras generan cada año decenas de miles de toneladas de conchas. Durante "
     "años se amontonaron junto a las fábricas o se llevaron a vertedero, con malos olores, "
     "lixiviados y quejas vecinales, pues con restos de carne son un subproducto animal no "
     "destinado al consumo humano, un SANDACH de categoría 3. Este estudio de caso sigue a una "
     "planta de valorización de la ría de Arousa que recibe las conchas de varias conserveras, "
     "las lava, las calcina para eliminar la materia orgánica y las muele en carbonato cálcico "
     "para encalar suelos ácidos, fabricar piensos para gallinas y sustituir áridos en morteros. "
     "Presenta los costes, la autorización como SANDACH, los problemas con la sal y las "
     "toneladas que dejaron de ir a vertedero. Las cuerdas de las bateas y los plásticos de la "
     "acuicultura no se tratan.",
     ("conchas de mejillón", "residuos de la conserva", "carbonato cálcico", "SANDACH",
      "estudios de caso"),
     ("ES",), "2023-10"),
    # --- jaggery and panela furnaces -------------------------------------------------------------
    ("er25", "need", "en",
     "Need: cleaner furnaces for the jaggery units of Muzaffarnagar and western Uttar Pradesh",
     "Each winter, several thousand small jaggery units, known locally as kolhus, crush "
     "sugarcane in western Uttar Pradesh and boil the juice in open pans over long furnaces until "
     "it sets into gur. The dried bagasse left by the crusher should be enough to fire the "
     "furnace, but many units burn wet bagasse with wood, old tyres, plastic and rubber waste, "
     "and dense black smoke lies over the villages around Muzaffarnagar and Shamli. The state "
     "pollution control board has sealed units found burning waste. The district "
     "administration, with an agricultural university, a sugarcane research institute and an "
     "association of jaggery makers, asks for support to build and test improved furnaces with a "
     "chimney, a grate, a flue-gas path under all the pans and a shed to dry bagasse, to train "
     "furnace masons, to check that the jaggery is clarified with safe agents and to offer "
     "low-interest loans. The large sugar mills and their bagasse power plants are not covered.",
     ("jaggery", "gur", "furnaces", "air pollution", "needs"),
     ("IN",), "2024-01"),
    ("er26", "project", "fr",
     "Projet : fours améliorés et bagasse sèche pour les moulins à rapadou du Plateau central",
     "En Haïti, le rapadou, pain de sucre de canne non raffiné, se fabrique dans de petits "
     "moulins où la canne est broyée par des bœufs ou un moteur, puis le jus est cuit dans une "
     "série de chaudières posées sur un four en maçonnerie et coulé dans des moules de feuilles "
     "de palmier. Les fours traditionnels, mal fermés, brûlent une bagasse encore humide et "
     "beaucoup de bois, coupé sur des mornes déjà déboisés. Ce projet, mené à Hinche et à "
     "Mirebalais par une organisation paysanne avec un centre de formation technique et une "
     "agence de développement, construit des fours à trois chaudières avec cheminée et "
     "récupération de la chaleur des fumées et des hangars pour sécher la bagasse, et forme les "
     "maîtres-fourniers. Il mesure le bois évité, le rendement en rapadou et le temps de "
     "cuisson, et aide à vendre le rapadou et le sirop de canne à Port-au-Prince. Les guildives "
     "qui distillent le clairin ne sont pas concernées.",
     ("rapadou", "sucre de canne", "fours améliorés", "bois de feu", "projets"),
     ("HT",), "2024-07"),
    ("er27", "document", "es",
     "Guía para mejorar las hornillas paneleras y dejar de quemar llantas en los trapiches",
     "Colombia es uno de los mayores productores de panela del mundo, y miles de trapiches de la "
     "Hoya del río Suárez, Cundinamarca, Antioquia y Nariño muelen caña y evaporan el jugo en "
     "pailas calentadas por una hornilla. Cuando la hornilla está mal diseñada o el bagazo se "
     "quema húmedo, el calor no alcanza y muchos trapiches completan con leña, llantas usadas, "
     "plásticos y caucho, cuyo humo negro afecta a los trabajadores y a las veredas. Esta guía, "
     "preparada por la corporación autónoma regional con la federación de productores de panela "
     "y la corporación de investigación agropecuaria, explica cómo rediseñar la hornilla con una "
     "cámara de combustión, parrilla, ducto de humos y chimenea adecuados, cómo construir "
     "bagaceras para secar el bagazo, cómo medir el consumo de combustible y qué sanciones aplica "
     "la autoridad ambiental. Recuerda también que la cachaza y las aguas de lavado no deben ir a "
     "las quebradas. Los clarificantes químicos prohibidos se tratan en otra guía.",
     ("panela", "trapiches", "hornillas paneleras", "quema de llantas", "guías"),
     ("CO",), "2023-08"),
    # --- byssinosis ------------------------------------------------------------------------------
    ("er28", "dataset", "en",
     "Byssinosis and cotton dust in the spinning and weaving mills of Faisalabad, 2015-2024",
     "Byssinosis, sometimes called brown lung, is a lung disease of people who breathe the dust "
     "of raw cotton, flax or hemp: at first workers feel chest tightness and breathlessness on "
     "the first day back at work after the weekend, and years of exposure can leave a permanent "
     "loss of lung function. Faisalabad, Pakistan's main textile city, has hundreds of spinning "
     "and weaving mills and many power-loom sheds where dust is rarely measured. This dataset, "
     "compiled by a public health university with the provincial labour department and workers' "
     "organisations, gives the cotton dust concentrations in the blowing, carding, spinning and "
     "weaving rooms of a sample of mills, and for more than 3,000 workers their job, years of "
     "work, smoking, symptoms and lung function before and after a shift. It shows how the "
     "prevalence of byssinosis differs by department, mill size and dust extraction. Noise and "
     "hearing loss, measured in the same mills, are published separately.",
     ("byssinosis", "cotton dust", "occupational lung disease", "textile workers", "datasets"),
     ("PK",), "2024-10"),
    ("er29", "need", "fr",
     "Besoin : protéger les travailleurs des usines d'égrenage du coton contre la byssinose",
     "Au Burkina Faso, les usines d'égrenage de Bobo-Dioulasso, de Houndé, de Koudougou et de "
     "Fada N'Gourma séparent à chaque campagne la fibre des graines de centaines de milliers de "
     "tonnes de coton graine. Les manœuvres saisonniers qui déchargent les camions, alimentent "
     "les égreneuses et pressent les balles respirent des poussières de coton chargées de débris "
     "végétaux et d'endotoxines, souvent sans masque : oppression thoracique le premier jour de "
     "la semaine, toux et essoufflement sont fréquents, et des cas de byssinose ont été décrits "
     "par les services de santé au travail. La société cotonnière, avec la caisse de sécurité "
     "sociale, un service universitaire de pneumologie et les syndicats, demande un appui pour "
     "mesurer les poussières poste par poste, installer des captages et une ventilation dans les "
     "salles d'égrenage, fournir des masques adaptés, organiser un suivi par spirométrie et "
     "former les médecins du travail. Les pesticides du coton et les incendies de balles relèvent "
     "d'autres plans.",
     ("byssinose", "poussières de coton", "égrenage", "santé au travail", "besoins"),
     ("BF",), "2024-02"),
    ("er30", "event", "es",
     "Jornada técnica: bisinosis y polvo de algodón en las hilanderías y tejedurías de Lima",
     "El Perú hila y teje algodón Pima y Tangüis en decenas de plantas textiles de Lima y el "
     "Callao y en talleres más pequeños. En las salas de apertura, cardado e hilatura, el polvo "
     "de algodón puede superar los límites de exposición, y la bisinosis, enfermedad pulmonar "
     "que empieza con opresión en el pecho el primer día de la semana laboral, casi nunca se "
     "diagnostica ni se notifica como enfermedad profesional. Esta jornada técnica, organizada en "
     "Lima por el ministerio de trabajo con el centro nacional de salud ocupacional, la sociedad "
     "de neumología, las asociaciones de la industria textil y los sindicatos, presenta las "
     "mediciones de polvo hechas en doce plantas, los resultados de espirometrías antes y "
     "después del turno, las buenas prácticas de extracción localizada y humidificación, y la "
     "forma de reconocer la enfermedad en el seguro de riesgos del trabajo. Una sesión trata la "
     "dermatitis por tintes; el ruido de los telares queda para otra jornada.",
     ("bisinosis", "polvo de algodón", "industria textil", "salud ocupacional", "eventos"),
     ("PE",), "2024-11"),
)  # fmt: skip
