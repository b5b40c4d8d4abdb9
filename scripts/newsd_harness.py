"""A newsd daemon under test: started on a temporary inbox with its own NOTIFY_SOCKET, so scripts
can wait for READY=1 and STATUS= messages instead of sleeping."""
import os, re, socket, subprocess, time


def free_port():
    """A TCP port on 127.0.0.1 that is free now (for a server under test to bind)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Daemon:
    def __init__(self, binary, root, config=None, extra_env=None):
        self.root = root
        self.sock_path = os.path.join(root, "notify.sock")
        if os.path.exists(self.sock_path):
            os.unlink(self.sock_path)
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.sock_path)
        env = dict(os.environ, NOTIFY_SOCKET=self.sock_path)
        env.pop("JOURNAL_STREAM", None)
        env.update(extra_env or {})
        self.log = open(os.path.join(root, "daemon.log"), "ab")
        self.proc = subprocess.Popen(
            [binary, "run", "--inbox", os.path.join(root, "inbox"), "--state-dir", os.path.join(root, "var")]
            + (["--config", config] if config else []),
            env=env, stdout=self.log, stderr=self.log)
        self.wait(lambda m: "READY=1" in m, 30)

    def receive(self, timeout):
        self.sock.settimeout(max(timeout, 0.001))
        try:
            return self.sock.recv(65536).decode()
        except socket.timeout:
            return None

    def wait(self, predicate, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            m = self.receive(deadline - time.monotonic())
            if m is not None and predicate(m):
                return m, time.monotonic()
        raise TimeoutError("timed out; see %s" % os.path.join(self.root, "daemon.log"))

    def cpu_seconds(self):
        """User + system CPU time of the daemon so far (all its threads)."""
        with open("/proc/%d/stat" % self.proc.pid) as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def peak_rss_kib(self):
        with open("/proc/%d/status" % self.proc.pid) as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return 0

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)
        self.sock.close()
        self.log.close()



    def kill(self):
        self.proc.kill()
        self.proc.wait(10)
        self.sock.close()
        self.log.close()


def counters(message):
    """(ingested, duplicates, failed, queued) from a STATUS line, or None."""
    m = re.search(r"(\d+) ingested, (\d+) duplicates, (\d+) failed, (\d+) queued", message)
    return tuple(int(x) for x in m.groups()) if m else None
