package io.negotiationtracker.projection.cluster;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How the instances of the projection keep in step (tracker.projection.cluster.*).
 *
 * @param syncInterval  how often an instance reads the pointer, a rebuild under way and the watermark itself, whatever
 *                      the notices said (they may be missed while its listening connection is re-established), and says
 *                      which generation it serves
 * @param silentAfter   an instance not heard of for this long is taken to be gone
 * @param retiredGrace  a retired generation's tables stay at least this long after the last switch-over
 */
@ConfigurationProperties("tracker.projection.cluster")
public record ClusterSettings(
        @Bindable(defaultValue = "1s") Duration syncInterval,
        @Bindable(defaultValue = "15s") Duration silentAfter,
        @Bindable(defaultValue = "30s") Duration retiredGrace) {}
