import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program as a child process and measures it whole: wall time on the bench's clock, CPU
/// time and peak resident memory from `wait4`'s rusage (ru_maxrss, kilobytes on Linux), which
/// belongs to that child alone (unlike getrusage(RUSAGE_CHILDREN), the maximum over all children).
struct ChildProcess {
    /// What one run cost.
    struct Measurement: Sendable {
        let status: Int32
        let wall: Duration
        let cpuSeconds: Double
        let maxRSSKilobytes: Int
        /// The file standard output went to.
        let stdoutPath: String
        let stderrPath: String

        /// The first line the child wrote on stderr (for a failure's report).
        var firstErrorLine: String {
            let text = (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
            return text.split(separator: "\n").first.map(String.init) ?? ""
        }
    }

    /// The program (a path) and its arguments.
    let executable: String
    let arguments: [String]
    /// Extra environment entries over the bench's own.
    var environment: [String: String] = [:]

    /// Runs the program to its end with stdin from /dev/null and stdout/stderr to the given files.
    /// - Throws: `BenchError.cannotRun` when the process cannot be started or waited for.
    func run(stdout: String = "/dev/null", stderr: String) throws -> Measurement {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var merged = ProcessInfo.processInfo.environment
        merged.merge(environment) { $1 }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid = pid_t()
        let clock = ContinuousClock()
        let start = clock.now
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw BenchError.cannotRun(executable, String(cString: strerror(spawned)))
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError.cannotRun(executable, String(cString: strerror(errno))) }
        }
        let wall = clock.now - start
        let cpu =
            Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
        // Exit status if it exited, else 128 + the signal, as a shell reports it.
        let code: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Measurement(
            status: code, wall: wall, cpuSeconds: cpu, maxRSSKilobytes: Int(usage.ru_maxrss), stdoutPath: stdout,
            stderrPath: stderr)
    }
}
