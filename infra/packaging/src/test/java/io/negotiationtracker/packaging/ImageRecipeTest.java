package io.negotiationtracker.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** infra/docker/Dockerfile and .dockerignore: a non-root image, and a dependency layer that survives source changes. */
class ImageRecipeTest {
    private static final String DOCKERFILE = RepoFiles.read("infra/docker/Dockerfile");
    private static final List<String> LINES =
            Arrays.stream(DOCKERFILE.split("\n")).map(String::strip).toList();

    @Test
    void theImageRunsAsAUserOtherThanRoot() {
        String user = LINES.stream()
                .filter(l -> l.startsWith("USER "))
                .reduce((a, b) -> b)
                .orElse("USER root");
        assertThat(user.substring(5).split(":")[0]).isNotIn("root", "0");
    }

    @Test
    void everyModulePomIsCopiedBeforeTheSourcesSoDependenciesLandInTheirOwnLayer() {
        int sources = LINES.indexOf("COPY shared shared");
        assertThat(sources).isPositive();
        for (String module : RepoFiles.modules()) {
            int pom = LINES.indexOf("COPY " + module + "/pom.xml " + module + "/");
            assertThat(pom).as(module + "/pom.xml is copied before the sources").isBetween(0, sources);
        }
        assertThat(DOCKERFILE).contains("dependency:go-offline").contains("--mount=type=cache,target=/root/.m2");
    }

    @Test
    void theBuildContextLeavesOutBuildOutputAndVersionControlButKeepsEveryModulePom() {
        List<String> ignored = Arrays.stream(RepoFiles.read(".dockerignore").split("\n"))
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
        assertThat(ignored).contains("**/target/", ".git/");
        for (String module : RepoFiles.modules()) {
            assertThat(ignored).as(module).noneMatch(p -> (module + "/").equals(p) || module.equals(p));
        }
    }
}
