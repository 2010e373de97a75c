package io.negotiationtracker.notifier.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import io.negotiationtracker.notifier.support.Alerts;
import io.negotiationtracker.notifier.support.EventWriter;
import io.negotiationtracker.notifier.support.NotifierFixture;
import io.negotiationtracker.testsupport.http.Http;
import io.negotiationtracker.testsupport.http.Reply;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Element;

/** The Atom feeds of alerts, read back by ROME's feed parser and checked against RFC 4287's required elements. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AtomFeedTest {
    static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    NotifierFixture app;
    NotifierFixture.Running notifier;
    EventWriter events;

    @BeforeAll
    void start() {
        app = NotifierFixture.fresh().with("tracker.alerts.scan-interval", "1h");
        notifier = app.start();
        events = new EventWriter(app.eventsTopic());
    }

    @AfterAll
    void stop() {
        events.close();
        notifier.close();
    }

    Feed feed(String path) throws Exception {
        Reply r = Http.get(notifier.url() + path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/atom+xml");
        requiredElements(r.body());
        WireFeedInput input = new WireFeedInput();
        Feed feed = (Feed) input.build(new StringReader(r.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        return feed;
    }

    /** RFC 4287 4.1.1 and 4.1.2: a feed and each entry have exactly one id, title and updated, in the Atom namespace. */
    static void requiredElements(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM_NS);
        assertThat(root.getLocalName()).isEqualTo("feed");
        for (String name : List.of("id", "title", "updated", "author"))
            assertThat(children(root, name)).as("feed " + name).isEqualTo(1);
        var entries = root.getElementsByTagNameNS(ATOM_NS, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            for (String name : List.of("id", "title", "updated"))
                assertThat(children(e, name)).as("entry " + name).isEqualTo(1);
        }
    }

    static int children(Element parent, String name) {
        int n = 0;
        for (var c = parent.getFirstChild(); c != null; c = c.getNextSibling())
            if (c instanceof Element el && ATOM_NS.equals(el.getNamespaceURI()) && name.equals(el.getLocalName())) n++;
        return n;
    }

    @Test
    void entriesKeepTheirIdsAndUpdatedTimesAsNewAlertsArriveNewestFirst() throws Exception {
        events.set("feed-case", "pause-end", "2099-07-09");
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        Alerts.of(notifier.url(), "negotiationId=feed-case").size() == 1);
        Feed first = feed("/api/negotiations/feed-case/alerts.atom");
        assertThat(first.getEntries()).hasSize(1);
        Entry set = first.getEntries().get(0);
        String createdAt = Alerts.of(notifier.url(), "negotiationId=feed-case")
                .get(0)
                .path("createdAt")
                .asText();
        assertThat(set.getUpdated().toInstant())
                .isEqualTo(Instant.parse(createdAt).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(first.getUpdated()).isEqualTo(set.getUpdated());
        assertThat(set.getTitle()).contains("set").contains("2099-07-09");
        assertThat(set.getId()).startsWith("urn:uuid:");

        Thread.sleep(1100);
        events.move("feed-case", "pause-end", "2099-07-09", "2099-08-01");
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        Alerts.of(notifier.url(), "negotiationId=feed-case").size() == 2);
        Feed second = feed("/api/negotiations/feed-case/alerts.atom");
        assertThat(second.getEntries()).hasSize(2);
        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(second.getEntries().get(0).getTitle()).contains("extended");
        Entry setAgain = second.getEntries().get(1);
        assertThat(setAgain.getId()).isEqualTo(set.getId());
        assertThat(setAgain.getUpdated()).isEqualTo(set.getUpdated());
        assertThat(second.getEntries().get(0).getId()).isNotEqualTo(set.getId());
        assertThat(second.getUpdated()).isAfter(first.getUpdated());
    }

    @Test
    void theFeedAcrossAllNegotiationsHoldsEachAndTheOneOfANegotiationOnlyItsOwn() throws Exception {
        events.set("feed-a", "a", "2099-07-09");
        events.set("feed-b", "b", "2099-07-10");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Alerts.of(notifier.url(), "negotiationId=feed-b").size() == 1
                        && Alerts.of(notifier.url(), "negotiationId=feed-a").size() == 1);
        Feed all = feed("/api/alerts.atom");
        assertThat(all.getEntries())
                .extracting(Entry::getTitle)
                .anyMatch(t -> t.startsWith("Deadline a:"))
                .anyMatch(t -> t.startsWith("Deadline b:"));
        Feed a = feed("/api/negotiations/feed-a/alerts.atom");
        assertThat(a.getEntries())
                .singleElement()
                .satisfies(e -> assertThat(e.getTitle()).startsWith("Deadline a:"));
        assertThat(a.getId()).isNotEqualTo(all.getId());
        assertThat(all.getEntries())
                .extracting(Entry::getId)
                .contains(a.getEntries().get(0).getId());
        assertThat(Http.get(notifier.url() + "/api/negotiations/never-seen/alerts.atom")
                        .status())
                .isEqualTo(404);
    }
}
