import Foundation

extension NewsStore {
    /// The dry run of an import without any database (the shipped gazetteer): what importing
    /// `path` would store for each article in it — a page or text, or every record of a JSON,
    /// feed or WARC file, gzipped or not — in input order. Records that are not articles (a WARC
    /// request, an image response) are left out; a newsq export record is stored as given by an
    /// import, so it is reported as having nothing to extract.
    /// - Parameters:
    ///   - path: a file, a folder, or "-" for standard input.
    ///   - publishedOverride: the publication day of every article.
    ///   - standardInput: the bytes read for "-"; nil reads the process's standard input.
    /// - Throws: `GazetteerImage` errors when the shipped gazetteer cannot be prepared.
    public static func previewExtraction(
        _ path: String, publishedOverride: CalendarDay? = nil, standardInput: (() -> Data)? = nil
    ) throws -> [ExtractionPreview] {
        let pipeline = ArticlePipeline(gazetteer: try GazetteerIndex.shipped())
        var stream = ImportStream(paths: [path], publishedOverride: publishedOverride, standardInput: standardInput)
        var previews: [ExtractionPreview] = []
        func failed(_ origin: String, _ reason: String) {
            previews.append(.init(origin: origin, result: .failure(.unreadableInput(path: origin, reason: reason))))
        }
        while let element = stream.next() {
            switch element {
            case .job(let job):
                switch job.run(with: pipeline) {
                case .ready(let write, _): previews.append(.init(origin: job.origin, result: .success(write.extracted)))
                case .exported:
                    failed(job.origin, "a newsq export record: import stores it as given, nothing to extract")
                case .failed(let failure): failed(failure.origin, failure.reason)
                }
            case .failure(let failure): failed(failure.origin, failure.reason)
            case .skippedFile, .skippedRecord, .openedInput: continue
            }
        }
        return previews
    }
}
