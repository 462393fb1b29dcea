"""Clearing-house records of the hundred-and-fifty-fourth judged relevance set
(tests/search/relevance/queries154.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: energy pages on patio heaters,
the gas and electric heaters of café and restaurant terraces (a dataset of the outdoor heaters,
mushroom heaters and braziers counted on the licensed pavement terraces of a London borough, United
Kingdom; a guide, a document, on the end of the terrasses chauffées, the ban on chauffages de
terrasse and parasols chauffants, France; a need to inventory and replace the estufas de exterior,
the setas de gas, of the terrazas of Barcelona, Spain); energy pages on standby power, the
electricity that appliances draw when switched off or waiting (a case study of the e-Standby
programme, its warning label and the one-watt target, Korea; a dataset of the charges fantômes, the
consommation en veille measured appliance by appliance in homes of Québec, Canada; an offer, a
support source, of meters, workshops and multicontactos against the consumo vampiro of homes and
offices, Mexico); product safety and indoor air pages on decorative ethanol fireplaces (a case study
of the ban on tabletop ethanol burners after burns, New South Wales, Australia; a fiche, a document,
on the cheminées à l'éthanol and foyers au bioéthanol, France; a project for a norma técnica and
controls on the chimeneas de bioetanol, or chimeneas ecológicas, Argentina); cosmetics and health
pages on eyelash extensions and their glues (a dataset of the complaints and eye injuries from
eyelash extensions and lash lifts, Japan; a need to control the colles à cils and train the poseuses
d'extensions de cils of Douala and Yaoundé, Cameroon; a guía, a document, for the centros de
estética that do extensiones and lifting de pestañas, Colombia); food safety and chemical hazard
pages on liquid nitrogen in ready-to-eat food (a case study of the bans on smoke biscuits and smoke
paan, Tamil Nadu and Karnataka, India; a séance d'information, an event, on the desserts and bonbons
à l'azote liquide of fairs and Christmas markets, Belgium; a dataset of the alertas and injuries
from the aliento de dragón and other alimentos con nitrógeno líquido sold at ferias, Mexico);
occupational health and waste pages on metalworking fluids, the coolants and cutting oils of
machining (a case study of an outbreak of hypersensitivity pneumonitis at an engine plant in the
English Midlands, United Kingdom; a need to collect and treat the huiles de coupe usagées, the spent
fluides de coupe, of the mechanical workshops of Sfax and Sousse, Tunisia; a jornada técnica, an
event, on the taladrinas of the machining shops of the Basque Country, Spain); occupational health
pages on epoxy resins and the allergic dermatitis they cause (a guide, a document, for the
laminators of wind turbine blade factories, Denmark; a case study of the eczemas from résines époxy
in the boatyards of La Rochelle, France; a project against the dermatitis of the aplicadores de
pisos and the talleres de arte en resina epoxi, Chile); contaminated land pages on lead arsenate,
the old orchard insecticide, in the soils of former orchards (a project testing and capping the
soils of schools and childcare centres on former orchard land, Washington State, United States; a
dataset of the arséniate de plomb in the soils of the anciens vergers of the Montérégie, Québec,
Canada; a need to assess the arseniato de plomo in the soils of the chacras frutícolas turned into
neighbourhoods in the Alto Valle, Argentina); waste pages on used cork stoppers (a project
collecting wine corks through shops and schools and planting native trees, Portugal; an offer, a
support source, of collection of the bouchons de liège by a sheltered workshop, Suisse romande,
Switzerland; a jornada, an event, on the reciclaje de tapones de corcho in the bars and bodegas of
Extremadura, Spain); and chemicals and health pages on DEHP, the phthalate that softens PVC medical
devices (a need to replace DEHP-containing devices in the neonatal units of Gauteng, South Africa; a
case study of the ban on tubulures containing DEHP in pédiatrie, néonatologie and maternité, France;
a jornada, an event, on neonatologías sin DEHP and the ftalatos of dispositivos médicos, Uruguay).
English, French and Spanish, 10 records each, every topic written once in each language (different
countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records153.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (patio heater, terrace heater, outdoor heater, mushroom heater,
gas heater, brazier, chauffage de terrasse, terrasses chauffées, parasol chauffant, champignon à
gaz, brasero, terrasse, estufa de terraza, estufa de exterior, seta, calefactor, terraza,
hostelería; standby, stand-by, vampire power, phantom load, veille, consommation en veille, charges
fantômes, barre d'alimentation, multiprise, modo de espera, consumo vampiro, consumo fantasma,
regleta, multicontacto, power strip, off mode, one watt; ethanol fireplace, ethanol burner,
bioethanol, bioéthanol, bioetanol, cheminée, foyer décoratif, chimenea, chimenea ecológica, fire
pit, alcohol de quemar, flueless; eyelash, lash, lash lift, cils, extensions de cils, colle à cils,
pestañas, extensiones de pestañas, lifting de pestañas, cyanoacrylate, cianoacrilato, blepharitis,
esthéticienne, centro de estética; liquid nitrogen, azote liquide, nitrógeno líquido, dragon's
breath, aliento de dragón, smoke biscuit, smoke paan, cryogenic, cryogénique, criogénico, dry ice,
glace carbonique, hielo seco; metalworking fluid, cutting fluid, cutting oil, coolant, fluides de
coupe, huiles de coupe, huile soluble, usinage, taladrina, fluidos de corte, aceite de corte,
mecanizado, machining, hypersensitivity pneumonitis, pneumopathie d'hypersensibilité, neumonitis por
hipersensibilidad; epoxy, époxy, époxyde, epoxi, epóxica, resin, résine, resina, durcisseur,
endurecedor, hardener, contact dermatitis, eczéma, dermatitis alérgica; lead arsenate, arséniate de
plomb, arseniato de plomo, arsenic, arsénico, orchard, verger, pommeraie, chacra, huerto frutal,
manzano, pommier, carpocapse, carpocapsa, codling moth; cork, liège, corcho, cork stopper, bouchon,
tapón, wine cork, subéraie, alcornoque; DEHP, phthalate, phtalate, ftalato, plasticiser,
plastifiant, plastificante, PVC, medical device, dispositif médical, dispositivo médico, tubing,
tubulure, tubuladura, catheter, cathéter, catéter, neonatal, néonatologie, neonatología).

Screened and dropped as covered: diacetyl and the popcorn lung of butter flavourings (no records
page, but the golden page on the molecule of biacetyl, which names its use as a butter flavour,
would be relevant), mosquito coils (bc19-bc21), methanol in adulterated alcohol (bc16-bc18), sky
lanterns (bp25-bp27), nitrous oxide canisters (cj04-cj06), calcium carbide ripening (bo25-bo27),
keratin hair straightening (cl01-cl03), black henna (bi24), fluorinated ski wax (dn25-dn27),
hydrofluoric acid (s26), olive mill wastewater (bg10-bg12), mattresses (s28-s30), disposable nappies
(bb16-bb18), cigarette butts (z25-z27), drinking water sachets (screened by sets 114, 118 and 149),
waste pickers (n18), illegal refilling of LPG cylinders (i19-i21), fire extinguishers (u22-u24),
sandblasted jeans (screened by set 134), button batteries (bn22-bn24), DNP slimming pills (the
golden dinitrophenol page), the disposal of seized counterfeits (cb16-cb18), the n-hexane of
shoemakers' glues (next to the glue sniffing pages db04-db06), the open burning of garden waste (n25
and the open burning pages), smuggled kpayo fuel (ca08) and the needles and syringes of patients who
inject themselves at home (screened by set 118), besides the topics of sets 42 to 153 and those
their docstrings list as covered; screened with no or passing hits but not chosen: isothiazolinone
preservatives and their contact allergy (named only by the paraben pages ef01 and the
metilisotiazolinona of a records35 page, but a second allergy topic beside the epoxy resins),
glutaraldehyde in hospital disinfection (no hit, but few pages outside hospitals), motorcycle
helmets (no hit, a road safety topic) and hotel soap recycling (no hit, but few French and Spanish
pages).

One earlier record is judged relevant in part (1): the guidance on identifying short-chain
chlorinated paraffins in PVC and metalworking fluids, v07, whose title names metalworking fluids,
answers the metalworking fluid queries in part. The nearest others are passing or about other
things, all 0: the Swiss energy saving campaign ct14, which names the interdiction des chauffages de
terrasse prepared for a shortage and the appareils en veille among its tips, the other energy saving
pages (ct13, ct15), the kerosene heater pages (ga07-ga09), the carbon monoxide pages (cb07-cb09),
whose braseros burn indoors, the LPG explosions (i19-i21), the pellet stove pages (dd16-dd18) and
the sound limiters of bars (ep22-ep24), no patio heater; the appliance energy labels (dd19-dd21),
the smart and prepaid meters (db10-db12), the counterfeit phone chargers (fs22-fs24) and ct14, no
standby power page; the ethanol cookstoves (fo28-fo30), the fuel ethanol pages (dp13 and the
records88 pages on bioéthanol), the kerosene heaters (ga07-ga09), whose ga08 calls the poêle à
pétrole a chauffage d'appoint, and the methanol pages (bc16-bc18), no ethanol fireplace; the nail
salon pages (bn25-bn27), the keratin hair straightening pages (cl01-cl03), the black henna page
bi24, the tattoo ink pages (bo28-bo30), the counterfeit cosmetics (fk25-fk27), the teeth whitening
pages (fo16-fo18), the kohl page bg22 and the nickel allergy pages (fg13-fg15), no eyelash
extension; the liquid nitrogen flasks and rounds of the artificial insemination pages (fy07, fy09),
the carbon dioxide in wineries (ga16-ga18), the street food pages (fq22-fq24) and the nitrous oxide
canisters (cj04-cj06), no liquid nitrogen in food; the other SCCP pages (v08, whose Moroccan
inventory names the fluides de coupe among the uses of the paraffins, and v09), the used lubricating
oil pages (x28-x30), the used oil filters (fo04-fo06), the welding fume pages (eb10-eb12) and the
galvanoplastie seminar j17, no metalworking fluid page; the wind turbine blade pages (bh10-bh12),
whose bh10 names the epoxy resin of the blades, the resin printers of the 3D printer pages
(ef28-ef30), the isocyanate pages (dx16-dx18), the cement dermatitis pages (ed01-ed03), the nail
salon, nickel and latex allergy pages (bn25-bn27, fg13-fg15, fw13-fw15), the end-of-life boats
(dh16-dh18) and the epoxy hardener given as an example by the chemical guidance dr07, no epoxy
dermatitis; the cattle tick dip sites with arsenic and DDT in their soil (er01-er03), the
CCA-treated timber (bj28-bj30), the arsenic in drinking water pages (t10-t12), the phytoremediation
of arsenic (bk16), the arsenic of the Horne smelter (dh11), the traditional orchard pages
(eg13-eg15, ck05) and the fire blight plan of the orchards of the Alto Valle (gc15), no lead
arsenate; the cork oak woodlands (y22-y24), whose y22 names the falling demand for cork stoppers,
the deposit return systems (bk22-bk24), the glass recycling pages (dn04-dn06) and the coffee
capsules (cp19-cp21), no cork stopper recycling; and the phthalate and plastic additive pages
(w25-w27), the latex glove page fw13, which leaves the phthalates of vinyl gloves to others, the
mercury-free health care page n44, the ethylene oxide sterilisation pages (bq07-bq09), which name
catheters, and the health-care waste pages (d3, p22, p23), no DEHP in medical devices.

records150.py, records151.py, records152.py and records153.py (ids ga.., gb.., gc.. and gd..), the
most recent earlier files, were searched like the others: their only hits on this set's words are
the PVC flex banners of ga01-ga03, the PVC of the cable pages ga20 and ga21, the standby person of
the winery page ga16, the kerosene heaters and chauffage d'appoint of ga07-ga09, the monoxyde and
dióxido de nitrógeno of those heaters, the chêne-liège and cork oak woods named by records151, the
apple and pear orchards of the fire blight pages (gc13-gc15), the terrasses of gc11 and the arsénico
en el agua de pozos named by the Junior Water Prize page of records153; none of their records
answers a query of this set. records155.py, records156.py and records157.py (ids gf01..gf30,
gg01..gg30 and gh01..gh30), written at the same time by other engineers on biodiversity, on
agriculture, fisheries, forestry, food and land, and on water, oceans and coasts, climate
adaptation, cities, disasters and capacity building, are not part of this set's pool, and no query
of this set was judged against them. Once they appeared, while this set was being finished, they
were searched for this set's words only to check that no topic is shared: their topics are
biodiversity, farming, fisheries, water, coast and disaster topics (from slow worms and moles to the
grapevine moth, cassava peels, transboundary aquifers and trail bridges), and their only hits are
the west Cork of Ireland, the corky seed pods of sea kale, the vampire bat rabies named by a
docstring and the ethanol industry named by the cassava peel pages.

Traps: the propane cylinders, the awnings, the blankets, the noise and the street air quality of
ge01 (0 to LPG, sound limiters and air quality); the bouteilles de propane, the climatisation and
the éclairage des vitrines of ge02 (0 to LPG, air conditioning and light pollution); the estufas de
pellets, the bombonas, the toldos and the ruido of ge03 (0 to pellet stoves and noise); the
chargers, the set-top boxes and the refrigerator and air conditioner labels of ge04 (0 to phone
chargers and energy labels); the chauffage électrique, the thermostats, the modems and the chargeurs
of ge05 (0 to heat pumps and chargers); the focos ahorradores and the paneles solares of ge06 (0 to
efficient lighting and rooftop solar); the carbon dioxide, nitrogen dioxide and formaldehyde, the
recalls and the ethanol cookstoves of ge07 (0 to indoor air and ethanol cookstoves); the chauffage
d'appoint, the centres antipoison, the poêles à granulés and the inserts à bois of ge08 (0 to
kerosene heaters, pellet stoves and dry firewood); the balcones, the alcohol de quemar and the
bioetanol para autos of ge09 (0 to balcony solar and fuel ethanol); the hair dye, the nail salons
and the formaldehyde of ge10 (0 to nail salons and formaldehyde); the dépigmentation, the mèches
capillaires and the salons de coiffure of ge11 (0 to skin-lightening creams and hair products); the
uñas acrílicas, the alisados con formol and the ácido tioglicólico of ge12 (0 to nail salons and
hair straightening); the paan, the ice cream, the beaches and the dry ice of ge13 (0 to smokeless
tobacco and dry ice); the marchés de Noël, the glace carbonique, the centre antipoison and the
oxygène chassé from closed rooms of ge14 (0 to cemetery candles and confined spaces); the helados,
the paletas, the fiestas patronales and the hielo seco of ge15 (0 to street food); the biocides, the
asthma, the mist and the spent coolant of ge16 (0 to baker's asthma and used oils); the huiles de
vidange des garages, the stations d'épuration and the oueds of ge17 (0 to used lubricating oils);
the nitritos, the formaldehído and the ruido of ge18 (0 to sodium nitrite and noise); the
isocyanates and the recycling of old blades of ge19 (0 to isocyanates and wind turbine blades); the
styrène, the résines polyester and the bateaux hors d'usage of ge20 (0 to end-of-life boats); the
bisutería, the sistema globalmente armonizado, the pinturas de tráfico and the selladores of ge21 (0
to nickel allergy, GHS and coal-tar sealants); the codling moth, the modern orchard pesticides, the
gardens and the Tacoma smelter plume of ge22 (0 to smelters and community gardens); the carpocapse,
the jardins potagers and the arsenic des eaux souterraines of ge23 (0 to arsenic in groundwater);
the plomo en sangre, the huertas, the agua de riego and the carpocapsa of ge24 (0 to lead pipes and
irrigation); the cork oaks planted, the screw caps, the glass bottles and the deposit schemes of
ge25 (0 to cork oak woodlands, glass recycling and deposit return); the bouchons synthétiques, the
capsules à vis, the PET and the déchetteries of ge26 (0 to plastic bottle caps and PET); the dehesas
de alcornoques, the saca del corcho, the carbón vegetal and the puntos limpios of ge27 (0 to cork
oak woodlands and charcoal); the medical waste incineration, the mercury thermometers and the tender
specifications of ge28 (0 to health-care waste, mercury-free health care and public procurement);
the biberons, the jouets and the dialyse of ge29 (0 to phthalates in toys and baby bottles); and the
termómetros de mercurio and the compras públicas of ge30 (0 to mercury-free health care and public
procurement). For the country and exclusion queries: ge01 names only the United Kingdom (London);
ge02 only France; ge03 only Spain (Barcelona); ge04 only Korea; ge05 only Canada (Québec, Montréal,
Sherbrooke); ge06 only Mexico (Guadalajara, Monterrey, Puebla); ge07 only Australia (New South
Wales); ge08 only France; ge09 only Argentina (Buenos Aires, Córdoba, Rosario); ge10 only Japan;
ge11 only Cameroon (Douala, Yaoundé); ge12 only Colombia (Bogotá, Medellín); ge13 only India (Tamil
Nadu, Karnataka); ge14 only Belgium; ge15 only Mexico; ge16 only the United Kingdom (the English
Midlands); ge17 only Tunisia (Sfax, Sousse); ge18 only Spain (the País Vasco, Navarra, Eibar,
Beasain); ge19 only Denmark; ge20 only France (La Rochelle); ge21 only Chile; ge22 only the United
States (Washington State, Wenatchee, Yakima, Tacoma); ge23 only Canada (Québec, the Montérégie,
Rougemont, Mont-Saint-Hilaire, Franklin); ge24 only Argentina (the Alto Valle of Río Negro and
Neuquén, Cipolletti, General Roca, Allen); ge25 only Portugal; ge26 only Switzerland (Vaud, Valais,
Genève, Neuchâtel, Fribourg); ge27 Spain (Extremadura) and, in passing, Portugal; ge28 only South
Africa (Gauteng); ge29 only France; ge30 Uruguay and, in passing, Argentina and Brasil. Among these
records, Spain is the country of ge03, ge18 and ge27 only, Japan of ge10 only, Cameroon of ge11
only, Uruguay of ge30 only, Mexico of ge06 and ge15 only, France of ge02, ge08, ge20 and ge29,
Argentina of ge09 and ge24 (ge30 names it in passing) and Portugal of ge25 (ge27 names it in
passing); ge01, ge03, ge05, ge16, ge17, ge18, ge20, ge22, ge23, ge24 and ge28 name their cities or
regions but not their country, which their country codes give; and no record of this set but ge19
names wind turbines, éoliennes or aerogeneradores (the paravents contre le vent of ge02 shelter a
terrace). The phrase "smoke biscuits" is written by ge13 only (ge14 writes bonbons fumants and «
dragon's breath », ge15 aliento de dragón); "charges fantômes" by ge05 only (ge04 writes standby
power and vampire power, ge06 consumo vampiro); "aliento de dragón" by ge15 only.

Ids (ge01..ge30) collide with none of the earlier records files' (a1..h5, n01..n47, ..., ga01..ga30,
gb01..gb30, gc01..gc30, gd01..gd30), and no earlier id starts with "ge".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- patio heaters (gas and electric heaters of café, bar and restaurant terraces) ------------
    ("ge01", "dataset", "en",
     "Patio heaters on London's pavement terraces: outdoor heaters counted, fuel use and "
     "emissions, 2021-2024",
     "Since the pandemic, pavement licences have let cafés, pubs and restaurants across London put "
     "tables on the footway, and many keep customers warm through the winter with patio heaters: "
     "tall propane mushroom heaters, electric infrared heaters fixed under awnings and, here and "
     "there, braziers. This dataset, compiled by a borough's licensing and environmental health "
     "teams with a university energy group, records for 2,400 licensed terraces the number and "
     "type of outdoor heaters seen on evening inspections, their rated power, the hours of use "
     "reported by operators and the propane bought, with estimates of energy use and carbon "
     "dioxide emissions. It also logs complaints, gas cylinders stored on the pavement, heaters "
     "placed too close to awnings, and the conditions added to licences, such as switching heaters "
     "off at closing time or replacing gas heaters with electric heaters on timers and blankets "
     "for customers. Noise from terraces and street air quality are recorded separately.",
     ("patio heaters", "outdoor heating", "pavement cafés", "energy use", "datasets"),
     ("GB",), "2025-01"),
    ("ge02", "document", "fr",
     "Fin des terrasses chauffées : guide pour les cafés, les hôtels et les restaurants",
     "Depuis le 31 mars 2022, les systèmes de chauffage fonctionnant en extérieur sont interdits "
     "sur les terrasses en France : parasols chauffants et champignons au gaz, radiateurs "
     "infrarouges électriques, braseros, sur les terrasses ouvertes comme sur les terrasses "
     "couvertes mais non closes. Ce guide, préparé par le ministère de la transition écologique "
     "avec les organisations professionnelles de l'hôtellerie et de la restauration, explique ce "
     "que couvre l'interdiction des chauffages de terrasse, les terrasses fermées qui restent "
     "autorisées, le rôle des maires qui délivrent les autorisations d'occupation du domaine "
     "public et peuvent dresser procès-verbal, les amendes, et les solutions pour garder la "
     "clientèle : plaids, coussins chauffants sur batterie, paravents contre le vent, horaires "
     "adaptés. Il rappelle qu'un parasol chauffant allumé tout l'hiver consomme autant d'énergie "
     "qu'un logement, et que les bouteilles de propane vides doivent être rendues au distributeur. "
     "La climatisation des commerces portes ouvertes et l'éclairage des vitrines relèvent d'autres "
     "textes.",
     ("chauffages de terrasse", "terrasses chauffées", "sobriété énergétique", "cafés-restaurants",
      "guides"),
     ("FR",), "2022-10"),
    ("ge03", "need", "es",
     "Necesidad: inventariar y sustituir las estufas de exterior, las setas de gas, de las "
     "terrazas de hostelería de Barcelona",
     "En invierno, las terrazas de bares y restaurantes de Barcelona se llenan de estufas de "
     "exterior: las setas o estufas de pie de butano y propano, las lámparas de infrarrojos "
     "colgadas de los toldos y, cada vez más, estufas de pellets de terraza. Una seta de gas "
     "encendida toda la temporada consume la energía de varios hogares, emite dióxido de carbono y "
     "obliga a guardar bombonas en la acera o en los sótanos. El área de ecología urbana del "
     "ayuntamiento, con el gremio de restauración y la agencia local de la energía, solicita apoyo "
     "para inventariar las estufas de las licencias de terraza, medir consumos y temperaturas "
     "reales, evaluar alternativas como mamparas cortavientos, mantas, calefacción radiante "
     "eléctrica con temporizador o cerrar antes, y redactar una modificación de la ordenanza de "
     "terrazas que limite las estufas de gas, con ayudas y un plan de inspección. El ruido de las "
     "terrazas y la ocupación de las aceras se tratan aparte.",
     ("estufas de terraza", "setas de gas", "hostelería", "ahorro de energía", "necesidades"),
     ("ES",), "2024-11"),
    # --- standby power (electricity drawn by appliances switched off or waiting) -----------------
    ("ge04", "case-study", "en",
     "Cutting standby power: Korea's e-Standby programme, its warning label and the one-watt "
     "target",
     "Televisions, set-top boxes, microwave ovens, printers, computers and chargers keep drawing "
     "electricity when they are switched off or waiting for a remote control. In the late 1990s "
     "this standby power, also called vampire power, made up about a tenth of household "
     "electricity use in Korea. This case study, written by the national energy agency, follows "
     "the voluntary e-Standby programme launched in 1999, the energy-saving mark for products that "
     "met the standby limits, the mandatory warning label from 2010 for products that did not, and "
     "the roadmap that brought standby below one watt for most products and later half a watt. It "
     "reports the products covered, the tests in accredited laboratories, the market share of "
     "compliant models, the electricity saved in homes and offices, and the new problem of "
     "networked standby, which keeps modems, smart televisions and speakers awake. The efficiency "
     "labels of refrigerators and air conditioners are only summarised.",
     ("standby power", "vampire power", "appliance efficiency", "warning labels", "case studies"),
     ("KR",), "2024-07"),
    ("ge05", "dataset", "fr",
     "Charges fantômes : la consommation en veille des appareils mesurée dans 180 logements du "
     "Québec, 2023-2024",
     "Téléviseurs, terminaux de câblodistribution, consoles de jeu, modems, chargeurs, cafetières, "
     "micro-ondes et appareils connectés continuent de consommer de l'électricité lorsqu'ils sont "
     "éteints ou en veille : ce sont les charges fantômes. Ce jeu de données, produit par un "
     "groupe de recherche universitaire avec le distributeur d'électricité et une association de "
     "consommateurs, réunit les mesures faites appareil par appareil, avec des wattmètres, dans "
     "180 logements de Montréal, de Québec et de Sherbrooke : type et âge de l'appareil, puissance "
     "en veille et en veille réseau, heures par jour, consommation annuelle estimée et part dans "
     "la facture. Il compare les ménages qui ont reçu des barres d'alimentation à interrupteur et "
     "des conseils avec ceux qui n'en ont pas reçu, et donne les économies observées après six "
     "mois. Le chauffage électrique, qui domine la consommation d'hiver, et les thermostats font "
     "l'objet d'autres données.",
     ("consommation en veille", "charges fantômes", "appareils électroménagers",
      "efficacité énergétique", "jeux de données"),
     ("CA",), "2025-02"),
    ("ge06", "support-source", "es",
     "Oferta: préstamo de medidores y talleres para detectar el consumo vampiro de los aparatos en "
     "hogares, escuelas y oficinas",
     "En México, los aparatos que se quedan conectados, como televisores, decodificadores de "
     "cable, hornos de microondas con reloj, cargadores, impresoras, equipos de sonido y "
     "computadoras en reposo, gastan energía las veinticuatro horas: es el consumo vampiro, "
     "fantasma o en modo de espera, que puede llegar a una décima parte del recibo de luz. Una "
     "asociación civil de ahorro de energía, con la comisión nacional para el uso eficiente de la "
     "energía y universidades de Guadalajara, Monterrey y Puebla, ofrece gratis a escuelas, "
     "oficinas públicas y grupos vecinales el préstamo de medidores de consumo enchufables, "
     "talleres de dos horas para medir el consumo en espera de cada aparato, multicontactos con "
     "apagador para los participantes y una guía para calcular el ahorro con las tarifas "
     "eléctricas. Las oficinas que participan reciben un informe y una constancia. Los focos "
     "ahorradores y los paneles solares en los techos no forman parte de esta oferta.",
     ("consumo vampiro", "consumo en espera", "ahorro de energía", "electrodomésticos", "ofertas"),
     ("MX",), "2024-09"),
    # --- decorative ethanol fireplaces (flueless burners of liquid bioethanol) -------------------
    ("ge07", "case-study", "en",
     "Banning tabletop ethanol burners: how New South Wales responded to burns from decorative "
     "ethanol fireplaces",
     "Decorative ethanol fireplaces, sold as flueless bio fires, tabletop fire pits and "
     "wall-mounted burners, burn liquid bioethanol in an open tray. In Australia people suffered "
     "severe burns when a burner was refilled while still alight or hot: the vapour flashed back "
     "and burning fuel sprayed over those nearby, often children, and the flame is almost "
     "invisible in daylight. This case study, written by the state consumer protection agency with "
     "the burns unit of a children's hospital, reviews the burns treated from 2010 to 2017, the "
     "interim and then permanent ban on tabletop ethanol burners, the safety standard for larger "
     "decorative ethanol fireplaces, which must have a fuel-level indicator, a flame arrester and "
     "a stable base, the inspections of retailers and online sellers, and the recalls. It also "
     "notes indoor air tests showing carbon dioxide, nitrogen dioxide and formaldehyde from "
     "unvented burners. Ethanol cookstoves used for cooking are a different matter.",
     ("ethanol fireplaces", "ethanol burners", "burns", "product safety", "case studies"),
     ("AU",), "2024-03"),
    ("ge08", "document", "fr",
     "Cheminées à l'éthanol : fiche de sécurité et de qualité de l'air intérieur pour les "
     "particuliers",
     "Les cheminées décoratives à l'éthanol, appelées aussi cheminées sans conduit ou foyers au "
     "bioéthanol, se posent au mur, au sol ou sur une table sans raccordement à un conduit de "
     "fumée. Elles ont causé en France des brûlures graves et des incendies, le plus souvent lors "
     "d'un remplissage sur un brûleur encore chaud ou d'un allumage avec une bouteille d'alcool, "
     "et elles rejettent dans la pièce du dioxyde de carbone, du dioxyde d'azote, des particules "
     "fines et du formaldéhyde. Cette fiche, préparée avec la commission de la sécurité des "
     "consommateurs, les centres antipoison et un laboratoire de l'air intérieur, explique comment "
     "choisir un appareil conforme à la norme, où l'installer, comment le remplir à froid avec "
     "l'entonnoir et le combustible prévu, aérer pendant et après l'usage, tenir les enfants à "
     "distance et reconnaître une flamme presque invisible. Elle déconseille ces appareils comme "
     "chauffage d'appoint. Les poêles à granulés et les inserts à bois sont traités dans d'autres "
     "fiches.",
     ("cheminées à l'éthanol", "bioéthanol", "brûlures", "qualité de l'air intérieur", "fiches"),
     ("FR",), "2023-11"),
    ("ge09", "project", "es",
     "Proyecto: norma técnica, control de ventas y campaña sobre las chimeneas de bioetanol en "
     "Argentina",
     "En Argentina se venden, en comercios y en plataformas en línea, chimeneas de bioetanol, "
     "también llamadas chimeneas ecológicas o estufas sin salida, para interiores y balcones, y el "
     "alcohol de quemar para cargarlas se vende en botellas sin advertencias. Los servicios de "
     "quemados de los hospitales de Buenos Aires, Córdoba y Rosario atienden cada invierno a "
     "adultos y niños con quemaduras graves por recargas con el quemador encendido o caliente y "
     "por llamaradas al encenderlas. Este proyecto de la secretaría de comercio, con el instituto "
     "nacional de tecnología industrial, los hospitales de quemados y las defensorías del "
     "consumidor, prepara una norma técnica con ensayos de estabilidad, apagallamas e indicador de "
     "nivel, exige certificación antes de la venta, controla a los vendedores en línea, retira los "
     "quemadores de mesa más peligrosos y lanza una campaña para no recargar en caliente. El "
     "bioetanol para autos no forma parte del proyecto.",
     ("chimeneas de bioetanol", "chimeneas ecológicas", "quemaduras", "seguridad de productos",
      "proyectos"),
     ("AR",), "2024-06"),
    # --- eyelash extensions (lashes glued with cyanoacrylate adhesives, lash lifts) --------------
    ("ge10", "dataset", "en",
     "Eyelash extension injuries in Japan: consumer complaints, eye injuries and salon licensing, "
     "2010-2024",
     "Eyelash extensions, synthetic lashes glued one by one to the natural lashes with a "
     "cyanoacrylate adhesive, are one of the most popular beauty services in Japan. Glue fumes and "
     "drips can burn the cornea and cause conjunctivitis, adhesives that release formaldehyde "
     "cause allergic dermatitis of the eyelids, and careless work leads to inflamed eyelids and "
     "lost lashes. This dataset, compiled by the national consumer affairs centre with "
     "ophthalmologists, gives by year the complaints and injuries reported for eyelash extensions "
     "and lash lifts, their symptoms, the share treated by an eye doctor and the kind of salon "
     "involved, together with tests of the formaldehyde released by adhesives sold to salons. It "
     "records the rule that only licensed beauticians may apply extensions, the inspections by "
     "prefectures and the warnings to consumers. Injuries from hair dyes and nail salons are kept "
     "in other tables.",
     ("eyelash extensions", "lash adhesives", "eye injuries", "consumer complaints", "datasets"),
     ("JP",), "2024-12"),
    ("ge11", "need", "fr",
     "Besoin : contrôler les colles et former les poseuses d'extensions de cils à Douala et à "
     "Yaoundé",
     "Les extensions de cils, posées cil à cil ou en bouquets avec une colle au cyanoacrylate, se "
     "sont répandues dans les instituts de beauté, les salons de coiffure et à domicile dans les "
     "grandes villes du Cameroun. Les colles vendues sur les marchés et en ligne, souvent sans "
     "étiquette en français ni date de péremption, contiennent parfois du formaldéhyde, et les "
     "ophtalmologistes voient des conjonctivites, des brûlures de la cornée, des eczémas des "
     "paupières et des chutes de cils. Le ministère du commerce, avec l'agence des normes et de la "
     "qualité, le ministère de la santé publique et une association d'esthéticiennes, sollicite un "
     "appui pour analyser les colles et les dissolvants importés, fixer des exigences "
     "d'étiquetage, contrôler les distributeurs, former 300 poseuses aux règles d'hygiène et de "
     "pose, et informer les clientes. Les produits de dépigmentation de la peau et les mèches "
     "capillaires font l'objet d'un autre programme.",
     ("extensions de cils", "colles à cils", "cosmétiques", "surveillance du marché", "besoins"),
     ("CM",), "2025-03"),
    ("ge12", "document", "es",
     "Guía para centros de estética: extensiones y lifting de pestañas sin riesgos para los ojos",
     "Las extensiones de pestañas pelo a pelo o de volumen, pegadas con adhesivos de "
     "cianoacrilato, y el lifting o permanente de pestañas, que usa lociones con ácido "
     "tioglicólico, son hoy servicios comunes en salones de belleza, centros de estética y a "
     "domicilio en Colombia. Mal aplicados causan irritación, conjuntivitis, alergias en los "
     "párpados, quemaduras de la córnea por el adhesivo o por la loción y caída de las pestañas "
     "naturales. Esta guía de la autoridad sanitaria, elaborada con la sociedad de oftalmología y "
     "las secretarías de salud de Bogotá y Medellín, explica cómo elegir adhesivos con registro "
     "sanitario y fecha de vencimiento, hacer una prueba de sensibilidad, proteger el ojo con "
     "parches, ventilar la cabina, no usar pegantes de uñas ni de uso industrial, reconocer cuándo "
     "remitir al oftalmólogo y reportar los eventos adversos. Las uñas acrílicas y los alisados "
     "con formol tienen guías propias.",
     ("extensiones de pestañas", "lifting de pestañas", "centros de estética", "cosméticos",
      "guías"),
     ("CO",), "2024-08"),
    # --- liquid nitrogen in ready-to-eat food (smoke biscuits, dragon's breath) -----------------
    ("ge13", "case-study", "en",
     "Smoke biscuits and smoke paan: how Tamil Nadu and Karnataka banned liquid nitrogen in "
     "ready-to-eat food",
     "At fairs, beaches, malls and wedding stalls across southern India, vendors dipped biscuits, "
     "candies and paan in liquid nitrogen and sold them as smoke biscuits that let children "
     "breathe out white vapour. Liquid nitrogen boils at minus 196 degrees: swallowed before it "
     "has evaporated, it can burn the mouth and gullet or burst the stomach, and it causes cold "
     "burns on the skin. In 2024 a boy and a girl were badly hurt, and the food safety departments "
     "of both states banned serving food that still contains liquid nitrogen, under fines and "
     "prison terms, while allowing its use in preparation, as in freezing ice cream. This case "
     "study, written with the national food safety authority, follows the raids on stalls, the "
     "seizure of flasks, the notices to caterers and event organisers, the leaflets for parents "
     "and the debate on a national rule. Dry ice in drinks was considered but kept apart.",
     ("liquid nitrogen", "smoke biscuits", "food safety", "bans", "case studies"),
     ("IN",), "2024-10"),
    ("ge14", "event", "fr",
     "Séance d'information : les desserts et bonbons à l'azote liquide vendus dans les foires et "
     "les fêtes",
     "Dans les foires, les marchés de Noël, les festivals et les centres commerciaux de Belgique, "
     "des stands vendent des billes de céréales ou de meringue trempées dans l'azote liquide, les "
     "« dragon's breath » ou bonbons fumants, des glaces et des cocktails qui fument. L'azote "
     "liquide, à moins 196 degrés, peut brûler la bouche, l'œsophage et l'estomac s'il est avalé "
     "avant de s'être évaporé, geler la peau et, en s'évaporant dans un local fermé, chasser "
     "l'oxygène. L'agence fédérale pour la sécurité de la chaîne alimentaire, avec le service "
     "public fédéral économie et le centre antipoison, organise une séance d'information pour les "
     "forains, les glaciers, les traiteurs et les organisateurs d'événements : ce qui est interdit "
     "à la vente, comment préparer une glace sans azote résiduel, stockage des vases Dewar, "
     "ventilation, gants et lunettes, et conduite à tenir en cas d'accident. Une seconde séance "
     "est prévue pour les contrôleurs. La glace carbonique dans les boissons sera abordée à part.",
     ("azote liquide", "sécurité alimentaire", "forains", "desserts fumants", "événements"),
     ("BE",), "2025-01"),
    ("ge15", "dataset", "es",
     "Alimentos con nitrógeno líquido en ferias de México: alertas, lesiones y verificaciones "
     "sanitarias, 2022-2025",
     "En ferias, plazas comerciales y fiestas patronales de México se venden el aliento de dragón "
     "o cereal de dragón, bolitas de cereal sumergidas en nitrógeno líquido que sueltan humo por "
     "la boca y la nariz, y paletas, helados y bebidas humeantes. Tragado antes de evaporarse, el "
     "nitrógeno líquido puede causar quemaduras por frío en la boca, el esófago y el estómago, y "
     "hasta perforaciones. Este conjunto de datos de la autoridad sanitaria federal reúne por "
     "estado y por mes las alertas sanitarias emitidas, los reportes de lesiones de los servicios "
     "de urgencias y de los centros de información toxicológica, la edad de los afectados y el "
     "tipo de producto, así como las visitas de verificación a puestos y ferias, los "
     "aseguramientos de termos de nitrógeno y las suspensiones de venta. Incluye los mensajes de "
     "la campaña dirigida a padres y vendedores. El hielo seco en bebidas se registra aparte.",
     ("nitrógeno líquido", "aliento de dragón", "inocuidad de alimentos", "ferias",
      "conjuntos de datos"),
     ("MX",), "2025-04"),
    # --- metalworking fluids (coolants and cutting oils of machining) ----------------------------
    ("ge16", "case-study", "en",
     "An outbreak of hypersensitivity pneumonitis at an engine plant: lessons on managing "
     "metalworking fluids",
     "Water-mix metalworking fluids, the milky coolants sprayed on tools and parts in machining, "
     "grinding and drilling, are a rich home for bacteria and mycobacteria. When a fluid is poorly "
     "managed, machinists breathe a mist laden with microbes and their endotoxins and can develop "
     "occupational asthma or hypersensitivity pneumonitis, an inflammation that can scar the "
     "lungs, while skin contact causes dermatitis. This case study, prepared by the national "
     "health and safety regulator, reviews an outbreak among the machinists of a car engine plant "
     "in the English Midlands, where dozens of workers fell ill, and the investigation of the "
     "sumps, the biocide dosing and the mist extraction. It sets out what the plant and the sector "
     "changed: weekly checks of concentration, pH and bacterial counts, enclosed machines with "
     "mist extraction, cleaning and disinfecting the system, health surveillance of exposed "
     "workers and training. The disposal of spent coolant is only touched on.",
     ("metalworking fluids", "hypersensitivity pneumonitis", "occupational health", "machining",
      "case studies"),
     ("GB",), "2023-09"),
    ("ge17", "need", "fr",
     "Besoin : collecter et traiter les huiles de coupe usagées des ateliers de mécanique de Sfax "
     "et de Sousse",
     "Les ateliers de tournage, de fraisage et de mécanique générale, les sous-traitants de "
     "l'industrie automobile et les usines de pièces métalliques de Sfax et de Sousse utilisent "
     "des fluides de coupe : huiles entières et surtout huiles solubles diluées dans l'eau, qu'il "
     "faut vidanger quand elles se dégradent. Beaucoup de petits ateliers versent ces émulsions "
     "usagées dans le réseau d'assainissement ou dans les oueds, où elles perturbent les stations "
     "d'épuration et apportent huiles, métaux et biocides ; les ouvriers, sans protection, "
     "souffrent d'eczémas et de toux. L'agence nationale de gestion des déchets, avec l'agence de "
     "protection de l'environnement, le centre technique des industries mécaniques et l'institut "
     "de santé au travail, sollicite un appui pour recenser les ateliers et les volumes, organiser "
     "une collecte, équiper une unité de cassage des émulsions, former les ateliers à prolonger la "
     "vie des fluides et à protéger les mains, et contrôler les rejets. Les huiles de vidange des "
     "garages sont suivies par un autre programme.",
     ("fluides de coupe", "huiles de coupe usagées", "déchets dangereux", "ateliers mécaniques",
      "besoins"),
     ("TN",), "2024-05"),
    ("ge18", "event", "es",
     "Jornada técnica: taladrinas en el mecanizado, dermatitis, nieblas y gestión de residuos",
     "En los talleres de mecanizado, las fábricas de máquina-herramienta y los proveedores de "
     "automoción del País Vasco y de Navarra, las taladrinas, los fluidos de corte que refrigeran "
     "y lubrican la herramienta, son una de las primeras causas de dermatitis profesional, y sus "
     "nieblas se relacionan con asma, neumonitis por hipersensibilidad y bronquitis. La jornada, "
     "organizada por el instituto vasco de seguridad y salud laborales con la asociación de "
     "fabricantes de máquina-herramienta y una mutua, presentará cómo elegir taladrinas sin "
     "nitritos ni liberadores de formaldehído, controlar la concentración, el pH y la "
     "contaminación bacteriana, cerrar las máquinas y extraer las nieblas, usar guantes y cremas, "
     "y vigilar la salud de los operarios, con la experiencia de dos talleres de Eibar y de "
     "Beasain. Una mesa final tratará la gestión de las taladrinas agotadas como residuo peligroso "
     "y su separación en planta. El ruido de las máquinas no se tratará.",
     ("taladrinas", "fluidos de corte", "dermatitis profesional", "mecanizado", "eventos"),
     ("ES",), "2025-03"),
    # --- epoxy resins (allergic contact dermatitis from uncured epoxy and hardeners) -------------
    ("ge19", "document", "en",
     "Working safely with epoxy resins in wind turbine blade factories: guidance for employers and "
     "workers",
     "Wind turbine blades are built from glass and carbon fibre laid in moulds and bonded with "
     "epoxy resins and hardeners, and the blade plants of Denmark employ thousands of laminators, "
     "finishers and repair technicians. Uncured epoxy and amine hardeners are among the strongest "
     "skin sensitisers in working life: a few contacts can cause allergic contact dermatitis of "
     "the hands, forearms and face that flares up with every new exposure, and some workers also "
     "develop asthma. This guidance, issued by the working environment authority with the wind "
     "industry association and the unions, explains the rule that makes a certificate course "
     "compulsory before working with epoxy, the choice of less sensitising products, closed mixing "
     "and vacuum infusion, the right gloves and how often to change them, protective clothing, "
     "cleaning tools without skin contact and skin checks by occupational physicians. It covers "
     "repairs on installed blades. Isocyanates and the recycling of old blades have separate "
     "guides.",
     ("epoxy resins", "allergic contact dermatitis", "wind turbine blades", "occupational health",
      "guidance"),
     ("DK",), "2024-02"),
    ("ge20", "case-study", "fr",
     "Eczémas aux résines époxy dans les chantiers nautiques de La Rochelle : une étude de cas en "
     "santé au travail",
     "La construction et la réparation de bateaux de plaisance en composites emploient autour de "
     "La Rochelle des centaines de stratifieurs, peintres et menuisiers qui manipulent des résines "
     "époxydiques et leurs durcisseurs pour coller, stratifier et enduire les coques. En quelques "
     "années, le service de prévention et de santé au travail a vu se multiplier les eczémas "
     "allergiques des mains, des avant-bras et du visage, jusqu'à des inaptitudes et des "
     "reclassements. Cette étude de cas, menée avec la caisse régionale d'assurance maladie, un "
     "centre de consultation de pathologie professionnelle et des chantiers volontaires, décrit "
     "les tests épicutanés, la reconnaissance en maladie professionnelle, puis les changements : "
     "résines moins sensibilisantes, dosage automatique, gants en nitrile épais changés souvent, "
     "manchettes, nettoyage sans solvant sur la peau et formation. Elle conclut à une baisse des "
     "nouveaux cas. Les émissions de styrène des résines polyester et les bateaux hors d'usage "
     "sont traités ailleurs.",
     ("résines époxy", "dermatites allergiques", "chantiers nautiques", "maladies professionnelles",
      "études de cas"),
     ("FR",), "2024-10"),
    ("ge21", "project", "es",
     "Proyecto: prevenir la dermatitis por resinas epóxicas en aplicadores de pisos y talleres de "
     "arte en resina",
     "En Chile, las resinas epoxi se usan en pisos industriales y de hospitales, en reparaciones "
     "de hormigón y, desde hace pocos años, en un auge de talleres y cursos de arte en resina, "
     "mesas de río, bisutería y posavasos, cuyos kits se venden por internet a aficionados sin "
     "ninguna advertencia. Las resinas y los endurecedores sin curar son fuertes sensibilizantes: "
     "provocan dermatitis alérgicas en las manos y la cara, y algunas personas quedan alérgicas de "
     "por vida. Este proyecto del instituto de salud pública, con una mutualidad de seguridad, la "
     "asociación de aplicadores de pisos y el servicio nacional del consumidor, capacitará a 400 "
     "aplicadores y monitores de talleres, exigirá etiquetas en español con los peligros del "
     "sistema globalmente armonizado en los kits importados, creará un registro de casos en los "
     "servicios de dermatología y publicará fichas para aficionados: guantes de nitrilo, "
     "ventilación, no lijar piezas sin curar. Las pinturas de tráfico y los selladores de techos "
     "quedan fuera.",
     ("resinas epoxi", "dermatitis alérgica de contacto", "arte en resina", "pisos epóxicos",
      "proyectos"),
     ("CL",), "2025-02"),
    # --- lead arsenate in the soils of former orchards -------------------------------------------
    ("ge22", "project", "en",
     "Former orchards, lead and arsenic: soil testing and clean-up at schools and childcare "
     "centres in central Washington",
     "From the 1900s to the 1940s the apple and pear orchards of central Washington were sprayed "
     "year after year with lead arsenate against the codling moth, leaving lead and arsenic in the "
     "topsoil, where they do not break down. Many of these orchards have since become housing, "
     "schools, parks and childcare centres in the Wenatchee and Yakima valleys. This project of "
     "the state ecology department, with the health department and school districts, samples the "
     "soil of play areas, sports fields and school gardens on former orchard land, and where lead "
     "or arsenic exceed cleanup levels it covers bare soil with grass, wood chips or clean soil, "
     "replaces sandpits and garden beds and teaches handwashing. It also offers free soil tests to "
     "homeowners, guidance for builders and a map of the area-wide contamination. Residues of "
     "modern orchard pesticides and the smelter plume of Tacoma are not part of the project.",
     ("lead arsenate", "former orchards", "contaminated soils", "schools", "projects"),
     ("US",), "2024-04"),
    ("ge23", "dataset", "fr",
     "Arséniate de plomb dans les sols des anciens vergers de la Montérégie : résultats "
     "d'échantillonnage, 2019-2024",
     "De la fin du XIXe siècle aux années 1950, les pomiculteurs du sud du Québec ont pulvérisé de "
     "l'arséniate de plomb contre le carpocapse et d'autres insectes des pommiers. Le plomb et "
     "l'arsenic sont restés dans la couche superficielle des sols, et d'anciens vergers de "
     "Rougemont, de Mont-Saint-Hilaire, de Franklin et d'autres municipalités de la Montérégie "
     "sont devenus des quartiers résidentiels, des terrains de jeux et des jardins. Ce jeu de "
     "données du ministère de l'environnement, avec l'institut national de santé publique et une "
     "université, donne pour 420 terrains les concentrations de plomb et d'arsenic par profondeur, "
     "l'historique d'usage tiré des photos aériennes et la comparaison avec les critères des sols "
     "résidentiels, ainsi que les analyses de légumes des jardins potagers. Il indique les "
     "terrains où des travaux ont été recommandés. Les pesticides actuels des vergers et l'arsenic "
     "des eaux souterraines sont suivis dans d'autres bases.",
     ("arséniate de plomb", "anciens vergers", "sols contaminés", "plomb et arsenic",
      "jeux de données"),
     ("CA",), "2025-01"),
    ("ge24", "need", "es",
     "Necesidad: evaluar el arseniato de plomo en los suelos de antiguas chacras frutícolas "
     "urbanizadas del Alto Valle",
     "En el Alto Valle del Río Negro y del Neuquén, las chacras de manzanas y peras se rociaron "
     "durante décadas con arseniato de plomo contra la carpocapsa, hasta que otros insecticidas lo "
     "reemplazaron en los años sesenta. Con el crecimiento de Neuquén, Cipolletti, General Roca y "
     "Allen, muchas chacras se lotearon para barrios, escuelas y plazas, y nadie sabe cuánto plomo "
     "y arsénico quedan en sus suelos. La secretaría de ambiente provincial, con la universidad "
     "nacional del Comahue y el ministerio de salud, solicita apoyo para muestrear suelos de "
     "patios escolares, plazas y huertas en antiguas chacras, equipar un laboratorio con un "
     "analizador portátil de fluorescencia de rayos X, medir plomo en sangre de niños en los "
     "barrios con valores altos, proponer niveles guía para suelos residenciales y preparar "
     "recomendaciones para quienes construyen o cultivan. Los plaguicidas actuales de la "
     "fruticultura y el agua de riego quedan fuera de esta solicitud.",
     ("arseniato de plomo", "chacras frutícolas", "suelos contaminados", "plomo en sangre",
      "necesidades"),
     ("AR",), "2024-12"),
    # --- used cork stoppers (collection and recycling of wine corks) -----------------------------
    ("ge25", "project", "en",
     "A national collection of cork stoppers in Portugal: bins in shops, schools and restaurants, "
     "cork granules and native trees",
     "Portugal produces about half of the world's cork, yet most of the wine corks opened each "
     "year end up in household waste and landfills. This project, led by an environmental "
     "association with supermarket chains, restaurants, schools and a cork manufacturer, places "
     "collection bins for used natural cork stoppers in shops, bars and recycling centres, brings "
     "them back in the lorries that deliver goods to the shops, and sends them to a grinding "
     "plant. The granules go into insulation boards, flooring, shoe soles and sports surfaces, "
     "never back into wine stoppers, and the money raised pays for planting native oaks, among "
     "them cork oaks, on burned land. The project page reports the tonnes of stoppers collected "
     "since 2008, the number of collection points by district, the trees planted and the share of "
     "synthetic stoppers and screw caps that must be sorted out. Glass bottle recycling and "
     "deposit schemes are not covered.",
     ("cork stoppers", "wine corks", "recycling", "collection points", "projects"),
     ("PT",), "2024-05"),
    ("ge26", "support-source", "fr",
     "Offre : collecte des bouchons de liège pour les communes, les restaurants et les caves de "
     "Suisse romande",
     "Chaque année, des millions de bouchons de liège finissent dans les ordures ménagères des "
     "cantons romands, alors que le liège se recycle. Une fondation d'insertion professionnelle "
     "offre gratuitement aux communes, aux déchetteries, aux restaurants, aux caves et aux écoles "
     "de Vaud, du Valais, de Genève, de Neuchâtel et de Fribourg des conteneurs pour les bouchons "
     "de liège, des affiches et un ramassage régulier. Dans ses ateliers, des personnes en "
     "réinsertion trient les bouchons à la main, écartent les bouchons synthétiques, les capsules "
     "à vis et les bouchons de champagne à tête plastique, puis le liège est broyé et vendu pour "
     "fabriquer des panneaux isolants, du granulat de liège pour l'isolation en vrac et des "
     "sous-couches de sol. L'offre comprend un bilan annuel des kilos collectés par point et des "
     "emplois créés. Les bouchons en plastique des bouteilles de boissons ne sont pas acceptés ; "
     "ils suivent la collecte du PET.",
     ("bouchons de liège", "collecte sélective", "recyclage", "insertion professionnelle",
      "offres"),
     ("CH",), "2024-09"),
    ("ge27", "event", "es",
     "Jornada: reciclaje de tapones de corcho en la hostelería y las bodegas de Extremadura",
     "Extremadura produce buena parte del corcho de España en sus dehesas de alcornoques, pero los "
     "tapones que se abren cada día en bares, restaurantes y hogares casi nunca vuelven a la "
     "industria. Esta jornada, organizada por el instituto del corcho, la madera y el carbón "
     "vegetal con la federación de hostelería, la denominación de origen de los vinos de la región "
     "y varias mancomunidades, presentará los contenedores para tapones de corcho en puntos "
     "limpios, bares y restaurantes, la logística de recogida, la trituración del corcho en "
     "granulado para aglomerados, aislamientos y calzado, y experiencias de otras regiones y de "
     "Portugal. Se hablará de cómo separar los tapones sintéticos y de rosca, del destino de lo "
     "recaudado para proyectos sociales y de cómo contar los kilos recogidos. La saca del corcho "
     "en el monte y la gestión de las dehesas se tratarán en otra jornada.",
     ("tapones de corcho", "reciclaje", "hostelería", "economía circular", "eventos"),
     ("ES",), "2025-05"),
    # --- DEHP in medical devices (phthalate-softened PVC tubing, bags and catheters) -------------
    ("ge28", "need", "en",
     "Need: replacing DEHP-containing PVC devices in the neonatal units of public hospitals in "
     "Gauteng",
     "Premature and sick newborns in neonatal intensive care are among the people most exposed to "
     "DEHP, the phthalate plasticiser that makes PVC soft in umbilical catheters, feeding tubes, "
     "endotracheal tubes, IV bags and giving sets, blood bags and breathing circuits. DEHP leaches "
     "into blood, lipid feeds and medicines, and is classified as toxic to reproduction. The "
     "provincial health department, with two academic hospitals and a university toxicology group, "
     "asks for support to inventory the PVC devices used in neonatal and paediatric wards, measure "
     "DEHP metabolites in the urine of infants, identify DEHP-free devices made of polyethylene, "
     "silicone or PVC with other plasticisers that are registered in the country, write them into "
     "tender specifications, estimate the extra cost and train procurement and nursing staff. The "
     "incineration of PVC medical waste and the mercury thermometers still in use are outside this "
     "request.",
     ("DEHP", "phthalates", "medical devices", "neonatal care", "needs"),
     ("ZA",), "2024-11"),
    ("ge29", "case-study", "fr",
     "Les tubulures sans DEHP en pédiatrie, en néonatologie et en maternité : bilan de "
     "l'interdiction en France",
     "Depuis juillet 2015, la loi interdit en France l'utilisation de tubulures contenant du DEHP, "
     "le di(2-éthylhexyl) phtalate, dans les services de pédiatrie, de néonatologie et de "
     "maternité. Le DEHP, plastifiant du PVC souple classé toxique pour la reproduction, migre des "
     "tubulures de perfusion, de nutrition entérale et parentérale, des sondes et des circuits de "
     "dialyse vers les solutés et le sang. Cette étude de cas, menée par une agence régionale de "
     "santé avec des pharmaciens hospitaliers et un réseau de santé environnementale, décrit "
     "l'inventaire des dispositifs médicaux de douze hôpitaux, le remplacement des tubulures par "
     "des dispositifs en polyéthylène ou en PVC plastifié par d'autres substances, les ruptures "
     "d'approvisionnement, les surcoûts, le contrôle des étiquettes et la formation des soignants, "
     "et constate que des poches et des sondes contenant du DEHP restaient utilisées hors du champ "
     "de la loi. Les perturbateurs endocriniens des biberons et des jouets sont traités ailleurs.",
     ("DEHP", "phtalates", "dispositifs médicaux", "néonatologie", "études de cas"),
     ("FR",), "2024-06"),
    ("ge30", "event", "es",
     "Jornada: hacia unidades de neonatología sin DEHP en los hospitales públicos del Uruguay",
     "Los bebés prematuros internados en cuidados intensivos neonatales reciben sueros, nutrición "
     "parenteral, sangre y oxígeno a través de catéteres, sondas, bolsas y tubuladuras de PVC "
     "blando que contienen DEHP, un ftalato plastificante clasificado como tóxico para la "
     "reproducción que pasa a los líquidos y al organismo. La jornada, organizada por el "
     "ministerio de salud pública con la administración de los servicios de salud del Estado, la "
     "sociedad de pediatría y una red de hospitales por la salud ambiental, presentará los "
     "resultados de un inventario de dispositivos médicos con DEHP en cinco maternidades y centros "
     "de tratamiento intensivo, las alternativas libres de ftalatos disponibles en la región, cómo "
     "incluirlas en los pliegos de las compras públicas y la experiencia de hospitales de "
     "Argentina y Brasil. Participarán compradores, farmacéuticos, enfermería y proveedores. La "
     "eliminación de los termómetros de mercurio, ya lograda, se recordará solo como antecedente.",
     ("DEHP", "ftalatos", "dispositivos médicos", "neonatología", "eventos"),
     ("UY",), "2025-04"),
)  # fmt: skip
