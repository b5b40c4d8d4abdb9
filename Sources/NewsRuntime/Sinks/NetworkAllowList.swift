import Foundation

/// The addresses the network sinks of a configuration reach, as an `IPAddressAllow=` drop-in
/// for newsd-deliver.service (`newsd deliver --ip-allow`).
public enum NetworkAllowList {
    /// One line per webhook (a comment naming it), then `IPAddressAllow=` with every address.
    /// Host names are resolved now (getaddrinfo); a name that does not resolve is an error, since
    /// the unit could not reach it either.
    public static func dropIn(_ configuration: NewsdConfiguration) throws(ConfigurationError) -> String {
        var lines = ["# newsd deliver: the webhooks of newsd.yaml (regenerate after changing them)", "[Service]"]
        var all: [String] = []
        for sink in configuration.sinks {
            guard case .webhook(let hook) = sink.kind, let host = URL(string: hook.url)?.host else { continue }
            let bare = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
            let addresses = try resolve(bare, sink: sink.id)
            lines.append("# \(sink.id): \(bare) -> \(addresses.joined(separator: " "))")
            for a in addresses where !all.contains(a) { all.append(a) }
        }
        lines.append(all.isEmpty ? "# no webhook sinks: nothing to allow" : "IPAddressAllow=\(all.joined(separator: " "))")
        return lines.joined(separator: "\n") + "\n"
    }

    static func resolve(_ host: String, sink: String) throws(ConfigurationError) -> [String] {
        // Every socket type comes back once per address; the addresses are deduplicated below.
        var result: UnsafeMutablePointer<addrinfo>?
        let rc = getaddrinfo(host, nil, nil, &result)
        guard rc == 0, let first = result else {
            throw ConfigurationError(file: "newsd.yaml", message: "sinks: \(sink): cannot resolve \(host) (\(String(cString: gai_strerror(rc))))")
        }
        defer { freeaddrinfo(result) }
        var out: [String] = []
        var next: UnsafeMutablePointer<addrinfo>? = first
        while let info = next {
            var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if getnameinfo(info.pointee.ai_addr, info.pointee.ai_addrlen, &buffer, socklen_t(buffer.count), nil, 0, NI_NUMERICHOST) == 0 {
                let address = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                if !out.contains(address) { out.append(address) }
            }
            next = info.pointee.ai_next
        }
        return out
    }
}
