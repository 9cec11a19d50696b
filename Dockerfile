# Multi-stage build of the Newsroom API. Not buildable on the development machines (no Docker engine there);
# kept standard so any CI with Docker can build it: docker build -t newsroom-api .

# --- build: the Maven wrapper packages the Quarkus fast-jar ---
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:resolve dependency:resolve-plugins || true
COPY src src
COPY openapi.yaml ./
RUN ./mvnw -B package -DskipTests

# --- run: a JRE, a non-root user, the fast-jar layout ---
FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 1001 --home-dir /app --shell /usr/sbin/nologin newsroom
WORKDIR /app
COPY --from=build --chown=1001:1001 /build/target/quarkus-app/lib/ /app/lib/
COPY --from=build --chown=1001:1001 /build/target/quarkus-app/*.jar /app/
COPY --from=build --chown=1001:1001 /build/target/quarkus-app/app/ /app/app/
COPY --from=build --chown=1001:1001 /build/target/quarkus-app/quarkus/ /app/quarkus/
USER 1001
EXPOSE 8080

# Database and secrets come from the environment, e.g.:
#   QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db:5432/newsroom
#   QUARKUS_DATASOURCE_USERNAME=newsroom  QUARKUS_DATASOURCE_PASSWORD=...
#   NEWSROOM_SIGNING_SECRET=...  NEWSROOM_SITE_BASE_URL=https://...
#   MP_JWT_VERIFY_PUBLICKEY_LOCATION=/run/secrets/jwt-public.pem  SMALLRYE_JWT_SIGN_KEY_LOCATION=/run/secrets/jwt-private.pem
#   NEWSROOM_ADMIN_EMAIL=...  NEWSROOM_ADMIN_PASSWORD=...   (the first admin, when no staff account exists)
#   QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true
#   QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=<load balancer addresses>   (behind a load balancer)
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD curl -fsS http://localhost:8080/q/health/ready || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
