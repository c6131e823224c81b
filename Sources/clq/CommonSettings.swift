import ClauseQuery
import ClauseSystem

/// What every way of asking questions is told by the command line, however it was read: the knowledge to
/// answer from, and how answers are printed.
struct CommonSettings {
    var configuration = SessionConfiguration()
    var format = RenderFormat.table
    /// The table columns asked for, already checked.
    var columns: [String]?
    var noPager = false
    var today: CalendarDate?
    var keepGoing = false

    /// How tables are laid out on standard output: fitted to the terminal, or one line per row off one.
    var layout: TableLayout {
        guard let size = Terminal.size(descriptor: 1) else { return TableLayout(columns: columns) }
        return TableLayout(width: size.columns, expanded: .auto, columns: columns)
    }
}
