"""Titles in Russian and Chinese read word for word in English, for duplicate detection only.

Where it sits: a record's title in Cyrillic or Chinese letters -> **scripts** ->
:mod:`matching.duplicates` (the title's tokens, concepts, places, numbers and senses are read
from the English words), as :mod:`matching.arabic` does for Arabic titles.

The conventions publish their decisions, guidance and reports in the six UN languages, and a
national node writes its strategy or its Ramsar sheet in Russian or Chinese while the
secretariat's page is in English ("Стратегия по сохранению и устойчивому использованию
биологического разнообразия Республики Беларусь" / "Strategy for the Conservation and
Sustainable Use of Biological Diversity of the Republic of Belarus"). The vocabulary, the
domain lexicon and the cognates know neither language, so such a title is read through two
lists written by hand for chm from general knowledge of the domain's terminology (the
Russian and Chinese versions of the conventions' titles and of UNEP's pages), not from any
test set:

* **Russian** (:data:`RUSSIAN`): stems of the words of clearing-house titles (kinds of text,
  actions, subjects of the conventions, ordinals) and the names of the countries that write
  in Russian. Russian inflects, so a word is read by the longest stem it starts with, at most
  :data:`RU_ENDING` letters left over ("биологического" is *biological*). A word the list
  does not hold is written in Latin letters, an adjective's ending ("Аральского") dropped:
  the name of a place or a species meets its Latin spelling ("Алматы" is "almaty").
* **Chinese** (:data:`CHINESE`): words and set phrases, found in a title written without
  spaces by the longest entry at each place ("生物多样性保护战略" is *biodiversity
  conservation strategy*); ordinals ("第十一次" is 11) and years ("2025年") are read as
  numbers; characters no entry holds stay together as one word (a name: it meets itself in
  another Chinese title), function characters ("的", "和") are left out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mappings.normalise import fold

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")

RU_ENDING = 4
"""Letters a Russian word may have beyond the stem it is read by."""

RU_MIN_STEM = 3

RUSSIAN = """
доклад	report
отчет	report
отчетност	reporting
национальн	national
стратеги	strategy
план	plan
план действи	action plan
программ	programme
проект	project
руководств	guidance
руководящ	guidance
методическ	guidance
рекомендац	recommendations
справочник	manual
пособи	manual
учебн	training
обучени	training
курс	course
семинар	workshop
практикум	workshop
тренинг	training
совещани	meeting
заседани	meeting
встреч	meeting
конференци	conference
сторон	parties
конференци сторон	conference of the parties
сессия	session
сесси	session
конвенци	convention
ситес	CITES
таможенник	customs officers
таможн	customs
границ	border
протокол	protocol
соглашени	agreement
решени	decision
осуществлени	implementation
реализаци	implementation
выполнени	implementation
оценк	assessment
первоначальн	initial
анализ	analysis
мониторинг	monitoring
наблюдени	monitoring
инвентаризац	inventory
кадастр	inventory
реестр	register
перечен	list
списк	list
красн	red
красная книга	red book
поддержк	support
помощ	assistance
содействи	assistance
техническ	technical
запрос	request
просьб	request
укреплени	strengthening
потенциал	capacity
создани	establishment
подготовк	preparation
разработк	development
восстановлени	restoration
сохранени	conservation
охран	protection
защит	protection
управлени	management
рационального	sustainable
устойчив	sustainable
использовани	use
сокращени	reduction
борьб	control
контрол	control
удалени	disposal
ликвидац	disposal
биологическ	biological
биоразнообрази	biodiversity
разнообрази	diversity
биобезопасност	biosafety
безопасност	safety
живых измененных организм	living modified organisms
измененн	modified
генетически модифицированн	genetically modified
генетическ	genetic
организм	organisms
доступ	access
совместн	sharing
выгод	benefits
ресурс	resources
природн	natural
окружающ	environment
окружающей сред	environment
сред	environment
экологическ	environmental
экосистем	ecosystems
морск	marine
прибрежн	coastal
побереж	coast
охраняем	protected
особо охраняем	protected
природных территори	natural areas
территори	areas
заповедник	reserve
заказник	reserve
национальный парк	national park
парк	park
водно-болотн	wetland
угодь	site
рамсарск	Ramsar
болот	mires
лес	forests
лесн	forest
горн	mountain
вод	water
водн	water
бассейн	basin
озер	lake
рек	river
мор	sea
растени	plants
семен	seeds
животн	animals
птиц	birds
рыб	fish
рыболовств	fisheries
вид	species
инвазивн	invasive
чужеродн	alien
исчезающ	endangered
угрожаем	threatened
торговл	trade
незаконн	illegal
контрабанд	trafficking
дик	wild
фаун	fauna
флор	flora
химическ	chemicals
вещест	substances
отход	waste
опасн	hazardous
пестицид	pesticides
ртут	mercury
стойк	persistent
органическ	organic
загрязнител	pollutants
загрязнени	pollution
выброс	emissions
климат	climate
изменени	change
сельск	agriculture
сельскохозяйственн	agricultural
опустыниван	desertification
засух	drought
деградац	degradation
земел	land
почв	soil
развити	development
региональн	regional
субрегиональн	subregional
международн	international
глобальн	global
рамочн	framework
рамк	framework
политик	policy
закон	law
законодательств	legislation
правил	regulations
маркировк	labelling
продукт	products
издели	articles
профил	profile
координационн	focal
центр	centre
координатор	focal point
орган	authority
компетентн	competent
министерств	ministry
агентств	agency
комитет	committee
постоянн	standing
научн	scientific
секретариат	secretariat
информационн	information
информаци	information
лист	sheet
обновлени	update
обновленн	updated
механизм	mechanism
посредническ	clearing-house
обмен	exchange
финансировани	funding
фонд	fund
грант	grants
перв	first
втор	second
трет	third
четверт	fourth
пят	fifth
шест	sixth
седьм	seventh
восьм	eighth
девят	ninth
десят	tenth
одиннадцат	eleventh
двенадцат	twelfth
нагоиск	Nagoya
картахенск	Cartagena
минаматск	Minamata
базельск	Basel
роттердамск	Rotterdam
стокгольмск	Stockholm
рамсар	Ramsar
республик	republic
федераци	Federation
российск	russian
росси	Russia
беларус	Belarus
белорусск	Belarus
украин	Ukraine
молдов	Moldova
армени	Armenia
армянск	Armenia
азербаиджан	Azerbaijan
грузи	Georgia
казахстан	Kazakhstan
кыргызск	Kyrgyzstan
кыргызстан	Kyrgyzstan
киргиз	Kyrgyzstan
таджикистан	Tajikistan
туркменистан	Turkmenistan
узбекистан	Uzbekistan
монголи	Mongolia
центральн	central
ази	asia
европ	europe
африк	africa
работ	work
запас	stockpiles
устаревш	obsolete
захоронени	burial
мест захоронени	burial sites
местн	local
сет	network
озон	ozone
стран	country
цикл	cycle
оон	United Nations
резюме	summary
директивн орган	policymakers
причин	causes
утрат	loss
глубинн	underlying
преобразовательн	transformative
фактор	factors
гхфу	HCFC
гфу	HFC
этап	stage
вывод обращени	phase-out
организационн мероприяти	management
январ	January
феврал	February
март	March
апрел	April
июн	June
июл	July
август	August
сентябр	September
октябр	October
ноябр	November
декабр	December
год	-
содержащ	-
касающ	-
"""
"""Russian stems (folded: "й" is "и", "ё" is "е") and their English words."""

_RU_STOP = frozenset(
    fold(
        "и в во на по о об обо для с со к ко от из за при до а также или их его ее как "
        "что это этот эти над под через между без"
    ).split()
)

_RU_ADJECTIVE_ENDINGS = ("ского", "скому", "ском", "ских", "ским", "ская", "ское", "ский", "ской")

CHINESE = """
废铅酸蓄电池	waste lead-acid batteries
铅酸蓄电池	lead-acid batteries
蓄电池	batteries
回收	recycling
环境无害化	environmentally sound
亚太国家	Asia-Pacific countries
报告	report
国家报告	national report
国家	national
国别	country
战略	strategy
行动计划	action plan
计划	plan
方案	programme
项目	project
指南	guidance
准则	guidelines
导则	guidelines
手册	manual
培训班	training course
研修班	training course
培训	training
讲习班	workshop
研讨会	workshop
会议	meeting
大会	conference
缔约方大会	conference of the parties
缔约方	parties
届会	session
公约	convention
议定书	protocol
协定	agreement
决定	decision
实施	implementation
执行	implementation
评估	assessment
初始评估	initial assessment
风险评估	risk assessment
监测	monitoring
清单	inventory
名录	list
红色名录	red list
支持	support
援助	assistance
技术援助	technical assistance
技术	technical
能力建设	capacity building
加强	strengthening
建立	establishment
编制	preparation
恢复	restoration
修复	restoration
保护	conservation
养护	conservation
管理	management
可持续利用	sustainable use
可持续	sustainable
利用	use
减少	reduction
打击	combating
控制	control
处置	disposal
生物多样性	biodiversity
生物安全	biosafety
改性活生物体	living modified organisms
转基因	genetically modified
遗传资源	genetic resources
获取和惠益分享	access and benefit-sharing
惠益分享	benefit-sharing
资源	resources
自然	natural
环境	environment
生态	ecological
生态系统	ecosystems
海洋	marine
沿海	coastal
保护地	protected areas
保护区	protected areas
自然保护区	nature reserve
国家公园	national park
湿地	wetlands
拉姆萨尔	Ramsar
森林	forests
山地	mountains
水	water
流域	basin
湖泊	lake
河流	river
植物	plants
种子	seeds
动物	animals
野生动植物	wildlife
野生动物	wildlife
野生	wild
鸟类	birds
鱼类	fish
渔业	fisheries
物种	species
外来入侵物种	invasive alien species
入侵	invasive
濒危	endangered
贸易	trade
非法	illegal
化学品	chemicals
废物	waste
危险废物	hazardous waste
电子废物	e-waste
农药	pesticides
汞	mercury
持久性有机污染物	persistent organic pollutants
污染物	pollutants
污染	pollution
气候变化	climate change
气候	climate
农业	agriculture
荒漠化	desertification
土地	land
发展中国家	developing countries
发展	development
区域	regional
次区域	subregional
国际	international
全球	global
框架	framework
政策	policy
法律	law
立法	legislation
标签	labelling
产品	products
物品	articles
概况	profile
国家联络点	national focal point
联络点	focal point
主管部门	competent authority
部	ministry
委员会	committee
秘书处	secretariat
信息交换所	clearing-house
资金	finance
基金	fund
首批	first
征集	call for proposals
赠款	grants
名古屋	Nagoya
卡塔赫纳	Cartagena
水俣	Minamata
巴塞尔	Basel
鹿特丹	Rotterdam
斯德哥尔摩	Stockholm
中国	China
中华人民共和国	China
昆明	Kunming
蒙特利尔	Montreal
北京	Beijing
蒙古	Mongolia
工作	work
亚太地区	Asia Pacific
亚太	Asia Pacific
无害化	environmentally sound
丧失	loss
根本原因	underlying causes
原因	causes
变革性变化	transformative change
变革性	transformative
变化	change
决策者摘要	summary for policymakers
决策者	policymakers
摘要	summary
决定因素	determinants
因素	factors
关于	-
含有	-
有关	-
以及	-
"""
"""Chinese words and phrases and their English words."""

_ZH_STOP = frozenset("的和与及在对于之等其为中以并或年")
"""Function characters of Chinese titles (of, and, with, in, for...): no title words."""
_ZH_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_MONTH = re.compile(r"(?<![0-9])(1[0-2]|0?[1-9])\s*月")
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_ZH_ORDINAL = re.compile(r"第([一二三四五六七八九十]{1,3})(?:次|届|个|份|期|阶段)?")


def is_other_script(text: str) -> bool:
    """Whether a title is written (in part) in Cyrillic or Chinese letters."""
    return bool(_CYRILLIC.search(text or "") or _HAN.search(text or ""))


@lru_cache(maxsize=1)
def _russian() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in RUSSIAN.strip().splitlines():
        stem, _, english = line.partition("\t")
        out.setdefault(fold(stem), english)
    return out


def _ru_word(word: str, table: dict[str, str]) -> str | None:
    for end in range(len(word), RU_MIN_STEM - 1, -1):
        if len(word) - end > RU_ENDING:
            break
        if (got := table.get(word[:end])) is not None:
            return got
    return None


def without_adjective_ending(word: str) -> str:
    """A folded Russian word less the ending of an adjective made of a name ("аральского":
    "арал", "брестской": "брест"), so the name meets its Latin spelling."""
    for ending in _RU_ADJECTIVE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


_CYRILLIC_LATIN = "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch - y - e yu ya"
_CYRILLIC_LETTERS = dict(
    zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", _CYRILLIC_LATIN.split(" "), strict=True)
)
"""Russian letters in Latin ones (the names of places and species a translation writes:
"Памир", "Тигровая балка", "Алматы" read as *pamir*, *tigrovaya balka*, *almaty*)."""


def latin_letters(word: str) -> str:
    """A Cyrillic word in Latin letters (:data:`_CYRILLIC_LETTERS`); any other word as it is."""
    if not ("\u0400" <= word[0] <= "\u04ff"):
        return word
    return "".join(_CYRILLIC_LETTERS.get(c, c) for c in word).replace("-", "")


def _latin(word: str) -> str:
    return latin_letters(without_adjective_ending(word))


def russian(text: str) -> str:
    """A Russian title read word for word in English ("Национальная стратегия" ->
    "national strategy"); two-word entries first, then one word's stem; words the list does
    not hold in Latin letters."""
    table = _russian()
    words = [w for w in re.findall(r"[\w-]+", fold(text)) if w not in _RU_STOP]
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if not _CYRILLIC.search(w):
            out.append(w)
            i += 1
            continue
        if i + 1 < len(words) and (got := table.get(_pair_key(words[i], words[i + 1]))):
            out.append(got)  # a two-word entry is never a skipped word
            i += 2
            continue
        got = _ru_word(w, table)
        if got != "-":
            out.append(got if got is not None else _latin(w))
        i += 1
    return " ".join(out)


def _pair_key(a: str, b: str) -> str:
    """The two-word entry two words are read by ("план действий": "план действи")."""
    table = _russian()
    for x in range(len(a), RU_MIN_STEM - 1, -1):
        if len(a) - x > RU_ENDING:
            break
        for y in range(len(b), RU_MIN_STEM - 1, -1):
            if len(b) - y > RU_ENDING:
                break
            key = f"{a[:x]} {b[:y]}"
            if key in table:
                return key
    return ""


@lru_cache(maxsize=1)
def _chinese() -> tuple[dict[str, str], int]:
    out: dict[str, str] = {}
    for line in CHINESE.strip().splitlines():
        word, _, english = line.partition("\t")
        out.setdefault(word, english)
    return out, max(map(len, out))


def _zh_number(numeral: str) -> int:
    """ "十一" -> 11, "二十" -> 20, "三" -> 3."""
    if "十" not in numeral:
        return _ZH_DIGITS.get(numeral, 0)
    tens, _, units = numeral.partition("十")
    return _ZH_DIGITS.get(tens, 1) * 10 + _ZH_DIGITS.get(units, 0)


def chinese(text: str) -> str:
    """A Chinese title read word for word in English ("生物多样性保护战略" ->
    "biodiversity conservation strategy"); other scripts and numbers kept as written."""
    table, longest = _chinese()
    text = _ZH_ORDINAL.sub(lambda m: f" {_zh_number(m[1])} ", text)
    text = _ZH_MONTH.sub(lambda m: f" {_MONTHS[int(m[1]) - 1]} ", text)  # "4月": April
    out: list[str] = []
    for chunk in re.findall(r"[\u4e00-\u9fff]+|[0-9]+|[^\W\d_\u4e00-\u9fff]+", text):
        if not _HAN.match(chunk):
            out.append(chunk)
            continue
        i, unknown = 0, ""
        while i < len(chunk):
            for n in range(min(longest, len(chunk) - i), 0, -1):
                if (got := table.get(chunk[i : i + n])) is not None:
                    break
            else:
                n, got = 1, None
            if got is None:
                if chunk[i] not in _ZH_STOP:
                    unknown += chunk[i]
                elif unknown:
                    out.append(unknown)
                    unknown = ""
            else:
                if unknown:
                    out.append(unknown)
                    unknown = ""
                if got != "-":
                    out.append(got)
            i += n
        if unknown:
            out.append(unknown)
    return " ".join(out)


def word_in_english(word: str) -> str | None:
    """One folded Russian word in English when the table reads it, else None."""
    got = _ru_word(word, _russian()) if _CYRILLIC.match(word) else None
    return None if got == "-" else got


def english(text: str) -> str:
    """A title in Russian or Chinese read in English words; other titles as they are."""
    if _HAN.search(text):
        return chinese(text)
    if _CYRILLIC.search(text):
        return russian(text)
    return text
