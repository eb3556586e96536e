import Foundation
import GovReport
import GovReportPDF

/// `govreport-bench FILE... [--iterations N]`: in one process, on the same files, times
/// 1. the floor — Poppler only: open each PDF and pull every page's glyphs and boxes;
/// 2. the full pipeline — `ReportFile.load` (lines, sections, tables) as `govreport extract` runs it;
/// 3. `pdftotext` run once per file (what users script today);
/// (1 and 2 alternate, iteration by iteration) and prints medians over the iterations (wall time, and CPU time,
/// which other processes sharing the machine disturb far less), the ratios and peak resident memory.
@main
struct Benchmark {
    /// One timed run: wall seconds and CPU seconds (user + system, of this process or of its children).
    struct Timing { var wall: Double; var cpu: Double }

    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var iterations = 5
        if let i = arguments.firstIndex(of: "--iterations"), i + 1 < arguments.count {
            iterations = Int(arguments[i + 1]) ?? 5
            arguments.removeSubrange(i...(i + 1))
        }
        if let i = arguments.firstIndex(of: "--ocr") {
            arguments.remove(at: i)
            return try OCRBenchmark.run(arguments)
        }
        let files = arguments
        let usage = "usage: govreport-bench FILE.pdf... [--iterations N] | --ocr SCAN.pdf... (see Docs/performance.md)\n"
        if files.contains("--help") || files.contains("-h") {
            print(usage, terminator: "")
            return
        }
        guard !files.isEmpty else {
            FileHandle.standardError.write(Data(usage.utf8))
            exit(64)
        }
        let pageCount: Int
        do {
            pageCount = try files.reduce(0) { $0 + (try PDFReader().readPages(atPath: $1).count) }
        } catch {
            FileHandle.standardError.write(Data("govreport-bench: \(error)\n".utf8))
            exit(66)
        }

        let readFloor = { for file in files { _ = try? PDFReader().readPages(atPath: file) } }
        let runPipeline = { for file in files { _ = try? ReportFile.load(path: file) } }
        readFloor()  // warm-up, and the floor's own peak memory before the pipeline ever runs
        let floorRSS = peakRSSMegabytes()
        let (floor, full, ratio) = paired(iterations, readFloor, runPipeline)
        let pdftotext = median(iterations, clock: RUSAGE_CHILDREN) {
            for file in files { runPdftotext(file) }
        }

        let n = Double(files.count), pages = Double(pageCount)
        print("files \(files.count), pages \(pageCount), iterations \(iterations) (floor and pipeline alternate; medians; CPU = user + system)")
        print("                                  wall s   files/s   pages/s    CPU s")
        for (name, t) in [("floor (Poppler glyphs only)", floor), ("govreport extract pipeline", full)] {
            print(pad(name) + String(format: "%8.3f  %8.1f  %8.1f  %7.3f", t.wall, n / t.wall, pages / t.wall, t.cpu))
        }
        print(pad("pdftotext once per file") + String(format: "%8.3f  %8.1f  %8s  %7.3f", pdftotext.wall, n / pdftotext.wall, "", pdftotext.cpu))
        print(String(format: "ratio pipeline / floor        wall %5.2f  CPU %5.2f   (target <= 1.20; median of the paired runs' ratios)", ratio.wall, ratio.cpu))
        print(String(format: "ratio pipeline / pdftotext    wall %5.2f  CPU %5.2f   (in-process pipeline; target <= 1.00)", full.wall / pdftotext.wall, full.cpu / pdftotext.cpu))
        print(String(format: "peak RSS after floor %.1f MB, after pipeline %.1f MB", floorRSS, peakRSSMegabytes()))
    }

    static func pad(_ name: String) -> String { name.padding(toLength: 30, withPad: " ", startingAt: 0) }

    /// Times `a` and `b` alternately, `iterations` times each after one warm-up of `b`, so that a drift of the
    /// shared machine (another process, clock changes) hits both alike. Returns the median times of each and
    /// the median of the per-iteration ratios b / a.
    static func paired(_ iterations: Int, _ a: () -> Void, _ b: () -> Void) -> (a: Timing, b: Timing, ratio: Timing) {
        b()
        var timesA: [Timing] = [], timesB: [Timing] = [], ratios: [Timing] = []
        for _ in 0..<max(iterations, 1) {
            let ta = timed(clock: RUSAGE_SELF, a), tb = timed(clock: RUSAGE_SELF, b)
            timesA.append(ta); timesB.append(tb)
            ratios.append(Timing(wall: tb.wall / ta.wall, cpu: tb.cpu / max(ta.cpu, 1e-9)))
        }
        return (medianTiming(timesA), medianTiming(timesB), medianTiming(ratios))
    }

    static func timed(clock: __rusage_who, _ body: () -> Void) -> Timing {
        let cpuStart = cpuSeconds(clock)
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Timing(wall: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, cpu: cpuSeconds(clock) - cpuStart)
    }

    static func medianTiming(_ times: [Timing]) -> Timing {
        let walls = times.map(\.wall).sorted(), cpus = times.map(\.cpu).sorted()
        return Timing(wall: walls[walls.count / 2], cpu: cpus[cpus.count / 2])
    }

    /// Median wall and CPU time of `iterations` runs of `body`, after one warm-up run; `clock` says whose
    /// CPU time counts (this process, or the children it waited for).
    static func median(_ iterations: Int, clock: __rusage_who, _ body: () -> Void) -> Timing {
        body()
        return medianTiming((0..<max(iterations, 1)).map { _ in timed(clock: clock, body) })
    }

    static func cpuSeconds(_ who: __rusage_who) -> Double {
        var usage = rusage()
        getrusage(who.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
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
