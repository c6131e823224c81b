/// The knowledge base compiled into the library: the 2025–2026 OpenAI–Microsoft–Amazon arrangements.
package enum BuiltinKnowledgeBase {
    /// The file name it was compiled from.
    package static var name: String { BuiltinKnowledgeBaseText.name }
    /// Its source text in the clq language.
    package static var text: String { BuiltinKnowledgeBaseText.text }
}
