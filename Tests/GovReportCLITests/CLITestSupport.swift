import Foundation
import GovReportTestSupport

/// Runs the built `govreport` binary and builds input folders for the end-to-end tests.
enum CLI {
    /// Repository root, from this file's location.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The committed layout-variation fixtures (Tests/Fixtures/variations), so the tests run on a fresh clone.
    static let corpus = RepositoryFiles.fixtures
    static var corpusAvailable: Bool { FileManager.default.fileExists(atPath: corpus.appendingPathComponent("v01_unruled.pdf").path) }

    /// The `govreport` executable next to the test bundle (both are in the build products folder).
    static var executable: URL {
        let running = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            .map(URL.init(fileURLWithPath:)) ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var folder = running.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("govreport")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/govreport")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Starts `govreport arguments…` (not waiting), with extra environment variables.
    static func start(_ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, out, err)
    }

    /// Runs `govreport arguments…` to the end.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let (process, out, err) = try start(arguments, environment: environment)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govreport-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A folder of reports as a batch meets them:
    /// `2021/a1_01.pdf`, `2021/dept/a3_01.pdf`, `2019/a2_02.pdf`, `text/a1_01.txt` (4 distinct reports),
    /// `copies/same-as-a1_01.pdf` (a duplicate), `broken/truncated.pdf` (damaged), `broken/scan.pdf`
    /// (image only), and `notes/readme.md` (not a report). Returns the folder with `extra` files added.
    static func batchFolder(in base: URL) throws -> URL {
        let folder = base.appendingPathComponent("reports")
        let files = FileManager.default
        func copy(_ name: String, to relative: String) throws {
            let target = folder.appendingPathComponent(relative)
            try files.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try files.copyItem(at: corpus.appendingPathComponent(name), to: target)
        }
        func write(_ data: Data, to relative: String) throws {
            let target = folder.appendingPathComponent(relative)
            try files.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: target)
        }
        try copy("v01_unruled.pdf", to: "2021/a1_01.pdf")
        try copy("v03_split_repeat.pdf", to: "2021/dept/a3_01.pdf")
        try copy("v04_split_norepeat_2019.pdf", to: "2019/a2_02.pdf")
        try copy("v01_unruled.raw.txt", to: "text/a1_01.txt")
        try copy("v01_unruled.pdf", to: "copies/same-as-a1_01.pdf")
        let whole = try Data(contentsOf: corpus.appendingPathComponent("v09_2019_signed_procurement.pdf"))
        try write(whole.prefix(3000), to: "broken/truncated.pdf")
        try write(imageOnlyPDF(), to: "broken/scan.pdf")
        try write(Data("not a report\n".utf8), to: "notes/readme.md")
        return folder
    }

    /// A valid one-page PDF whose page paints an 8×8 grey image and no text (a "scan").
    static func imageOnlyPDF() -> Data {
        let pixels = String(repeating: "\u{80}", count: 64)
        let content = "q 400 0 0 400 100 200 cm /Im1 Do Q"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 64 >>\nstream\n\(pixels)\nendstream",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
        ]
        var pdf = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(pdf.count)
            pdf.append(Data("\(index + 1) 0 obj\n".utf8))
            pdf.append(body.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }.reduce(into: Data()) { $0.append($1) })
            pdf.append(Data("\nendobj\n".utf8))
        }
        let xref = pdf.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        pdf.append(Data(table.utf8))
        return pdf
    }
}
