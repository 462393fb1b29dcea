"""Clearing-house records of the hundred-and-sixty-eighth judged relevance set
(tests/search/relevance/queries168.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: food and microalgae pages on
spirulina (a project of village spirulina farms run by women's self-help groups for child nutrition
in Madurai district, India; a case study of the dihé, the spiruline that the Kanembu women harvest
in the ouaddis around the lac Tchad, Chad; a guía, a document, for small producers of espirulina in
Mexico, which recalls the tecuitlatl of the lago de Texcoco); maize disease pages on tar spot (a
dataset of the county detections of tar spot of corn in the Corn Belt of the United States; a guide,
a document, to the tache goudronneuse du maïs in Québec, Canada; a need for surveillance and
tolerant seed against the mancha de asfalto of the maize of Petén, Alta Verapaz and Izabal,
Guatemala); parasitic weed pages on broomrape (a case study of branched broomrape in the Murray
Mallee of South Australia, Australia, from eradication to containment; a need against the orobanche
of the fève in the north of Tunisia; a dataset of the jopo del girasol and its races in the campiña
of Andalusia, Spain); bee health pages on the small hive beetle (a webinar, an event, on ten years
of Aethina tumida in Calabria, Italy; a project of sentinel apiaries against the petit coléoptère
des ruches in France; a guía, a document, on the pequeño escarabajo de la colmena in the apiaries of
the Yucatán peninsula, Mexico); livestock parasite pages on liver fluke (a dataset of the liver
fluke findings of meat plants and of the fluke forecast of Ireland; an offer, a support source, of
screening for the grande douve in the dairy herds of the cantons of Jura and Fribourg, Switzerland;
a project against the alicuya, the fasciolosis of the dairy cattle of Cajamarca, Peru); vegetable
crop pages on chayote (a need of the cho-cho farmers of the hills of Jamaica; the journée technique,
an event, of the fête du chouchou, the christophine, of the cirque de Salazie, La Réunion; a case
study of the chayote of the valle de Ujarrás, Costa Rica, from the family plot to export); farm
forestry pages on paulownia (a need for certified seedlings and timber buyers for the paulownia
woodlots of eastern Kenya; a guide, a document, on planting paulownia in France before investing; a
dataset of the growth plots and wood trials of the kiri of north-eastern Argentina); fishing gear
pages on trammel nets (a dataset of the trammel nets of the small-scale fisheries of the Aegean
coast of Türkiye; a need for more selective filets trémails on the Mediterranean coast of Morocco;
jornadas, an event, on the trasmallo, called miño, of the artes menores fleet of Galicia, Spain);
soil fertility pages on vermicompost (an offer, a support source, of African nightcrawler worms and
vermicomposting training in Negros Occidental, the Philippines; a project of lombricompostage for
the market gardeners of the Niayes, Senegal; a case study of the lombricultura and the humus de
lombriz of the organopónicos of La Habana, Cuba); and food safety and trade pages on food
irradiation (a case study of the phytosanitary irradiation of Pakistan's mango exports; a fiche, a
document, on the ionisation des denrées alimentaires in Belgium; a need to assess irradiation as a
quarantine treatment for the export fruit of Chile). English, French and Spanish, 10 records each,
every topic written once in each language (different countries, projects and angles, not
translations of one text).

None of records.py, records3.py, ..., records165.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (spirulina, spiruline, espirulina, Arthrospira, dihé,
tecuitlatl, microalgae, microalgue, microalga, blue-green, bleu-vert, cyanobacteria, cyanobactérie,
cianobacteria, phycocyanin, chlorella, Kanem, Texcoco, lac Tchad, Lake Chad; tar spot, tache
goudronneuse, mancha de asfalto, Phyllachora, corn, maize, maïs, maíz, gray leaf spot,
helminthosporiose, Corn Belt; broomrape, orobanche, jopo, Orobanche, Phelipanche, parasitic plant,
plante parasite, planta parásita, parasitic weed, witchweed, Striga, dodder, cuscute, sunflower,
tournesol, girasol; small hive beetle, Aethina, petit coléoptère des ruches, pequeño escarabajo de
la colmena, beehive, ruche, colmena, apiary, rucher, apiario, beekeeping, apiculture, apicultura,
varroa, foulbrood, loque; liver fluke, fluke, Fasciola, fasciolosis, fasciolose, douve, distomatose,
distomatosis, duela, alicuya, saguaipé, Lymnaea, limnée, triclabendazole, paramphistome; chayote,
chayotte, christophine, chouchou, güisquil, huisquil, tayota, guatila, cayota, chuchu, choko,
cho-cho, Sechium, Salazie, Ujarrás; paulownia, kiri, empress tree, princess tree, arbre impérial,
Cotevisa, fast-growing, croissance rapide, crecimiento rápido; trammel, trémail, tramail, trasmallo,
miño, gillnet, filet maillant, red de enmalle, set net, filet calé, petits métiers, artes menores;
vermicompost, vermicomposting, vermicast, lombricompost, lombricompostage, vermicompostage,
lombricultura, lombricompuesto, humus de lombriz, lombriz, lombric, earthworm, Eisenia, Eudrilus,
nightcrawler, red wiggler, worm farm, organopónico; food irradiation, irradiation, irradiación,
ionisation, ionising, ionizing, rayonnements ionisants, radiación ionizante, Radura, cobalt-60,
gamma, electron beam, faisceau d'électrons, haz de electrones, rayos X). Screened and dropped as
covered: palm wine (bq10-bq12), the queen conch (bc01-bc03), animal traction (the horse logging
pages da19-da21, dropped by records120 and records148), the dorado or mahi-mahi (the histamine field
day ew30 and the perico longliners of l03, dropped by records148), sharka (ef25-ef27), pine nuts
(bo04-bo06), the Asian hornet (bd28-bd30), the lethal yellowing of coconut palms (co12), Panama
disease (bg13-bg15), sandalwood (ba25-ba27), agarwood (i01-i03), kelp harvesting (the forêts de
laminaires, their goémoniers and the bosques de huiro of y13-y15), lionfish (the pez león of n31),
shifting cultivation (bo10-bo12), edible insects (the edible caterpillars br10-br12), Merino sheep
(the footrot guide for Merino farmers gc25 and the Merino flocks of gc27), the decline of holm and
cork oaks (the seca of y24 and fa21), stone bunds and half-moons (l13-l15) and alpacas (bu27, cc24),
besides the topics of sets 42 to 165 and those their docstrings list as covered; screened with no or
passing hits but not chosen: soursop and pitahaya (no hit, but two more fruit crops beside the
chayote of this set), cage-free laying hens (no hit bar the grit for poules pondeuses of the shell
waste page er23), the codling moth (named in passing by cq22, gc13, gc15 and the lead arsenate pages
ge22-ge24), esca and the grapevine trunk diseases (named in passing by fu05), macadamia (named in
passing by er01), litchi (named only by the screening list of records116), the farming of sea bream
and sea bass (named in passing by ei27 and cu30, and near the cage fish farming screened by set
136), Brachiaria (named by the Napier grass pages fm10 and fm11 and the guinea pig page cc20), land
grabbing (named in passing by j20, cc06 and the jatropha page dd13), ochratoxin A (named in passing
by fk01), trichinellosis (screened by sets 132, 136 and 148) and iodised salt (screened by set 132).

One earlier record is judged relevant in part (1): the guide to growing grass pea in the semi-arid
zones of Morocco (fm05), which describes, with the varieties, the sowing dates, the harvest and the
storage of the grain, "la lutte contre l'orobanche": it names broomrape control as one of the things
the guide deals with, among several, as the Montréal community gardens event ci29 named the Japanese
beetle for set 164, and is judged 1 to the broomrape queries that do not restrict it away
(broomrape, orobanche, jopo and "jopo -España", Morocco not being Spain), and 0 to the queries that
ask for needs, for the broomrape of sunflowers or for Phelipanche ramosa. Every other hit is passing
or about another thing, judged 0. No earlier record names spirulina: the harmful algal bloom and
cyanobacteria pages (w40-w42), the azolla pages and their cyanobacterium Anabaena (fe19-fe21), the
stromatolites built by cyanobacteria (dg28-dg30), the algues bleu-vert of the phosphate-free
detergent page eb05, the didymo, a microalga (ei03), the ciguatera microalga Gambierdiscus (cv04,
cv05), the microalgae grown to feed larvae in ds03, the Lake Chad Basin water charter (r04), the
fonio grown as far as Lake Chad (cs16), the herders of Kanem of the animal health page gg20 and the
Christmas trees of Texcoco (ec09) are other things. No earlier record names tar spot: the fall
armyworm pages (u10-u12), the maize lethal necrosis pages (fq01-fq03), the larger grain borer pages
(gc22-gc24), the aflatoxin pages (t28-t30), the GM maize pages (c8, bd22-bd24), the atrazine pages
(bg04-bg06), the milpa guide bo12, the Datura in maize and sunflower (er04-er06), the wheat rusts
and the coffee leaf rust pages are other things. Besides fm05, no earlier record names broomrape:
the striga, a witchweed, against which the GM sorghum of the workshop bj26 is bred, the mistletoe
and Rafflesia pages of records57 and records119, parasitic plants of trees and vines, the Datura
seeds in sunflower of er05 and er06, the almorta of fm06 and the pulses pages of records79 are other
things. No earlier record is about the small hive beetle: the American foulbrood need gg12, which
leaves "el pequeño escarabajo de la colmena" out in so many words, the other foulbrood pages (gg10,
gg11), the Asian hornet pages (bd28-bd30), the stingless bees (p36), the urban beekeeping and log
hive pages and the Japanese beetle pages (go07-go09) are other things. No earlier record is about
liver fluke: the kamayoq case study gg21, whose promoters learn to treat "la sarna, la fasciola, las
diarreas de las crías y las neumonías" in a list of tasks, the mobile abattoir dataset fu27, which
records condemnations "por hidatidosis, fasciolosis u otras causas", the hydatid disease pages
(fg16-fg18), the footrot pages (gc25-gc27), the guinea pig offer of Cajamarca (cc21) and the other
community animal health workers (gg19, gg20) are passing or other things. No earlier record is about
chayote: the jardin créole of Martinique (ce14), whose long list of species includes christophines,
and the Lurigancho-Chosica of the huaico warning page bv27, whose letters hold "cho-Cho", are other
things. No earlier record names paulownia: the eucalyptus plantations (eg25-eg27), the teak pages,
the GM eucalyptus and poplars of records16, the aspens of records159, the yerba mate pages
(ew19-ew21) and the leaf-cutter ants (em16-em18) are other things. No earlier record is about
trammel nets: the Lessepsian fishes of Cyprus and Israel (da25), counted from observer records of
trammel net and longline fishers, the basking sharks caught in the trasmallos of Galicia (em03), the
gannets caught in trasmallos and gillnets (dc12), the cuttlefish landed by nasas, trasmallos and
trawls in the Gulf of Cádiz (de30), the bagre landings of cy27, the ban on beach seines of dm27, the
acoustic pingers (fa16-fa18), the driftnets (fe22-fe24) and the ghost nets (v19-v21) are passing or
other things. No earlier record is about vermicompost: the bokashi pages (fu13-fu15), which leave
vermicompost and lombricompost to other sessions and guides, the coffee pulp guide bm27, which names
the lombricompost de pulpa among the uses of the pulp, the bioplaguicidas of the organopónicos of La
Habana (p11), the composting pages of household and market waste, the soil biodiversity pages and
the earthworms of many pages are passing or other things. No earlier record is about food
irradiation: the onion stores of Nashik (fe07), which name the irradiation of onions tried
elsewhere, the sterile insect pages (bj13-bj15), whose insects are sterilised by irradiation, the
ethylene oxide pages (bq07-bq09, bq07 naming the electron beam and X-ray sterilisation of medical
devices and bq08 the sésame), the orphan cobalt-60 of cd01, the ionisation smoke detectors
(eu01-eu03), the frog legs pages (da01-da03) and the methyl bromide pages (v31-v33) are passing or
other things.

records124.py to records165.py (ids fa01..fa30, ..., gp01..gp30), the most recent earlier files,
were searched like the others: their only hits on this set's words are passing or about other things
(the acoustic pingers of fa16-fa18; the onion stores of fe07; the azolla of fe19-fe21; the driftnets
of fe22-fe24; the ochratoxin named by fk01; the hydatid disease of fg16-fg18; the Napier grass and
Brachiaria of fm10 and fm11; the bokashi of fu13-fu15; the mobile abattoir of fu27; the maize lethal
necrosis of fq01-fq03; the larger grain borer of gc22-gc24; the footrot of Merino sheep of
gc25-gc27; the foulbrood of gg10-gg12; the kamayoq of gg21; the Japanese beetle of go07-go09, which
eats maize; and the voluntary observing ships, levee patrols and other water and disaster pages of
records165, which name none of this set's topics), besides the grass pea guide fm05, judged 1 to the
broomrape queries that do not restrict it away, and none of their other records answers a query of
this set.

records166.py (ids gq01..gq30, on chemicals, waste, pollution, energy, health, trade and enforcement
topics) and records167.py (ids gr01..gr30, on biodiversity topics), written at the same time by two
other engineers, were searched for the same words once they were finished (with their queries166.tsv
and queries167.tsv, each with its 60 queries), after this set's records and queries were written,
while the queries were being judged. The topics of records166.py are the misuse and trafficking of
tramadol, poisonings by essential oils and their diffusers, compressed air systems in industry, the
spent catalysts of refineries and chemical plants, hearing loss from earphones and headphones,
hot-dip galvanizing, the worn banknotes shredded by central banks, vehicle impound lots, printing
works and poppers; those of records167.py are wall lizards, wheatears, oil beetles, burying beetles,
harvestmen, earthstars, saxifrages, sea lavenders, ladybird spiders and anoles. None of their
records names spirulina, tar spot, broomrape, the small hive beetle, liver fluke, chayote,
paulownia, trammel nets, vermicompost or food irradiation, and none is judged relevant. The nearest
are 0: the shredded banknotes composted with green waste in Morocco (gq20) and with market waste and
prunings in Guatemala (gq21) are composted without worms, no vermicompost, and are 0 to
"lombricompostage", "projets lombricompost", "lombricultura Senegal" and "liver fluke OR
vermicompost", as to "trémail Maroc" and "tache goudronneuse Guatemala", whose countries they share;
the cobalt and nickel catalysts of the refineries (gq10, gq11) are no cobalt-60 and treat no food;
the food and drugs authority of the tramadol case study gq01 and the agri-food plants of the
compressed air day gq08 irradiate no food; the oil beetles (gr07-gr09), whose larvae ride on wild
solitary bees to their nests, are no small hive beetle of honey bee colonies, and the old pastures
of Ireland of gr07 and the sheep-grazed dehesas of gr09 carry no liver fluke; and the snails eaten
by the harvestmen of gr13 and gr15 are no hosts of the liver fluke. None of their queries is
repeated in queries168.tsv. records169.py (ids gt01..gt30), written at the same time by another
engineer on water, oceans and coasts, climate adaptation, cities, disasters and capacity building
topics, is not part of this set's pool, and no query of this set was judged against it.

Traps: the fish ponds, the biogas units, the solar dryers and the anganwadi centres of gs01 (0 to
solar dryers and to biogas); the natron, the pêche sur le lac, the boule de mil and the malnutrition
of gs02 (0 to Lake Chad fisheries); the tecuitlatl, the microcistinas and cianobacterias, the
metales pesados and the chlorella of gs03 (0 to harmful algal blooms); the gray leaf spot, the
southern rust, the fungicides and the hybrids of gs04 (0 to rusts); the rouille commune, the
helminthosporiose, the maïs d'ensilage and the résidus de culture of gs05 (0 to silage); the milpa,
the semilla criolla, the gusano cogollero and the almacenamiento del grano of gs06 (0 to the fall
armyworm and to grain storage); the canola, the tomatoes, the hay trade, the soil fumigation and the
herbicides of gs07 (0 to soil fumigation); the blé dur, the faux-semis, the herbicide and the
lentilles and pois chiches of gs08 (0 to pulses); the trigo duro, the herbicidas, the mildiu del
girasol and the pipa of gs09 (0 to downy mildew); the varroa, the port of Gioia Tauro, the
protection zone and the sentinel colonies of gs10 (0 to varroa); the frelon asiatique, the varroose,
the reines, the cire and the entrepôts de fruits of gs11 (0 to the Asian hornet); the abejas
africanizadas, the abeja melipona, the varroa and the miel of gs12 (0 to stingless bees); the rumen
fluke, the mud snail, the flukicides and the meat plants of gs13 (0 to slaughterhouses); the limnée,
the strongles, the paramphistomose, the lait de tank and the abattoirs of gs14 (0 to milk quality);
the berros, the cuyes, the ovinos, the camal and the bofedales of gs15 (0 to guinea pigs and to
wetlands); the hurricanes, the drought, the higglers, the fruit flies, the powdery mildew, the
pumpkins and the sweet potatoes of gs16 (0 to hurricanes and to sweet potatoes); the brèdes, the
rougail, the chapeaux tressés, the éboulis and the restauration scolaire of gs17 (0 to landslides
and to basketry); the ramadas, the agroquímicos, the rechazos por calidad, the erosión de los
suelos, the represa and the turismo of gs18 (0 to soil erosion and to dams); the beehives, the
surfboards, the nurseries and the eucalyptus and grevillea woodlots of gs19 (0 to eucalyptus); the
carbone, the abroutissement, the peupleraies and the taillis à courte rotation of gs20 (0 to poplars
and to coppicing); the yerba mate, the tabaco, the hormigas cortadoras, the aserraderos and the
pinos y eucaliptos of gs21 (0 to yerba mate and to leaf-cutter ants); the cuttlefish, the red
mullet, the prawns, the dolphins, the lost nets, the gillnets and the longlines of gs22 (0 to
cuttlefish and to gillnets); the seiches, the crevettes, the grands dauphins, the filets perdus, the
marking of nets and the répulsifs acoustiques of gs23 (0 to ghost nets, to gear marking and to
acoustic pingers); the choco, the centolla, the nécora, the cetáceos, the lonja, the nasas and the
palangre of gs24 (0 to fish auctions and to traps); the carabao, the sugarcane trash, the rice
straw, the school gardens and the biogas digesters of gs25 (0 to biogas and to school gardens); the
oignons, the fiente de volaille, the typha, the pisciculteurs, the puits and the goutte-à-goutte of
gs26 (0 to drip irrigation); the cachaza of the centrales azucareros, the organopónicos, the compost
común and the biofertilizantes bacterianos of gs27 (0 to urban agriculture in general and to
biofertilisers); the fruit flies, the hot water treatment, the vapour heat treatment, the cobalt-60
and the rejected fruit of gs28 (0 to fruit flies and to radioactive sources); the cuisses de
grenouille, the crevettes, the épices, the cobalt 60 and the stérilisation du matériel médical of
gs29 (0 to frog legs and to ethylene oxide); and the bromuro de metilo, the mosca de la fruta, the
cerezas, the arándanos, the capa de ozono, the especias and the fumigación de contenedores of gs30
(0 to methyl bromide and to fumigated containers). For the country and exclusion queries: gs01 names
only India; gs02 only Chad (the lac Tchad as a lake); gs03 only Mexico; gs04 only the United States
(Latin America as a region); gs05 only Canada (Québec); gs06 only Guatemala; gs07 only Australia;
gs08 only Tunisia; gs09 only Spain; gs10 Italy (sub-Saharan Africa and mainland Europe as regions);
gs11 France (sub-Saharan Africa and southern Europe as regions, naming no other country); gs12 only
Mexico; gs13 only Ireland; gs14 only Switzerland; gs15 only Peru; gs16 Jamaica (the Caribbean
communities overseas, naming no country); gs17 only La Réunion (RE); gs18 Costa Rica (North America
and Europe as regions); gs19 Kenya (eastern Asia as a region); gs20 only France; gs21 only
Argentina; gs22 only Türkiye; gs23 only Morocco; gs24 only Spain (Galicia); gs25 only the
Philippines; gs26 only Senegal; gs27 only Cuba; gs28 Pakistan, and the United States as the market
that accepts its irradiated mangoes (Europe and the Gulf as regions); gs29 Belgium (the European
Union as a region); gs30 only Chile.

Ids (gs01..gs30) collide with none of the earlier records files' (a1..h5, n01..n47, ..., go01..go30,
gp01..gp30), nor with those of records166.py (gq01..gq30), records167.py (gr01..gr30) and
records169.py (gt01..gt30), written at the same time, and no earlier id starts with "gs".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- spirulina (Arthrospira, dihé, tecuitlatl) ------------------------------------------------
    ("gs01", "project", "en",
     "Project: village spirulina farms run by women's self-help groups in Madurai district",
     "Spirulina, the dried biomass of the blue-green microalga Arthrospira platensis, is more "
     "than half protein and rich in iron, beta-carotene and B vitamins, and a few grams a day are "
     "used to fight child malnutrition in Tamil Nadu. This project of the district rural "
     "development agency, a home science college and a federation of women's self-help groups "
     "sets up twenty small spirulina farms in villages of Madurai district: shallow lined tanks "
     "under shade net, stirred by hand or by small paddle wheels, with a culture medium of baking "
     "soda, salt and fertiliser. Operators are trained to keep the pH, temperature and density of "
     "the culture right, spot contamination by other algae, harvest every morning through fine "
     "cloth, press and extrude the paste into noodles, dry them in solar dryers and pack the "
     "powder hygienically. The anganwadi child care centres buy part of the output for children "
     "under five. Fish ponds and biogas units in the same villages are outside the project.",
     ("spirulina", "microalgae", "child nutrition", "women's self-help groups", "projects"),
     ("IN",), "2024-09"),
    ("gs02", "case-study", "fr",
     "Étude de cas : le dihé, la spiruline récoltée par les femmes kanembou autour du lac Tchad",
     "Dans les ouaddis du Kanem et de la province du Lac, les mares saumâtres et natronées qui "
     "bordent le lac Tchad se couvrent en saison chaude d'une pellicule bleu-vert : c'est la "
     "spiruline (Arthrospira platensis), que les femmes kanembou récoltent depuis des siècles. "
     "Elles la filtrent à travers des paniers et des tissus, l'étalent sur le sable chaud pour la "
     "sécher en galettes et la vendent sur les marchés sous le nom de dihé. Mangé en sauce avec "
     "la boule de mil, le dihé apporte protéines, fer et vitamines à des familles souvent "
     "touchées par la malnutrition. Cette étude de cas d'un institut de recherche agronomique et "
     "d'une organisation de développement rural suit dix ans d'appui aux groupements de "
     "récoltantes : bassins aménagés, séchage sur claies plutôt que sur le sable, sacs propres, "
     "analyses de qualité, prix et circuits de vente jusqu'à N'Djaména. L'extraction du natron et "
     "la pêche sur le lac ne sont évoquées qu'en passant.",
     ("spiruline", "dihé", "lac Tchad", "groupements de femmes", "études de cas"),
     ("TD",), "2024-06"),
    ("gs03", "document", "es",
     "Guía para pequeños productores de espirulina: cultivo, cosecha, secado e inocuidad",
     "En México la espirulina tiene una larga historia: los mexicas recogían en el lago de "
     "Texcoco el tecuitlatl, una masa verde azulada de esta microalga que secaban en tortas y "
     "comían con maíz. Hoy decenas de pequeñas granjas de Morelos, Puebla, el Estado de México y "
     "Yucatán la cultivan en estanques bajo invernadero y la venden en polvo, en tabletas o "
     "fresca. Esta guía de una universidad pública y de la secretaría estatal de desarrollo "
     "agropecuario explica cómo construir y cubrir los estanques tipo carrusel, preparar el medio "
     "de cultivo con bicarbonato y sales, controlar el pH, la temperatura y la densidad del "
     "cultivo, cosechar con malla fina, lavar, prensar y secar a baja temperatura, y qué análisis "
     "piden las autoridades sanitarias: microbiología, metales pesados y microcistinas de otras "
     "cianobacterias que pueden contaminar el cultivo. La chlorella y otras microalgas se "
     "mencionan en un anexo.",
     ("espirulina", "microalgas", "inocuidad alimentaria", "pequeños productores", "guías"),
     ("MX",), "2025-02"),
    # --- tar spot of maize (Phyllachora maydis, tache goudronneuse, mancha de asfalto) ------------
    ("gs04", "dataset", "en",
     "Tar spot of corn in the US Corn Belt: county detections, severity and yield losses, "
     "2015-2024",
     "Tar spot, caused by the fungus Phyllachora maydis, covers corn leaves with small, raised, "
     "glossy black spots that look like flecks of tar and cannot be rubbed off; in wet, cool "
     "summers the spots merge, the leaves die early and yields can fall by a third or more. Long "
     "known in the highlands of Latin America, it was first confirmed in the United States in "
     "2015, in Indiana and Illinois, and has since spread across most corn-growing states of the "
     "Midwest. This dataset, compiled by a network of land-grant university plant pathologists "
     "and extension agents, lists confirmed detections by county and year, severity ratings from "
     "scouting plots, weather at each site, hybrid ratings and fungicide trial results, with "
     "yield loss estimates by state. Gray leaf spot and southern rust, often mistaken for tar "
     "spot, are recorded in separate tables.",
     ("tar spot", "Phyllachora maydis", "corn diseases", "Corn Belt", "datasets"),
     ("US",), "2025-01"),
    ("gs05", "document", "fr",
     "Guide : dépister et gérer la tache goudronneuse du maïs au Québec",
     "Signalée au Québec au début des années 2020, dans des champs de maïs-grain de la "
     "Montérégie, la tache goudronneuse du maïs, causée par le champignon Phyllachora maydis, "
     "s'est depuis étendue au Centre-du-Québec et à l'Estrie. Elle forme sur les feuilles de "
     "petits points noirs, brillants et en relief, comme des éclaboussures de goudron, parfois "
     "entourés d'un halo brun ; lors des étés humides et frais, les feuilles sèchent avant le "
     "remplissage des grains et les rendements chutent. Ce guide du réseau d'avertissements "
     "phytosanitaires, rédigé avec des agronomes-conseils, explique comment la distinguer de la "
     "rouille commune et de l'helminthosporiose, quand dépister les champs, comment déclarer les "
     "cas, quels hybrides semblent moins sensibles, dans quelles conditions un fongicide peut se "
     "justifier et pourquoi broyer et enfouir les résidus de culture. Le maïs d'ensilage et le "
     "maïs sucré sont traités dans un encadré.",
     ("tache goudronneuse", "maïs-grain", "maladies des grandes cultures", "dépistage", "guides"),
     ("CA",), "2024-05"),
    ("gs06", "need", "es",
     "Necesidad: vigilancia y semilla tolerante frente a la mancha de asfalto del maíz en "
     "Guatemala",
     "La mancha de asfalto del maíz, llamada también complejo mancha de asfalto porque al hongo "
     "Phyllachora maydis se suman otros que agrandan las lesiones y secan las hojas, es un "
     "problema antiguo de las zonas húmedas de Guatemala. En 2008 y 2009 una epidemia arrasó "
     "buena parte de las siembras de Petén, Alta Verapaz e Izabal, y desde entonces rebrota en "
     "los años de lluvias abundantes y nublados prolongados. Las familias que siembran milpa con "
     "semilla criolla pierden hasta la mitad de la cosecha. Las asociaciones campesinas, el "
     "instituto de ciencia y tecnología agrícolas y una red de extensionistas solicitan apoyo "
     "para instalar parcelas de vigilancia, probar variedades e híbridos tolerantes, producir "
     "localmente semilla sana, capacitar en el manejo de rastrojos y en las fechas de siembra, y "
     "crear un sistema de alerta ligado al pronóstico del tiempo. El gusano cogollero y el "
     "almacenamiento del grano quedan fuera.",
     ("mancha de asfalto", "maíz", "milpa", "sanidad vegetal", "necesidades"),
     ("GT",), "2024-08"),
    # --- broomrape (Orobanche, Phelipanche, orobanche, jopo) --------------------------------------
    ("gs07", "case-study", "en",
     "Case study: branched broomrape in South Australia's Murray Mallee, from eradication to "
     "containment",
     "Branched broomrape (Phelipanche ramosa, formerly Orobanche ramosa) is a leafless parasitic "
     "plant that fastens onto the roots of its hosts, among them canola, tomatoes, legumes and "
     "many broadleaf weeds, and draws water and nutrients from them. Each plant sheds hundreds of "
     "thousands of dust-like seeds that stay alive in the soil for more than ten years. When it "
     "was found near Mannum in 1992, it was the only known infestation in the country, and from "
     "1999 a national cost-shared programme set out to eradicate it. This case study by a "
     "university and the state biosecurity agency reviews what followed: a quarantine area of "
     "thousands of square kilometres, permits and cleandown for moving grain, hay, machinery and "
     "livestock, soil fumigation of infested paddocks, herbicides and host-free rotations, yearly "
     "surveys, and the eventual shift from eradication to containment. Costs to farmers and to "
     "the hay trade are estimated. Other parasitic weeds are not covered.",
     ("branched broomrape", "Phelipanche ramosa", "parasitic weeds", "biosecurity", "case studies"),
     ("AU",), "2024-07"),
    ("gs08", "need", "fr",
     "Besoin : lutter contre l'orobanche de la fève dans les champs du nord de la Tunisie",
     "Dans les gouvernorats de Béja, Jendouba et Bizerte, la fève et la féverole, cultivées en "
     "rotation avec le blé dur, sont envahies par l'orobanche (Orobanche crenata et Orobanche "
     "foetida), une plante parasite sans chlorophylle qui se fixe sur les racines et fait sortir "
     "autour des pieds ses hampes de fleurs violacées ou blanchâtres. Dans les parcelles les plus "
     "infestées, les pertes dépassent les trois quarts de la récolte, et beaucoup d'agriculteurs "
     "ont renoncé à la fève, ce qui appauvrit les rotations et les sols. L'institut national de "
     "recherche agronomique, l'office des céréales et des groupements d'agriculteurs demandent un "
     "appui pour multiplier et diffuser des variétés de fève tolérantes, conduire des essais de "
     "semis tardif, de faux-semis et de faibles doses d'herbicide, arracher les hampes avant la "
     "grenaison, nettoyer les semences et les moissonneuses et suivre les infestations parcelle "
     "par parcelle. Les lentilles et les pois chiches, eux aussi attaqués, pourront suivre.",
     ("orobanche", "fève", "plantes parasites", "légumineuses", "besoins"),
     ("TN",), "2024-10"),
    ("gs09", "dataset", "es",
     "El jopo del girasol en la campiña andaluza: parcelas infestadas y razas del parásito, "
     "2010-2024",
     "El jopo (Orobanche cumana) es una planta parásita que vive sobre las raíces del girasol: no "
     "tiene hojas verdes, saca junto a los pies de girasol tallos con flores azuladas y les roba "
     "agua y nutrientes hasta hundir la cosecha de pipa. En la campiña de Sevilla, Córdoba y "
     "Cádiz, donde el girasol de secano alterna con el trigo duro, el parásito ha ido superando "
     "una tras otra las resistencias de las variedades, y hoy predominan las razas más "
     "virulentas, llamadas F y G. Este conjunto de datos de un instituto de investigación agraria "
     "y de las cooperativas reúne las prospecciones anuales de parcelas, con la incidencia y la "
     "intensidad del ataque, la raza identificada en muestras de semillas, la variedad y la fecha "
     "de siembra, y los ensayos de variedades resistentes y de herbicidas en girasol tolerante. "
     "El mildiu del girasol y las malas hierbas comunes de la campiña no se incluyen.",
     ("jopo del girasol", "Orobanche cumana", "plantas parásitas", "girasol", "conjuntos de datos"),
     ("ES",), "2025-03"),
    # --- small hive beetle (Aethina tumida) -------------------------------------------------------
    ("gs10", "event", "en",
     "Webinar: ten years of the small hive beetle in Calabria and what Europe's beekeepers learned",
     "In September 2014 the small hive beetle, Aethina tumida, a pest of honey bee colonies "
     "native to sub-Saharan Africa, was found in apiaries near the port of Gioia Tauro, in "
     "Calabria in southern Italy, its first establishment in mainland Europe. The adult beetles "
     "hide in the hive, and their larvae tunnel through the combs, eat brood, pollen and honey "
     "and make the honey ferment and run out of the frames, so that weak colonies abscond. Ten "
     "years on, this webinar of the national reference laboratory for bee health and beekeepers' "
     "associations reviews the response: destruction of infested apiaries, a protection zone of "
     "twenty kilometres with bans on moving bees, sentinel nucleus colonies checked every two "
     "weeks, traps under the hive lid, soil treatment around apiaries and clean extraction rooms. "
     "Speakers will also discuss why eradication failed and how beekeepers in the region live "
     "with the beetle today. Varroa is not on the agenda.",
     ("small hive beetle", "Aethina tumida", "bee health", "beekeeping", "events"),
     ("IT",), "2024-09"),
    ("gs11", "project", "fr",
     "Projet : des ruchers sentinelles contre le petit coléoptère des ruches en France",
     "Le petit coléoptère des ruches (Aethina tumida), originaire d'Afrique subsaharienne, est un "
     "danger sanitaire de première catégorie : sa larve creuse des galeries dans les rayons, "
     "dévore le couvain et le pollen et fait fermenter le miel, et les colonies faibles désertent "
     "la ruche. Il n'a jamais été détecté en France, mais son installation depuis 2014 dans le "
     "sud de l'Europe et le commerce de reines, d'essaims, de cire et de matériel apicole "
     "inquiètent les apiculteurs. Ce projet, conduit par le laboratoire national de référence "
     "pour la santé des abeilles, les groupements de défense sanitaire apicoles et les "
     "organisations d'apiculteurs, installe cent ruchers sentinelles près des ports, des "
     "aéroports et des entrepôts de fruits importés : pièges sous les cadres, visites régulières, "
     "envoi des coléoptères suspects au laboratoire et formation des techniciens sanitaires "
     "apicoles. Il prévoit aussi un exercice de crise. Le frelon asiatique et la varroose "
     "relèvent d'autres programmes.",
     ("petit coléoptère des ruches", "Aethina tumida", "santé des abeilles", "apiculture",
      "projets"),
     ("FR",), "2025-01"),
    ("gs12", "document", "es",
     "Guía para el manejo del pequeño escarabajo de la colmena en los apiarios de la península de "
     "Yucatán",
     "El pequeño escarabajo de la colmena (Aethina tumida) se detectó en México en 2007, en "
     "apiarios de Coahuila, y hoy está presente en buena parte del país, incluida la península de "
     "Yucatán, donde miles de familias mayas viven de la miel de abejas africanizadas. Los "
     "adultos, pequeños y de color marrón oscuro, se esconden en los rincones de la colmena; sus "
     "larvas blancas excavan los panales, se comen la cría y el polen y hacen que la miel "
     "fermente y escurra. Esta guía de la secretaría de agricultura, el programa nacional de "
     "sanidad apícola y las cooperativas de apicultores explica cómo revisar las colmenas, "
     "reconocer larvas y adultos, colocar trampas de aceite entre los bastidores, mantener "
     "colonias fuertes y cajas sin rendijas, extraer la miel sin dejar alzas llenas en la bodega "
     "y tratar el suelo alrededor del apiario. La abeja melipona y la varroa tienen sus propias "
     "guías.",
     ("pequeño escarabajo de la colmena", "Aethina tumida", "sanidad apícola", "apicultura",
      "guías"),
     ("MX",), "2024-11"),
    # --- liver fluke (Fasciola hepatica, grande douve, duela del hígado, alicuya) -----------------
    ("gs13", "dataset", "en",
     "Liver fluke in Irish cattle and sheep: meat plant liver findings and the annual fluke "
     "forecast, 2010-2024",
     "The common liver fluke, Fasciola hepatica, is a flatworm that spends part of its life in a "
     "small mud snail of wet, poorly drained pastures and the rest in the livers of cattle and "
     "sheep, which swallow its cysts with the grass. Chronic infection cuts weight gain, milk "
     "yield and fertility, and acute fasciolosis can kill sheep in autumn and winter. In the "
     "high-rainfall west of Ireland the parasite is widespread. This dataset of the agriculture "
     "department's regional veterinary laboratories gathers the liver fluke findings recorded at "
     "meat plants for every animal slaughtered, summarised by county, year and herd type, "
     "together with faecal egg counts submitted by vets, reports of resistance to flukicides, and "
     "the annual fluke forecast based on summer rainfall and temperatures. Rumen fluke, often "
     "found at the same time, is recorded in a separate table.",
     ("liver fluke", "Fasciola hepatica", "cattle and sheep", "animal health", "datasets"),
     ("IE",), "2025-02"),
    ("gs14", "support-source", "fr",
     "Offre : dépistage de la grande douve dans les troupeaux laitiers des cantons du Jura et de "
     "Fribourg",
     "La grande douve du foie (Fasciola hepatica), un ver plat parasite, passe une partie de sa "
     "vie dans une petite limnée des prairies humides, des bords de ruisseaux et des abreuvoirs "
     "qui débordent, puis dans le foie des bovins et des moutons qui avalent ses kystes avec "
     "l'herbe. La fasciolose, ou distomatose, fait baisser la production laitière et la fertilité "
     "des vaches sans signes visibles. Le service sanitaire bovin et les laboratoires "
     "vétérinaires cantonaux proposent aux exploitations laitières du Jura et de Fribourg une "
     "analyse gratuite du lait de tank pour rechercher les anticorps contre la douve, une "
     "coproscopie pour les génisses et la visite d'un conseiller qui repère sur le plan de "
     "l'exploitation les zones humides à clôturer ou à drainer, puis établit avec le vétérinaire "
     "un plan de traitement compatible avec la livraison du lait. Les résultats des abattoirs "
     "peuvent y être joints. Les strongles et la paramphistomose ne sont pas concernés.",
     ("grande douve du foie", "fasciolose", "bovins laitiers", "santé animale", "offres"),
     ("CH",), "2024-04"),
    ("gs15", "project", "es",
     "Proyecto: control de la alicuya (Fasciola hepatica) en el ganado lechero de Cajamarca",
     "En los valles de Cajamarca, la fasciolosis, que los ganaderos llaman alicuya o distomatosis "
     "hepática, afecta a la mayoría de las vacas lecheras que pastan en praderas regadas por "
     "canales y acequias, donde vive el pequeño caracol que transmite el parásito, la duela del "
     "hígado. Las pérdidas de leche, de peso y de fertilidad y los hígados decomisados en el "
     "camal cuestan millones de soles al año, y el uso repetido de triclabendazol ha hecho "
     "aparecer resistencia. Este proyecto del servicio nacional de sanidad agraria, una "
     "universidad regional y las asociaciones de productores de leche combina análisis de heces "
     "en cada hato, tratamientos estratégicos en las épocas de mayor riesgo, rotación de "
     "antiparasitarios, cercado de los bordes de canales y bofedales, drenaje de las zonas "
     "encharcadas y charlas en las escuelas, porque la fasciolosis también enferma a las personas "
     "que comen berros y otras plantas de las acequias. Los cuyes y los ovinos se incluirán en "
     "una segunda fase.",
     ("fasciolosis", "alicuya", "ganado lechero", "sanidad animal", "proyectos"),
     ("PE",), "2024-12"),
    # --- chayote (Sechium edule, christophine, chouchou, cho-cho) ---------------------------------
    ("gs16", "need", "en",
     "Need: trellises, planting material and a packhouse for cho-cho farmers in Jamaica's hills",
     "Chayote, the pear-shaped, pale green squash that Jamaicans call cho-cho, grows on vigorous "
     "vines trained over bamboo or wire trellises and is a mainstay of small hillside farms in "
     "Manchester, St Elizabeth, Clarendon and St Andrew. Each fruit is planted whole, so farmers "
     "save their own, and most of the crop is sold fresh to higglers and at municipal markets, "
     "with some shipped to Caribbean communities overseas. After two hurricanes, years of drought "
     "and rising input prices, many trellises are down and yields have slumped. A farmers' "
     "association, the national extension service and a parish development committee ask for help "
     "to rebuild trellises with treated posts and galvanised wire, set up a nursery of fruit "
     "selected from the best vines, train farmers in pruning, drip irrigation and the control of "
     "fruit flies and powdery mildew, and open a packhouse with a cold room to meet export "
     "grades. Pumpkins and sweet potatoes grown alongside are mentioned only in passing.",
     ("chayote", "cho-cho", "hillside farming", "vegetable crops", "needs"),
     ("JM",), "2024-11"),
    ("gs17", "event", "fr",
     "Fête du chouchou de Salazie : journée technique sur la culture de la christophine en "
     "montagne",
     "À La Réunion, le chouchou, nom local de la christophine ou chayotte (Sechium edule), pousse "
     "en treilles sur les îlets et les pentes du cirque de Salazie, dont l'humidité et la "
     "fraîcheur lui conviennent, et c'est l'un des légumes les plus consommés de l'île : on le "
     "mange en gratin, en rougail ou en achards, et ses jeunes pousses, les brèdes chouchou, se "
     "cuisinent aussi. En marge de la fête annuelle du chouchou, la chambre d'agriculture, un "
     "lycée agricole et la coopérative des producteurs organisent une journée technique pour les "
     "planteurs : choix et mise en terre des fruits germés, montage des treilles en fil de fer et "
     "en bambou, taille, fertilisation, lutte contre les mouches des légumes et l'oïdium, "
     "cueillette et conditionnement pour les marchés forains et la restauration scolaire. Un "
     "stand présente les chapeaux tressés en fibres de tiges de chouchou, un savoir-faire du "
     "cirque. Les éboulis qui coupent parfois la route de Salazie sont évoqués.",
     ("chouchou", "christophine", "maraîchage", "cirque de Salazie", "événements"),
     ("RE",), "2025-04"),
    ("gs18", "case-study", "es",
     "Estudio de caso: el chayote del valle de Ujarrás, de la huerta familiar a la exportación",
     "En el valle de Ujarrás y en otras zonas de Paraíso de Cartago, el chayote se cultiva en "
     "ramadas, emparrados de alambre y postes sobre los que trepa la guía y de los que cuelgan "
     "los frutos. Costa Rica es uno de los mayores exportadores de chayote del mundo: la mayor "
     "parte de la cosecha, del tipo verde liso, se empaca en cajas y viaja en contenedores "
     "refrigerados hacia Norteamérica y Europa. Este estudio de caso de una universidad pública y "
     "del ministerio de agricultura sigue durante diez años a 60 familias productoras: costos de "
     "las ramadas, mano de obra, uso de agroquímicos y de agua de riego, rendimientos, precios "
     "pagados por las empacadoras, rechazos por calidad y erosión de los suelos en pendiente. "
     "También recoge la diversidad de chayotes criollos, espinosos, blancos o negros, que se "
     "venden en las ferias del agricultor, y el consumo de la raíz y de los brotes tiernos. La "
     "represa y el turismo del valle se mencionan de paso.",
     ("chayote", "hortalizas de exportación", "pequeños productores", "Cartago",
      "estudios de caso"),
     ("CR",), "2024-10"),
    # --- paulownia (kiri, empress tree, arbre impérial) -------------------------------------------
    ("gs19", "need", "en",
     "Need: certified seedlings and timber buyers for paulownia woodlots in eastern Kenya",
     "Paulownia, a fast-growing hardwood from eastern Asia whose light, pale, knot-free timber is "
     "used for furniture, doors, beehives, surfboards and musical instruments, has been planted "
     "since the late 2010s by thousands of smallholders in Machakos, Makueni, Embu and Meru, "
     "often after promises of a harvest within five years and buyers waiting at the farm gate. "
     "Many woodlots were planted with seedlings of unknown origin, some hybrid clones proved "
     "poorly suited to dry areas, and the promised buyers did not always appear. A tree growers' "
     "association, the national forestry research institute and a county agriculture office ask "
     "for support to certify nurseries and clones, set up demonstration plots with proper "
     "spacing, first-year irrigation and pruning for clear stems, train growers in grading and "
     "sawing, and link them with furniture workshops and export buyers. Eucalyptus and grevillea "
     "woodlots nearby are outside the request.",
     ("paulownia", "farm forestry", "woodlots", "timber markets", "needs"),
     ("KE",), "2025-03"),
    ("gs20", "document", "fr",
     "Guide : planter du paulownia, ce qu'il faut savoir avant d'investir",
     "Présenté comme « l'arbre qui pousse le plus vite du monde », le paulownia, appelé aussi "
     "arbre impérial ou kiri, fait depuis quelques années l'objet d'offres d'investissement et de "
     "plantations sur d'anciennes terres agricoles du Sud-Ouest et de l'Occitanie, qu'il s'agisse "
     "de Paulownia tomentosa ou d'hybrides clonaux, avec des promesses de bois d'œuvre en huit à "
     "dix ans et d'un fort stockage de carbone. Ce guide d'un centre régional de la propriété "
     "forestière, rédigé avec des forestiers et des agronomes, fait le point : besoins en eau et "
     "en sols profonds et drainants, sensibilité au vent, aux gelées tardives et à "
     "l'abroutissement, irrigation et taille nécessaires, débouchés réels du bois léger en "
     "menuiserie, en emballage et en panneaux, risque de voir les graines se disséminer hors des "
     "parcelles, fiscalité et aides. Il conseille de demander des références de ventes de bois "
     "avant de signer un contrat. Les peupleraies et les taillis à courte rotation sont comparés "
     "en annexe.",
     ("paulownia", "plantations forestières", "bois d'œuvre", "forêt privée", "guides"),
     ("FR",), "2024-09"),
    ("gs21", "dataset", "es",
     "Kiri (Paulownia) en el noreste argentino: parcelas de crecimiento y ensayos de madera, "
     "1995-2024",
     "El kiri, nombre con el que se conoce en la región a la Paulownia, es un árbol de "
     "crecimiento muy rápido y madera liviana que se planta en Misiones, Corrientes y el delta "
     "del Paraná, a menudo en pequeñas parcelas de colonos junto a la yerba mate y el tabaco, "
     "para vender tablas a los aserraderos que fabrican cajones, molduras y muebles. Este "
     "conjunto de datos de un instituto nacional de tecnología agropecuaria y una universidad "
     "reúne las parcelas permanentes de medición de kiri de la región: especie o clon (Paulownia "
     "tomentosa, P. fortunei, P. elongata e híbridos), espaciamiento, suelo, poda, riego, "
     "diámetro y altura año a año, daños por heladas, viento y hormigas cortadoras, y ensayos de "
     "densidad, secado y resistencia de la madera en laboratorio. Los pinos y eucaliptos de las "
     "mismas chacras no se incluyen.",
     ("kiri", "Paulownia", "plantaciones forestales", "madera", "conjuntos de datos"),
     ("AR",), "2024-12"),
    # --- trammel nets (trémails, trasmallos, miños) -----------------------------------------------
    ("gs22", "dataset", "en",
     "Trammel nets in the small-scale fisheries of Türkiye's Aegean coast: catches, soak times "
     "and selectivity, 2012-2024",
     "Most of the small boats that fish along the Aegean coast of Türkiye, from Çanakkale to "
     "Muğla, set trammel nets: walls of three layers of netting, a slack inner panel of small "
     "mesh hung between two outer panels of large mesh, in which fish and crustaceans are caught "
     "in a pocket of net when they push through. Set on the bottom at dusk and hauled at dawn, "
     "they take red mullet, common sole, cuttlefish, striped seabream, prawns and many other "
     "species. This dataset of a national fisheries research institute, built from logbooks, "
     "observer trips and landings at fishing shelters, records by trip the length, height and "
     "mesh sizes of the nets, depth, soak time, catch by species and length, discards, and the "
     "results of selectivity trials with larger inner meshes. Damage to nets by dolphins and the "
     "loss of nets at sea are noted. Gillnets and longlines are recorded in separate tables.",
     ("trammel nets", "small-scale fisheries", "gear selectivity", "Aegean Sea", "datasets"),
     ("TR",), "2025-01"),
    ("gs23", "need", "fr",
     "Besoin : des filets trémails plus sélectifs pour les pêcheurs artisans de la côte "
     "méditerranéenne du Maroc",
     "Sur la côte méditerranéenne du Maroc, d'Al Hoceima à M'diq, les barques de pêche artisanale "
     "calent surtout des filets trémails, formés de trois nappes superposées, une nappe centrale "
     "à petites mailles entre deux nappes à grandes mailles, qui emprisonnent rougets, soles, "
     "seiches, pageots et crevettes. Les captures baissent, les juvéniles abondent dans les "
     "prises, les grands dauphins arrachent les poissons et déchirent les nappes, et les filets "
     "perdus continuent de pêcher sur les fonds. Une association de pêcheurs, l'institut national "
     "de recherche halieutique et la délégation des pêches maritimes demandent un appui pour "
     "essayer des trémails à maillage plus grand et à chute plus basse, réduire la durée de "
     "calée, marquer les filets, ouvrir un atelier de ramendage et un service de récupération des "
     "filets perdus, et former les pêcheurs à tenir des fiches de pêche. Les répulsifs "
     "acoustiques contre les dauphins sont étudiés par un autre projet.",
     ("filets trémails", "pêche artisanale", "sélectivité des engins", "Méditerranée", "besoins"),
     ("MA",), "2024-07"),
    ("gs24", "event", "es",
     "Jornadas sobre el trasmallo y los miños en la flota de artes menores de Galicia",
     "En Galicia, el trasmallo, red de tres paños en la que el central es de malla fina y los "
     "exteriores de malla grande, se conoce en muchos puertos como miño, y es el arte con el que "
     "la flota de bajura captura lenguado, rodaballo, rape, choco, centolla y nécora cerca de la "
     "costa. Su uso está regulado por la normativa autonómica de artes menores: longitud máxima "
     "de red por barco, tamaño de malla, días y horas de calado, zonas y épocas de veda. Estas "
     "jornadas, organizadas por la consejería del mar, la federación de cofradías de pescadores y "
     "un centro tecnológico del mar, reunirán a patrones, técnicos e investigadores para revisar "
     "la normativa del trasmallo, los resultados de pruebas con mallas más selectivas, la pérdida "
     "de redes y su recogida en los puertos, los enganches de cetáceos y la venta de las capturas "
     "en lonja. Las nasas y el palangre tendrán su propio encuentro.",
     ("trasmallo", "miños", "artes menores", "cofradías de pescadores", "eventos"),
     ("ES",), "2025-05"),
    # --- vermicompost (vermicast, lombricompost, humus de lombriz) --------------------------------
    ("gs25", "support-source", "en",
     "Offer: African nightcrawler worms and vermicomposting training for farmers' groups in "
     "Negros Occidental",
     "Vermicomposting uses earthworms to turn farm and kitchen wastes into vermicast, a fine, "
     "dark, crumbly organic fertiliser rich in nutrients and beneficial microbes. In the "
     "Philippines the African nightcrawler (Eudrilus eugeniae) is the favoured worm, because it "
     "thrives in the heat and multiplies fast. The provincial agriculture office and a state "
     "university offer farmers' associations and school gardens in Negros Occidental a starter "
     "stock of live worms, plans for shaded concrete or plastic beds, and three days of training "
     "in preparing the bedding from pre-composted carabao and chicken manure, sugarcane trash, "
     "banana stalks and rice straw, keeping the beds moist and shaded, harvesting and sieving the "
     "vermicast, and selling it, or the worms, to vegetable and organic rice growers. Groups that "
     "produce more than a tonne a month can apply for a shredder. Biogas digesters are outside "
     "the offer.",
     ("vermicomposting", "vermicast", "organic fertilisers", "farmers' associations", "offers"),
     ("PH",), "2024-06"),
    ("gs26", "project", "fr",
     "Projet : le lombricompostage pour les maraîchers des Niayes",
     "Dans la zone des Niayes, entre Dakar et Saint-Louis, les maraîchers qui produisent oignons, "
     "choux, carottes et tomates sur des sols sableux très pauvres achètent cher la fiente de "
     "volaille et les engrais chimiques. Ce projet d'une fédération de producteurs, d'un institut "
     "de recherche agricole et d'une ONG d'agroécologie installe dans trente exploitations des "
     "unités de lombricompostage : bacs en ciment ou en briques à l'ombre, élevage de vers de "
     "fumier (Eisenia fetida) multipliés sur place, litière de bouse de vache, de déchets de "
     "légumes et de tiges de typha, arrosage régulier et récolte du lombricompost tous les trois "
     "mois. Les producteurs apprennent à séparer les vers, à tamiser et ensacher le produit et à "
     "préparer le jus de lombricompost, et mesurent ses effets sur les rendements et la rétention "
     "d'eau des sols. Le surplus de vers est vendu aux pisciculteurs comme aliment. Les puits et "
     "le goutte-à-goutte relèvent d'un autre projet.",
     ("lombricompostage", "lombricompost", "maraîchage", "fertilité des sols", "projets"),
     ("SN",), "2024-03"),
    ("gs27", "case-study", "es",
     "Estudio de caso: la lombricultura y el humus de lombriz en los organopónicos de La Habana",
     "Cuando a comienzos de los años noventa Cuba perdió casi de golpe los fertilizantes y "
     "plaguicidas importados, los huertos urbanos intensivos, los organopónicos, y las fincas de "
     "los alrededores de La Habana se apoyaron en la lombricultura: criar la lombriz roja "
     "californiana en canteros con estiércol de vaca, cachaza de los centrales azucareros y "
     "restos de cosecha para obtener humus de lombriz, un abono orgánico que se mezcla con el "
     "sustrato de los canteros. Este estudio de caso de un instituto de investigación de suelos y "
     "de la asociación de agricultores urbanos reconstruye treinta años de esta práctica: número "
     "de centros de producción, toneladas de humus, costos, rendimientos de las hortalizas, "
     "problemas de calidad y de escasez de estiércol, y la llegada de la lombricultura a las "
     "escuelas y los patios. El compost común y los biofertilizantes bacterianos se tratan "
     "aparte.",
     ("lombricultura", "humus de lombriz", "agricultura urbana", "abonos orgánicos",
      "estudios de caso"),
     ("CU",), "2024-05"),
    # --- food irradiation (ionisation des aliments, irradiación de alimentos) ---------------------
    ("gs28", "case-study", "en",
     "Case study: phytosanitary irradiation and Pakistan's mango exports, 2011-2024",
     "Fruit flies are the main barrier to exporting fresh mangoes, and many importing countries "
     "demand a quarantine treatment that kills any eggs and larvae hidden in the fruit. For "
     "Pakistan's Chaunsa and Sindhri mangoes, the treatment accepted by the United States is "
     "phytosanitary irradiation: a low dose of gamma rays from a cobalt-60 source, given to the "
     "packed cartons, which stops the insects from developing without heating or cooking the "
     "fruit. This case study by an agricultural university and the trade development authority "
     "follows the export chain from the first shipments in 2011: the irradiation facility in "
     "Lahore, the inspectors who certify each consignment, the Radura logo and labelling, the "
     "cost per kilogram, air freight, the share of fruit rejected for early ripening or sap burn, "
     "and why volumes stayed small compared with the hot water treated mangoes sent to Europe and "
     "the Gulf. Vapour heat treatment is discussed briefly.",
     ("food irradiation", "phytosanitary irradiation", "mango exports", "fruit flies",
      "case studies"),
     ("PK",), "2024-08"),
    ("gs29", "document", "fr",
     "Fiche : l'ionisation des denrées alimentaires, règles, étiquetage et contrôles en Belgique",
     "L'ionisation, ou irradiation, des denrées alimentaires consiste à les exposer à des "
     "rayonnements ionisants, rayons gamma du cobalt 60, faisceaux d'électrons ou rayons X, pour "
     "détruire les bactéries pathogènes, les insectes ou les germes sans rendre l'aliment "
     "radioactif. Dans l'Union européenne, seuls les herbes aromatiques séchées, les épices et "
     "les condiments végétaux figurent sur la liste commune des aliments qui peuvent être "
     "ionisés, mais la Belgique autorise aussi, comme quelques autres États membres, d'autres "
     "denrées, dont les cuisses de grenouille, les crevettes et la volaille. Cette fiche de "
     "l'agence fédérale pour la sécurité de la chaîne alimentaire explique quelles installations "
     "sont agréées, les doses permises, la mention « traité par ionisation » ou « traité par "
     "rayonnements ionisants » obligatoire sur l'étiquette, même pour un seul ingrédient, et les "
     "méthodes de laboratoire qui permettent de reconnaître un aliment ionisé lors des contrôles. "
     "La stérilisation du matériel médical n'est pas traitée.",
     ("ionisation des aliments", "irradiation", "étiquetage", "sécurité alimentaire", "guides"),
     ("BE",), "2024-02"),
    ("gs30", "need", "es",
     "Necesidad: evaluar la irradiación como tratamiento cuarentenario para la fruta de "
     "exportación chilena",
     "Chile exporta cada temporada millones de cajas de uvas, cerezas, arándanos, ciruelas y "
     "cítricos, y para entrar en varios mercados parte de esa fruta debe fumigarse con bromuro de "
     "metilo contra la mosca de la fruta y otras plagas cuarentenarias, un gas que daña la capa "
     "de ozono y cuyo uso se quiere reducir. La irradiación de alimentos en dosis bajas, ya "
     "aceptada por algunos países importadores como tratamiento fitosanitario, sería una "
     "alternativa, pero el país cuenta con una sola planta de irradiación, dedicada sobre todo a "
     "especias e insumos médicos. El servicio agrícola y ganadero, la comisión de energía nuclear "
     "y las asociaciones de exportadores solicitan apoyo para ensayos de dosis por fruta y por "
     "plaga, estudios de calidad y vida de poscosecha, un análisis de costos de una planta de haz "
     "de electrones o de rayos X cerca de los puertos, y la capacitación de inspectores. La "
     "fumigación de contenedores en destino no forma parte de la solicitud.",
     ("irradiación de alimentos", "tratamientos cuarentenarios", "fruta de exportación",
      "poscosecha", "necesidades"),
     ("CL",), "2025-01"),
)  # fmt: skip
