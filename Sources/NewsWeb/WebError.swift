import HTTPTypes
import Hummingbird
import NewsCore

/// A request the server cannot answer, as a JSON problem (`{"error": ..., "line": ..., "column": ...}`).
struct WebError: HTTPResponseError {
    var status: HTTPResponse.Status
    var message: String
    var line: Int?
    var column: Int?
    var headers: HTTPFields = [:]

    static func badRequest(_ message: String) -> WebError { WebError(status: .badRequest, message: message) }
    static func notFound(_ message: String) -> WebError { WebError(status: .notFound, message: message) }

    /// A query that does not parse: the parser's message, with where.
    static func query(_ error: QueryError) -> WebError {
        WebError(status: .badRequest, message: "query: \(error.message)", line: error.line, column: error.column)
    }

    /// The store failed: 503 (try again) when it may pass, else 500, with what the store said.
    static func store(_ error: StoreError) -> WebError {
        error.isTransient
            ? WebError(status: .serviceUnavailable, message: "the store is busy or unavailable (\(error)); try again", headers: [.retryAfter: "1"])
            : WebError(status: .internalServerError, message: "the store failed: \(error); see the server's log and `newsd verify`")
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields,
                        body: .init(byteBuffer: ByteBuffer(bytes: JSONBody.error(message, line: line, column: column))))
    }
}
