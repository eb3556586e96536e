import Foundation

/// The shared corpus (`../shared/corpus` beside the repository; a worktree may sit deeper, so every
/// ancestor's `shared` is tried). Tests that need it are enabled only when it is present.
public enum SharedCorpus {
    public static let root: URL? = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            dir.deleteLastPathComponent()
            let candidate = dir.appendingPathComponent("shared/corpus")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    public static var isPresent: Bool { root != nil }

    /// The seed report's plain text (pdftotext output, a blank line after every line).
    public static func seedText() throws -> String {
        guard let root else { throw CocoaError(.fileNoSuchFile) }
        return try String(contentsOf: root.appendingPathComponent("seed/ningxia-kejiju-2021.txt"), encoding: .utf8)
    }

    /// Base names of the public samples (a1_01 …) that have the given extension.
    public static func publicNames(withExtension ext: String) -> [String] {
        guard let root,
              let files = try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("public").path)
        else { return [] }
        return files.filter { $0.hasSuffix("." + ext) }.map { String($0.dropLast(ext.count + 1)) }.sorted()
    }

    /// Paths relative to the corpus (seed/…, public/…) of every plain-text sample with a truth file beside it.
    public static func textSamples() -> [String] {
        guard let root else { return [] }
        return ["seed", "public"].flatMap { folder in
            RepositoryFiles.names(in: root.appendingPathComponent(folder), withSuffix: ".txt").map { "\(folder)/\($0).txt" }
        }
    }

    public static func publicURL(_ name: String, _ ext: String) -> URL? {
        root?.appendingPathComponent("public/\(name).\(ext)")
    }

    /// The truth JSON beside a sample: title, agency (nil for JSON null), year, template.
    public static func truth(_ name: String) throws -> (title: String, agency: String?, year: Int, template: String) {
        guard let url = publicURL(name, "json") else { throw CocoaError(.fileNoSuchFile) }
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
        return (object["title"] as? String ?? "", object["agency"] as? String,
                object["year"] as? Int ?? 0, object["template"] as? String ?? "")
    }
}
