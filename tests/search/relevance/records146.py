"""Clearing-house records of the hundred-and-forty-sixth judged relevance set
(tests/search/relevance/queries146.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to
its queries, in the style of the pages of real clearing-house mechanisms: waste pages on
aluminium dross and salt slag, the residues of aluminium remelting (a case study of the dross
dumped on idle land and plantation roads of Kedah and Penang, its ammonia fumes, clean-up and
prosecutions, Malaysia; a guide, a document, for the fonderies de seconde fusion on their
crasses d'aluminium and scories salines, France; a need to inventory and treat the escorias
de aluminio, the natas and escorias salinas of the fundidoras secundarias of Monterrey, Nuevo
León, Mexico); waste prevention pages on unaddressed advertising mail (a dataset of the opt-in
"yes" sticker for leaflets and folders in Amsterdam, the Netherlands; a case study of the
expérimentation « Oui Pub » for prospectus and imprimés publicitaires non adressés in the
agglomération d'Agen, France; a project against the folletos and the buzoneo in the buzones
of Vitoria-Gasteiz with the pegatina «Publicidad no, gracias», Spain); health pages on the
surveillance of pathogens in wastewater (a project adding sewage sampling sites for poliovirus
surveillance in the high-risk districts of Pakistan; a dataset of the SARS-CoV-2, grippe and
VRS in the eaux usées of six Swiss stations d'épuration, Switzerland; a taller, an event, on
the vigilancia epidemiológica basada en aguas residuales after the pandemic, Uruguay);
occupational health pages on hand-arm vibration syndrome (a dataset of the new cases of
vibration white finger and carpal tunnel syndrome from vibrating tools, Great Britain, United
Kingdom; a guide, a document, on the syndrome des vibrations main-bras, the « doigts blancs »,
of the users of outils portatifs, Québec, Canada; a need to detect the síndrome de vibración
mano-brazo of the perforistas of the underground mines, Peru); health pages on natural rubber
latex allergy (a case study of the state bans on latex gloves in food service, United States;
a project of an hôpital universitaire sans latex, Liège, Belgium; a need to prevent the
alergia al látex of children with espina bífida, Corrientes, Argentina); product safety and
enforcement pages on defective airbag inflators (a dataset of the compulsory Takata airbag
recall, Australia; a case study of the « stop drive » immobilisation of the cars with airbags
Takata, the coussins gonflables whose nitrate d'ammonium degrades, in Martinique, Guadeloupe
and La Réunion; an offer, a support source, of free checks and replacement of the bolsas de
aire Takata with talleres móviles, Colombia); product safety pages on swallowed high-powered
magnets (a guide, a document, for retailers, online sellers and parents on small neodymium
magnets, Ireland; a dataset of the ingestions d'aimants en néodyme by children reported to the
centre antipoison, Morocco; a jornada, an event, on the ingestión de imanes de neodimio in
children, Santiago, Chile); trade and enforcement pages on counterfeit and substandard engine
oil (a case study of the raids on illegal blending plants of fake engine oil and of a market
survey of lubricants, Lagos, Nigeria; a need for a laboratory to control the huiles moteur
frelatées et contrefaites, Cameroon; a project against the aceites lubricantes falsificados y
adulterados in customs and shops, Guatemala); energy pages on balcony solar (a dataset of the
plug-in solar devices, balcony power plants, in the national market data register, Germany; a
guide, a document, on the centrales solaires plug & play de balcon, Switzerland; an offer of
ayudas for kits solares de balcón enchufables in rented homes, Valencia, Spain); and energy
and air pollution pages on dry firewood (a project of approved dry firewood merchants and
moisture meters, Canterbury and Otago, New Zealand; an atelier, an event, on choosing and
storing bois de chauffage sec, vallée de l'Arve, France; an offer of credits and technical
assistance so that the leñeros of southern Chile sell leña seca certificada, Chile). English,
French and Spanish, 10 records each, every topic written once in each language (different
countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records145.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (dross, aluminium dross, aluminum dross, salt slag, salt
cake, scories salines, crasses, escorias salinas, escorias de aluminio, natas, secondary
aluminium, seconde fusion, aluminio secundario, fundidora, smelter, brasques, spent pot lining,
slag, scories, escoria, laitier; unaddressed, non adressé, junk mail, leaflet, flyer, folder,
catalogue, prospectus, imprimés, Stop Pub, Oui Pub, ja-ja, letterbox, boîte aux lettres, buzón,
buzoneo, folletos, volantes, propaganda, publicidad, publicité, advertising, correo basura;
wastewater surveillance, wastewater-based epidemiology, sewage surveillance, environmental
surveillance, surveillance des eaux usées, épidémiologie, vigilancia de aguas residuales,
vigilancia genómica, poliovirus, polio, SARS-CoV-2, COVID, mpox, norovirus, Obépine, VATar;
vibration, hand-arm, white finger, doigts blancs, dedos blancos, Raynaud, vibraciones, mano-brazo,
chainsaw, tronçonneuse, motosierra, jackhammer, marteau-piqueur, martillo neumático, grinder,
meuleuse, amoladora, perforista; latex, látex, latex allergy, allergie au latex, alergia al
látex, rubber, caoutchouc naturel, caucho natural, hévéa, spina bifida, espina bífida, glove,
gants, guantes, nitrile; airbag, air bag, bolsa de aire, coussin gonflable, inflator, gonfleur,
inflador, Takata, ammonium nitrate, nitrate d'ammonium, nitrato de amonio, recall, rappel,
retirada, llamado a revisión; magnet, aimant, imán, imanes, neodymium, néodyme, neodimio,
ingestion, swallowed, piercing, Buckyballs; lubricant, lubrifiant, lubricante, engine oil, huile
moteur, aceite de motor, counterfeit lubricant, fake oil, contrefaçon, frelaté, falsificado,
adulterado, used oil, huile de vidange, aceite quemado; balcony, balcon, balcón, plug-in solar,
plug and play, plug & play, Balkonkraftwerk, micro-inverter, micro-onduleur, microinversor,
enchufable, autoconsumo, autoconsommation, rooftop solar, solar kit; firewood, bois de
chauffage, bois bûche, bois sec, bois humide, leña, leña seca, leña húmeda, leña certificada,
leñeros, seasoned, wet wood, moisture meter, humidimètre, xilohigrómetro, Ready to Burn, Good
Wood, wood smoke, chauffage au bois, estufa a leña, wood stove).

Screened and dropped as covered: mothballs (bp07-bp09), shisha lounges (dd04-dd06), keratin
hair straightening (cl01-cl03), ethylene oxide (bq07-bq09), cryptocurrency mining (cn07-cn09),
thermal paper (dj04-dj06), fluorinated ski wax (dn25-dn27), lead fishing weights (named by
u25), lead glazes (bd13-bd15), calcium carbide ripening (bo25-bo27), mosquito coils
(bc19-bc21), glue sniffing (db04-db06), acid attacks (cp16-cp18), drug precursors and
drug-lab waste (cn25-cn27), anaesthetic gases (cf25-cf27), metered-dose inhalers (cx07-cx09),
sky lanterns and balloon releases (bp25-bp27), fireworks (u19-u21), petroleum coke (ed16-ed18),
metro air (dx10-dx12), mineral oil hydrocarbons in food (dv04-dv06), bed bug insecticides
(cp13-cp15), pumped storage (cx10-cx12), oil shale (dx01-dx03), wind turbine blades
(bh10-bh12), solar panel waste (u01-u03), mattresses (s28-s30), disposable nappies
(bb16-bb18), wet wipes (dd07-dd09), menstrual products (ch19-ch21), chewing gum (cx19-cx21),
mercury from crematoria (y28-y30), cytotoxic drugs (eb07-eb09), used vehicle imports
(cd22-cd24), red mud (bl22-bl24), electricity theft (dv13), ship sulphur sniffers (cb28-cb30)
and the needles and syringes of patients who inject themselves at home (screened by set 118,
next to the health-care waste pages d3, p22 and p23), besides the topics of sets 42 to 145
and those their docstrings list as covered; screened with no or passing hits but not chosen:
trifluoroacetic acid (no hit, but an ultra-short-chain PFAS, under the PFAS pages of earlier
sets), smoke-free beaches (no hit, but next to the cigarette butt pages z25-z27, whose z27 is
about playas sin colillas), the light of greenhouses at night (no hit, but a kind of light
pollution, w16-w18), medical oxygen plants (named only by fr22, and a health-service topic),
farmer's lung (no hit, nearer the farming engineers' area), liquid nitrogen in food and
drinks (no hit, but few French and Spanish pages), clay target shooting grounds (no hit, but
next to the lead shot pages u25-u27) and space debris (no hit, screened by sets 100, 104, 106
and 108, named only in passing by fv15, and far from these clearing-houses' matters).

No earlier record is judged relevant to a query of this set. The nearest are passing or about
other things, all 0: the spent pot lining of aluminium smelters (be13-be15), the foundry
sand pages (ey16-ey18), whose ey17 names scories and laitiers, the red mud pages (bl22-bl24),
the artisanal aluminium cookware (bl28-bl30), the escorias siderúrgicas named by the former
gasworks guide eu06, the aluminium phosphide pages (bd10-bd12) and the beverage containers
of the deposit pages (bk23), no aluminium dross or salt slag; the recovered paper pages
(df16-df18), the billboards of the visual pollution pages (dl07-dl09) and the cigarette butt
levy of z26, no unaddressed advertising; the pharmaceutical residues in water (v10-v12), the
triclosan in wastewater (bp10-bp12), the industrial wastewater pages (x01-x03), the sewage
sludge pages (bf16-bf18), the drug-lab waste (cn25-cn27), the used contact lenses flushed
into wastewater (fs19-fs21) and the boil water advisories (fn04-fn06), no surveillance of
pathogens in wastewater; the ground vibration of quarry blasting (ey25-ey27), the chainsaws
of the canopy sensors bk13 and of the illegal logging pages (m16), the black lung pages
(eu07-eu09), the byssinosis pages (er28-er30), the noise pages (w13-w15), the construction
machinery (eu13-eu15) and the smelter of La Oroya (dh12), no hand-arm vibration; the chicle
latex of the sapodilla (bp13-bp15), the shiringueros tapping rubber (ca30), the latex of fi13
and of dk01, the latex paint of the leftover paint pages (dr01-dr03), the latex backing of the
carpets of ep10, the face masks and gloves thrown away (cf13-cf15), the nickel allergy pages
(fg13-fg15), the henna allergies of bi24 and the baker's asthma (fc10-fc12), no latex allergy;
the end-of-life vehicle guidance (bc22), which names the airbags removed before dismantling
and which the airbags query of the twenty-third set graded, the ammonium nitrate storage page
(q01), the used vehicle imports (cd22-cd24), the expired marine flares (en28-en30) and the
market surveillance of the charger pages (fs22-fs24), no defective airbag inflator or recall;
the water bead pages (fk04-fk06), whose fk04 names small magnets among the other swallowed
hazards, the button cells (bn22-bn24), the chemicals in toys (q40-q42), the neodymium
for magnets of the rare earth pages (dr04-dr06), the online sales of hazardous products
(eb13-eb15) and the magnetometers of fv13-fv15, no magnet ingestion; the used oil pages
(x28-x30), the used oil filters (fo04-fo06), the huile de vidange sprayed on the streets
of fk20, the counterfeit cosmetics (fk25-fk27), the illicit cigarettes (ey01-ey03), the
printer cartridges (fc28-fc30), whose fc30 is about counterfeit ones, the fake fertilisers
(en10-en12), the counterfeit pesticides (cb16-cb18), the fuel marking pages (eu16-eu18)
and the kpayo of ca08, no counterfeit engine oil; the community solar pages (cr22-cr24),
the solar carports (ef16-ef18), the autoconsumo solar of places of worship (dx07-dx09), the
solar panel waste (u01-u03), the vehicle-to-grid pages (fs25-fs27) and the sand batteries
(fo13-fo15), no balcony solar; and the heat pumps that replace wood stoves in Coyhaique and
Temuco because of leña húmeda (ca21), the pellet pages (dd16-dd18), whose dd18 names the
leña húmeda to which families went back, the district heating need of Temuco and Padre
Las Casas that blames leña húmeda (cj15), the sand battery need of Coyhaique (fo15),
the efficient lime kilns (eu28-eu30) and the charcoal pages (bx04, bx05), no dry firewood.

records142.py, records143.py, records144.py and records145.py (ids fs.., ft.., fu.. and fv..),
the most recent earlier files, were searched like the others: their only hits on this set's
words are the aluminium of the contact lens blisters of fs19 and fs20 and of the gas canisters
of fs28 and fs29, the wastewater of the winery and contact lens pages (fs01, fs19, fs21), the
gants of the firefighters of fs05, the solar panels and électricité solaire of fs16, fs17 and
fs26, the séchoirs solaires of fu08, the banana bunchy top virus of fu01-fu03, the leña that
families cannot afford in fv06, the tempête solaire of fv14, the magnetómetros of fv15 and the
huile stocked by fv17; none of their records answers a query of this set. records147.py,
records148.py and records149.py (ids fx01..fx30, fy01..fy30 and fz01..fz30), written at the
same time by other engineers on biodiversity, on agriculture, fisheries, forestry, food and
land, and on water, oceans and coasts, climate adaptation, cities, disasters and capacity
building, are not part of this set's pool, and no query of this set was judged against them.

Traps: the used cans, the ammonia, the plantation roads, the fire and the furnace emissions
of fw01 (0 to beverage containers, oil palm and smelter emissions); the canettes, the
phosphine, the sables de fonderie and the poussières de filtration of fw02 (0 to aluminium
phosphide and foundry sand); the latas, the rines, the chatarra, the arroyos secos, the humos
de los hornos and the arenas de las fundiciones de hierro of fw03 (0 to scrap metal and
foundry sand); the waste paper, the street containers, the court cases, the free local
newspapers and the plastic film of fw04 (0 to paper recycling and plastic packaging); the
papiers graphiques, the bacs de tri, the SMS and the essuie-glaces of fw05 (0 to paper
recycling); the contenedor azul, the revistas gratuitas, the parabrisas and the propaganda
electoral of fw06 (0 to paper recycling and billboards); the vaccination rounds, the open
drains and nullahs, the typhoid and the antibiotic resistance of fw07 (0 to sanitation and
antimicrobial resistance); the stations d'épuration, the micropolluants and the résidus de
médicaments of fw08 (0 to pharmaceutical residues in water); the hepatitis A, the norovirus,
the alcantarillado and the vertidos industriales of fw09 (0 to industrial wastewater); the
chainsaws, the coal miners, the noise-induced deafness and the whole-body vibration of drivers
of fw10 (0 to illegal logging, black lung and noise); the bûcherons, the mineurs, the bruit
and the engins mobiles of fw11 (0 to noise and construction machinery); the neumoconiosis,
the hipoacusia, the silicosis, the ruido and La Oroya of fw12 (0 to silicosis, black lung,
noise and lead smelting); the rubber tree, the asthma, the nitrile and vinyl gloves, the
phthalates and the waste of single-use gloves of fw13 (0 to rubber tapping, phthalates and
glove waste); the gants poudrés, the ballons, the avocat, banane and kiwi and the médicaments
anesthésiques of fw14 (0 to anaesthetic gases and food allergies); the globos, chupetes and
gomas de borrar and the caucho natural of fw15 (0 to balloon releases and rubber tapping);
the ammonium nitrate, the scrapped and exported vehicles and the explosive waste of fw16 (0
to ammonium nitrate storage, end-of-life vehicles and used vehicle exports); the nitrate
d'ammonium, the voitures d'occasion, the surveillance du marché and the déchets
pyrotechniques of fw17 (0 to ammonium nitrate storage, used vehicle imports and expired
flares); the carros usados, the revisión técnico-mecánica and the reciclaje de los infladores
of fw18 (0 to end-of-life and used vehicles); the piercings, the button batteries and the
water beads of fw19 (0 to nickel allergy, button cells and water beads); the bijou fantaisie,
the piles bouton, the pièces de monnaie and the centre antipoison of fw20 (0 to nickel
allergy and button cells); the piercings, the plataformas en línea, the aduanas, the pilas de
botón and the bolitas de hidrogel of fw21 (0 to online sales, button cells and water beads);
the used oil, the keke riders, the sludge and the re-refining of fw22 (0 to used oil and
motorcycle taxis); the huiles de vidange, the moto-taxis, the caniveaux, the régénération and
the carburants frelatés of fw23 (0 to used oil and fuel adulteration); the aceite quemado, the
tuc-tuc, the bombas y tractores, the contrabando and the combustibles adulterados of fw24 (0
to used oil, fuel marking and smuggling); the rooftop solar plants, the home batteries, the
old electricity meters and the landlords of fw25 (0 to rooftop and community solar, battery
storage and smart meters); the rallonge, the multiprise, the toits and the batteries
domestiques of fw26 (0 to phone chargers and battery storage); the nevera, the autoconsumo
en cubiertas and the comunidades energéticas of fw27 (0 to community energy); the wood
burners, the heat pumps, the public libraries and the fine particles of fw28 (0 to heat pumps
and wood stove replacement); the inversions de température, the ramoneurs and the vieux
poêles and their fonds of fw29 (0 to wood stove replacement); and the leña húmeda, the
estufas, the secadores solares, the leña de origen legal and the recambio de estufas of fw30
(0 to wood stove replacement, solar dryers and illegal logging). For the country and
exclusion queries: fw01 names only Malaysia (Kedah, Penang); fw02 names no place (country
code FR); fw03 only Mexico (Monterrey, Nuevo León); fw04 only the Netherlands (Amsterdam);
fw05 only France (Agen); fw06 only Spain (Vitoria-Gasteiz); fw07 only Pakistan (Karachi,
Peshawar, Quetta, Khyber Pakhtunkhwa); fw08 only Switzerland (Lausanne, Genève, Lugano,
Zurich); fw09 only Uruguay (Montevideo, Salto); fw10 only Great Britain (country code GB);
fw11 only Canada (Québec); fw12 only Peru (La Oroya, Junín, Pasco, Huancavelica); fw13 only
the United States (Arizona, Oregon, Ohio, Connecticut); fw14 only Belgium (Liège); fw15 only
Argentina (Corrientes, the noreste argentino); fw16 only Australia; fw17 only Martinique,
Guadeloupe and La Réunion (country codes MQ, GP and RE, the départements d'outre-mer); fw18
only Colombia; fw19 only Ireland; fw20 only Morocco (Rabat, Casablanca, Marrakech); fw21 only
Chile (Santiago); fw22 only Nigeria (Lagos, Ogun); fw23 only Cameroon (Douala, Yaoundé); fw24
only Guatemala (Quetzaltenango); fw25 only Germany; fw26 only Switzerland; fw27 only Spain
(Valencia); fw28 only New Zealand (Canterbury, Otago, the South Island); fw29 only France (the
Haute-Savoie, the vallée de l'Arve); fw30 only Chile (Temuco, Valdivia, Osorno, Coyhaique).
Australia is named by fw16 only, Morocco by fw20 only, Germany by fw25 only, Mexico by fw03
only (Monterrey, Nuevo León), Pakistan by fw07 only and Chile by fw21 and fw30 only;
the phrase "plug-in solar" is written by fw25 only (fw26 writes plug & play, fw27 kits solares
de balcón enchufables); "Stop Pub" by fw05 only (fw04 writes a 'no' sticker, fw06 «Publicidad
no, gracias»); "leña seca" by fw30 only (fw28 writes dry firewood and dry wood, fw29 bois de
chauffage sec); poliovirus by fw07 only.

Ids (fw01..fw30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
fs01..fs30, ft01..ft30, fu01..fu30, fv01..fv30), and no earlier id starts with "fw".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- aluminium dross and salt slag (residues of aluminium remelting) --------------------------
    ("fw01", "case-study", "en",
     "Aluminium dross dumped in Kedah and Penang: ammonia fumes, clean-up and prosecutions",
     "Secondary aluminium smelters melt scrap, used cans and offcuts and skim dross off the "
     "molten metal, a grey crust of aluminium oxide, metal and nitride. Processed in rotary "
     "furnaces with salt, dross leaves salt cake, or salt slag, which is still reactive. In "
     "Malaysia both are scheduled wastes that must go to licensed recovery plants, yet between "
     "2019 and 2023 thousands of tonnes of dross were found on idle land, in abandoned factories "
     "and along plantation roads in Kedah and Penang. When rain fell on the heaps they gave off "
     "ammonia, villagers complained of burning eyes and nausea, and one stockpile caught fire. "
     "This case study, written by the environment department with a state health office and a "
     "university, follows the inspections, the tracing of smelters and hauliers from delivery "
     "papers, the prosecutions, the removal of the heaps under cover to a recovery plant and the "
     "new rules on storage under roof. The smelters' furnace emissions are dealt with separately.",
     ("aluminium dross", "salt slag", "scheduled wastes", "illegal dumping", "case studies"),
     ("MY",), "2024-09"),
    ("fw02", "document", "fr",
     "Guide : gérer les crasses d'aluminium et les scories salines des fonderies de seconde "
     "fusion",
     "Les fonderies et affineries d'aluminium de seconde fusion refondent des chutes, des copeaux "
     "d'usinage, des profilés et des canettes. À chaque coulée, on écrème à la surface du bain des "
     "crasses, un mélange d'oxyde, de métal et de nitrure d'aluminium ; traitées au four rotatif "
     "sous un flux de sel, elles laissent des scories salines. Au contact de l'eau ou de "
     "l'humidité, crasses et scories dégagent de l'ammoniac, de l'hydrogène, du méthane et de la "
     "phosphine, s'échauffent et peuvent s'enflammer. Ce guide, rédigé par le syndicat "
     "professionnel des fondeurs avec l'inspection des installations classées et un centre "
     "technique, explique comment classer ces déchets dangereux, les refroidir, les stocker au sec "
     "dans des bennes couvertes, étiqueter et tracer les lots, choisir une installation qui "
     "récupère l'aluminium et le sel, et réagir en cas d'échauffement. Il rappelle qu'elles ne "
     "peuvent pas être mises en décharge sans traitement. Les sables de fonderie et les poussières "
     "de filtration des fumées relèvent d'autres fiches.",
     ("crasses d'aluminium", "scories salines", "fonderies", "déchets dangereux", "guides"),
     ("FR",), "2025-01"),
    ("fw03", "need", "es",
     "Necesidad: inventariar y tratar las escorias de aluminio de las fundidoras secundarias de "
     "Nuevo León",
     "En el área metropolitana de Monterrey decenas de fundidoras de aluminio secundario funden "
     "chatarra, latas y rines para abastecer a la industria automotriz. Al refinar el metal "
     "retiran natas o escorias, y las que se tratan en hornos rotatorios con sal dejan escorias "
     "salinas. Muchas fundidoras pequeñas las apilan a la intemperie o las venden a terceros que "
     "las tiran en lotes baldíos y arroyos secos; con la lluvia huelen a amoniaco y se calientan, "
     "y los vecinos temen incendios. La secretaría de medio ambiente del estado, con una cámara "
     "industrial y una universidad, solicita apoyo para levantar un inventario de generadores y "
     "de sitios de disposición, analizar la reactividad y los metales de las escorias, capacitar "
     "a inspectores, definir condiciones de almacenamiento techado y evaluar una planta regional "
     "que recupere el aluminio y la sal. Los humos de los hornos y las arenas de las fundiciones "
     "de hierro no forman parte de la solicitud.",
     ("escorias de aluminio", "escorias salinas", "fundidoras", "residuos peligrosos",
      "necesidades"),
     ("MX",), "2025-03"),
    # --- unaddressed advertising mail (leaflets, folders and catalogues in letterboxes) -----------
    ("fw04", "dataset", "en",
     "Opt-in for unaddressed advertising in Amsterdam: yes stickers, leaflets delivered and paper "
     "collected, 2016-2024",
     "In 2018 Amsterdam became the first Dutch city to reverse the rule for unaddressed "
     "advertising: instead of putting a 'no' sticker on the letterbox to stop them, residents now "
     "receive leaflets, supermarket folders and catalogues only if they put up a 'yes' sticker. "
     "Several other municipalities followed, after distributors lost their court cases against "
     "the rule. This dataset, compiled by the city's waste and environment department with a "
     "university, gives by district and year the number of letterboxes with a yes sticker, the "
     "estimated weight of advertising printed matter delivered, the tonnes of waste paper "
     "collected in street containers, and surveys of residents and shopkeepers about how they now "
     "find offers. Junk mail fell by about four fifths, and so did the paper that households "
     "threw away. Addressed mail, free local newspapers with news content and the plastic film "
     "around some folders are recorded separately.",
     ("unaddressed advertising", "junk mail", "opt-in sticker", "waste prevention", "datasets"),
     ("NL",), "2025-01"),
    ("fw05", "case-study", "fr",
     "Étude de cas : l'expérimentation « Oui Pub » dans l'agglomération d'Agen, 2022-2025",
     "Depuis la loi climat et résilience de 2021, quatorze collectivités expérimentent « Oui "
     "Pub » : les prospectus et catalogues publicitaires non adressés n'y sont plus déposés que "
     "dans les boîtes aux lettres portant un autocollant « Oui Pub », au lieu de l'être partout "
     "sauf là où figure un « Stop Pub ». Cette étude de cas suit l'agglomération d'Agen de 2022 à "
     "2025 : distribution des autocollants, contrôles chez les distributeurs, plaintes des "
     "habitants, tonnages de papiers collectés dans les bacs de tri, chiffre d'affaires des "
     "commerces et report vers les catalogues en ligne, les SMS et les applications. Elle montre "
     "une baisse de près des deux tiers des imprimés distribués et discute les difficultés : "
     "boîtes collectives des immeubles, journaux gratuits d'information exclus du dispositif, "
     "prospectus glissés sous les essuie-glaces. Le bilan national de l'expérimentation et "
     "l'éco-contribution des papiers graphiques sont traités dans d'autres documents.",
     ("imprimés publicitaires", "Oui Pub", "prévention des déchets", "papiers", "études de cas"),
     ("FR",), "2025-06"),
    ("fw06", "project", "es",
     "Proyecto: menos folletos en los buzones de Vitoria-Gasteiz con la pegatina «Publicidad no, "
     "gracias»",
     "Cada hogar de Vitoria-Gasteiz recibe al año decenas de kilos de folletos de supermercados, "
     "catálogos de electrodomésticos, propaganda de pizzerías y revistas gratuitas que nadie "
     "pidió, y muchos acaban en el suelo del portal o directamente en el contenedor azul. Este "
     "proyecto del ayuntamiento, con una asociación de consumidores y las empresas de buzoneo, "
     "reparte pegatinas «Publicidad no, gracias» para los buzones, pide a los repartidores que "
     "las respeten y prepara una ordenanza que sancione el buzoneo en buzones con pegatina y los "
     "folletos dejados en los portales o en los parabrisas. También propone a los comercios del "
     "barrio llevar sus ofertas a pantallas y canales digitales. Mide el peso de la publicidad "
     "repartida en una muestra de portales, el papel recogido en el contenedor azul y las quejas "
     "vecinales. La correspondencia con destinatario y la propaganda electoral quedan fuera del "
     "proyecto.",
     ("publicidad en buzones", "buzoneo", "folletos", "prevención de residuos", "proyectos"),
     ("ES",), "2024-11"),
    # --- wastewater surveillance of pathogens (wastewater-based epidemiology) ---------------------
    ("fw07", "project", "en",
     "Project: more sewage sampling sites for poliovirus surveillance in Pakistan's high-risk "
     "districts",
     "Pakistan is one of the last two countries where wild poliovirus type 1 still circulates, "
     "and most infections cause no paralysis, so counting cases gives a late and partial picture. "
     "Since the 2010s the eradication programme has sampled sewage every month from open drains, "
     "nullahs and pumping stations, and the national laboratory grows and sequences the virus to "
     "see where it circulates and where it came from. This project of the national institute of "
     "health, with the provincial health departments and the partners of the eradication "
     "initiative, adds sampling sites in Karachi, Peshawar, Quetta and southern Khyber "
     "Pakhtunkhwa, trains samplers, moves samples faster to the laboratory in cold boxes, tests "
     "bag-mediated filtration, and links positive samples to extra vaccination rounds in their "
     "catchments. Results are published every fortnight. Other uses of the same samples, for "
     "typhoid or antibiotic resistance, are studied in a separate pilot.",
     ("environmental surveillance", "poliovirus", "sewage sampling", "polio eradication",
      "projects"),
     ("PK",), "2024-10"),
    ("fw08", "dataset", "fr",
     "Virus dans les eaux usées de six stations d'épuration suisses : SARS-CoV-2, grippe et VRS, "
     "2020-2025",
     "Les personnes infectées excrètent des virus dans leurs selles, souvent avant d'avoir des "
     "symptômes, et les eaux usées qui arrivent à une station d'épuration donnent une image de la "
     "circulation d'un virus dans toute la population raccordée, testée ou non. Ce jeu de "
     "données, produit par l'institut fédéral de recherche sur l'eau avec l'office fédéral de la "
     "santé publique et les exploitants de six stations, dont celles de Lausanne, Genève, Lugano "
     "et Zurich, réunit les concentrations journalières de SARS-CoV-2 et de ses variants puis, "
     "depuis 2022, des virus de la grippe A et B et du virus respiratoire syncytial, normalisées "
     "par le débit et par un marqueur fécal. Il décrit le prélèvement composite sur vingt-quatre "
     "heures, la PCR digitale, le séquençage et les limites dues aux fortes pluies. Les "
     "micropolluants et les résidus de médicaments mesurés dans les mêmes stations sont publiés à "
     "part.",
     ("surveillance des eaux usées", "épidémiologie", "SARS-CoV-2", "grippe", "données"),
     ("CH",), "2025-02"),
    ("fw09", "event", "es",
     "Taller: vigilancia epidemiológica basada en aguas residuales, del SARS-CoV-2 a otros "
     "patógenos",
     "Durante la pandemia, la universidad de la República y la empresa estatal de agua de Uruguay "
     "midieron el SARS-CoV-2 en las aguas residuales de Montevideo, Salto y otras ciudades, y las "
     "curvas anticiparon en una o dos semanas los aumentos de casos. Este taller, organizado por "
     "el ministerio de salud pública con la universidad y la empresa de saneamiento, reunirá a "
     "laboratorios, epidemiólogos y operadores de plantas para decidir cómo mantener esa "
     "vigilancia: qué patógenos seguir (virus respiratorios, norovirus, hepatitis A, viruela "
     "símica o mpox), dónde y cada cuánto tomar muestras en colectores y plantas de tratamiento, "
     "cómo normalizar los resultados por caudal y cómo comunicar las alertas a las autoridades "
     "sanitarias sin estigmatizar a un barrio. Incluye una práctica de muestreo y una sesión sobre "
     "las ciudades sin red de alcantarillado. El control de los vertidos industriales no forma "
     "parte del taller.",
     ("vigilancia de aguas residuales", "epidemiología", "SARS-CoV-2", "salud pública",
      "eventos"),
     ("UY",), "2025-04"),
    # --- hand-arm vibration syndrome (vibration white finger from vibrating tools) ----------------
    ("fw10", "dataset", "en",
     "Vibration white finger and carpal tunnel syndrome from vibrating tools: new cases in Great "
     "Britain, 2000-2024",
     "Years of work with chainsaws, grinders, road breakers, hammer drills, needle scalers and "
     "impact wrenches damage the blood vessels, nerves and joints of the hands: fingers turn "
     "white in the cold, then numb and clumsy. Hand-arm vibration syndrome is a prescribed "
     "disease in Great Britain, and employers must assess exposure and run health surveillance. "
     "This dataset, from the industrial injuries scheme of the social security department and "
     "from the health and safety regulator, gives new assessed cases of vibration white finger "
     "and of carpal tunnel syndrome from vibrating tools by year, sex, age band, industry and "
     "region, with the cases employers reported under the injury reporting rules. The claims "
     "scheme for former coal miners, closed in 2004, is a separate series. Noise-induced "
     "deafness, which the same workers often suffer, and the whole-body vibration of drivers are "
     "not covered.",
     ("hand-arm vibration", "vibration white finger", "occupational diseases", "power tools",
      "datasets"),
     ("GB",), "2024-12"),
    ("fw11", "document", "fr",
     "Guide : prévenir le syndrome des vibrations main-bras chez les utilisateurs d'outils "
     "portatifs",
     "Au Québec, des bûcherons, des mineurs, des travailleurs de la construction et des "
     "mécaniciens qui manient chaque jour des scies à chaîne, des marteaux-piqueurs, des "
     "foreuses, des meuleuses et des clés à chocs développent le syndrome des vibrations "
     "main-bras : blanchiment des doigts au froid, appelé phénomène de Raynaud d'origine "
     "professionnelle ou « doigts blancs », engourdissements, perte de force et de dextérité. Ce "
     "guide, publié par l'organisme de santé et de sécurité du travail avec un institut de "
     "recherche, explique comment estimer l'exposition à partir de l'accélération mesurée et de "
     "la durée d'utilisation, choisir des outils à faibles vibrations, entretenir les outils, "
     "alterner les tâches, garder les mains au chaud et au sec et reconnaître tôt les symptômes. "
     "Il présente aussi la réclamation d'une lésion professionnelle. Le bruit des mêmes outils et "
     "les vibrations transmises à tout le corps par les engins mobiles sont traités ailleurs.",
     ("vibrations main-bras", "doigts blancs", "maladies professionnelles", "outils portatifs",
      "guides"),
     ("CA",), "2025-02"),
    ("fw12", "need", "es",
     "Necesidad: detectar el síndrome de vibración mano-brazo en los perforistas de la minería "
     "subterránea del Perú",
     "En las minas subterráneas de la sierra peruana, los perforistas manejan durante años "
     "perforadoras neumáticas y martillos que vibran en sus manos muchas horas por turno, a "
     "menudo con agua fría y a gran altura. Muchos refieren dedos blancos y adormecidos, dolor y "
     "pérdida de fuerza, pero el síndrome de vibración mano-brazo casi no aparece en las "
     "estadísticas de enfermedades profesionales, que registran sobre todo la neumoconiosis y la "
     "hipoacusia. El ministerio de trabajo, con el centro nacional de salud ocupacional y un "
     "hospital de La Oroya, solicita apoyo para comprar equipos de medición de vibraciones en "
     "herramientas, capacitar a médicos ocupacionales en pruebas como la de provocación con frío, "
     "preparar protocolos de vigilancia médica y criterios de reconocimiento y compensación, y "
     "hacer un estudio en cinco unidades mineras de Junín, Pasco y Huancavelica. La silicosis y el "
     "ruido se abordan en otros programas.",
     ("vibración mano-brazo", "dedos blancos", "enfermedades profesionales", "minería",
      "necesidades"),
     ("PE",), "2025-05"),
    # --- natural rubber latex allergy ------------------------------------------------------------
    ("fw13", "case-study", "en",
     "Latex gloves out of food service: what state bans taught restaurants and food handlers",
     "Natural rubber latex from the rubber tree contains proteins that can sensitise people who "
     "touch or breathe them, and some sensitised people react with hives, asthma or anaphylaxis "
     "even to traces left on food by a cook's gloves. Since the early 2000s several states of "
     "the United States, among them Arizona, Oregon, Ohio and Connecticut, have banned latex "
     "gloves in restaurants and food shops. This case study, prepared by a university food "
     "safety extension service with a patients' association, compares the bans, the switch to "
     "nitrile and vinyl gloves, the costs for restaurants, the inspections and the reported "
     "reactions among customers and workers before and after. It also looks at latex allergy "
     "among health workers, which fell sharply after hospitals moved to powder-free and "
     "latex-free gloves. The phthalates of vinyl gloves and the waste of single-use gloves are "
     "named briefly but are the subject of other pages.",
     ("latex allergy", "natural rubber latex", "gloves", "food service", "case studies"),
     ("US",), "2024-08"),
    ("fw14", "project", "fr",
     "Projet : un hôpital universitaire sans latex pour les patients allergiques, à Liège",
     "L'allergie au latex de caoutchouc naturel touche surtout les personnes opérées très souvent "
     "dans l'enfance, comme les enfants atteints de spina bifida, et les soignants exposés aux "
     "gants poudrés. Les réactions vont de l'urticaire à l'asthme et au choc anaphylactique au "
     "bloc opératoire. Ce projet d'un hôpital universitaire de Liège, avec le service "
     "d'allergologie et la pharmacie hospitalière, remplace les gants, sondes, garrots, ballons et "
     "pansements contenant du latex par des produits en nitrile, en néoprène ou en silicone, "
     "étiquette les dispositifs restants, aménage un parcours « sans latex » du bloc aux urgences "
     "et forme le personnel à repérer les patients à risque et les allergies croisées avec "
     "l'avocat, la banane ou le kiwi. Il suit le nombre de réactions, les coûts et l'avis des "
     "soignants. Les allergies aux désinfectants et aux médicaments anesthésiques ne sont pas "
     "couvertes.",
     ("allergie au latex", "caoutchouc naturel", "hôpitaux", "gants médicaux", "projets"),
     ("BE",), "2025-03"),
    ("fw15", "need", "es",
     "Necesidad: prevenir la alergia al látex en niños con espina bífida en Corrientes",
     "Los niños con espina bífida y otras malformaciones, que pasan por muchas cirugías y "
     "sondajes vesicales desde el nacimiento, tienen un riesgo alto de sensibilizarse al látex de "
     "caucho natural de guantes, sondas y globos, y algunos sufren reacciones graves en el "
     "quirófano. En las provincias del noreste argentino pocos hospitales cuentan con quirófanos "
     "y salas libres de látex, y muchos productos no indican si lo contienen. Un hospital "
     "pediátrico de Corrientes, con la asociación de familias y el ministerio de salud "
     "provincial, solicita apoyo para reemplazar insumos por alternativas sin látex, preparar "
     "carros de emergencia libres de látex, capacitar a cirujanos, anestesistas y enfermeras, "
     "registrar a los pacientes sensibilizados y enseñar a las familias a reconocer los objetos "
     "de riesgo en la casa y la escuela, como globos, chupetes y gomas de borrar. Las alergias a "
     "medicamentos no forman parte de la solicitud.",
     ("alergia al látex", "espina bífida", "hospitales pediátricos", "insumos médicos",
      "necesidades"),
     ("AR",), "2024-10"),
    # --- defective airbag inflators (Takata recalls) ----------------------------------------------
    ("fw16", "dataset", "en",
     "Takata airbag recall in Australia: vehicles affected, inflators replaced and cars still "
     "outstanding, 2018-2024",
     "Airbag inflators made by Takata use ammonium nitrate as a propellant. After years of heat "
     "and humidity it can degrade and, in a crash, burn too fast, burst the metal housing and "
     "spray fragments at the driver and passengers. After deaths and injuries, the consumer "
     "regulator made the recall compulsory in 2018, one of the largest in the country's "
     "history, covering millions of vehicles of many brands. This dataset, published by the "
     "regulator, gives by month, make, model and state the number of vehicles under recall, the "
     "inflators replaced, the vehicles deregistered, scrapped or exported and those still "
     "unaccounted for, with the most dangerous 'alpha' inflators listed separately. It also "
     "records the deaths and injuries linked to the inflators and the penalties for dealers that "
     "sold unrepaired cars. The disposal of removed inflators as explosive waste is described in "
     "an annex.",
     ("airbag recalls", "Takata", "product safety", "motor vehicles", "datasets"),
     ("AU",), "2024-11"),
    ("fw17", "case-study", "fr",
     "Étude de cas : l'immobilisation des voitures aux airbags Takata en Martinique, en "
     "Guadeloupe et à La Réunion",
     "Les générateurs de gaz des coussins gonflables fabriqués par Takata contiennent du nitrate "
     "d'ammonium qui se dégrade avec la chaleur et l'humidité ; lors d'un choc, l'airbag peut "
     "exploser et projeter des éclats métalliques. Les départements d'outre-mer, au climat chaud "
     "et humide, ont compté plusieurs morts et blessés graves. Cette étude de cas, rédigée par le "
     "service de la sécurité des véhicules du ministère des transports avec les préfectures et "
     "une association de victimes, décrit le passage d'un rappel classique, peu suivi, à une "
     "consigne « stop drive » interdisant de rouler avec les voitures concernées : lettres "
     "recommandées, contrôles routiers, véhicules de prêt, attente dans les garages faute de "
     "pièces, propriétaires de voitures d'occasion introuvables. Elle en tire des leçons pour la "
     "surveillance du marché et le retrait des produits dangereux. L'élimination des airbags "
     "déposés, déchets pyrotechniques, fait l'objet d'une autre fiche.",
     ("airbags défectueux", "rappel de véhicules", "sécurité des produits", "outre-mer",
      "études de cas"),
     ("MQ", "GP", "RE"), "2025-07"),
    ("fw18", "support-source", "es",
     "Oferta: revisión y cambio gratuito de bolsas de aire Takata, con talleres móviles, en "
     "Colombia",
     "En Colombia circulan cientos de miles de vehículos con infladores de bolsas de aire Takata "
     "sujetos a llamados a revisión: el nitrato de amonio de su propelente se degrada con el calor "
     "y la humedad de las tierras bajas y, en un choque, el inflador puede estallar y lanzar "
     "esquirlas metálicas. Muchos dueños de carros usados, comprados de segunda o tercera mano, "
     "nunca reciben la carta del fabricante. La autoridad de protección al consumidor, con las "
     "marcas de vehículos, la asociación de concesionarios y las secretarías de movilidad, "
     "ofrece una consulta gratuita por número de placa o de chasis, el cambio gratuito de los "
     "infladores en los talleres autorizados y, en los municipios sin concesionario, jornadas "
     "con talleres móviles, además del traslado del vehículo si el dueño no puede llegar. Se "
     "difunden campañas por radio y redes. La revisión técnico-mecánica anual y el reciclaje de "
     "los infladores retirados no forman parte de esta oferta.",
     ("bolsas de aire", "llamados a revisión", "Takata", "seguridad vial", "ofertas"),
     ("CO",), "2025-02"),
    # --- swallowed high-powered magnets (small neodymium magnets) ---------------------------------
    ("fw19", "document", "en",
     "Small powerful magnets: guidance for retailers, online sellers and parents on the risk of "
     "swallowing",
     "Small neodymium magnets, sold as magnetic balls, cubes and desk toys for adults, as fake "
     "tongue and nose piercings, or loose in some games and construction sets, are so strong that "
     "when a child or teenager swallows two or more, or one with a metal object, they pull "
     "together through the walls of the bowel. The pressure cuts off the blood supply and can "
     "perforate the intestine within hours, often with only vague stomach pain at first, and "
     "children have needed surgery to remove parts of their bowel. This guidance, issued in "
     "Ireland by the consumer protection authority with the national children's hospital, "
     "explains the toy safety rules and the general product safety duties, which products are "
     "treated as unsafe, how sellers should label and withdraw them, and what parents should do "
     "if they suspect a child has swallowed magnets. Button batteries and water beads, the other "
     "swallowed hazards, are covered by separate guidance.",
     ("magnet ingestion", "neodymium magnets", "child safety", "product safety", "guidance"),
     ("IE",), "2024-09"),
    ("fw20", "dataset", "fr",
     "Ingestions d'aimants chez l'enfant au Maroc : signalements au centre antipoison et cas "
     "opérés, 2016-2024",
     "Depuis la mode des billes magnétiques et des faux piercings aimantés, les urgences "
     "pédiatriques du Maroc reçoivent des enfants et des adolescents qui ont avalé plusieurs "
     "aimants en néodyme. Attirés les uns vers les autres à travers les anses intestinales, ils "
     "peuvent provoquer des perforations, des fistules et des occlusions qui exigent une "
     "opération. Ce jeu de données, constitué par le centre antipoison et de pharmacovigilance "
     "avec quatre centres hospitaliers universitaires, dont ceux de Rabat, Casablanca et "
     "Marrakech, décrit pour chaque cas l'âge, le sexe, le nombre et la forme des aimants, le "
     "produit d'origine (jouet, gadget, bijou fantaisie, jeu de construction), le lieu d'achat, "
     "le délai avant la consultation, l'imagerie, l'endoscopie ou la chirurgie et les suites. Il "
     "recense aussi les signalements transmis aux autorités de contrôle du marché. Les ingestions "
     "de piles bouton et de pièces de monnaie sont suivies dans une autre série.",
     ("ingestion d'aimants", "aimants en néodyme", "enfants", "toxicovigilance", "données"),
     ("MA",), "2025-01"),
    ("fw21", "event", "es",
     "Jornada: ingestión de imanes de neodimio en niños, de la urgencia a la vigilancia del "
     "mercado",
     "Los imanes de neodimio pequeños y muy potentes de los juegos de esferas magnéticas, de "
     "algunos juguetes de construcción y de los piercings falsos de moda en las redes sociales se "
     "han vuelto una causa de cirugía intestinal de urgencia en niños chilenos: cuando se tragan "
     "dos o más, se atraen a través de las paredes del intestino y lo perforan. Esta jornada, "
     "organizada en Santiago por el servicio nacional del consumidor con la sociedad de cirugía "
     "pediátrica, el instituto de salud pública y el servicio de aduanas, presentará los casos "
     "atendidos en hospitales pediátricos, el retiro de productos del comercio y de las "
     "plataformas en línea, las alertas de seguridad, las normas de seguridad de los juguetes y "
     "los controles en frontera. Habrá un taller para educadoras de párvulos y una sesión para "
     "padres sobre qué hacer si un niño traga imanes. Las pilas de botón y las bolitas de "
     "hidrogel se tratarán en otra jornada.",
     ("imanes de neodimio", "ingestión de cuerpos extraños", "seguridad de juguetes",
      "vigilancia del mercado", "eventos"),
     ("CL",), "2025-06"),
    # --- counterfeit and substandard engine oil (fake lubricants) ---------------------------------
    ("fw22", "case-study", "en",
     "Fake engine oil in Lagos: raids on illegal blending plants and what a market survey of "
     "lubricants found",
     "Motorists, keke riders and fleet operators in Nigeria buy much of their engine oil loose or "
     "in cheap bottles from spare parts markets, where used oil drained from vehicles is "
     "sometimes filtered, dyed, mixed with base oil and packed in containers bearing the labels "
     "of well-known brands. Substandard and fake lubricants wear out engines, gearboxes and "
     "motorcycles, and their makers dump the sludge. This case study, written by the standards "
     "organisation with the federal consumer protection commission and an association of "
     "lubricant blenders, follows the 2022-2024 raids on illegal blending plants in Lagos and "
     "Ogun, the tests of 400 samples bought in the Ladipo and Trade Fair markets against the "
     "viscosity and additive standards, the seizure and destruction of products, the "
     "prosecutions and the campaign on how to spot a fake pack. The re-refining of used oil in "
     "licensed plants is discussed only as an alternative.",
     ("counterfeit lubricants", "engine oil", "standards enforcement", "consumer protection",
      "case studies"),
     ("NG",), "2024-12"),
    ("fw23", "need", "fr",
     "Besoin : un laboratoire pour contrôler les huiles moteur frelatées et contrefaites vendues "
     "au Cameroun",
     "À Douala et à Yaoundé, les huiles moteur et les lubrifiants vendus au bord des routes, au "
     "détail ou en bidons de marques connues, sont souvent des huiles de vidange reconditionnées, "
     "des huiles de base sans additifs ou des contrefaçons importées. Les conducteurs de "
     "moto-taxis, de taxis et de camions constatent des casses de moteurs, et les résidus de ces "
     "trafics finissent dans les caniveaux. L'agence des normes et de la qualité, avec le "
     "ministère du commerce, les douanes et une association de consommateurs, sollicite un appui "
     "pour équiper un laboratoire d'essais des lubrifiants (viscosité, point éclair, indice de "
     "base, teneur en métaux), former des inspecteurs aux prélèvements sur les marchés et aux "
     "frontières, instaurer un marquage des emballages et informer les usagers. Elle cherche "
     "aussi des partenaires pour orienter les huiles usagées vers une filière de régénération. "
     "Les carburants frelatés vendus au bord des routes relèvent d'un autre programme.",
     ("huiles moteur contrefaites", "lubrifiants", "contrôle de la qualité", "douanes",
      "besoins"),
     ("CM",), "2025-04"),
    ("fw24", "project", "es",
     "Proyecto: aceites lubricantes falsificados y adulterados, control en aduanas y comercios de "
     "Guatemala",
     "En Guatemala se venden aceites de motor a granel y en envases que imitan marcas "
     "reconocidas: algunos son aceite quemado filtrado y teñido, otros aceites básicos sin "
     "aditivos o productos de contrabando con etiquetas falsas. Los transportistas, los pilotos "
     "de tuc-tuc y de moto y los agricultores con bombas y tractores pagan el precio con motores "
     "fundidos. Este proyecto de la dirección de atención al consumidor, con la administración "
     "tributaria en las aduanas, el ministerio de energía y minas y la cámara de industria, toma "
     "muestras en talleres, ventas de repuestos y mercados de la capital, de Quetzaltenango y de "
     "la frontera, las analiza en un laboratorio universitario, decomisa los lotes que no "
     "cumplen, sanciona a los vendedores y enseña a reconocer los envases falsificados. También "
     "registra a los recolectores de aceite usado para que no lo desvíen a los falsificadores. "
     "Los combustibles adulterados quedan fuera del proyecto.",
     ("aceites lubricantes", "aceite de motor falsificado", "protección al consumidor",
      "aduanas", "proyectos"),
     ("GT",), "2025-01"),
    # --- balcony solar (plug-in solar kits for balconies) -----------------------------------------
    ("fw25", "dataset", "en",
     "Balcony solar in Germany: plug-in solar devices in the national market data register, "
     "2019-2025",
     "Balcony power plants, small plug-in solar devices of one or two panels with a "
     "micro-inverter that plugs into an ordinary socket, let tenants and flat owners produce part "
     "of their own electricity on a balcony, a terrace or a garage roof without an electrician. "
     "Germany raised their allowed inverter output to 800 watts in 2024, dropped the need to "
     "notify the grid operator and gave tenants a right to install them, and registrations "
     "soared. This dataset, derived from the federal network agency's market data register with "
     "a consumer advice centre, gives registrations by month, state, size of town and inverter "
     "power, with the subsidies offered by cities and states and surveys of owners on savings, "
     "the orientation of panels and the problems met with landlords and with old electricity "
     "meters that turn backwards. Rooftop solar plants and home batteries are counted "
     "separately.",
     ("balcony solar", "plug-in solar", "self-consumption", "tenants", "datasets"),
     ("DE",), "2025-05"),
    ("fw26", "document", "fr",
     "Guide : installer soi-même une petite centrale solaire plug & play sur son balcon, en Suisse",
     "En Suisse, un ménage peut brancher lui-même sur une prise ordinaire une petite installation "
     "photovoltaïque d'un ou deux panneaux avec un micro-onduleur, jusqu'à 600 watts, pourvu "
     "qu'il l'annonce au gestionnaire de réseau. Ces centrales solaires de balcon, vendues en kit "
     "dans les grandes surfaces de bricolage et en ligne, intéressent surtout les locataires. Ce "
     "guide, publié par l'office fédéral de l'énergie avec l'inspection des installations à "
     "courant fort et une association de consommateurs, explique quels appareils sont conformes, "
     "comment fixer les panneaux au garde-corps pour qu'ils résistent au vent, pourquoi il ne "
     "faut utiliser ni rallonge ni multiprise, ce qu'il faut demander à la gérance ou à la "
     "copropriété, quelle production attendre selon l'orientation et en combien d'années l'achat "
     "est amorti. Les installations sur les toits, raccordées par un électricien, et les "
     "batteries domestiques font l'objet d'autres fiches.",
     ("panneaux solaires de balcon", "plug & play", "autoconsommation", "locataires", "guides"),
     ("CH",), "2024-07"),
    ("fw27", "support-source", "es",
     "Oferta: ayudas para kits solares de balcón enchufables en viviendas de alquiler de Valencia",
     "Los kits solares de balcón, uno o dos paneles con un microinversor que se conecta a un "
     "enchufe de la casa, permiten a quien vive de alquiler o en un piso sin tejado propio "
     "producir parte de su electricidad para la nevera, el router o la lavadora. En España se "
     "conectan como autoconsumo sin excedentes y deben comunicarse a la distribuidora y a la "
     "comunidad autónoma. El ayuntamiento de Valencia, con su agencia de la energía y una "
     "asociación de consumidores, ofrece a hogares de alquiler y a familias vulnerables ayudas "
     "que cubren hasta el setenta por ciento de un kit homologado, la visita de un técnico que "
     "revisa la instalación eléctrica y el anclaje a la barandilla, y asesoría para los trámites "
     "y para pedir permiso al propietario y a la comunidad de vecinos. Las instalaciones de "
     "autoconsumo en cubiertas y las comunidades energéticas tienen líneas de ayuda propias.",
     ("paneles solares de balcón", "autoconsumo", "kits enchufables", "viviendas de alquiler",
      "ofertas"),
     ("ES",), "2025-03"),
    # --- dry firewood (seasoned firewood, moisture and certified merchants) -----------------------
    ("fw28", "project", "en",
     "Project: approved dry firewood merchants in Canterbury and Otago",
     "Burning wet or green firewood in a wood burner gives less heat and far more smoke, and "
     "winter smoke from home fires is the main cause of unhealthy levels of fine particles in "
     "towns of Canterbury and Otago, in New Zealand's South Island. Freshly split wood may be "
     "half water; it must be stacked under cover for a year or more before its moisture falls "
     "below 25 per cent. This project of the regional councils, with firewood merchants and a "
     "home heating association, builds a scheme of approved suppliers who season their wood "
     "under cover, check each load with a moisture meter and sell it as dry wood, with random "
     "checks by council officers. It helps small merchants build drying sheds, lends moisture "
     "meters through public libraries and teaches households to buy early and store wood in a "
     "ventilated woodshed. The replacement of old burners with heat pumps or cleaner burners is "
     "funded by another programme.",
     ("dry firewood", "firewood moisture", "wood burners", "air quality", "projects"),
     ("NZ",), "2024-06"),
    ("fw29", "event", "fr",
     "Atelier : bien choisir et stocker son bois de chauffage sec, dans la vallée de l'Arve",
     "Dans la vallée de l'Arve, en Haute-Savoie, le chauffage au bois individuel est la première "
     "source des particules fines qui s'accumulent en hiver lors des inversions de température. "
     "Un bois fraîchement coupé contient près de la moitié de son poids en eau : brûlé humide, il "
     "chauffe mal, encrasse le conduit et fume beaucoup. Cet atelier gratuit, organisé par le "
     "syndicat intercommunal de la vallée avec l'observatoire régional de la qualité de l'air, "
     "des marchands de bois de chauffage et des ramoneurs, montrera comment reconnaître un bois "
     "sec, à moins de 20 % d'humidité, avec un humidimètre, lire les mentions des bûches vendues "
     "sous une marque de qualité, empiler et couvrir le bois pendant deux ans, allumer le feu par "
     "le haut et entretenir son appareil. Chaque participant repart avec un humidimètre prêté. Le "
     "remplacement des vieux poêles, aidé par un fonds dédié, sera présenté lors d'une autre "
     "séance.",
     ("bois de chauffage sec", "humidité du bois", "chauffage au bois", "qualité de l'air",
      "événements"),
     ("FR",), "2024-10"),
    ("fw30", "support-source", "es",
     "Oferta: créditos y asistencia técnica para que los leñeros del sur de Chile vendan leña "
     "seca certificada",
     "En Temuco, Valdivia, Osorno y Coyhaique la mayor parte del humo que satura el aire en "
     "invierno viene de la leña húmeda que se quema en estufas y cocinas. La leña seca, con menos "
     "de 25 por ciento de humedad, calienta más y contamina mucho menos, pero secarla exige "
     "galpones, capital de trabajo y tiempo que los pequeños comerciantes de leña no tienen. El "
     "ministerio de energía, con la agencia de fomento, el servicio forestal y los municipios, "
     "ofrece a leñeros y centros de acopio créditos blandos y subsidios para construir galpones y "
     "secadores solares o a biomasa, comprar xilohigrómetros y certificar su leña seca en el "
     "sistema nacional de certificación de leña, además de capacitación en gestión y en la compra "
     "de leña de origen legal. Los consumidores pueden consultar en línea los comerciantes "
     "certificados. El recambio de estufas a leña por calefactores más limpios corresponde a otro "
     "programa.",
     ("leña seca", "secado de leña", "comerciantes de leña", "contaminación atmosférica",
      "ofertas"),
     ("CL",), "2025-04"),
)  # fmt: skip
