internal import CTesseract
import Foundation

/// One Tesseract engine (`TessBaseAPI*`) for one language, owned and freed by this object. The only file
/// that calls Tesseract's C API. An engine is reused for every image of a worker; it is not thread-safe.
///
/// ```swift
/// let engine = try TesseractEngine(language: "eng")
/// engine.configure(mode: .singleLine, whitelist: "0123456789")
/// engine.read(pixels, width: 80, height: 40, dpi: 300, level: .word) // [OCRItem(text: "12", …)]
/// ```
final class TesseractEngine {
    enum SegmentationMode { case page, block, singleLine, singleCharacter }
    enum Level { case word, symbol }

    let language: String
    private let handle: OpaquePointer

    /// Starts Tesseract with `language`'s model, its OpenMP parallel regions run on the calling thread alone
    /// (`serialOpenMP`).
    init(language: String) throws {
        Self.serialOpenMP
        guard let handle = TessBaseAPICreate() else { throw OCRError.engineFailed(detail: "TessBaseAPICreate returned NULL") }
        // Tesseract writes its debug chatter to stderr; send it nowhere.
        _ = TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        guard TessBaseAPIInit3(handle, nil, language) == 0 else {
            TessBaseAPIDelete(handle)
            throw OCRError.languageMissing(language: language)
        }
        self.handle = handle
        self.language = language
    }

    /// Tesseract's OpenMP threads make it slower on few cores (4× on two), and its idle threads spin on the
    /// other cores: a scan cost 5.5 s of process CPU a page with them, 2.3 s without. `OMP_THREAD_LIMIT` is
    /// read by the OpenMP runtime (libgomp, loaded with the program) only as the process starts, so setting
    /// it here would do nothing; instead no parallel region may be active (`omp_set_max_active_levels(0)`,
    /// looked up in the runtime Tesseract loaded), and every one runs on the thread that enters it. A user's
    /// own `OMP_THREAD_LIMIT` is left to the runtime.
    private static let serialOpenMP: Void = {
        guard getenv("OMP_THREAD_LIMIT") == nil, let symbol = dlsym(nil, "omp_set_max_active_levels") else { return }
        unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Void).self)(0)
    }()

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    /// "tesseract 5.3.0".
    static var version: String { "tesseract " + String(cString: TessVersion()) }

    /// Page segmentation (`page`: automatic, `block`: psm 6, `singleLine`: psm 7, `singleCharacter`: psm 10) and the characters allowed ("" for all).
    func configure(mode: SegmentationMode, whitelist: String = "") {
        switch mode {
        case .page: TessBaseAPISetPageSegMode(handle, PSM_AUTO)
        case .singleLine: TessBaseAPISetPageSegMode(handle, PSM_SINGLE_LINE)
        case .singleCharacter: TessBaseAPISetPageSegMode(handle, PSM_SINGLE_CHAR)
        case .block: TessBaseAPISetPageSegMode(handle, PSM_SINGLE_BLOCK)
        }
        _ = TessBaseAPISetVariable(handle, "tessedit_char_whitelist", whitelist)
    }

    /// Recognises an 8-bit grey image (`width × height`, row after row) and returns its words or symbols with
    /// boxes in the image's pixels, the top and bottom of their text line, and confidences 0...100.
    func read(_ pixels: [UInt8], width: Int, height: Int, dpi: Int, level: Level) -> [OCRItem] {
        pixels.withUnsafeBufferPointer { buffer in
            TessBaseAPISetImage(handle, buffer.baseAddress, Int32(width), Int32(height), 1, Int32(width))
        }
        TessBaseAPISetSourceResolution(handle, Int32(dpi))
        defer { TessBaseAPIClear(handle) }
        guard TessBaseAPIRecognize(handle, nil) == 0, let iterator = TessBaseAPIGetIterator(handle) else { return [] }
        defer { TessResultIteratorDelete(iterator) }
        let ril = level == .word ? RIL_WORD : RIL_SYMBOL
        var items: [OCRItem] = []
        repeat {
            guard let cText = TessResultIteratorGetUTF8Text(iterator, ril) else { continue }
            let text = String(cString: cText)
            TessDeleteText(cText)
            var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
            let position = TessResultIteratorGetPageIteratorConst(iterator)
            guard TessPageIteratorBoundingBox(position, ril, &left, &top, &right, &bottom) != 0 else { continue }
            var lineLeft: Int32 = 0, lineTop = top, lineRight: Int32 = 0, lineBottom = bottom
            _ = TessPageIteratorBoundingBox(position, RIL_TEXTLINE, &lineLeft, &lineTop, &lineRight, &lineBottom)
            items.append(OCRItem(text: text, x0: Int(left), y0: Int(top), x1: Int(right), y1: Int(bottom),
                                 lineY0: Int(lineTop), lineY1: Int(lineBottom),
                                 confidence: Double(TessResultIteratorConfidence(iterator, ril))))
        } while TessResultIteratorNext(iterator, ril) != 0
        return items
    }
}

/// A word or symbol Tesseract read: its text, its box in image pixels, the top and bottom of its text line
/// and its confidence (0...100).
struct OCRItem: Hashable {
    var text: String
    var x0: Int, y0: Int, x1: Int, y1: Int
    var lineY0: Int, lineY1: Int
    var confidence: Double
}
