import Testing
@testable import GovReport

@Suite("Agency keys and where the agency is read")
struct AgencyKeyTests {
    @Test("one body printed differently gets one key", arguments: [
        ("澄江市交通运输局", "澄江市交通运输局"),
        ("澄江市 交通运输局", "澄江市交通运输局"),
        ("澄江市\u{3000}交通运输局", "澄江市交通运输局"),
        ("澄江市交通运输局办公室", "澄江市交通运输局"),
        ("澄江市卫生健康委", "澄江市卫生健康委员会"),
        ("澄江市卫生健康委员会办公室", "澄江市卫生健康委员会"),
        ("澄江市政府", "澄江市人民政府"),
        ("澄江市西城街道办", "澄江市西城街道办事处"),
        ("澄江市⼈民政府", "澄江市人民政府"),
        ("澄江市交通运输局（港航管理局）", "澄江市交通运输局(港航管理局)"),
        ("澄江市政府办公室", "澄江市人民政府办公室"),
        ("澄江市卫生健康委办公室", "澄江市卫生健康委员会"),
    ])
    func sameBody(printed: String, key: String) {
        #expect(AgencyKey.key(printed) == key)
    }

    @Test("different bodies keep different keys", arguments: [
        ("澄江市人民政府办公室", "澄江市人民政府"),
        ("澄江市交通运输局", "澄江市公安局交通警察支队"),
        ("澄江市交通运输局", "澄江县交通运输局"),
        ("澄江市政府办公室", "澄江市人民政府"),
    ])
    func differentBodies(a: String, b: String) {
        #expect(AgencyKey.key(a) != AgencyKey.key(b))
    }

    @Test("nothing to key")
    func empty() {
        #expect(AgencyKey.key(nil) == nil)
        #expect(AgencyKey.key(" 　") == nil)
    }

    @Test("an alias file groups what the rules leave apart")
    func aliases() throws {
        let aliases = try AgencyAliases(csv: "alias,canonical\n# renamed in 2022\n澄江交通局, 澄江市交通运输局\n\"澄江市交通局\",澄江市交通运输局\n")
        #expect(aliases.key("澄江交通局") == "澄江市交通运输局")
        #expect(aliases.key("澄江 市交通局办公室") == "澄江市交通运输局")
        #expect(aliases.key("澄江市公安局") == "澄江市公安局")
        #expect(aliases.rekey("澄江交通局") == "澄江市交通运输局")
    }

    @Test("a malformed alias line names the file and the line")
    func malformedAliases() {
        #expect(throws: AgencyAliases.Error.self) { try AgencyAliases(csv: "a,b\nonly-one-name\n", name: "agencies.csv") }
        do {
            _ = try AgencyAliases(csv: "a,b\nonly-one-name\n", name: "agencies.csv")
        } catch {
            #expect("\(error)".hasPrefix("agencies.csv:2:"))
        }
    }

    @Test("the agency in a title, whatever its order", arguments: [
        ("澄江市交通运输局2019年政府信息公开工作年度报告", "澄江市交通运输局"),
        ("2020年澄江市交通运输局政府信息公开工作年度报告", "澄江市交通运输局"),
        ("澄江市交通运输局关于2021年政府信息公开工作的年度报告", "澄江市交通运输局"),
        ("2024年度澄江市交通运输局政府信息公开工作年度报告", "澄江市交通运输局"),
        ("澄江市交通运输局2025年度政府信息公开工作年度报告", "澄江市交通运输局"),
        ("澄江市交通运输局政府信息公开工作年度报告（2020年）", "澄江市交通运输局"),
    ])
    func titleOrders(title: String, agency: String) {
        #expect(AgencyReader.agency(inTitle: title) == agency)
    }

    @Test("a title without an agency names none")
    func titleWithoutAgency() {
        #expect(AgencyReader.agency(inTitle: "2022年政府信息公开工作年度报告") == nil)
    }

    @Test("the signature above or before the date")
    func signature() {
        #expect(AgencyReader.signature(in: ["无。", "澄江市交通运输局办公室", "2023年1月22日"]) == "澄江市交通运输局办公室")
        #expect(AgencyReader.signature(in: ["无。", "澄江市交通运输局 2023年1月22日"]) == "澄江市交通运输局")
        #expect(AgencyReader.signature(in: ["本年度未收取信息处理费。", "2023年1月22日"]) == nil)
        #expect(AgencyReader.signature(in: ["我局将继续做好政府信息公开工作，于2023年1月22日前完成。"]) == nil)
    }

    @Test("fallbacks in order: title, signature, metadata, preamble")
    func fallbacks() {
        let preamble = ["本报告由澄江市港航管理局编制。"]
        let metadata = [AgencyReader.contentSourceKey: "澄江市交通运输局"]
        let found = AgencyReader.agency(title: "2022年政府信息公开工作年度报告", lastParagraphs: ["无。"],
                                        metadata: metadata, preamble: preamble)
        #expect(found?.name == "澄江市交通运输局")
        #expect(found?.origin == .metadata)
        let fromPreamble = AgencyReader.agency(title: nil, lastParagraphs: [], metadata: [:], preamble: preamble)
        #expect(fromPreamble?.name == "澄江市港航管理局")
        #expect(fromPreamble?.origin == .preamble)
        let published = AgencyReader.agency(inPreamble: ["根据《条例》规定，现公布2022年度澄江市交通运输局政府信息公开工作年度报告。"])
        #expect(published == "澄江市交通运输局")
        let signed = AgencyReader.agency(title: "2022年政府信息公开工作年度报告",
                                         lastParagraphs: ["澄江市交通运输局办公室", "2023年1月22日"], metadata: metadata, preamble: preamble)
        #expect(signed?.origin == .signature)
    }
}
