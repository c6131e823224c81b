/// An HTML page of pictures: a head printed once, then a section per question with the question as its
/// heading and its SVG timeline. The page leaves `</body></html>` off, which HTML allows.
package enum TimelineHTML {
    /// The doctype, the character set, a title and a little style.
    package static let header = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>clq timelines</title>
        <style>body { font-family: sans-serif; margin: 24px; } section { margin-bottom: 32px; } \
        h2 { font: 15px monospace; } svg { max-width: 100%; height: auto; }</style>
        </head>
        <body>

        """

    /// One question and its picture.
    package static func section(query: String, svg: String) -> String {
        "<section>\n<h2>\(xmlEscaped(query))</h2>\n\(svg)</section>\n"
    }
}
