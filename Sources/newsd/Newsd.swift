import ArgumentParser

@main
struct Newsd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsd",
        abstract: "Watches an inbox folder for news articles, stores them in a journaled store, and alerts on topics.",
        version: "0.1.0",
        subcommands: [Run.self, Ingest.self, Analyze.self, Show.self, StoryCommand.self, List.self, Search.self, Verify.self, Stats.self,
                      Alerts.self, Deliver.self, Rules.self, Replay.self, Topics.self, Reindex.self,
                      Redact.self, Prune.self, Export.self, Import.self, Web.self, Migrate.self, Copy.self]
    )
}
