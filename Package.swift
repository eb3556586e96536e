// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "govreport",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "govreport", targets: ["GovReportCLI"]),
        .executable(name: "govreport-bench", targets: ["GovReportBench"]),
        .library(name: "GovReport", targets: ["GovReport"]),
        .library(name: "GovReportPDF", targets: ["GovReportPDF"]),
        .library(name: "GovReportStore", targets: ["GovReportStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        .target(name: "GovReport", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "GovReportPDF", dependencies: ["CPoppler", "GovReport"]),
        .target(
            name: "GovReportStore",
            dependencies: ["GovReport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "GovReportCLI",
            dependencies: [
                "GovReport", "GovReportPDF", "GovReportStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "GovReportBench", dependencies: ["GovReport", "GovReportPDF"]),
        .target(name: "GovReportTestSupport", dependencies: ["GovReport"], path: "Tests/GovReportTestSupport"),
        .testTarget(name: "GovReportTests", dependencies: ["GovReport", "GovReportTestSupport"], exclude: ["Fuzz/Inputs"]),
        .testTarget(name: "GovReportPDFTests", dependencies: ["GovReport", "GovReportPDF", "GovReportTestSupport"]),
        .testTarget(name: "GovReportStoreTests", dependencies: ["GovReport", "GovReportStore", "GovReportTestSupport"]),
        .testTarget(name: "GovReportCLITests", dependencies: ["GovReportCLI", "GovReport", "GovReportStore", "GovReportTestSupport"]),
    ],
    swiftLanguageModes: [.v5]
)
