"""Names for the demo portfolio: countries and regions, company and person names by locale.

The product's source articles come from Japanese, Chinese and Polish markets, so those
locales write names in their own script (株式会社さくら精機, 北京华信科技有限公司, Zakład
Mechaniczny Łódź sp. z o.o.); every locale also carries an ASCII form for domains and
e-mail addresses. Sector words are aligned with ``INDUSTRIES`` by position.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import permutations

INDUSTRIES = (
    "Manufacturing",
    "Logistics",
    "Healthcare",
    "Financial services",
    "Software",
    "Energy",
    "Retail",
    "Food & beverage",
    "Chemicals",
    "Telecommunications",
)
INDUSTRY_WEIGHTS = (0.22, 0.12, 0.10, 0.10, 0.12, 0.07, 0.08, 0.07, 0.07, 0.05)


@dataclass(frozen=True)
class Country:
    name: str
    region: str
    locale: str
    tld: str
    suffixes: tuple[str, ...]
    utc_offset_h: float  # office hours are local; the workspace stores UTC wall time
    weight: float


COUNTRIES: tuple[Country, ...] = (
    Country("Japan", "APAC", "ja", "co.jp", ("",), 9, 0.08),
    Country("China", "APAC", "zh", "cn", ("",), 8, 0.07),
    Country("Poland", "EMEA", "pl", "pl", ("sp. z o.o.", "S.A.", "sp. j."), 1, 0.08),
    Country("United Kingdom", "EMEA", "en", "co.uk", ("Ltd", "plc", "Group Ltd"), 0, 0.09),
    Country("Germany", "EMEA", "de", "de", ("GmbH", "AG", "GmbH & Co. KG"), 1, 0.09),
    Country("France", "EMEA", "fr", "fr", ("SAS", "SA"), 1, 0.05),
    Country("Netherlands", "EMEA", "en", "nl", ("B.V.", "N.V."), 1, 0.03),
    Country("Spain", "EMEA", "es", "es", ("S.A.", "S.L."), 1, 0.03),
    Country("United States", "North America", "en", "com", ("Inc.", "LLC", "Corp."), -5, 0.24),
    Country("Canada", "North America", "en", "ca", ("Inc.", "Ltd"), -5, 0.05),
    Country("Australia", "APAC", "en", "com.au", ("Pty Ltd",), 10, 0.03),
    Country("Singapore", "APAC", "en", "sg", ("Pte Ltd",), 8, 0.02),
    Country("India", "APAC", "en", "in", ("Pvt Ltd", "Ltd"), 5.5, 0.02),
    Country("Brazil", "LATAM", "pt", "com.br", ("Ltda.", "S.A."), -3, 0.05),
    Country("Mexico", "LATAM", "es", "com.mx", ("S.A. de C.V.",), -6, 0.04),
    Country("Chile", "LATAM", "es", "cl", ("SpA", "S.A."), -4, 0.02),
    Country("Argentina", "LATAM", "es", "com.ar", ("S.A.", "S.R.L."), -3, 0.01),
)

# Account managers and the regions they cover (territories, as a CRM would assign them).
OWNERS: dict[str, tuple[str, ...]] = {
    "EMEA": ("Anna Nowak", "Sophie Martin", "Tom Becker"),
    "North America": ("James Carter", "Emily Rivera"),
    "APAC": ("Yuki Tanaka", "Li Wei"),
    "LATAM": ("María González",),
}

# --- company names ------------------------------------------------------------------------
# Latin-script locales: (stem) + (sector word) + legal suffix; ASCII comes from TRANSLIT.
EN_PREFIXES = (
    "Blue", "Iron", "North", "Silver", "Red", "Clear", "Oak", "Bright", "Stone", "High",
    "Lake", "West", "Pine", "Copper", "Ever", "Summit", "Harbor", "Falcon", "Cedar", "Golden",
    "Maple", "River", "Sky", "Wind",
)
EN_ROOTS = (
    "peak", "bridge", "wind", "line", "wood", "water", "ridge", "field", "gate", "mark",
    "crest", "stone", "view", "point", "vale", "haven", "light", "brook", "forge", "port",
)
LATIN_STEMS: dict[str, tuple[str, ...]] = {
    "de": ("Rheinwerk", "Alpenland", "Nordstern", "Elbtal", "Schwarzwald", "Hansa", "Isartal",
           "Bodensee", "Weserland", "Harzer"),
    "fr": ("Rivière", "Belvédère", "Lumière", "Aquitaine", "Provence", "Armor", "Val de Loire",
           "Mont Blanc"),
    "es": ("del Sol", "Andina", "Pacífico", "Sierra Norte", "Río Claro", "Cordillera",
           "Mediterránea", "Austral"),
    "pt": ("Atlântico", "Ipê", "Serra Azul", "Paraná", "Aurora", "Cerrado", "Guanabara"),
    # Polish names carry a city as their distinguishing word.
    "pl": ("Łódź", "Kraków", "Gdańsk", "Wrocław", "Poznań", "Białystok", "Rzeszów", "Toruń",
           "Bydgoszcz", "Częstochowa", "Zielona Góra", "Szczecin", "Lublin", "Opole"),
}
SECTORS: dict[str, tuple[str, ...]] = {
    "en": ("Manufacturing", "Logistics", "Health", "Capital", "Software", "Energy", "Retail",
           "Foods", "Chemicals", "Telecom"),
    "de": ("Maschinenbau", "Logistik", "Medizintechnik", "Finanz", "Software", "Energie",
           "Handel", "Lebensmittel", "Chemie", "Telekom"),
    "fr": ("Industries", "Logistique", "Santé", "Finance", "Informatique", "Énergie",
           "Distribution", "Alimentaire", "Chimie", "Télécom"),
    "es": ("Industrias", "Logística", "Salud", "Servicios Financieros", "Tecnología", "Energía",
           "Comercial", "Alimentos", "Química", "Telecomunicaciones"),
    "pt": ("Indústrias", "Logística", "Saúde", "Finanças", "Tecnologia", "Energia", "Varejo",
           "Alimentos", "Química", "Telecom"),
    "pl": ("Zakład Mechaniczny", "Przedsiębiorstwo Logistyczne", "Centrum Medyczne",
           "Biuro Rachunkowe", "Studio Programistyczne", "Energetyka", "Hurtownia",
           "Zakłady Mięsne", "Zakłady Chemiczne", "Telekomunikacja"),
}
# The order in which a locale writes its company name: stem first or sector first.
SECTOR_FIRST = {"es", "pt", "pl"}

# Two accounts of one market that drew the same name are told apart by a word of the kind
# companies really add (never a "(2)"); more repeats combine two, three... of them.
QUALIFIERS: dict[str, tuple[str, ...]] = {
    "en": ("Group", "Holdings", "Partners", "International", "Solutions", "Works", "Global",
           "Systems", "Services", "Labs"),
    "de": ("Gruppe", "Holding", "International", "Partner", "Werke", "Systeme", "Service",
           "Technik"),
    "fr": ("Groupe", "International", "Partenaires", "Services", "Solutions", "Systèmes",
           "Technologies"),
    "es": ("Grupo", "Internacional", "Socios", "Servicios", "Soluciones", "Sistemas",
           "Tecnologías"),
    "pt": ("Grupo", "Internacional", "Parceiros", "Serviços", "Soluções", "Sistemas",
           "Tecnologias"),
    "pl": ("Grupa", "Holding", "Serwis", "Systemy", "Partnerzy", "Technika", "Invest"),
    "ja": ("ホールディングス", "グループ", "インターナショナル", "テクノロジー", "サービス",
           "システム"),
    "zh": ("集团", "控股", "国际", "实业", "发展", "技术", "投资"),
}


def qualifier(locale: str, k: int) -> str:
    """The words that set the ``k``-th repeat (k >= 1) of a name apart, in its language:
    one word, then two different ones ("Holdings Partners"), then three."""
    words = QUALIFIERS.get(locale, QUALIFIERS["en"])
    joiner = "" if locale in ("ja", "zh") else " "
    index = k - 1
    for size in range(1, len(words) + 1):
        for combo in permutations(words, size):
            if index == 0:
                return joiner.join(combo)
            index -= 1
    raise ValueError(f"more than every combination of qualifiers for {locale!r}")


# Japanese and Chinese: (script, romanisation) pairs.
JA_STEMS = (
    ("さくら", "sakura"), ("ひかり", "hikari"), ("東洋", "toyo"), ("大和", "yamato"),
    ("富士", "fuji"), ("青葉", "aoba"), ("みらい", "mirai"), ("日之出", "hinode"),
    ("北斗", "hokuto"), ("瀬戸内", "setouchi"), ("若葉", "wakaba"), ("昭和", "showa"),
)
JA_SECTORS = (
    ("精機", "seiki"), ("物流", "butsuryu"), ("メディカル", "medical"), ("ファイナンス", "finance"),
    ("システムズ", "systems"), ("エネルギー", "energy"), ("商事", "shoji"), ("食品", "foods"),
    ("化学", "kagaku"), ("通信", "tsushin"),
)
ZH_CITIES = (
    ("北京", "beijing"), ("上海", "shanghai"), ("深圳", "shenzhen"), ("广州", "guangzhou"),
    ("杭州", "hangzhou"), ("成都", "chengdu"), ("苏州", "suzhou"), ("武汉", "wuhan"),
)
ZH_STEMS = (
    ("华信", "huaxin"), ("东方", "dongfang"), ("恒达", "hengda"), ("中科", "zhongke"),
    ("新世纪", "xinshiji"), ("鼎盛", "dingsheng"), ("长城", "changcheng"), ("天成", "tiancheng"),
    ("瑞丰", "ruifeng"), ("嘉禾", "jiahe"),
)
ZH_SECTORS = (
    ("机械制造", "machinery"), ("物流", "logistics"), ("医疗", "medical"), ("金融服务", "finance"),
    ("科技", "tech"), ("能源", "energy"), ("商贸", "trading"), ("食品", "foods"),
    ("化工", "chem"), ("通信", "telecom"),
)

# --- person names ---------------------------------------------------------------------------
# Per locale: female given, male given, female family, male family (gendered in Polish).
PEOPLE: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Emily", "Sarah", "Laura", "Olivia", "Hannah", "Priya", "Chloe", "Grace", "Megan"),
        ("James", "Michael", "David", "Daniel", "Robert", "Arjun", "Liam", "Ethan", "Noah"),
        ("Smith", "Johnson", "Brown", "Taylor", "Wilson", "Clarke", "Patel", "Murphy",
         "Walker", "Hughes", "Nguyen", "Singh", "O'Brien", "Evans"),
        (),
    ),
    "de": (
        ("Anna", "Lea", "Sophie", "Marie", "Katharina", "Jana"),
        ("Lukas", "Jonas", "Felix", "Maximilian", "Jörg", "Stefan"),
        ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Wagner", "Hoffmann"),
        (),
    ),
    "fr": (
        ("Camille", "Chloé", "Léa", "Manon", "Hélène", "Élodie"),
        ("Louis", "Hugo", "Lucas", "Julien", "François", "Théo"),
        ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Lefèvre"),
        (),
    ),
    "es": (
        ("María", "Lucía", "Sofía", "Valentina", "Carmen", "Ana"),
        ("José", "Carlos", "Javier", "Diego", "Andrés", "Mateo"),
        ("García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez"),
        (),
    ),
    "pt": (
        ("Ana", "Mariana", "Beatriz", "Camila", "Luíza", "Fernanda"),
        ("João", "Pedro", "Lucas", "Gabriel", "Rafael", "Thiago"),
        ("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Almeida", "Ferreira"),
        (),
    ),
    "pl": (
        ("Agnieszka", "Katarzyna", "Małgorzata", "Anna", "Joanna", "Zofia", "Ewa", "Magdalena"),
        ("Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Łukasz", "Grzegorz", "Wojciech"),
        ("Kowalska", "Wiśniewska", "Lewandowska", "Zielińska", "Szymańska", "Dąbrowska",
         "Kozłowska", "Nowak", "Wójcik", "Mazur", "Krawczyk"),
        ("Kowalski", "Wiśniewski", "Lewandowski", "Zieliński", "Szymański", "Dąbrowski",
         "Kozłowski", "Nowak", "Wójcik", "Mazur", "Krawczyk"),
    ),
}
JA_FAMILY = (
    ("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"),
    ("伊藤", "ito"), ("渡辺", "watanabe"), ("山本", "yamamoto"), ("中村", "nakamura"),
    ("小林", "kobayashi"), ("加藤", "kato"),
)
JA_GIVEN = (
    ("健太", "kenta"), ("翔太", "shota"), ("美咲", "misaki"), ("陽子", "yoko"),
    ("大輔", "daisuke"), ("由美", "yumi"), ("拓也", "takuya"), ("彩", "aya"), ("直樹", "naoki"),
)
ZH_FAMILY = (
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
    ("杨", "yang"), ("赵", "zhao"), ("黄", "huang"), ("周", "zhou"),
)
ZH_GIVEN = (
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("强", "qiang"),
    ("磊", "lei"), ("洋", "yang"), ("晓明", "xiaoming"), ("海燕", "haiyan"), ("建华", "jianhua"),
)

# ASCII forms of the Latin letters above, for domains and e-mail addresses.
TRANSLIT = str.maketrans(
    {
        "ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z",
        "ż": "z", "Ą": "A", "Ć": "C", "Ę": "E", "Ł": "L", "Ń": "N", "Ó": "O", "Ś": "S",
        "Ź": "Z", "Ż": "Z", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e",
        "ê": "e", "É": "E", "à": "a", "â": "a", "ç": "c", "î": "i", "ô": "o", "û": "u",
        "á": "a", "í": "i", "ú": "u", "ñ": "n", "ã": "a", "õ": "o", "'": "",
    }
)
# Company names to domain labels: the letters above, plus no spaces, dots or ampersands.
SLUG = {**TRANSLIT, ord(" "): "-", ord("&"): "and", ord("."): None}
