package io.negotiationtracker.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The stable wire names of the v1 types. Never derived from Java class names, so classes can be renamed freely. */
public final class EventTypes {
    public static final List<String> ALL = List.of(
            "NegotiationOpened", "RoundHeld", "RoundCancelled", "IssueOpened", "IssueClosed",
            "TariffImposed", "TariffThreatened", "TariffChanged",
            "DeadlineSet", "DeadlineChanged", "DeadlineChangeSignaled", "StatementMade", "AgreementReached");

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
            Map.entry("AgreementReached", AgreementReached.class));

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
