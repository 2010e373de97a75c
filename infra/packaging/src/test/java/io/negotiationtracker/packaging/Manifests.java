package io.negotiationtracker.packaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** Every document of every manifest under infra/k8s, typed by its kind; unknown fields fail the read. */
record Manifests(List<String> files, List<Object> resources, List<String> kustomizationResources) {
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static Manifests load() {
        Path dir = RepoFiles.root().resolve("infra/k8s");
        List<String> files = new ArrayList<>();
        List<Object> resources = new ArrayList<>();
        List<String> kustomization = List.of();
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path p : paths.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.equals("kustomization.yaml")) {
                    Map<String, Object> k = new Yaml().load(Files.readString(p));
                    @SuppressWarnings("unchecked")
                    List<String> listed = (List<String>) k.get("resources");
                    kustomization = listed;
                    continue;
                }
                files.add(name);
                for (Object doc : new Yaml().loadAll(Files.readString(p))) resources.add(typed(name, doc));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Manifests(files, resources, kustomization);
    }

    private static Object typed(String file, Object doc) {
        String kind = String.valueOf(((Map<?, ?>) doc).get("kind"));
        Class<?> type = switch (kind) {
            case "Deployment" -> Deployment.class;
            case "Service" -> Service.class;
            case "ConfigMap" -> ConfigMap.class;
            case "Secret" -> Secret.class;
            case "HorizontalPodAutoscaler" -> HorizontalPodAutoscaler.class;
            default -> throw new AssertionError(file + ": a kind the checks do not know: " + kind);
        };
        return JSON.convertValue(doc, type);
    }

    Deployment deployment(String name) {
        return find(Deployment.class, name, d -> d.getMetadata().getName());
    }

    Service service(String name) {
        return find(Service.class, name, s -> s.getMetadata().getName());
    }

    Secret secret(String name) {
        return find(Secret.class, name, s -> s.getMetadata().getName());
    }

    HorizontalPodAutoscaler autoscaler(String name) {
        return find(HorizontalPodAutoscaler.class, name, h -> h.getMetadata().getName());
    }

    boolean hasConfigMap(String name) {
        return resources.stream()
                .anyMatch(r ->
                        r instanceof ConfigMap c && c.getMetadata().getName().equals(name));
    }

    private <T> T find(Class<T> type, String name, java.util.function.Function<T, String> nameOf) {
        return resources.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(r -> name.equals(nameOf.apply(r)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
    }
}
