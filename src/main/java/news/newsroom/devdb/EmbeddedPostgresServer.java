package news.newsroom.devdb;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL server for dev mode, run from the binaries that zonky publishes on Maven Central: initdb once into
 * a data directory that survives restarts, pg_ctl start on a free port, pg_ctl stop when the JVM exits. Servers
 * refuse to run as root, so as root the server runs as {@code nobody} (see {@link ServerHome}).
 */
final class EmbeddedPostgresServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    private static final String VERSION_DIRECTORY = "postgresql-16";

    private final ServerHome home;

    EmbeddedPostgresServer(Path projectHome) {
        this.home = ServerHome.resolve(projectHome);
    }

    /** Starts the server (or adopts the one a killed dev mode left running) and answers its JDBC URL. */
    String start() {
        try {
            Path binaries = unpackBinaries();
            Path data = home.directory().resolve("data");
            if (!Files.exists(data.resolve("PG_VERSION"))) {
                Files.createDirectories(data);
                home.handOver();
                run(List.of(binaries.resolve("bin/initdb").toString(), "-D", data.toString(), "-A", "trust",
                        "-U", "postgres", "-E", "UTF8", "--no-locale"), 120);
            }
            int port = RunningServer.portOf(data).orElseGet(() -> startOn(binaries, data, freePort()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(binaries, data), "embedded-postgres-stop"));
            return "jdbc:postgresql://localhost:" + port + "/postgres";
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + home.directory(), e);
        }
    }

    private int startOn(Path binaries, Path data, int port) {
        String options = "-p " + port + " -c listen_addresses=localhost -c unix_socket_directories=''";
        run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", data.toString(),
                "-l", home.directory().resolve("postgres.log").toString(), "-o", options, "-w", "-t", "60", "start"),
                90);
        return port;
    }

    private void stop(Path binaries, Path data) {
        try {
            run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"),
                    30);
            LOG.info("Embedded PostgreSQL stopped");
        } catch (RuntimeException e) {
            LOG.warnf("Could not stop the embedded PostgreSQL in %s: %s", data, e.getMessage());
        }
    }

    private Path unpackBinaries() throws IOException {
        Path target = home.directory().resolve(VERSION_DIRECTORY);
        Path complete = target.resolve(".complete");
        if (Files.exists(complete)) {
            return target;
        }
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(operatingSystem(),
                System.getProperty("os.arch"))) {
            TarXz.extract(archive, target);
        }
        Files.createFile(complete);
        home.handOver();
        return target;
    }

    private void run(List<String> command, int timeoutSeconds) {
        List<String> full = new ArrayList<>(home.runAs());
        full.addAll(command);
        try {
            Path output = Files.createTempFile("embedded-postgres", ".log");
            Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            Files.deleteIfExists(output);
            if (!finished) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish in " + timeoutSeconds + " s: " + printed);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed: " + printed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.get(0), e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String operatingSystem() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (name.contains("mac")) {
            return "Darwin";
        }
        return name.contains("win") ? "Windows" : "Linux";
    }
}
