package io.negotiationtracker.projection.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.Source;
import io.negotiationtracker.projection.support.Story;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a query time sees, on the recorded and the published axis, and the day its views stand on. */
class QueryTimeTest {
    static final LocalDate TODAY = LocalDate.parse("2025-06-17");

    @Test
    void theViewsStandOnAsOfElseOnToday() {
        assertThat(QueryTime.NOW.day(TODAY)).isEqualTo(TODAY);
        assertThat(new QueryTime(LocalDate.parse("2025-04-10"), null, false).day(TODAY))
                .isEqualTo(LocalDate.parse("2025-04-10"));
    }

    @Test
    void theRecordedAxisIsCutByTheStoreAndThePublishedAxisByWhatSourcesHadPublished() {
        // given an event recorded today from a report published on 2 May, and one recorded today with no publication
        // date
        Story story = new Story("talks");
        Instant recordedToday = Instant.parse("2025-06-17T09:00:00Z");
        EventEnvelope published2May =
                story.recorded("2025-05-01", recordedToday, FreshnessTest.said("old news"), Story.NHK);
        EventEnvelope undated = story.recorded(
                "2025-05-01",
                recordedToday,
                FreshnessTest.said("news"),
                new Source(null, "Wire", "A report", (LocalDate) null));
        List<EventEnvelope> loaded = List.of(published2May, undated);
        // when asked what had been published by 7 May, and what had been recorded by then
        QueryTime publishedBy = new QueryTime(null, Instant.parse("2025-05-07T23:59:59Z"), true);
        QueryTime recordedBy = new QueryTime(null, Instant.parse("2025-05-07T23:59:59Z"), false);
        // then the published axis keeps the report from 2 May only, and leaves the recorded axis to the store's cut
        assertThat(publishedBy.recordedBy()).isNull();
        assertThat(publishedBy.cut(loaded)).containsExactly(published2May);
        assertThat(recordedBy.recordedBy()).isEqualTo(Instant.parse("2025-05-07T23:59:59Z"));
        assertThat(recordedBy.cut(loaded)).isEqualTo(loaded);
    }
}
