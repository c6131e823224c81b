import ArgumentParser
import ClauseOptions
import ClauseQuery
import ClauseSystem

extension RenderFormat: ExpressibleByArgument {}

extension CalendarDate: ExpressibleByArgument {
    /// A day written YYYY-MM-DD.
    public init?(argument: String) { self.init(day: argument) }
}

/// Options shared by every way of asking questions.
struct CommonOptions: ParsableArguments {
    @OptionGroup var knowledge: KnowledgeOptions

    @Option(name: .long, help: "Output format: table, expanded (a block per row), json, csv, svg or html. On a terminal a table fits its width, and becomes expanded when it cannot.")
    var format: RenderFormat = .table

    @Option(name: .long, help: ArgumentHelp("The table columns to show, comma-separated (\(TableColumns.all.joined(separator: ", "))).",
                                            valueName: "names"))
    var columns: String?

    @Flag(name: .customLong("no-pager"), help: "Never show long answers through a pager.")
    var noPager = false

    @Option(name: .long, help: ArgumentHelp("The day timelines mark as today (default: the system date).", valueName: "YYYY-MM-DD"))
    var today: CalendarDate?

    @Flag(name: .customLong("keep-going"), help: "Answer later questions after one fails.")
    var keepGoing = false

    /// The columns asked for, checked against those tables have.
    func validate() throws {
        if let columns, case .failure(let problem) = TableColumns.parse(columns) { throw ValidationError(problem.description) }
    }

    /// The options as every command uses them.
    var settings: CommonSettings {
        CommonSettings(configuration: knowledge.configuration, format: format,
                       columns: columns.flatMap { try? TableColumns.parse($0).get() }, noPager: noPager, today: today,
                       keepGoing: keepGoing)
    }
}
