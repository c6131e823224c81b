/// The cells of a table, header first and then row by row in one array, each escaped and measured once
/// as it is added.
struct TableGrid {
    /// How many cells a row has.
    let columnCount: Int
    /// The cells, `columnCount` to a row, their control characters escaped.
    private(set) var cells: [String] = []
    /// The display width of each cell.
    private(set) var widths: [Int] = []

    /// A grid whose first row is `header`, with room for `rows` rows more.
    init(header: [String], rows: Int) {
        columnCount = header.count
        cells.reserveCapacity((rows + 1) * columnCount)
        widths.reserveCapacity((rows + 1) * columnCount)
        for name in header {
            cells.append(name)
            widths.append(name.displayWidth)
        }
    }

    /// How many rows there are, the header included.
    var rowCount: Int { columnCount == 0 ? 0 : cells.count / columnCount }

    /// Cells as the grid keeps them: control characters escaped, with their display widths.
    static func escaped(_ texts: [String]) -> [(text: String, width: Int)] { texts.map(\.escapedForTable) }

    /// Adds the next cells that `escaped` gave, row by row.
    mutating func append(escaped row: [(text: String, width: Int)]) {
        for (cell, width) in row {
            cells.append(cell)
            widths.append(width)
        }
    }

    func cell(_ row: Int, _ column: Int) -> String { cells[row * columnCount + column] }

    func width(_ row: Int, _ column: Int) -> Int { widths[row * columnCount + column] }

    /// The width of each of `columns`: its widest cell, the header's included.
    func naturalWidths(_ columns: [Int]) -> [Int] {
        var result = [Int](repeating: 0, count: columns.count)
        for row in 0..<rowCount {
            for (position, column) in columns.enumerated() { result[position] = max(result[position], width(row, column)) }
        }
        return result
    }

    /// `columns` of every row, header first, as arrays.
    func rows(_ columns: [Int]) -> [[String]] {
        (0..<rowCount).map { row in columns.map { cell(row, $0) } }
    }
}
