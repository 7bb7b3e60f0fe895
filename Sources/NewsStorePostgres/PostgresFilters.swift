#if PostgreSQL
    /// A WHERE clause built from only the filters that are set, so the planner can use the index each
    /// one names. Conditions are SQL written in the source, never user text: each `?` in a condition
    /// becomes the next `$n` placeholder, bound to the matching value.
    struct PostgresFilters {
        private(set) var conditions: [String] = []
        private(set) var values: [PostgresBind] = []

        /// Starts numbering after placeholders a statement uses before the filters.
        init(after values: [PostgresBind] = []) {
            self.values = values
        }

        /// Adds `condition`, whose `?` placeholders take `values` in order.
        mutating func add(_ condition: String, _ values: PostgresBind...) {
            precondition(condition.filter { $0 == "?" }.count == values.count, "one value per ? in \(condition)")
            var numbered = ""
            for character in condition {
                if character == "?" {
                    self.values.append(nil)
                    numbered += "$\(self.values.count)"
                } else {
                    numbered.append(character)
                }
            }
            self.values.removeLast(values.count)
            self.values.append(contentsOf: values)
            conditions.append(numbered)
        }

        /// The next placeholder, for a value bound after the filters (`LIMIT $n`).
        mutating func placeholder(_ value: PostgresBind) -> String {
            values.append(value)
            return "$\(values.count)"
        }

        /// The conditions joined with AND (`true` when there are none).
        var sql: String { conditions.isEmpty ? "true" : conditions.joined(separator: "\n  AND ") }
    }
#endif
