package io.negotiationtracker.projection.read;

import io.negotiationtracker.platform.jdbc.Transactions;
import io.negotiationtracker.projection.store.DeadLetterRows;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The dead letters the API lists (the latest 500), read here so the API layer holds no database access of its own. */
@Singleton
public class DeadLetterLog {
    static final int LIMIT = 500;

    private final DataSource dataSource;
    private final DeadLetterRows rows = new DeadLetterRows();

    public DeadLetterLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Map<String, Object>> latest() {
        return Transactions.read(dataSource, c -> rows.latest(c, LIMIT));
    }
}
