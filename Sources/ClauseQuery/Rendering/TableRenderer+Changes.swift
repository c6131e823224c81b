/// A changes answer as people read a diff: per agreement, each clause that was replaced (old → new,
/// with what differs), ended or started, with its certainty.
extension TableRenderer {
    /// The diff's lines, then its summary.
    func diff(_ answer: Answer, _ kb: KnowledgeBase) -> String {
        let diff = ChangeDiff(answer, kb)
        var output = ""
        for group in diff.groups {
            let title = kb.agreement(named: group.agreement).map { kb.agreements[Int($0)].title } ?? ""
            output += paint(fit(group.agreement + (title.isEmpty || title == group.agreement ? "" : " \"\(title)\""), indent: 2), "1")
                + "\n"
            for entry in group.entries {
                let mark = entry.kind == .replaced ? "~" : entry.kind == .ended ? "-" : "+"
                let state = entry.certainty == .holds ? entry.kind.rawValue
                    : entry.kind == .replaced ? "may have been replaced" : "may have \(entry.kind.rawValue)"
                var head = "  \(mark) \(paint(state, code(for: entry.certainty))): "
                var plainHead = "  \(mark) \(state): "
                let ids = ((entry.old.map { $0.id + " → " } ?? "") + entry.row.id + via(entry.row)).controlsEscaped
                var what = entry.kind == .replaced ? entry.row.about : sentence(entry.row)
                if entry.kind != .replaced, !entry.row.terms.isEmpty { what += "; " + entry.row.terms.joined(separator: ", ") }
                if entry.certainty == .mayHold, let reason = entry.row.reason ?? entry.old?.reason { what += " (\(reason))" }
                what = what.controlsEscaped
                plainHead += "\(ids): \(what)"
                head += "\(ids): \(what)"
                let wrapped = fit(plainHead, indent: 6)
                output += head.count == plainHead.count ? wrapped : head + String(wrapped.dropFirst(plainHead.count))
                output += "\n"
                for difference in entry.differences {
                    output += fit("      \(difference.field): \(difference.old) → \(difference.new)", indent: 8) + "\n"
                }
            }
        }
        return output + fit("\(diff.summary)\(answer.period.map { " (\($0))" } ?? "")", indent: 2) + "\n"
    }

    /// "right of Microsoft against OpenAI to access OpenAI models".
    private func sentence(_ row: ResultRow) -> String {
        var text = (row.modality?.rawValue ?? "clause") + (row.holder.map { " of \($0)" } ?? "")
        if let counterparty = row.counterparty {
            let preposition = row.modality?.isDuty == true ? "toward" : row.modality == .power ? "over" : "against"
            text += " \(preposition) \(counterparty)"
        }
        return row.about.isEmpty ? text : text + " to " + row.about
    }

    private func via(_ row: ResultRow) -> String { row.via.map { " (via \($0))" } ?? "" }
}
