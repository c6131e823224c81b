/// The formats answers can be rendered in: what `clq --format` offers.
public enum RenderFormat: String, Sendable, CaseIterable {
    /// Aligned text tables for people.
    case table
    /// One block of `field  value` lines per row, for narrow screens and wide rows.
    case expanded
    /// One JSON object per question, as documented in the README.
    case json
    /// RFC 4180 CSV with a header line.
    case csv
    /// A standalone SVG picture of each answer's clauses on a year axis, as timeline questions draw them.
    case svg
    /// An HTML page with each question and its SVG picture.
    case html
}

/// Knowledge that did not load: every problem found, and the sources they point into.
public struct LoadFailure: Error, Sendable {
    /// Every problem found in the files.
    public var diagnostics: [Diagnostic]
    /// The files, which the diagnostics point into.
    package var sources: SourceSet

    /// The diagnostics as `file:line:column` messages with carets.
    public func rendered(color: Bool = false) -> String {
        DiagnosticRenderer(color: color).render(diagnostics, sources: sources)
    }
}

extension Session {
    /// A session on the knowledge in `files`, each a name (used in diagnostics) and its text.
    ///
    /// With `includingBuiltin` the files add to the built-in knowledge base. Loading is all or
    /// nothing: any error throws every diagnostic found.
    public static func loading(_ files: [(name: String, text: String)], includingBuiltin: Bool = false,
                               options: EvaluationOptions = EvaluationOptions()) throws(LoadFailure) -> Session {
        var session = includingBuiltin ? Session.builtin(options: options) : Session(options: options)
        let outcome = session.load(files)
        if outcome.loadFailed || outcome.diagnostics.contains(where: \.isError) {
            throw LoadFailure(diagnostics: outcome.diagnostics, sources: session.sources)
        }
        return session
    }

    /// The diagnostics as `file:line:column` messages with carets, for any diagnostics this session
    /// reported (from `load`, `run` or `checkOutcome`).
    public func rendered(_ diagnostics: [Diagnostic], color: Bool = false) -> String {
        DiagnosticRenderer(color: color).render(diagnostics, sources: sources)
    }

    /// Answers one question without changing the session; safe to call from many tasks at once.
    ///
    /// Never throws: a question that cannot be answered gives a result with diagnostics.
    public func answer(to question: String) -> QueryResult {
        var copy = self
        do throws(QueryFailure) {
            let answer = try copy.ask(question)
            return QueryResult(query: question, answer: answer, stoppedBy: [], knowledgeBase: copy.knowledgeBase,
                               sources: copy.sources)
        } catch {
            return QueryResult(query: question, answer: nil, stoppedBy: error.diagnostics,
                               knowledgeBase: copy.knowledgeBase, sources: copy.sources)
        }
    }
}

/// The outcome of one question: its answer, or the diagnostics that stopped it.
///
/// The answer's rows and renderings are read from the knowledge base when they are asked for. Should that
/// read something of a compiled file that does not read, they are empty (a failed JSON rendering gives the
/// diagnostics), and from then on the result has not succeeded and its diagnostics say why.
public struct QueryResult: Sendable {
    /// The question as asked.
    public let query: String
    /// The answer, or nil when the question could not be answered.
    package let answer: Answer?
    /// Why answering stopped, if it did.
    private let stoppedBy: [Diagnostic]
    /// The knowledge the question was answered from.
    package let knowledgeBase: KnowledgeBase
    /// The sources the diagnostics point into.
    package let sources: SourceSet

    package init(query: String, answer: Answer?, stoppedBy: [Diagnostic], knowledgeBase: KnowledgeBase, sources: SourceSet) {
        self.query = query
        self.answer = answer
        self.stoppedBy = stoppedBy
        self.knowledgeBase = knowledgeBase
        self.sources = sources
    }

    /// Why the question could not be answered; empty when it was.
    public var diagnostics: [Diagnostic] {
        guard let unreadable = knowledgeBase.unreadable, !stoppedBy.contains(unreadable) else { return stoppedBy }
        return stoppedBy + [unreadable]
    }

    /// True when the question was answered, and everything read of the answer has read.
    public var succeeded: Bool { answer != nil && knowledgeBase.unreadable == nil }

    /// The answer's rows as plain values, holds before may hold.
    public var rows: [ResultRow] {
        guard let answer else { return [] }
        let rows = answer.rows.map { ResultRow($0, knowledgeBase, in: answer) }
        return knowledgeBase.unreadable == nil ? rows : []
    }

    /// For a yes/no question, its verdict.
    public var verdict: Certainty? {
        if case .verdict(let certainty)? = answer?.shape { return certainty }
        return nil
    }

    /// The answer in `format` (for JSON, the diagnostics when it failed); a failed table or picture is empty
    /// and a failed CSV is its header line alone. With a `width`, a table fits it: cells wrap, the least
    /// useful columns give way, and when it still cannot fit, each row becomes a block as in `expanded`;
    /// a timeline is drawn that wide (80 columns without one), with `today` marked when given.
    public func rendered(_ format: RenderFormat, color: Bool = false, width: Int? = nil, today: CalendarDate? = nil) -> String {
        let text = rendering(format, color: color, width: width, today: today)
        guard answer != nil, knowledgeBase.unreadable != nil else { return text }
        let failed = QueryResult(query: query, answer: nil, stoppedBy: diagnostics, knowledgeBase: knowledgeBase, sources: sources)
        return failed.rendering(format, color: color, width: width, today: today)
    }

    private func rendering(_ format: RenderFormat, color: Bool, width: Int?, today: CalendarDate?) -> String {
        let picture = PictureSettings(width: width ?? 80, today: today)
        switch format {
        case .table, .expanded:
            guard let answer else { return "" }
            if case .timeline = answer.shape, format == .table {
                return picture.text(answer, query: query, knowledgeBase: knowledgeBase, color: color)
            }
            let layout = TableLayout(width: width, expanded: format == .expanded ? .always : width == nil ? .never : .auto)
            return TableRenderer(color: color, layout: layout).render(answer, knowledgeBase: knowledgeBase)
        case .svg:
            return answer.map { TimelineSVG().render(picture.chart($0, query: query, knowledgeBase: knowledgeBase)) } ?? ""
        case .html:
            return answer.map {
                TimelineHTML.header + TimelineHTML.section(query: query, svg: TimelineSVG().render(
                    picture.chart($0, query: query, knowledgeBase: knowledgeBase)))
            } ?? ""
        case .json:
            return JSONRenderer.render(query: query, answer: answer, diagnostics: diagnostics,
                                       knowledgeBase: knowledgeBase, sources: sources) + "\n"
        case .csv:
            return CSVRenderer.headerLine()
                + (answer.map { CSVRenderer.render(query: query, answer: $0, knowledgeBase: knowledgeBase) } ?? "")
        }
    }

    /// The diagnostics as `file:line:column` messages with carets, or an empty string.
    public func renderedDiagnostics(color: Bool = false) -> String {
        DiagnosticRenderer(color: color).render(diagnostics, sources: sources)
    }
}
