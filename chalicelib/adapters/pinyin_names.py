"""Chinese company names as a bank's Latin letters write them, with pypinyin (a maintained dictionary of readings).

Why: a Chinese customer on our books as 中山市瑞丰食品有限公司 pays by telegraphic transfer as "ZHONGSHAN RUIFENG
FOOD CO LTD", and a customer on our books in English pays from a mainland account that shows its Chinese name.
Banks write the place and the trade name in pinyin, one word each, and translate the trade ("食品" is FOOD); the
city suffix (市) and the legal form are left out. The domain compares the result like any other name.
"""

from __future__ import annotations

import re
import unicodedata

from pypinyin import lazy_pinyin

from chalicelib.domain.cashapp.names import cjk_core

# Words of a trade that banks and companies translate rather than spell, simplified and traditional.
_TRADES = {
    "电子": "electronics",
    "電子": "electronics",
    "光电": "optoelectronics",
    "光電": "optoelectronics",
    "科技": "technology",
    "技术": "technology",
    "技術": "technology",
    "精密": "precision",
    "食品": "food",
    "饮料": "beverage",
    "飲料": "beverage",
    "包装": "packaging",
    "包裝": "packaging",
    "纸业": "paper",
    "紙業": "paper",
    "纸品": "paper products",
    "紙品": "paper products",
    "印刷": "printing",
    "贸易": "trading",
    "貿易": "trading",
    "商行": "trading",
    "实业": "industrial",
    "實業": "industrial",
    "工业": "industrial",
    "工業": "industrial",
    "塑胶": "plastic",
    "塑膠": "plastic",
    "塑料": "plastics",
    "五金": "hardware",
    "机械": "machinery",
    "機械": "machinery",
    "化工": "chemical",
    "超级市场": "supermarket",
    "超級市場": "supermarket",
    "供应链": "supply chain",
    "供應鏈": "supply chain",
    "管理": "management",
    "集团": "group",
    "集團": "group",
    "国际": "international",
    "國際": "international",
    "发展": "development",
    "發展": "development",
    "材料": "materials",
    "制品": "products",
    "製品": "products",
    "物流": "logistics",
    "控股": "holdings",
    "投资": "investment",
    "投資": "investment",
    "服务": "services",
    "服務": "services",
    "纺织": "textile",
    "紡織": "textile",
    "服装": "garment",
    "服裝": "garment",
    "家具": "furniture",
    "医药": "pharmaceutical",
    "醫藥": "pharmaceutical",
    "制造": "manufacturing",
    "製造": "manufacturing",
    "企业": "enterprise",
    "企業": "enterprise",
    "日用品": "daily necessities",
    "进出口": "import export",
    "進出口": "import export",
    "建材": "building materials",
    "陶瓷": "ceramics",
    "玩具": "toys",
    "礼品": "gifts",
    "禮品": "gifts",
    "文具": "stationery",
    "化妆品": "cosmetics",
    "化妝品": "cosmetics",
    "灯饰": "lighting",
    "燈飾": "lighting",
    "照明": "lighting",
    "医疗": "medical",
    "醫療": "medical",
    "设备": "equipment",
    "設備": "equipment",
    "仪器": "instruments",
    "儀器": "instruments",
    "通讯": "communication",
    "通訊": "communication",
    "软件": "software",
    "軟件": "software",
    "建筑": "construction",
    "建築": "construction",
    "工程": "engineering",
    "汽车": "auto",
    "汽車": "auto",
    "配件": "parts",
    "零件": "parts",
    "鞋业": "footwear",
    "鞋業": "footwear",
    "农业": "agriculture",
    "農業": "agriculture",
    "环保": "environmental",
    "環保": "environmental",
    "能源": "energy",
}
_LONGEST = max(map(len, _TRADES))
# A place's administrative suffix after its name: 中山市 is Zhongshan.
_PLACE_SUFFIX = frozenset("市省县縣区區")
_HAN = re.compile(r"[\u3400-\u9fff]")


def pinyin_romanize(name: str) -> str:
    """The name as "zhongshan ruifeng food", or "" when it has no Chinese characters."""
    core = cjk_core(unicodedata.normalize("NFKC", name))
    if not _HAN.search(core):
        return ""
    words: list[str] = []
    run: list[str] = []

    def flush() -> None:
        # Two characters make a word (a place, a trade name); three stay one ("汇丰源"); longer runs are a place
        # then a name ("深圳华兴": shenzhen huaxing), an odd character staying with the last pair.
        syllables = lazy_pinyin("".join(run))
        if len(syllables) <= 3:
            groups = [syllables] if syllables else []
        else:
            groups = [syllables[k : k + 2] for k in range(0, len(syllables) - len(syllables) % 2, 2)]
            if len(syllables) % 2:
                groups[-1].append(syllables[-1])
        words.extend("".join(g) for g in groups)
        run.clear()

    k = 0
    while k < len(core):
        trade = next(
            (core[k : k + n] for n in range(_LONGEST, 1, -1) if core[k : k + n] in _TRADES),
            None,
        )
        if trade is not None:
            flush()
            words.append(_TRADES[trade])
            k += len(trade)
        elif core[k] in _PLACE_SUFFIX and len(run) >= 2 and not words:
            flush()
            k += 1
        else:
            if _HAN.match(core[k]):
                run.append(core[k])
            k += 1
    flush()
    return " ".join(words)
