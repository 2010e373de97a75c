package io.negotiationtracker.bench.services;

import io.negotiationtracker.bench.harness.BenchContext;
import io.negotiationtracker.bench.harness.Scenario;

/** service.&lt;name&gt;.rss_mb_peak: the most each service process was resident (VmHWM) over the run, read at its end. */
public final class ServicePeakMemory implements Scenario {
    @Override
    public String name() {
        return "services-peak";
    }

    @Override
    public void run(BenchContext context) {
        for (String service : ServiceProcesses.SERVICES) {
            double peak = ServiceProcesses.memoryMb(ServiceProcesses.pid(context.stack(), service), "VmHWM");
            context.results().put("service." + service + ".rss_mb_peak", peak);
            context.say("%s: peak RSS over the run %.0f MB", service, peak);
        }
    }
}
