import Foundation
import GovReport
import GovReportPDF

/// `govreport-bench FILE... [--iterations N]`: in one process, on the same files, times
/// 1. the floor — Poppler only: open each PDF and pull every page's glyphs and boxes;
/// 2. the full pipeline — `ReportFile.load` (lines, sections, tables) as `govreport extract` runs it;
/// 3. `pdftotext` run once per file (what users script today);
/// and prints medians over the iterations, the ratios and peak resident memory.
@main
struct Benchmark {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var iterations = 5
        if let i = arguments.firstIndex(of: "--iterations"), i + 1 < arguments.count {
            iterations = Int(arguments[i + 1]) ?? 5
            arguments.removeSubrange(i...(i + 1))
        }
        let files = arguments
        guard !files.isEmpty else {
            FileHandle.standardError.write(Data("usage: govreport-bench FILE.pdf... [--iterations N]\n".utf8))
            exit(64)
        }
        let pageCount = try files.reduce(0) { $0 + (try PDFReader().readPages(atPath: $1).count) }

        let floor = median(iterations) {
            for file in files { _ = try? PDFReader().readPages(atPath: file) }
        }
        let floorRSS = peakRSSMegabytes()
        let full = median(iterations) {
            for file in files { _ = try? ReportFile.load(path: file) }
        }
        let pdftotext = median(iterations) {
            for file in files { runPdftotext(file) }
        }

        print("files \(files.count), pages \(pageCount), iterations \(iterations) (medians)")
        print(String(format: "floor (Poppler glyphs only)   %8.3f s  %7.1f files/s  %7.1f pages/s", floor, Double(files.count) / floor, Double(pageCount) / floor))
        print(String(format: "govreport extract pipeline    %8.3f s  %7.1f files/s  %7.1f pages/s", full, Double(files.count) / full, Double(pageCount) / full))
        print(String(format: "pdftotext once per file       %8.3f s  %7.1f files/s", pdftotext, Double(files.count) / pdftotext))
        print(String(format: "ratio pipeline / floor        %8.2f   (target <= 1.20)", full / floor))
        print(String(format: "ratio pipeline / pdftotext    %8.2f   (target <= 1.00)", full / pdftotext))
        print(String(format: "peak RSS after floor %.1f MB, after pipeline %.1f MB", floorRSS, peakRSSMegabytes()))
    }

    /// Median wall time of `iterations` runs of `body`, after one warm-up run.
    static func median(_ iterations: Int, _ body: () -> Void) -> Double {
        body()
        var times: [Double] = []
        for _ in 0..<max(iterations, 1) {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return times.sorted()[times.count / 2]
    }

    static func runPdftotext(_ file: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-q", file, "/dev/null"]
        try? process.run()
        process.waitUntilExit()
    }

    static func peakRSSMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
