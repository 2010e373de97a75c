package io.negotiationtracker.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The repository's own files, found from the module's directory upwards, as the packaging tests read them. */
final class RepoFiles {
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    private RepoFiles() {}

    static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("docker-compose.yml")) && Files.exists(p.resolve("mvnw"))) return p;
        }
        throw new IllegalStateException(
                "no repository root above " + Path.of("").toAbsolutePath());
    }

    static String read(String relative) {
        try {
            return Files.readString(root().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every module of the Maven reactor, as a path from the root (nested aggregators included). */
    static List<String> modules() {
        List<String> all = new ArrayList<>();
        collect("", all);
        return all;
    }

    private static void collect(String dir, List<String> into) {
        var m = MODULE.matcher(read((dir.isEmpty() ? "" : dir + "/") + "pom.xml"));
        while (m.find()) {
            String module = (dir.isEmpty() ? "" : dir + "/") + m.group(1).trim();
            into.add(module);
            collect(module, into);
        }
    }

    /** A property of the root POM, such as {@code kafka.version}. */
    static String rootProperty(String name) {
        var m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">")
                .matcher(read("pom.xml"));
        if (!m.find()) throw new IllegalStateException("no property " + name + " in pom.xml");
        return m.group(1).trim();
    }
}
