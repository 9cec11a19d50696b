package news.newsroom.devdb;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

/**
 * Lets {@code ./mvnw quarkus:dev} run on a machine with only a JDK: when dev mode would connect to the default
 * {@code localhost:5432} and nothing answers there, it starts an embedded PostgreSQL (real binaries from Maven
 * Central) and points the datasource at it before Flyway runs. A configured URL or a server on 5432 always wins.
 *
 * <p>A config source factory is the one hook that runs before the datasource reads its URL. The URL is also
 * left in a system property so that dev mode's live reloads, which build the configuration again, find it
 * configured and reuse the running server instead of starting another.
 */
public class DevDatabaseFallback implements ConfigSourceFactory {

    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final Path HOME = Path.of("target", "embedded-postgres");

    private static final Logger LOG = Logger.getLogger(DevDatabaseFallback.class);

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue url = context.getValue(URL_PROPERTY);
        FallbackDecision decision = FallbackDecision.of(context.getProfiles(), url == null ? null : url.getValue());
        if (!decision.startEmbedded()) {
            return List.of();
        }
        String embeddedUrl = startEmbedded();
        System.setProperty(URL_PROPERTY, embeddedUrl);
        return List.of(new PropertiesConfigSource(Map.of(URL_PROPERTY, embeddedUrl), "embedded PostgreSQL (dev)", 500));
    }

    @Override
    public java.util.OptionalInt getPriority() {
        return java.util.OptionalInt.of(500);
    }

    private static String startEmbedded() {
        try {
            // Loaded only here: the embedded server's classes are on dev mode's class path, not in the packaged jar.
            String jdbcUrl = new EmbeddedPostgresServer(HOME.toAbsolutePath()).start();
            LOG.infof("Nothing answers on localhost:5432, so dev mode runs on an embedded PostgreSQL at %s "
                    + "(data kept in %s; ./mvnw clean starts afresh)", jdbcUrl, HOME);
            return jdbcUrl;
        } catch (NoClassDefFoundError missing) {
            throw new IllegalStateException("Nothing answers on localhost:5432 and the embedded PostgreSQL is not on "
                    + "the class path (it is only in dev mode). Start PostgreSQL or set QUARKUS_DATASOURCE_JDBC_URL.",
                    missing);
        }
    }
}
