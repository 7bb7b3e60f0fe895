extension Listings {
    /// A trend: one row per period. One query: `period`, `matches`, `total`, `share`; several:
    /// `period`, `total`, then each query's matches under the query and its share under
    /// "<query> share".
    static func trend(_ series: TrendSeries) -> Listing {
        var columns: [Listing.Column] = [.init(key: "period", header: "Period", role: .identifier)]
        if series.queries.count == 1 {
            columns += [
                .init(key: "matches", header: "Matches"), .init(key: "total", header: "Articles"),
                .init(key: "share", header: "Share"),
            ]
        } else {
            columns.append(.init(key: "total", header: "Articles"))
            for query in series.queries {
                columns += [.init(key: query, header: query), .init(key: query + " share", header: "Share")]
            }
        }
        let rows: [[OutputValue]] = series.periods.indices.map { index in
            var row: [OutputValue] = [.string(series.periods[index])]
            if series.queries.count == 1 {
                return row + [
                    .int(series.matches[0][index]), .int(series.totals[index]),
                    OutputValue(series.share(query: 0, period: index)),
                ]
            }
            row.append(.int(series.totals[index]))
            for query in series.queries.indices {
                row += [.int(series.matches[query][index]), OutputValue(series.share(query: query, period: index))]
            }
            return row
        }
        return Listing(noun: "periods", columns: columns, rows: rows)
    }
}
