// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "newsq",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NewsStore", targets: ["NewsStore"]),
        .executable(name: "newsq", targets: ["newsq"]),
    ],
    // `newsq serve` is built only with `--traits Server`, so the default build and test never
    // fetch-build Hummingbird and SwiftNIO; without the trait the command says how to get it.
    // The PostgreSQL engine (postgres-nio, SwiftNIO) likewise: only `--traits PostgreSQL` builds it
    // into NewsStorePostgres and links it into newsq; without it the target is empty and a
    // postgresql:// location is answered with how to build with the trait.
    traits: [
        .trait(name: "Server", description: "Build `newsq serve`, the local web view (Hummingbird)."),
        .trait(name: "PostgreSQL", description: "Build the PostgreSQL engine (postgres-nio) for postgresql:// stores."),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // Debian's libsqlite3 (FTS5 and R*Tree compiled in), reached through one header.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // zlib for gzipped input (.html.gz, .warc.gz), reached through one header; only
        // Sources/NewsStore/Ingest/Formats/GzipInflater.swift imports it.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Migrations and sample data compiled into the binary with C23 #embed, so a copied
        // binary still migrates and seeds a new database (Bundle.module would not follow it).
        // The C standard is set for the package (cLanguageStandard below), not with an unsafe
        // flag: SwiftPM refuses a versioned dependency whose targets use unsafe flags.
        .target(name: "CNewsqResources"),
        .target(
            name: "NewsStore",
            dependencies: ["CSQLite", "CZlib", "CNewsqResources"]
        ),
        // The PostgreSQL engine behind the same storage boundary; its sources are all inside
        // `#if PostgreSQL`, so without the trait it compiles to nothing and pulls in nothing.
        .target(
            name: "NewsStorePostgres",
            dependencies: [
                "NewsStore",
                .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["PostgreSQL"])),
            ]
        ),
        .executableTarget(
            name: "newsq",
            dependencies: [
                "NewsStore",
                .target(name: "NewsStorePostgres", condition: .when(traits: ["PostgreSQL"])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird", condition: .when(traits: ["Server"])),
            ],
            // The Swift runtime and Foundation linked in statically in release builds: a dynamic
            // newsq spends most of a short command's start-up in the loader (relocating 20
            // libraries), which issue 9's 20 ms target for `--version` and small searches cannot
            // afford. Only this executable target, so the NewsStore product stays free of unsafe
            // flags for packages that depend on it by version; debug builds and tests stay dynamic.
            linkerSettings: [
                .unsafeFlags(
                    [
                        "-static-stdlib",
                        // Foundation's static archives do not name what they need; the driver's
                        // static-stdlib-args.lnk covers only the core runtime.
                        "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims", "-l_FoundationCollections",
                        "-lswiftSynchronization",
                    ],
                    .when(configuration: .release)
                )
            ]
        ),
        // Maintainer tool, not a product: derives SampleData/gazetteer from a GeoNames dump and
        // Natural Earth's country points (NaturalEarth/: its input and the script that makes it).
        .executableTarget(
            name: "newsq-compact-gazetteer",
            dependencies: [
                "NewsStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["NaturalEarth"]
        ),
        // Benchmark, not a product and not a test: newsq against the sqlite3 CLI (BENCHMARKS.md).
        .executableTarget(
            name: "newsq-bench",
            dependencies: [
                "NewsStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Maintainer tool, not a product: scores extraction on ../shared/corpus (EVALUATION.md).
        .executableTarget(
            name: "newsq-eval",
            dependencies: [
                "NewsStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target, not a product: swift build -c debug --sanitize=fuzzer --product newsq-fuzz
        // (FUZZING.md). A plain build makes a program that does nothing.
        .executableTarget(name: "newsq-fuzz", dependencies: ["NewsStore"]),
        // Fixtures/ holds sample inputs the tests read by path (#filePath), not resources.
        .testTarget(name: "NewsStoreTests", dependencies: ["NewsStore"], exclude: ["Fixtures"]),
        // The same cases on SQLite and, with the trait and NEWSQ_TEST_POSTGRES_URL, on PostgreSQL.
        .testTarget(name: "ConformanceTests", dependencies: ["NewsStore", "NewsStorePostgres"]),
        .testTarget(name: "CompactGazetteerTests", dependencies: ["newsq-compact-gazetteer"]),
        .testTarget(name: "NewsqBenchTests", dependencies: ["newsq-bench", "NewsStore"]),
        .testTarget(name: "NewsqEvalTests", dependencies: ["newsq-eval", "NewsStore"]),
        .testTarget(
            name: "newsqTests",
            dependencies: ["newsq", "NewsStore"]
        ),
    ],
    // C23 for #embed; this toolchain's clang accepts it as c2x.
    cLanguageStandard: .c2x
)
