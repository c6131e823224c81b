import PackagePlugin

/// Compiles Samples/partnership.clq into the library as a string, so `clq` needs no files at run time.
@main
struct EmbedKnowledgeBase: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let input = context.package.directoryURL.appending(path: "Samples/partnership.clq")
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltinKnowledgeBaseText.swift")
        return [
            .buildCommand(
                displayName: "Embedding the built-in knowledge base",
                executable: try context.tool(named: "embed-knowledge-base").url,
                arguments: [input.path, output.path],
                inputFiles: [input],
                outputFiles: [output]
            )
        ]
    }
}
