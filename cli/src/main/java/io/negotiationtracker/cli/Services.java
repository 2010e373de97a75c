package io.negotiationtracker.cli;

import java.net.URI;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where the services are, the writer token and the output format: options every command takes. Each has an
 * environment variable (see {@link EnvironmentDefaults}), so a shell can set them once.
 */
public class Services {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(
            names = "--ingest-url",
            paramLabel = "URL",
            defaultValue = "http://127.0.0.1:8081",
            description = "The ingest service (env NT_INGEST_URL; default ${DEFAULT-VALUE}).")
    String ingestUrl;

    @Option(
            names = "--projection-url",
            paramLabel = "URL",
            defaultValue = "http://127.0.0.1:8082",
            description = "The projection service (env NT_PROJECTION_URL; default ${DEFAULT-VALUE}).")
    String projectionUrl;

    @Option(
            names = "--notifier-url",
            paramLabel = "URL",
            defaultValue = "http://127.0.0.1:8083",
            description = "The notifier service (env NT_NOTIFIER_URL; default ${DEFAULT-VALUE}).")
    String notifierUrl;

    @Option(
            names = "--token",
            paramLabel = "TOKEN",
            description =
                    "A bearer token (env NT_TOKEN): a writer token to write; sent with reads too (`nt token` mints one).")
    String token;

    @Option(
            names = "--json",
            description = "Print JSON (one document, or one line per item when following) instead of text.")
    boolean json;

    URI ingest(String path) {
        return uri(ingestUrl, "--ingest-url", path);
    }

    URI projection(String path) {
        return uri(projectionUrl, "--projection-url", path);
    }

    URI notifier(String path) {
        return uri(notifierUrl, "--notifier-url", path);
    }

    String writerToken() {
        if (token == null || token.isBlank())
            throw CliFailure.usage("writing needs a writer token: pass --token TOKEN or set NT_TOKEN");
        return token.strip();
    }

    /** The token to send with a read, if one was given (reads are anonymous unless TRACKER_READ_ACCESS says otherwise). */
    String readToken() {
        return token == null || token.isBlank() ? null : token.strip();
    }

    Output output() {
        return new Output(command.commandLine().getOut(), command.commandLine().getErr(), json);
    }

    private static URI uri(String base, String option, String path) {
        String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        try {
            URI u = URI.create(b + path);
            if (u.getScheme() == null || !u.getScheme().startsWith("http") || u.getHost() == null)
                throw new IllegalArgumentException();
            return u;
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(
                    option + " must be an http(s) URL such as http://127.0.0.1:8081, not '" + base + "'");
        }
    }
}
