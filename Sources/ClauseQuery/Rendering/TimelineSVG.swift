/// Draws a timeline chart as a standalone SVG document: a title, a year axis, a labelled bar per clause
/// (solid where it surely holds, light where it may, fading where the source gives no limit, hatched
/// when conditional), links from replaced clauses to their replacements, today, and a legend.
package struct TimelineSVG: Sendable {
    /// Pixels: the plot's width, a row's height, a bar's height and the margin around everything.
    static let plotWidth = 720.0, rowHeight = 30.0, barHeight = 14.0, margin = 16.0
    /// The y of the axis line: below the title and the year labels.
    static let axisY = 84.0
    /// An estimate of a character's width at the font size used, for the label and note columns.
    static let characterWidth = 7.6
    /// Colours of sure and may stretches, of lines and of today.
    static let sureColor = "#1f5f9e", mayColor = "#8fbce6", inkColor = "#333333", todayColor = "#c62828"

    package init() {}

    /// The document, ending in a newline.
    package func render(_ chart: TimelineChart) -> String {
        let layout = TimelineSVGLayout(chart)
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(svgNumber(layout.width))" height="\(svgNumber(layout.height))" \
            viewBox="0 0 \(svgNumber(layout.width)) \(svgNumber(layout.height))" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" \
            font-size="13" fill="\(Self.inkColor)">

            """
        svg += "<title>\(xmlEscaped(chart.title))</title>\n"
        svg += Self.definitions
        svg += "<rect class=\"background\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
        svg += "<text class=\"title\" x=\"\(svgNumber(Self.margin))\" y=\"30\" font-size=\"18\" font-weight=\"bold\">\(xmlEscaped(chart.title))</text>\n"
        svg += axis(chart, layout)
        if chart.bars.isEmpty {
            svg += "<text class=\"empty\" x=\"\(svgNumber(layout.plotLeft))\" y=\"\(svgNumber(Self.axisY + 24))\">nothing to draw</text>\n"
        }
        for (index, bar) in chart.bars.enumerated() { svg += draw(bar, row: index, layout) }
        svg += links(chart, layout)
        svg += today(chart, layout)
        svg += legend(chart, layout)
        return svg + "</svg>\n"
    }

    /// The label, the stretches, any arrow off the axis, the conditional hatching and the notes of one bar.
    private func draw(_ bar: TimelineChart.Bar, row: Int, _ layout: TimelineSVGLayout) -> String {
        let top = layout.rowTop(row) + (Self.rowHeight - Self.barHeight) / 2
        let middle = top + Self.barHeight / 2
        var svg = "<g class=\"bar\" data-clause=\"\(xmlEscaped(bar.id))\" data-certainty=\"\(bar.row.certainty.identifier)\">\n"
        svg += "<text class=\"label\" x=\"\(svgNumber(Self.margin))\" y=\"\(svgNumber(middle + 4.5))\">\(xmlEscaped(bar.id))</text>\n"
        for segment in bar.segments {
            guard let (left, right) = layout.span(segment.first, segment.last) else { continue }
            let fill: String
            switch segment.fill {
            case .sure: fill = Self.sureColor
            case .may: fill = Self.mayColor
            case .fading: fill = segment.first > bar.days.beginning.upperBound ? "url(#fade-right)" : "url(#fade-left)"
            }
            svg += "<rect class=\"\(segment.fill.rawValue)\" data-first=\"\(day(segment.first))\" data-last=\"\(day(segment.last))\" "
                + "x=\"\(svgNumber(left))\" y=\"\(svgNumber(top))\" width=\"\(svgNumber(right - left))\" height=\"\(svgNumber(Self.barHeight))\" fill=\"\(fill)\"/>\n"
        }
        if bar.isConditional, let possible = bar.days.possible, let (left, right) = layout.span(possible.lowerBound, possible.upperBound) {
            svg += "<rect class=\"conditional\" x=\"\(svgNumber(left))\" y=\"\(svgNumber(top))\" width=\"\(svgNumber(right - left))\" "
                + "height=\"\(svgNumber(Self.barHeight))\" fill=\"url(#hatch)\" stroke=\"\(Self.inkColor)\" stroke-dasharray=\"3 2\"/>\n"
        }
        if let possible = bar.days.possible {
            let sureEdge = { (day: Int) in bar.segments.contains { $0.fill == .sure && $0.first <= day && $0.last >= day } }
            if possible.lowerBound < layout.firstDay {
                svg += arrow(at: layout.plotLeft, middle, pointing: -1, sure: sureEdge(layout.firstDay))
            }
            if possible.upperBound > layout.lastDay {
                svg += arrow(at: layout.plotRight, middle, pointing: 1, sure: sureEdge(layout.lastDay))
            }
        }
        if !bar.notes.isEmpty {
            svg += "<text class=\"note\" x=\"\(svgNumber(layout.plotRight + 14))\" y=\"\(svgNumber(middle + 4.5))\">"
                + "\(xmlEscaped(bar.notes.joined(separator: ", ")))</text>\n"
        }
        return svg + "</g>\n"
    }

    /// A triangle at the axis's edge: the bar runs on past it.
    private func arrow(at x: Double, _ y: Double, pointing direction: Double, sure: Bool) -> String {
        let tip = x + direction * 10
        return "<path class=\"arrow\" d=\"M\(svgNumber(x)),\(svgNumber(y - 7)) L\(svgNumber(tip)),\(svgNumber(y)) L\(svgNumber(x)),\(svgNumber(y + 7)) Z\" "
            + "fill=\"\(sure ? Self.sureColor : Self.mayColor)\"/>\n"
    }

    /// Curves from the end of each replaced clause's bar to the start of its replacement's.
    private func links(_ chart: TimelineChart, _ layout: TimelineSVGLayout) -> String {
        var svg = ""
        for (row, bar) in chart.bars.enumerated() {
            guard let successor = bar.successor, let next = chart.bars.firstIndex(where: { $0.id == successor }),
                  let from = bar.days.possible, let to = chart.bars[next].days.possible,
                  let (_, x1) = layout.span(from.lowerBound, from.upperBound),
                  let (x2, _) = layout.span(to.lowerBound, to.upperBound) else { continue }
            let down = next > row
            let y1 = layout.rowTop(row) + Self.rowHeight / 2 + (down ? 1 : -1) * Self.barHeight / 2
            let y2 = layout.rowTop(next) + Self.rowHeight / 2 + (down ? -1 : 1) * Self.barHeight / 2
            let bend = (y1 + y2) / 2
            svg += "<path class=\"link\" data-from=\"\(xmlEscaped(bar.id))\" data-to=\"\(xmlEscaped(successor))\" "
                + "d=\"M\(svgNumber(x1)),\(svgNumber(y1)) C\(svgNumber(x1)),\(svgNumber(bend)) \(svgNumber(x2)),\(svgNumber(bend)) \(svgNumber(x2)),\(svgNumber(y2))\" fill=\"none\" "
                + "stroke=\"#555555\" stroke-width=\"1.2\" stroke-dasharray=\"4 3\" marker-end=\"url(#link-arrow)\"/>\n"
        }
        return svg.isEmpty ? "" : "<g class=\"links\">\n" + svg + "</g>\n"
    }

    /// A red line through every row on today's date, labelled above the axis.
    private func today(_ chart: TimelineChart, _ layout: TimelineSVGLayout) -> String {
        guard let today = chart.today, let date = Days.date(today) else { return "" }
        let x = layout.x(today)
        return """
            <g class="today" data-date="\(date)">
            <line x1="\(svgNumber(x))" y1="\(svgNumber(Self.axisY - 22))" x2="\(svgNumber(x))" y2="\(svgNumber(layout.rowsBottom))" stroke="\(Self.todayColor)" stroke-width="1.5"/>
            <text x="\(svgNumber(x + 4))" y="\(svgNumber(Self.axisY - 24))" fill="\(Self.todayColor)">today \(date)</text>
            </g>

            """
    }

    func day(_ day: Int) -> String { Days.date(day)?.description ?? "unbounded" }
}

/// A number for SVG attributes: to a tenth, without a fraction when whole.
func svgNumber(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    let whole = abs(tenths) / 10, fraction = abs(tenths) % 10
    return sign + (fraction == 0 ? "\(whole)" : "\(whole).\(fraction)")
}

/// Text with the characters XML reserves replaced by references, and control characters (which XML does
/// not allow) shown escaped as a terminal shows them.
func xmlEscaped(_ text: String) -> String {
    var result = ""
    for character in text.controlsEscaped {
        switch character {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        default: result.append(character)
        }
    }
    return result
}
