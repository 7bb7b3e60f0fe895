/// Given names read from SampleData/names (compiled in, see resources.c): a capitalised word in
/// these lists may start a person's name ("Sheldon Adelson"), so what follows it is not a place.
enum PersonNames {
    static let files = ["names/given-names.txt", "names/given-names-world.txt"]

    /// Folded given names, read once per process. Empty only in a build that lacks the files,
    /// which ResourceTests rules out.
    static let given: Set<String> = {
        var names: Set<String> = []
        for name in files {
            guard let file = EmbeddedFile.sample(named: name) else { continue }
            for line in file.text.split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
                names.insert(String(line))
            }
        }
        return names
    }()
}
