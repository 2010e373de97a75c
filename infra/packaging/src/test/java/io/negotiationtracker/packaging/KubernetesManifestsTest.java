package io.negotiationtracker.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The manifests under infra/k8s, read into the fabric8 Kubernetes model: every service reachable through a Service
 * that selects its pods, probed on its health endpoints, bounded in resources, fed from the ConfigMap and the Secret,
 * and the projection and the notifier scaled by CPU.
 */
class KubernetesManifestsTest {
    private static final List<String> APPS = List.of("ingest", "projection", "notifier");
    private static final Manifests K8S = Manifests.load();

    @Test
    void kustomizationListsEveryManifest() {
        assertThat(K8S.kustomizationResources()).containsExactlyInAnyOrderElementsOf(K8S.files());
    }

    @Test
    void eachServiceHasADeploymentWhoseSelectorMatchesItsPodsAndAServiceThatReachesThem() {
        for (String app : APPS) {
            Deployment d = K8S.deployment(app);
            Map<String, String> podLabels =
                    d.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(podLabels)
                    .as(app)
                    .containsAllEntriesOf(d.getSpec().getSelector().getMatchLabels());
            var service = K8S.service(app);
            assertThat(podLabels)
                    .as(app + " service selector")
                    .containsAllEntriesOf(service.getSpec().getSelector());
            String target = service.getSpec().getPorts().get(0).getTargetPort().getStrVal();
            assertThat(container(d).getPorts()).as(app).anyMatch(p -> target.equals(p.getName()));
        }
    }

    @Test
    void everyContainerIsProbedOnItsHealthEndpointsAndHasRequestsAndLimits() {
        for (String app : APPS) {
            Container c = container(K8S.deployment(app));
            assertThat(path(c.getReadinessProbe())).as(app).isEqualTo("/health/readiness");
            assertThat(path(c.getLivenessProbe())).as(app).isEqualTo("/health/liveness");
            assertThat(c.getResources().getRequests()).as(app).containsKeys("cpu", "memory");
            assertThat(c.getResources().getLimits()).as(app).containsKey("memory");
        }
    }

    @Test
    void secretsComeFromTheSecretAndSettingsFromTheConfigMap() {
        var secretKeys = K8S.secret("tracker-secrets").getStringData().keySet();
        for (String app : APPS) {
            Container c = container(K8S.deployment(app));
            for (String key : List.of("JWT_SECRET", "JDBC_PASSWORD")) {
                EnvVar v = c.getEnv().stream()
                        .filter(e -> e.getName().equals(key))
                        .findFirst()
                        .orElseThrow();
                assertThat(v.getValue())
                        .as(app + " " + key + " is not written in the manifest")
                        .isNull();
                assertThat(v.getValueFrom().getSecretKeyRef().getName()).isEqualTo("tracker-secrets");
                assertThat(secretKeys)
                        .contains(v.getValueFrom().getSecretKeyRef().getKey());
            }
            assertThat(c.getEnvFrom())
                    .as(app)
                    .anyMatch(e -> e.getConfigMapRef() != null
                            && K8S.hasConfigMap(e.getConfigMapRef().getName()));
        }
        assertThat(K8S.secret("tracker-secrets").getStringData().values())
                .as("no value is committed")
                .allMatch(String::isEmpty);
    }

    @Test
    void podsRunAsAUserOtherThanRoot() {
        for (String app : APPS) {
            var security = K8S.deployment(app).getSpec().getTemplate().getSpec().getSecurityContext();
            assertThat(security.getRunAsNonRoot()).as(app).isTrue();
            assertThat(security.getRunAsUser()).as(app).isPositive();
        }
    }

    @Test
    void theProjectionAndTheNotifierScaleOnCpuFromTwoInstances() {
        for (String app : List.of("projection", "notifier")) {
            HorizontalPodAutoscaler hpa = K8S.autoscaler(app);
            assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(K8S.deployment(hpa.getSpec().getScaleTargetRef().getName()))
                    .isNotNull();
            assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
            assertThat(hpa.getSpec().getMetrics())
                    .anyMatch(m ->
                            m.getResource() != null && m.getResource().getName().equals("cpu"));
        }
    }

    private static Container container(Deployment d) {
        return d.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static String path(Probe probe) {
        assertThat(probe).isNotNull();
        return probe.getHttpGet().getPath();
    }
}
