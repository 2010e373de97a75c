package io.negotiationtracker.events;

import java.time.LocalDate;

/**
 * Where a fact comes from. A URL is optional (never invent one); a publisher and a title are required. The publication
 * date may have day or month precision ("2025-06-17" or "2025-06"); attribution (v2) says who stands behind the claim.
 */
public record Source(String url, String publisher, String title, WorldDate publishedOn, Attribution attribution) {
    public Source {
        url = Require.optionalText(url, "url");
        if (url != null && !url.matches("(?i)https?://\\S+"))
            throw new InvalidEventException("url", "must be an http(s) URL");
        publisher = Require.text(publisher, "publisher");
        title = Require.text(title, "title");
        if (publishedOn != null
                && publishedOn.precision() != DatePrecision.DAY
                && publishedOn.precision() != DatePrecision.MONTH)
            throw new InvalidEventException(
                    "publishedOn", "must be a day (2025-06-17) or a month (2025-06), not " + publishedOn);
    }

    /** A v1 source: a publication day, no attribution. */
    public Source(String url, String publisher, String title, LocalDate publishedOn) {
        this(url, publisher, title, publishedOn == null ? null : WorldDate.day(publishedOn), null);
    }

    public boolean anonymous() {
        return attribution == Attribution.ANONYMOUS_OFFICIAL;
    }
}
