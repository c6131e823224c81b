/// A declaration that adds knowledge. Each case is boxed, so that a script's array of statements holds a
/// reference per statement rather than room for the largest declaration in each.
package indirect enum Declaration: Hashable, Sendable {
    /// `party_decl`.
    case party(PartyDecl)
    /// `asset_decl`.
    case asset(AssetDecl)
    /// `source_decl`.
    case source(SourceDecl)
    /// `agreement_decl`, with its clauses.
    case agreement(AgreementDecl)
    /// `event_decl`.
    case event(EventDecl)
    /// `prospect_decl`.
    case prospect(ProspectDecl)

    /// The bytes of the whole declaration, from its keyword through its `.` or closing `}`.
    package var range: ByteRange {
        switch self {
        case .party(let decl): return decl.range
        case .asset(let decl): return decl.range
        case .source(let decl): return decl.range
        case .agreement(let decl): return decl.range
        case .event(let decl): return decl.range
        case .prospect(let decl): return decl.range
        }
    }
}

/// `party_decl`: `party ID ["name"] [aka NAME, …] [part of PARTY].`
package struct PartyDecl: Hashable, Sendable {
    /// `party_decl` IDENT: the identifier declared.
    package var id: Name
    /// `party_decl` STRING: the display name, or nil when none is given.
    package var displayName: Name?
    /// `party_attr` `aka`: the aliases in order; empty without `aka`.
    package var aliases: [Name] = []
    /// `party_attr` `part of`: the party this one is part of, or nil.
    package var partOf: Name?
    /// The bytes from `party` through the `.`.
    package var range: ByteRange
}

/// `asset_decl`: `asset ID ["name"] [owned by PARTY].`
package struct AssetDecl: Hashable, Sendable {
    /// `asset_decl` IDENT: the identifier declared.
    package var id: Name
    /// `asset_decl` STRING: the display name, or nil when none is given.
    package var displayName: Name?
    /// `asset_decl` `owned by`: the owning party, or nil.
    package var owner: Name?
    /// The bytes from `asset` through the `.`.
    package var range: ByteRange
}

/// `source_decl`: `source ID "document" ["title"].`
package struct SourceDecl: Hashable, Sendable {
    /// `source_decl` IDENT: the identifier declared.
    package var id: Name
    /// `source_decl` first STRING: the document's name, as citations show it.
    package var document: Name
    /// `source_decl` second STRING: the title, or nil when none is given.
    package var title: Name?
    /// The bytes from `source` through the `.`.
    package var range: ByteRange
}

/// `agreement_decl`: an agreement's attributes and the clauses in its braces.
package struct AgreementDecl: Hashable, Sendable {
    /// `agreement_decl` IDENT: the identifier declared.
    package var id: Name
    /// `agreement_decl` STRING: the title, or nil when none is given.
    package var title: Name?
    /// `agreement_attr` `between`: the parties in order; empty without `between`.
    package var parties: [Name] = []
    /// `agreement_attr` `effective`: a date or `unknown` (never `open`), or nil when not given.
    package var effective: InstantSyntax?
    /// `agreement_attr` `amends`: the agreement amended, or nil.
    package var amends: Name?
    /// `agreement_attr` `cites`, or nil.
    package var citation: CitationSyntax?
    /// `agreement_attr` `note`, or nil.
    package var note: NoteSyntax?
    /// The `clause_decl`s in the braces that parsed, in order; clauses with syntax errors are left out.
    package var clauses: [ClauseDecl] = []
    /// The bytes from `agreement` through the closing `}`.
    package var range: ByteRange
}

/// What a clause is about: an action and the assets it concerns.
///
/// Most clauses name one asset: it is kept inline, and any others (and the assets after `on` and
/// `using`) in one box, so that the common clause allocates no array for them.
package struct AboutSyntax: Hashable, Sendable {
    /// `about` IDENT after `to`: the action, such as `access` or `pay`.
    package var action: Name
    /// The first asset acted on, or nil when none is given.
    private var firstObject: Name?
    /// The assets after the first, and those after `on` and `using`, or nil when there are none.
    private var rare: Boxed<RareParts>?

    /// The assets of an `about` that most clauses do not name.
    private struct RareParts: Hashable, Sendable {
        var moreObjects: [Name] = []
        var on: [Name] = []
        var using: [Name] = []
    }

    /// `to ACTION`, about no assets yet.
    package init(action: Name) {
        self.action = action
    }

    /// The asset acted on when it is the only asset named (none after it, none after `on` or `using`),
    /// read without making a list; nil otherwise.
    package var onlyObject: Name? { rare == nil ? firstObject : nil }

    /// True when `predicate` holds for every asset named: those acted on, and those after `on` and `using`.
    package func allAssets(satisfy predicate: (Name) -> Bool) -> Bool {
        if let only = onlyObject { return predicate(only) }
        return objects.allSatisfy(predicate) && on.allSatisfy(predicate) && using.allSatisfy(predicate)
    }

    /// `about` first `ref_list`: the assets acted on; empty when none are given.
    package var objects: [Name] {
        get {
            guard let firstObject else { return [] }
            return [firstObject] + (rare?.value.moreObjects ?? [])
        }
        set {
            firstObject = newValue.first
            rare.update(empty: RareParts()) { $0.moreObjects = Array(newValue.dropFirst()) }
        }
    }
    /// Assets after "on": where the action takes place.
    package var on: [Name] {
        get { rare?.value.on ?? [] }
        set { rare.update(empty: RareParts()) { $0.on = newValue } }
    }
    /// Assets after "using": what the action is done with.
    package var using: [Name] {
        get { rare?.value.using ?? [] }
        set { rare.update(empty: RareParts()) { $0.using = newValue } }
    }
}

/// `terminated by X` or `replaced by X`, optionally `on DATE`.
package struct EndingSyntax: Hashable, Sendable {
    /// Which word began the ending: `terminated` or `replaced`; an event's `exercises` or `lapses`
    /// ends a power as `exercised` or `lapsed`.
    package enum Kind: String, Hashable, Sendable { case terminated, replaced, exercised, lapsed }
    /// `clause_attr` `terminated` or `replaced`.
    package var kind: Kind
    /// `clause_attr` ref after `by`: the clause or agreement that ended it.
    package var by: Name
    /// `clause_attr` DATE after `on`, or nil when the ending applies from the start of what ended it.
    package var on: InstantSyntax?
    /// The bytes from `terminated` or `replaced` through the reference or date.
    package var range: ByteRange
}

/// `exercises POWER` or `lapses POWER` on an event.
package struct OptionSyntax: Hashable, Sendable {
    /// `exercised` for `exercises`, `lapsed` for `lapses`.
    package var kind: EndingSyntax.Kind
    /// The power named.
    package var power: Name
    /// The bytes from the keyword through the name.
    package var range: ByteRange
}

/// `clause_decl`: one clause of an agreement, as written.
///
/// The attributes most clauses leave out (`replaces`, a duration, conditions, amounts, an ending and a
/// note) are kept in one box, which a clause without them does not allocate.
package struct ClauseDecl: Hashable, Sendable {
    /// `clause_decl` IDENT: the identifier declared.
    package var id: Name
    /// `clause_head` `modality`, or `.term` for a term.
    package var modality: Modality
    /// `clause_attr` `exclusive` (true) or `not exclusive` (false); nil when not stated.
    package var exclusive: Bool?
    /// The bytes of the modality keyword.
    package var modalityRange: ByteRange
    /// `clause_decl` ref after `of`: the holding party.
    package var holder: Name?
    /// `clause_decl` ref after `against`, `toward` or `towards`, or nil when none is given.
    package var counterparty: Name?
    /// `about`: what the clause is about, or nil when it has no `to`.
    package var about: AboutSyntax?
    /// `clause_attr` `from`: the start, or nil when not given (the agreement's effective date applies).
    package var from: InstantSyntax?
    /// `clause_attr` `until`: the end, or nil when not given (the end is then unknown).
    package var until: InstantSyntax?
    /// `clause_attr` `cites`, or nil.
    package var citation: CitationSyntax?
    /// The bytes from `clause` through the `.`.
    package var range: ByteRange
    /// The attributes most clauses leave out, or nil when the clause has none of them.
    private var rare: Boxed<RareParts>?

    /// The attributes of a clause that most clauses leave out.
    private struct RareParts: Hashable, Sendable {
        var replaces: Name?
        var duration: DurationSyntax?
        var conditions: [ConditionSyntax] = []
        var amounts: [AmountSyntax] = []
        var ending: EndingSyntax?
        var note: NoteSyntax?
    }

    /// A clause `id` with the modality, holder and counterparty of its head, covering `range`, with no attributes yet.
    package init(id: Name, modality: Modality, modalityRange: ByteRange, holder: Name?, counterparty: Name? = nil,
                 range: ByteRange) {
        self.id = id
        self.modality = modality
        self.modalityRange = modalityRange
        self.holder = holder
        self.counterparty = counterparty
        self.range = range
    }

    /// `clause_attr` `replaces CLAUSE`: the earlier clause this one replaces, or nil.
    package var replaces: Name? {
        get { rare?.value.replaces }
        set { rare.update(empty: RareParts()) { $0.replaces = newValue } }
    }
    /// `duration`, written instead of `until`.
    package var duration: DurationSyntax? {
        get { rare?.value.duration }
        set { rare.update(empty: RareParts()) { $0.duration = newValue } }
    }
    /// `condition`s, in order.
    package var conditions: [ConditionSyntax] {
        get { rare?.value.conditions ?? [] }
        set { rare.update(empty: RareParts()) { $0.conditions = newValue } }
    }
    /// `clause_attr` `amount`, every one given, in order; the attribute may repeat.
    package var amounts: [AmountSyntax] {
        get { rare?.value.amounts ?? [] }
        set { rare.update(empty: RareParts()) { $0.amounts = newValue } }
    }
    /// `clause_attr` `terminated by` or `replaced by`, or nil.
    package var ending: EndingSyntax? {
        get { rare?.value.ending }
        set { rare.update(empty: RareParts()) { $0.ending = newValue } }
    }
    /// `clause_attr` `note`, or nil.
    package var note: NoteSyntax? {
        get { rare?.value.note }
        set { rare.update(empty: RareParts()) { $0.note = newValue } }
    }
}

/// `event_decl`: something that happened, as written.
package struct EventDecl: Hashable, Sendable {
    /// `event_decl` IDENT: the identifier declared.
    package var id: Name
    /// `event_decl` STRING: the title, or nil when none is given.
    package var title: Name?
    /// `event_attr` `on`, `after` or `before`, or nil when no date is given.
    package var date: InstantSyntax?
    /// `event_attr` `involving`: the parties in order; repeated `involving` attributes add up.
    package var involving: [Name] = []
    /// `event_attr` `amount`, every one given, in order.
    package var amounts: [AmountSyntax] = []
    /// `event_attr` `exercises POWER` or `lapses POWER`: the option the event exercised, or that lapsed
    /// unexercised, as `exercised` or `lapsed`; nil when it does neither.
    package var option: OptionSyntax?
    /// `event_attr` `cites`, or nil.
    package var citation: CitationSyntax?
    /// `event_attr` `note`, or nil.
    package var note: NoteSyntax?
    /// The bytes from `event` through the `.`.
    package var range: ByteRange
}

/// `prospect_decl`: something expected but not agreed, as written.
package struct ProspectDecl: Hashable, Sendable {
    /// `prospect_decl` IDENT: the identifier declared.
    package var id: Name
    /// `prospect_decl` STRING: the title, or nil when none is given.
    package var title: Name?
    /// `prospect_attr` `involving`: the parties in order; repeated `involving` attributes add up.
    package var involving: [Name] = []
    /// `prospect_attr` `cites`, or nil.
    package var citation: CitationSyntax?
    /// `prospect_attr` `note`, or nil.
    package var note: NoteSyntax?
    /// The bytes from `prospect` through the `.`.
    package var range: ByteRange
}
