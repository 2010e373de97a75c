package io.negotiationtracker.domain.alerts;

import io.negotiationtracker.domain.Agreement;
import io.negotiationtracker.domain.Deadline;
import io.negotiationtracker.domain.DeadlineChange;
import io.negotiationtracker.domain.EventRef;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.DeadlineClass;
import io.negotiationtracker.events.WorldDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The alert rules, pure: which alert a change to a deadline raises, and which alerts a day raises for a deadline's
 * version. The live notifier and the backtest both call these; neither has rules of its own.
 * <ul>
 *   <li>A change raises set, extended (later), advanced (earlier), cancelled, reinstated or change_signalled; settling a
 *   target raises target_met or target_missed.</li>
 *   <li>A day raises, for the current version only, approaching at the tightest horizon the days left fall in, due_today
 *   on an exact date's day, and passed the day after the last day the date may mean; a target not settled by then is
 *   target_missed instead, and a settled target raises nothing more.</li>
 * </ul>
 */
public final class AlertRules {
    private AlertRules() {}

    /**
     * The alert the event {@code eventId} raised on the deadline, read from the deadline's history as {@code Evolve}
     * folded it (which already tells set, extended, advanced, cancelled, reinstated and signalled apart) or from the
     * settlement the event made; empty when the event did not touch the deadline.
     */
    public static Optional<DueAlert> raisedBy(NegotiationState s, String deadlineId, UUID eventId) {
        Deadline d = s.deadlines().get(deadlineId);
        if (d == null) return Optional.empty();
        if (d.settled() != null && eventId.equals(d.settled().ref().eventId()))
            return forSettlement(s.negotiationId(), d);
        for (int i = d.history().size() - 1; i >= 0; i--) {
            EventRef ref = d.history().get(i).ref();
            if (ref != null && eventId.equals(ref.eventId())) return Optional.of(forChange(s.negotiationId(), d, i));
        }
        return Optional.empty();
    }

    /** The alert raised by the deadline's history entry at {@code index}. */
    public static DueAlert forChange(String negotiationId, Deadline d, int index) {
        DeadlineChange c = d.history().get(index);
        int revision = DeadlineVersion.revisionAt(d, index);
        String why = c.note() == null ? "" : " (" + c.note() + ")";
        return switch (c.kind()) {
            case SET ->
                alert(
                        negotiationId,
                        d,
                        AlertKind.SET,
                        c.to(),
                        null,
                        null,
                        revision,
                        d.title() + " is set for " + c.to(),
                        c);
            case EXTENDED ->
                alert(
                        negotiationId,
                        d,
                        AlertKind.EXTENDED,
                        c.to(),
                        c.from(),
                        null,
                        revision,
                        d.title() + " moved later: " + c.from() + " -> " + c.to() + why,
                        c);
            case ADVANCED ->
                alert(
                        negotiationId,
                        d,
                        AlertKind.ADVANCED,
                        c.to(),
                        c.from(),
                        null,
                        revision,
                        d.title() + " moved earlier: " + c.from() + " -> " + c.to() + why,
                        c);
            case CANCELLED ->
                alert(
                        negotiationId,
                        d,
                        AlertKind.CANCELLED,
                        null,
                        c.from(),
                        null,
                        revision,
                        d.title() + " (due " + c.from() + ") is cancelled" + why,
                        c);
            case REINSTATED ->
                alert(
                        negotiationId,
                        d,
                        AlertKind.REINSTATED,
                        c.to(),
                        c.from(),
                        null,
                        revision,
                        d.title() + " is reinstated for " + c.to() + why,
                        c);
            case SIGNALLED ->
                alert(
                        negotiationId,
                        d,
                        AlertKind.CHANGE_SIGNALLED,
                        c.from(),
                        null,
                        null,
                        revision,
                        d.title() + " (due " + c.from() + ") may " + hint(c) + (c.to() != null ? " to " + c.to() : "")
                                + ": " + c.note(),
                        c);
        };
    }

    /** The alert raised when a target is settled (met or missed) by an event; empty when it is not settled. */
    public static Optional<DueAlert> forSettlement(String negotiationId, Deadline d) {
        if (d.settled() == null) return Optional.empty();
        AlertKind kind = switch (d.settled().outcome()) {
            case MET -> AlertKind.TARGET_MET;
            case MISSED -> AlertKind.TARGET_MISSED;
        };
        WorldDate due = d.dueOn() != null ? d.dueOn() : d.lastDueOn();
        String note = d.settled().note() == null ? "" : ": " + d.settled().note();
        return Optional.of(new DueAlert(
                negotiationId,
                d.deadlineId(),
                d.deadlineClass(),
                kind,
                due,
                null,
                null,
                d.revision(),
                d.title(),
                d.title() + (kind == AlertKind.TARGET_MET ? " was met" : " was missed") + note,
                null,
                d.settled().ref().eventId()));
    }

    /** The time alerts {@code day} raises for every current deadline of the negotiation. */
    public static List<DueAlert> onDay(NegotiationState s, LocalDate day, List<Integer> horizonsDays) {
        List<DueAlert> out = new ArrayList<>();
        for (Deadline d : s.deadlines().values()) {
            List<DeadlineVersion> versions = DeadlineVersion.of(d);
            if (versions.isEmpty()) continue;
            onDay(s, d, versions.get(versions.size() - 1), day, horizonsDays).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The time alert {@code day} raises for one version of a deadline, as if it were current. The live notifier asks
     * only for current versions; the backtest also asks for replaced ones, to show what their move suppressed.
     */
    public static Optional<DueAlert> onDay(
            NegotiationState s, Deadline d, DeadlineVersion v, LocalDate day, List<Integer> horizonsDays) {
        if (v.cancelled() || v.dueOn() == null) return Optional.empty();
        if (d.deadlineClass() == DeadlineClass.TARGET && d.settled() != null) return Optional.empty();
        WorldDate due = v.dueOn();
        if (day.isAfter(due.latest())) {
            if (d.deadlineClass() == DeadlineClass.TARGET)
                return Optional.of(timeAlert(
                        s,
                        d,
                        v,
                        AlertKind.TARGET_MISSED,
                        null,
                        d.title() + " (" + due + ") was missed: its date passed unmet",
                        null));
            boolean agreement = agreementOnOrBefore(s, due.latest());
            return Optional.of(timeAlert(
                    s,
                    d,
                    v,
                    AlertKind.PASSED,
                    null,
                    d.title() + " (" + due + ") has passed "
                            + (agreement ? "after an agreement was reached" : "without an agreement"),
                    agreement));
        }
        long daysLeft = ChronoUnit.DAYS.between(day, due.earliest());
        if (daysLeft == 0 && due.isExactDay())
            return Optional.of(
                    timeAlert(s, d, v, AlertKind.DUE_TODAY, null, d.title() + " is due today (" + due + ")", null));
        if (daysLeft < 0) return Optional.empty();
        return horizonsDays.stream()
                .filter(h -> daysLeft <= h)
                .min(Integer::compare)
                .map(h -> timeAlert(
                        s,
                        d,
                        v,
                        AlertKind.APPROACHING,
                        h,
                        d.title() + " is due " + due
                                + (daysLeft == 0
                                        ? " (its window opens today)"
                                        : " in " + daysLeft + (daysLeft == 1 ? " day" : " days")),
                        null));
    }

    /** True when an agreement was reached on or before {@code day} (its first possible day is). */
    public static boolean agreementOnOrBefore(NegotiationState s, LocalDate day) {
        for (Agreement a : s.agreements()) if (!a.ref().occurredOn().earliest().isAfter(day)) return true;
        return false;
    }

    private static DueAlert timeAlert(
            NegotiationState s,
            Deadline d,
            DeadlineVersion v,
            AlertKind kind,
            Integer horizon,
            String message,
            Boolean agreement) {
        return new DueAlert(
                s.negotiationId(),
                d.deadlineId(),
                d.deadlineClass(),
                kind,
                v.dueOn(),
                null,
                horizon,
                v.revision(),
                d.title(),
                message,
                agreement,
                null);
    }

    private static DueAlert alert(
            String negotiationId,
            Deadline d,
            AlertKind kind,
            WorldDate due,
            WorldDate previous,
            Integer horizon,
            int revision,
            String message,
            DeadlineChange c) {
        return new DueAlert(
                negotiationId,
                d.deadlineId(),
                d.deadlineClass(),
                kind,
                due,
                previous,
                horizon,
                revision,
                d.title(),
                message,
                null,
                c.ref().eventId());
    }

    private static String hint(DeadlineChange signal) {
        if (signal.direction() == null) return "change";
        return switch (signal.direction()) {
            case EXTEND -> "be extended";
            case ADVANCE -> "be brought forward";
            case CANCEL -> "be cancelled";
            case UNCERTAIN -> "change";
        };
    }
}
