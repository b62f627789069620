"""What a meeting passes or hears: the whole object of 通过了 ending in a document's head is
a programme, the body that held the meeting acts on it, also when the sitting that passes
it is named without the body (某会议举行预备会议。会议通过了…)."""

from tests.helpers import extract, names, relations


def test_a_passed_document_is_named_whole_with_its_draft_mark():
    ex = extract(
        "3月2日,青石县政协主席王立新主持召开县政协九届五次常委会会议。"
        "会议通过了县政协九届三次会议选举办法(草案);协商通过了县政协九届三次会议议程。"
    )
    programmes = names(ex, "Programme")
    assert "县政协九届三次会议选举办法(草案)" in programmes
    assert "县政协九届三次会议议程" in programmes


def test_the_body_holding_the_meeting_acts_on_what_its_sitting_passes():
    ex = extract(
        "12月20日,县政协九届一次会议举行预备会议。县委书记赵明远出席会议。"
        "会议协商通过了县政协九届一次会议议程。",
        home_city="青石县",
    )
    acted = relations(ex, "ACTED")
    assert any(o == "县政协九届一次会议议程" and "政协" in s for s, o in acted), acted


def test_a_list_or_a_kind_of_report_is_no_document_name():
    ex = extract(
        "会议审议通过了九届县委工作报告(审议稿)和县委九届五次全会决议。"
        "会议听取和审议了有关工作报告,并决定有关任免事项。"
    )
    programmes = names(ex, "Programme")
    assert not any("和" in p for p in programmes)
    assert "有关工作报告" not in programmes


def test_a_passed_report_about_a_topic_is_named_from_guanyu():
    ex = extract("会议听取了区人民检察院关于法律监督工作情况的报告。")
    programmes = names(ex, "Programme")
    assert "关于法律监督工作情况的报告" in programmes
    assert "区人民检察院关于法律监督工作情况的报告" not in programmes


def test_the_body_that_convened_a_sitting_named_without_it_acts_on_what_it_passed():
    ex = extract(
        "5月6日上午,区委常委会召开第42次(扩大)会议。"
        "会议还审议通过了《关于加强社区治理的实施意见》。"
    )
    assert ("区委常委会", "《关于加强社区治理的实施意见》") in relations(ex, "ACTED")


def test_a_meeting_named_in_a_relative_clause_was_held():
    ex = extract("记者从近日召开的县农业农村局新闻发布会上获悉,全县粮食喜获丰收。")
    assert "县农业农村局新闻发布会" in names(ex, "Event")
