import Foundation
import Testing

/// The pages in a real browser (scripts/browser-check.py: headless Chromium over the DevTools
/// protocol): the DOM of the alerts, article and search pages, a new alert arriving over the event
/// stream without a reload, and a hostile article whose scripts never run. A browser is heavy beside
/// the timing-sensitive daemon tests, so it runs only when asked (NEWSD_BROWSER_TESTS=1) and where
/// Debian's chromium and Python's websocket-client are; .ci/run installs both and runs the script
/// after the suite.
@Suite(.enabled(if: HeadlessBrowser.requested, "the browser test runs with NEWSD_BROWSER_TESTS=1 (or scripts/browser-check.py; .ci/run does)"),
       .enabled(if: HeadlessBrowser.available, "no chromium or no Python websocket-client: apt-get install chromium; pip install websocket-client"))
struct BrowserTests {
    @Test(.timeLimit(.minutes(3)))
    func thePagesWorkInABrowserAndAHostileArticleNeverRuns() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../scripts/browser-check.py").standardized.path
        // Screenshots are kept as artefacts where NEWSD_ARTEFACTS names a folder, else in a temp folder.
        var arguments = [script, "--newsd", DaemonHarness.binary]
        if let folder = ProcessInfo.processInfo.environment["NEWSD_ARTEFACTS"] { arguments += ["--out", folder + "/browser"] }
        let result = try DaemonHarness.run("/usr/bin/env", ["python3"] + arguments)
        #expect(result.status == 0, "\(result.out)\(result.err)")
        #expect(result.out.contains(" 0 failed"), "\(result.out)")
    }
}

enum HeadlessBrowser {
    static let chromium = "/usr/bin/chromium"
    static var requested: Bool { ProcessInfo.processInfo.environment["NEWSD_BROWSER_TESTS"] == "1" }
    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: chromium)
            && (try? DaemonHarness.run("/usr/bin/env", ["python3", "-c", "import websocket"]).status) == 0
    }
}
