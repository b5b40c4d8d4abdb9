import Foundation
import NewsCore
import Testing

@testable import NewsRuntime

@Suite struct SinkConfigurationTests {
    let defaults = NewsdConfiguration(environment: [:])

    @Test func readsEverySinkTypeAndKeepsTheJournal() throws {
        let text = """
            sinks:
              - id: ops-webhook
                type: webhook
                url: https://hooks.example.org/newsd
                headers: {Authorization: Bearer abc}
                timeout: 5s
                secret_file: /run/credentials/newsd-deliver.service/webhook
              - id: chat
                type: webhook
                url: http://10.0.0.5:8065/hooks/xyz
                template: mattermost
                secret_env: NEWSD_CHAT_SECRET
              - id: page
                type: exec
                command: [/usr/local/bin/page, --team, ops]
                timeout: 20s
            """
        let c = try ConfigurationLoader.parse(text, file: "t.yaml", over: defaults)
        #expect(c.sinks.map(\.id) == ["journal", "ops-webhook", "chat", "page"])
        guard case .webhook(let hook) = c.sinks[1].kind, case .webhook(let chat) = c.sinks[2].kind, case .exec(let exec) = c.sinks[3].kind else {
            Issue.record("wrong kinds: \(c.sinks)")
            return
        }
        #expect(hook.url == "https://hooks.example.org/newsd" && hook.headers == ["Authorization": "Bearer abc"] && hook.timeout == 5)
        #expect(hook.secretFile == "/run/credentials/newsd-deliver.service/webhook")
        #expect(chat.template == .mattermost && chat.secretEnvironment == "NEWSD_CHAT_SECRET")
        #expect(exec.command == ["/usr/local/bin/page", "--team", "ops"] && exec.timeout == 20)
        #expect(c.sinks.map(\.needsNetwork) == [false, true, true, false])
        #expect(defaults.sinks == [.journal])
    }

    @Test(arguments: [
        ("sinks: journal\n", "t.yaml:1:8: sinks: expected a list of sinks"),
        ("sinks:\n  - id: x\n    type: smtp\n", "t.yaml:3:11: sinks: x: type must be one of journal, webhook, exec"),
        ("sinks:\n  - id: x\n    type: webhook\n", "t.yaml:2:5: sinks: x: a webhook needs url:"),
        ("sinks:\n  - id: x\n    type: webhook\n    url: ftp://a/b\n", "t.yaml:4:10: sinks: x: url: ftp://a/b is not an http:// or https:// address"),
        ("sinks:\n  - id: x\n    type: webhook\n    url: http://a/\n    template: teams\n", "t.yaml:5:15: sinks: x: template: expected one of slack, mattermost, matrix"),
        ("sinks:\n  - id: x\n    type: webhook\n    url: http://a/\n    secret: abc\n", "t.yaml:5:5: sinks: x: secret: unknown key for a webhook sink"),
        ("sinks:\n  - id: x\n    type: exec\n    command: /bin/mail -s alert\n", "t.yaml:4:14: sinks: x: an exec sink needs command: as a list"),
        ("sinks:\n  - id: x\n    type: exec\n    command: [a]\n    timeout: forever\n", "t.yaml:5:14: sinks: x: timeout: expected a duration"),
        ("sinks:\n  - id: journal\n    type: exec\n    command: [a]\n", "t.yaml:3:11: sinks: journal: this id is the journald sink"),
        ("sinks:\n  - {id: a, type: journal}\n  - {id: a, type: journal}\n", "t.yaml:3:10: sinks: a: this id is used twice"),
        ("sinks:\n  - id: a b\n    type: journal\n", "t.yaml:2:9: sinks: every sink needs an id"),
    ])
    func errorsNameTheFileLineColumnAndSink(text: String, message: String) {
        do {
            _ = try ConfigurationLoader.parse(text, file: "t.yaml", over: defaults)
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.description.hasPrefix(message), "\(error.description)")
        }
    }

    @Test func subscriptionsNameConfiguredSinksAndAnUnknownOneIsPlaced() throws {
        let text = """
            subscriptions:
              - id: sea
                query: '"South China Sea"'
                sinks: [journal, ops-webhook]
              - id: quiet
                query: 'country:JP'
            """
        let index = try SubscriptionLoader.parse(text, file: "s.yaml", sinks: ["journal", "ops-webhook"])
        #expect(index.subscriptions.map(\.sinks) == [["journal", "ops-webhook"], ["journal"]])
        do {
            _ = try SubscriptionLoader.parse(text, file: "s.yaml", sinks: ["journal"])
            Issue.record("an unknown sink was accepted")
        } catch {
            #expect(error.line == 4 && error.column == 22, "\(error)")
            #expect(error.message.contains("no sink ops-webhook is configured; the sinks are journal"))
        }
    }

    @Test func aWebhookSecretThatCannotBeReadIsAConfigurationError() throws {
        var config = defaults
        var hook = SinkConfiguration.Webhook(url: "http://127.0.0.1:9/")
        hook.secretFile = "/nonexistent/secret"
        config.sinks.append(SinkConfiguration(id: "hook", kind: .webhook(hook)))
        let client = WebhookClient()
        defer { Task { try? await client.shutdown() } }
        #expect(throws: ConfigurationError.self) {
            _ = try AlertSinkFactory.sinks(config, placement: .network, store: nil, client: client)
        }
        hook.secretFile = nil
        hook.secretEnvironment = "NEWSD_TEST_SECRET"
        config.sinks[1] = SinkConfiguration(id: "hook", kind: .webhook(hook))
        #expect(try AlertSinkFactory.sinks(config, placement: .network, store: nil, client: client, environment: ["NEWSD_TEST_SECRET": "x"]).map(\.id) == ["hook"])
        #expect(try AlertSinkFactory.sinks(config, placement: .local, store: nil).map(\.id) == ["journal"])
    }
}

@Suite struct WebhookBodyTests {
    let doc = AlertDocument(AlertRecord(
        id: 3, content: Alert(alert: "sea", priority: 4, seq: 9, story: 7, title: "Talks <in> Hanoi & Tokyo", url: "https://example.org/a",
                              file: "a.txt", source: "Wire", topics: ["defense"], countries: ["JP", "VN"], score: 0.5), atMillis: 0))

    func object(_ template: WebhookTemplate?) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(WebhookBody.render(doc, template: template))) as? [String: Any])
    }

    @Test func eachTemplateHasTheShapeItsServiceTakes() throws {
        #expect(try object(nil)["subscription"] as? String == "sea")
        #expect(try object(nil)["priority_name"] as? String == "warning")
        let slack = try #require(try object(.slack)["text"] as? String)
        #expect(slack.hasPrefix("<https://example.org/a|[sea] Talks &lt;in&gt; Hanoi &amp; Tokyo (Wire)>"), "\(slack)")
        let mattermost = try #require(try object(.mattermost)["text"] as? String)
        #expect(mattermost.hasPrefix("[\\[sea\\] Talks <in> Hanoi & Tokyo (Wire)](https://example.org/a)"), "\(mattermost)")
        let matrix = try object(.matrix)
        #expect(matrix["msgtype"] as? String == "m.text" && matrix["format"] as? String == "org.matrix.custom.html")
        #expect((matrix["formatted_body"] as? String)?.contains("<a href=\"https://example.org/a\">[sea] Talks &lt;in&gt; Hanoi &amp; Tokyo (Wire)</a>") == true)
    }
}
