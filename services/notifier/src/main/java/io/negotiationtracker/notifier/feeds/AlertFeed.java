package io.negotiationtracker.notifier.feeds;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * An Atom 1.0 feed (RFC 4287) of alerts, written with ROME. Ids never change: the feed's is derived from what it lists
 * (one negotiation or all), an entry's from the alert's unique key; an entry's {@code updated} is the time the alert was
 * recorded, and the feed's is that of its newest entry (the epoch while it is empty), so a reader polling it sees
 * nothing new until an alert is.
 */
public final class AlertFeed {
    private AlertFeed() {}

    public static String atom(String negotiationId, List<FeedEntry> newestFirst, String selfUrl) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(urn("alerts:" + (negotiationId == null ? "*" : negotiationId)));
        feed.setTitle(negotiationId == null ? "Deadline alerts" : "Deadline alerts: " + negotiationId);
        feed.setUpdated(Date.from(
                newestFirst.isEmpty() ? Instant.EPOCH : newestFirst.get(0).createdAt()));
        SyndPerson author = new SyndPersonImpl();
        author.setName("negotiation tracker notifier");
        feed.setAuthors(List.of(author));
        feed.setOtherLinks(List.of(link("self", selfUrl, "application/atom+xml")));
        List<Entry> entries = new ArrayList<>();
        for (FeedEntry a : newestFirst) entries.add(entry(a));
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("the alert feed could not be written", e);
        }
    }

    /** The entry id of an alert: a name-based UUID of its key (negotiation, deadline, revision, due date, kind, horizon). */
    public static String entryId(String alertKey) {
        return urn("alert:" + alertKey);
    }

    private static Entry entry(FeedEntry a) {
        Entry e = new Entry();
        e.setId(entryId(a.key()));
        e.setTitle(
                a.title() + ": " + a.kind().replace('_', ' ') + (a.dueOn() == null ? "" : " (due " + a.dueOn() + ")"));
        e.setUpdated(Date.from(a.createdAt()));
        e.setPublished(Date.from(a.createdAt()));
        Content summary = new Content();
        summary.setType("text");
        summary.setValue(a.message());
        e.setSummary(summary);
        Category kind = new Category();
        kind.setTerm(a.kind());
        kind.setScheme("urn:negotiation-tracker:alert-kind");
        e.setCategories(List.of(kind));
        e.setAlternateLinks(List.of(link(
                "alternate",
                "/api/alerts?negotiationId=" + a.negotiationId() + "&after=" + (a.seq() - 1) + "&limit=1",
                "application/json")));
        return e;
    }

    private static Link link(String rel, String href, String type) {
        Link l = new Link();
        l.setRel(rel);
        l.setHref(href);
        l.setType(type);
        return l;
    }

    private static String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("negotiation-tracker:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
