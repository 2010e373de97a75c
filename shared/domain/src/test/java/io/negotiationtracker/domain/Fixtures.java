package io.negotiationtracker.domain;

import io.negotiationtracker.events.DeadlineChanged;
import io.negotiationtracker.events.DeadlineKind;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.IssueOpened;
import io.negotiationtracker.events.NegotiationOpened;
import io.negotiationtracker.events.Party;
import io.negotiationtracker.events.Person;
import io.negotiationtracker.events.RoundFormat;
import io.negotiationtracker.events.RoundHeld;
import io.negotiationtracker.events.RoundLevel;
import io.negotiationtracker.events.RoundOutcome;
import io.negotiationtracker.events.WorldDate;
import java.util.List;

final class Fixtures {
    private Fixtures() {}

    static NegotiationOpened opened() {
        return new NegotiationOpened(
                "US-Japan tariff talks",
                List.of(new Party("US", "United States"), new Party("JP", "Japan")),
                List.of(new Person("Ryosei Akazawa", "minister", "JP")),
                null);
    }

    static DeadlineSet pauseEnds(String dueOn) {
        return new DeadlineSet(
                "pause-end", "End of the 90-day pause", WorldDate.parse(dueOn), DeadlineKind.EFFECTIVE_DATE, null);
    }

    static DeadlineChanged moved(String from, String to) {
        return new DeadlineChanged("pause-end", WorldDate.parse(from), WorldDate.parse(to), false, null);
    }

    static IssueOpened autos() {
        return new IssueOpened("autos", "Auto tariffs", "JP", null);
    }

    static RoundHeld summit(String id) {
        return new RoundHeld(
                id,
                RoundLevel.SUMMIT,
                RoundFormat.IN_PERSON,
                null,
                "Kananaskis",
                List.of(),
                30,
                RoundOutcome.NO_AGREEMENT,
                null);
    }
}
