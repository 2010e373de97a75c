package io.negotiationtracker.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the built services are: each runs from its jar (or target/classes) plus the runtime classpath Maven wrote beside it. */
public record RepoLayout(Path root) {
    public static RepoLayout find() {
        String configured = System.getProperty("tracker.repo");
        if (configured != null && !configured.isBlank())
            return new RepoLayout(Path.of(configured).toAbsolutePath());
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("services/ingest/pom.xml"))) return new RepoLayout(p);
        }
        throw new IllegalStateException("cannot find the repository (no services/ingest/pom.xml above "
                + Path.of("").toAbsolutePath() + "); set -Dtracker.repo=DIR");
    }

    public String serviceClasspath(String service) {
        Path target = root.resolve("services").resolve(service).resolve("target");
        Path cp = target.resolve("runtime-classpath.txt");
        if (!Files.exists(cp) || !Files.isDirectory(target.resolve("classes")))
            throw new IllegalStateException("service '" + service + "' is not built (" + cp
                    + " missing): run ./mvnw -DskipTests install first");
        try {
            return ownClasses(service, target)
                    + java.io.File.pathSeparator
                    + Files.readString(cp).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path seedFile() {
        return root.resolve("infra/seed/us-japan-tariffs-2025.ndjson");
    }

    /**
     * The service's own classes: its jar when one was packaged after every file under target/classes (class data sharing
     * archives classes from jars only; a non-empty directory on the class path turns it off), else target/classes.
     */
    private static Path ownClasses(String service, Path target) throws IOException {
        Path classes = target.resolve("classes");
        Path jar;
        try (java.util.stream.Stream<Path> files = Files.list(target)) {
            jar = files.filter(p -> {
                        String n = p.getFileName().toString();
                        return n.startsWith(service + "-")
                                && n.endsWith(".jar")
                                && !n.endsWith("-sources.jar")
                                && !n.endsWith("-tests.jar");
                    })
                    .findFirst()
                    .orElse(null);
        }
        if (jar == null) return classes;
        long packaged = Files.getLastModifiedTime(jar).toMillis();
        try (java.util.stream.Stream<Path> files = Files.walk(classes)) {
            boolean newer = files.anyMatch(f -> {
                try {
                    return Files.getLastModifiedTime(f).toMillis() > packaged;
                } catch (IOException e) {
                    return true;
                }
            });
            return newer ? classes : jar;
        }
    }
}
