import Foundation

/// Finds the report files under the paths given to `govreport ingest`.
///
/// Folders are walked recursively (symbolic links to files are followed, to folders not); a file is a report
/// when its extension is one govreport reads (`.pdf`, `.txt`, `.html`, `.htm`, `.shtml`, `.docx`, any case) or
/// one it must report as needing conversion (`.doc`, `.wps`, `.et`: recorded as failures, never skipped
/// silently). Everything else is counted as skipped.
///
/// ```swift
/// let found = try FileWalker().walk(["reports/"])
/// found.reports   // ["/abs/reports/2021/a.pdf", …] sorted, absolute
/// found.skipped   // ["/abs/reports/readme.docx"]
/// ```
struct FileWalker {
    /// Extensions (lowercase, no dot) treated as reports.
    var reportExtensions: Set<String> = ["pdf", "txt", "html", "htm", "shtml", "docx", "doc", "wps", "et"]

    struct Found: Equatable {
        /// Absolute, standardized paths of report files, sorted, each once.
        var reports: [String]
        /// Other regular files seen, sorted.
        var skipped: [String]
    }

    /// Walks every path; throws `WalkError.noSuchPath` for a path that does not exist.
    func walk(_ paths: [String]) throws -> Found {
        var reports = Set<String>(), skipped = Set<String>()
        let manager = FileManager.default
        for given in paths {
            let root = URL(fileURLWithPath: given).standardizedFileURL
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: root.path, isDirectory: &isFolder) else {
                throw WalkError.noSuchPath(given)
            }
            if !isFolder.boolValue {
                classify(root, reports: &reports, skipped: &skipped)
                continue
            }
            let keys: [URLResourceKey] = [.isRegularFileKey]
            guard let enumerator = manager.enumerator(at: root, includingPropertiesForKeys: keys) else {
                throw WalkError.unreadableFolder(given)
            }
            for case let url as URL in enumerator {
                let resolved = url.resolvingSymlinksInPath()
                guard (try? resolved.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
                classify(url.standardizedFileURL, reports: &reports, skipped: &skipped)
            }
        }
        return Found(reports: reports.sorted(), skipped: skipped.sorted())
    }

    private func classify(_ url: URL, reports: inout Set<String>, skipped: inout Set<String>) {
        if reportExtensions.contains(url.pathExtension.lowercased()) {
            reports.insert(url.path)
        } else {
            skipped.insert(url.path)
        }
    }
}

/// Why the paths given to `ingest` could not be walked.
enum WalkError: Error, CustomStringConvertible, Equatable {
    case noSuchPath(String)
    case unreadableFolder(String)

    var description: String {
        switch self {
        case .noSuchPath(let path): return "\(path): no such file or folder. Check the path."
        case .unreadableFolder(let path): return "\(path): the folder cannot be read. Check its permissions."
        }
    }
}
