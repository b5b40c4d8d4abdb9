import Foundation
import Glibc
import Testing

/// The traps a new user meets in the first minutes: a mistyped inbox, relative paths, "today",
/// permissions, and exit statuses that say what happened.
@Suite(.timeLimit(.minutes(2)))
struct FirstRunTests {
    @Test func aNamedInboxThatDoesNotExistIsRefusedNotCreated() throws {
        let h = try DaemonHarness()
        let typo = h.root + "/inbx"
        try "inbox: \(typo)\n".write(toFile: h.root + "/newsd.yaml", atomically: true, encoding: .utf8)
        let socket = try h.launch(arguments: ["--config", h.root + "/newsd.yaml", "--state-dir", h.state], paths: false)
        let exit = try socket.wait(for: "the refusal", timeout: 30) { $0.hasPrefix("EXITED=") }
        #expect(exit == "EXITED=78")
        #expect(h.log.contains("the inbox \(typo) does not exist (named by inbox: in \(h.root)/newsd.yaml)"), "\(h.log)")
        #expect(!h.log.contains("Usage"))
        #expect(!FileManager.default.fileExists(atPath: typo))
        // --inbox alike.
        let flag = try h.launch(arguments: ["--inbox", typo, "--state-dir", h.state], paths: false)
        #expect(try flag.wait(for: "the refusal", timeout: 30) { $0.hasPrefix("EXITED=") } == "EXITED=78")
    }

    @Test func relativePathsInTheConfigurationAreTakenFromItsFolder() throws {
        let h = try DaemonHarness()
        let etc = h.root + "/etc"
        try FileManager.default.createDirectory(atPath: etc + "/drop", withIntermediateDirectories: true)
        try "subscriptions:\n  - id: sea\n    query: 'place:\"South China Sea\"'\n".write(toFile: etc + "/subs.yaml", atomically: true, encoding: .utf8)
        try "inbox: drop\nstate_dir: state\nsubscriptions_file: subs.yaml\n".write(toFile: etc + "/newsd.yaml", atomically: true, encoding: .utf8)
        // Started from another folder (as systemd starts it from /), it still finds them all.
        try h.launch(arguments: ["--config", "etc/newsd.yaml"], paths: false, directory: h.root)
            .wait(for: "READY=1", timeout: 30) { $0.contains("READY=1") }
        h.write("a.txt", "Ships in the South China Sea\n\nChinese and Philippine ships met in the South China Sea on Monday.", into: etc + "/drop")
        try h.waitForStatus("1 ingested") { $0.ingested >= 1 }
        #expect(h.stop() == 0)
        #expect(FileManager.default.fileExists(atPath: etc + "/state/newsd.db"))
        let alerts = try h.cli(["alerts", "--from-store", "--config", etc + "/newsd.yaml"], store: false)
        #expect(alerts.out.contains("sea  seq 1"), "\(alerts)")
    }

    @Test func listSortsByPublicationAndSinceUnderstandsToday() throws {
        let h = try DaemonHarness()
        h.write("old.md", "---\ntitle: Old news\ndate: 2020-01-02\n---\nJapan and Vietnam talked in 2020.", into: h.root)
        h.write("new.md", "---\ntitle: New news\ndate: 2026-11-20\n---\nJapan and Vietnam talked again.", into: h.root)
        h.write("undated.txt", "Undated news\n\nNobody said when.", into: h.root)
        #expect(try h.cli(["ingest", h.root + "/new.md", h.root + "/old.md", h.root + "/undated.txt"]).status == 0)
        let byPublication = try h.cli(["list", "--sort", "published"]).out.split(separator: "\n").map { $0.split(separator: "\t").last.map(String.init) ?? "" }
        #expect(byPublication == ["New news", "Old news", "Undated news"], "\(byPublication)")
        let byIntake = try h.cli(["list"]).out.split(separator: "\n")
        #expect(byIntake.first?.hasPrefix("3\t") == true && byIntake.first?.hasSuffix("\t-\tUndated news") == true, "\(byIntake)")
        #expect(try h.cli(["list", "--since", "today"]).out.split(separator: "\n").count == 3)
        #expect(try h.cli(["list", "--since", "yesterday"]).status == 0)
        let bad = try h.cli(["list", "--since", "tomorrowish"])
        #expect(bad.status == 64 && bad.err.contains("expected today, yesterday"))
    }

    @Test func runtimeErrorsHaveTheirOwnExitStatusAndNoUsageText() throws {
        let h = try DaemonHarness()
        let none = try h.cli(["list"])
        #expect(none.status == 66 && !none.err.contains("Usage"), "\(none)")
        try "max_file_sise: 1\n".write(toFile: h.root + "/bad.yaml", atomically: true, encoding: .utf8)
        let config = try h.cli(["list", "--config", h.root + "/bad.yaml"])
        #expect(config.status == 78 && config.err.contains("bad.yaml:1: max_file_sise: unknown key") && !config.err.contains("Usage"), "\(config)")
        #expect(try h.cli(["show", "1"]).status == 66)
    }

    /// Needs root to drop to another user (setpriv); as an ordinary user the store is unreadable by others anyway.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func anUnreadableStoreIsReportedAsAPermissionProblem() throws {
        let h = try DaemonHarness()
        h.write("a.txt", DaemonHarness.article(1), into: h.root)
        #expect(try h.cli(["ingest", h.root + "/a.txt"]).status == 0)
        chmod(h.state, 0o700)
        chmod(h.root, 0o755)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        p.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", DaemonHarness.binary, "list", "--state-dir", h.state]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = Pipe()
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 77, "\(message)")
        #expect(message.contains("permission denied") && message.contains("sudo -u newsd"), "\(message)")
        #expect(!message.contains("no store"))
    }

    @Test func mainCountriesAreStoredShownAndSearchable() throws {
        let h = try DaemonHarness()
        h.write("a.txt", "Vietnam and Japan sign defence pact\n\nHANOI, Nov 24 - Vietnam and Japan signed a defence pact in Hanoi on Monday. A diplomat from France attended.", into: h.root)
        #expect(try h.cli(["ingest", h.root + "/a.txt"]).status == 0)
        let show = try h.cli(["show", "1"]).out
        #expect(show.contains("about:     VN"), "\(show)")
        #expect(try h.cli(["search", "main_country:VN"]).out.contains("sign defence pact"))
        #expect(try h.cli(["search", "main_country:FR"]).out.isEmpty, "France is mentioned, not what it is about")
        #expect(try h.cli(["search", "country:FR"]).out.contains("sign defence pact"))
    }
}
