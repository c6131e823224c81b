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

    var configuration: SessionConfiguration { knowledge.configuration }

    /// The columns asked for, checked against those tables have.
    func validate() throws {
        if let columns, case .failure(let problem) = TableColumns.parse(columns) { throw ValidationError(problem.description) }
    }

    /// How tables are laid out on standard output: fitted to the terminal, or one line per row off one.
    var layout: TableLayout {
        let chosen = columns.flatMap { try? TableColumns.parse($0).get() }
        guard let size = Terminal.size(descriptor: 1) else { return TableLayout(columns: chosen) }
        return TableLayout(width: size.columns, expanded: .auto, columns: chosen)
    }
}
