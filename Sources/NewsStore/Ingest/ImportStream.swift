import Foundation

/// The inputs of an import turned into jobs, one per article, in input order: a page or text
/// file is one job (read by the worker); a JSON, feed or WARC file is split here, on the
/// writer's thread, into one job per record. The format is sniffed from the first bytes
/// (inflated when gzipped), then the name. A WARC file is read a record at a time.
struct ImportStream: IteratorProtocol {
    /// What comes out next.
    enum Element {
        case job(ImportJob)
        case failure(ImportSummary.Failure)
        /// A file a folder walk passed over (its extension label), or a record that is not an
        /// article (the reason).
        case skippedFile(String)
        case skippedRecord(String)
        /// A new input was opened (for progress).
        case openedInput
    }

    /// Largest JSON or feed file read whole (inflated).
    static let maximumDocumentBytes = 256 << 20

    private var inputs: ImportSource.Iterator
    private let standardInput: () -> Data
    private let publishedOverride: CalendarDay?
    private var records: (any RecordReader)?

    init(paths: [String], publishedOverride: CalendarDay?, standardInput: @escaping () -> Data) {
        inputs = ImportSource(paths: paths).makeIterator()
        self.standardInput = standardInput
        self.publishedOverride = publishedOverride
    }

    mutating func next() -> Element? {
        if records != nil {
            if let output = records?.next() {
                switch output {
                case .record(let origin, let record): return .job(job(origin, .record(record)))
                case .failure(let failure): return .failure(failure)
                case .skipped(let reason): return .skippedRecord(reason)
                }
            }
            records = nil
        }
        guard let input = inputs.next() else { return nil }
        switch input {
        case .failure(let failure): return .failure(failure)
        case .skipped(let name): return .skippedFile(InputFormat.skippedLabel(of: name))
        case .file(let path): return open(path: path)
        case .standardInput: return open(data: standardInput())
        }
    }

    /// Sniffs a file: a page or text becomes one job; a container starts a record reader.
    private mutating func open(path: String) -> Element {
        // A FIFO, device or socket would block the sniffing read or never end.
        if let kind = ImportJob.notARegularFile(path) {
            return .failure(.init(origin: path, reason: "it is \(kind), not a file; give an article file"))
        }
        do {
            let stream = try ByteStreamReader(path: path)
            let format = InputFormat.detect(head: try stream.peek(InputFormat.sniffBytes), name: path)
            switch format {
            case .html, .text: return .job(job(path, .file(path)))
            case .warc: records = WARCReader(stream: stream, origin: path)
            case .json, .feed: records = try containerRecords(format, stream: stream, origin: path)
            }
            return .openedInput
        } catch {
            return .failure(.init(origin: path, reason: Self.reason(error)))
        }
    }

    /// Standard input, read whole already.
    private mutating func open(data: Data) -> Element {
        do {
            let stream = try ByteStreamReader(data: data, origin: "-")
            let format = InputFormat.detect(head: try stream.peek(InputFormat.sniffBytes), name: nil)
            switch format {
            case .html, .text: return .job(job("-", .bytes(data)))
            case .warc: records = WARCReader(stream: stream, origin: "-")
            case .json, .feed: records = try containerRecords(format, stream: stream, origin: "-")
            }
            return .openedInput
        } catch {
            return .failure(.init(origin: "-", reason: Self.reason(error)))
        }
    }

    private func containerRecords(_ format: InputFormat, stream: ByteStreamReader, origin: String) throws
        -> ListedRecords
    {
        let data = try stream.readAll(limit: Self.maximumDocumentBytes)
        let outputs =
            format == .json
            ? JSONRecordSplitter.records(in: data, origin: origin) : FeedReader.records(in: data, origin: origin)
        if outputs.isEmpty {
            let what = format == .json ? "no JSON objects" : "no feed items"
            return ListedRecords(outputs: [.failure(.init(origin: origin, reason: "\(what) in the file"))])
        }
        return ListedRecords(outputs: outputs[...])
    }

    private func job(_ origin: String, _ source: ImportJob.Source) -> ImportJob {
        ImportJob(origin: origin, source: source, publishedOverride: publishedOverride)
    }

    private static func reason(_ error: any Error) -> String {
        if case NewsStoreError.unreadableInput(_, let reason) = error { return reason }
        return String(describing: error)
    }
}
