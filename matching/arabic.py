"""Titles in Arabic read word for word in English, for duplicate detection only.

Where it sits: a record's title in Arabic -> **arabic** -> :mod:`matching.duplicates` (the
title's tokens, concepts, places, numbers and senses are read from the English words).

Clearing-house pages publish a national report, a strategy or a request in Arabic on a
national node and in English or French elsewhere ("التقرير الوطني الأول عن تنفيذ بروتوكول
ناغويا" / "Sudan: first national report on the implementation of the Nagoya Protocol"). The
vocabulary, the domain lexicon and the cognates know no Arabic, so such a title is read
through :data:`WORDS`: the words of clearing-house titles (kinds of text, actions, subjects
of the conventions, ordinals), the names of the conventions and the Arab States (and the
adjectives of their nationalities: "العراقية", Iraqi, says whose a request is). A word the
list does not hold stays as it is (a name: it meets itself in another Arabic title).

Words are matched folded (no diacritics, hamza forms read as their seat: "البيئة" and
"البيية" are one), first as written, then without the conjunction "و", the article "ال"
or the prepositions "ل", "ب" joined to it, then without a plural or feminine ending; two-word
phrases ("التنوع البيولوجي", "خطة العمل") are read before single words. The list was
written by hand for chm from general knowledge of the domain's Arabic terminology (the
Arabic versions of the conventions' titles and of UNEP's pages), not from any test set.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mappings.normalise import fold

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "ل", "ب")
_SUFFIXES = ("ات", "ين", "ون", "ية", "ة", "ي")
_STOP = frozenset(
    fold(
        "في الى إلى عن على حول من مع او أو ثم لدى عبر ضد بين بشأن لفائدة"
        " بموجب وفق وفقا ضمن خلال منذ حتى نحو"  # under, according to, within, during...
    ).split()
)
"""Arabic function words (prepositions, conjunctions): no title words."""

WORDS = """
تقرير	report
تقارير	reports
وطني	national
وطنية	national
قومي	national
استراتيجية	strategy
استراتيجيه	strategy
خطة	plan
خطة العمل	action plan
خطة عمل	action plan
برنامج	programme
مشروع	project
مشاريع	projects
دليل	manual
دليل تدريبي	training manual
تدريبي	training
تدريب	training
دورة تدريبية	training course
دورة	course
ورشة	workshop
ورشة عمل	workshop
اجتماع	meeting
مؤتمر	conference
ندوة	seminar
منتدى	forum
اتفاقية	convention
بروتوكول	protocol
معاهدة	treaty
تنفيذ	implementation
تطبيق	implementation
تقييم	assessment
التقييم الاولي	initial assessment
اولي	initial
تحليل	analysis
رصد	monitoring
مراقبة	monitoring
جرد	inventory
سجل	register
قائمة	list
القائمة الحمراء	red list
حمراء	red
دعم	support
مساعدة	assistance
المساعدة التقنية	technical assistance
مساعدة تقنية	technical assistance
تقني	technical
تقنية	technical
فني	technical
فنية	technical
طلب	request
بناء القدرات	capacity building
تعزيز القدرات	capacity building
تنمية القدرات	capacity building
قدرات	capacities
تعزيز	strengthening
انشاء	establishment
اعداد	preparation
اعادة	restoration
استعادة	restoration
اصلاح	rehabilitation
صون	conservation
حفظ	conservation
حماية	protection
ادارة	management
تسيير	management
مكافحة	control
استبدال	replacement
تخلص	disposal
جمع	collection
تنوع	diversity
التنوع البيولوجي	biodiversity
التنوع الاحيايي	biodiversity
التنوع الحيوي	biodiversity
بيولوجي	biological
احيايي	biological
حيوي	biological
السلامة الاحيايية	biosafety
السلامة الحيوية	biosafety
الكاينات الحية المحورة	living modified organisms
الكاينات المحورة وراثيا	genetically modified organisms
الحصول وتقاسم المنافع	access and benefit-sharing
تقاسم المنافع	benefit-sharing
الموارد الجينية	genetic resources
الموارد الوراثية	genetic resources
موارد	resources
طبيعية	natural
بيية	environment
دولة	State
مملكة	Kingdom
جمهورية	Republic
عام	year
سنة	year
بيئية	environmental
البيئة البحرية	marine environment
بحرية	marine
بحري	marine
ساحل	coast
ساحلية	coastal
محمية	protected area
المناطق المحمية	protected areas
محميات	protected areas
منطقة	area
مناطق	areas
المناطق الجافة	drylands
الاراضي الجافة	drylands
جافة	dry
اراضي	land
تصحر	desertification
غابات	forests
غابة	forest
جبال	mountains
مياه	water
مستجمعات المياه	watersheds
مستجمعات	watersheds
اراضي رطبة	wetlands
الاراضي الرطبة	wetlands
نباتات	plants
نبات	plant
بذور	seeds
حيوانات	animals
الحياة الفطرية	wildlife
حياة فطرية	wildlife
طيور	birds
سلاحف	turtles
اعشاش	nests
اسماك	fish
مصايد	fisheries
الشعاب المرجانية	coral reefs
ارز	cedar
المهددة بالانقراض	threatened
مهددة	threatened
انقراض	extinction
الانواع الغازية	invasive species
انواع	species
نوع	species
مواد كيمياوية	chemicals
المواد الكيميايية	chemicals
كيميايية	chemical
نفايات	waste
النفايات الخطرة	hazardous waste
النفايات الالكترونية	e-waste
الكترونية	electronic
خطرة	hazardous
خطورة	hazardous
شديدة الخطورة	highly hazardous
مبيدات	pesticides
المبيدات الحيوية	biopesticides
زيبق	mercury
الزيبق	mercury
الملوثات العضوية الثابتة	persistent organic pollutants
ملوثات	pollutants
تلوث	pollution
جراد	locust
الجراد الصحراوي	desert locust
صحراوي	desert
مناخ	climate
تغير المناخ	climate change
المناخي	climate
زراعة	agriculture
زراعي	agricultural
مستدامة	sustainable
التنمية المستدامة	sustainable development
تنمية	development
اقليمي	regional
اقليمية	regional
دولي	international
دولية	international
عالمي	global
عالمية	global
حالة	state
وضع	status
اطار	framework
سياسة	policy
قانون	law
تشريعات	legislation
لوايح	regulations
مبادي توجيهية	guidelines
توجيهات	guidance
ارشادات	guidance
ملف	profile
نقطة اتصال	focal point
جهة اتصال	focal point
مركز	centre
هيية	authority
الهيية الوطنية	national authority
سلطة	authority
وزارة	ministry
منظمة	organization
الاول	first
اول	first
الثاني	second
ثاني	second
الثالث	third
ثالث	third
الرابع	fourth
رابع	fourth
الخامس	fifth
خامس	fifth
السادس	sixth
سادس	sixth
السابع	seventh
سابع	seventh
الثامن	eighth
ثامن	eighth
التاسع	ninth
العاشر	tenth
ناغويا	Nagoya
قرطاجنة	Cartagena
كارتاخينا	Cartagena
ميناماتا	Minamata
بازل	Basel
روتردام	Rotterdam
ستوكهولم	Stockholm
رامسار	Ramsar
المغرب	Morocco
الجزاير	Algeria
تونس	Tunisia
ليبيا	Libya
مصر	Egypt
السودان	Sudan
موريتانيا	Mauritania
جيبوتي	Djibouti
الصومال	Somalia
جزر القمر	Comoros
الاردن	Jordan
لبنان	Lebanon
سوريا	Syria
فلسطين	Palestine
العراق	Iraq
الكويت	Kuwait
المملكة العربية السعودية	Saudi Arabia
السعودية	Saudi Arabia
البحرين	Bahrain
قطر	Qatar
الامارات العربية المتحدة	United Arab Emirates
الامارات	United Arab Emirates
سلطنة عمان	Oman
عمان	Oman
الجمهورية اليمنية	Yemen
اليمن	Yemen
عراق	Iraq
عراقي	Iraq
يمني	Yemen
لبناني	Lebanon
سوداني	Sudan
مغربي	Morocco
كويتي	Kuwait
ليبي	Libya
سعودي	Saudi Arabia
قطري	Qatar
عماني	Oman
مصري	Egypt
تونسي	Tunisia
جزايري	Algeria
اردني	Jordan
سوري	Syria
موريتاني	Mauritania
بحريني	Bahrain
اماراتي	United Arab Emirates
فلسطيني	Palestine
الدول العربية	Arab States
العربية	Arab
شمال	north
جنوب	south
شرق	east
غرب	west
الشرق الاوسط	Middle East
الشرق الأوسط	Middle East
افريقيا	Africa
أفريقيا	Africa
اسيا	Asia
آسيا	Asia
اوروبا	Europe
امريكا اللاتينية	Latin America
البحر الابيض المتوسط	Mediterranean
البحر المتوسط	Mediterranean
حوض	basin
بحر	sea
خليج	bay
جزيرة	island
جزر	islands
ارخبيل	archipelago
حلقة عمل	workshop
بناء	building
اتجار	trade
تجارة	trade
الاتجار غير المشروع	illegal trade
غير المشروع	illegal
غير مشروع	illegal
الاحياء البرية	wildlife
الأحياء البرية	wildlife
برية	wild
جمارك	customs
ديوانة	customs
اعوان	officers
موظفي	officers
بنك	bank
بنك الجينات	genebank
بنك البذور	seed bank
اعادة تاهيل	rehabilitation
إعادة تأهيل	rehabilitation
تاهيل	rehabilitation
غابات القرم	mangroves
اشجار القرم	mangroves
قرم	mangroves
مانغروف	mangroves
اشجار	trees
حصر	inventory
مخزونات	stockpiles
متقادمة	obsolete
تامين	safeguarding
رمال	sand
زحف الرمال	sand encroachment
واحات	oases
نخيل	palms
صندوق	fund
شراكة	partnership
النظم الايكولوجية	ecosystems
النظم الإيكولوجية	ecosystems
نظم ايكولوجية	ecosystems
حرجة	critical
دعوة	call
مقترحات	proposals
منح	grants
صغيرة	small
اكثار	breeding
الاكثار في الاسر	captive breeding
اسر	captivity
طاير	bird
طيور مهاجرة	migratory birds
مهاجرة	migratory
مستوطنة	endemic
مؤشرات	indicators
معدات	equipment
تمويل	funding
بحث	research
علمي	scientific
علمية	scientific
مجتمعات	communities
محلية	local
سياحة	tourism
مراعي	rangelands
رعي	grazing
نحل	bees
ملقحات	pollinators
كوارث	disasters
فيضانات	floods
جفاف	drought
مياه جوفية	groundwater
صرف صحي	sanitation
بلاستيك	plastic
بلاستيكية	plastic
بحيرة	lake
بحيرات	lakes
نهر	river
صحراء	desert
واحة	oasis
واحات	oases
شجرة	tree
أشجار	trees
حديقة	park
حديقة وطنية	national park
حظيرة	park
حظيرة وطنية	national park
تحديث	update
محدثة	updated
محدث	updated
مطلوب	wanted
تعدين	mining
ذهب	gold
حرفي	artisanal
صغير النطاق	small-scale
نهائي	final
انشطة	activities
تمكين	enabling
تعديل	amendment
كيغالي	Kigali
المركبات الكربونية الهيدروفلورية	HFC
المركبات الكربونية الهيدروكلورية فلورية	HCFC
المرحلة	stage
اطلاق	launch
آلية تبادل المعلومات	clearing-house mechanism
رام الله	Ramallah
وحدة الأوزون الوطنية	national ozone unit
وحدة الأوزون	ozone unit
وحدة	unit
الجمارك الخضراء	Green Customs
خضراء	green
المواد المستنفدة للأوزون	ozone-depleting substances
مستنفدة	depleting
شبكة	network
اوزون	ozone
السلطة الادارية	management authority
السلطة العلمية	scientific authority
سايتس	CITES
اركان	argan
ملخص	summary
مقرري السياسات	policymakers
شركاء	partners
جودة	quality
مسح	survey
رسم خرائط	mapping
خرائط	maps
تدهور	degradation
غازية	invasive
نمر	leopard
أهوار	marshes
مستنقعات	marshes
مائية	aquatic
"""
"""Arabic words and phrases of clearing-house titles and their English (tab-separated)."""


def _bare(word: str) -> list[str]:
    """A folded Arabic word as written, without "و", then without an article or a joined
    preposition, then without a plural or feminine ending: the forms looked up, in order."""
    forms = [word]
    if word.startswith("و") and len(word) > 3:
        forms.append(word[1:])
    for w in list(forms):
        for p in _PREFIXES:
            if w.startswith(p) and len(w) - len(p) >= 2:
                forms.append(w[len(p) :])
                break
    for w in list(forms):
        for s in _SUFFIXES:
            if w.endswith(s) and len(w) - len(s) >= 3:
                forms.append(w[: -len(s)])
    return list(dict.fromkeys(forms))


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, ...], str]:
    """Folded Arabic words (each without its article) -> English."""
    out: dict[tuple[str, ...], str] = {}
    for line in WORDS.strip().splitlines():
        arabic, _, english = line.partition("\t")
        words = fold(arabic).split()
        if not words or not english:
            continue
        out.setdefault(tuple(words), english)
        out.setdefault(tuple(_strip_article(w) for w in words), english)
    return out


def _strip_article(word: str) -> str:
    for p in _PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 2:
            return word[len(p) :]
    return word


def is_arabic(text: str) -> bool:
    """Whether a text is written in Arabic script (any letter of it)."""
    return bool(_ARABIC.search(text or ""))


def _lookup(words: list[str]) -> str | None:
    table = _table()
    got = table.get(tuple(words))
    if got is None:
        got = table.get(tuple(_strip_article(w) for w in words))
    if got is None and words[0].startswith("و") and len(words[0]) > 3:  # "وخطة العمل"
        got = table.get(tuple(_strip_article(w) for w in [words[0][1:], *words[1:]]))
    if got is None and len(words) == 1:
        for form in _bare(words[0])[1:]:
            if (got := table.get((form,))) is not None:
                break
    return got


def english(text: str) -> str:
    """An Arabic title read word for word in English ("التقرير الوطني الأول" -> "report
    national first"); words the list does not hold stay as written, other scripts too."""
    words = re.findall(r"\w+", fold(text))
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in (4, 3, 2, 1):
            if i + n <= len(words) and (got := _lookup(words[i : i + n])) is not None:
                out.append(got)
                i += n
                break
        else:
            if words[i] not in _STOP:
                out.append(words[i])
            i += 1
    return " ".join(out)


# ---- names across scripts ---------------------------------------------------------------------
SKELETON_MIN = 3
"""Consonants a name's skeleton must have to meet its spelling in the other script: two
("Chouf", "Riyadh") say too little."""

_ARABIC_SOUNDS = str.maketrans(
    {
        **dict.fromkeys("اأإآءؤئىةعويهح", None),  # vowels, weak letters, glottals: unwritten
        "ب": "b", "پ": "b", "ت": "t", "ث": "t", "ط": "t", "ج": "k", "خ": "k", "غ": "k",
        "ق": "k", "ك": "k", "گ": "k", "د": "d", "ذ": "d", "ض": "d", "ر": "r", "ز": "s",
        "ظ": "s", "س": "s", "ش": "s", "ص": "s", "چ": "s", "ف": "f", "ڤ": "f", "ل": "l",
        "م": "m", "ن": "n",
    }
)  # fmt: skip
_LATIN_DIGRAPHS = (("sch", "s"), ("sh", "s"), ("ch", "s"), ("kh", "k"), ("gh", "k"),
                   ("th", "t"), ("dh", "d"), ("ph", "f"), ("ck", "k"), ("qu", "k"))  # fmt: skip
_LATIN_SOUNDS = str.maketrans(
    {
        **dict.fromkeys("aeiouywh", None),
        "c": "k", "g": "k", "j": "k", "q": "k", "x": "ks", "p": "b", "v": "f", "z": "s",
    }
)  # fmt: skip


def latin_skeleton(word: str) -> str:
    """A folded Latin word's consonants as Arabic writes them: doubled letters once,
    digraphs as one sound ("ch", "kh"), vowels and "w", "y", "h" left out, "g", "j", "q" as
    "k", "p" as "b" (Arabic has no "p"), "v" as "f", "z" as "s" (Latin writes both sounds
    with "s": "Basel" / "بازل")."""
    w = re.sub(r"(.)\1+", r"\1", word)
    for digraph, sound in _LATIN_DIGRAPHS:
        w = w.replace(digraph, sound)
    return w.translate(_LATIN_SOUNDS)


def arabic_skeletons(word: str) -> set[str]:
    """A folded Arabic word's consonants in Latin letters, as written and without an article
    or a joined preposition ("الأزرق" -> "zrk"; "بإشكل" -> "skl")."""
    forms = {word} | {word[len(p) :] for p in _PREFIXES if word.startswith(p)}
    if word.startswith("و"):
        forms |= {word[1 + len(p) :] for p in _PREFIXES if word[1:].startswith(p)}
    return {w.translate(_ARABIC_SOUNDS) for w in forms if len(w) >= 3}


def sounds_like(arabic_word: str, latin_word: str) -> bool:
    """Whether a folded Arabic word is a folded Latin one written in Arabic letters: the same
    consonants, at least :data:`SKELETON_MIN` of them, once the vowels Arabic leaves unwritten
    are left out ("أونيانغا" / "ounianga", "سقطرى" / "socotra", "الصليبيخات" /
    "sulaibikhat", "استكهولم" / "stockholm"). For names of places, species and bodies, which
    no word list holds in both scripts."""
    if len(latin_word) < 4 or not is_arabic(arabic_word) or is_arabic(latin_word):
        return False
    latin = latin_skeleton(latin_word)
    return len(latin) >= SKELETON_MIN and latin in arabic_skeletons(arabic_word)
