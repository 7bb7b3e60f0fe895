/// A saved search's run-time values: dates relative to today (`7d`, `last monday`) and
/// parameters (`:since`, `:place`) are kept as written when the search is saved and resolved each
/// time it runs, so a weekly script needs no editing.
///
/// ```swift
/// var options = SearchOptions()
/// try options.set("since", to: ":since")
/// let run = try options.resolved(parameters: ["since": "7d"], today: DayExpression.today)
/// ```
extension SearchOptions {
    /// The text filters that may be a `:name` parameter.
    private static let textKeys = ["author", "place", "source"]

    /// The parameters the options wait for, without their colon, in `settingKeys` order.
    public var parameterNames: [String] {
        var names: [String] = []
        for expression in [sinceExpression, untilExpression] {
            if case .parameter(let name)? = expression, !names.contains(name) { names.append(name) }
        }
        for text in [author, place, source] {
            if let name = Self.parameterName(text), !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// True when something is left to resolve at run time.
    public var needsResolving: Bool {
        !parameterNames.isEmpty || sinceExpression != nil || untilExpression != nil
    }

    /// The options with every parameter bound and every relative date turned into a day.
    /// A parameter named like a setting (`since`, `place`, `limit` …) that the options do not
    /// wait for replaces that setting.
    /// - Throws: `NewsStoreError.parameterMismatch` for a missing or unknown parameter or a
    ///   value a setting cannot take.
    public func resolved(parameters: [String: String], today: CalendarDay, name: String = "search") throws
        -> SearchOptions
    {
        let expected = parameterNames
        let overridable = expected + Self.settingKeys.filter { !expected.contains($0) }
        if let missing = expected.first(where: { parameters[$0] == nil }) {
            throw NewsStoreError.parameterMismatch(
                name: name, reason: "parameter \(missing) is not given", expected: expected)
        }
        if let unknown = parameters.keys.sorted().first(where: { !overridable.contains($0) }) {
            throw NewsStoreError.parameterMismatch(
                name: name, reason: "unknown parameter \(unknown)", expected: overridable)
        }
        var result = self
        do {
            for (key, value) in [("since", sinceExpression), ("until", untilExpression)] {
                if case .parameter(let parameter)? = value, let text = parameters[parameter] {
                    try result.set(key, to: text)
                }
            }
            for (key, text) in zip(Self.textKeys, [author, place, source]) {
                if let parameter = Self.parameterName(text), let value = parameters[parameter] {
                    try result.set(key, to: value)
                }
            }
            for (key, value) in parameters where !expected.contains(key) {
                try result.set(key, to: value)
            }
        } catch let invalid as InvalidSetting {
            throw NewsStoreError.parameterMismatch(name: name, reason: invalid.description, expected: expected)
        }
        for upper in [false, true] {
            guard let expression = upper ? result.untilExpression : result.sinceExpression else { continue }
            guard let day = expression.resolve(today: today, upper: upper) else {
                throw NewsStoreError.parameterMismatch(
                    name: name, reason: "\(upper ? "until" : "since") \(expression) has no value", expected: expected)
            }
            if upper { result.until = day } else { result.since = day }
            if upper { result.untilExpression = nil } else { result.sinceExpression = nil }
        }
        return result
    }

    /// `place` for the text `:place`.
    private static func parameterName(_ text: String?) -> String? {
        guard let text, text.hasPrefix(":") else { return nil }
        let name = String(text.dropFirst())
        return SavedQuery.isValidName(name) ? name : nil
    }
}
