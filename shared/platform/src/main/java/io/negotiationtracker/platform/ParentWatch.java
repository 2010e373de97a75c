package io.negotiationtracker.platform;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the run command starts a service as its child ({@code tracker.parent-pid} set), the service exits if that parent
 * dies, even by SIGKILL: no orphan process is left behind.
 */
@Context
@Requires(property = "tracker.parent-pid")
public class ParentWatch {
    private static final Logger LOG = LoggerFactory.getLogger(ParentWatch.class);

    public ParentWatch(ParentProcess parent) {
        long parentPid = parent.parentPid();
        Thread t = new Thread(
                () -> {
                    while (ProcessHandle.of(parentPid)
                            .map(ProcessHandle::isAlive)
                            .orElse(false)) {
                        try {
                            Thread.sleep(1000);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    LOG.warn("parent process {} is gone: exiting", parentPid);
                    System.exit(0);
                },
                "parent-watch");
        t.setDaemon(true);
        t.start();
    }
}
