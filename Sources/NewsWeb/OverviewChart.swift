/// A plain SVG bar chart of articles per day, with the alerts as dots: made on the server, no script.
/// Only numbers and day labels (made by us) go into it.
enum OverviewChart {
    static func svg(_ days: [OverviewCache.Day], width: Int = 700, height: Int = 200) -> String {
        let top = max(days.map(\.articles).max() ?? 0, days.map(\.alerts).max() ?? 0, 1)
        let left = 40, bottom = 24, plot = height - bottom - 10
        let slot = days.isEmpty ? 0 : (width - left) / days.count
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"Articles and alerts per day\">"
        out += "<text x=\"0\" y=\"14\">\(top)</text><text x=\"0\" y=\"\(height - bottom)\">0</text>"
        for (i, d) in days.enumerated() {
            let x = left + i * slot
            let h = d.articles * plot / top
            out += "<rect class=\"bar\" x=\"\(x + 4)\" y=\"\(10 + plot - h)\" width=\"\(max(slot - 8, 1))\" height=\"\(h)\"><title>\(d.day): \(d.articles) articles</title></rect>"
            let y = 10 + plot - d.alerts * plot / top
            out += "<circle class=\"dot\" cx=\"\(x + slot / 2)\" cy=\"\(y)\" r=\"4\"><title>\(d.day): \(d.alerts) alerts</title></circle>"
            out += "<text x=\"\(x + 4)\" y=\"\(height - 6)\">\(d.day.suffix(5))</text>"
        }
        return out + "</svg>"
    }
}
