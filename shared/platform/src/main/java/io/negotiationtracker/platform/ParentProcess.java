package io.negotiationtracker.platform;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** {@code tracker.parent-pid}: the run command's process, when it started this service as its child. */
@ConfigurationProperties("tracker")
public record ParentProcess(@Nullable Long parentPid) {}
