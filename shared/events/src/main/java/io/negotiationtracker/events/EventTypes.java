package io.negotiationtracker.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The stable wire names of the types (v1 and v2). Never derived from Java class names, so classes can be renamed freely. */
public final class EventTypes {
    public static final List<String> ALL = List.of(
            "NegotiationOpened",
            "RoundHeld",
            "RoundCancelled",
            "IssueOpened",
            "IssueClosed",
            "TariffImposed",
            "TariffThreatened",
            "TariffChanged",
            "DeadlineSet",
            "DeadlineChanged",
            "DeadlineChangeSignaled",
            "StatementMade",
            "AgreementReached",
            "TariffAnnounced",
            "TariffSuspended",
            "TariffLifted",
            "PositionStated",
            "ProposalMade",
            "ProposalAnswered",
            "ConcessionMade",
            "IssueMarkedBlocking",
            "TargetSettled",
            "EventRetracted",
            "EventCorrected",
            "SourceAdded");

    /** The types v2 added; everything else was already in v1. */
    public static final List<String> V2 = ALL.subList(13, ALL.size());

    private static final Map<String, Class<? extends NegotiationEvent>> CLASSES = Map.ofEntries(
            Map.entry("NegotiationOpened", NegotiationOpened.class),
            Map.entry("RoundHeld", RoundHeld.class),
            Map.entry("RoundCancelled", RoundCancelled.class),
            Map.entry("IssueOpened", IssueOpened.class),
            Map.entry("IssueClosed", IssueClosed.class),
            Map.entry("TariffImposed", TariffImposed.class),
            Map.entry("TariffThreatened", TariffThreatened.class),
            Map.entry("TariffChanged", TariffChanged.class),
            Map.entry("DeadlineSet", DeadlineSet.class),
            Map.entry("DeadlineChanged", DeadlineChanged.class),
            Map.entry("DeadlineChangeSignaled", DeadlineChangeSignaled.class),
            Map.entry("StatementMade", StatementMade.class),
            Map.entry("AgreementReached", AgreementReached.class),
            Map.entry("TariffAnnounced", TariffAnnounced.class),
            Map.entry("TariffSuspended", TariffSuspended.class),
            Map.entry("TariffLifted", TariffLifted.class),
            Map.entry("PositionStated", PositionStated.class),
            Map.entry("ProposalMade", ProposalMade.class),
            Map.entry("ProposalAnswered", ProposalAnswered.class),
            Map.entry("ConcessionMade", ConcessionMade.class),
            Map.entry("IssueMarkedBlocking", IssueMarkedBlocking.class),
            Map.entry("TargetSettled", TargetSettled.class),
            Map.entry("EventRetracted", EventRetracted.class),
            Map.entry("EventCorrected", EventCorrected.class),
            Map.entry("SourceAdded", SourceAdded.class));

    private static final Map<Class<?>, String> NAMES =
            CLASSES.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

    private EventTypes() {}

    public static Optional<Class<? extends NegotiationEvent>> classOf(String type) {
        return Optional.ofNullable(CLASSES.get(type));
    }

    public static String nameOf(NegotiationEvent event) {
        return NAMES.get(event.getClass());
    }
}
