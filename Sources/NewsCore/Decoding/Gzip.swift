import CZlib

/// gzip-compressed input (`.gz` of any supported format), inflated with zlib.
public enum Gzip {
    public static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// Inflates the whole stream (concatenated members too).
    /// - Throws: ``IntakeError`` when the data is truncated or corrupt, or inflates past `limit`
    ///   bytes (a compression bomb).
    public static func decompress(_ bytes: [UInt8], limit: Int) throws(IntakeError) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .invalidEncoding(detail: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = bytes
        var status: Int32 = Z_OK
        let total = input.count
        try input.withUnsafeMutableBufferPointer { (inBuf) throws(IntakeError) in
            stream.next_in = inBuf.baseAddress
            stream.avail_in = UInt32(total)
            repeat {
                try chunk.withUnsafeMutableBufferPointer { (outBuf) throws(IntakeError) in
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = UInt32(outBuf.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    let produced = outBuf.count - Int(stream.avail_out)
                    output.append(contentsOf: outBuf[..<produced])
                }
                if output.count > limit {
                    throw .inflatesTooLarge(limit: Int64(limit))
                }
                if status == Z_STREAM_END && stream.avail_in > 0 {
                    // Another gzip member follows.
                    guard inflateReset(&stream) == Z_OK else { break }
                    status = Z_OK
                }
            } while status == Z_OK
        }
        switch status {
        case Z_STREAM_END:
            return output
        case Z_BUF_ERROR:
            throw .invalidEncoding(detail: "the gzip data is truncated (\(bytes.count) bytes, ends mid-stream); copy the whole file again")
        default:
            let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
            throw .invalidEncoding(detail: "the gzip data is corrupt: \(message)")
        }
    }
}
