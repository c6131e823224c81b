// swift-tools-version:6.1
import PackageDescription


let package = Package(
    name: "clq",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "ClauseQuery", targets: ["ClauseQuery"]),
        // The C interface (Sources/CClq/include/clq.h); script/install installs it as libclq.
        .library(name: "ClauseC", type: .dynamic, targets: ["ClauseC"]),
        .executable(name: "clq", targets: ["clq"]),
        .executable(name: "clq-lsp", targets: ["clq-lsp"]),
        .executable(name: "clq-mcp", targets: ["clq-mcp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", exact: "0.12.1"),
        .package(url: "https://github.com/apple/swift-system", exact: "1.8.1"),
        .package(url: "https://github.com/apple/swift-log.git", exact: "1.16.2"),
    ],
    targets: [
        .target(
            name: "ClauseQuery",
            linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]
        ),
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        // What the C allocator offers that Swift's Glibc module does not: giving freed memory back.
        .target(name: "CMemory"),
        .target(name: "ClauseSystem", dependencies: ["ClauseQuery", "CMemory"]),
        .target(name: "CClq", exclude: ["clq.map"]),
        .target(name: "ClauseC", dependencies: ["CClq", "ClauseQuery", "ClauseSystem"]),
        .target(
            name: "ClauseOptions",
            dependencies: ["ClauseQuery", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(
            name: "ClauseREPL",
            dependencies: ["ClauseQuery", "ClauseSystem", "CLibEdit"]
        ),
        .executableTarget(
            name: "clq",
            dependencies: [
                "ClauseOptions",
                "ClauseQuery",
                "ClauseREPL",
                "ClauseSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "clq-lsp",
            dependencies: [
                "ClauseLSP",
                "ClauseOptions",
                "ClauseQuery",
                "ClauseSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "clq-mcp",
            dependencies: [
                "ClauseMCP",
                "ClauseOptions",
                "ClauseQuery",
                "ClauseSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ClauseQueryTests",
            dependencies: [
                "ClauseQuery",
                "GrowthMeasurement",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "ClauseREPLTests",
            dependencies: ["ClauseREPL", "ClauseSystem", "GrowthMeasurement"]
        ),
        // How the cost of some work grows when its input doubles: the complexity tests' measure.
        .target(name: "GrowthMeasurement", path: "Tests/GrowthMeasurement"),
        .testTarget(
            name: "CLITests",
            dependencies: ["clq", "clq-lsp", "clq-mcp"]
        ),
        .target(
            name: "ClauseLSP",
            dependencies: ["ClauseQuery"]
        ),
        .target(
            name: "ClauseMCP",
            dependencies: [
                "ClauseQuery",
                .product(name: "MCP", package: "swift-sdk"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        .executableTarget(
            name: "clq-fuzz",
            dependencies: ["ClauseQuery"]
        ),
        .executableTarget(
            name: "clq-fuzz-lsp",
            dependencies: ["ClauseLSP", "ClauseQuery"]
        ),
        .executableTarget(
            name: "clq-fuzz-mcp",
            dependencies: ["ClauseLSP", "ClauseMCP", "ClauseQuery", .product(name: "MCP", package: "swift-sdk")]
        ),
        .executableTarget(
            name: "clq-embedding-example",
            dependencies: ["ClauseQuery"],
            path: "Examples/Embedding"
        ),
        .testTarget(
            name: "ClauseCTests",
            dependencies: ["CClq", "ClauseC"]
        ),
        .testTarget(
            name: "ClauseLSPTests",
            dependencies: ["ClauseLSP", "ClauseQuery", "GrowthMeasurement", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "ClauseMCPTests",
            dependencies: ["ClauseMCP", "ClauseQuery", .product(name: "MCP", package: "swift-sdk")]
        ),
        .testTarget(
            name: "ClauseToolsTests",
            dependencies: [
                "ClauseQuery",
                "clq-embedding-example",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
    ]
)
