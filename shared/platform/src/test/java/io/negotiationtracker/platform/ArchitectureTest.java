package io.negotiationtracker.platform;

import io.negotiationtracker.testsupport.architecture.ServiceRules;
import org.junit.jupiter.api.Test;

/** The platform every service builds on keeps the services' shape and knows none of them: see {@link ServiceRules}. */
class ArchitectureTest {
    @Test
    void thePlatformHasNoPackageCycleAndDependsOnNoService() {
        ServiceRules.check("io.negotiationtracker.platform");
    }
}
