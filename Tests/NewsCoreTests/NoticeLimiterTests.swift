import NewsCore
import Testing

@Suite struct NoticeLimiterTests {
    @Test func theFirstIsLoggedThenOneAnIntervalWithTheCountHeldBack() {
        var limiter = NoticeLimiter(interval: .seconds(300))
        let start = ContinuousClock.now
        #expect(limiter.occurred(at: start) == 0)
        // A pool restart every 10 s for 5 minutes: held back, then one notice that says how many.
        for i in 1..<30 { #expect(limiter.occurred(at: start + .seconds(10 * i)) == nil) }
        #expect(limiter.occurred(at: start + .seconds(300)) == 29)
        #expect(limiter.occurred(at: start + .seconds(310)) == nil)
        // The server came back: the next outage is told at once.
        limiter.reset()
        #expect(limiter.occurred(at: start + .seconds(320)) == 0)
    }
}
