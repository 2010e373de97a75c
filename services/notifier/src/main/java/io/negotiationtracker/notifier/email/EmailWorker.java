package io.negotiationtracker.notifier.email;

import io.micronaut.scheduling.annotation.Scheduled;
import io.negotiationtracker.domain.Deadline;
import io.negotiationtracker.domain.DeadlineChange;
import io.negotiationtracker.domain.DeadlineChangeKind;
import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.Source;
import io.negotiationtracker.notifier.alerts.AlertFilter;
import io.negotiationtracker.notifier.alerts.AlertStore;
import io.negotiationtracker.notifier.alerts.AlertView;
import io.negotiationtracker.notifier.history.EventLog;
import io.negotiationtracker.platform.tracing.Tracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due email deliveries over SMTP, one message per alert per subscriber, and records each outcome: delivered, or
 * retried with exponential backoff and jitter, then dead after the last attempt (its error kept). A server that is down
 * or refuses a recipient fails only the deliveries it is asked to take; the others go on.
 */
@Singleton
public class EmailWorker {
    private static final Logger LOG = LoggerFactory.getLogger(EmailWorker.class);
    private static final int BATCH = 20;

    private final EmailStore store;
    private final AlertStore alerts;
    private final Tracing tracing;
    private final EventLog log;
    private final EmailSettings settings;

    public EmailWorker(EmailStore store, AlertStore alerts, EventLog log, EmailSettings settings, Tracing tracing) {
        this.tracing = tracing;
        this.store = store;
        this.alerts = alerts;
        this.log = log;
        this.settings = settings;
    }

    @Scheduled(fixedDelay = "${tracker.email.poll:1s}", initialDelay = "1s")
    void tick() {
        try {
            for (EmailStore.Due d : store.claim(BATCH, settings.timeout().multipliedBy(3))) send(d);
        } catch (RuntimeException e) {
            LOG.warn("email deliveries failed: {}", e.getMessage());
        }
    }

    void send(EmailStore.Due d) {
        // A CLIENT span in the trace of the event that raised the alert; the message carries it as a traceparent
        // header.
        Span span = tracing.start(
                "email send",
                SpanKind.CLIENT,
                tracing.fromTraceParent(tracing.links().find(AlertStore.traceKey(d.alertSeq()))));
        span.setAttribute("tracker.delivery_id", d.id());
        span.setAttribute("tracker.alert_seq", d.alertSeq());
        try {
            AlertView alert = alerts.list(new AlertFilter(null, null, null, d.alertSeq() - 1), 1)
                    .get(0);
            MimeMessage m = new MimeMessage(session());
            m.setFrom(new InternetAddress(settings.from()));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(d.address(), true));
            m.setSubject(AlertEmail.subject(alert), "UTF-8");
            m.setText(AlertEmail.body(alert, sources(alert)), "UTF-8");
            m.setHeader("X-Tracker-Delivery", Long.toString(d.id()));
            m.setHeader("X-Tracker-Alert-Seq", Long.toString(alert.seq()));
            m.setHeader("X-Tracker-Event", "alert." + alert.kind());
            for (var h : tracing.headers(span).entrySet()) m.setHeader(h.getKey(), h.getValue());
            if (settings.username().isEmpty()) Transport.send(m);
            else Transport.send(m, settings.username(), settings.password());
            store.delivered(d.id());
        } catch (MessagingException | RuntimeException e) {
            boolean last = d.attempt() >= settings.maxAttempts();
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            store.failed(
                    d.id(),
                    error.length() > 500 ? error.substring(0, 500) : error,
                    last,
                    settings.backoff(d.attempt(), ThreadLocalRandom.current().nextDouble()));
        } finally {
            span.end();
        }
    }

    /** The sources of the event that raised the alert; for an alert of the day, those of the deadline's current date. */
    private List<Source> sources(AlertView a) {
        List<EventEnvelope> events = log.of(a.negotiationId());
        if (a.eventId() != null)
            return events.stream()
                    .filter(e -> e.eventId().toString().equals(a.eventId()))
                    .findFirst()
                    .map(EventEnvelope::sources)
                    .orElse(List.of());
        Deadline d = Evolve.fold(a.negotiationId(), events).deadlines().get(a.deadlineId());
        if (d == null) return List.of();
        DeadlineChange dated = null;
        for (DeadlineChange c : d.history()) if (c.kind() != DeadlineChangeKind.SIGNALLED) dated = c;
        return dated == null ? List.of() : dated.ref().sources();
    }

    private Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.smtpHost());
        p.put("mail.smtp.port", Integer.toString(settings.smtpPort()));
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", Boolean.toString(settings.starttlsRequired()));
        p.put("mail.smtp.auth", Boolean.toString(!settings.username().isEmpty()));
        String ms = Long.toString(settings.timeout().toMillis());
        p.put("mail.smtp.connectiontimeout", ms);
        p.put("mail.smtp.timeout", ms);
        p.put("mail.smtp.writetimeout", ms);
        return Session.getInstance(p);
    }
}
