package io.negotiationtracker.events;

/**
 * Who stands behind what a source reports: a named person on the record, an unnamed official ("according to
 * government sources"), the publication's own reporting, or an outside analyst. On the wire in lower case.
 */
public enum Attribution {
    ON_RECORD,
    ANONYMOUS_OFFICIAL,
    MEDIA_REPORT,
    ANALYST
}
