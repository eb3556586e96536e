import ArgumentParser

@main
struct GovReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "govreport",
        abstract: "Turn Chinese government information disclosure annual reports (政府信息公开工作年度报告) into checked, structured data.",
        version: "0.1.0",
        subcommands: [Text.self, Extract.self, Check.self, Compare.self, Ingest.self, Export.self, Layout.self, Worker.self]
    )
}
