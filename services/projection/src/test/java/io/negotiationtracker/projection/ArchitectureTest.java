package io.negotiationtracker.projection;

import io.negotiationtracker.testsupport.architecture.ServiceRules;
import org.junit.jupiter.api.Test;

/** The projection service keeps the shape every service shares: see {@link ServiceRules}. */
class ArchitectureTest {
    @Test
    void theProjectionServiceHasNoPackageCycleNoSqlAtItsHttpEdgeAndNoOtherServicesCode() {
        ServiceRules.check("io.negotiationtracker.projection");
    }
}
