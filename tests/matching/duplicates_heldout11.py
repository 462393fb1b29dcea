# ruff: noqa: E501  (hand-written records: one record per line reads best)
"""An eleventh held-out set of duplicate pairs and look-alikes, written by hand and labelled
before chm was run on it.

Why an eleventh one: the tenth set (tests/matching/duplicates_heldout10.py) has been measured
once as held out, and the duplicate rules are being changed again while looking at sets 1-10
(recall across languages and on records without a country), so none of those is held out any
more. This file was written and committed **alone**, before the next changes to the rules, by
someone who did not write the duplicate rules, did not run chm's duplicate detection (nor the
evaluators, nor ``chm match``) on it and did not look at what chm gives for it; only its own
construction was run (tests/matching/test_heldout_construction.py: the records build, the
labels name existing records, no pair is labelled twice). It is to be measured once, after
those changes, and not tuned on.

Provenance: written for chm in the style of the public pages of the CBD clearing-house
(national reports and strategies, needs, offers of grants, courses and fellowships, projects,
case studies, capacity-building workshops for national reports), the Biosafety Clearing-House
(risk assessments and countries' decisions on LMOs, national focal points, country profiles),
the ABS Clearing-House (focal points, country profiles, internationally recognized
certificates of compliance), the Minamata Convention clearing-house (initial assessments,
country profiles, guidance), the Basel, Rotterdam and Stockholm Conventions (reports of the
Conference of the Parties and of the POPs Review Committee, national implementation plans, PCB
inventories through INFOCAP, the regional centres' workshops), the Ramsar Convention
(technical reports, regional pre-COP meetings, administrative authorities, site management
plans), InforMEA, the UNEP Caribbean Environment Programme, funds and agencies (CEPF, the
Global EbA Fund, JICA, the International Fund for Houbara Conservation, the Kunming
Biodiversity Fund, the Francophonie's IFDD, the Humboldt Institute) and national clearing-house
nodes, in English, French, Spanish, Portuguese and Arabic, with a few Russian and Chinese
copies (a Stockholm Convention COP report in three UN languages; Uzbek and Belarusian national
documents; a Chinese training workshop). The countries are mostly ones the earlier sets use
least or not at all (Mongolia, Uzbekistan, Turkmenistan, Kazakhstan, Belarus, Nigeria, Chad,
Bolivia, Trinidad and Tobago, Mozambique, Sri Lanka, Maldives, Zimbabwe, Malawi, Jordan,
Egypt, Haiti, China, Yemen, Brazil, the Cook Islands, Niue, Madagascar, the Comoros, Vanuatu,
Cabo Verde, Guinea-Bissau, the United Arab Emirates, Guatemala, Paraguay, Uganda, Tanzania,
Guinea, Sierra Leone, Uruguay, Algeria, Barbados, Chile...). About half of the items are one
record harvested from two nodes in one language (another landing page; one copy without date
or country; the creator as an acronym on one copy; a GEF number, certificate number, document
symbol or landing page on one copy only; a title with or without its series prefix, subtitle,
place or country; missing accents or hamza, a typo, a space inside an event code); the other
half are official translations across languages (three items in three languages: English,
Russian and Chinese; English, French and Arabic; English, French and Spanish), the national
copy often without a country field. Countries, conventions, bodies, funds, programmes,
protected areas, LMO events and chemicals are real; the titles, texts, dates, identifiers
(GEF numbers, symbols, certificate and course numbers), URLs and most names of units are
written for this set. No text was copied from the pages or from the earlier sets.

Labelling criteria (as in the earlier sets):

* ``SAME``: both records describe the same document (the same edition, version or reporting
  cycle), meeting or workshop (the same session), project (the same phase), need (the same
  request of the same country), offer (the same call, round or course edition), case,
  certificate, country profile or contact point (the same role of the same country), in any
  language, on any node, under any identifier.
* Every other two records of this file are **different items**; ``NEAR_MISSES`` lists the
  look-alikes written on purpose (the records whose identifier ends in x, y or z, against each
  copy of the item they imitate, and a few look-alikes against each other): the same call,
  course or workshop in another year, region or hotspot; the previous or next national report
  or strategy and its action plan; the same template filled by another country (identical
  titles but for the country or place in most cases); a previous, draft or first edition; a
  summary (briefing note) and the next number of a series; a meeting's report against its
  provisional agenda, the previous meeting's report and another committee's report of the
  same number; a country's decision against the risk assessment of the same event, a sibling
  event's decision and another country's assessment of the same event; two needs of one
  country on one place or species; two certificates of one country on one resource; a contact
  point for another role or another clearing-house; the next phase of a project; a
  neighbouring site's management plan.

``SAME`` is closed under transitivity (an item in three languages gives three pairs).
"""

from __future__ import annotations

from typing import Any

from tests.matching.duplicates_heldout4 import _r

SCBD = ("Secretariat of the Convention on Biological Diversity",)
UNDP = ("United Nations Development Programme",)
BRS = ("Secretariat of the Basel, Rotterdam and Stockholm Conventions",)
MINAMATA = ("Secretariat of the Minamata Convention on Mercury",)
RAMSAR = ("Secretariat of the Convention on Wetlands",)
CEPF = ("Critical Ecosystem Partnership Fund",)
IFHC = ("International Fund for Houbara Conservation",)
EBA = ("International Union for Conservation of Nature", "United Nations Environment Programme")
BCRC_EG = (
    "Basel Convention Regional Centre for Training and Technology Transfer for the Arab States in Egypt",
)
IFDD = ("Institut de la Francophonie pour le développement durable",)
IBAP = ("Instituto da Biodiversidade e das Áreas Protegidas",)
EEAA = ("قطاع حماية الطبيعة، وزارة البيئة",)

RECORDS: list[dict[str, Any]] = [
    # 1 a gazelle tracking need reworded by the national node (neither date nor country); the neighbour's need for another antelope under the same template; the same country's other need on the same herds
    _r("t01a", "cbd-chm", "need", "en", "Support to track the migration of Mongolian gazelles across the eastern steppe", "Mongolia requests satellite collars and training for rangers of the Eastern Steppe protected areas to follow gazelle herds and find where fences and railways block their movement.\nType of support: equipment, training", "2025", ("MN",)),
    _r("t01b", "mn-chm", "need", "en", "Mongolian gazelle migration tracking - collars and ranger training wanted", "The Ministry of Environment and Climate Change seeks GPS collars and training so that rangers in the eastern steppe can follow the gazelle herds and map the fences and rail lines that cut their routes.\nType of support: equipment, training", None, ()),
    _r("t01x", "cbd-chm", "need", "en", "Support to track the migration of saiga antelopes across the Betpak-Dala steppe", "Kazakhstan requests satellite collars to follow saiga herds between their calving and wintering grounds.\nType of support: equipment", "2025", ("KZ",)),
    _r("t01y", "cbd-chm", "need", "en", "Support to control peste des petits ruminants in livestock grazing the gazelle ranges of the eastern steppe", "Mongolia requests vaccines and veterinary training to keep the disease that killed saiga in 2017 away from the gazelles.\nType of support: equipment, training", "2025", ("MN",)),
    # 2 a sixth national report in English (portal) and Russian (national node, no country, the committee by its short name); the fifth report; the next (seventh) report; the neighbour's sixth report in Russian
    _r("t02a", "cbd-chm", "document", "en", "Sixth National Report of the Republic of Uzbekistan to the Convention on Biological Diversity", "Progress of Uzbekistan towards its national biodiversity targets: the Ustyurt plateau, the tugai forests of the Amu Darya, the Aydar-Arnasay lakes and the dried bed of the Aral Sea.", "2019", ("UZ",), ("State Committee of the Republic of Uzbekistan on Ecology and Environmental Protection",)),
    _r("t02b", "uz-chm", "document", "ru", "Шестой национальный доклад Республики Узбекистан по сохранению биологического разнообразия", "Прогресс Узбекистана в достижении национальных целей по биоразнообразию: плато Устюрт, тугайные леса Амударьи, Айдар-Арнасайская система озёр и осушенное дно Аральского моря.", "2019", (), ("Госкомэкологии",)),
    _r("t02x", "cbd-chm", "document", "en", "Fifth National Report of the Republic of Uzbekistan to the Convention on Biological Diversity", "The report of the fifth cycle, on the Aichi targets.", "2015", ("UZ",), ("State Committee for Nature Protection of the Republic of Uzbekistan",)),
    _r("t02y", "tm-chm", "document", "ru", "Шестой национальный доклад Туркменистана о сохранении биологического разнообразия", "Доклад Туркменистана о выполнении Конвенции: Копетдаг, Репетекский заповедник и побережье Каспийского моря.", "2019", (), ("Министерство сельского хозяйства и охраны окружающей среды Туркменистана",)),
    _r("t02z", "uz-chm", "document", "ru", "Седьмой национальный доклад Республики Узбекистан по сохранению биологического разнообразия", "Доклад о прогрессе в достижении целей, согласованных с Куньминско-Монреальской глобальной рамочной программой в области биоразнообразия.", "2026", (), ("Минэкологии",)),
    # 3 a risk assessment on the BCH and on the national node (the agency by its acronym, a typo and a space in the event code, no date, no country); the decision on the same event; another country's assessment of the same event
    _r("t03a", "bch", "document", "en", "Risk assessment: pod-borer resistant cowpea event AAT709A for commercial release (Nigeria)", "Assessment by the National Biosafety Management Agency of the environmental and food safety of a cowpea expressing the Cry1Ab protein against the legume pod borer Maruca vitrata.", "2019", ("NG",), ("National Biosafety Management Agency",)),
    _r("t03b", "ng-chm", "document", "en", "PBR Cowpea (AAT 709A) - Risk Assesment Report", "NBMA's environmental and food safety assessment of the Bt cowpea that resists the Maruca pod borer, prepared before its release to farmers.", None, (), ("NBMA",)),
    _r("t03x", "bch", "document", "en", "Country's decision: pod-borer resistant cowpea event AAT709A for commercial release (Nigeria)", "The approval of the Bt cowpea for cultivation and use as food and feed.", "2019", ("NG",), ("National Biosafety Management Agency",)),
    _r("t03y", "bch", "document", "en", "Risk assessment: pod-borer resistant cowpea event AAT709A for commercial release (Ghana)", "Assessment by Ghana's National Biosafety Authority of the same cowpea before its release.", "2022", ("GH",), ("National Biosafety Authority",)),
    # 4 an oasis need in French (portal) and Arabic (national node, no country); the neighbour's need under the same template; the same country's other oasis need
    _r("t04a", "cbd-chm-fr", "need", "fr", "Appui à la lutte contre l'ensablement des palmeraies du Borkou", "Le Tchad sollicite un appui technique et financier pour fixer les dunes qui menacent les palmeraies de Faya-Largeau par des haies vives et des brise-vent, et former les groupements d'oasiens à leur entretien.\nType d'appui : assistance technique, financement", "2025", ("TD",)),
    _r("t04b", "td-chm", "need", "ar", "دعم مكافحة زحف الرمال على واحات النخيل في بوركو", "تطلب وزارة البيئة دعماً فنياً ومالياً لتثبيت الكثبان الرملية التي تهدد واحات النخيل في فايا لارجو بالأسيجة الحية ومصدات الرياح، وتدريب جمعيات سكان الواحات على صيانتها.\nنوع الدعم: مساعدة تقنية، تمويل", "2025", ()),
    _r("t04x", "cbd-chm-fr", "need", "fr", "Appui à la lutte contre l'ensablement des palmeraies du Kawar", "Le Niger sollicite un appui pour protéger les palmeraies de Bilma et de Dirkou contre les dunes.\nType d'appui : assistance technique", "2025", ("NE",)),
    _r("t04y", "td-chm", "need", "ar", "دعم حصر أصناف نخيل التمر في واحات بوركو", "تطلب الوزارة دعماً لحصر أصناف نخيل التمر المحلية وحفظ أمهاتها.\nنوع الدعم: مساعدة تقنية", "2025", ()),
    # 5 an initial assessment on the convention's clearing-house and on the national node without accents (the ministry by its acronym, no country); the neighbour's assessment; the same country's action plan on gold mining
    _r("t05a", "mercury-ch", "document", "es", "Evaluación Inicial del Convenio de Minamata del Estado Plurinacional de Bolivia", "Inventario de las emisiones y liberaciones de mercurio de Bolivia, con la minería aurífera cooperativa de los ríos de La Paz y del norte amazónico como fuente principal, y análisis del marco legal.", "2021", ("BO",), ("Ministerio de Medio Ambiente y Agua",)),
    _r("t05b", "bo-chm", "document", "es", "Evaluacion Inicial de Minamata (MIA) Bolivia", "Documento del MMAyA con el inventario nacional de mercurio: mineria aurifera cooperativa en los rios de La Paz y la Amazonia, productos con mercurio y vacios legales.", "2021-11-30", (), ("MMAyA",)),
    _r("t05x", "mercury-ch", "document", "es", "Evaluación Inicial del Convenio de Minamata de la República del Paraguay", "Inventario de las fuentes de mercurio del Paraguay.", "2019", ("PY",), ("Ministerio del Ambiente y Desarrollo Sostenible",)),
    _r("t05y", "mercury-ch", "document", "es", "Plan de acción nacional para la minería aurífera artesanal y en pequeña escala del Estado Plurinacional de Bolivia", "El plan para reducir el uso de mercurio en las cooperativas auríferas.", "2024", ("BO",), ("Ministerio de Medio Ambiente y Agua",)),
    # 6 a Stockholm COP report in English (symbol), Russian and Chinese (no date on the Chinese copy; the secretariat in three languages); its provisional agenda; the previous meeting's report
    _r("t06a", "synergies", "document", "en", "Report of the Conference of the Parties to the Stockholm Convention on Persistent Organic Pollutants on the work of its eleventh meeting", "Proceedings and decisions of the eleventh meeting, Geneva, May 2023: listing of methoxychlor, Dechlorane Plus and UV-328 in Annex A, effectiveness evaluation, compliance and financial resources.", "2023", (), BRS, ("UNEP/POPS/COP.11/31",)),
    _r("t06b", "synergies-ru", "document", "ru", "Доклад Конференции Сторон Стокгольмской конвенции о стойких органических загрязнителях о работе ее одиннадцатого совещания", "Ход работы и решения одиннадцатого совещания, Женева, май 2023 года: включение метоксихлора, декхлорана плюс и UV-328 в приложение A, оценка эффективности, соблюдение и финансовые ресурсы.", "2023", (), ("Секретариат Базельской, Роттердамской и Стокгольмской конвенций",)),
    _r("t06c", "synergies-zh", "document", "zh", "关于持久性有机污染物的斯德哥尔摩公约缔约方大会第十一次会议工作报告", "第十一次会议（2023年5月，日内瓦）的议事情况和决定：将甲氧滴滴涕、得克隆和UV-328列入附件A、成效评估、遵约和财政资源。", None, (), ("巴塞尔、鹿特丹和斯德哥尔摩公约秘书处",)),
    _r("t06x", "synergies", "document", "en", "Provisional agenda of the eleventh meeting of the Conference of the Parties to the Stockholm Convention on Persistent Organic Pollutants", "The items proposed for the meeting in Geneva.", "2023", (), BRS, ("UNEP/POPS/COP.11/1",)),
    _r("t06y", "synergies", "document", "en", "Report of the Conference of the Parties to the Stockholm Convention on Persistent Organic Pollutants on the work of its tenth meeting", "Proceedings and decisions of the tenth meeting, held online and in Geneva in 2021 and 2022.", "2022", (), BRS, ("UNEP/POPS/COP.10/27",)),
    # 7 a Ramsar regional meeting on the convention's site and on the host's node (the secretariat written two ways, no date, no country); the region's meeting before the previous COP; another region's meeting before the same COP
    _r("t07a", "ramsar", "event", "en", "Pan-American regional meeting in preparation for the 15th meeting of the Conference of the Contracting Parties to the Convention on Wetlands, Port of Spain", "Contracting Parties of the Americas review the draft resolutions for COP15, agree on regional priorities and propose their Standing Committee members.", "2024-09-23", ("TT",), RAMSAR),
    _r("t07b", "tt-chm", "event", "en", "Americas pre-COP15 Ramsar meeting (Port of Spain)", "The Environmental Management Authority hosts the Ramsar delegations of the Americas to go through the draft resolutions and regional positions for COP15 in Victoria Falls.", None, (), ("Ramsar Convention Secretariat",)),
    _r("t07x", "ramsar", "event", "en", "Pan-American regional meeting in preparation for the 14th meeting of the Conference of the Contracting Parties to the Convention on Wetlands", "The meeting held online before COP14.", "2021-10-12", (), RAMSAR),
    _r("t07y", "ramsar", "event", "en", "African regional meeting in preparation for the 15th meeting of the Conference of the Contracting Parties to the Convention on Wetlands, Kampala", "The Contracting Parties of Africa prepare COP15.", "2024-10-14", ("UG",), RAMSAR),
    # 8 a mangrove project in Portuguese (national node, no country, the agency by its acronym) and English (portal, GEF number); the same agency's project in another delta; the second phase
    _r("t08a", "mz-chm", "project", "pt", "Restauração dos mangais do delta do Zambeze", "Projeto da Administração Nacional das Áreas de Conservação com as comunidades de Marromeu e Chinde para replantar o mangal cortado para lenha e proteger a pesca do camarão.", "2023", (), ("ANAC",)),
    _r("t08b", "cbd-chm", "project", "en", "Restoration of the mangroves of the Zambezi delta (Mozambique)", "Project of the National Administration of Conservation Areas with the communities of Marromeu and Chinde to replant mangroves cut for firewood and protect the shrimp fishery.", "2023", ("MZ",), ("National Administration of Conservation Areas",), ("gef:11207",)),
    _r("t08x", "cbd-chm", "project", "en", "Restoration of the mangroves of the Save river delta (Mozambique)", "A project further south, in the Save estuary.", "2024", ("MZ",), ("National Administration of Conservation Areas",)),
    _r("t08y", "mz-chm", "project", "pt", "Restauração dos mangais do delta do Zambeze - segunda fase", "A segunda fase, com a criação de uma área de conservação comunitária.", "2027", (), ("ANAC",)),
    # 9 an ABS focal point on the ABS Clearing-House and on the national node by acronyms (no date, no country); the same country's competent national authority; the neighbour's focal point
    _r("t09a", "abs-ch", "contact-point", "en", "ABS national focal point: Sri Lanka", "Biodiversity Secretariat, Ministry of Environment, Battaramulla: the contact for access to genetic resources and benefit-sharing under the Nagoya Protocol.", "2024", ("LK",)),
    _r("t09b", "lk-chm", "contact-point", "en", "Nagoya Protocol NFP - BDS, MoE", "Sri Lanka's national focal point for access and benefit-sharing, at the Biodiversity Secretariat.", None, ()),
    _r("t09x", "abs-ch", "contact-point", "en", "Competent national authority for access and benefit-sharing: Sri Lanka", "The authority that issues permits for access to genetic resources.", "2024", ("LK",)),
    _r("t09y", "abs-ch", "contact-point", "en", "ABS national focal point: Maldives", "Ministry of Climate Change, Environment and Energy, Malé.", "2024", ("MV",)),
    # 10 a small grants call in English, French and Arabic (the fund in full, by its acronym and in Arabic); the previous call; the call for another hotspot
    _r("t10a", "cepf", "support-source", "en", "Critical Ecosystem Partnership Fund: call for letters of inquiry for small grants in the Mediterranean Basin hotspot, 2025", "Grants of up to 50,000 US dollars for civil society organisations working on priority key biodiversity areas, coastal wetlands and freshwater species.\nType of support: funding\nEligible countries: Albania, Algeria, Bosnia and Herzegovina, Cabo Verde, Egypt, Jordan, Lebanon, Libya, Montenegro, Morocco, North Macedonia, Palestine, Tunisia, Türkiye", "2025", (), CEPF),
    _r("t10b", "cbd-chm-fr", "support-source", "fr", "Fonds de partenariat pour les écosystèmes critiques : appel à lettres d'intention pour des petites subventions dans le hotspot du Bassin méditerranéen, 2025", "Subventions jusqu'à 50 000 dollars des États-Unis pour les organisations de la société civile qui travaillent dans les zones clés pour la biodiversité prioritaires, les zones humides côtières et sur les espèces d'eau douce.\nType d'appui : financement\nPays éligibles : Albanie, Algérie, Bosnie-Herzégovine, Cabo Verde, Égypte, Jordanie, Liban, Libye, Monténégro, Maroc, Macédoine du Nord, Palestine, Tunisie, Türkiye", "2025", (), ("CEPF",)),
    _r("t10c", "cbd-chm-ar", "support-source", "ar", "صندوق الشراكة للنظم الإيكولوجية الحرجة: دعوة لتقديم خطابات نوايا للحصول على منح صغيرة في منطقة حوض البحر الأبيض المتوسط، 2025", "منح تصل إلى 50000 دولار أمريكي لمنظمات المجتمع المدني العاملة في المناطق الرئيسية للتنوع البيولوجي ذات الأولوية والأراضي الرطبة الساحلية وأنواع المياه العذبة.\nنوع الدعم: تمويل\nالبلدان المؤهلة: ألبانيا، الجزائر، البوسنة والهرسك، الرأس الأخضر، مصر، الأردن، لبنان، ليبيا، الجبل الأسود، المغرب، مقدونيا الشمالية، فلسطين، تونس، تركيا", "2025", (), ("صندوق الشراكة للنظم الإيكولوجية الحرجة",)),
    _r("t10x", "cepf", "support-source", "en", "Critical Ecosystem Partnership Fund: call for letters of inquiry for small grants in the Mediterranean Basin hotspot, 2023", "The 2023 call.\nType of support: funding", "2023", (), CEPF),
    _r("t10y", "cepf", "support-source", "en", "Critical Ecosystem Partnership Fund: call for letters of inquiry for small grants in the Guinean Forests of West Africa hotspot, 2025", "Small grants for civil society in the Upper Guinean forests.\nType of support: funding", "2025", (), CEPF),
    # 11 a country profile on the mercury clearing-house (landing page) and on the national node (the agency by its acronym, no date, no country); the neighbour's profile; the same country's profile under another convention
    _r("t11a", "mercury-ch", "national-profile", "en", "Minamata Convention country profile: Zimbabwe", "National focal point at the Ministry of Environment, Climate and Wildlife, the Environmental Management Agency, the initial assessment and the national action plan on artisanal and small-scale gold mining.", "2024", ("ZW",), (), ("https://mercuryconvention.example.org/en/parties/zimbabwe",)),
    _r("t11b", "zw-chm", "national-profile", "en", "Zimbabwe on the mercury convention's clearing-house (EMA)", "Focal points, the EMA's mercury inventory and the plan for the artisanal gold sector, as published for Zimbabwe on the Minamata clearing-house.", None, (), ("EMA",)),
    _r("t11x", "mercury-ch", "national-profile", "en", "Minamata Convention country profile: Malawi", "Focal points and documents of Malawi.", "2024", ("MW",)),
    _r("t11y", "synergies", "national-profile", "en", "Stockholm Convention country profile: Zimbabwe", "Zimbabwe's official contact points, national implementation plan and reports under the Stockholm Convention.", "2024", ("ZW",)),
    # 12 an updated national implementation plan in English and Arabic (no country on the Arabic copy); the first plan; the neighbour's updated plan under the same template
    _r("t12a", "synergies", "document", "en", "Updated national implementation plan of the Hashemite Kingdom of Jordan for the Stockholm Convention on Persistent Organic Pollutants", "Jordan's updated plan: inventories of PCBs in transformers, PBDEs in end-of-life vehicles and electronics, PFOS in fire-fighting foams, and the action plans to eliminate them.", "2022", ("JO",), ("Ministry of Environment",)),
    _r("t12b", "jo-chm", "document", "ar", "الخطة الوطنية المحدثة لتنفيذ اتفاقية استكهولم بشأن الملوثات العضوية الثابتة", "الخطة المحدثة للأردن: حصر مركبات ثنائي الفينيل متعدد الكلور في المحولات، والإيثرات ثنائية الفينيل متعددة البروم في المركبات والأجهزة الإلكترونية المنتهية الصلاحية، وسلفونات البيرفلوروأوكتان في رغاوي مكافحة الحرائق، وخطط العمل للتخلص منها.", "2022", (), ("وزارة البيئة",)),
    _r("t12x", "synergies", "document", "en", "National implementation plan of the Hashemite Kingdom of Jordan for the Stockholm Convention on Persistent Organic Pollutants", "The first plan, on the initial twelve POPs.", "2006", ("JO",), ("Ministry of Environment",)),
    _r("t12y", "synergies", "document", "en", "Updated national implementation plan of the Arab Republic of Egypt for the Stockholm Convention on Persistent Organic Pollutants", "Egypt's updated plan.", "2021", ("EG",), ("Ministry of Environment",)),
    # 13 an online course on the portal and on the institute's node without accents (the institute by its acronym, no date, the cohort by number); the previous cohort; the institute's other course of the same year
    _r("t13a", "cbd-chm-es", "support-source", "es", "Curso virtual de restauración ecológica para América Latina y el Caribe, tercera cohorte 2025", "El Instituto de Investigación de Recursos Biológicos Alexander von Humboldt ofrece un curso en línea de diez semanas sobre diagnóstico de ecosistemas degradados, selección de especies nativas y monitoreo de la restauración.\nTipo de apoyo: formación\nPaíses elegibles: América Latina y el Caribe", "2025", (), ("Instituto de Investigación de Recursos Biológicos Alexander von Humboldt",)),
    _r("t13b", "humboldt", "support-source", "es", "Curso virtual de restauracion ecologica - Cohorte 3", "Diez semanas en linea para profesionales de la region: diagnostico de ecosistemas degradados, especies nativas y monitoreo. Inscripciones hasta el 15 de marzo.\nTipo de apoyo: formacion", None, (), ("IAvH",)),
    _r("t13x", "humboldt", "support-source", "es", "Curso virtual de restauracion ecologica - Cohorte 2", "La cohorte 2024 del curso.\nTipo de apoyo: formacion", "2024", (), ("IAvH",)),
    _r("t13y", "cbd-chm-es", "support-source", "es", "Curso virtual de monitoreo acústico de la biodiversidad para América Latina y el Caribe, 2025", "Un curso en línea sobre grabadoras automáticas y análisis de paisajes sonoros.\nTipo de apoyo: formación", "2025", (), ("Instituto de Investigación de Recursos Biológicos Alexander von Humboldt",)),
    # 14 a forest fire need in French (national node, no country) and English (portal); the same country's other need; the neighbour's need under the same English template
    _r("t14a", "ht-chm", "need", "fr", "Appui à la prévention des incendies dans la forêt des Pins", "Le ministère de l'Environnement sollicite un appui pour équiper et former des brigades communautaires de lutte contre les feux, ouvrir des pare-feux et surveiller les départs de feu dans l'Unité 1 de la forêt des Pins.\nType d'appui : équipement, formation", "2025", ()),
    _r("t14b", "cbd-chm", "need", "en", "Support to prevent forest fires in the Forêt des Pins reserve, Haiti", "Haiti seeks equipment and training for community fire brigades, firebreaks and fire watch in Unit 1 of the Forêt des Pins.\nType of support: equipment, training", "2025", ("HT",)),
    _r("t14x", "ht-chm", "need", "fr", "Appui à l'inventaire de la biodiversité du parc national Macaya", "Le ministère sollicite un appui pour un inventaire des amphibiens et des oiseaux du massif de la Hotte.\nType d'appui : assistance technique", "2025", ()),
    _r("t14y", "cbd-chm", "need", "en", "Support to prevent forest fires in the Sierra de Bahoruco, Dominican Republic", "The Dominican Republic seeks equipment for fire brigades in the pine forests of the Sierra de Bahoruco.\nType of support: equipment", "2025", ("DO",)),
    # 15 a technical report with its series prefix on one copy only (the secretariat written two ways, each copy with its own landing page); its briefing note; the next number of the series
    _r("t15a", "ramsar", "document", "en", "Ramsar Technical Report No. 14: Monitoring the ecological character of high-Andean wetlands", "Methods for tracking the water balance, vegetation and waterbirds of high-Andean peatlands (bofedales), salt flats and lakes, with indicators for national reports.", "2025", (), RAMSAR, ("https://www.ramsar.example.org/document/rtr-14-high-andean-wetlands",)),
    _r("t15b", "informea", "document", "en", "Monitoring the Ecological Character of High Andean Wetlands", "A technical report of the Convention on Wetlands: how to monitor the bofedales, salt flats and high lakes of the Andes (water, vegetation, waterbirds).", "2025-06-02", (), ("Ramsar Convention Secretariat",), ("https://www.informea.example.org/en/monitoring-high-andean-wetlands",)),
    _r("t15x", "ramsar", "document", "en", "Ramsar Briefing Note 17: Monitoring the ecological character of high-Andean wetlands - key messages", "The report's messages for policy makers in six pages.", "2025", (), RAMSAR),
    _r("t15y", "ramsar", "document", "en", "Ramsar Technical Report No. 15: Monitoring the ecological character of coastal lagoons", "Methods for coastal lagoons and their sandbars.", "2025", (), RAMSAR),
    # 16 a training workshop in English (portal) and Chinese (national node, no country, the ministry by its short name, a shorter title); the first workshop of the series; the same ministry's other seminar of the same year
    _r("t16a", "cbd-chm", "event", "en", "Training workshop on the Kunming Biodiversity Fund for developing countries, Kunming, 2025", "Officials of developing countries learn how to prepare proposals for the Kunming Biodiversity Fund and share experience of projects under the Kunming-Montreal Global Biodiversity Framework.", "2025-09-08", ("CN",), ("Ministry of Ecology and Environment of the People's Republic of China",)),
    _r("t16b", "cn-chm", "event", "zh", "昆明生物多样性基金发展中国家培训班", "发展中国家官员学习如何编写昆明生物多样性基金项目申请，并交流落实昆明-蒙特利尔全球生物多样性框架的项目经验。", "2025-09-08", (), ("生态环境部",)),
    _r("t16x", "cbd-chm", "event", "en", "Training workshop on the Kunming Biodiversity Fund for developing countries, Kunming, 2024", "The first workshop of the series.", "2024-10-21", ("CN",), ("Ministry of Ecology and Environment of the People's Republic of China",)),
    _r("t16y", "cn-chm", "event", "zh", "昆明-蒙特利尔全球生物多样性框架履约能力建设研讨会（北京）", "面向发展中国家的框架履约研讨会。", "2025-06-16", (), ("生态环境部",)),
    # 17 an invasive plants need in Arabic on the portal and on the national node (no date, no country); the same country's other need on the same islands; the neighbour's need under the same template
    _r("t17a", "cbd-chm-ar", "need", "ar", "دعم مكافحة الأنواع النباتية الغازية في أرخبيل سقطرى", "تطلب الجمهورية اليمنية دعماً فنياً لرسم خرائط انتشار النباتات الغازية في سقطرى، مثل البروسوبس، وإزالتها من المواقع ذات الأولوية وتدريب فرق محلية.\nنوع الدعم: مساعدة تقنية، تدريب", "2025", ("YE",)),
    _r("t17b", "ye-chm", "need", "ar", "النباتات الغازية في سقطرى: طلب مساعدة فنية", "تسعى الهيئة العامة لحماية البيئة إلى خبرة فنية لحصر النباتات الغازية في الأرخبيل وإزالتها من المواقع الأكثر أهمية وتدريب فرق من أبناء الجزيرة.\nنوع الدعم: مساعدة تقنية، تدريب", None, ()),
    _r("t17x", "cbd-chm-ar", "need", "ar", "دعم إكثار شجرة دم الأخوين في أرخبيل سقطرى", "تطلب الجمهورية اليمنية دعماً لإنشاء مشاتل لشجرة دم الأخوين وحماية الشتلات من الرعي.\nنوع الدعم: تمويل", "2025", ("YE",)),
    _r("t17y", "cbd-chm-ar", "need", "ar", "دعم مكافحة الأنواع النباتية الغازية في محافظة ظفار", "تطلب سلطنة عمان دعماً لإزالة النباتات الغازية من أودية ظفار.\nنوع الدعم: مساعدة تقنية", "2025", ("OM",)),
    # 18 a country's decision in Portuguese (national node, the commission by its acronym, no country) and English (BCH); the decision on a sibling event; the risk assessment of the same event
    _r("t18a", "br-chm", "document", "pt", "Decisão da CTNBio: liberação comercial do eucalipto geneticamente modificado H421", "Decisão da Comissão Técnica Nacional de Biossegurança que aprova o plantio comercial e o uso do eucalipto H421, de maior produtividade de madeira, após a análise dos riscos ao meio ambiente e à saúde.", "2015", (), ("CTNBio",)),
    _r("t18b", "bch", "document", "en", "Country's decision: genetically modified eucalyptus H421 for commercial release (Brazil)", "Decision of the National Technical Biosafety Commission approving the commercial planting and use of eucalyptus H421, which yields more wood, after an assessment of its risks to the environment and health.", "2015", ("BR",), ("National Technical Biosafety Commission",)),
    _r("t18x", "bch", "document", "en", "Country's decision: genetically modified eucalyptus 751K032 for commercial release (Brazil)", "The approval of a glyphosate-tolerant eucalyptus.", "2021", ("BR",), ("National Technical Biosafety Commission",)),
    _r("t18y", "bch", "document", "en", "Risk assessment: genetically modified eucalyptus H421 (Brazil)", "The risk assessment submitted to the commission for eucalyptus H421.", "2014", ("BR",), ("FuturaGene",)),
    # 19 a marine spatial planning project on the portal (GEF number) and on the national node (short name, no country, no date, the service by its acronym); the neighbour's project under the same template; the second phase
    _r("t19a", "cbd-chm", "project", "en", "Marine spatial planning for Marae Moana, the Cook Islands marine park", "GEF project with the National Environment Service and the Marae Moana Coordination Office to zone the whole exclusive economic zone, set fishing exclusion areas around every island and write the marine spatial plan.", "2022", ("CK",), UNDP, ("gef:10859",)),
    _r("t19b", "ck-chm", "project", "en", "Marae Moana MSP project", "NES, the Marae Moana office and UNDP are drafting the zoning and the marine spatial plan of the EEZ, with no-fishing areas around each island.", None, (), ("NES", "UNDP")),
    _r("t19x", "cbd-chm", "project", "en", "Marine spatial planning for Moana Mahu, the Niue marine protected area", "A project to zone Niue's waters and Beveridge Reef.", "2022", ("NU",), UNDP),
    _r("t19y", "ck-chm", "project", "en", "Marae Moana MSP project - phase II (enforcement and monitoring)", "The second phase: patrols and monitoring of the zones.", "2026", (), ("NES", "UNDP")),
    # 20 a Ramsar administrative authority in Spanish and English on the convention's two sites (no date, no country on the English copy); the same country's CEPA focal point; the neighbour's administrative authority
    _r("t20a", "ramsar-es", "contact-point", "es", "Autoridad Administrativa de la Convención de Ramsar: Estado Plurinacional de Bolivia", "Dirección General de Biodiversidad y Áreas Protegidas, Ministerio de Medio Ambiente y Agua, La Paz: responsable de la aplicación de la Convención sobre los Humedales y de los sitios Ramsar del país.", "2024", ("BO",)),
    _r("t20b", "ramsar", "contact-point", "en", "Ramsar Administrative Authority: Plurinational State of Bolivia", "General Directorate of Biodiversity and Protected Areas, Ministry of Environment and Water, La Paz: in charge of implementing the Convention on Wetlands and of the country's Ramsar Sites.", None, ()),
    _r("t20x", "ramsar-es", "contact-point", "es", "Punto focal nacional gubernamental de CECoP de la Convención de Ramsar: Estado Plurinacional de Bolivia", "Punto focal para comunicación, educación, concienciación y participación.", "2024", ("BO",)),
    _r("t20y", "ramsar-es", "contact-point", "es", "Autoridad Administrativa de la Convención de Ramsar: República del Paraguay", "Ministerio del Ambiente y Desarrollo Sostenible, Asunción.", "2024", ("PY",)),
    # 21 a PCB inventory on INFOCAP and on the national node (a shorter title, no country, the ministry by its acronym); the preliminary inventory; the neighbour's inventory under the same template
    _r("t21a", "infocap-fr", "document", "fr", "Inventaire national des polychlorobiphényles (PCB) de Madagascar : rapport final", "Résultats de l'inventaire des transformateurs et condensateurs contenant des PCB du réseau de la JIRAMA et des industriels, avec les analyses par kit de détection et le plan d'élimination.", "2023", ("MG",), ("Ministère de l'Environnement et du Développement Durable",)),
    _r("t21b", "mg-chm", "document", "fr", "Rapport final inventaire PCB - JIRAMA et industries", "Le MEDD publie les résultats de l'inventaire des équipements électriques contaminés aux PCB (transformateurs, condensateurs) et le plan pour les éliminer.", "2023-06-12", (), ("MEDD",)),
    _r("t21x", "mg-chm", "document", "fr", "Rapport préliminaire inventaire PCB - JIRAMA", "Le premier inventaire, limité à Antananarivo.", "2016", (), ("MEDD",)),
    _r("t21y", "infocap-fr", "document", "fr", "Inventaire national des polychlorobiphényles (PCB) des Comores : rapport final", "Résultats de l'inventaire des PCB aux Comores.", "2023", ("KM",), ("Direction générale de l'Environnement et des Forêts",)),
    # 22 an invasive ant need in English (portal) and French (national node, no country); the same country's other invasive species need; the neighbour's need under the same English template
    _r("t22a", "cbd-chm", "need", "en", "Support to eradicate the little fire ant from Vanuatu's islands", "Vanuatu requests technical assistance and bait to delimit and eradicate little fire ant infestations on Tanna and Santo before they spread to plantations and villages, and training for biosecurity officers.\nType of support: technical assistance, equipment, training", "2025", ("VU",)),
    _r("t22b", "vu-chm", "need", "fr", "Appui à l'éradication de la petite fourmi de feu dans les îles de Vanuatu", "Le Département de la biosécurité sollicite une assistance technique et des appâts pour délimiter et éradiquer les foyers de petite fourmi de feu à Tanna et à Santo avant qu'ils n'atteignent les plantations et les villages, ainsi qu'une formation de ses agents.\nType d'appui : assistance technique, équipement, formation", "2025", ()),
    _r("t22x", "cbd-chm", "need", "en", "Support to control the coconut rhinoceros beetle in Vanuatu", "Vanuatu requests help to contain the beetle found near Port Vila.\nType of support: technical assistance", "2025", ("VU",)),
    _r("t22y", "cbd-chm", "need", "en", "Support to eradicate the little fire ant from the Solomon Islands' provinces", "Solomon Islands requests bait and training to eradicate the ant from Western Province.\nType of support: equipment, training", "2025", ("SB",)),
    # 23 a regional centre's workshop on the Basel site and on the national node (the centre by its acronym, no country); the previous workshop of the series; another centre's workshop of the same year
    _r("t23a", "basel-ch", "event", "en", "Regional workshop on e-waste inventories for Arab States, Cairo, 2025", "Officers of environment ministries and customs from the Arab region learn to estimate the e-waste generated and exported in their countries and to report it under the Basel Convention.", "2025-02-17", ("EG",), BCRC_EG),
    _r("t23b", "eg-chm", "event", "en", "E-waste inventory workshop for the Arab region - BCRC-Egypt", "BCRC-Egypt trains officials from ministries and customs of Arab countries to estimate e-waste flows and report them to the Basel Convention.", "2025-02-17", (), ("BCRC-Egypt",)),
    _r("t23x", "basel-ch", "event", "en", "Regional workshop on e-waste inventories for Arab States, Cairo, 2023", "The previous workshop of the series.", "2023-03-06", ("EG",), BCRC_EG),
    _r("t23y", "basel-ch", "event", "en", "Regional workshop on e-waste inventories for English-speaking African countries, Pretoria, 2025", "The same training for English-speaking Africa, at the regional centre in South Africa.", "2025-05-12", ("ZA",), ("Basel Convention Regional Centre for English-speaking African Countries",)),
    # 24 a national strategy in English (portal) and Russian (national node, no country, the ministry by its short name, no country in the title); the previous strategy; its action plan
    _r("t24a", "cbd-chm", "document", "en", "Strategy for the Conservation and Sustainable Use of Biological Diversity of the Republic of Belarus for 2021-2030", "Belarus's national strategy: peatland rewetting, the Belovezhskaya Pushcha, the floodplains of the Pripyat and the protection of the aquatic warbler.", "2020", ("BY",), ("Ministry of Natural Resources and Environmental Protection of the Republic of Belarus",)),
    _r("t24b", "by-chm", "document", "ru", "Стратегия по сохранению и устойчивому использованию биологического разнообразия на 2021–2030 годы", "Национальная стратегия Беларуси: повторное заболачивание торфяников, Беловежская пуща, поймы Припяти и охрана вертлявой камышевки.", "2020", (), ("Минприроды",)),
    _r("t24x", "by-chm", "document", "ru", "Стратегия по сохранению и устойчивому использованию биологического разнообразия на 2011–2020 годы", "Предыдущая стратегия.", "2010", (), ("Минприроды",)),
    _r("t24y", "by-chm", "document", "ru", "Национальный план действий по сохранению и устойчивому использованию биологического разнообразия на 2021–2025 годы", "План мероприятий по реализации стратегии на первые пять лет.", "2021", (), ("Минприроды",)),
    # 25 a turtle monitoring need in Portuguese on the portal and on the national node (reworded, the directorate by its acronym, no date, no country); the neighbour's need under the same template; the same country's other need on the same beaches
    _r("t25a", "cbd-chm", "need", "pt", "Apoio à monitorização das tartarugas marinhas na ilha da Boa Vista", "Cabo Verde solicita apoio técnico e financeiro para patrulhas noturnas nas praias de nidificação da tartaruga-comum, marcação de fêmeas e formação de guardas comunitários.\nTipo de apoio: assistência técnica, financiamento", "2025", ("CV",)),
    _r("t25b", "cv-chm", "need", "pt", "Tartarugas marinhas da Boa Vista: pedido de apoio para a monitorização", "A DNA procura apoio para organizar as patrulhas noturnas nas praias onde a tartaruga-comum desova, marcar as fêmeas e formar vigilantes das comunidades.\nTipo de apoio: assistência técnica, financiamento", None, ()),
    _r("t25x", "cbd-chm", "need", "pt", "Apoio à monitorização das tartarugas marinhas no arquipélago dos Bijagós", "A Guiné-Bissau solicita apoio para monitorizar a tartaruga-verde nas ilhas do sul do arquipélago.\nTipo de apoio: assistência técnica", "2025", ("GW",)),
    _r("t25y", "cbd-chm", "need", "pt", "Apoio à redução da iluminação artificial nas praias de nidificação da Boa Vista", "Cabo Verde solicita apoio para adaptar a iluminação dos hotéis junto às praias.\nTipo de apoio: assistência técnica", "2025", ("CV",)),
    # 26 a course offer in English (portal) and Arabic (national node, no country, a shorter title without the fund's name); last year's course; the fund's other course of the same year
    _r("t26a", "cbd-chm", "support-source", "en", "International Fund for Houbara Conservation: training course on houbara bustard conservation breeding, 2025", "A three-week course in Abu Dhabi for staff of wildlife agencies from range states on captive breeding, release and post-release monitoring of the houbara bustard.\nType of support: training\nEligible countries: houbara range states in Asia and North Africa", "2025", ("AE",), IFHC),
    _r("t26b", "ae-chm", "support-source", "ar", "دورة تدريبية حول الإكثار في الأسر لطائر الحبارى 2025", "دورة لمدة ثلاثة أسابيع في أبوظبي لموظفي هيئات الحياة البرية في دول انتشار الحبارى حول الإكثار في الأسر والإطلاق والمتابعة بعد الإطلاق.\nنوع الدعم: تدريب\nالبلدان المؤهلة: دول انتشار الحبارى في آسيا وشمال أفريقيا", "2025", (), ("الصندوق الدولي للحفاظ على الحبارى",)),
    _r("t26x", "cbd-chm", "support-source", "en", "International Fund for Houbara Conservation: training course on houbara bustard conservation breeding, 2024", "The 2024 course.\nType of support: training", "2024", ("AE",), IFHC),
    _r("t26y", "cbd-chm", "support-source", "en", "International Fund for Houbara Conservation: training course on satellite tracking of migratory birds, 2025", "A course on fitting and reading satellite transmitters.\nType of support: training", "2025", ("AE",), IFHC),
    # 27 a certificate of compliance on the ABS Clearing-House (its number) and on the national node (a short title without accents, the council by its acronym, no date, no country); another certificate of the same country; the certificate for commercial use of the same strains
    _r("t27a", "abs-ch-es", "document", "es", "Certificado de cumplimiento reconocido internacionalmente: levaduras de la fermentación del cacao para investigación no comercial", "Certificado constituido por el permiso del Consejo Nacional de Áreas Protegidas para recolectar y estudiar cepas de levaduras de la fermentación del cacao en Alta Verapaz, con condiciones mutuamente acordadas con las cooperativas.", "2025", ("GT",), ("Consejo Nacional de Áreas Protegidas",), ("ABSCH-IRCC-GT-261043-1",)),
    _r("t27b", "gt-chm", "document", "es", "IRCC levaduras del cacao (Alta Verapaz) - CONAP", "El CONAP publica el certificado del permiso para recolectar y estudiar levaduras de la fermentacion del cacao con las cooperativas de Alta Verapaz.", None, (), ("CONAP",)),
    _r("t27x", "abs-ch-es", "document", "es", "Certificado de cumplimiento reconocido internacionalmente: hongos endófitos de hojas de cacao para investigación no comercial", "Certificado del permiso para estudiar hongos endófitos del cacao en Izabal.", "2025", ("GT",), ("Consejo Nacional de Áreas Protegidas",), ("ABSCH-IRCC-GT-261077-1",)),
    _r("t27y", "abs-ch-es", "document", "es", "Certificado de cumplimiento reconocido internacionalmente: levaduras de la fermentación del cacao para uso comercial", "Certificado del permiso que autoriza el desarrollo comercial de cultivos iniciadores a partir de las cepas.", "2026", ("GT",), ("Consejo Nacional de Áreas Protegidas",), ("ABSCH-IRCC-GT-262210-1",)),
    # 28 a capacity-building workshop in French (with the host country) and English (no country, the secretariat by its acronym); the same workshop for English-speaking Africa; the earlier workshop on strategies in the same city
    _r("t28a", "cbd-chm-fr", "event", "fr", "Atelier régional de renforcement des capacités pour l'établissement des septièmes rapports nationaux : pays francophones d'Afrique, Abidjan", "Les correspondants nationaux de la CDB et les équipes chargées des rapports de vingt pays s'exercent à l'outil de présentation en ligne et aux indicateurs principaux du Cadre mondial de la biodiversité.", "2025-05-19", ("CI",), ("Secrétariat de la Convention sur la diversité biologique",)),
    _r("t28b", "cbd-chm", "event", "en", "Regional capacity-building workshop on the preparation of the seventh national reports for French-speaking African countries", "CBD national focal points and reporting teams from twenty countries practise with the online reporting tool and the headline indicators of the Global Biodiversity Framework.", "2025-05-19", (), ("SCBD",)),
    _r("t28x", "cbd-chm", "event", "en", "Regional capacity-building workshop on the preparation of the seventh national reports for English-speaking African countries, Nairobi", "The same workshop for English-speaking Africa.", "2025-06-09", ("KE",), SCBD),
    _r("t28y", "cbd-chm-fr", "event", "fr", "Atelier régional sur la mise à jour des stratégies et plans d'action nationaux pour la biodiversité : pays francophones d'Afrique, Abidjan", "L'atelier sur l'alignement des SPANB sur le Cadre mondial.", "2023-09-25", ("CI",), ("Secrétariat de la Convention sur la diversité biologique",)),
    # 29 a protected area management plan in Arabic on the portal and on the national node (without the hamza, a shorter title, the agency by another name, no country); the previous plan; another site's plan under the same template
    _r("t29a", "cbd-chm-ar", "document", "ar", "خطة إدارة محمية بحيرة البرلس 2024-2030", "خطة لإدارة المحمية وموقع رامسار: تنظيم الصيد، وإزالة التعديات على البحيرة، وحماية الطيور المائية المهاجرة، وإشراك مجتمعات الصيادين.", "2024", ("EG",), EEAA),
    _r("t29b", "eg-chm", "document", "ar", "خطة ادارة محمية البرلس (2024-2030)", "خطة جهاز شئون البيئة لإدارة محمية البرلس: الصيد والتعديات والطيور المهاجرة ودور الصيادين.", "2024", (), ("جهاز شئون البيئة",)),
    _r("t29x", "cbd-chm-ar", "document", "ar", "خطة إدارة محمية بحيرة البرلس 2010-2015", "الخطة السابقة للمحمية.", "2010", ("EG",), EEAA),
    _r("t29y", "cbd-chm-ar", "document", "ar", "خطة إدارة محمية الزرانيق وسبخة البردويل 2024-2030", "خطة إدارة المحمية في شمال سيناء.", "2024", ("EG",), EEAA),
    # 30 a fund's call in English, French and Spanish (the two agencies in full and by their acronyms); last year's call; the fund's call for small island States of the same year
    _r("t30a", "ebafund", "support-source", "en", "Global EbA Fund: call for proposals for innovative ecosystem-based adaptation, 2025", "Grants of 50,000 to 250,000 US dollars for projects that test new approaches to ecosystem-based adaptation, remove barriers to scaling them up or find ways to finance them.\nType of support: funding\nEligible countries: ODA-eligible countries", "2025", (), EBA),
    _r("t30b", "cbd-chm-fr", "support-source", "fr", "Fonds mondial pour l'AbE : appel à propositions pour une adaptation fondée sur les écosystèmes innovante, 2025", "Subventions de 50 000 à 250 000 dollars des États-Unis pour des projets qui testent de nouvelles approches de l'adaptation fondée sur les écosystèmes, lèvent les obstacles à leur changement d'échelle ou trouvent comment les financer.\nType d'appui : financement\nPays éligibles : pays éligibles à l'APD", "2025", (), ("UICN", "PNUE")),
    _r("t30c", "cbd-chm-es", "support-source", "es", "Fondo Global de AbE: convocatoria de propuestas de adaptación basada en ecosistemas innovadora, 2025", "Subvenciones de 50.000 a 250.000 dólares de los Estados Unidos para proyectos que prueben nuevos enfoques de adaptación basada en ecosistemas, eliminen barreras para su ampliación o encuentren cómo financiarlos.\nTipo de apoyo: financiación\nPaíses elegibles: países elegibles para la AOD", "2025", (), ("Unión Internacional para la Conservación de la Naturaleza", "Programa de las Naciones Unidas para el Medio Ambiente")),
    _r("t30x", "ebafund", "support-source", "en", "Global EbA Fund: call for proposals for innovative ecosystem-based adaptation, 2024", "The 2024 round.\nType of support: funding", "2024", (), EBA),
    _r("t30y", "ebafund", "support-source", "en", "Global EbA Fund: call for proposals for ecosystem-based adaptation in small island developing States, 2025", "A call for small island developing States only.\nType of support: funding", "2025", (), EBA),
    # 31 a deforestation monitoring need in Spanish on the portal and on the national node (reworded without accents, the ministry by its acronym, no date, no country); the neighbour's need under the same template; the same country's other need in the same region
    _r("t31a", "cbd-chm-es", "need", "es", "Apoyo para el monitoreo satelital de la deforestación en el Chaco paraguayo", "Paraguay solicita apoyo técnico para un sistema de alertas tempranas de deforestación con imágenes satelitales en los departamentos de Boquerón y Alto Paraguay y la capacitación de los técnicos del ministerio.\nTipo de apoyo: asistencia técnica, formación", "2025", ("PY",)),
    _r("t31b", "py-chm", "need", "es", "Sistema de alertas de deforestacion en el Chaco: se busca apoyo", "El MADES busca asistencia para montar alertas tempranas de desmonte con imagenes satelitales en Boqueron y Alto Paraguay y formar a su personal.\nTipo de apoyo: asistencia tecnica, formacion", None, ()),
    _r("t31x", "cbd-chm-es", "need", "es", "Apoyo para el monitoreo satelital de la deforestación en el Chaco boliviano", "Bolivia solicita apoyo para vigilar los desmontes en el departamento de Santa Cruz.\nTipo de apoyo: asistencia técnica", "2025", ("BO",)),
    _r("t31y", "cbd-chm-es", "need", "es", "Apoyo para establecer corredores biológicos en el Chaco paraguayo", "Paraguay solicita apoyo para diseñar corredores entre el Parque Nacional Defensores del Chaco y las reservas privadas.\nTipo de apoyo: asistencia técnica", "2025", ("PY",)),
    # 32 guidance in English and French (the secretariat in two languages, neither copy with a country); the draft; the sibling guidance on another source of mercury
    _r("t32a", "mercury-ch", "document", "en", "Guidance on the interim storage of mercury recovered from decommissioned chlor-alkali facilities", "Guidance for Parties on storing the mercury taken out of mercury-cell chlor-alkali plants until its final disposal: containers, buildings, inventories and inspections.", "2025", (), MINAMATA),
    _r("t32b", "mercury-ch-fr", "document", "fr", "Orientations sur le stockage provisoire du mercure récupéré dans les installations de chlore-alcali mises hors service", "Orientations destinées aux Parties sur le stockage du mercure retiré des usines de chlore-alcali à cellules de mercure jusqu'à son élimination définitive : conteneurs, bâtiments, inventaires et inspections.", "2025", (), ("Secrétariat de la Convention de Minamata sur le mercure",)),
    _r("t32x", "mercury-ch", "document", "en", "Draft guidance on the interim storage of mercury recovered from decommissioned chlor-alkali facilities", "The draft circulated for comments before the Conference of the Parties.", "2023", (), MINAMATA),
    _r("t32y", "mercury-ch", "document", "en", "Guidance on the interim storage of mercury recovered from non-ferrous metal smelting", "Guidance on the mercury from zinc, lead, copper and gold smelters.", "2025", (), MINAMATA),
    # 33 a country profile on the ABS Clearing-House (landing page) and on the national node (the authority by its acronym, no date, no country); the neighbour's profile; the same country's profile on the BCH
    _r("t33a", "abs-ch", "national-profile", "en", "ABS Clearing-House country profile: Uganda", "Party to the Nagoya Protocol; the national focal point, the National Environment Management Authority as competent national authority, the access and benefit-sharing regulations and the permits published.", "2024", ("UG",), (), ("https://absch.cbd.int/en/countries/UG",)),
    _r("t33b", "ug-chm", "national-profile", "en", "Uganda's access and benefit-sharing profile (NEMA)", "Uganda on the ABS Clearing-House: focal point, NEMA as the competent authority, the access regulations and the permits.", None, (), ("NEMA",)),
    _r("t33x", "abs-ch", "national-profile", "en", "ABS Clearing-House country profile: United Republic of Tanzania", "Tanzania's focal point and measures.", "2024", ("TZ",)),
    _r("t33y", "bch", "national-profile", "en", "Biosafety Clearing-House country profile: Uganda", "Uganda's biosafety focal points and decisions.", "2024", ("UG",)),
    # 34 a chimpanzee habitat need in French (national node, no country) and English (portal); the same country's other need in the same park; the neighbour's need under the same English template
    _r("t34a", "gn-chm", "need", "fr", "Appui à la cartographie des habitats du chimpanzé dans le parc national du Moyen-Bafing", "Le ministère de l'Environnement sollicite un appui pour des comptages de nids et des pièges photographiques afin de cartographier les habitats du chimpanzé d'Afrique de l'Ouest dans le parc national du Moyen-Bafing.\nType d'appui : assistance technique, équipement", "2025", ()),
    _r("t34b", "cbd-chm", "need", "en", "Support to map chimpanzee habitat in the Moyen-Bafing National Park, Guinea", "Guinea requests support for nest counts and camera traps to map the habitat of the western chimpanzee in Moyen-Bafing National Park.\nType of support: technical assistance, equipment", "2025", ("GN",)),
    _r("t34x", "gn-chm", "need", "fr", "Appui à la formation des écogardes du parc national du Moyen-Bafing", "Le ministère sollicite un appui pour former et équiper les écogardes du parc.\nType d'appui : formation, équipement", "2025", ()),
    _r("t34y", "cbd-chm", "need", "en", "Support to map chimpanzee habitat in the Outamba-Kilimi National Park, Sierra Leone", "Sierra Leone requests camera traps to survey chimpanzees in Outamba-Kilimi.\nType of support: equipment", "2025", ("SL",)),
    # 35 a review committee's report with its symbol on one copy, the other by the meeting's acronym without date (the secretariat written two ways); the previous meeting's report; the other convention's committee report of the same number
    _r("t35a", "synergies", "document", "en", "Report of the Persistent Organic Pollutants Review Committee on the work of its twentieth meeting", "Outcomes of the twentieth meeting of the POPs Review Committee, Rome, September 2024: risk profiles and risk management evaluations of the chemicals proposed for listing under the Stockholm Convention.", "2024", (), BRS, ("UNEP/POPS/POPRC.20/8",)),
    _r("t35b", "informea", "document", "en", "POPRC-20 report - Stockholm Convention", "Report of the twentieth meeting of the Stockholm Convention's POPs Review Committee, held in Rome.", None, (), ("Stockholm Convention Secretariat",)),
    _r("t35x", "synergies", "document", "en", "Report of the Persistent Organic Pollutants Review Committee on the work of its nineteenth meeting", "Outcomes of the nineteenth meeting, Geneva, 2023.", "2023", (), BRS, ("UNEP/POPS/POPRC.19/7",)),
    _r("t35y", "infocap", "document", "en", "Report of the Chemical Review Committee on the work of its twentieth meeting", "Outcomes of the twentieth meeting of the Rotterdam Convention's Chemical Review Committee.", "2024", (), BRS, ("UNEP/FAO/RC/CRC.20/6",)),
    # 36 a binational plan in Spanish (two countries) and Portuguese (no country, the other country's ministry); the previous plan; one country's Ramsar site plan in the same basin
    _r("t36a", "uy-chm", "document", "es", "Plan de acción binacional para la conservación de los humedales de la cuenca de la Laguna Merín 2024-2030", "Plan acordado por Uruguay y Brasil para proteger los bañados, las lagunas costeras y las aves acuáticas de la cuenca, con monitoreo conjunto de la calidad del agua y del cultivo de arroz.", "2024", ("UY", "BR"), ("Ministerio de Ambiente",)),
    _r("t36b", "br-chm", "document", "pt", "Plano de ação binacional para a conservação das zonas úmidas da bacia da Lagoa Mirim 2024-2030", "Plano acordado pelo Brasil e pelo Uruguai para proteger os banhados, as lagoas costeiras e as aves aquáticas da bacia, com monitoramento conjunto da qualidade da água e da rizicultura.", "2024", (), ("Ministério do Meio Ambiente e Mudança do Clima",)),
    _r("t36x", "uy-chm", "document", "es", "Plan de acción binacional para la conservación de los humedales de la cuenca de la Laguna Merín 2015-2020", "El plan anterior.", "2015", ("UY", "BR"), ("Ministerio de Vivienda, Ordenamiento Territorial y Medio Ambiente",)),
    _r("t36y", "uy-chm", "document", "es", "Plan de manejo del sitio Ramsar Bañados del Este y Franja Costera 2024-2030", "El plan de manejo del sitio Ramsar uruguayo.", "2024", ("UY",), ("Ministerio de Ambiente",)),
    # 37 a negotiators' workshop on the institute's node and on the portal (the institute by its acronym, no date, a shorter title without accents); the workshop before the previous COP; the workshop before another convention's COP
    _r("t37a", "ifdd", "event", "fr", "Atelier de concertation des négociateurs francophones en préparation de la COP17 de la Convention sur la diversité biologique", "L'Institut de la Francophonie pour le développement durable réunit les négociateurs des pays francophones pour analyser l'ordre du jour de la COP17 d'Erevan : mobilisation des ressources, informations de séquençage numérique et examen de la mise en œuvre.", "2026-07-06", (), IFDD),
    _r("t37b", "cbd-chm-fr", "event", "fr", "Concertation des negociateurs francophones - preparation COP 17 CDB (IFDD)", "Les negociateurs francophones preparent la COP 17 d'Erevan avec l'IFDD : ressources financieres, informations de sequencage numerique, revue de la mise en oeuvre.", None, (), ("IFDD",)),
    _r("t37x", "ifdd", "event", "fr", "Atelier de concertation des négociateurs francophones en préparation de la COP16 de la Convention sur la diversité biologique", "L'atelier de préparation de la COP16 de Cali.", "2024-08-26", (), IFDD),
    _r("t37y", "ifdd", "event", "fr", "Atelier de concertation des négociateurs francophones en préparation de la COP15 de la Convention de Ramsar sur les zones humides", "La préparation de la COP15 de Victoria Falls.", "2025-05-12", (), IFDD),
    # 38 a restoration project in English (portal, GEF number) and Russian (national node, no country, UNDP by its Russian acronym); the neighbour's project on the other side of the sea; the same node's project in the same delta
    _r("t38a", "cbd-chm", "project", "en", "Restoring saxaul forests on the dried bed of the Aral Sea in Karakalpakstan", "GEF project with the Forestry Agency to plant saxaul and other desert shrubs on the exposed seabed, to stop salt and dust storms and give grazing to local herders.", "2022", ("UZ",), UNDP, ("gef:10988",)),
    _r("t38b", "uz-chm", "project", "ru", "Восстановление саксаульных лесов на осушенном дне Аральского моря в Каракалпакстане", "Проект Агентства лесного хозяйства и ПРООН по посадке саксаула и других пустынных кустарников на обнажившемся дне моря, чтобы остановить солевые и пыльные бури и дать пастбища местным скотоводам.", "2022", (), ("ПРООН",)),
    _r("t38x", "cbd-chm", "project", "en", "Restoring saxaul forests on the dried bed of the Northern Aral Sea in Kyzylorda region", "A project on the Kazakh side of the sea.", "2023", ("KZ",), UNDP),
    _r("t38y", "uz-chm", "project", "ru", "Сохранение тугайных лесов в дельте Амударьи", "Проект по восстановлению тугаев и водно-болотных угодий дельты.", "2022", (), ("ПРООН",)),
    # 39 a course offer on the portal and on the agency's node (the course number, the agency by its acronym, no country); last year's course; the agency's other course of the same year
    _r("t39a", "cbd-chm", "support-source", "en", "JICA Knowledge Co-Creation Program: biodiversity conservation and protected area management, FY2025", "The Japan International Cooperation Agency invites officials of developing countries to a six-week course in Japan on protected area management, collaborative management with local communities and ecotourism.\nType of support: training\nEligible countries: developing countries, nominated through JICA offices", "2025", ("JP",), ("Japan International Cooperation Agency",)),
    _r("t39b", "jica", "support-source", "en", "KCCP 2025: Biodiversity Conservation and Protected Area Management (course no. 202504417)", "Six weeks in Japan: protected area management, co-management with communities, ecotourism. Apply through the JICA office in your country.\nType of support: training", "2025-01-20", (), ("JICA",)),
    _r("t39x", "jica", "support-source", "en", "KCCP 2024: Biodiversity Conservation and Protected Area Management (course no. 202404112)", "The FY2024 course.\nType of support: training", "2024-01-22", (), ("JICA",)),
    _r("t39y", "cbd-chm", "support-source", "en", "JICA Knowledge Co-Creation Program: integrated coastal management, FY2025", "A course on coastal zone management in Okinawa.\nType of support: training", "2025", ("JP",), ("Japan International Cooperation Agency",)),
    # 40 a Cartagena Protocol focal point in French (BCH) and Arabic (national node, no date, no country); the same country's BCH focal point (another role); the neighbour's Protocol focal point
    _r("t40a", "bch-fr", "contact-point", "fr", "Correspondant national pour le Protocole de Cartagena sur la prévention des risques biotechnologiques : Algérie", "Direction générale de l'Environnement, ministère de l'Environnement et de la Qualité de la vie, Alger : liaison avec le Secrétariat pour le Protocole.", "2024", ("DZ",)),
    _r("t40b", "dz-chm", "contact-point", "ar", "نقطة الاتصال الوطنية لبروتوكول قرطاجنة بشأن السلامة الأحيائية", "المديرية العامة للبيئة، وزارة البيئة وجودة الحياة، الجزائر: الاتصال مع الأمانة بشأن البروتوكول.", None, ()),
    _r("t40x", "bch-fr", "contact-point", "fr", "Correspondant national du Centre d'échange pour la prévention des risques biotechnologiques : Algérie", "Coordonnées du correspondant du CEPRB.", "2024", ("DZ",)),
    _r("t40y", "bch-fr", "contact-point", "fr", "Correspondant national pour le Protocole de Cartagena sur la prévention des risques biotechnologiques : Tunisie", "Direction générale de l'environnement et de la qualité de la vie, Tunis.", "2024", ("TN",)),
    # 41 a park management plan in Portuguese on the portal and on the national node (abbreviated, without accents, the institute by its acronym, no date, no country); the previous plan; another park's plan under the same template
    _r("t41a", "cbd-chm", "document", "pt", "Plano de gestão do Parque Nacional Marinho João Vieira e Poilão 2024-2033", "O plano do Instituto da Biodiversidade e das Áreas Protegidas para o parque: proteção das praias de desova da tartaruga-verde em Poilão, zonagem da pesca e turismo regulado.", "2024", ("GW",), IBAP),
    _r("t41b", "gw-chm", "document", "pt", "PG Parque Nacional Marinho Joao Vieira-Poilao (2024-2033)", "Plano de gestao do IBAP: desova da tartaruga verde em Poilao, zonagem da pesca, turismo.", None, (), ("IBAP",)),
    _r("t41x", "cbd-chm", "document", "pt", "Plano de gestão do Parque Nacional Marinho João Vieira e Poilão 2013-2022", "O plano anterior do parque.", "2013", ("GW",), IBAP),
    _r("t41y", "cbd-chm", "document", "pt", "Plano de gestão do Parque Nacional de Orango 2024-2033", "O plano do parque de Orango e dos seus hipopótamos de água salgada.", "2024", ("GW",), IBAP),
    # 42 regional guidelines in English and Spanish (the programme in two languages, neither copy with a country); the sibling guidelines for tourism areas; the first edition
    _r("t42a", "unep-cep", "document", "en", "Guidelines for the management of sargassum influxes in marine protected areas of the Wider Caribbean Region", "Practical guidance for managers of marine protected areas on forecasting sargassum arrivals, collecting it without harming nesting beaches and seagrass, and disposing of it safely.", "2024", (), ("UNEP Caribbean Environment Programme",)),
    _r("t42b", "cbd-chm-es", "document", "es", "Directrices para el manejo de las arribazones de sargazo en las áreas marinas protegidas de la Región del Gran Caribe", "Orientaciones prácticas para los administradores de áreas marinas protegidas sobre el pronóstico de la llegada del sargazo, su recolección sin dañar las playas de anidación ni los pastos marinos y su disposición segura.", "2024", (), ("Programa Ambiental del Caribe del PNUMA",)),
    _r("t42x", "unep-cep", "document", "en", "Guidelines for the management of sargassum influxes in coastal tourism areas of the Wider Caribbean Region", "Guidance for hotels and municipalities.", "2024", (), ("UNEP Caribbean Environment Programme",)),
    _r("t42y", "unep-cep", "document", "en", "Guidelines for the management of sargassum influxes in marine protected areas of the Wider Caribbean Region (first edition)", "The 2019 edition of the guidelines.", "2019", (), ("UNEP Caribbean Environment Programme",)),
    # 43 a case study on the portal and on the national node (another title, no date, no country); the neighbour's case on another debt conversion; the same node's other case
    _r("t43a", "cbd-chm", "case-study", "en", "How a debt-for-climate swap funds marine conservation in Barbados", "Barbados refinanced part of its commercial debt with guarantees from development banks; the savings feed a fund for its marine protected areas and for coastal resilience.", "2024", ("BB",)),
    _r("t43b", "bb-chm", "case-study", "en", "Barbados debt for climate swap: funding our marine parks", "The Ministry of Environment explains how the savings from refinancing the country's debt pay for the marine protected areas and for coastal resilience works.", None, ()),
    _r("t43x", "cbd-chm", "case-study", "en", "How a blue bond funds marine conservation in Belize", "Belize's 2021 debt conversion and its marine conservation commitments.", "2022", ("BZ",)),
    _r("t43y", "bb-chm", "case-study", "en", "Barbados Roofs to Reefs Programme: rainwater and reef protection", "How the programme links household water storage to the health of the reefs.", "2023", ()),
    # 44 a deer conservation need in Spanish (national node, no country) and English (portal); the neighbour's need under the same English template; the same node's other species need
    _r("t44a", "cl-chm", "need", "es", "Apoyo para la conservación del huemul en la Patagonia chilena", "El Servicio de Biodiversidad y Áreas Protegidas busca apoyo técnico para censar las poblaciones de huemul en Aysén, controlar los perros asilvestrados y formar a los guardaparques.\nTipo de apoyo: asistencia técnica, formación", "2025", ()),
    _r("t44b", "cbd-chm", "need", "en", "Support for the conservation of the huemul deer in Chilean Patagonia", "Chile seeks technical support to count huemul populations in Aysén, control feral dogs and train park rangers.\nType of support: technical assistance, training", "2025", ("CL",)),
    _r("t44x", "cbd-chm", "need", "en", "Support for the conservation of the huemul deer in Argentine Patagonia", "Argentina seeks support to monitor huemul in Los Glaciares and Perito Moreno national parks.\nType of support: technical assistance", "2025", ("AR",)),
    _r("t44y", "cl-chm", "need", "es", "Apoyo para la conservación de la ranita de Darwin en los bosques templados del sur de Chile", "El servicio busca apoyo para un programa de cría y para controlar la quitridiomicosis.\nTipo de apoyo: asistencia técnica, financiación", "2025", ()),
]  # fmt: skip

SAME: list[tuple[str, str]] = [
    ("cbd-chm:t01a", "mn-chm:t01b"),
    ("cbd-chm:t02a", "uz-chm:t02b"),
    ("bch:t03a", "ng-chm:t03b"),
    ("cbd-chm-fr:t04a", "td-chm:t04b"),
    ("mercury-ch:t05a", "bo-chm:t05b"),
    ("synergies:t06a", "synergies-ru:t06b"),
    ("synergies:t06a", "synergies-zh:t06c"),
    ("synergies-ru:t06b", "synergies-zh:t06c"),
    ("ramsar:t07a", "tt-chm:t07b"),
    ("mz-chm:t08a", "cbd-chm:t08b"),
    ("abs-ch:t09a", "lk-chm:t09b"),
    ("cepf:t10a", "cbd-chm-fr:t10b"),
    ("cepf:t10a", "cbd-chm-ar:t10c"),
    ("cbd-chm-fr:t10b", "cbd-chm-ar:t10c"),
    ("mercury-ch:t11a", "zw-chm:t11b"),
    ("synergies:t12a", "jo-chm:t12b"),
    ("cbd-chm-es:t13a", "humboldt:t13b"),
    ("ht-chm:t14a", "cbd-chm:t14b"),
    ("ramsar:t15a", "informea:t15b"),
    ("cbd-chm:t16a", "cn-chm:t16b"),
    ("cbd-chm-ar:t17a", "ye-chm:t17b"),
    ("br-chm:t18a", "bch:t18b"),
    ("cbd-chm:t19a", "ck-chm:t19b"),
    ("ramsar-es:t20a", "ramsar:t20b"),
    ("infocap-fr:t21a", "mg-chm:t21b"),
    ("cbd-chm:t22a", "vu-chm:t22b"),
    ("basel-ch:t23a", "eg-chm:t23b"),
    ("cbd-chm:t24a", "by-chm:t24b"),
    ("cbd-chm:t25a", "cv-chm:t25b"),
    ("cbd-chm:t26a", "ae-chm:t26b"),
    ("abs-ch-es:t27a", "gt-chm:t27b"),
    ("cbd-chm-fr:t28a", "cbd-chm:t28b"),
    ("cbd-chm-ar:t29a", "eg-chm:t29b"),
    ("ebafund:t30a", "cbd-chm-fr:t30b"),
    ("ebafund:t30a", "cbd-chm-es:t30c"),
    ("cbd-chm-fr:t30b", "cbd-chm-es:t30c"),
    ("cbd-chm-es:t31a", "py-chm:t31b"),
    ("mercury-ch:t32a", "mercury-ch-fr:t32b"),
    ("abs-ch:t33a", "ug-chm:t33b"),
    ("gn-chm:t34a", "cbd-chm:t34b"),
    ("synergies:t35a", "informea:t35b"),
    ("uy-chm:t36a", "br-chm:t36b"),
    ("ifdd:t37a", "cbd-chm-fr:t37b"),
    ("cbd-chm:t38a", "uz-chm:t38b"),
    ("cbd-chm:t39a", "jica:t39b"),
    ("bch-fr:t40a", "dz-chm:t40b"),
    ("cbd-chm:t41a", "gw-chm:t41b"),
    ("unep-cep:t42a", "cbd-chm-es:t42b"),
    ("cbd-chm:t43a", "bb-chm:t43b"),
    ("cl-chm:t44a", "cbd-chm:t44b"),
]
"""The pairs that are one item (50: 44 items, three of them in three languages)."""

NEAR_MISSES: list[tuple[str, str]] = [
    ("cbd-chm:t01a", "cbd-chm:t01x"), ("mn-chm:t01b", "cbd-chm:t01x"), ("cbd-chm:t01a", "cbd-chm:t01y"), ("mn-chm:t01b", "cbd-chm:t01y"),
    ("cbd-chm:t02a", "cbd-chm:t02x"), ("uz-chm:t02b", "cbd-chm:t02x"), ("cbd-chm:t02a", "tm-chm:t02y"), ("uz-chm:t02b", "tm-chm:t02y"), ("cbd-chm:t02a", "uz-chm:t02z"), ("uz-chm:t02b", "uz-chm:t02z"),
    ("bch:t03a", "bch:t03x"), ("ng-chm:t03b", "bch:t03x"), ("bch:t03a", "bch:t03y"), ("ng-chm:t03b", "bch:t03y"),
    ("cbd-chm-fr:t04a", "cbd-chm-fr:t04x"), ("td-chm:t04b", "cbd-chm-fr:t04x"), ("cbd-chm-fr:t04a", "td-chm:t04y"), ("td-chm:t04b", "td-chm:t04y"),
    ("mercury-ch:t05a", "mercury-ch:t05x"), ("bo-chm:t05b", "mercury-ch:t05x"), ("mercury-ch:t05a", "mercury-ch:t05y"), ("bo-chm:t05b", "mercury-ch:t05y"),
    ("synergies:t06a", "synergies:t06x"), ("synergies-ru:t06b", "synergies:t06x"), ("synergies-zh:t06c", "synergies:t06x"), ("synergies:t06a", "synergies:t06y"), ("synergies-ru:t06b", "synergies:t06y"), ("synergies-zh:t06c", "synergies:t06y"),
    ("ramsar:t07a", "ramsar:t07x"), ("tt-chm:t07b", "ramsar:t07x"), ("ramsar:t07a", "ramsar:t07y"), ("tt-chm:t07b", "ramsar:t07y"),
    ("mz-chm:t08a", "cbd-chm:t08x"), ("cbd-chm:t08b", "cbd-chm:t08x"), ("mz-chm:t08a", "mz-chm:t08y"), ("cbd-chm:t08b", "mz-chm:t08y"),
    ("abs-ch:t09a", "abs-ch:t09x"), ("lk-chm:t09b", "abs-ch:t09x"), ("abs-ch:t09a", "abs-ch:t09y"), ("lk-chm:t09b", "abs-ch:t09y"),
    ("cepf:t10a", "cepf:t10x"), ("cbd-chm-fr:t10b", "cepf:t10x"), ("cbd-chm-ar:t10c", "cepf:t10x"), ("cepf:t10a", "cepf:t10y"), ("cbd-chm-fr:t10b", "cepf:t10y"), ("cbd-chm-ar:t10c", "cepf:t10y"),
    ("mercury-ch:t11a", "mercury-ch:t11x"), ("zw-chm:t11b", "mercury-ch:t11x"), ("mercury-ch:t11a", "synergies:t11y"), ("zw-chm:t11b", "synergies:t11y"),
    ("synergies:t12a", "synergies:t12x"), ("jo-chm:t12b", "synergies:t12x"), ("synergies:t12a", "synergies:t12y"), ("jo-chm:t12b", "synergies:t12y"),
    ("cbd-chm-es:t13a", "humboldt:t13x"), ("humboldt:t13b", "humboldt:t13x"), ("cbd-chm-es:t13a", "cbd-chm-es:t13y"), ("humboldt:t13b", "cbd-chm-es:t13y"),
    ("ht-chm:t14a", "ht-chm:t14x"), ("cbd-chm:t14b", "ht-chm:t14x"), ("ht-chm:t14a", "cbd-chm:t14y"), ("cbd-chm:t14b", "cbd-chm:t14y"),
    ("ramsar:t15a", "ramsar:t15x"), ("informea:t15b", "ramsar:t15x"), ("ramsar:t15a", "ramsar:t15y"), ("informea:t15b", "ramsar:t15y"),
    ("cbd-chm:t16a", "cbd-chm:t16x"), ("cn-chm:t16b", "cbd-chm:t16x"), ("cbd-chm:t16a", "cn-chm:t16y"), ("cn-chm:t16b", "cn-chm:t16y"),
    ("cbd-chm-ar:t17a", "cbd-chm-ar:t17x"), ("ye-chm:t17b", "cbd-chm-ar:t17x"), ("cbd-chm-ar:t17a", "cbd-chm-ar:t17y"), ("ye-chm:t17b", "cbd-chm-ar:t17y"),
    ("br-chm:t18a", "bch:t18x"), ("bch:t18b", "bch:t18x"), ("br-chm:t18a", "bch:t18y"), ("bch:t18b", "bch:t18y"),
    ("cbd-chm:t19a", "cbd-chm:t19x"), ("ck-chm:t19b", "cbd-chm:t19x"), ("cbd-chm:t19a", "ck-chm:t19y"), ("ck-chm:t19b", "ck-chm:t19y"),
    ("ramsar-es:t20a", "ramsar-es:t20x"), ("ramsar:t20b", "ramsar-es:t20x"), ("ramsar-es:t20a", "ramsar-es:t20y"), ("ramsar:t20b", "ramsar-es:t20y"),
    ("infocap-fr:t21a", "mg-chm:t21x"), ("mg-chm:t21b", "mg-chm:t21x"), ("infocap-fr:t21a", "infocap-fr:t21y"), ("mg-chm:t21b", "infocap-fr:t21y"),
    ("cbd-chm:t22a", "cbd-chm:t22x"), ("vu-chm:t22b", "cbd-chm:t22x"), ("cbd-chm:t22a", "cbd-chm:t22y"), ("vu-chm:t22b", "cbd-chm:t22y"),
    ("basel-ch:t23a", "basel-ch:t23x"), ("eg-chm:t23b", "basel-ch:t23x"), ("basel-ch:t23a", "basel-ch:t23y"), ("eg-chm:t23b", "basel-ch:t23y"),
    ("cbd-chm:t24a", "by-chm:t24x"), ("by-chm:t24b", "by-chm:t24x"), ("cbd-chm:t24a", "by-chm:t24y"), ("by-chm:t24b", "by-chm:t24y"),
    ("cbd-chm:t25a", "cbd-chm:t25x"), ("cv-chm:t25b", "cbd-chm:t25x"), ("cbd-chm:t25a", "cbd-chm:t25y"), ("cv-chm:t25b", "cbd-chm:t25y"),
    ("cbd-chm:t26a", "cbd-chm:t26x"), ("ae-chm:t26b", "cbd-chm:t26x"), ("cbd-chm:t26a", "cbd-chm:t26y"), ("ae-chm:t26b", "cbd-chm:t26y"),
    ("abs-ch-es:t27a", "abs-ch-es:t27x"), ("gt-chm:t27b", "abs-ch-es:t27x"), ("abs-ch-es:t27a", "abs-ch-es:t27y"), ("gt-chm:t27b", "abs-ch-es:t27y"),
    ("cbd-chm-fr:t28a", "cbd-chm:t28x"), ("cbd-chm:t28b", "cbd-chm:t28x"), ("cbd-chm-fr:t28a", "cbd-chm-fr:t28y"), ("cbd-chm:t28b", "cbd-chm-fr:t28y"),
    ("cbd-chm-ar:t29a", "cbd-chm-ar:t29x"), ("eg-chm:t29b", "cbd-chm-ar:t29x"), ("cbd-chm-ar:t29a", "cbd-chm-ar:t29y"), ("eg-chm:t29b", "cbd-chm-ar:t29y"),
    ("ebafund:t30a", "ebafund:t30x"), ("cbd-chm-fr:t30b", "ebafund:t30x"), ("cbd-chm-es:t30c", "ebafund:t30x"), ("ebafund:t30a", "ebafund:t30y"), ("cbd-chm-fr:t30b", "ebafund:t30y"), ("cbd-chm-es:t30c", "ebafund:t30y"),
    ("cbd-chm-es:t31a", "cbd-chm-es:t31x"), ("py-chm:t31b", "cbd-chm-es:t31x"), ("cbd-chm-es:t31a", "cbd-chm-es:t31y"), ("py-chm:t31b", "cbd-chm-es:t31y"),
    ("mercury-ch:t32a", "mercury-ch:t32x"), ("mercury-ch-fr:t32b", "mercury-ch:t32x"), ("mercury-ch:t32a", "mercury-ch:t32y"), ("mercury-ch-fr:t32b", "mercury-ch:t32y"),
    ("abs-ch:t33a", "abs-ch:t33x"), ("ug-chm:t33b", "abs-ch:t33x"), ("abs-ch:t33a", "bch:t33y"), ("ug-chm:t33b", "bch:t33y"),
    ("gn-chm:t34a", "gn-chm:t34x"), ("cbd-chm:t34b", "gn-chm:t34x"), ("gn-chm:t34a", "cbd-chm:t34y"), ("cbd-chm:t34b", "cbd-chm:t34y"),
    ("synergies:t35a", "synergies:t35x"), ("informea:t35b", "synergies:t35x"), ("synergies:t35a", "infocap:t35y"), ("informea:t35b", "infocap:t35y"),
    ("uy-chm:t36a", "uy-chm:t36x"), ("br-chm:t36b", "uy-chm:t36x"), ("uy-chm:t36a", "uy-chm:t36y"), ("br-chm:t36b", "uy-chm:t36y"),
    ("ifdd:t37a", "ifdd:t37x"), ("cbd-chm-fr:t37b", "ifdd:t37x"), ("ifdd:t37a", "ifdd:t37y"), ("cbd-chm-fr:t37b", "ifdd:t37y"),
    ("cbd-chm:t38a", "cbd-chm:t38x"), ("uz-chm:t38b", "cbd-chm:t38x"), ("cbd-chm:t38a", "uz-chm:t38y"), ("uz-chm:t38b", "uz-chm:t38y"),
    ("cbd-chm:t39a", "jica:t39x"), ("jica:t39b", "jica:t39x"), ("cbd-chm:t39a", "cbd-chm:t39y"), ("jica:t39b", "cbd-chm:t39y"),
    ("bch-fr:t40a", "bch-fr:t40x"), ("dz-chm:t40b", "bch-fr:t40x"), ("bch-fr:t40a", "bch-fr:t40y"), ("dz-chm:t40b", "bch-fr:t40y"),
    ("cbd-chm:t41a", "cbd-chm:t41x"), ("gw-chm:t41b", "cbd-chm:t41x"), ("cbd-chm:t41a", "cbd-chm:t41y"), ("gw-chm:t41b", "cbd-chm:t41y"),
    ("unep-cep:t42a", "unep-cep:t42x"), ("cbd-chm-es:t42b", "unep-cep:t42x"), ("unep-cep:t42a", "unep-cep:t42y"), ("cbd-chm-es:t42b", "unep-cep:t42y"),
    ("cbd-chm:t43a", "cbd-chm:t43x"), ("bb-chm:t43b", "cbd-chm:t43x"), ("cbd-chm:t43a", "bb-chm:t43y"), ("bb-chm:t43b", "bb-chm:t43y"),
    ("cl-chm:t44a", "cbd-chm:t44x"), ("cbd-chm:t44b", "cbd-chm:t44x"), ("cl-chm:t44a", "cl-chm:t44y"), ("cbd-chm:t44b", "cl-chm:t44y"),
    ("cbd-chm:t02x", "uz-chm:t02z"), ("tm-chm:t02y", "uz-chm:t02z"), ("synergies:t06x", "synergies:t06y"), ("ramsar:t15x", "ramsar:t15y"), ("by-chm:t24x", "by-chm:t24y"), ("synergies:t35x", "infocap:t35y"), ("unep-cep:t42x", "unep-cep:t42y"), ("ifdd:t37x", "ifdd:t37y"),
]  # fmt: skip
"""Look-alikes written on purpose: different items (192 pairs)."""
