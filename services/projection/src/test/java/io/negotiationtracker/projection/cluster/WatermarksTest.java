package io.negotiationtracker.projection.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.negotiationtracker.platform.jdbc.Transactions;
import io.negotiationtracker.projection.generation.Generation;
import io.negotiationtracker.projection.generation.Watermarks;
import io.negotiationtracker.projection.support.ProjectionApp;
import io.negotiationtracker.projection.support.Topic;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The watermark is the lowest partition high over every partition of the topic, never a maximum, and never moves back. */
class WatermarksTest {
    @Test
    void aPositionCountsOnlyWhenEveryPartitionIsPastIt() {
        try (Topic topic = new Topic("projection-watermark", 3)) {
            EmbeddedServer server = ProjectionApp.onNewDatabase("projection_watermark", topic.name())
                    .start();
            try {
                DataSource db = server.getApplicationContext().getBean(DataSource.class);
                Watermarks watermarks = server.getApplicationContext().getBean(Watermarks.class);
                Generation g = new Generation(1);
                // partition 0 applied up to 10; partitions 1 and 2 not heard of: nothing is known complete
                assertThat(raise(db, watermarks, g, Map.of(0, 10L))).isZero();
                // partition 1 only up to 7: position 8 to 10 may still be on it
                assertThat(raise(db, watermarks, g, Map.of(1, 7L, 2, 12L))).isEqualTo(7);
                assertThat(raise(db, watermarks, g, Map.of(1, 20L))).isEqualTo(10);
                // a high never moves back, nor does the watermark
                assertThat(raise(db, watermarks, g, Map.of(0, 3L))).isEqualTo(10);
                assertThat(watermarks.watermark(g)).isEqualTo(10);
            } finally {
                server.getApplicationContext().close();
            }
        }
    }

    private static long raise(DataSource db, Watermarks watermarks, Generation g, Map<Integer, Long> highs) {
        return Transactions.inTransaction(db, c -> watermarks.raise(c, g, highs, 3));
    }
}
