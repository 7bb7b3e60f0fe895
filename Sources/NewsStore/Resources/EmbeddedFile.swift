import CNewsqResources

/// A data file compiled into the binary (see Sources/CNewsqResources/resources.c).
struct EmbeddedFile {
    let name: String
    let bytes: UnsafeRawBufferPointer

    /// The file as UTF-8 text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Files of Migrations/, in order.
    static var migrations: [EmbeddedFile] {
        (0..<newsq_migration_count()).map { EmbeddedFile(newsq_migration($0)) }
    }

    /// Files of Migrations/postgresql/, in order.
    static var postgreSQLMigrations: [EmbeddedFile] {
        (0..<newsq_pg_migration_count()).map { EmbeddedFile(newsq_pg_migration($0)) }
    }

    /// Files of SampleData/.
    static var samples: [EmbeddedFile] {
        (0..<newsq_sample_count()).map { EmbeddedFile(newsq_sample($0)) }
    }

    /// The HTML5 named character references (Sources/CNewsqResources/html5-entities.txt).
    static var htmlEntities: EmbeddedFile { EmbeddedFile(newsq_html_entities()) }

    /// The sample file with this name, if it is compiled in.
    static func sample(named name: String) -> EmbeddedFile? {
        samples.first { $0.name == name }
    }

    private init(_ resource: newsq_resource) {
        name = String(cString: resource.name)
        bytes = UnsafeRawBufferPointer(start: resource.bytes, count: resource.size)
    }
}
