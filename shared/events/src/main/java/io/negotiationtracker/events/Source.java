package io.negotiationtracker.events;

import java.time.LocalDate;

/** Where a fact comes from. A URL is optional (never invent one); a publisher and a title are required. */
public record Source(String url, String publisher, String title, LocalDate publishedOn) {
    public Source {
        url = Require.optionalText(url, "url");
        if (url != null && !url.matches("(?i)https?://\\S+")) throw new InvalidEventException("url", "must be an http(s) URL");
        publisher = Require.text(publisher, "publisher");
        title = Require.text(title, "title");
    }
}
