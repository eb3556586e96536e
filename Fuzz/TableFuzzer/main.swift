import Foundation

/// libFuzzer target: the bytes are a program that lays out glyphs on PDF-like pages: table rows made of
/// template labels and numbers at fuzzed positions, sizes, overlaps, page breaks and landscape pages,
/// section headings in any order, and stray characters. The pages go through
/// `Extractor().extract(pages:source:)` (text lines, sections, geometry and stream table readers), then
/// the checker, exports and the JSON round trip. Thrown errors are answers; only traps are failures.
@_cdecl("LLVMFuzzerTestOneInput")
public func tableFuzzerTestOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
    var layout = GlyphLayout(bytes: bytes)
    layout.run()
    if let report = try? Extractor().extract(pages: layout.pages, source: Exercise.source(.pdf, pageCount: layout.pages.count)) {
        Exercise.report(report)
    }
    return 0
}

/// Interprets fuzz bytes as layout instructions (see `step`).
struct GlyphLayout {
    var bytes: [UInt8]
    var position = 0
    var pages: [Page] = []
    var width = 595.0, height = 842.0
    var glyphs: [Glyph] = []
    var y = 60.0

    static let headings = ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                           "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
                           "六、其他需要报告的事项", "一、总体情况"]
    static let labels: [String] = {
        var all = TemplateRows.requestRows(.v2021).flatMap { [$0.label] + ($0.group.map { [$0] } ?? []) }
        all += TemplateRows.requestRows(.v2019).map(\.label)
        all += TemplateRows.requestColumns.map(\.label) + TemplateRows.reviewGroups.map(\.label)
        all += TemplateRows.reviewColumns.map(\.label)
        for template in [TemplateVersion.v2021, .v2019] {
            for row in TemplateRows.proactiveRows(template) { all += [row.row.label] + row.columns.map(\.label) }
        }
        return all + ["申请人情况", "法人或其他组织", "信息名称", "合计", "总计", "单位：件", "（单位：万元）", "第二条", "第", "条"]
    }()
    static let placeholders = ["—", "-", "--", "/", "／", "无", "不适用", "0", "", "0.00", "１２", "1,234", "251000元", "+12", "-3"]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        place("清溪市测试局2022年政府信息公开工作年度报告", x: 80, size: 16)
        y += 30
    }

    mutating func next() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func run() {
        while position < bytes.count { step() }
        finishPage()
    }

    mutating func step() {
        switch next() % 9 {
        case 0: y += Double(next() % 40) + 4
        case 1: place(Self.labels[Int(next()) % Self.labels.count], x: Double(next()) * 2.2, size: fontSize())
        case 2: place(number(), x: Double(next()) * 2.2, size: fontSize())
        case 3: tableRow()
        case 4: y -= Double(next() % 16)  // overlapping or reordered lines
        case 5: newPage(landscape: next() & 1 == 1)
        case 6: place(Self.headings[Int(next()) % Self.headings.count], x: 40 + Double(next() % 64), size: fontSize() + 2)
        case 7:
            var s = ""
            for _ in 0..<Int(next() % 8) { s.unicodeScalars.append(Unicode.Scalar(UInt32(next()) << 8 | UInt32(next())) ?? "?") }
            place(s, x: Double(next()) * 2.2, size: fontSize())
        default:
            place(String(Self.labels[Int(next()) % Self.labels.count].prefix(Int(next() % 6) + 1)), x: Double(next()) * 2.2, size: fontSize())
        }
    }

    /// A label then up to 8 numbers at a fuzzed column pitch, with some cells left blank.
    mutating func tableRow() {
        let size = fontSize()
        place(Self.labels[Int(next()) % Self.labels.count], x: 40, size: size)
        let left = 160 + Double(next() % 80), pitch = 20 + Double(next() % 60)
        let mask = next()
        for column in 0..<Int(next() % 9) where mask & (1 << (column % 8)) == 0 || column == 0 {
            place(number(), x: left + Double(column) * pitch, size: size)
        }
        y += size * 1.6 + Double(next() % 12)
    }

    mutating func number() -> String {
        let n = Int(next()) | Int(next()) << 8
        return next() % 4 == 0 ? Self.placeholders[n % Self.placeholders.count] : String(n % (1 << (n % 17)) )
    }

    mutating func fontSize() -> Double { 5 + Double(next() % 12) }

    /// Glyphs of `text` on one baseline starting at `x`: CJK characters one em wide, others half.
    mutating func place(_ text: String, x: Double, size: Double) {
        if y > height - 40 { newPage(landscape: width > height) }
        var left = x
        for scalar in text.unicodeScalars {
            let advance = scalar.value >= 0x2E80 ? size : size / 2
            glyphs.append(Glyph(scalar: scalar, box: Box(x0: left, y0: y, x1: left + advance, y1: y + size)))
            left += advance
        }
    }

    mutating func newPage(landscape: Bool) {
        finishPage()
        (width, height) = landscape ? (842, 595) : (595, 842)
        y = 50
    }

    mutating func finishPage() {
        pages.append(Page(number: pages.count + 1, width: width, height: height, glyphs: glyphs))
        glyphs = []
    }
}
