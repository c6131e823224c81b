/// What a front end tells the renderers of pictures about where they are shown: the terminal's width,
/// today's date and whether the terminal shows Unicode. The core reads none of these itself.
package struct PictureSettings: Sendable, Equatable {
    /// The columns a text timeline may use.
    package var width: Int
    /// Today, marked on timelines; nil leaves the mark out.
    package var today: CalendarDate?
    /// Block characters when true, plain ASCII otherwise.
    package var unicode: Bool

    package init(width: Int = 80, today: CalendarDate? = nil, unicode: Bool = true) {
        self.width = width
        self.today = today
        self.unicode = unicode
    }

    /// The chart of `answer` under `query`, with today marked when it falls on the axis.
    package func chart(_ answer: Answer, query: String, knowledgeBase kb: KnowledgeBase) -> TimelineChart {
        TimelineChart(answer, title: query, knowledgeBase: kb, today: today?.firstDay)
    }

    /// A timeline answer as text, in colour when `color` is true.
    package func text(_ answer: Answer, query: String, knowledgeBase kb: KnowledgeBase, color: Bool) -> String {
        TimelineText(width: width, unicode: unicode, color: color).render(chart(answer, query: query, knowledgeBase: kb))
    }
}
