import ArgumentParser
import ClauseOptions
import ClauseQuery

extension RenderFormat: ExpressibleByArgument {}

/// Options shared by every way of asking questions.
struct CommonOptions: ParsableArguments {
    @OptionGroup var knowledge: KnowledgeOptions

    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: RenderFormat = .table

    @Flag(name: .customLong("keep-going"), help: "Answer later questions after one fails.")
    var keepGoing = false

    var configuration: SessionConfiguration { knowledge.configuration }
}
