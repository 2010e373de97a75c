package io.negotiationtracker.projection.generation;

/** One generation of the views: its two tables, and the consumer (named after it) that fills them from the topic. */
public record Generation(int number) {
    public Generation {
        if (number < 1) throw new IllegalArgumentException("a generation is numbered from 1, not " + number);
    }

    public String eventsTable() {
        return "projection.events_" + number;
    }

    public String negotiationsTable() {
        return "projection.negotiations_" + number;
    }

    /** Generation 1 keeps the configured group's name, so an existing deployment resumes from its stored offsets. */
    public String consumerName(String group) {
        return number == 1 ? group : group + "-g" + number;
    }
}
