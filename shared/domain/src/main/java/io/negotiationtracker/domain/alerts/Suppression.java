package io.negotiationtracker.domain.alerts;

import java.util.Locale;

/**
 * Why a backtest lists an alert as not sent. On the wire in lower case.
 * <ul>
 *   <li>{@code moved_before_alert_day}: a time alert for a date the deadline no longer had on that day (it moved);</li>
 *   <li>{@code cancelled_before_alert_day}: the same for a deadline cancelled before that day;</li>
 *   <li>{@code superseded_version}: a change learned on the same day as a later move of the same deadline (only the
 *   newest version is worth telling);</li>
 *   <li>{@code outside_policy}: the policy does not follow this deadline class or alert kind.</li>
 * </ul>
 */
public enum Suppression {
    MOVED_BEFORE_ALERT_DAY,
    CANCELLED_BEFORE_ALERT_DAY,
    SUPERSEDED_VERSION,
    OUTSIDE_POLICY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
