// swift-tools-version:6.1
import Foundation
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "newsd",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "newsd", targets: ["newsd"]),
        .library(name: "NewsCore", targets: ["NewsCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
    ],
    targets: [
        // C libraries from Debian's -dev packages.
        .systemLibrary(name: "CSystemd", pkgConfig: "libsystemd", providers: [.apt(["libsystemd-dev"])]),
        .target(name: "CShims"),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // libxml2 stays behind this C target: its headers pull in an ICU that clashes with Foundation's.
        .target(name: "CMarkup", dependencies: ["CLibXML2"]),
        // Charset detection for text that is not UTF-8 and declares no charset.
        .systemLibrary(name: "CUchardet", pkgConfig: "uchardet", providers: [.apt(["libuchardet-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // CLD2 language identification (Debian's libcld2-dev has no pkg-config file) behind a C API.
        .target(name: "CLanguageID", linkerSettings: [.linkedLibrary("cld2")]),
        // Snowball stemmers for topic terms in other languages than English (no pkg-config file).
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        // NewsCore's data files (Sources/NewsCore/Resources) as bytes, by C23 #embed.
        .target(name: "CNewsData", cSettings: [.unsafeFlags(["-std=c23"])]),
        // NewsWeb's templates, stylesheet, script and OpenAPI document (Sources/NewsWeb/Resources), by #embed.
        .target(name: "CNewsWebData", cSettings: [.unsafeFlags(["-std=c23"])]),

        // Pure core: article model, decoders, analysis, query language, journal records. No I/O.
        .target(
            name: "NewsCore",
            dependencies: [
                "CMarkup", "CZlib", "CLanguageID", "CNewsData", "CUchardet", "CStemmer",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ],
            // Data as data, compiled into the binary so that it needs no files beside it: the large
            // files through CNewsData, which the C compiler embeds in milliseconds.
            exclude: ["Resources/default-topics.yaml", "Resources/lexicon.tsv", "Resources/country-names.tsv",
                      "Resources/places.tsv", "Resources/small-towns.tsv", "Resources/languages.tsv", "Resources/topic-model.tsv",
                      "Resources/name-context.tsv", "Resources/name-shapes.tsv", "Resources/organizations.tsv",
                      "Resources/organizations-ja.tsv", "Resources/korean-words.tsv",
                      "Resources/place-context.tsv"],
            resources: [.embedInCode("Resources/term-document-frequency.tsv")],
            swiftSettings: strict
        ),
        // Adapter: the append-only journaled store on SQLite.
        .target(
            name: "NewsStoreSQLite",
            dependencies: ["NewsCore", "CSQLite"],
            swiftSettings: strict
        ),
        // Adapter: the shared store on PostgreSQL, for several servers writing into one database.
        .target(
            name: "NewsStorePostgres",
            dependencies: [
                "NewsCore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        // Adapters: inotify, spool files, systemd (sd_notify, journal), config, and the daemon wiring.
        .target(
            name: "NewsRuntime",
            dependencies: [
                "NewsCore", "NewsStoreSQLite", "NewsStorePostgres", "CSystemd", "CShims",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        // Adapter: the read-only web server (JSON API, Server-Sent Events, pages), on the store ports only.
        .target(
            name: "NewsWeb",
            dependencies: [
                "NewsCore", "CNewsWebData",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            // Templates, CSS, JS and the OpenAPI document are data files, compiled in through CNewsWebData.
            exclude: ["Resources"],
            swiftSettings: strict
        ),
        // Thin executable: argument parsing only.
        .executableTarget(
            name: "newsd",
            dependencies: [
                "NewsRuntime", "NewsStoreSQLite", "NewsStorePostgres", "NewsCore", "NewsWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),

        // Fakes for tests: an in-memory store behind the ports, a recording sink, a manual clock.
        .target(name: "NewsTestSupport", dependencies: ["NewsCore"], swiftSettings: strict),

        .testTarget(name: "NewsCoreTests", dependencies: ["NewsCore", "NewsTestSupport"], swiftSettings: strict),
        .testTarget(name: "NewsStoreSQLiteTests", dependencies: ["NewsStoreSQLite", "NewsCore", "CSQLite"], swiftSettings: strict),
        // One store suite over the ports, against SQLite and (with NEWSD_TEST_POSTGRES_URL) PostgreSQL.
        .testTarget(
            name: "NewsStoreTests",
            dependencies: [
                "NewsStoreSQLite", "NewsStorePostgres", "NewsCore", "NewsTestSupport", "NewsRuntime",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "NewsdIntegrationTests",
            dependencies: [
                "newsd", "NewsRuntime", "NewsStoreSQLite", "NewsCore", "NewsTestSupport", "NewsWeb",
                // An HTTP client that reads event streams as they come, in the web tests.
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                // A real HTTP server in the webhook tests.
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer harness over the decoders: only with NEWSD_FUZZ=1 (scripts/fuzz.sh), since it
// has no main of its own and links only with -sanitize=fuzzer.
if ProcessInfo.processInfo.environment["NEWSD_FUZZ"] != nil {
    package.targets.append(
        .executableTarget(name: "NewsdFuzz", dependencies: ["NewsCore", "NewsRuntime"], swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
}

// The alert-matching benchmark: only with NEWSD_BENCH=1 (see docs/benchmarks.md).
if ProcessInfo.processInfo.environment["NEWSD_BENCH"] != nil {
    package.targets.append(
        .executableTarget(name: "NewsdBench", dependencies: ["NewsCore", "NewsStoreSQLite", "CShims"], swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
}
