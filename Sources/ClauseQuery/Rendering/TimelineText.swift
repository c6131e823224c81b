/// Draws a timeline chart as text fitted to a width: a label column, a bar of block characters per
/// clause on a year axis (plain ASCII when the terminal is not UTF-8), notes, and a legend.
package struct TimelineText: Sendable {
    /// The columns the picture may use; at least 40 are used.
    package var width: Int
    /// Block characters and arrows when true; ASCII otherwise.
    package var unicode: Bool
    /// ANSI colours: green where a clause surely holds, yellow where it may, red for today.
    package var color: Bool

    package init(width: Int = 80, unicode: Bool = true, color: Bool = false) {
        self.width = width
        self.unicode = unicode
        self.color = color
    }

    /// The characters of one style.
    struct Glyphs {
        var sure, may, fading, sureLeft, sureRight, mayLeft, mayRight, today, tick, rule, todayTick: String

        static let unicode = Glyphs(sure: "█", may: "▒", fading: "░", sureLeft: "◀", sureRight: "▶", mayLeft: "←",
                                    mayRight: "→", today: "│", tick: "┬", rule: "─", todayTick: "▼")
        static let ascii = Glyphs(sure: "#", may: "=", fading: ".", sureLeft: "<", sureRight: ">", mayLeft: "<",
                                  mayRight: ">", today: "|", tick: "+", rule: "-", todayTick: "v")
    }

    var glyphs: Glyphs { unicode ? .unicode : .ascii }

    /// The picture, each line ending in a newline.
    package func render(_ chart: TimelineChart) -> String {
        let width = max(40, self.width)
        var output = paint(chart.title.controlsEscaped, "1") + "\n"
        guard !chart.bars.isEmpty else { return output + "nothing to draw\n" }
        let labels = chart.bars.map(\.id.controlsEscaped)
        let labelWidth = min(labels.map(\.count).max() ?? 0, max(8, width / 4))
        let barNotes = chart.bars.map { $0.notes.map(\.controlsEscaped) }
        let notes = barNotes.map { $0.joined(separator: ", ") }
        let noteWidth = notes.map(\.count).max() ?? 0
        let years = chart.lastYear - chart.firstYear + 1
        let fullWidth = width - labelWidth - 2
        var barWidth = fullWidth - (noteWidth > 0 ? noteWidth + 2 : 0)
        // Notes go under the chart when beside it they would leave under two columns a year (or 24 in all).
        let notesBelow = noteWidth > 0 && (barWidth < 24 || barWidth < 2 * years && fullWidth >= 2 * years)
        if notesBelow { barWidth = fullWidth }
        let scale = TimelineScale(chart, columns: barWidth)
        let indent = String(repeating: " ", count: labelWidth + 2)
        output += (indent + yearLabels(scale)).trailingSpacesRemoved + "\n"
        output += indent + ruler(scale, chart.today) + "\n"
        for (index, bar) in chart.bars.enumerated() {
            var line = fitted(labels[index], labelWidth) + "  " + cells(bar, scale, today: chart.today)
            if !notesBelow && !notes[index].isEmpty { line += "  " + notes[index] }
            output += line.trailingSpacesRemoved + "\n"
        }
        output += legend(chart, scale, width: width)
        if notesBelow {
            for index in chart.bars.indices where !notes[index].isEmpty {
                let parts = barNotes[index]
                output += wrapped(["\(labels[index]):"] + parts.enumerated().map { $0 < parts.count - 1 ? $1 + "," : $1 },
                                  separator: " ", width: width)
            }
        }
        return output
    }

    /// The year numbers over the first column of their year, as many as fit with a space between.
    private func yearLabels(_ scale: TimelineScale) -> String {
        var line = ""
        for column in scale.cells.indices {
            guard let year = scale.labelledYear(column), line.count <= column else { continue }
            line += String(repeating: " ", count: column - line.count) + String(year)
        }
        return line
    }

    /// A rule with a tick where each labelled year begins and a mark over today's column.
    private func ruler(_ scale: TimelineScale, _ today: Int?) -> String {
        var line = ""
        for (column, cell) in scale.cells.enumerated() {
            if let today, cell.contains(today) {
                line += paint(glyphs.todayTick, "31")
            } else if cell.year != nil, scale.columnsPerYear > 1 || scale.labelledYear(column) != nil {
                line += glyphs.tick
            } else {
                line += glyphs.rule
            }
        }
        return line
    }

    /// One bar: each column drawn as the fill of the days it covers, an arrow where the bar runs off the axis.
    private func cells(_ bar: TimelineChart.Bar, _ scale: TimelineScale, today: Int?) -> String {
        var line = ""
        let count = scale.cells.count
        for (column, cell) in scale.cells.enumerated() {
            let fill = scale.fill(of: cell, bar.segments)
            let runsOffLeft = column == 0 && (bar.days.possible?.lowerBound ?? 0) < cell.first
            let runsOffRight = column == count - 1 && (bar.days.possible?.upperBound ?? 0) > cell.last
            switch fill {
            case nil:
                line += today.map(cell.contains) == true ? paint(glyphs.today, "31") : " "
            case .sure?:
                line += paint(runsOffLeft ? glyphs.sureLeft : runsOffRight ? glyphs.sureRight : glyphs.sure, "32")
            case .may?, .fading?:
                let shade = fill == .may ? glyphs.may : glyphs.fading
                line += paint(runsOffLeft ? glyphs.mayLeft : runsOffRight ? glyphs.mayRight : shade, "33")
            }
        }
        return line
    }

    /// What the characters mean and what one column stands for, on as many lines as the width needs.
    private func legend(_ chart: TimelineChart, _ scale: TimelineScale, width: Int) -> String {
        var parts = ["\(glyphs.sure) holds", "\(glyphs.may) may hold", "\(glyphs.fading)\(glyphs.mayRight) no limit given"]
        if let today = chart.today, let date = Days.date(today) { parts.append("\(glyphs.today) today \(date)") }
        parts.append("(a column is \(scale.columnSpan))")
        return wrapped(parts, separator: "  ", width: width)
    }

    /// The parts joined by `separator` on lines of at most `width` columns (a longer part has a line
    /// of its own), each line ending in a newline.
    private func wrapped(_ parts: [String], separator: String, width: Int) -> String {
        var lines: [String] = []
        for part in parts {
            if let last = lines.last, last.count + separator.count + part.count <= width {
                lines[lines.count - 1] = last + separator + part
            } else {
                lines.append(part)
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// `text` cut or padded to `width` columns.
    private func fitted(_ text: String, _ width: Int) -> String {
        if text.count <= width { return text + String(repeating: " ", count: width - text.count) }
        return String(text.prefix(width - 1)) + (unicode ? "…" : "~")
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// The columns of a text timeline: each stands for a stretch of days, several to a year or several
/// years to one, and the years whose number is shown.
struct TimelineScale {
    /// The days one column covers, and the year it begins when it begins one.
    struct Cell {
        var first: Int
        var last: Int
        var year: Int?

        func contains(_ day: Int) -> Bool { first <= day && day <= last }
    }

    var cells: [Cell] = []
    /// Columns to a year (at least 1), or years to a column (at least 1).
    var columnsPerYear = 1
    var yearsPerColumn = 1
    /// Where a column is a year or less, year numbers are shown for years divisible by this.
    var labelStep = 1

    init(_ chart: TimelineChart, columns: Int) {
        let years = chart.lastYear - chart.firstYear + 1
        let columns = max(1, columns)
        if columns >= years {
            columnsPerYear = columns / years
            for year in chart.firstYear...chart.lastYear {
                let start = DayNumber.of(year: year, month: 1, day: 1)
                let length = CalendarDate.isLeap(year) ? 366 : 365
                for part in 0..<columnsPerYear {
                    cells.append(Cell(first: start + length * part / columnsPerYear,
                                      last: start + length * (part + 1) / columnsPerYear - 1, year: part == 0 ? year : nil))
                }
            }
        } else {
            yearsPerColumn = (years + columns - 1) / columns
            var year = chart.firstYear
            while year <= chart.lastYear {
                let last = min(year + yearsPerColumn - 1, chart.lastYear)
                cells.append(Cell(first: DayNumber.of(year: year, month: 1, day: 1),
                                  last: DayNumber.of(year: last, month: 12, day: 31), year: year))
                year = last + 1
            }
        }
        labelStep = [1, 2, 5, 10].first { $0 * columnsPerYear >= 5 } ?? 10
    }

    /// The year shown over `column`: years divisible by `labelStep` where a column is a year or less,
    /// else every fifth column's first year.
    func labelledYear(_ column: Int) -> Int? {
        guard let year = cells[column].year else { return nil }
        if yearsPerColumn > 1 { return column % 5 == 0 ? year : nil }
        return year % labelStep == 0 ? year : nil
    }

    /// "4 months", "1 year", "5 years", "about 12 days".
    var columnSpan: String {
        if yearsPerColumn > 1 { return "\(yearsPerColumn) years" }
        if columnsPerYear == 1 { return "1 year" }
        if 12 % columnsPerYear == 0 { return columnsPerYear == 12 ? "1 month" : "\(12 / columnsPerYear) months" }
        return "about \(365 / columnsPerYear) days"
    }

    /// How a column is drawn: sure only when every day of it surely holds; may or fading when some day
    /// of it may hold; sure when some day surely holds and no other may; nil when none may.
    func fill(of cell: Cell, _ segments: [TimelineChart.Segment]) -> TimelineChart.Fill? {
        let touching = segments.filter { $0.first <= cell.last && $0.last >= cell.first }
        if touching.contains(where: { $0.fill == .sure && $0.first <= cell.first && $0.last >= cell.last }) { return .sure }
        for fill in [TimelineChart.Fill.may, .fading, .sure] where touching.contains(where: { $0.fill == fill }) {
            return fill
        }
        return nil
    }
}
