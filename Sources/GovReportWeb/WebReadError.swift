import GovReport

/// Why a web page or Word file could not be read. Each case names the file and says what to do.
public enum WebReadError: GovReportError, Equatable, Sendable {
    /// A ZIP archive that is not a Word document (no `word/document.xml`).
    case notADocx(path: String, detail: String)
    /// A .docx whose archive or `word/document.xml` is damaged.
    case damagedDocx(path: String, detail: String)
    /// A web page whose bytes fit no encoding it declares or that can be sniffed.
    case undecodableHTML(path: String, declared: String?)

    public var description: String {
        switch self {
        case .notADocx(let path, let detail):
            return "\(path): a ZIP archive but not a Word document (\(detail)). Pass the .docx itself, or unpack the archive and pass the reports in it."
        case .damagedDocx(let path, let detail):
            return "\(path): the Word file is damaged (\(detail)). Download it again, or open and re-save it (soffice --headless --convert-to docx)."
        case .undecodableHTML(let path, let declared):
            let said = declared.map { "declares \($0) but " } ?? ""
            return "\(path): the web page \(said)is neither UTF-8, GBK/GB18030 nor UTF-16. Save it again as UTF-8."
        }
    }

    public var kind: String {
        switch self {
        case .notADocx: return "not_a_docx"
        case .damagedDocx: return "damaged_docx"
        case .undecodableHTML: return "undecodable_text"
        }
    }
}
