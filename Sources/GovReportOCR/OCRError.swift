import GovReport

/// Why OCR could not run. Each case says which package to install or what went wrong.
public enum OCRError: GovReportError, Equatable, Sendable {
    case languageMissing(language: String)
    case engineFailed(detail: String)

    /// The Debian package holding a Tesseract language model.
    public static func package(of language: String) -> String {
        "tesseract-ocr-" + language.replacingOccurrences(of: "_", with: "-")
    }

    public var description: String {
        switch self {
        case .languageMissing(let language):
            return "OCR: Tesseract's '\(language)' language data is not installed. Install the package \(Self.package(of: language)) (apt-get install \(Self.package(of: language))), or set TESSDATA_PREFIX to a folder holding \(language).traineddata."
        case .engineFailed(let detail):
            return "OCR: Tesseract could not start (\(detail)). Install libtesseract5 and tesseract-ocr-chi-sim, tesseract-ocr-eng."
        }
    }

    public var kind: String {
        switch self {
        case .languageMissing: return "ocr_language_missing"
        case .engineFailed: return "ocr_engine_failed"
        }
    }
}
