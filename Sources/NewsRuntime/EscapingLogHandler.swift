import Logging

/// Wraps a log handler so that no message or metadata value can carry a control character: a
/// file named `x\n<3>forged line` or holding terminal escape sequences is logged as
/// `x\n<3>forged line` with a visible backslash, never as a second line or a colour change.
public struct EscapingLogHandler: LogHandler {
    private var inner: any LogHandler

    public init(_ inner: any LogHandler) { self.inner = inner }

    public var metadata: Logger.Metadata {
        get { inner.metadata }
        set { inner.metadata = newValue }
    }

    public var logLevel: Logger.Level {
        get { inner.logLevel }
        set { inner.logLevel = newValue }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { inner[metadataKey: key] }
        set { inner[metadataKey: key] = newValue }
    }

    public func log(event: LogEvent) {
        var event = event
        let message = event.message.description
        if LogEscaping.needsEscaping(message) { event.message = Logger.Message(stringLiteral: LogEscaping.escape(message)) }
        if let metadata = event.metadata {
            event.metadata = metadata.mapValues(Self.escape)
        }
        inner.log(event: event)
    }

    private static func escape(_ value: Logger.Metadata.Value) -> Logger.Metadata.Value {
        switch value {
        case .string(let s): LogEscaping.needsEscaping(s) ? .string(LogEscaping.escape(s)) : value
        case .stringConvertible(let c):
            LogEscaping.needsEscaping(c.description) ? .string(LogEscaping.escape(c.description)) : value
        case .array(let values): .array(values.map(escape))
        case .dictionary(let values): .dictionary(values.mapValues(escape))
        }
    }
}

/// How control characters are written in log lines: `\n`, `\r`, `\t`, `\\`-free `\xHH` for the
/// other C0 controls and DEL, `\u{HHHH}` for C1 controls, line and paragraph separators and
/// bidirectional overrides (which can reorder what a terminal shows).
public enum LogEscaping {
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    public static func needsEscaping(_ s: String) -> Bool {
        s.unicodeScalars.contains(where: isUnsafe)
    }

    public static func escape(_ s: String) -> String {
        guard needsEscaping(s) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        for scalar in s.unicodeScalars {
            guard isUnsafe(scalar) else {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += scalar.value < 0x80 ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{" + hex + "}"
            }
        }
        return out
    }
}
