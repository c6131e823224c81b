import ArgumentParser
import ClauseQuery

/// The options that choose the knowledge a program works on, shared by clq, clq lsp and clq mcp.
package struct KnowledgeOptions: ParsableArguments {
    @Option(name: .customLong("kb"), help: ArgumentHelp("Use this knowledge-base file instead of the built-in one (repeatable).", valueName: "file"))
    package var knowledgeBases: [String] = []

    @Flag(name: .customLong("with-builtin"), help: "With --kb: keep the built-in knowledge base as well.")
    package var withBuiltin = false

    @Flag(name: .customLong("assume-unknown-ends-continue"),
          help: "Treat ends the source does not give as continuing (answers say so).")
    package var unknownEndsContinue = false

    package init() {}

    /// The options as the core's session configuration.
    package var configuration: SessionConfiguration {
        SessionConfiguration(knowledgeFiles: knowledgeBases, withBuiltin: withBuiltin,
                             unknownEnds: unknownEndsContinue ? .continue : .unknown)
    }
}
