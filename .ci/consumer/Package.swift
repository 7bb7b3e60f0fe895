// swift-tools-version:6.0
// CI's consumer package: depends on NewsStore by version, as a user's package would. .ci/run
// tags a copy of this repository 1.0.0, points NEWSQ_PACKAGE_URL at it, and writes
// Sources/newsq-consumer/main.swift from the README's "Use NewsStore from Swift" example.
import PackageDescription

let package = Package(
    name: "newsq-consumer",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(
            url: Context.environment["NEWSQ_PACKAGE_URL"] ?? "file:///tmp/newsq-ci-consumer/newsq",
            from: "1.0.0"
        )
    ],
    targets: [
        .executableTarget(
            name: "newsq-consumer",
            dependencies: [.product(name: "NewsStore", package: "newsq")]
        )
    ]
)
