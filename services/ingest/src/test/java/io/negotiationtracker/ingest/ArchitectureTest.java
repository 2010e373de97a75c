package io.negotiationtracker.ingest;

import io.negotiationtracker.testsupport.architecture.ServiceRules;
import org.junit.jupiter.api.Test;

/** The ingest service keeps the shape every service shares: see {@link ServiceRules}. */
class ArchitectureTest {
    @Test
    void theIngestServiceHasNoPackageCycleNoSqlAtItsHttpEdgeAndNoOtherServicesCode() {
        ServiceRules.check("io.negotiationtracker.ingest");
    }
}
