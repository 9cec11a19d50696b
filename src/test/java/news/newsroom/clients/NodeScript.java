package news.newsroom.clients;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the Node.js checks in tools/ against the test service and hands back its exit code and output.
 * A missing prerequisite (node, tools/node_modules, a compiled script) fails the test with the command that
 * provides it: these checks never skip silently.
 */
final class NodeScript {

    static final Path TOOLS = Path.of("tools");

    private NodeScript() {
    }

    record Run(int exitCode, String output) {
    }

    static Run run(Path script, Map<String, String> environment, long timeoutSeconds) {
        require(TOOLS.resolve("node_modules"), "the Node.js tools are not installed: run `npm ci` in tools/ "
                + "(./mvnw verify does it; bash .ci/run installs Node.js packages on a fresh machine)");
        require(script, "the script is missing: run ./mvnw verify (it generates and compiles the clients first)");
        List<String> command = new ArrayList<>(List.of(System.getenv().getOrDefault("NODE", "node"), script.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(script + " did not finish within " + timeoutSeconds + " s");
            }
            return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return fail("cannot run `node` (" + e.getMessage() + "): install Node.js 20 or newer "
                    + "(Debian: apt-get install nodejs npm), or set NODE to its path");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while running " + script);
        }
    }

    static void require(Path path, String remedy) {
        if (!Files.exists(path)) {
            fail(path + " does not exist: " + remedy);
        }
    }
}
