import Foundation

/// The inputs of an import turned into jobs, one per article, in input order: a page or text
/// file is one job (read by the worker); a JSON, feed or WARC file is split here, on the
/// writer's thread, into one job per record. The format is sniffed from the first bytes
/// (inflated when gzipped), then the name. JSON and WARC files, and standard input, are read a
/// record at a time; a feed is read whole.
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

    /// Largest feed, or page on standard input, read whole (inflated).
    static let maximumDocumentBytes = 256 << 20

    private var inputs: ImportSource.Iterator
    private let standardInput: (() -> Data)?
    private let publishedOverride: CalendarDay?
    private var records: (any RecordReader)?

    /// The jobs of `paths`; "-" reads `standardInput`'s bytes, or the process's standard input
    /// as a stream when it is nil.
    init(paths: [String], publishedOverride: CalendarDay?, standardInput: (() -> Data)?) {
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
        case .standardInput: return openStandardInput()
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

    /// Standard input: streamed like a file (a page or text on it is read whole).
    private mutating func openStandardInput() -> Element {
        do {
            let stream =
                try standardInput.map { try ByteStreamReader(data: $0(), origin: "-") }
                ?? ByteStreamReader(handle: FileHandle.standardInput, origin: "-")
            let format = InputFormat.detect(head: try stream.peek(InputFormat.sniffBytes), name: nil)
            switch format {
            case .html, .text:
                return .job(job("-", .bytes(try stream.readAll(limit: Self.maximumDocumentBytes))))
            case .warc: records = WARCReader(stream: stream, origin: "-")
            case .json, .feed: records = try containerRecords(format, stream: stream, origin: "-")
            }
            return .openedInput
        } catch {
            return .failure(.init(origin: "-", reason: Self.reason(error)))
        }
    }

    private func containerRecords(_ format: InputFormat, stream: ByteStreamReader, origin: String) throws
        -> any RecordReader
    {
        if format == .json { return JSONRecordSplitter(stream: stream, origin: origin) }
        let outputs = FeedReader.records(in: try stream.readAll(limit: Self.maximumDocumentBytes), origin: origin)
        if outputs.isEmpty {
            return ListedRecords(outputs: [.failure(.init(origin: origin, reason: "no feed items in the file"))])
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
