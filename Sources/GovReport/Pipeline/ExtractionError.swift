/// An error that means "this file could not be read as a report". Every case names the file,
/// says what is wrong and what to do; `kind` is a stable machine-readable name.
public protocol GovReportError: Error, CustomStringConvertible {
    var kind: String { get }
}

/// Why a readable file still gives no report.
public enum ExtractionError: GovReportError, Equatable, Sendable {
    case emptyFile(path: String)
    case undecodableText(path: String)
    case noText(path: String)
    case mojibake(path: String, cjkShare: Double)
    case notAReport(path: String, sectionsFound: Int)
    case unsupportedFileType(path: String)
    /// An older binary office format (Word .doc, WPS .wps, spreadsheet .et) that must be converted first.
    case needsConversion(path: String, format: String)

    public var description: String {
        switch self {
        case .emptyFile(let path):
            return "\(path): the file is empty (0 bytes). Download it again."
        case .undecodableText(let path):
            return "\(path): the text is neither UTF-8, UTF-16 nor GB18030. Convert it to UTF-8 (e.g. iconv)."
        case .noText(let path):
            return "\(path): the file holds no text."
        case .mojibake(let path, let share):
            let percent = Int((share * 100).rounded())
            return "\(path): the text layer is unreadable (only \(percent)% Chinese characters; the PDF's fonts lack a ToUnicode map). Run OCR or pass a text extraction."
        case .notAReport(let path, let found):
            return "\(path): not a government information disclosure annual report (no report title and \(found) of the 6 section headings found)."
        case .unsupportedFileType(let path):
            return "\(path): unsupported file type. Pass a PDF (.pdf), a web page (.html), a Word file (.docx) or a plain-text extraction (.txt)."
        case .needsConversion(let path, let format):
            // A spreadsheet converts to PDF (its printed pages); a document to .docx.
            let target = format.contains("spreadsheet") || format.contains("Excel") ? "pdf" : "docx"
            return "\(path): unsupported file type: \(format) is a binary office format govreport does not read. Convert it first: soffice --headless --convert-to \(target) \"\(path)\""
        }
    }

    /// The same error naming another path (the one the user gave rather than a base name).
    public func naming(_ path: String) -> ExtractionError {
        switch self {
        case .emptyFile: return .emptyFile(path: path)
        case .undecodableText: return .undecodableText(path: path)
        case .noText: return .noText(path: path)
        case .mojibake(_, let share): return .mojibake(path: path, cjkShare: share)
        case .notAReport(_, let found): return .notAReport(path: path, sectionsFound: found)
        case .unsupportedFileType: return .unsupportedFileType(path: path)
        case .needsConversion(_, let format): return .needsConversion(path: path, format: format)
        }
    }

    public var kind: String {
        switch self {
        case .emptyFile: return "empty_file"
        case .undecodableText: return "undecodable_text"
        case .noText: return "no_text"
        case .mojibake: return "mojibake"
        case .notAReport: return "not_a_report"
        case .unsupportedFileType, .needsConversion: return "unsupported_file_type"
        }
    }
}
