"""Clearing-house records of the hundred-and-thirtieth judged relevance set
(tests/search/relevance/queries130.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: mining and pollution pages
on the salt waste of potash mining (a dataset of the chloride that the brine discharges, the
deep injection of brine and the salt heaps, such as the one called Monte Kali, put into the Werra
and the Weser, Germany; a case study of the nappe d'Alsace salted by the terrils of the Mines de
potasse d'Alsace and of forty years of dépollution, France; a project to restore the runa salina
del Cogulló of Sallent and to carry the salmueras of the potasa mines of the Bages to the sea,
Spain); energy and pollution pages on coal fires (a case study of the underground coal fires of
the Jharia coalfield, Jharkhand, India, and of the resettlement of its towns; a need to watch and
put out the terrils en combustion of the Pays de Charleroi, Wallonia, Belgium; a dataset of the
incendios subterráneos, the autocombustión of the mantos de carbón of the abandoned mines of
Boyacá and Cundinamarca, Colombia); radiation and health pages on nuclear weapons test sites
(a case study of the Runit Dome of Enewetak Atoll and of the fallout of the tests at Bikini
and Enewetak, Marshall Islands; a project to support the victims of the essais nucléaires of
Moruroa and Fangataufa and to explain the surveillance of the two atolls, French Polynesia; a
seminario in Mexico City, Mexico, on assistance to the victims of the ensayos nucleares and the
remediation of their sites under the Treaty on the Prohibition of Nuclear Weapons); occupational
and environmental health pages on beryllium (a dataset of the beryllium in the air and soil
of Öskemen, around the Ulba metallurgical plant, and of the chronic beryllium disease of its
workers, Kazakhstan; an offer, a support source, of a Québec occupational health laboratory
to screen workers for sensibilisation au béryllium and bérylliose and to sample workshops,
Canada; a need of Chile to protect the técnicos dentales from the polvo de berilio of the
alloys of dental prostheses); chemicals and consumer safety pages on nickel allergy (a dataset
of the nickel allergy of patch-tested patients and schoolchildren before and after the nickel
regulation, Denmark; a guide on the allergie au nickel for the sellers of bijoux fantaisie and
the piercing studios, Switzerland; a taller in Lima on the alergia al níquel caused by aretes,
piercings and bisutería, Peru); health pages on hydatid disease (a project against the hydatid
disease, the cystic echinococcosis spread by the dog tapeworm, of Turkana, Kenya; a need to
reduce the kyste hydatique, the hydatidose, of the countryside of the Moyen Atlas, Morocco;
a dataset of the hidatidosis, the equinococosis quística, of Río Negro, Argentina); health
pages on mycetoma (a case study of the mycetoma, Madura foot, of the villages of Sennar State,
Sudan; a project to detect earlier the mycétome, the pied de Madura, of the herders and farmers
of the Ferlo, Senegal; a guide for primary care on the micetoma and the actinomicetoma caused
by Nocardia brasiliensis, Mexico); waste pages on cemetery candles (a case study of the znicze,
the grave candles of All Saints' Day, in the cemeteries of Kraków, Poland; a project for reusable
lumignons and the sorting of cemetery waste at the Toussaint in Moselle, France; a need to manage
the veladoras and candelas left in the cementerios by the Día de Todos los Santos, Guatemala);
product safety, trade and waste pages on disposable lighters (a guide for importers and retailers
on child-resistant disposable lighters, Ireland; a need of Côte d'Ivoire to control imported,
counterfeit or dangerous briquets jetables; a project to collect the mecheros, the chisqueros of
the Canary Islands, washed up on their beaches, Spain); and enforcement pages on the tracking
of hazardous waste (a need of Ghana for an electronic hazardous waste manifest system with
digital consignment notes; a case study of Trackdéchets and of the dématérialisation of the
bordereaux de suivi des déchets dangereux, France; a guide to SIDREP, the sistema de declaración
y seguimiento de residuos peligrosos, Chile). English, French and Spanish, 10 records each, every
topic written once in each language (different countries, projects and angles, not translations of
one text).

None of records.py, records3.py, ..., records129.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (potash, potasse, potasa, potassium chloride, sylvinite,
silvinita, carnallite, Kali, Kalimine, MDPA, Stocamine, Wittelsheim, salt heap, salt tip, salt
tailings, terril, terril salin, escombrera, runa salina, Cogulló, Súria, Sallent, Cardona,
Bages, Llobregat, Werra, Weser, brine, saumure, salmuera, salt mine, mine de sel, sal gema,
salinisation, salinización; coal fire, mine fire, underground fire, coal seam, spontaneous
combustion, combustion spontanée, autocombustión, feu de mine, feux de charbon, terril en
combustion, incendio subterráneo, mantos de carbón, Jharia, Jharkhand, Dhanbad, Centralia,
Wuda, Charleroi, Boyacá, Cucunubá; nuclear test, nuclear weapon, essai nucléaire, essais
nucléaires, arme nucléaire, ensayo nuclear, ensayos nucleares, pruebas nucleares, armas
nucleares, fallout, radioactive fallout, retombées, lluvia radiactiva, plutonium, plutonio,
downwinder, Semipalatinsk, Semey, Polygon, Maralinga, Kiritimati, Bikini, Enewetak, Runit,
Rongelap, Moruroa, Mururoa, Fangataufa, Reggane, Gerboise, Lop Nur, Nevada, CIVEN, TPNW, CTBT,
atoll, atomic, atomique; beryllium, béryllium, berilio, berylliosis, bérylliose, beriliosis,
beryl, emerald, émeraude, Ulba, Öskemen, Ust-Kamenogorsk, dental laboratory, prothésiste,
protésico, técnico dental, sarcoidosis; nickel, níquel, nickel allergy, allergie au nickel,
alergia al níquel, contact allergy, dermatitis, eczéma de contact, jewellery, jewelry, bijou,
bijoux fantaisie, bisutería, joyería, aretes, piercing, dimethylglyoxime; hydatid, hydatidose,
hidatidosis, hidatídico, kyste hydatique, echinococcosis, échinococcose, equinococosis,
Echinococcus, tapeworm, ténia, tenia, Taenia, cysticercosis, praziquantel, albendazole, Turkana;
mycetoma, mycétome, micetoma, Madura, maduromycosis, eumycetoma, actinomycetoma, Nocardia,
podoconiosis, Sennar, Ferlo; candle, grave candle, grave light, bougie, lumignon, veilleuse, vela,
veladora, candela, lamparilla, znicz, cemetery, graveyard, cimetière, cementerio, panteón, All
Saints, Toussaint, Todos los Santos, Día de Muertos, tumba, tombe; lighter, disposable lighter,
child-resistant, briquet, briquets jetables, mechero, encendedor, chisquero, butane, butano,
piezo, allumette; manifest, waste manifest, consignment note, waste tracking, cradle-to-grave,
bordereau, bordereau de suivi, Trackdéchets, traçabilité des déchets, manifiesto, seguimiento
de residuos, trazabilidad de residuos, SIDREP, RESPEL, documento de identificación, movement
document, document de mouvement, waste carrier, waste transporter, transporteurs de déchets,
transportistas de residuos).

Screened and dropped as covered: hair straightening products (cl01-cl03), mothballs (bp07-bp09),
lead in kohl (bg22-bg24), black henna (bi22-bi24), mosquito coils (bc19-bc21), calcium carbide
fruit ripening (bo25-bo27), aluminium phosphide tablets (bd10-bd12), orphan radioactive sources
(cd01-cd03), phosphogypsum (bd16-bd18), red mud (bl22-bl24), artificial turf and its crumb rubber
(ch16-ch18), coffee capsules (cp19-cp21), thermal paper receipts (dj04-dj06), slime and borax
(eh16-eh18), methanol in adulterated alcohol (bc16-bc18), melamine (bl16-bl18), hexavalent
chromium in cement (ed01-ed03), tattoo inks (bo28-bo30), shore power (cp01-cp03), sail cargo
(cj19-cj21), data centres (cn04-cn06), cryptocurrency mining (cn07-cn09), pumped-storage
hydropower (cx10-cx12), smart and prepaid meters (db10-db12), energy poverty (dj19-dj21),
mobile phone antennas (cz10-cz12), chronic kidney disease of unknown cause (ct07-ct09),
snakebite (bn28-bn30), Buruli ulcer (bx13-bx15), embalming (eh01-eh03), military burn pits
(eh07-eh09), Agent Orange (dv07-dv09), tear gas (db01-db03), trichloroethylene (dd01-dd03),
parabens (ef01-ef03), acid attacks (cp16-cp18), drug precursor chemicals (cn25-cn27), hookah
smoke (dd04-dd06), incense smoke (cj07-cj09), fireworks accidents (u19-u21), electric boats and
solar canoes (cx16-cx18), tidal energy (ch04-ch06), wind turbine blades (bh10-bh12), coal mine
methane (ch10-ch12), coal ash (bb10-bb12), coal dust (dj16-dj18) and coal workers' pneumoconiosis
(eu07-eu09), besides the topics of sets 42 to 129 and those their docstrings list as covered;
screened with no or passing hits but not chosen: electronic noses for odour monitoring (no hit,
but too near the odour nuisance pages cl13-cl15), trachoma (no hit, a water, sanitation and
hygiene topic next to set 133's), cysticercosis (no hit, too near hydatid disease), podoconiosis
(no hit, named only for contrast by fg19), thunderstorm asthma (no hit, a pollen and weather
topic), dung as cooking fuel (the bosta de llama that the solar cookers of bz21 replace and the
bosta and taquia of the braseros of the carbon monoxide page cb09), power for mobile phone towers
(the telecom masts run on diesel generators named by cn13, next to the antenna pages cz10-cz12),
repowering of wind farms (named by the turbine blade page bh12), charcoal irons, graphite mining
and mica mining (named as a glitter ingredient by ct28).

No earlier record is judged relevant to any query of this set; the nearest are passing or about
other things, all 0: the road salt pages (bm28-bm30), the saltworks (bn19-bn21), the lithium
brines of the salt flats (x22-x24), the brine of the desalination plants (bs19-bs21), the potash
fertiliser recovered from the vinasse of bj10 and, in the golden files, the mineral records on
salts that effloresce in mines, no potash mining waste; the coal mine methane pages (ch10-ch12),
whose ch12 is a need for the grisú of the coal mines of Cundinamarca and Boyacá, the flooded
coal mines of the Nord-Pas-de-Calais (en17), which leave the grisou and the terrils to other
pages, the nightingales of the terrils of Hainaut and of the Pays de Charleroi (records95), the
acid drainage of abandoned coal mines (j04), the coal ash (bb10-bb12), coal dust (dj16-dj18),
black lung (eu07-eu09), landfill fires (db07-db09) and the golden records on the polycyclic
aromatic hydrocarbons of coal tar and coal burning, no coal fire; the radioactive waste pages
(ct01-ct03), the uranium pages (bw07-bw09), the depleted uranium of Vieques (cf03), the tritium
discharges (dj07-dj09), the potassium iodide tablets (eu10-eu12), the orphan sources (cd01-cd03),
the radioactive negative-ion products (ey10-ey12), the thermal pollution of nuclear plants
(ej13-ej15), the chemical weapons pages (w04-w06) and the Marshall Islands pages on freshwater
lenses (bz04) and sail cargo (cj19), no nuclear test; the welding fume pages (eb10-eb12), the
silicosis pages (bh25-bh27), the dental amalgam of the mercury pages (n01 and others) and the
golden records on the mineral beryl and its green form, emerald, which name no beryllium disease,
no beryllium page; the cadmium in children's jewellery (q40, q42), the tattoo inks (bo28-bo30),
which list nickel among the restricted metals, the online sales of hazardous chemicals (eb13),
which names nickel among the REACH restrictions, the chromium VI of cement (ed01-ed03), the
dimethyl fumarate pages (ep04-ep06), whose ep05 names the chrome VI of leather, the black henna
pages (bi22-bi24), the parabens page ef01, which names contact allergy, the negative-ion jewellery
(ey10-ey12) and the nickel mining pages (ch13-ch15, bi26), no nickel allergy; the dog faeces pages
(cr04-cr06), the slaughterhouse waste pages (bi07-bi09), the schistosomiasis pages (br13-br15),
which name praziquantel, the rabies pages (bt13-bt15), the fallen stock pages (en07-en09),
the livestock guardian dogs (bz10-bz12) and the urban fox guide cq05, which names alveolar
echinococcosis in passing, no hydatid disease; the tungiasis pages (fc13-fc15), the Buruli ulcer
pages (bx13-bx15), the snakebite pages (bn28-bn30) and the leishmaniasis pages (bs13-bs15),
no mycetoma; the cemetery pages (cm25-cm27), on cemeteries as urban nature, whose cm27 asks to
stop burning the flowers left after the Día de Muertos, the copal of the Día de Muertos altars
of the incense pages (cj07-cj09), the sky lanterns (bp25-bp27), the kerosene lamps (ch01-ch03)
and the festive bonfires (ep28-ep30), no cemetery candle; the LPG explosions (i19-i21), the
cigarette butts (z25-z27), the disposable vapes (bk04-bk06), the lithium-ion battery fires in
waste (ef07-ef09), the fireworks accidents (u19-u21), the counterfeit printer cartridges (fc30)
and the mecheros, gas flares, of Ecuador (cb03), no lighter; and the hazardous waste pages of
records.py (d3-d5), the construction and demolition waste pages (cb10-cb12), which track trucks
by GPS against illegal dumping, the port reception facilities (cl25-cl27), the vessel tracking
pages (br19-br21), the customs brokers (eh25-eh27) and the chemicals management pages on pollutant
release and transfer registers (p40 and others), no hazardous waste manifest.

records126.py, records127.py, records128.py and records129.py (ids fc.., fd.., fe.. and ff..),
the most recent earlier files, were searched like the others: their only hits on this set's
words are the nickel laterite, níquel y cobalto of Moa and cadmium in children's jewellery that
records126.py lists as covered topics, its mention of podoconiosis and mycetoma as screened and
not chosen, the dogs of the tungiasis pages (fc13, fc15), of the Andean cat page fd09 and of
the kagu pages (fd25-fd27), the coal of the calderas de carbón (fc21) and of the powerships'
coal fleet (fc16), the Ferlo and the aretes, ear tags, of the livestock pages of records128.py
(fe05, fe06) and the manifestations, protests, of a water rationing page (ff17); none of their
records answers a query of this set. records131.py, records132.py and records133.py (ids fh..,
fi.. and fj..), written at the same time by other engineers on biodiversity, on agriculture,
fisheries, forestry, food and land, and on water, oceans and coasts, climate adaptation, cities,
disasters and capacity building, are not part of this set's pool, and no query of this set was
judged against them.

Traps: the potassium fertiliser and its use on fields, the springs and wells and the fish and
invertebrates of fg01 (0 to fertilisers and to river fish pages); the puits d'eau potable,
the Rhin and the déchets dangereux stored at Stocamine of fg02 (0 to drinking water and to
hazardous waste storage); the sal para el deshielo de carreteras, the colector de salmueras that
carries the brine to the sea, the drinking water of the Llobregat and the natural montaña de sal
of Cardona of fg03 (0 to road salt and to desalination brine); the carbon monoxide, the sulphur
gases, the coal pickers and the coal stockyards of fg04 (0 to carbon monoxide and coal dust); the
charbonnages, the sulfure d'hydrogène, the drone and the rossignols, orchidées and promeneurs of
the wooded terrils of fg05 (0 to the nightingales of the terrils and to drones); the grisú of the
active mines, the monóxido de carbono and the minas informales of fg06 (0 to coal mine methane);
the thyroid cancers, the coconuts and fish, the sea rising around the dome and the claims tribunal
of fg07 (0 to sea-level rise and to the atoll pages); the cancers radio-induits, the tahitien
and the tests of the Sahara algérien of fg08; the energía nuclear civil and the residuos de las
centrales of fg09 (0 to radioactive waste disposal); the aircraft, the reactors, the snow samples
and the lead and zinc smelters of fg10 (0 to lead smelters); the sarcoïdose, the recycleurs de
métaux and the fumées de soudage of ordinary steel of fg11 (0 to welding fumes); the aleaciones
de níquel y cromo, the arenar, the cáncer de pulmón and the mercurio de las amalgamas of
fg12 (0 to nickel allergy and dental amalgam); the fragrances, hair dyes and online shopping of
fg13 (0 to black henna and hair dye and to online sales of chemicals); the cadmium and plomb of
jewellery and the titane of fg14 (0 to cadmium in jewellery); the tatuajes and their tintas of
fg15 (0 to tattoo inks); the rabies vaccination, the slaughter slabs and the untreated water of
fg16 (0 to rabies and slaughterhouse waste); the tueries rurales, the abats, the chiens errants
and the légumes mal lavés of fg17 (0 to slaughterhouse waste and stray dogs); the mataderos,
the vacuna EG95 and the triquinosis of fg18 (0 to slaughterhouse waste); the podoconiosis, the
acacia thorns and the war of fg19 (0 to podoconiosis, named only for contrast); the lèpre and the
ulcère de Buruli of fg20 (0 to Buruli ulcer); the esporotricosis and cromoblastomicosis of the
differential diagnosis and the calzado y guantes of fg21; the battery-powered LED grave lights,
the soot, the glass recycling and the chrysanthemum pots and wreaths of fg22 (0 to batteries
and to glass recycling); the veilleuses à piles, the pots de chrysanthèmes and the cimetières
sans pesticides of fg23 (0 to the cemetery pages cm25-cm27); the barriletes gigantes of Sumpango,
the quema de basura, the flores and coronas of fg24 (0 to sky lanterns, kites and open burning);
the butane, the toys and guns, the refillable lighters and the electronic cigarettes of fg25
(0 to vapes and toys); the réchauds and foyers, the contrefaçons, the déchets plastiques des
caniveaux and the allumettes of fg26 (0 to counterfeit goods and plastic waste); the pardelas,
the colillas, the tapones, cabos and basura marina of fg27 (0 to seabirds, cigarette butts and
marine litter); the used oil, healthcare waste, e-waste, mines, dumpsites and customs declarations
of fg28 (0 to e-waste and healthcare waste); the amiante, the fluides frigorigènes, the déchets
d'activités de soins and the transferts transfrontaliers of fg29 (0 to asbestos, refrigerants,
healthcare waste and the notification of transboundary movements); and the aceites usados,
baterías de plomo, solventes, the registro de emisiones y transferencias de contaminantes
and the residuos de la construcción of fg30 (0 to used oil, lead-acid batteries, pollutant
release and transfer registers and construction waste). For the country and exclusion queries:
fg01 names only Germany (Hesse, Thuringia); fg02 only France (Alsace; Europe and the Rhine,
no other country); fg03 only Spain (Catalonia); fg04 only India; fg05 only Belgium (Wallonia);
fg06 only Colombia; fg07 the Marshall Islands, and the United States as the testing state; fg08
French Polynesia, with France as the testing state and Algeria, named by the Sahara algérien;
fg09 Mexico, and Kazakhstan, Kiribati, Algeria, French Polynesia and the Marshall Islands, whose
delegations attend; fg10 only Kazakhstan; fg11 only Canada (Québec); fg12 only Chile; fg13 only
Denmark (Europe, no other country); fg14 only Switzerland; fg15 only Peru (the otros países are
not named); fg16 only Kenya; fg17 only Morocco; fg18 only Argentina; fg19 only Sudan; fg20 only
Senegal; fg21 only Mexico; fg22 only Poland; fg23 only France; fg24 only Guatemala; fg25 only
Ireland; fg26 only Côte d'Ivoire; fg27 only Spain (the Canary Islands); fg28 only Ghana; fg29
only France; fg30 only Chile. The words dental, dentaire and dentales are named by fg12 only among
the beryllium pages; the phrase "chronic beryllium disease" by fg10 only, "pied de Madura" by fg20
only (fg19 says Madura foot, fg21 pie de Madura) and "runa salina" by fg03 only; child resistance
(résistance aux enfants, sécurité enfants) by fg25 and fg26, not by fg27.

Ids (fg01..fg30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
fb01..fb30, fc01..fc30, fd01..fd30, fe01..fe30, ff01..ff30), and no earlier id starts with "fg".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- salt waste of potash mining -------------------------------------------------------------
    ("fg01", "dataset", "en",
     "Chloride in the Werra and Weser below the potash mines: brine discharges, salt heaps and "
     "groundwater, 1990-2024",
     "For more than a century the potash mines of the Werra valley, between Hesse and Thuringia, "
     "have dug sylvinite and carnallite to make potassium fertiliser, and most of what comes out "
     "of the ground is common salt. The leftover rock salt is piled into white heaps, the "
     "largest of which locals call Monte Kali, and the salty waste water, the brine, has been "
     "let into the Werra or pumped into porous rock deep underground, from where some has risen "
     "back into springs and wells. This dataset, published by the river basin community of the "
     "Weser states with the state environment agencies, gives daily chloride, potassium and "
     "magnesium concentrations at gauging stations down to the Weser, the brine discharged and "
     "injected each year, the runoff from the salt heaps, groundwater salinity in monitoring "
     "wells, and the fish and invertebrates counted since discharge limits were tightened. The "
     "fertiliser itself and its use on fields are not covered.",
     ("potash mining", "brine discharges", "salt heaps", "river salinity", "datasets"),
     ("DE",), "2025-01"),
    ("fg02", "case-study", "fr",
     "La nappe d'Alsace salée par les terrils des mines de potasse : quarante ans de dépollution",
     "De 1910 à 2002, les Mines de potasse d'Alsace ont extrait au nord de Mulhouse la sylvinite, "
     "dont on tirait le chlorure de potassium des engrais. Le sel gemme séparé du minerai a été "
     "entassé en terrils à Wittelsheim, Staffelfelden ou Ensisheim, et la pluie qui les lessivait "
     "a entraîné le sel dans la nappe phréatique, l'une des plus grandes réserves d'eau douce "
     "d'Europe : des langues salées s'étirent sur des kilomètres vers le nord, et des puits d'eau "
     "potable ont dû être abandonnés. Cette étude de cas, rédigée par une université avec "
     "l'agence de l'eau et le service géologique régional, retrace les remèdes successifs : "
     "dissolution accélérée des terrils, étanchéification et végétalisation de ceux qui "
     "restaient, pompage des eaux salées rejetées au Rhin par un saumoduc, suivi des chlorures "
     "dans des centaines de piézomètres. Elle montre que la nappe mettra encore des décennies à se "
     "dessaler. Le stockage de déchets dangereux de Stocamine, au fond de l'ancienne mine, relève "
     "d'un autre dossier.",
     ("mines de potasse", "terrils salins", "nappe phréatique", "chlorures", "études de cas"),
     ("FR",), "2024-11"),
    ("fg03", "project", "es",
     "Proyecto: restaurar la runa salina del Cogulló y recoger las salmueras de la minería de "
     "potasa del Bages",
     "En la comarca del Bages, en Cataluña, las minas de Súria y Sallent han extraído durante un "
     "siglo silvinita para producir potasa, el cloruro de potasio de los fertilizantes. Por cada "
     "tonelada de potasa quedan varias de sal común, que se amontona en escombreras salinas al "
     "aire libre: la mayor, la runa salina del Cogulló, en Sallent, se ve a kilómetros como una "
     "montaña blanca. La lluvia disuelve la sal y los lixiviados salinizan acuíferos, rieras y el "
     "río Llobregat, del que bebe buena parte del área de Barcelona. Este proyecto, de la agencia "
     "catalana del agua con los ayuntamientos, la empresa minera y una universidad, "
     "impermeabiliza la base de las escombreras, recoge los lixiviados en balsas, los lleva al mar "
     "por el colector de salmueras, vende parte de la sal para el deshielo de carreteras y la "
     "industria química, cubre y revegeta las laderas y mide los cloruros en pozos y en el río. La "
     "montaña de sal natural de Cardona, un lugar turístico, queda fuera del proyecto.",
     ("minería de potasa", "escombreras salinas", "salmueras", "salinización", "proyectos"),
     ("ES",), "2025-03"),
    # --- coal fires (underground coal seam fires and burning spoil heaps) ------------------------
    ("fg04", "case-study", "en",
     "Jharia's century-old coal fires: subsidence, smoke and the resettlement of mining towns",
     "In the Jharia coalfield near Dhanbad, in Jharkhand, fires have burned in underground coal "
     "seams since the first was recorded in 1916. Old workings left open by unregulated mining "
     "let in air, the coal heats and ignites by itself, and the fire creeps along the seams for "
     "decades. Smoke, carbon monoxide and sulphur gases rise through cracks, the ground subsides, "
     "roads and houses collapse, and people have died when the ground opened beneath them. This "
     "case study, by an Indian institute of mines with a public health school and residents' "
     "groups, reviews the master plan to fight the fires and move hundreds of thousands of "
     "people: trenching and flushing with slurry to cut off the air, digging out burning coal in "
     "opencast pits, thermal mapping from satellites, and the resettlement township of Belgaria, "
     "where many families lost their living as coal pickers. Fires in coal stockyards and in "
     "other coalfields of the world are mentioned only for comparison.",
     ("coal fires", "underground mine fires", "land subsidence", "resettlement", "case studies"),
     ("IN",), "2024-08"),
    ("fg05", "need", "fr",
     "Besoin : surveiller et éteindre les terrils en combustion du Pays de Charleroi",
     "Le Pays de Charleroi compte des dizaines de terrils, collines de schistes et de charbon de "
     "rebut laissées par les charbonnages fermés dans les années 1960 et 1970. Plusieurs brûlent "
     "encore de l'intérieur : le charbon mêlé aux schistes s'échauffe et s'enflamme spontanément "
     "au contact de l'air, et des fumerolles chargées de dioxyde de soufre, de monoxyde de carbone "
     "et de sulfure d'hydrogène sortent par les fissures, parfois à quelques mètres de "
     "promenades et de maisons. Le sol peut s'effondrer sur des braises, et le feu repart après "
     "des travaux ou des glissements. Le service public de Wallonie chargé du sol et du sous-sol, "
     "avec les communes et une université, demande un appui pour cartographier les zones chaudes "
     "par caméra thermique sur drone, poser des sondes de température et de gaz, former les "
     "agents à intervenir et tester l'extinction par recouvrement d'argile et injection de boues. "
     "Les rossignols, orchidées et promeneurs des terrils boisés ne sont pas visés par la "
     "demande.",
     ("terrils en combustion", "feux de charbon", "fumerolles", "Wallonie", "besoins"),
     ("BE",), "2024-12"),
    ("fg06", "dataset", "es",
     "Incendios subterráneos en minas de carbón abandonadas de Boyacá y Cundinamarca: puntos "
     "calientes, gases y hundimientos, 2015-2024",
     "En el altiplano cundiboyacense, miles de pequeñas minas de carbón, muchas informales, han "
     "sido abandonadas sin sellar sus bocaminas. El aire que entra por túneles y grietas hace que "
     "el carbón se caliente y arda por autocombustión: los mantos de carbón pueden quemarse bajo "
     "tierra durante años, y por las fisuras salen humo, monóxido de carbono y gases sulfurosos "
     "que llegan a potreros, escuelas y viviendas, mientras el terreno se hunde. Este conjunto de "
     "datos, publicado por el servicio geológico nacional con la autoridad minera y las "
     "corporaciones autónomas regionales, reúne los puntos calientes detectados por imágenes "
     "satelitales térmicas y verificados en campo, las mediciones de temperatura y de gases en "
     "superficie, los hundimientos registrados, las bocaminas selladas y los incendios apagados, "
     "por municipio, entre ellos Samacá, Sogamoso y Cucunubá. Las explosiones de grisú dentro de "
     "las minas activas se registran en otra base.",
     ("incendios de carbón", "minas abandonadas", "autocombustión", "hundimientos",
      "conjuntos de datos"),
     ("CO",), "2025-02"),
    # --- nuclear weapons test sites --------------------------------------------------------------
    ("fg07", "case-study", "en",
     "The Runit Dome and Enewetak Atoll: living with the waste of nuclear weapons testing",
     "Between 1946 and 1958 the United States exploded 67 nuclear weapons at Bikini and Enewetak "
     "atolls, in what is now the Marshall Islands. Fallout from the largest test drifted over "
     "Rongelap and Utrik, whose people suffered burns and later thyroid cancers, and whole "
     "communities were moved from their islands. On Runit Island, in Enewetak Atoll, soil "
     "contaminated with plutonium and other test debris was mixed into concrete and sealed in a "
     "bomb crater under a concrete cap, the Runit Dome, which was never lined underneath. This "
     "case study, by the national college with the nuclear commission of the Republic and "
     "community representatives, reviews what is known: radioactivity in soil, coconuts, fish "
     "and groundwater, cracks in the dome and the sea rising around it, the claims tribunal "
     "whose awards were never fully paid, and the hopes of the Enewetak people who live on the "
     "cleaned southern islands. Medical follow-up of the survivors is described briefly.",
     ("nuclear testing", "radioactive contamination", "Runit Dome", "Marshall Islands",
      "case studies"),
     ("MH",), "2024-03"),
    ("fg08", "project", "fr",
     "Projet : accompagner les victimes des essais nucléaires en Polynésie française et informer "
     "sur la surveillance de Moruroa et Fangataufa",
     "De 1966 à 1996, la France a procédé à 193 essais nucléaires en Polynésie française, "
     "d'abord dans l'atmosphère, puis sous les atolls de Moruroa et Fangataufa. Les retombées "
     "radioactives ont touché des îles habitées, comme Tureia, Mangareva ou Tahiti, et bien des "
     "anciens travailleurs du Centre d'expérimentation du Pacifique et des habitants souffrent de "
     "cancers que la loi reconnaît comme radio-induits. Ce projet, porté par le gouvernement de "
     "la Polynésie française avec une association de victimes, l'université et la direction de la "
     "santé, aide les malades et leurs familles à constituer les dossiers d'indemnisation, forme "
     "des relais dans les archipels, recueille des témoignages pour un centre de mémoire et "
     "publie, en langage simple et en tahitien, les résultats de la surveillance radiologique et "
     "géomécanique des deux atolls, dont les sous-sols fracturés gardent du plutonium. Les essais "
     "menés auparavant dans le Sahara algérien sont seulement évoqués.",
     ("essais nucléaires", "retombées radioactives", "indemnisation des victimes",
      "Polynésie française", "projets"),
     ("PF",), "2025-01"),
    ("fg09", "event", "es",
     "Seminario: asistencia a las víctimas de los ensayos nucleares y remediación de los sitios "
     "contaminados",
     "Entre 1945 y 1998 se hicieron en el mundo más de dos mil ensayos nucleares, en la "
     "atmósfera, bajo tierra y bajo el mar, y muchos de sus sitios siguen contaminados y sus "
     "poblaciones enfermas. El Tratado sobre la Prohibición de las Armas Nucleares obliga a sus "
     "Estados partes a asistir a las víctimas y a remediar el ambiente de las zonas afectadas. "
     "Este seminario, organizado en la Ciudad de México por la cancillería con el organismo "
     "regional del Tratado de Tlatelolco, universidades y organizaciones civiles, reúne a "
     "delegaciones y sobrevivientes de Kazajistán, Kiribati, Argelia, la Polinesia Francesa y "
     "las Islas Marshall. Se presentarán los registros de salud de las poblaciones expuestas a "
     "la lluvia radiactiva, los métodos para medir cesio y plutonio en suelos y alimentos, las "
     "experiencias de limpieza y de restricción del uso de la tierra y los fondos "
     "internacionales de ayuda. La energía nuclear civil y los residuos de las centrales no "
     "forman parte del programa.",
     ("ensayos nucleares", "pruebas nucleares", "asistencia a víctimas", "remediación ambiental",
      "eventos"),
     ("MX",), "2025-05"),
    # --- beryllium (chronic beryllium disease) ---------------------------------------------------
    ("fg10", "dataset", "en",
     "Beryllium in the air, soil and workers of Öskemen: monitoring around the Ulba "
     "metallurgical plant, 1995-2024",
     "Öskemen, formerly Ust-Kamenogorsk, in East Kazakhstan, has one of the world's few plants "
     "that turn beryllium ore into metal, oxide and copper alloys for aircraft, electronics and "
     "reactors. Breathing beryllium dust or fume can sensitise the immune system and lead to "
     "chronic beryllium disease, or berylliosis, a scarring of the lungs that may appear years "
     "after exposure and is easily mistaken for sarcoidosis. In 1990 an explosion at the plant "
     "released a cloud of beryllium dust over the city. This dataset, published by the regional "
     "environment department with the national occupational health institute, brings together "
     "beryllium concentrations at the city's air stations and at the plant fence, in soil and "
     "snow samples across the city, and the results of lymphocyte proliferation tests and lung "
     "examinations of current and former workers, with notes on the methods. Emissions of the "
     "lead and zinc smelters of the same city are published separately.",
     ("beryllium", "chronic beryllium disease", "air quality", "occupational health",
      "datasets"),
     ("KZ",), "2024-10"),
    ("fg11", "support-source", "fr",
     "Offre : dépistage de la sensibilisation au béryllium et mesure des poussières dans les "
     "ateliers",
     "Au Québec, le béryllium se trouve dans les alliages de cuivre-béryllium usinés pour "
     "l'aéronautique, les moules et les contacts électriques, dans certaines fonderies et chez "
     "les recycleurs de métaux. Les poussières fines du meulage, du polissage ou de la coupe "
     "peuvent provoquer une sensibilisation, puis une bérylliose chronique, maladie pulmonaire "
     "grave souvent confondue avec la sarcoïdose. Un laboratoire public de santé au travail, avec "
     "le réseau de santé publique, offre aux entreprises et aux syndicats un programme complet : "
     "prélèvements d'air et de surface par lingettes pour repérer la contamination des ateliers, "
     "des vestiaires et des véhicules, analyses en laboratoire, test de prolifération "
     "lymphocytaire au béryllium pour les travailleurs exposés, orientation des cas vers une "
     "clinique de pneumologie et conseils pour réduire l'exposition : captage à la source, "
     "nettoyage humide, vêtements de travail laissés sur place. Les fumées de soudage de l'acier "
     "ordinaire relèvent du programme général de prévention.",
     ("béryllium", "bérylliose", "santé au travail", "dépistage", "offres"),
     ("CA",), "2024-06"),
    ("fg12", "need", "es",
     "Necesidad: proteger a los técnicos dentales del polvo de berilio en los laboratorios de "
     "prótesis",
     "En Chile trabajan miles de técnicos dentales en pequeños laboratorios que fabrican coronas "
     "y puentes metálicos. Muchas aleaciones baratas de níquel y cromo para las estructuras de "
     "porcelana contienen berilio, que facilita la colada, y al desbastar, pulir o arenar las "
     "piezas los técnicos respiran un polvo fino capaz de causar sensibilización y beriliosis, "
     "una enfermedad pulmonar crónica, además de cáncer de pulmón. Los talleres, a menudo "
     "instalados en casas, rara vez tienen extracción localizada. El instituto de salud pública, "
     "con la autoridad sanitaria y el colegio de técnicos dentales, solicita apoyo para medir el "
     "berilio en el aire y las superficies de una muestra de laboratorios, ofrecer a los técnicos "
     "pruebas de función pulmonar y de sensibilización, exigir que las aleaciones declaren su "
     "contenido, promover las que no llevan berilio y formar a los fiscalizadores. El mercurio de "
     "las amalgamas de las consultas odontológicas se trata en otro programa.",
     ("berilio", "beriliosis", "laboratorios dentales", "salud ocupacional", "necesidades"),
     ("CL",), "2025-04"),
    # --- nickel allergy --------------------------------------------------------------------------
    ("fg13", "dataset", "en",
     "Nickel allergy in patch-tested patients and schoolchildren before and after the nickel "
     "regulation, 1985-2024",
     "Nickel allergy is the most common contact allergy: sweat dissolves nickel from earrings, "
     "belt buckles, watch straps, jeans buttons and piercings, and once sensitised a person gets "
     "itchy eczema wherever such items touch the skin. Denmark limited the nickel that items in "
     "prolonged contact with the skin may release in 1990, a rule later taken over across "
     "Europe. This dataset, from a national allergy research centre with the dermatology "
     "departments of the university hospitals, gives by year, sex and age group the share of "
     "patients reacting to nickel sulphate in patch tests, repeated surveys of schoolchildren and "
     "young adults with their age at ear piercing, and dimethylglyoxime spot tests of earrings, "
     "hair clips and phones bought in shops and online. It shows the fall in nickel allergy among "
     "young women and new cases from cheap jewellery bought online. Allergies to fragrances and "
     "hair dyes are published separately.",
     ("nickel allergy", "contact dermatitis", "jewellery", "patch testing", "datasets"),
     ("DK",), "2024-09"),
    ("fg14", "document", "fr",
     "Allergie au nickel : guide pour les vendeurs de bijoux fantaisie et les studios de piercing",
     "En Suisse, environ une femme sur six est allergique au nickel, un métal bon marché présent "
     "dans de nombreux bijoux fantaisie, montres, boucles de ceinture et boutons. La sueur en "
     "libère des ions qui traversent la peau et déclenchent un eczéma de contact, souvent d'abord "
     "au lobe de l'oreille percée. La législation sur les objets destinés à entrer en contact avec "
     "le corps limite le nickel qu'un objet peut libérer par semaine, avec une limite plus basse "
     "pour les bijoux de piercing posés dans une plaie qui cicatrise. Ce guide, publié par "
     "l'office fédéral chargé de la sécurité des denrées et des objets usuels avec les chimistes "
     "cantonaux, explique aux commerçants, importateurs et pierceurs comment demander des "
     "résultats d'essais aux fournisseurs, utiliser le test à la diméthylglyoxime, choisir le "
     "titane ou l'acier chirurgical pour les premiers piercings, et ce que risquent les objets non "
     "conformes lors des contrôles. Le cadmium et le plomb des bijoux font l'objet d'une autre "
     "fiche.",
     ("allergie au nickel", "bijoux fantaisie", "piercing", "eczéma de contact",
      "lignes directrices"),
     ("CH",), "2024-04"),
    ("fg15", "event", "es",
     "Taller: alergia al níquel en aretes, piercings y bisutería, vigilancia del mercado en Lima",
     "La dermatitis de contacto por níquel aparece en el lóbulo de la oreja, en la muñeca o bajo "
     "la hebilla del cinturón de quienes usan aretes, pulseras, relojes y piercings de bisutería "
     "barata que liberan el metal con el sudor. En Lima, los mercados de Mesa Redonda y de "
     "Gamarra venden millones de piezas importadas sin información sobre su composición, y los "
     "dermatólogos atienden cada vez más jóvenes sensibilizados. Este taller, organizado por la "
     "autoridad de salud ambiental con el instituto de calidad, la agencia de protección al "
     "consumidor y la sociedad peruana de dermatología, presenta los límites de liberación de "
     "níquel adoptados en otros países, enseña a usar la prueba de dimetilglioxima en los puestos "
     "de venta y en el laboratorio, discute una norma técnica nacional para la bisutería y los "
     "piercings y prepara una campaña con los estudios de perforación corporal. Los tatuajes y "
     "sus tintas se tratarán en otra jornada.",
     ("alergia al níquel", "bisutería", "dermatitis de contacto", "vigilancia del mercado",
      "eventos"),
     ("PE",), "2025-06"),
    # --- hydatid disease (cystic echinococcosis) -------------------------------------------------
    ("fg16", "project", "en",
     "Project: breaking the dog and livestock cycle of hydatid disease in Turkana",
     "Turkana County, in north-western Kenya, has some of the highest rates of hydatid disease "
     "ever recorded. The dog tapeworm Echinococcus granulosus lives in the guts of dogs, which "
     "pass its eggs in their faeces; goats, sheep and camels swallow them while grazing, and "
     "people, often children, while playing with dogs or drinking untreated water. In humans the "
     "larvae grow into fluid-filled cysts in the liver and lungs, which take years to cause pain "
     "and may need surgery. Because animals are slaughtered at home and infected offal is thrown "
     "to dogs, the cycle never breaks. This project, led by the county health and veterinary "
     "departments with a university and the referral hospital in Lodwar, screens villagers with "
     "portable ultrasound, treats cysts with albendazole or refers patients for surgery, deworms "
     "dogs every month with praziquantel, builds slaughter slabs with lockable pits for condemned "
     "offal and teaches herders and schools how cystic echinococcosis spreads. Rabies vaccination "
     "of dogs is offered at the same visits but funded separately.",
     ("hydatid disease", "cystic echinococcosis", "dog deworming", "pastoralists", "projects"),
     ("KE",), "2024-07"),
    ("fg17", "need", "fr",
     "Besoin : faire reculer le kyste hydatique dans les campagnes du Moyen Atlas",
     "Au Maroc, des centaines de personnes sont opérées chaque année d'un kyste hydatique du foie "
     "ou du poumon, surtout dans les régions d'élevage ovin comme le Moyen Atlas. L'hydatidose se "
     "transmet par les œufs du ténia du chien, rejetés avec ses excréments : moutons et bovins "
     "s'infestent en broutant, les humains par les mains sales ou les légumes mal lavés. Dans les "
     "souks hebdomadaires et les tueries rurales, les abats parasités sont souvent jetés aux "
     "chiens, qui entretiennent le cycle. Le ministère de la santé, avec l'office national de "
     "sécurité sanitaire des produits alimentaires, les communes et un institut vétérinaire, "
     "demande un appui pour équiper les tueries de fosses et d'incinérateurs pour les saisies, "
     "traiter les chiens de propriétaires au praziquantel, dépister les porteurs de kystes par "
     "échographie dans les douars et former bouchers et enseignants. La capture des chiens "
     "errants, contestée, reste hors de la demande.",
     ("kyste hydatique", "hydatidose", "tueries rurales", "santé publique", "besoins"),
     ("MA",), "2024-10"),
    ("fg18", "dataset", "es",
     "Hidatidosis en Río Negro: ecografías escolares, desparasitación de perros y faena, "
     "2000-2024",
     "La hidatidosis, o equinococosis quística, sigue siendo un problema de salud en las zonas "
     "ganaderas de la Patagonia argentina. Los perros que comen vísceras crudas de ovejas "
     "faenadas en el campo se infectan con el parásito y eliminan sus huevos, que contaminan el "
     "suelo, el agua y las manos; en las personas se forman quistes hidatídicos en el hígado o el "
     "pulmón. Este conjunto de datos, publicado por el ministerio de salud provincial con el "
     "programa de control de la hidatidosis y la universidad nacional, reúne por paraje y por año "
     "las ecografías abdominales hechas a escolares rurales, los quistes detectados y operados, "
     "las dosis de praziquantel dadas a los perros por los agentes sanitarios, los análisis de "
     "heces caninas, la vacunación de corderos con la vacuna EG95 y la inspección de vísceras en "
     "los mataderos. Incluye mapas de la Línea Sur y notas metodológicas. La triquinosis de los "
     "cerdos se vigila en otro registro.",
     ("hidatidosis", "quiste hidatídico", "perros", "ganadería ovina", "conjuntos de datos"),
     ("AR",), "2025-03"),
    # --- mycetoma (Madura foot) ------------------------------------------------------------------
    ("fg19", "case-study", "en",
     "Mycetoma in Sudan's villages: thorns, bare feet and the late diagnosis of Madura foot",
     "Mycetoma, known as Madura foot, is a slow infection of the skin, muscles and bones caused "
     "by fungi, in eumycetoma, or by bacteria, in actinomycetoma, that live in soil and on thorns "
     "and enter the foot through small wounds. Sudan reports more cases than any other country, "
     "mostly among young farmers and herders of the central states who walk barefoot among "
     "acacia thorns. Painless swellings and draining sinuses are often hidden for years, until "
     "amputation is the only option. This case study, by the national mycetoma research centre "
     "in Khartoum with a state ministry of health, follows a village-based programme in Sennar "
     "State: community health workers trained to spot early swellings, mobile teams with "
     "portable ultrasound and surgery under local anaesthesia, antifungal treatment, shoes for "
     "farmers and fencing of animal pens. It describes how the war that began in 2023 cut off "
     "supplies and follow-up. Podoconiosis, another foot disease linked to soil, is named only "
     "for contrast.",
     ("mycetoma", "Madura foot", "neglected tropical diseases", "rural health", "case studies"),
     ("SD",), "2024-05"),
    ("fg20", "project", "fr",
     "Projet : dépister plus tôt le mycétome chez les éleveurs et cultivateurs du Ferlo",
     "Le mycétome, appelé aussi pied de Madura, est une infection chronique causée par des "
     "champignons ou des bactéries du sol qui pénètrent par une piqûre d'épine, le plus souvent "
     "au pied. Il progresse sans douleur pendant des années, forme des tuméfactions et des "
     "fistules d'où s'écoulent des grains, puis détruit les os. Au Sénégal, il frappe surtout les "
     "éleveurs peuls et les cultivateurs des zones sèches du nord, qui arrivent à l'hôpital à un "
     "stade où l'amputation est souvent inévitable. Ce projet, mené par le service de dermatologie "
     "d'un centre hospitalier universitaire de Dakar avec le programme national de lutte contre "
     "les maladies tropicales négligées et les districts sanitaires de Linguère et de Louga, forme "
     "les infirmiers des postes de santé à reconnaître les premières lésions, organise des "
     "consultations avancées avec échographie, prend en charge le transport des malades, fournit "
     "les traitements et sensibilise les bergers au port de chaussures. La lèpre et l'ulcère de "
     "Buruli sont suivis par d'autres programmes.",
     ("mycétome", "pied de Madura", "maladies tropicales négligées", "dépistage", "projets"),
     ("SN",), "2024-11"),
    ("fg21", "document", "es",
     "Guía para el primer nivel de atención: reconocer, tratar y referir el micetoma",
     "México es uno de los países con más casos de micetoma, y la mayoría son actinomicetomas "
     "causados por Nocardia brasiliensis, una bacteria del suelo que entra por espinas, astillas "
     "o heridas en los pies, las piernas o la espalda de campesinos y jornaleros de Guerrero, "
     "Morelos, Jalisco, Oaxaca y otros estados. El llamado pie de Madura empieza como un nódulo "
     "indoloro y, sin tratamiento, forma fístulas que drenan granos y llega a destruir el hueso. "
     "Esta guía, elaborada por la secretaría de salud con un centro dermatológico de referencia y "
     "una facultad de medicina, enseña a médicos y enfermeras de los centros de salud rurales a "
     "reconocer las lesiones tempranas, tomar muestras del exudado para buscar granos, pedir "
     "cultivos y estudios de imagen, iniciar el tratamiento con trimetoprim-sulfametoxazol cuando "
     "el diagnóstico está confirmado y referir los casos graves. Incluye consejos de prevención, "
     "como el uso de calzado y guantes. La esporotricosis y la cromoblastomicosis se describen "
     "solo para el diagnóstico diferencial.",
     ("micetoma", "pie de Madura", "atención primaria", "enfermedades desatendidas", "guías"),
     ("MX",), "2025-02"),
    # --- cemetery candles (grave lanterns) -------------------------------------------------------
    ("fg22", "case-study", "en",
     "Millions of grave candles on All Saints' Day: what Kraków's cemeteries do with the glass "
     "and wax",
     "Around 1 November, families across Poland visit the graves of their relatives and light "
     "znicze, grave candles in glass or plastic lanterns with a metal lid, filled with paraffin "
     "wax. Hundreds of millions are sold each year, most made to burn once, and in the weeks "
     "after All Saints' Day cemetery skips overflow with lanterns still holding wax, wicks and "
     "metal, which sorting plants can rarely recycle. This case study, by a waste management "
     "institute with the municipal cemeteries of Kraków and an environmental foundation, follows "
     "three seasons of change: separate containers for glass, plastic and mixed waste at "
     "cemetery gates, a campaign for refillable lanterns sold with replaceable wax inserts, "
     "trials of candles made from rapeseed and other plant waxes, battery-powered LED grave "
     "lights, which bring their own waste, and the reuse of collected glass by a local "
     "glassworks. It also measures soot in the cemeteries on the evening of the holiday. "
     "Chrysanthemum pots and wreaths are dealt with elsewhere.",
     ("grave candles", "cemetery waste", "glass recycling", "All Saints' Day", "case studies"),
     ("PL",), "2024-04"),
    ("fg23", "project", "fr",
     "Projet : des lumignons réutilisables et le tri des déchets au cimetière pour la Toussaint",
     "À la Toussaint, en Moselle comme dans une grande partie de l'est et du nord de la France, "
     "on fleurit les tombes et on y allume des lumignons, bougies funéraires dans un godet en "
     "plastique ou en verre coiffé d'un couvercle. Une fois consumés, ces lumignons finissent par "
     "milliers dans les bennes des cimetières avec les pots de chrysanthèmes, les fleurs en "
     "plastique et la terre, un mélange que les centres de tri refusent. Ce projet, porté par un "
     "syndicat intercommunal de collecte des déchets avec une vingtaine de communes et les "
     "marbriers, installe au cimetière des bacs séparés pour le verre, les plastiques et les "
     "déchets verts, propose chez les fleuristes des lumignons en verre consignés et "
     "rechargeables avec de la cire végétale, forme les agents des cimetières et compte les "
     "tonnages avant et après. Il met en garde contre les veilleuses à piles, dont les piles "
     "usagées s'ajoutent aux déchets. La gestion des cimetières sans pesticides relève d'un autre "
     "programme.",
     ("lumignons", "bougies de cimetière", "déchets de cimetière", "Toussaint", "projets"),
     ("FR",), "2024-09"),
    ("fg24", "need", "es",
     "Necesidad: manejar las veladoras y candelas que deja el Día de Todos los Santos en los "
     "cementerios de Guatemala",
     "El 1 de noviembre, miles de familias guatemaltecas visitan a sus difuntos, limpian y pintan "
     "las tumbas y encienden veladoras y candelas de parafina, muchas en vasos de vidrio o de "
     "plástico, junto a flores, coronas de papel y comida. En el Cementerio General de la capital "
     "y en los cementerios municipales de Sacatepéquez quedan en los días siguientes toneladas de "
     "residuos: vasos con restos de cera, envolturas, flores marchitas, y el humo de miles de "
     "velas se suma al de la basura que a veces se quema allí mismo. La municipalidad de "
     "Guatemala, con una mancomunidad de municipios de Sacatepéquez y una asociación de "
     "recicladores, solicita apoyo para instalar puntos de separación en las entradas, acordar "
     "con los vendedores vasos retornables, recuperar el vidrio y la parafina para fabricar velas "
     "nuevas y organizar brigadas de limpieza sin quemas. Los barriletes gigantes de Sumpango, que "
     "se elevan ese mismo día, no forman parte de la solicitud.",
     ("veladoras", "velas de cementerio", "residuos de cementerios", "Día de Todos los Santos",
      "necesidades"),
     ("GT",), "2025-01"),
    # --- disposable lighters ---------------------------------------------------------------------
    ("fg25", "document", "en",
     "Disposable lighters: a guide for importers and retailers on child resistance and safety",
     "Cheap disposable lighters are sold by the million at shop counters, filling stations and "
     "markets. Poorly made ones can leak butane, flare with a tall flame or burst in a pocket, "
     "and children playing with lighters start fires that kill. Every disposable lighter placed "
     "on the market must be child-resistant and meet the safety standard for lighters, and "
     "novelty lighters that look like toys, cartoon figures, mobile phones or guns are banned. "
     "This guide, issued by Ireland's consumer protection authority with the customs service, "
     "explains to importers, wholesalers and retailers which documents to ask of suppliers, how "
     "to check test reports from accredited laboratories, which markings and warnings must "
     "appear, how shipments are sampled at the ports and what happens to non-compliant lighters, "
     "which are seized, recalled and destroyed. It also reminds shops not to sell lighters to "
     "children. Refillable lighters and electronic cigarettes are not covered.",
     ("disposable lighters", "child-resistant lighters", "product safety",
      "market surveillance", "guidance"),
     ("IE",), "2024-02"),
    ("fg26", "need", "fr",
     "Besoin : contrôler les briquets jetables importés, contrefaits ou dangereux, en Côte "
     "d'Ivoire",
     "En Côte d'Ivoire, les briquets jetables se vendent à l'unité sur les marchés, dans les "
     "boutiques de quartier et par les vendeurs ambulants, pour allumer les cigarettes mais "
     "surtout les réchauds et les foyers. La plupart arrivent en conteneurs par le port "
     "d'Abidjan, sous des marques imitées et sans contrôle : des briquets qui fuient, éclatent au "
     "soleil ou n'ont pas de dispositif de sécurité enfants, à l'origine de brûlures et "
     "d'incendies d'habitations. Une fois vides, ils s'ajoutent aux déchets plastiques des "
     "caniveaux. Le ministère du commerce, avec les douanes, l'organisme national de "
     "normalisation et un laboratoire d'essais, demande un appui pour adopter la norme "
     "internationale de sécurité des briquets, équiper le laboratoire pour les essais de flamme, "
     "de chute et de résistance aux enfants, former les inspecteurs au port et sur les marchés "
     "d'Adjamé et de Treichville, et détruire sans danger les lots saisis, gaz compris. Les "
     "allumettes ne sont pas concernées.",
     ("briquets jetables", "contrefaçons", "sécurité des produits", "douanes", "besoins"),
     ("CI",), "2024-08"),
    ("fg27", "project", "es",
     "Proyecto: recoger los mecheros que llegan a las playas de Canarias y darles una segunda vida",
     "En las playas de barlovento de Lanzarote, Fuerteventura y La Graciosa, el mar deja cada "
     "invierno miles de mecheros de plástico, los chisqueros, como se les llama en Canarias, "
     "traídos por las corrientes desde el Atlántico norte junto con tapones, cabos y otros "
     "plásticos. Muchos conservan aún gas y piedra, y sus marcas y anuncios permiten saber de "
     "dónde vienen. Las aves marinas, como las pardelas, los confunden con comida. Este proyecto, "
     "de una asociación de voluntarios con el cabildo, una universidad canaria y un centro de "
     "buceo, organiza limpiezas mensuales, cuenta y fotografía los encendedores recogidos en una "
     "base de datos abierta, vacía con seguridad el gas que les queda, separa el plástico, el "
     "metal y la piedra, y encarga a artesanos y a una empresa de reciclaje piezas hechas con "
     "ellos. También hace campaña para que fumadores y pescadores usen encendedores recargables. "
     "Las colillas se cuentan, pero se estudian en otro proyecto.",
     ("mecheros", "encendedores desechables", "basura marina", "playas", "proyectos"),
     ("ES",), "2025-04"),
    # --- tracking of hazardous waste (manifests, consignment notes) -------------------------------
    ("fg28", "need", "en",
     "Need: an electronic manifest system to track hazardous waste from generators to licensed "
     "facilities",
     "Ghana's hazardous waste law requires every load of hazardous waste, from used oil and spent "
     "solvents to healthcare waste, e-waste and industrial sludge, to travel with a paper "
     "manifest signed by the generator, the transporter and the receiving facility. In practice "
     "many forms are never returned, copies are filled in after the event, and the environmental "
     "protection agency cannot tell whether a truck that left a mine or a factory ever reached a "
     "licensed treatment plant or was emptied at a dumpsite or into a drain. The agency, with the "
     "customs division and the association of waste transporters, asks for support to design an "
     "electronic manifest and tracking system: an online register of licensed generators, "
     "carriers and facilities, digital consignment notes filled in on mobile phones, GPS tracking "
     "of vehicles, alerts when a load is not received, links with customs declarations for "
     "exports, and training for inspectors and companies. Household waste collection is outside "
     "the request.",
     ("hazardous waste", "waste manifests", "waste tracking", "enforcement", "needs"),
     ("GH",), "2024-06"),
    ("fg29", "case-study", "fr",
     "Trackdéchets : la dématérialisation des bordereaux de suivi des déchets dangereux, retour "
     "d'expérience",
     "En France, chaque déchet dangereux, des solvants usés d'un garage aux terres polluées d'un "
     "chantier, doit voyager avec un bordereau de suivi qui engage le producteur, le transporteur "
     "et l'installation de traitement, et garantit la traçabilité du déchet jusqu'à son "
     "élimination. Pendant des décennies, ces bordereaux en plusieurs exemplaires papier se "
     "perdaient ou étaient remplis après coup. Depuis 2022, ils doivent être dématérialisés sur "
     "Trackdéchets, une plateforme publique du ministère de la transition écologique. Cette étude "
     "de cas, réalisée par une école d'ingénieurs avec des inspecteurs des installations classées "
     "et des fédérations professionnelles, retrace le passage au numérique : bordereaux propres à "
     "l'amiante, aux fluides frigorigènes et aux déchets d'activités de soins, registre "
     "électronique, signature sur téléphone par les chauffeurs, échanges de données avec les "
     "logiciels des entreprises et contrôles ciblés sur les anomalies. Elle chiffre le temps "
     "gagné et les fraudes détectées. Les transferts transfrontaliers de déchets, soumis à "
     "notification, sont hors champ.",
     ("bordereaux de suivi des déchets", "déchets dangereux", "traçabilité", "dématérialisation",
      "études de cas"),
     ("FR",), "2024-12"),
    ("fg30", "document", "es",
     "Guía del sistema de declaración y seguimiento de residuos peligrosos (SIDREP) para "
     "generadores y transportistas",
     "En Chile, todo generador de residuos peligrosos que entrega una carga a un transportista "
     "debe declararla en el sistema electrónico de declaración y seguimiento, conocido como "
     "SIDREP, y la instalación que la recibe debe confirmar su llegada. Así la autoridad "
     "sanitaria sabe, carga por carga, qué residuo salió de cada industria, hospital, faena "
     "minera o taller, quién lo transportó y dónde se trató o dispuso. Esta guía, publicada por el "
     "ministerio de salud con la ventanilla única del registro de emisiones y transferencias de "
     "contaminantes, explica paso a paso cómo inscribirse, clasificar los residuos según el "
     "reglamento, llenar el formulario de declaración antes de cada retiro, comprobar que el "
     "transportista y el destinatario estén autorizados, corregir errores y responder a las "
     "fiscalizaciones. Incluye ejemplos para aceites usados, baterías de plomo, solventes y "
     "residuos de laboratorio, y las sanciones por declarar datos falsos. Los residuos "
     "domiciliarios y los de la construcción siguen otras normas.",
     ("residuos peligrosos", "seguimiento de residuos", "SIDREP", "fiscalización", "guías"),
     ("CL",), "2025-05"),
)  # fmt: skip
