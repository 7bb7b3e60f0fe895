import NewsStore

extension Listings {
    /// Saved queries; `withBody` adds the query text and its options (`saved show`).
    static func savedQueries(_ queries: [SavedQuery], withBody: Bool) -> Listing {
        var columns: [ListingColumn<SavedQuery>] = [
            .init("name", "Name") { .string($0.name) },
            .init("kind", "Kind") { .string($0.kind.rawValue) },
            .init("parameters", "Parameters") { query in
                let names = query.kind == .sql ? query.parameters : query.searchOptions.parameterNames
                return .array(names.map(OutputValue.string))
            },
            .init("description", "Description", flexible: true) { .string($0.description) },
        ]
        if withBody {
            columns += [
                .init("body", "Query", flexible: true) { .string($0.body) },
                .init("options", "Options") { query in
                    .object(query.searchOptions.settings.map { .init($0.key, .string($0.value)) })
                },
            ]
        }
        return Listing(noun: "saved queries", rows: queries, columns: columns)
    }

    /// Rows of a saved SQL query: its own columns, values as SQLite returned them. The columns
    /// are only known at run time, so here each cell is the value at its column's position.
    static func rows(_ result: QueryResult) -> Listing {
        var keys: [String] = []
        for column in result.columns {
            var key = column
            var suffix = 2
            while keys.contains(key) {
                key = "\(column)_\(suffix)"
                suffix += 1
            }
            keys.append(key)
        }
        return Listing(
            noun: "rows", columns: keys.map { Listing.Column(key: $0, header: $0, flexible: true) },
            rows: result.rows.map { row in
                row.map { value in
                    switch value {
                    case .null: return .null
                    case .integer(let int): return .int(Int(int))
                    case .real(let double): return .double(double)
                    case .text(let text): return .string(text)
                    case .blob(let bytes): return .string("<\(bytes.count) bytes>")
                    }
                }
            })
    }
}
