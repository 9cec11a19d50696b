package news.newsroom.devdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the embedded server keeps its binaries and data, and as whom it runs. Normally that is
 * {@code target/embedded-postgres} and the current user. PostgreSQL refuses to run as root, so for root it runs as
 * {@code nobody}; if {@code nobody} cannot reach the project folder (a clone under {@code /root}), the files go to
 * a folder under the temporary directory instead, and a marker under {@code target/} ties them to this clone so
 * that {@code ./mvnw clean} still starts afresh.
 */
record ServerHome(Path directory, List<String> runAs) {

    private static final String UNPRIVILEGED_ID = "65534";
    private static final String MARKER = "location";

    static ServerHome resolve(Path projectHome) {
        try {
            if (!"root".equals(System.getProperty("user.name"))) {
                Files.createDirectories(projectHome);
                return new ServerHome(projectHome, List.of());
            }
            List<String> runAs = Files.isExecutable(Path.of("/usr/bin/setpriv"))
                    ? List.of("/usr/bin/setpriv", "--reuid=" + UNPRIVILEGED_ID, "--regid=" + UNPRIVILEGED_ID,
                            "--clear-groups", "--")
                    : List.of("runuser", "-u", "nobody", "--");
            Files.createDirectories(projectHome);
            if (reachableByOthers(projectHome)) {
                return new ServerHome(projectHome, runAs);
            }
            return new ServerHome(outsideProject(projectHome), runAs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives the files to the unprivileged user the server runs as (root only). */
    void handOver() {
        if (runAs.isEmpty()) {
            return;
        }
        try {
            Process chown = new ProcessBuilder("chown", "-R", UNPRIVILEGED_ID + ":" + UNPRIVILEGED_ID,
                    directory.toString()).inheritIO().start();
            if (chown.waitFor() != 0) {
                throw new IllegalStateException("chown of " + directory + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean reachableByOthers(Path directory) throws IOException {
        for (Path folder = directory.toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (!Files.getPosixFilePermissions(folder).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        return true;
    }

    static Path outsideProject(Path projectHome) throws IOException {
        byte[] digest = sha256(projectHome.toAbsolutePath().toString());
        String name = "newsroom-embedded-postgres-" + HexFormat.of().formatHex(digest, 0, 12);
        Path outside = Path.of(System.getProperty("java.io.tmpdir"), name);
        Path marker = projectHome.resolve(MARKER);
        if (!Files.exists(marker) && Files.exists(outside)) {
            deleteRecursively(outside);
        }
        Files.createDirectories(outside);
        Files.createDirectories(projectHome);
        Files.writeString(marker, outside.toString());
        return outside;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
