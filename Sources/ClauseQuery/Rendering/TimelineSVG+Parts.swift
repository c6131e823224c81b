/// Where things go in an SVG timeline: the label column, the plot, the notes column and the rows.
struct TimelineSVGLayout {
    var plotLeft: Double
    var plotRight: Double { plotLeft + TimelineSVG.plotWidth }
    var width: Double
    var height: Double
    var rowsBottom: Double
    var firstDay: Int
    var lastDay: Int

    init(_ chart: TimelineChart) {
        let labelCharacters = chart.bars.map(\.id.count).max() ?? 0
        let noteCharacters = chart.bars.map { $0.notes.joined(separator: ", ").count }.max() ?? 0
        plotLeft = TimelineSVG.margin + max(80, Double(labelCharacters) * TimelineSVG.characterWidth + 16)
        let titleWidth = Double(chart.title.count) * 10 + 2 * TimelineSVG.margin
        let notes = noteCharacters > 0 ? Double(noteCharacters) * TimelineSVG.characterWidth + 24 : 24
        width = max(plotLeft + TimelineSVG.plotWidth + notes + TimelineSVG.margin, titleWidth, 940)
        rowsBottom = TimelineSVG.axisY + 8 + Double(max(1, chart.bars.count)) * TimelineSVG.rowHeight
        height = rowsBottom + 64
        firstDay = chart.firstDay
        lastDay = chart.lastDay
    }

    /// The top of row `row`.
    func rowTop(_ row: Int) -> Double { TimelineSVG.axisY + 8 + Double(row) * TimelineSVG.rowHeight }

    /// The x where `day` begins.
    func x(_ day: Int) -> Double {
        plotLeft + Double(day - firstDay) / Double(lastDay + 1 - firstDay) * TimelineSVG.plotWidth
    }

    /// From where the first day begins to where the last ends, cut to the axis; nil when off it.
    func span(_ first: Int, _ last: Int) -> (Double, Double)? {
        let from = max(first, firstDay), to = min(last, lastDay)
        guard from <= to else { return nil }
        return (x(from), x(to + 1))
    }
}

extension TimelineSVG {
    /// The gradients of stretches with no limit, the hatching of conditional clauses and the links' arrowhead.
    static let definitions = """
        <defs>
        <linearGradient id="fade-right" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="\(mayColor)"/>\
        <stop offset="1" stop-color="\(mayColor)" stop-opacity="0"/></linearGradient>
        <linearGradient id="fade-left" x1="1" y1="0" x2="0" y2="0"><stop offset="0" stop-color="\(mayColor)"/>\
        <stop offset="1" stop-color="\(mayColor)" stop-opacity="0"/></linearGradient>
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
        <line x1="0" y1="0" x2="0" y2="6" stroke="\(inkColor)" stroke-width="1.5" stroke-opacity="0.6"/></pattern>
        <marker id="link-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">\
        <path d="M0,0 L10,5 L0,10 Z" fill="#555555"/></marker>
        </defs>

        """

    /// The axis line, a faint line where each year begins, and the years' numbers, as many as fit.
    func axis(_ chart: TimelineChart, _ layout: TimelineSVGLayout) -> String {
        let years = chart.lastYear - chart.firstYear + 1
        let step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].first { TimelineSVG.plotWidth / Double(years) * Double($0) >= 40 } ?? 1000
        var svg = "<g class=\"axis\">\n"
        for year in chart.firstYear...chart.lastYear + 1 {
            let x = layout.x(DayNumber.of(year: year, month: 1, day: 1))
            svg += "<line x1=\"\(svgNumber(x))\" y1=\"\(svgNumber(TimelineSVG.axisY - 4))\" x2=\"\(svgNumber(x))\" "
                + "y2=\"\(svgNumber(layout.rowsBottom))\" stroke=\"#dddddd\"/>\n"
            guard year <= chart.lastYear, year % step == 0 || years == 1 else { continue }
            let middle = layout.x(DayNumber.of(year: year, month: 7, day: 1))
            let labelX = step == 1 ? middle : x
            svg += "<text class=\"year\" x=\"\(svgNumber(labelX))\" y=\"\(svgNumber(TimelineSVG.axisY - 8))\" "
                + "text-anchor=\"middle\">\(year)</text>\n"
        }
        svg += "<line x1=\"\(svgNumber(layout.plotLeft))\" y1=\"\(svgNumber(TimelineSVG.axisY))\" "
            + "x2=\"\(svgNumber(layout.plotRight))\" y2=\"\(svgNumber(TimelineSVG.axisY))\" stroke=\"\(TimelineSVG.inkColor)\"/>\n"
        return svg + "</g>\n"
    }

    /// Swatches saying what each fill, the hatching, the links and today's line mean.
    func legend(_ chart: TimelineChart, _ layout: TimelineSVGLayout) -> String {
        let y = layout.rowsBottom + 28
        var items: [(swatch: String, text: String)] = [
            ("fill=\"\(TimelineSVG.sureColor)\"", "holds"),
            ("fill=\"\(TimelineSVG.mayColor)\"", "may hold (day not stated)"),
            ("fill=\"url(#fade-right)\"", "may hold, no limit given"),
        ]
        if chart.bars.contains(where: \.isConditional) {
            items.append(("fill=\"url(#hatch)\" stroke=\"\(TimelineSVG.inkColor)\" stroke-dasharray=\"3 2\"", "conditional"))
        }
        var svg = "<g class=\"legend\">\n"
        var x = TimelineSVG.margin
        for item in items {
            svg += "<rect x=\"\(svgNumber(x))\" y=\"\(svgNumber(y - 11))\" width=\"28\" height=\"14\" \(item.swatch)/>\n"
            svg += "<text x=\"\(svgNumber(x + 34))\" y=\"\(svgNumber(y))\">\(xmlEscaped(item.text))</text>\n"
            x += 34 + Double(item.text.count) * TimelineSVG.characterWidth + 20
        }
        if chart.bars.contains(where: { $0.successor != nil }) {
            svg += "<path d=\"M\(svgNumber(x)),\(svgNumber(y - 4)) L\(svgNumber(x + 28)),\(svgNumber(y - 4))\" stroke=\"#555555\" "
                + "stroke-dasharray=\"4 3\" marker-end=\"url(#link-arrow)\"/>\n"
            svg += "<text x=\"\(svgNumber(x + 34))\" y=\"\(svgNumber(y))\">replaced by</text>\n"
            x += 34 + 11 * TimelineSVG.characterWidth + 20
        }
        if chart.today != nil {
            svg += "<line x1=\"\(svgNumber(x + 14))\" y1=\"\(svgNumber(y - 12))\" x2=\"\(svgNumber(x + 14))\" y2=\"\(svgNumber(y + 3))\" "
                + "stroke=\"\(TimelineSVG.todayColor)\" stroke-width=\"1.5\"/>\n"
            svg += "<text x=\"\(svgNumber(x + 34))\" y=\"\(svgNumber(y))\">today</text>\n"
        }
        return svg + "</g>\n"
    }
}
