package news.newsroom.devdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * A server that an earlier dev mode started in the same data directory and did not stop (the JVM was killed):
 * its postmaster.pid names the process and the port, and adopting it beats failing on the data directory's lock.
 */
final class RunningServer {

    private RunningServer() {
    }

    static OptionalInt portOf(Path data) {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return OptionalInt.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 4) {
                return OptionalInt.empty();
            }
            long pid = Long.parseLong(lines.get(0).strip());
            int port = Integer.parseInt(lines.get(3).strip());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive && FallbackDecision.answers("localhost", port) ? OptionalInt.of(port) : OptionalInt.empty();
        } catch (IOException | NumberFormatException unreadable) {
            return OptionalInt.empty();
        }
    }
}
