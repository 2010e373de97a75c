package io.negotiationtracker.projection.rebuild;

import io.negotiationtracker.projection.generation.GenerationInfo;
import java.time.Instant;
import java.util.List;

/**
 * Where a rebuild stands: state is idle (none started since this process started), building, or switched.
 * While building, lag is the records left to apply (-1 before the first poll) and staleRows the statuses not yet rendered.
 * appliedRecords counts the records this instance applied to the new generation, replayedRecords those of them it read in
 * the generation's replay (the rest its consumer applied after).
 */
public record RebuildStatus(
        String state,
        int servingGeneration,
        Integer rebuildingGeneration,
        Instant startedAt,
        Instant switchedAt,
        long appliedRecords,
        long replayedRecords,
        long lag,
        long staleRows,
        Double recordsPerSecond,
        List<GenerationInfo> generations) {}
