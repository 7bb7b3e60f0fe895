/// Sizes of files for people: "812 KB", "41.3 MB".
enum ByteSize {
    /// The size in the largest unit that keeps it at or above 1 (1000-based, as disks are sold).
    static func text(_ bytes: Int) -> String {
        let units = ["bytes", "KB", "MB", "GB", "TB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000 && unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        if unit == 0 { return "\(bytes) bytes" }
        return (value >= 100 ? String(Int(value.rounded())) : String((value * 10).rounded() / 10)) + " " + units[unit]
    }
}
