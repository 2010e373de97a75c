package io.negotiationtracker.cli;

import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Takes an option's default from the environment: --ingest-url from NT_INGEST_URL, --token from NT_TOKEN, and so on. */
final class EnvironmentDefaults implements IDefaultValueProvider {
    private static final Map<String, String> VARIABLES = Map.of(
            "--ingest-url",
            "NT_INGEST_URL",
            "--projection-url",
            "NT_PROJECTION_URL",
            "--notifier-url",
            "NT_NOTIFIER_URL",
            "--token",
            "NT_TOKEN");

    private final Map<String, String> environment;

    EnvironmentDefaults(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (!(argSpec instanceof OptionSpec option)) return null;
        String variable = VARIABLES.get(option.longestName());
        if (variable == null) return null;
        String value = environment.get(variable);
        return value == null || value.isBlank() ? null : value;
    }
}
