/// What a front end prints for a script: answers for standard output and problems for standard error, in
/// one of the formats. The command line and the REPL print through it.
///
/// With JSON every question gives one object, and so does every other statement with a problem (one that
/// does not parse, declarations that do not load): its `query` is the statement as written and its
/// `diagnostics` the problems; nothing goes to standard error.
package struct ScriptPrinter: Sendable {
    /// Text for standard output and for standard error.
    package struct Piece: Sendable, Equatable {
        package var output = ""
        package var errors = ""

        package init(output: String = "", errors: String = "") {
            self.output = output
            self.errors = errors
        }
    }

    package var format: RenderFormat
    /// Colour in tables, and in diagnostics.
    package var colorOutput: Bool
    package var colorErrors: Bool
    /// CSV: whether the header line is already printed; one header serves every answer after it.
    package var csvHeaderPrinted = false
    /// Tables: the width to fit and the columns to show (`expanded` forces blocks).
    package var layout: TableLayout
    /// The terminal's width, today and Unicode, for timelines.
    package var picture = PictureSettings()
    /// HTML: whether the page's head is already printed; the sections of every answer follow it.
    package var htmlHeaderPrinted = false

    package init(format: RenderFormat, colorOutput: Bool = false, colorErrors: Bool = false, layout: TableLayout = .natural) {
        self.format = format
        self.colorOutput = colorOutput
        self.colorErrors = colorErrors
        self.layout = layout
    }

    /// The script's own problems (syntax, loading) as `file:line:column` messages; empty with JSON, which
    /// prints them among the answers.
    package func problems(_ outcome: ScriptOutcome, in session: Session) -> String {
        guard format != .json else { return "" }
        if outcome.diagnostics.contains(where: { $0.id == .interrupted }) { return "interrupted\n" }
        return render(outcome.diagnostics, session)
    }

    /// One piece per question in order; with JSON, also one per statement with a problem, in text order.
    package mutating func answers(_ outcome: ScriptOutcome, in session: Session) -> [Piece] {
        let steps = format == .json ? Self.merged(outcome, session.sources) : outcome.steps
        var printedAny = false
        return steps.map { step in
            let piece = answer(step, echo: outcome.steps.count > 1, first: !printedAny, session)
            printedAny = printedAny || !piece.output.isEmpty
            return piece
        }
    }

    /// The piece of one question of a script whose answers are printed as they come; `echo` when the
    /// script asks more than one question. `printedAny` says whether an earlier piece printed an answer.
    package mutating func piece(_ step: QuestionOutcome, echo: Bool, printedAny: Bool, in session: Session) -> Piece {
        answer(step, echo: echo, first: !printedAny, session)
    }

    /// The piece of one question; when rendering its answer read something of a compiled file that does
    /// not read, the reason instead of the answer.
    private mutating func answer(_ step: QuestionOutcome, echo: Bool, first: Bool, _ session: Session) -> Piece {
        let before = self
        let piece = rendered(step, echo: echo, first: first, session)
        guard step.answer != nil, let unreadable = session.knowledgeBase.unreadable else { return piece }
        self = before
        var failed = step
        failed.answer = nil
        failed.diagnostics.append(unreadable)
        return rendered(failed, echo: echo, first: first, session)
    }

    private mutating func rendered(_ step: QuestionOutcome, echo: Bool, first: Bool, _ session: Session) -> Piece {
        if step.diagnostics.contains(where: { $0.id == .interrupted }) { return Piece(errors: "interrupted\n") }
        var problems = step.wasExpected ? [] : step.diagnostics
        if let failure = step.expectationFailure { problems.append(failure) }
        var piece = Piece(errors: render(problems, session))
        switch format {
        case .table, .expanded:
            guard let answer = step.answer else { break }
            var layout = self.layout
            if format == .expanded { layout.expanded = .always }
            piece.output = (echo ? (first ? "" : "\n") + "» \(step.text.controlsEscaped.wrapped(to: layout.width, indent: 2))\n" : "")
            if case .timeline = answer.shape {
                piece.output += picture.text(answer, query: step.text, knowledgeBase: session.knowledgeBase, color: colorOutput)
            } else {
                piece.output += TableRenderer(color: colorOutput, layout: layout).render(answer, knowledgeBase: session.knowledgeBase)
            }
        case .json:
            piece.output = JSONRenderer.render(query: step.text, answer: step.answer,
                                               diagnostics: step.diagnostics + (step.expectationFailure.map { [$0] } ?? []),
                                               knowledgeBase: session.knowledgeBase, sources: session.sources) + "\n"
            piece.errors = ""
        case .csv:
            guard let answer = step.answer else { break }
            if !csvHeaderPrinted { piece.output = CSVRenderer.headerLine() }
            csvHeaderPrinted = true
            piece.output += CSVRenderer.render(query: step.text, answer: answer, knowledgeBase: session.knowledgeBase)
        case .svg:
            guard let answer = step.answer else { break }
            piece.output = TimelineSVG().render(picture.chart(answer, query: step.text, knowledgeBase: session.knowledgeBase))
        case .html:
            guard let answer = step.answer else { break }
            if !htmlHeaderPrinted { piece.output = TimelineHTML.header }
            htmlHeaderPrinted = true
            piece.output += TimelineHTML.section(query: step.text,
                                                 svg: TimelineSVG().render(picture.chart(answer, query: step.text, knowledgeBase: session.knowledgeBase)))
        }
        return piece
    }

    private func render(_ diagnostics: [Diagnostic], _ session: Session) -> String {
        diagnostics.isEmpty ? "" : DiagnosticRenderer(color: colorErrors).render(diagnostics, sources: session.sources)
    }

    /// The questions, and the script's own problems as failed steps of the statements they are in, in text
    /// order. A problem outside every statement stands for the whole text it is in.
    package static func merged(_ outcome: ScriptOutcome, _ sources: SourceSet) -> [QuestionOutcome] {
        var groups: [SourceLocation: [Diagnostic]] = [:]
        var order: [SourceLocation] = []
        for diagnostic in outcome.diagnostics {
            let place = statement(of: diagnostic, outcome.statements, sources)
            if groups[place] == nil { order.append(place) }
            groups[place, default: []].append(diagnostic)
        }
        let failed = order.map { place in
            QuestionOutcome(file: place.file,
                            text: sources.contains(place.file) ? sources[place.file].text(in: place.range).trimmingWhitespace : "",
                            range: place.range, answer: nil, diagnostics: groups[place] ?? [])
        }
        return (outcome.steps + failed).enumerated().sorted { a, b in
            (a.element.file.rawValue, a.element.range.start, a.offset) < (b.element.file.rawValue, b.element.range.start, b.offset)
        }.map(\.element)
    }

    private static func statement(of diagnostic: Diagnostic, _ statements: [SourceLocation], _ sources: SourceSet)
        -> SourceLocation {
        guard let location = diagnostic.location else {
            return whole(statements.first?.file ?? FileID(-1), sources)
        }
        let offset = location.range.start
        return statements.first { $0.file == location.file && ($0.range.contains(offset) || $0.range.end == offset) }
            ?? whole(location.file, sources)
    }

    private static func whole(_ file: FileID, _ sources: SourceSet) -> SourceLocation {
        SourceLocation(file: file, range: ByteRange(0, sources.contains(file) ? sources[file].bytes.count : 0))
    }
}

extension String {
    var trimmingWhitespace: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
