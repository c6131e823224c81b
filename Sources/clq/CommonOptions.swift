import ArgumentParser
import ClauseOptions
import ClauseQuery

extension RenderFormat: ExpressibleByArgument {}

extension CalendarDate: ExpressibleByArgument {
    /// A day written YYYY-MM-DD.
    public init?(argument: String) { self.init(day: argument) }
}

/// Options shared by every way of asking questions.
struct CommonOptions: ParsableArguments {
    @OptionGroup var knowledge: KnowledgeOptions

    @Option(name: .long, help: "Output format: table, json, csv, svg or html.")
    var format: RenderFormat = .table

    @Option(name: .long, help: ArgumentHelp("The day timelines mark as today (default: the system date).", valueName: "YYYY-MM-DD"))
    var today: CalendarDate?

    @Flag(name: .customLong("keep-going"), help: "Answer later questions after one fails.")
    var keepGoing = false

    var configuration: SessionConfiguration { knowledge.configuration }
}
