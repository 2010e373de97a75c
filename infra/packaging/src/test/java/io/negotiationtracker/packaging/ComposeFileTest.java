package io.negotiationtracker.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml as Docker would read it (anchors and merge keys resolved): the promises of docs/operations.md
 * that can be checked without a Docker engine.
 */
class ComposeFileTest {
    private static final List<String> APPS = List.of("ingest", "projection", "notifier");
    private static final Map<String, Object> COMPOSE = new Yaml().load(RepoFiles.read("docker-compose.yml"));

    @Test
    void everyServiceHasAHealthcheck() {
        services()
                .forEach((name, service) ->
                        assertThat(map(service).get("healthcheck")).as(name).isNotNull());
    }

    @Test
    void theJwtSecretIsRequiredWithNoFallback() {
        for (String app : APPS) {
            assertThat(env(app).get("JWT_SECRET")).as(app).asString().startsWith("${JWT_SECRET:?");
        }
    }

    @Test
    void theBrokerKeepsItsDataOnTheVolumeItWritesWithAFixedClusterId() {
        var kafka = service("kafka");
        String logDirs = String.valueOf(env("kafka").get("KAFKA_LOG_DIRS"));
        assertThat(env("kafka").get("CLUSTER_ID")).asString().isNotBlank();
        @SuppressWarnings("unchecked")
        List<String> volumes = (List<String>) kafka.get("volumes");
        assertThat(volumes).anySatisfy(v -> {
            String[] parts = v.split(":");
            assertThat(map(COMPOSE.get("volumes"))).containsKey(parts[0]);
            assertThat(parts[1]).isEqualTo(logDirs);
        });
    }

    @Test
    void theBrokerRunsTheKafkaVersionTheServicesAreBuiltWith() {
        assertThat(service("kafka").get("image")).isEqualTo("apache/kafka:" + RepoFiles.rootProperty("kafka.version"));
    }

    @Test
    void eachServiceIsBuiltFromTheOneRecipeUnderItsOwnName() {
        for (String app : APPS) {
            var build = map(service(app).get("build"));
            assertThat(build.get("dockerfile")).as(app).isEqualTo("infra/docker/Dockerfile");
            assertThat(map(build.get("args")).get("SERVICE")).as(app).isEqualTo(app);
        }
    }

    @Test
    void theServicesCanBeScaledBehindTheGateway() {
        String caddyfile = RepoFiles.read("infra/docker/Caddyfile");
        for (String app : APPS) {
            assertThat(service(app))
                    .as(app + ": host ports or a container name stop --scale")
                    .doesNotContainKeys("ports", "container_name");
            assertThat(caddyfile).as(app).containsPattern("dynamic a " + app + " 8080");
        }
        assertThat(service("gateway").get("ports")).asList().contains("8081:8081", "8082:8082", "8083:8083");
    }

    private static Map<String, Object> services() {
        return map(COMPOSE.get("services"));
    }

    private static Map<String, Object> service(String name) {
        return map(services().get(name));
    }

    private static Map<String, Object> env(String name) {
        return map(service(name).get("environment"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertThat(o).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }
}
