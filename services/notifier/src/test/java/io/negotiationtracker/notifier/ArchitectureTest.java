package io.negotiationtracker.notifier;

import io.negotiationtracker.testsupport.architecture.ServiceRules;
import org.junit.jupiter.api.Test;

/** The notifier service keeps the shape every service shares: see {@link ServiceRules}. */
class ArchitectureTest {
    @Test
    void theNotifierServiceHasNoPackageCycleNoSqlAtItsHttpEdgeAndNoOtherServicesCode() {
        ServiceRules.check("io.negotiationtracker.notifier");
    }
}
