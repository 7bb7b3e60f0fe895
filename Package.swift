// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "newsq",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NewsStore", targets: ["NewsStore"]),
        .executable(name: "newsq", targets: ["newsq"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // Debian's libsqlite3 (FTS5 and R*Tree compiled in), reached through one header.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // Migrations and sample data compiled into the binary with C23 #embed, so a copied
        // binary still migrates and seeds a new database (Bundle.module would not follow it).
        .target(
            name: "CNewsqResources",
            cSettings: [.unsafeFlags(["-std=c23"])]
        ),
        .target(
            name: "NewsStore",
            dependencies: ["CSQLite", "CNewsqResources"]
        ),
        .executableTarget(
            name: "newsq",
            dependencies: [
                "NewsStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "NewsStoreTests", dependencies: ["NewsStore"]),
        .testTarget(
            name: "newsqTests",
            dependencies: ["newsq", "NewsStore"]
        ),
    ]
)
