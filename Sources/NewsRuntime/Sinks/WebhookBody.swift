import Foundation

/// The body of a webhook request: newsd's own ``AlertDocument``, or the shape a chat service's
/// incoming webhook takes (``WebhookTemplate``).
enum WebhookBody {
    static func render(_ doc: AlertDocument, template: WebhookTemplate?) -> [UInt8] {
        guard let template else { return doc.json() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let details = "topics: \(doc.topics.joined(separator: ", ")); countries: \(doc.countries.joined(separator: ", ")); story \(doc.story), seq \(doc.seq)"
        let object: [String: String]
        switch template {
        case .slack:
            // Slack's mrkdwn: <url|text>, with &, < and > escaped.
            let title = slackEscape(doc.summary)
            object = ["text": doc.url.map { "<\(slackEscape($0))|\(title)>\n\(slackEscape(details))" } ?? "\(title)\n\(slackEscape(details))"]
        case .mattermost:
            let title = doc.summary.replacingOccurrences(of: "]", with: "\\]").replacingOccurrences(of: "[", with: "\\[")
            object = ["text": doc.url.map { "[\(title)](\($0))\n\(details)" } ?? "\(title)\n\(details)"]
        case .matrix:
            let plain = doc.url.map { "\(doc.summary) \($0)\n\(details)" } ?? "\(doc.summary)\n\(details)"
            let html = doc.url.map { "<a href=\"\(htmlEscape($0))\">\(htmlEscape(doc.summary))</a><br>\(htmlEscape(details))" }
                ?? "\(htmlEscape(doc.summary))<br>\(htmlEscape(details))"
            object = ["msgtype": "m.text", "body": plain, "format": "org.matrix.custom.html", "formatted_body": html]
        }
        return Array((try? encoder.encode(object)) ?? Data("{}".utf8))
    }

    static func slackEscape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    static func htmlEscape(_ s: String) -> String {
        slackEscape(s).replacingOccurrences(of: "\"", with: "&quot;")
    }
}
