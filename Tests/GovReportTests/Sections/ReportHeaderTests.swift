import Testing
@testable import GovReport

@Suite("Report header")
struct ReportHeaderTests {
    @Test("title, agency and year from the first lines", arguments: [
        ("清河市人力资源和社会保障局 2021 年政府信\n息公开工作年度报告\n本报告根据《条例》编制。",
         "清河市人力资源和社会保障局2021年政府信息公开工作年度报告", "清河市人力资源和社会保障局", 2021),
        ("东阳市市场监督管理局\n2024年政府信息公开工作年度报告\n本报告根据《条例》编制。",
         "东阳市市场监督管理局2024年政府信息公开工作年度报告", "东阳市市场监督管理局", 2024),
        (" 2021年政府信息公开工作年度报告\n一、总体情况", "2021年政府信息公开工作年度报告", nil, 2021),
        ("某某县人民政府2019年度政府信息公开工作年度报告（图片版）\n正文。",
         "某某县人民政府2019年度政府信息公开工作年度报告（图片版）", "某某县人民政府", 2019),
        ("某某局关于2018年政府信息公开工作的年度报告\n正文。", "某某局关于2018年政府信息公开工作的年度报告", "某某局", 2018),
        ("某某局政府信息公开工作年度报告（2020年）\n正文。", "某某局政府信息公开工作年度报告（2020年）", "某某局", 2020),
    ] as [(String, String, String?, Int)])
    func title(text: String, title: String, agency: String?, year: Int) {
        let lines = TextLines.lines(fromPlainText: text).filter { !$0.text.isEmpty }
        let info = ReportHeader.read(lines, searchEnd: lines.count).info
        #expect(info.title == title)
        #expect(info.agency == agency)
        #expect(info.year == year)
    }

    @Test("template by year", arguments: [(2018, TemplateVersion.pre2019), (2019, .v2019), (2020, .v2019), (2021, .v2021), (2024, .v2021)])
    func template(year: Int, template: TemplateVersion) {
        #expect(ReportHeader.template(forYear: year) == template)
    }

    @Test("year from the statistics period when the title has none")
    func yearFromPeriod() {
        let body = ["本报告中所列数据的统计期限自 2020 年 1 月 1 日起至 2020 年 12 月 31 日止。2021年1月发布。"]
        #expect(ReportHeader.year(inBody: body) == 2020)
        #expect(ReportHeader.year(inBody: ["2022年，我局在2022年继续推进。2023年计划。"]) == 2022)
    }

    @Test("a document that is not a report says so")
    func notAReport() {
        let text = "关于开展安全生产检查的通知\n各单位：\n一、检查范围\n二、检查时间\n请遵照执行。"
        let document = DocumentReader().read(TextLines.lines(fromPlainText: text))
        #expect(document.info.title == nil)
        #expect(!document.isReport())
    }

    @Test("mojibake: a text layer with almost no Chinese characters")
    func mojibake() {
        let garbage = String(repeating: "¶Ô¼ÓÖÐ¹ú¾¼Ã·¢Õ¹ ", count: 20)
        #expect(TextQuality.isMojibake(TextLines.lines(fromPlainText: garbage)))
        #expect(!TextQuality.isMojibake(TextLines.lines(fromPlainText: String(repeating: "政府信息公开工作 2021 年。", count: 10))))
        #expect(!TextQuality.isMojibake(TextLines.lines(fromPlainText: "abc")))   // too little text to judge
    }
}
