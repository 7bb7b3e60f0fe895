// libFuzzer entry point for newsq's readers and query parser (FUZZING.md). Built with
// `swift build -c debug --sanitize=fuzzer --product newsq-fuzz`, libFuzzer supplies `main` and
// calls the function below with each input; in an ordinary build this file is the whole
// program and does nothing.
import Foundation
import NewsStore

/// One in-memory store for every input: opening it and loading the shipped gazetteer takes
/// seconds, extraction after that milliseconds.
///
/// `nonisolated(unsafe)` proof: libFuzzer calls `LLVMFuzzerTestOneInput` from one thread only
/// (its default; newsq-fuzz is not run with -fork or -jobs sharing a process), so this is read
/// and written by one thread.
nonisolated(unsafe) var fuzzStore: NewsStore?

/// Opens the store and builds its gazetteer once, before libFuzzer starts timing inputs (the
/// first build of the gazetteer image takes longer than a per-input timeout).
@_cdecl("LLVMFuzzerInitialize")
public func newsqFuzzInitialize(_ argc: UnsafeMutableRawPointer?, _ argv: UnsafeMutableRawPointer?) -> CInt {
    fuzzStore = try? NewsStore(path: ":memory:", access: .create)
    _ = try? fuzzStore?.extract(Data("Warm-up\n\nOfficials in Mosul met on Monday.\n".utf8), origin: "warm-up.txt")
    return 0
}

/// Feeds one input to newsq: the first byte picks the search (query parser, then FTS5 through
/// SQLite), the text cleaner or the HTML reader (both followed by the whole extraction:
/// publication date, places, date expressions and their resolution). A failure must be a
/// `NewsStoreError`; anything else stops the run as a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func newsqFuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    if fuzzStore == nil { fuzzStore = try? NewsStore(path: ":memory:", access: .create) }
    guard let store = fuzzStore else { preconditionFailure("cannot open an in-memory store") }
    let data = Data(bytes.dropFirst())
    do {
        switch bytes[0] % 3 {
        case 0: _ = try store.search(String(decoding: data, as: UTF8.self))
        case 1: _ = try store.extract(data, origin: "fuzz.txt")
        default: _ = try store.extract(Data("<!doctype html><html>".utf8) + data, origin: "fuzz.html")
        }
    } catch is NewsStoreError {
        // A clean refusal: what a user would read.
    } catch {
        preconditionFailure("not a clean error: \(error)")
    }
    return 0
}
