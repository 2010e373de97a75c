package io.negotiationtracker.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void figures_come_first_in_the_issue_order_then_extras_then_meta_and_failures() throws Exception {
        Results r = new Results();
        r.put("e2e_2000.visible_p99_ms", 12.5);
        r.put("ingest.events_per_s", 8689.123);
        r.put("baseline.pg_raw_rows_per_s", 57174);
        r.meta("scale", "smoke");
        JsonNode json = JSON.readTree(ResultsJson.render(r));
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys)
                .containsExactly(
                        "baseline.pg_raw_rows_per_s",
                        "ingest.events_per_s",
                        "e2e_2000.visible_p99_ms",
                        "meta",
                        "failures");
        assertThat(json.get("ingest.events_per_s").isNumber()).isTrue();
        assertThat(json.get("meta").get("scale").asText()).isEqualTo("smoke");
        assertThat(json.get("failures").isEmpty()).isTrue();
    }

    @Test
    void ratios_and_maxima_are_derived_only_from_figures_that_were_measured() {
        Results r = new Results();
        r.put("ingest.events_per_s", 30_000);
        r.put("baseline.pg_raw_rows_per_s", 60_000);
        r.put("service.ingest.rss_mb_idle", 180);
        r.put("service.notifier.rss_mb_idle", 210);
        DerivedFigures.compute(r);
        assertThat(r.get("ratio.ingest_vs_pg_raw").getAsDouble()).isEqualTo(0.5);
        assertThat(r.get("ratio.ingest_vs_axon")).isEmpty();
        assertThat(r.get("service.rss_mb_max").getAsDouble()).isEqualTo(210);
    }

    @Test
    void a_figure_that_is_not_a_number_is_left_out_and_named_as_a_failure() throws Exception {
        Results r = new Results();
        r.put("rebuild.events_per_s", Double.NaN);
        JsonNode json = JSON.readTree(ResultsJson.render(r));
        assertThat(json.has("rebuild.events_per_s")).isFalse();
        assertThat(json.get("failures").get("rebuild.events_per_s").asText()).contains("NaN");
    }

    @Test
    void numbers_keep_four_significant_digits_and_at_most_three_decimals() {
        assertThat(ResultsJson.round(57174.0)).isEqualTo(57174L);
        assertThat(ResultsJson.round(8689.123)).isEqualTo(8689L);
        assertThat(ResultsJson.round(0.151977)).isEqualTo(0.152);
        assertThat(ResultsJson.round(0.00012)).isEqualTo(0L);
        assertThat(ResultsJson.round(12.3456)).isEqualTo(12.35);
    }
}
