import ArgumentParser
import Foundation

/// A distance argument with its unit: "50km", "30mi", "5000m", or a bare number of kilometres.
struct Distance: ExpressibleByArgument {
    let kilometres: Double

    init(kilometres: Double) { self.kilometres = kilometres }

    init?(argument: String) {
        let text = argument.lowercased().trimmingCharacters(in: .whitespaces)
        let units: [(suffix: String, factor: Double)] = [("km", 1), ("mi", 1.609_344), ("m", 0.001), ("", 1)]
        for unit in units where text.hasSuffix(unit.suffix) {
            guard let value = Double(text.dropLast(unit.suffix.count).trimmingCharacters(in: .whitespaces)),
                value > 0, value.isFinite
            else { return nil }
            kilometres = value * unit.factor
            return
        }
        return nil
    }

    /// How `--help` shows a default ("50km"), in the form a user types.
    var defaultValueDescription: String { "\(kilometres.formatted(.number.grouping(.never)))km" }
}
