import ArgumentParser
import ClauseQuery

/// Output formats for answers.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// Options shared by every way of asking questions.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("kb"), help: ArgumentHelp("Use this knowledge-base file instead of the built-in one (repeatable).", valueName: "file"))
    var knowledgeBases: [String] = []

    @Flag(name: .customLong("with-builtin"), help: "With --kb: load the files in addition to the built-in knowledge base.")
    var withBuiltin = false

    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    @Flag(name: .customLong("keep-going"), help: "Answer later questions after one fails.")
    var keepGoing = false

    @Flag(name: .customLong("assume-unknown-ends-continue"),
          help: "Treat ends the source does not give as continuing (answers say so).")
    var unknownEndsContinue = false
}
