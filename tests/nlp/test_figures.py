"""The figure extractor on real text: the seed page, its gold figures and People's Daily 1998-01."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from kg.nlp.candidates import candidates
from kg.nlp.figures import COMPONENT, chinese_value, find_figures
from kg.nlp.pipeline import blank_pipeline
from tests.helpers import SEED_PAGE

SEED = SEED_PAGE.read_text(encoding="utf-8")
GOLD = Path("/work/shared/gold/seed.json")

# peoples_daily_1998_pku/199801.txt, words joined without their tags
PD_MEDICAL = (
    "截至目前，先后派出１３批医疗队，走遍全市旗县的７６个乡镇、苏木及两个矿区，"
    "行程长达１．５万公里，投入５０多万元，义诊病人１．２万人次。"
)  # 19980122-05-010-003
PD_CHINESE = (
    "据不完全统计，一年来，共送去图书一点三亿多册，建起图书室五万多个，送戏下乡三百三十多万场，"
    "送电影下乡一千零二十多万场；送科技录像带近三十万盘，科技人员下乡一百四十多万人次"
)  # 19980107-01-003-003
PD_TRADE = (
    "全年进出口１６３６．６亿美元，增长１２．７％，占外贸总值的５０．４％。"  # 19980110-02-001-005
)
PD_DATES = (
    "１２月３１日，中共中央总书记、国家主席江泽民发表１９９８年新年讲话《迈向充满希望的新世纪》。"
    "（新华社记者兰红光摄）"
)  # 19980101-01-001-004
PD_IDIOM = "吕梁地区在两个文明建设的各项工作中，有机地融入计划生育工作，实施科教兴国战略和可持续发展战略。"  # 19980103-02-003-015
PD_TUNNEL = (
    "我国目前跨度最大（行车宽度１３·１米）、长１０８５米的单行线三车道隧道———八达岭隧道近日建成，"
    "标志着八达岭高速公路最终全线通车，从北京城区到八达岭长城仅需１个小时。（成海忠摄）"
)  # 19980115-02-008-002
PD_POINTS = (
    "小学、初中、高中分别达到９７％、９４％、７０％，"
    "分别比建省前提高１６、３３、１９个百分点。"
)  # 19980106-05-001-007
PD_PERCENT = "据统计，全市１２．７万名党员参加“双学”轮训，９０％的党员获得了“双学”知识合格证书"  # 19980119-03-008-003
PD_FINE = "处一万元以上十万元以下的罚款"  # 19980125-05-003-100
PD_VAGUE = "本报讯１月１２日，数十位首都记者兴致勃勃"  # 19980113-08-007-002: 数十 is no count


def figures(text: str) -> dict[str, tuple[float, str, str | None]]:
    return {f.text: (f.value, f.unit, f.hedge) for f in find_figures(text)}


def sentence(marker: str) -> str:
    """The seed page's sentence (between 。) that contains ``marker``."""
    at = SEED.index(marker)
    start = max(SEED.rfind("。", 0, at), SEED.rfind("\n", 0, at)) + 1
    return SEED[start : SEED.index("。", at) + 1]


@pytest.mark.parametrize(
    "written, value, unit, hedge",
    [
        ("10万元", 100_000, "元", None),
        ("61.74万元", 617_400, "元", None),
        ("近2000万元", 20_000_000, "元", "近"),
        ("1300余个", 1300, "个", "余"),
        ("6.9万余人次", 69_000, "人次", "余"),
        ("45%", 45, "%", None),
        ("0.415元", 0.415, "元", None),
        ("226万吨", 2_260_000, "吨", None),
        ("60周岁", 60, "周岁", "及以上"),
        ("1万元", 10_000, "元", "以上"),
    ],
)
def test_seed_figures_are_normalised(written, value, unit, hedge):
    assert figures(SEED)[written] == (value, unit, hedge)


def test_composite_counts_ranges_and_pairs_are_split():
    assert list(figures(sentence("4461户6736人"))) == [
        "4461户",
        "6736人",
        "337户",
        "338人",
        "1764人次",
    ]
    assert list(figures(sentence("从16周岁延长至18周岁"))) == ["16周岁", "18周岁"]
    assert list(figures(sentence("1300元和500元"))) == [
        "50元",
        "860元",
        "1600元",
        "1300元",
        "500元",
        "61.74万元",
    ]


def test_dates_ordinals_and_names_are_not_figures():
    texts = {f.text for f in find_figures(SEED)}
    for not_figure in (
        "1月4日",
        "2022年",
        "12月底",
        "9时",
        "10日",
        "第三位",
        "第二位",
        "第一版",
        "第二天",
        "一次",
        "四级",
        "十条",
        "三个",
        "两个",
        "8",
        "1",
    ):
        assert not any(t.endswith(not_figure) or t == not_figure for t in texts), not_figure
    assert find_figures(PD_DATES) == []
    assert find_figures(PD_IDIOM) == []
    assert find_figures(PD_VAGUE) == []
    assert find_figures("制定“一户一档”健康档案，构建“8+1”社会救助体系，评选出一二三等奖") == []


def test_metrics_come_from_the_words_around_the_figure():
    metric = {f.text: f.metric for f in find_figures(SEED)}
    assert metric["13个"] == "单位党组织书记"
    assert metric["4461户"] == metric["6736人"] == "低保对象"
    assert metric["61.74万元"] == "补发资金"
    assert metric["10万元"] == "抗疫爱心包价值"
    assert metric["14847名"] == "救助对象"
    assert metric["860元"] == "低保标准"
    assert metric["45%"] == "最强党支部占比"
    assert all(len(m) <= 10 and m.isalnum() for m in metric.values())


def test_full_width_digits_and_chinese_numerals():
    assert figures(PD_MEDICAL) == {
        "１３批": (13, "批", None),
        "７６个": (76, "个", None),
        "１．５万公里": (15_000, "公里", None),
        "５０多万元": (500_000, "元", "多"),
        "１．２万人次": (12_000, "人次", None),
    }
    assert figures(PD_CHINESE) == {
        "一点三亿多册": (130_000_000, "册", "多"),
        "五万多个": (50_000, "个", "多"),
        "三百三十多万场": (3_300_000, "场", "多"),
        "一千零二十多万场": (10_200_000, "场", "多"),
        "一百四十多万人次": (1_400_000, "人次", "多"),
    }
    assert figures(PD_TRADE) == {
        "１６３６．６亿美元": (163_660_000_000, "美元", None),
        "１２．７％": (12.7, "%", None),
        "５０．４％": (50.4, "%", None),
    }
    assert figures(PD_TUNNEL) == {
        "１３·１米": (13.1, "米", None),
        "１０８５米": (1085, "米", None),
        "１个小时": (1, "小时", None),
    }
    assert figures(PD_FINE) == {"一万元": (10_000, "元", "以上"), "十万元": (100_000, "元", "以下")}
    assert chinese_value("一九九八") is None
    assert chinese_value("三亿五千万") == 350_000_000


def test_numbers_listed_before_a_unit_share_it():
    assert figures(PD_POINTS) == {
        "９７％": (97, "%", None),
        "９４％": (94, "%", None),
        "７０％": (70, "%", None),
        "１６": (16, "百分点", None),
        "３３": (33, "百分点", None),
        "１９个百分点": (19, "百分点", None),
    }
    assert {f.text: f.metric for f in find_figures(PD_PERCENT)} == {
        "１２．７万名": "党员",
        "９０％": "党员",
    }


def test_offsets_point_at_the_text():
    for f in find_figures(SEED + PD_MEDICAL):
        assert (SEED + PD_MEDICAL)[f.start : f.end] == f.text


@pytest.mark.skipif(not GOLD.exists(), reason="gold annotations not in this checkout")
def test_seed_page_matches_the_gold_figures():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["articles"]
    expected = Counter(
        (f["text"], float(f["value"]), f["unit"])
        for article in gold
        for f in article["entities"]["Figure"]
    )
    found = Counter((f.text, f.value, f.unit) for f in find_figures(SEED))
    assert expected - found == Counter()
    # The one figure beyond the gold is the headline repeating its article's 近2000万元.
    assert found - expected == Counter({("近2000万元", 20_000_000.0, "元"): 1})


@pytest.fixture(scope="module")
def nlp():
    pipeline = blank_pipeline()
    pipeline.add_pipe(COMPONENT)
    return pipeline


def test_component_proposes_figure_candidates_at_exact_offsets(nlp):
    text = sentence("4461户6736人")
    doc = nlp(text)
    proposed = [c for c in candidates(doc) if c.label == "Figure"]
    assert [(c.start, c.end, c.figure.text) for c in proposed] == [
        (f.start, f.end, f.text) for f in find_figures(text)
    ]
    assert len(proposed) == 5
    assert all(text[c.start : c.end] == c.figure.text for c in proposed)
    assert not candidates(nlp("1月4日上午9时，记者来到市民服务中心。"))
