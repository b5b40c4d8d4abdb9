import HTTPTypes
import Hummingbird

/// Answers the requests no route took: 405 with `Allow` for a path that is served with other
/// methods, else 404, both as JSON problems. Added to the router last, it wraps only the
/// not-found responder (Hummingbird builds each route's middleware chain when the route is added).
struct FallbackMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    /// Path patterns (`api/articles/:seq` split at `/`) and the methods each is served with.
    let routes: [(components: [Substring], methods: [String])]

    init(routes: [Router<WebRequestContext>.RouteDescription]) {
        var table: [String: [String]] = [:]
        for route in routes { table[route.path.description, default: []].append(route.method.rawValue) }
        self.routes = table.map { (components: $0.key.split(separator: "/"), methods: $0.value.sorted()) }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let parts = request.uri.path.split(separator: "/")
        let allowed = routes.first { route in
            route.components.count == parts.count && zip(route.components, parts).allSatisfy { $0.hasPrefix(":") || $0 == $1 }
        }?.methods
        if let methods = allowed {
            return try WebError(status: .methodNotAllowed, message: "\(request.method.rawValue) is not served here; use \(methods.joined(separator: ", "))",
                                headers: [.allow: methods.joined(separator: ", ")]).response(from: request, context: context)
        }
        return try WebError.notFound("nothing is served at \(request.uri.path); see /openapi.json").response(from: request, context: context)
    }
}
