package io.negotiationtracker.devstack;

import java.nio.file.Path;
import java.util.List;

/** The run command's flags. */
record RunOptions(
        Path dataDir,
        String clockAt,
        boolean seed,
        String jdbcUrl,
        String jdbcUser,
        String jdbcPassword,
        String kafka,
        int firstPort,
        boolean help) {
    static final String DEMO_DAY = "2025-06-17";
    static final String USAGE = """
            usage: bin/run [options]
              --data-dir DIR        where PostgreSQL, Kafka and logs keep their data (default .data)
              --clock-at DATE       the day the dashboard and notifier believe it is (default %s: July 9 is 22 days away)
              --real-clock          use the real clock instead
              --no-seed             do not import the seed story (infra/seed)
              --jdbc-url URL        use this PostgreSQL instead of starting one (also --jdbc-user, --jdbc-password; env JDBC_URL ...)
              --kafka HOST:PORT     use this Kafka broker instead of starting one (env KAFKA_BOOTSTRAP_SERVERS)
              --port N              first of three ports: ingest N, projection N+1, notifier N+2 (default 8081)
            """.formatted(DEMO_DAY);

    static RunOptions parse(List<String> args) {
        Path dataDir = Path.of(".data");
        String clockAt = DEMO_DAY;
        boolean seed = true;
        boolean help = false;
        String jdbcUrl = env("JDBC_URL");
        String jdbcUser = env("JDBC_USER");
        String jdbcPassword = env("JDBC_PASSWORD");
        String kafka = env("KAFKA_BOOTSTRAP_SERVERS");
        int port = 8081;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, a));
                case "--clock-at" ->
                    clockAt = java.time.LocalDate.parse(value(args, ++i, a)).toString();
                case "--real-clock" -> clockAt = null;
                case "--no-seed" -> seed = false;
                case "--jdbc-url" -> jdbcUrl = value(args, ++i, a);
                case "--jdbc-user" -> jdbcUser = value(args, ++i, a);
                case "--jdbc-password" -> jdbcPassword = value(args, ++i, a);
                case "--kafka" -> kafka = value(args, ++i, a);
                case "--port" -> port = Integer.parseInt(value(args, ++i, a));
                case "-h", "--help" -> help = true;
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        return new RunOptions(dataDir, clockAt, seed, jdbcUrl, jdbcUser, jdbcPassword, kafka, port, help);
    }

    private static String value(List<String> args, int i, String flag) {
        if (i >= args.size()) throw new IllegalArgumentException(flag + " needs a value");
        return args.get(i);
    }

    private static String env(String name) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? null : v;
    }
}
