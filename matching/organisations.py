"""Organisations that publish to clearing-houses, by their names in several languages.

Duplicate detection compares the creators of two records; the same organisation is written
"UNEP" on one node, "PNUE" on another and "Programa de las Naciones Unidas para el Medio
Ambiente" on a third. :func:`resolve` reads a creator's name as the canonical id of an
organisation of :data:`ORGANISATIONS` (or None), and :func:`same_organisation` tells whether
two resolved ids are one organisation (itself, or one is a part of the other: the
Secretariat of the Rotterdam Convention is part of the joint Basel, Rotterdam and Stockholm
secretariat).

Provenance: the organisations' own official names and acronyms in their official languages
(English, French, Spanish; Portuguese and Arabic where the organisation publishes them), as
the United Nations terminology database (UNTERM) and the organisations' own sites write
them. The list covers whole classes, not the names of any labelled set: the United Nations,
its programmes, funds and specialised agencies that work on environment and development; the
secretariats of the multilateral environmental agreements and their protocols; the major
environment and climate funds and development banks; intergovernmental environment and
conservation bodies; regional economic communities and environment bodies of Africa, the
Americas, Asia and the Pacific; river and lake basin organisations of Africa.
"""

from __future__ import annotations

from functools import lru_cache

from mappings.normalise import fold

# id: (part of, names and acronyms in any language); a name is matched whole after folding
# and dropping function words ("of", "de", "para"...); an acronym also as a name's first word
# ("FAO Commission on Genetic Resources ..." is a part of FAO).
ORGANISATIONS: dict[str, tuple[str | None, tuple[str, ...]]] = {
    # the United Nations, its programmes, funds, institutes and specialised agencies
    "un": (None, (
        "United Nations", "Nations Unies", "Naciones Unidas", "Nações Unidas", "الأمم المتحدة",
        "UN", "ONU", "UNO",
    )),
    "unep": ("un", (
        "United Nations Environment Programme", "UN Environment Programme", "UN Environment",
        "Programme des Nations Unies pour l'environnement", "ONU Environnement",
        "Programa de las Naciones Unidas para el Medio Ambiente", "ONU Medio Ambiente",
        "Programa das Nações Unidas para o Meio Ambiente", "ONU Meio Ambiente",
        "برنامج الأمم المتحدة للبيئة", "UNEP", "PNUE", "PNUMA", "PNUMA-ONU",
    )),
    "undp": ("un", (
        "United Nations Development Programme",
        "Programme des Nations Unies pour le développement",
        "Programa de las Naciones Unidas para el Desarrollo",
        "Programa das Nações Unidas para o Desenvolvimento",
        "برنامج الأمم المتحدة الإنمائي", "UNDP", "PNUD",
    )),
    "fao": ("un", (
        "Food and Agriculture Organization of the United Nations",
        "Food and Agriculture Organization",
        "Organisation des Nations Unies pour l'alimentation et l'agriculture",
        "Organización de las Naciones Unidas para la Alimentación y la Agricultura",
        "Organização das Nações Unidas para a Alimentação e a Agricultura",
        "منظمة الأغذية والزراعة للأمم المتحدة", "FAO",
    )),
    "who": ("un", (
        "World Health Organization", "Organisation mondiale de la Santé",
        "Organización Mundial de la Salud", "Organização Mundial da Saúde",
        "منظمة الصحة العالمية", "WHO", "OMS",
    )),
    "unido": ("un", (
        "United Nations Industrial Development Organization",
        "Organisation des Nations Unies pour le développement industriel",
        "Organización de las Naciones Unidas para el Desarrollo Industrial",
        "Organização das Nações Unidas para o Desenvolvimento Industrial",
        "منظمة الأمم المتحدة للتنمية الصناعية", "UNIDO", "ONUDI",
    )),
    "unitar": ("un", (
        "United Nations Institute for Training and Research",
        "Institut des Nations Unies pour la formation et la recherche",
        "Instituto de las Naciones Unidas para Formación Profesional e Investigaciones",
        "Instituto de las Naciones Unidas para la Formación y la Investigación",
        "Instituto das Nações Unidas para Treinamento e Pesquisa",
        "معهد الأمم المتحدة للتدريب والبحث", "UNITAR",
    )),
    "unesco": ("un", (
        "United Nations Educational, Scientific and Cultural Organization",
        "Organisation des Nations Unies pour l'éducation, la science et la culture",
        "Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura",
        "Organização das Nações Unidas para a Educação, a Ciência e a Cultura",
        "منظمة الأمم المتحدة للتربية والعلم والثقافة", "UNESCO",
    )),
    "itu": ("un", (
        "International Telecommunication Union", "Union internationale des télécommunications",
        "Unión Internacional de Telecomunicaciones", "União Internacional de Telecomunicações",
        "الاتحاد الدولي للاتصالات", "ITU", "UIT",
    )),
    "wmo": ("un", (
        "World Meteorological Organization", "Organisation météorologique mondiale",
        "Organización Meteorológica Mundial", "Organização Meteorológica Mundial",
        "المنظمة العالمية للأرصاد الجوية", "WMO", "OMM",
    )),
    "imo": ("un", (
        "International Maritime Organization", "Organisation maritime internationale",
        "Organización Marítima Internacional", "Organização Marítima Internacional",
        "المنظمة البحرية الدولية", "IMO", "OMI",
    )),
    "ifad": ("un", (
        "International Fund for Agricultural Development",
        "Fonds international de développement agricole",
        "Fondo Internacional de Desarrollo Agrícola",
        "Fundo Internacional de Desenvolvimento Agrícola",
        "الصندوق الدولي للتنمية الزراعية", "IFAD", "FIDA",
    )),
    "unhabitat": ("un", (
        "United Nations Human Settlements Programme",
        "Programme des Nations Unies pour les établissements humains",
        "Programa de las Naciones Unidas para los Asentamientos Humanos",
        "Programa das Nações Unidas para os Assentamentos Humanos", "UN-Habitat", "ONU-Habitat",
    )),
    "unicef": ("un", (
        "United Nations Children's Fund", "Fonds des Nations Unies pour l'enfance",
        "Fondo de las Naciones Unidas para la Infancia", "Fundo das Nações Unidas para a Infância",
        "منظمة الأمم المتحدة للطفولة", "UNICEF",
    )),
    "unu": ("un", (
        "United Nations University", "Université des Nations Unies",
        "Universidad de las Naciones Unidas", "Universidade das Nações Unidas",
        "جامعة الأمم المتحدة", "UNU",
    )),
    "undrr": ("un", (
        "United Nations Office for Disaster Risk Reduction",
        "Bureau des Nations Unies pour la réduction des risques de catastrophe",
        "Oficina de las Naciones Unidas para la Reducción del Riesgo de Desastres",
        "UNDRR", "UNISDR",
    )),
    "unece": ("un", (
        "United Nations Economic Commission for Europe",
        "Commission économique des Nations Unies pour l'Europe",
        "Comisión Económica de las Naciones Unidas para Europa", "UNECE", "CEE-ONU",
    )),
    "eclac": ("un", (
        "Economic Commission for Latin America and the Caribbean",
        "Commission économique pour l'Amérique latine et les Caraïbes",
        "Comisión Económica para América Latina y el Caribe",
        "Comissão Econômica para a América Latina e o Caribe", "ECLAC", "CEPAL",
    )),
    "uneca": ("un", (
        "United Nations Economic Commission for Africa", "Economic Commission for Africa",
        "Commission économique pour l'Afrique", "Comisión Económica para África",
        "Comissão Económica para África", "اللجنة الاقتصادية لأفريقيا", "UNECA", "ECA", "CEA",
    )),
    "escap": ("un", (
        "Economic and Social Commission for Asia and the Pacific",
        "Commission économique et sociale pour l'Asie et le Pacifique",
        "Comisión Económica y Social para Asia y el Pacífico", "ESCAP", "CESAP",
    )),
    "escwa": ("un", (
        "Economic and Social Commission for Western Asia",
        "Commission économique et sociale pour l'Asie occidentale",
        "Comisión Económica y Social para Asia Occidental",
        "اللجنة الاقتصادية والاجتماعية لغربي آسيا", "ESCWA", "CESAO", "الإسكوا",
    )),
    "ipbes": (None, (
        "Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services",
        "Plateforme intergouvernementale scientifique et politique sur la biodiversité et les"
        " services écosystémiques",
        "Plataforma Intergubernamental Científico-Normativa sobre Diversidad Biológica y"
        " Servicios de los Ecosistemas", "IPBES",
    )),
    "ipcc": (None, (
        "Intergovernmental Panel on Climate Change",
        "Groupe d'experts intergouvernemental sur l'évolution du climat",
        "Grupo Intergubernamental de Expertos sobre el Cambio Climático",
        "Painel Intergovernamental sobre Mudanças Climáticas",
        "الهيئة الحكومية الدولية المعنية بتغير المناخ", "IPCC", "GIEC", "IPCC-GIEC",
    )),
    # secretariats of the multilateral environmental agreements and their protocols
    "scbd": (None, (
        "Secretariat of the Convention on Biological Diversity", "Convention on Biological"
        " Diversity", "CBD Secretariat", "Secrétariat de la Convention sur la diversité"
        " biologique", "Convention sur la diversité biologique", "Secretaría del Convenio sobre"
        " la Diversidad Biológica", "Convenio sobre la Diversidad Biológica",
        "Secretariado da Convenção sobre Diversidade Biológica",
        "Secretariado da Convenção sobre a Diversidade Biológica",
        "Convenção sobre Diversidade Biológica", "أمانة اتفاقية التنوع البيولوجي",
        "اتفاقية التنوع البيولوجي", "SCBD", "SCDB", "CBD", "CDB",
        # the clearing-houses and protocols it serves
        "Biosafety Clearing-House", "Centre d'échange pour la prévention des risques"
        " biotechnologiques", "Centro de Intercambio de Información sobre Seguridad de la"
        " Biotecnología", "BCH", "Access and Benefit-Sharing Clearing-House", "ABSCH",
        "Cartagena Protocol on Biosafety", "Nagoya Protocol",
    )),
    "brs": ("unep", (
        "Secretariat of the Basel, Rotterdam and Stockholm Conventions",
        "Basel, Rotterdam and Stockholm Conventions Secretariat", "BRS Secretariat",
        "Secrétariat des conventions de Bâle, de Rotterdam et de Stockholm",
        "Secretaría de los Convenios de Basilea, Rotterdam y Estocolmo",
        "Secretariado das Convenções de Basileia, Roterdão e Estocolmo",
        "أمانة اتفاقيات بازل وروتردام واستكهولم", "BRS",
    )),
    "basel": ("brs", (
        "Secretariat of the Basel Convention", "Basel Convention Secretariat", "Basel Convention",
        "Secrétariat de la Convention de Bâle", "Convention de Bâle",
        "Secretaría del Convenio de Basilea", "Convenio de Basilea",
        "Secretariado da Convenção de Basileia", "SBC",
    )),
    "rotterdam": ("brs", (
        "Secretariat of the Rotterdam Convention", "Rotterdam Convention Secretariat",
        "Rotterdam Convention", "Secrétariat de la Convention de Rotterdam",
        "Convention de Rotterdam", "Secretaría del Convenio de Rotterdam",
        "Convenio de Rotterdam", "Secretariado da Convenção de Roterdão",
    )),
    "stockholm": ("brs", (
        "Secretariat of the Stockholm Convention", "Stockholm Convention Secretariat",
        "Stockholm Convention", "Secrétariat de la Convention de Stockholm",
        "Convention de Stockholm", "Secretaría del Convenio de Estocolmo",
        "Convenio de Estocolmo", "Secretariado da Convenção de Estocolmo",
    )),
    "minamata": (None, (
        "Secretariat of the Minamata Convention on Mercury", "Minamata Convention Secretariat",
        "Minamata Convention on Mercury", "Secrétariat de la Convention de Minamata sur le"
        " mercure", "Convention de Minamata sur le mercure", "Secretaría del Convenio de"
        " Minamata sobre el Mercurio", "Convenio de Minamata sobre el Mercurio",
        "Secretariado da Convenção de Minamata sobre Mercúrio",
    )),
    "ozone": (None, (
        "Ozone Secretariat", "Secrétariat de l'ozone", "Secretaría del Ozono",
        "Secretariado do Ozônio",
    )),
    "cites": (None, (
        "CITES Secretariat", "Secretariat of the Convention on International Trade in"
        " Endangered Species of Wild Fauna and Flora", "Secrétariat de la CITES",
        "Secretaría de la CITES", "Secretariado da CITES", "CITES",
    )),
    "cms": (None, (
        "Secretariat of the Convention on the Conservation of Migratory Species of Wild"
        " Animals", "CMS Secretariat", "UNEP/CMS Secretariat", "Secrétariat de la Convention"
        " sur la conservation des espèces migratrices appartenant à la faune sauvage",
        "Secrétariat de la CMS", "Secretaría de la Convención sobre la Conservación de las"
        " Especies Migratorias de Animales Silvestres", "Secretaría de la CMS", "CMS",
    )),
    "ramsar": (None, (
        "Ramsar Convention Secretariat", "Secretariat of the Convention on Wetlands",
        "Convention on Wetlands", "Secrétariat de la Convention de Ramsar",
        "Secrétariat de la Convention sur les zones humides", "Secretaría de la Convención de"
        " Ramsar", "Secretaría de la Convención sobre los Humedales",
        "Secretariado da Convenção de Ramsar", "Ramsar Secretariat",
    )),
    "unfccc": (None, (
        "United Nations Framework Convention on Climate Change", "UNFCCC Secretariat",
        "Convention-cadre des Nations Unies sur les changements climatiques",
        "Convención Marco de las Naciones Unidas sobre el Cambio Climático",
        "Convenção-Quadro das Nações Unidas sobre Mudança do Clima",
        "اتفاقية الأمم المتحدة الإطارية بشأن تغير المناخ", "UNFCCC", "CCNUCC", "CMNUCC",
    )),
    "unccd": (None, (
        "United Nations Convention to Combat Desertification", "UNCCD Secretariat",
        "Convention des Nations Unies sur la lutte contre la désertification",
        "Convención de las Naciones Unidas de Lucha contra la Desertificación",
        "Convenção das Nações Unidas de Combate à Desertificação",
        "اتفاقية الأمم المتحدة لمكافحة التصحر", "UNCCD", "CNULCD", "CNULD",
    )),
    "itpgrfa": (None, (
        "International Treaty on Plant Genetic Resources for Food and Agriculture",
        "Traité international sur les ressources phytogénétiques pour l'alimentation et"
        " l'agriculture", "Tratado Internacional sobre los Recursos Fitogenéticos para la"
        " Alimentación y la Agricultura", "ITPGRFA", "TIRPAA",
    )),
    "saicm": (None, (
        "Strategic Approach to International Chemicals Management", "Approche stratégique de"
        " la gestion internationale des produits chimiques", "Enfoque Estratégico para la"
        " Gestión de los Productos Químicos a Nivel Internacional", "SAICM",
    )),
    "iwc": (None, (
        "International Whaling Commission", "Commission baleinière internationale",
        "Comisión Ballenera Internacional", "IWC", "CBI",
    )),
    # funds, banks and other intergovernmental bodies
    "gef": (None, (
        "Global Environment Facility", "Fonds pour l'environnement mondial",
        "Fondo para el Medio Ambiente Mundial", "Fundo Global para o Meio Ambiente",
        "Fundo para o Ambiente Global", "مرفق البيئة العالمية", "GEF", "FEM", "FMAM",
    )),
    "gcf": (None, (
        "Green Climate Fund", "Fonds vert pour le climat", "Fondo Verde para el Clima",
        "Fundo Verde para o Clima", "الصندوق الأخضر للمناخ", "GCF", "FVC",
    )),
    "mlf": (None, (
        "Multilateral Fund for the Implementation of the Montreal Protocol",
        "Fonds multilatéral aux fins d'application du Protocole de Montréal",
        "Fondo Multilateral para la Aplicación del Protocolo de Montreal", "MLF",
    )),
    "adaptation-fund": (None, (
        "Adaptation Fund", "Fonds pour l'adaptation", "Fondo de Adaptación",
        "Fundo de Adaptação",
    )),
    "worldbank": (None, (
        "World Bank", "World Bank Group", "Banque mondiale", "Groupe de la Banque mondiale",
        "Banco Mundial", "Grupo Banco Mundial", "البنك الدولي",
        "International Bank for Reconstruction and Development", "IBRD", "BIRD", "BIRF",
    )),
    "afdb": (None, (
        "African Development Bank", "Banque africaine de développement",
        "Banco Africano de Desarrollo", "Banco Africano de Desenvolvimento",
        "البنك الأفريقي للتنمية", "AfDB", "BAD", "BAfD",
    )),
    "adb": (None, (
        "Asian Development Bank", "Banque asiatique de développement",
        "Banco Asiático de Desarrollo", "ADB", "BAsD",
    )),
    "iadb": (None, (
        "Inter-American Development Bank", "Banque interaméricaine de développement",
        "Banco Interamericano de Desarrollo", "Banco Interamericano de Desenvolvimento",
        "IDB", "IADB", "BID",
    )),
    "iucn": (None, (
        "International Union for Conservation of Nature",
        "Union internationale pour la conservation de la nature",
        "Unión Internacional para la Conservación de la Naturaleza",
        "União Internacional para a Conservação da Natureza",
        "الاتحاد الدولي لحفظ الطبيعة", "IUCN", "UICN",
    )),
    "oecd": (None, (
        "Organisation for Economic Co-operation and Development",
        "Organization for Economic Cooperation and Development",
        "Organisation de coopération et de développement économiques",
        "Organización para la Cooperación y el Desarrollo Económicos",
        "Organização para a Cooperação e Desenvolvimento Económico",
        "منظمة التعاون الاقتصادي والتنمية", "OECD", "OCDE",
    )),
    "wto": (None, (
        "World Trade Organization", "Organisation mondiale du commerce",
        "Organización Mundial del Comercio", "Organização Mundial do Comércio",
        "منظمة التجارة العالمية", "WTO", "OMC",
    )),
    "cgiar": (None, ("CGIAR", "Consultative Group on International Agricultural Research")),
    # regional bodies
    "eu": (None, (
        "European Union", "Union européenne", "Unión Europea", "União Europeia",
        "الاتحاد الأوروبي", "EU", "UE",
    )),
    "ec": ("eu", (
        "European Commission", "Commission européenne", "Comisión Europea", "Comissão Europeia",
        "المفوضية الأوروبية",
    )),
    "au": (None, (
        "African Union", "Union africaine", "Unión Africana", "União Africana",
        "الاتحاد الأفريقي", "AU", "UA",
    )),
    "auc": ("au", (
        "African Union Commission", "Commission de l'Union africaine",
        "Comisión de la Unión Africana", "Comissão da União Africana", "AUC", "CUA",
    )),
    "auda-nepad": ("au", (
        "African Union Development Agency", "Agence de développement de l'Union africaine",
        "AUDA-NEPAD", "NEPAD", "New Partnership for Africa's Development",
        "Nouveau partenariat pour le développement de l'Afrique",
    )),
    "ecowas": (None, (
        "Economic Community of West African States",
        "Communauté économique des États de l'Afrique de l'Ouest",
        "Comunidad Económica de los Estados de África Occidental",
        "Comunidade Económica dos Estados da África Ocidental", "ECOWAS", "CEDEAO",
    )),
    "uemoa": (None, (
        "West African Economic and Monetary Union",
        "Union économique et monétaire ouest-africaine", "WAEMU", "UEMOA",
    )),
    "eccas": (None, (
        "Economic Community of Central African States",
        "Communauté économique des États de l'Afrique centrale",
        "Comunidade Económica dos Estados da África Central", "ECCAS", "CEEAC",
    )),
    "sadc": (None, (
        "Southern African Development Community",
        "Communauté de développement de l'Afrique australe",
        "Comunidad de Desarrollo de África Austral",
        "Comunidade de Desenvolvimento da África Austral", "SADC", "CDAA",
    )),
    "eac": (None, ("East African Community", "Communauté d'Afrique de l'Est", "EAC", "CAE")),
    "igad": (None, (
        "Intergovernmental Authority on Development",
        "Autorité intergouvernementale pour le développement", "IGAD",
    )),
    "comesa": (None, (
        "Common Market for Eastern and Southern Africa",
        "Marché commun de l'Afrique orientale et australe", "COMESA",
    )),
    "cilss": (None, (
        "Permanent Interstate Committee for Drought Control in the Sahel",
        "Comité permanent inter-États de lutte contre la sécheresse dans le Sahel", "CILSS",
    )),
    "comifac": (None, (
        "Central African Forests Commission", "Commission des forêts d'Afrique centrale",
        "COMIFAC",
    )),
    "lcbc": (None, (
        "Lake Chad Basin Commission", "Commission du bassin du lac Tchad",
        "Comisión de la Cuenca del Lago Chad", "LCBC", "CBLT",
    )),
    "nba": (None, ("Niger Basin Authority", "Autorité du bassin du Niger", "NBA", "ABN")),
    "omvs": (None, (
        "Senegal River Basin Development Organization",
        "Organisation pour la mise en valeur du fleuve Sénégal", "OMVS",
    )),
    "omvg": (None, (
        "Gambia River Basin Development Organization",
        "Organisation pour la mise en valeur du fleuve Gambie", "OMVG",
    )),
    "nbi": (None, ("Nile Basin Initiative", "Initiative du bassin du Nil", "NBI", "IBN")),
    "lvbc": (None, ("Lake Victoria Basin Commission", "LVBC")),
    "zambezi": (None, ("Zambezi Watercourse Commission", "ZAMCOM")),
    "asean": (None, (
        "Association of Southeast Asian Nations", "Association of South-East Asian Nations",
        "Association des nations de l'Asie du Sud-Est",
        "Asociación de Naciones del Sudeste Asiático", "ASEAN", "ANASE",
    )),
    "acb": ("asean", ("ASEAN Centre for Biodiversity", "ACB")),
    "saarc": (None, ("South Asian Association for Regional Cooperation", "SAARC")),
    "sacep": (None, ("South Asia Co-operative Environment Programme", "SACEP")),
    "sprep": (None, (
        "Secretariat of the Pacific Regional Environment Programme",
        "Pacific Regional Environment Programme",
        "Programme régional océanien de l'environnement",
        "Secrétariat du Programme régional océanien de l'environnement", "SPREP", "PROE",
    )),
    "spc": (None, (
        "Pacific Community", "Secretariat of the Pacific Community", "Communauté du Pacifique",
        "SPC", "CPS",
    )),
    "pif": (None, ("Pacific Islands Forum Secretariat", "Pacific Islands Forum", "PIFS")),
    "caricom": (None, (
        "Caribbean Community", "CARICOM Secretariat", "Communauté caribéenne",
        "Comunidad del Caribe", "CARICOM",
    )),
    "ccccc": ("caricom", ("Caribbean Community Climate Change Centre", "CCCCC", "5Cs")),
    "oecs": (None, ("Organisation of Eastern Caribbean States", "OECS", "OECO")),
    "oas": (None, (
        "Organization of American States", "Organisation des États américains",
        "Organización de los Estados Americanos", "Organização dos Estados Americanos",
        "OAS", "OEA",
    )),
    "sica": (None, (
        "Central American Integration System", "Sistema de la Integración Centroamericana",
        "SICA",
    )),
    "ccad": ("sica", (
        "Central American Commission for Environment and Development",
        "Comisión Centroamericana de Ambiente y Desarrollo", "CCAD",
    )),
    "can": (None, ("Andean Community", "Comunidad Andina", "Comunidade Andina")),
    "otca": (None, (
        "Amazon Cooperation Treaty Organization",
        "Organización del Tratado de Cooperación Amazónica",
        "Organização do Tratado de Cooperação Amazônica", "ACTO", "OTCA",
    )),
    "mercosur": (None, ("Southern Common Market", "Mercado Común del Sur", "Mercosur", "Mercosul")),
    "cplp": (None, (
        "Community of Portuguese Language Countries",
        "Comunidade dos Países de Língua Portuguesa", "CPLP",
    )),
    "las": (None, (
        "League of Arab States", "Ligue des États arabes", "Liga de los Estados Árabes",
        "جامعة الدول العربية",
    )),
    "oif": (None, (
        "International Organisation of La Francophonie",
        "Organisation internationale de la Francophonie", "OIF",
    )),
    "commonwealth": (None, ("Commonwealth Secretariat", "Secrétariat du Commonwealth")),
}  # fmt: skip
"""Canonical id -> (the id of the organisation it is part of, or None; its names and
acronyms). Data: see the module docstring for where the names come from."""

_FUNCTION_WORDS = frozenset([
    "the", "of", "for", "and", "on", "to", "in", "de", "du", "des", "la", "le", "les", "l", "d",
    "et", "pour", "sur", "el", "los", "las", "del", "y", "para", "en", "a", "o", "os", "as",
    "da", "do", "das", "dos", "e", "no", "na", "nos", "nas", "ao", "aos",
])  # fmt: skip
"""Words left out of a name before it is looked up ("Secretariat of the ..." and
"Secretariat ..."; "para el", "pour l'")."""


_COMMON_WORDS = frozenset([
    "bad", "bid", "can", "cae", "cea", "cbi", "cps", "eca", "fem", "las", "nba", "spc", "acb",
    "ibn",
])  # fmt: skip
"""Acronyms of the table that are also words or other bodies' acronyms: matched only as a
whole name, never as the first word of a longer one."""


def _key(name: str) -> str:
    return " ".join(
        w
        for w in fold(name.replace("&", " and ")).replace("-", " ").split()
        if w not in _FUNCTION_WORDS
    )


def _index() -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    for oid, (_, labels) in ORGANISATIONS.items():
        for label in labels:
            key = _key(label)
            names.setdefault(key, oid)
            if " " not in key and sum(c.isupper() for c in label) >= 2 and len(key) >= 3:
                acronyms.setdefault(key, oid)
    for word in _COMMON_WORDS:
        acronyms.pop(word, None)
    return names, acronyms


_NAMES, _ACRONYMS = _index()


@lru_cache(maxsize=1 << 14)
def resolve(creator: str) -> str | None:
    """The id of the organisation a creator's name (in any of its languages, or its acronym)
    names, or None when it is not in :data:`ORGANISATIONS`.

    A name is matched whole, after folding and without function words; a name that starts
    with an organisation's acronym and goes on ("FAO Commission on Genetic Resources for Food
    and Agriculture", "UNEP/CMS") names a part of that organisation and resolves to it.

    Example::

        resolve("PNUE")                                                   # 'unep'
        resolve("Programa de las Naciones Unidas para el Medio Ambiente")  # 'unep'
        resolve("Secrétariat de la Convention de Rotterdam")              # 'rotterdam'
        resolve("Direction des Parcs nationaux")                          # None
    """
    key = _key(creator)
    if not key:
        return None
    got = _NAMES.get(key)
    if got is not None:
        return got
    first = key.replace("/", " ").split()[0]
    return _ACRONYMS.get(first) if first != key else None


def lineage(oid: str) -> tuple[str, ...]:
    """An organisation's id and the ids of the organisations it is part of, nearest first."""
    out = [oid]
    parent = ORGANISATIONS[oid][0]
    while parent is not None and parent not in out:
        out.append(parent)
        parent = ORGANISATIONS[parent][0]
    return tuple(out)


def same_organisation(a: str, b: str) -> bool:
    """Whether two ids are one organisation, or one is a part of the other (the Rotterdam
    Convention's secretariat and the joint BRS secretariat; not two programmes of the United
    Nations, which are parts of one parent but not of each other)."""
    return a == b or a in lineage(b) or b in lineage(a)


def spells(acronym: str, name: str, min_words: int = 3) -> bool:
    """Whether ``acronym`` (one word, as written) spells the initials of every word of
    ``name`` other than function words, in order (function words may give their letter or
    not; the last word may give up to four letters: "CTNBio" / "Comissão Técnica Nacional de
    Biossegurança", "Defra" / "Department for Environment, Food & Rural Affairs", "DPN" /
    "Direction des Parcs nationaux"); an acronym of :data:`SYLLABIC_ACRONYM` letters or more
    may take up to three letters of every word ("SEMARNAT"). Names of fewer than
    ``min_words`` words (other than function words) are not spelt."""
    acr = fold(acronym).replace("-", "")
    words = fold(name.replace("&", " and ")).replace("-", " ").split()
    if (
        len(acr) < 3
        or not acr.isalpha()
        or len([w for w in words if w not in _FUNCTION_WORDS]) < min_words
    ):
        return False
    if _spell(acr, 0, words, 0):
        return True
    # a syllabic acronym ("SEMARNAT" / "Secretaría de Medio Ambiente y Recursos Naturales"):
    # every word of substance gives one to three letters, in order; long acronyms only
    return len(acr) >= SYLLABIC_ACRONYM and _spell(acr, 0, words, 0, 3)


SYLLABIC_ACRONYM = 6
"""The fewest letters of an acronym read as syllables of its name's words (shorter ones
would spell too many names)."""


def _spell(acr: str, pos: int, words: list[str], j: int, most: int = 1) -> bool:
    if j == len(words):
        return pos == len(acr)
    word = words[j]
    stop = word in _FUNCTION_WORDS
    if pos == len(acr):
        return all(w in _FUNCTION_WORDS for w in words[j:])
    last = all(w in _FUNCTION_WORDS for w in words[j + 1 :])
    for n in range(min(4 if last else most, len(word)), 0, -1):
        if acr.startswith(word[:n], pos) and _spell(acr, pos + n, words, j + 1, most):
            return True
    return stop and _spell(acr, pos, words, j + 1, most)
