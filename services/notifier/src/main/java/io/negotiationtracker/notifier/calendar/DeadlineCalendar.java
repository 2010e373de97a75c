package io.negotiationtracker.notifier.calendar;

import io.negotiationtracker.events.WorldDate;
import io.negotiationtracker.notifier.alerts.TrackedDeadline;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A negotiation's deadlines as an iCalendar feed: one all-day event per deadline (a whole month or year when the date is
 * that vague), with a UID that never changes and SEQUENCE = the deadline's revision, so a calendar client updates the
 * event when the date moves instead of adding another; a cancelled deadline stays, with STATUS:CANCELLED.
 */
public final class DeadlineCalendar {
    private DeadlineCalendar() {}

    public static String ics(String negotiationId, List<TrackedDeadline> deadlines, Instant now) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//negotiation-tracker//notifier//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(new XProperty("X-WR-CALNAME", negotiationId + " deadlines"));
        for (TrackedDeadline d : deadlines) calendar.add(event(d, now.truncatedTo(ChronoUnit.SECONDS)));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String uid(TrackedDeadline d) {
        return d.negotiationId() + "." + d.deadlineId() + "@negotiation-tracker";
    }

    private static VEvent event(TrackedDeadline d, Instant now) {
        WorldDate due = d.cancelled() ? d.lastDueOn() : d.dueOn();
        String summary = d.title() + (due.isExactDay() ? "" : " (sometime in " + due + ")");
        VEvent event = new VEvent(due.earliest(), due.latest().plusDays(1), summary);
        event.add(new Uid(uid(d)));
        event.add(new Sequence(d.revision()));
        event.add(new DtStamp(now));
        event.add(new Status(d.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        event.add(new Description(d.kind() + " deadline, due " + due + (d.cancelled() ? ", cancelled" : "")
                + (d.revision() == 0 ? "" : "; changed " + d.revision() + (d.revision() == 1 ? " time" : " times"))));
        return event;
    }
}
