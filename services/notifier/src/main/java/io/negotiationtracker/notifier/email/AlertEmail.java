package io.negotiationtracker.notifier.email;

import io.negotiationtracker.events.Source;
import io.negotiationtracker.notifier.alerts.AlertView;
import java.util.List;

/** The text of an alert email: what happened, the deadline, and the sources it rests on (publisher, title, date, link). */
public final class AlertEmail {
    private AlertEmail() {}

    public static String subject(AlertView a) {
        return "[negotiation tracker] " + a.title() + ": " + a.kind().replace('_', ' ')
                + (a.dueOn() == null ? "" : " (due " + a.dueOn() + ")");
    }

    public static String body(AlertView a, List<Source> sources) {
        StringBuilder b = new StringBuilder();
        b.append(a.message()).append("\n\n");
        b.append("Negotiation: ")
                .append(a.negotiationId())
                .append("\nDeadline: ")
                .append(a.deadlineId());
        if (a.dueOn() != null) b.append(", due ").append(a.dueOn());
        if (a.previousDueOn() != null)
            b.append(" (was ").append(a.previousDueOn()).append(")");
        if (a.horizonDays() != null)
            b.append("\nApproaching: ")
                    .append(a.horizonDays())
                    .append(a.horizonDays() == 1 ? " day" : " days")
                    .append(" before");
        b.append("\nAlert: ").append(a.kind()).append(" #").append(a.seq()).append("\n");
        if (!sources.isEmpty()) {
            b.append("\nSources:\n");
            for (Source s : sources) {
                b.append("- ")
                        .append(s.publisher())
                        .append(", \"")
                        .append(s.title())
                        .append('"');
                if (s.publishedOn() != null) b.append(", ").append(s.publishedOn());
                if (s.url() != null) b.append(", ").append(s.url());
                b.append('\n');
            }
        }
        return b.toString();
    }
}
