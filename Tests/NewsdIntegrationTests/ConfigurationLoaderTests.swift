import Foundation
import Testing

@testable import NewsRuntime

@Suite struct ConfigurationLoaderTests {
    let defaults = NewsdConfiguration(environment: [:])

    @Test func theExampleFileHoldsTheEmbeddedDefaults() throws {
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../examples/newsd.yaml").standardized.path
        let loaded = try ConfigurationLoader.load(file: example, over: defaults)
        #expect(loaded == defaults)
    }

    @Test func readsEveryKey() throws {
        let text = """
            inbox: /srv/in
            state_dir: /srv/state
            after_ingest: delete
            recursive: true
            min_file_age: 250ms
            rescan_interval: 2m
            max_file_size: 512KiB
            batch_max_files: 64
            batch_max_wait: 5ms
            ignore_suffixes: [".skip", ".lock"]
            log_level: debug
            """
        let c = try ConfigurationLoader.parse(text, file: "t.yaml", over: defaults)
        #expect(c.inbox == "/srv/in")
        #expect(c.stateDirectory == "/srv/state")
        #expect(c.processedDirectory == "/srv/state/processed")
        #expect(c.failedDirectory == "/srv/state/failed")
        #expect(c.afterIngest == .delete)
        #expect(c.recursive)
        #expect(c.minimumFileAge == 0.25)
        #expect(c.rescanInterval == 120)
        #expect(c.maximumFileSize == 512 * 1024)
        #expect(c.batchMaximumFiles == 64)
        #expect(c.batchMaximumWait == 0.005)
        #expect(c.ignoredSuffixes == [".skip", ".lock"])
        #expect(c.logLevel == "debug")
    }

    @Test(arguments: [
        ("inbox: a\nmax_file_sise: 1MiB\n", "t.yaml:2: max_file_sise: unknown key"),
        ("after_ingest: archive\n", "t.yaml:1: after_ingest: expected one of: move, delete"),
        ("rescan_interval: often\n", "t.yaml:1: rescan_interval: expected a duration"),
        ("max_file_size: big\n", "t.yaml:1: max_file_size: expected a size"),
        ("batch_max_files: 0\n", "t.yaml:1: batch_max_files: expected a whole number"),
        ("recursive: maybe\n", "t.yaml:1: recursive: expected true or false"),
        ("- just\n- a list\n", "t.yaml:1: the file must be a mapping"),
        ("inbox: [unclosed\n", "t.yaml:2:1: not valid YAML: did not find expected ',' or ']'"),
    ])
    func errorsNameTheFileLineAndKey(text: String, message: String) {
        do {
            _ = try ConfigurationLoader.parse(text, file: "t.yaml", over: defaults)
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.description.hasPrefix(message), "\(error.description)")
        }
    }

    @Test func stateDirOnTheCommandLineKeepsTheSpool() throws {
        let spool = try Daemon.Source(file: nil, inbox: nil, stateDirectory: "/srv/state")
            .load(environment: ["NEWSD_SPOOL": "/var/spool/newsd"])
        #expect(spool.storePath == "/srv/state/newsd.db")
        #expect(spool.processedDirectory == "/var/spool/newsd/processed")
        let local = try Daemon.Source(file: nil, inbox: "in", stateDirectory: "/srv/state").load(environment: [:])
        #expect(local.processedDirectory == "/srv/state/processed")
        #expect(local.failedDirectory == "/srv/state/failed")
        #expect(local.inbox == "in")
    }

    @Test func systemdEnvironmentSetsTheDefaults() {
        let c = NewsdConfiguration(environment: ["STATE_DIRECTORY": "/var/lib/newsd", "NEWSD_SPOOL": "/var/spool/newsd"])
        #expect(c.storePath == "/var/lib/newsd/newsd.db")
        #expect(c.inbox == "/var/spool/newsd/inbox")
        #expect(c.processedDirectory == "/var/spool/newsd/processed")
        #expect(c.failedDirectory == "/var/spool/newsd/failed")
    }
}
