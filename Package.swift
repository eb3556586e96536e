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
        .library(name: "GovReportOCR", targets: ["GovReportOCR"]),
        .library(name: "GovReportStore", targets: ["GovReportStore"]),
        .library(name: "GovReportWeb", targets: ["GovReportWeb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev", "libcairo2-dev"])]
        ),
        .systemLibrary(
            name: "CTesseract",
            pkgConfig: "tesseract",
            providers: [.apt(["libtesseract-dev", "libleptonica-dev", "tesseract-ocr-chi-sim", "tesseract-ocr-eng"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "GovReport", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "GovReportWeb", dependencies: ["CLibXML2", "GovReport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "GovReportPDF", dependencies: ["CPoppler", "GovReport", "GovReportWeb"]),
        .target(name: "GovReportOCR", dependencies: ["CTesseract", "GovReport", "GovReportPDF"]),
        .target(
            name: "GovReportStore",
            dependencies: ["GovReport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "GovReportCLI",
            dependencies: [
                "GovReport", "GovReportPDF", "GovReportOCR", "GovReportStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "GovReportBench", dependencies: ["GovReport", "GovReportPDF", "GovReportOCR"]),
        .target(name: "GovReportTestSupport", dependencies: ["GovReport"], path: "Tests/GovReportTestSupport"),
        .testTarget(name: "GovReportTests", dependencies: ["GovReport", "GovReportTestSupport"], exclude: ["Fuzz/Inputs"]),
        .testTarget(name: "GovReportPDFTests", dependencies: ["GovReport", "GovReportPDF", "GovReportTestSupport"]),
        .testTarget(name: "GovReportOCRTests", dependencies: ["GovReport", "GovReportPDF", "GovReportOCR", "GovReportTestSupport"]),
        .testTarget(name: "GovReportWebTests", dependencies: ["GovReport", "GovReportWeb", "GovReportPDF", "GovReportTestSupport"]),
        .testTarget(name: "GovReportStoreTests", dependencies: ["GovReport", "GovReportStore", "GovReportTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "GovReportCLITests", dependencies: ["GovReportCLI", "GovReport", "GovReportStore", "GovReportTestSupport"]),
    ],
    swiftLanguageModes: [.v5]
)
