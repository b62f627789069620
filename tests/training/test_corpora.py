"""The corpus readers and harmonisation on real lines copied from the data files."""

from __future__ import annotations

from kg.training.convert import is_dev
from kg.training.corpora import read_cluener, read_msra, read_peoples_daily
from kg.training.harmonise import label_repeats, mark_missing

# cluener2020/train.json, lines 1 and 5
CLUENER_LINES = (
    '{"text": "浙商银行企业信贷部叶老桂博士则从另一个角度对五道门槛进行了解读。叶老桂认为，对目前国内商业银行而言，", '
    '"label": {"name": {"叶老桂": [[9, 11]]}, "company": {"浙商银行": [[0, 3]]}}}\n'
    '{"text": "布鲁京斯研究所桑顿中国中心研究部主任李成说，东亚的和平与安全，是美国的“核心利益”之一。", '
    '"label": {"address": {"美国": [[32, 33]]}, "organization": {"布鲁京斯研究所桑顿中国中心": [[0, 12]]}, '
    '"name": {"李成": [[18, 19]]}, "position": {"研究部主任": [[13, 17]]}}}\n'
)
# msra_ner/msra_train_bio, sentences 3 and a later one with PER and ORG
MSRA_LINES = (
    "".join(
        f"{c}\t{t}\n"
        for c, t in zip(
            "因有关日寇在京掠夺文物详情，藏界较为重视，也是我们收藏北京史料中的要件之一。",
            ["O"] * 3 + ["B-LOC", "O", "O", "B-LOC"] + ["O"] * 20 + ["B-LOC", "I-LOC"] + ["O"] * 8,
            strict=False,
        )
    )
    + "\n"
    + "".join(
        f"{c}\t{t}\n"
        for c, t in zip(
            "梁连起经过十年艰苦创业，创办了玉兰香大酒店，又创出了经营管理的牌子。",
            ["B-PER", "I-PER", "I-PER"] + ["O"] * 12 + ["B-ORG"] + ["I-ORG"] * 5 + ["O"] * 13,
            strict=False,
        )
    )
    + "\n"
)
# peoples_daily_1998_pku/199801.txt, paragraph 19980101-01-001-004
PD_LINE = (
    "19980101-01-001-004/m  １２月/t  ３１日/t  ，/w  中共中央/nt  总书记/n  、/w  国家/n  主席/n  "
    "江/nr  泽民/nr  发表/v  １９９８年/t  新年/t  讲话/n  《/w  迈向/v  充满/v  希望/n  的/u  "
    "新/a  世纪/n  》/w  。/w  （/w  新华社/nt  记者/n  兰/nr  红光/nr  摄/Vg  ）/w  \n"
    "19980101-01-001-006/m  通过/p  [中央/n  人民/n  广播/vn  电台/n]nt  ，/w  向/p  "
    "[香港/ns  特别/a  行政区/n]ns  同胞/n  、/w  澳门/ns  和/c  台湾/ns  同胞/n  ！/w  \n"
)


def entities(sentence):
    return [(sentence.text[a:b], label) for a, b, label in sentence.spans]


def test_cluener_maps_labels_and_marks_dropped_ones_missing(tmp_path):
    path = tmp_path / "train.json"
    path.write_text(CLUENER_LINES, encoding="utf-8")
    first, second = read_cluener(path)
    assert entities(first) == [("浙商银行", "Organization"), ("叶老桂", "Person")]
    assert entities(second) == [
        ("布鲁京斯研究所桑顿中国中心", "Organization"),
        ("研究部主任", "Title"),
        ("李成", "Person"),
    ]
    assert [second.text[a:b] for a, b in second.missing] == ["美国"]


def test_cluener_unlabelled_repeat_is_labelled(tmp_path):
    path = tmp_path / "train.json"
    path.write_text(CLUENER_LINES, encoding="utf-8")
    sentence = next(read_cluener(path))
    label_repeats(sentence)
    assert entities(sentence) == [
        ("浙商银行", "Organization"),
        ("叶老桂", "Person"),
        ("叶老桂", "Person"),
    ]
    assert sentence.spans[-1][0] == sentence.text.rindex("叶老桂")


def test_msra_bio_to_spans(tmp_path):
    path = tmp_path / "msra"
    path.write_text(MSRA_LINES, encoding="utf-8")
    first, second = read_msra(path)
    assert entities(first) == [("日", "Place"), ("京", "Place"), ("北京", "Place")]
    assert entities(second) == [("梁连起", "Person"), ("玉兰香大酒店", "Organization")]


def test_peoples_daily_merges_names_and_brackets(tmp_path):
    path = tmp_path / "pd.txt"
    path.write_text(PD_LINE, encoding="utf-8")
    sentences = list(read_peoples_daily(path))
    assert [s.text for s in sentences] == [
        "１２月３１日，中共中央总书记、国家主席江泽民发表１９９８年新年讲话《迈向充满希望的新世纪》。",
        "（新华社记者兰红光摄）",
        "通过中央人民广播电台，向香港特别行政区同胞、澳门和台湾同胞！",
    ]
    assert entities(sentences[0]) == [("中共中央", "Organization"), ("江泽民", "Person")]
    assert entities(sentences[1]) == [("新华社", "Organization"), ("兰红光", "Person")]
    assert entities(sentences[2]) == [
        ("中央人民广播电台", "Organization"),
        ("香港特别行政区", "Place"),
        ("澳门", "Place"),
        ("台湾", "Place"),
    ]


def test_titles_from_other_corpus_become_missing_not_outside(tmp_path):
    path = tmp_path / "pd.txt"
    path.write_text(PD_LINE, encoding="utf-8")
    sentence = next(iter(read_peoples_daily(path)))
    mark_missing(sentence, {"总书记", "主席", "中共中央"})
    # 中共中央 is already an Organization: it stays one, not missing.
    assert [sentence.text[a:b] for a, b in sentence.missing] == ["总书记", "主席"]


def test_dev_split_is_stable_and_about_a_tenth():
    sentences = [f"第{i}句。" for i in range(5000)]
    share = sum(map(is_dev, sentences)) / len(sentences)
    assert 0.08 < share < 0.12
    # CRC32 of the UTF-8 text, not Python's per-process salted hash():
    assert [i for i in range(60) if is_dev(sentences[i])] == [
        12,
        20,
        27,
        30,
        31,
        43,
        54,
        55,
        58,
        59,
    ]
