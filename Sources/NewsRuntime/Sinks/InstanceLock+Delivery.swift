extension InstanceLock {
    /// The lock of `newsd deliver` on a state directory: two delivery processes on one outbox
    /// would both send what waits, so a second one is refused.
    /// - Throws: ``LockConflict`` naming the holder.
    public static func delivery(stateDirectory: String) throws -> InstanceLock {
        try InstanceLock(file: stateDirectory + "/newsd-deliver.lock", what: "delivers the alerts of this state directory",
                         stateDirectory: stateDirectory, namesStateDirectory: false)
    }
}
