/// What stops the benchmark, in words that say what to do.
enum BenchError: Error, CustomStringConvertible {
    case missingFile(String)
    case cannotWrite(String)
    case cannotRun(String, String)
    case missingTool(String)
    case failed(String, String)

    var description: String {
        switch self {
        case .missingFile(let path): return "cannot read \(path); run newsq-bench from the newsq source tree"
        case .cannotWrite(let path): return "cannot write \(path); check the --work folder"
        case .cannotRun(let program, let reason): return "cannot run \(program): \(reason)"
        case .missingTool(let message): return message
        case .failed(let step, let detail): return "\(step) failed: \(detail)"
        }
    }
}
