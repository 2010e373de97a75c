package io.negotiationtracker.events;

/**
 * What kind of date a deadline is, which decides how every view and alert treats it (v2). On the wire in lower case.
 * <ul>
 *   <li>{@code legal}: a date on which a measure takes, changes or loses effect (a pause ending, a tariff taking effect);</li>
 *   <li>{@code target}: a party's own aim (its owner), met or missed;</li>
 *   <li>{@code milestone}: political context, such as an election or a summit.</li>
 * </ul>
 */
public enum DeadlineClass {
    LEGAL,
    TARGET,
    MILESTONE
}
