package io.negotiationtracker.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The dashboard's timeline as a reader uses it in the browser: its visible range and mode (the data attributes the
 * page keeps on #timeline), its buttons, keys and drag, its lanes, and the boxes of every text it shows.
 */
record TimelinePage(ChromeDriver browser) {

    /** from, to (ISO days), spanDays, compact and zoomed, as the page last drew them. */
    Map<String, String> state() {
        @SuppressWarnings("unchecked")
        Map<String, String> data = (Map<String, String>)
                browser.executeScript("return Object.assign({}, document.getElementById('timeline').dataset)");
        return data;
    }

    long spanDays() {
        return Long.parseLong(state().get("spanDays"));
    }

    void click(String action) {
        browser.findElement(By.cssSelector(".timeline-tools button[data-action=" + action + "]"))
                .click();
    }

    /** Keys typed while the chart has the focus, as a keyboard user would after tabbing to it. */
    void press(CharSequence... keys) {
        browser.executeScript("document.getElementById('timeline').focus()");
        assertThat(browser.executeScript("return document.activeElement.id")).isEqualTo("timeline");
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Drags the chart sideways by dx pixels; dragging it to the right (dx > 0) brings earlier dates into view. */
    void drag(int dx) {
        WebElement chart = browser.findElement(By.cssSelector("#timeline svg"));
        new Actions(browser)
                .moveToElement(chart, 60, 0)
                .clickAndHold()
                .moveByOffset(dx / 2, 0)
                .moveByOffset(dx - dx / 2, 0)
                .release()
                .perform();
    }

    WebElement laneHead(String laneId) {
        return browser.findElement(By.cssSelector("#timeline .lane-head[data-lane='" + laneId + "']"));
    }

    long marksInLane(String laneId) {
        return ((Number) browser.executeScript(
                        "return document.querySelectorAll(`#timeline g.lane[data-lane='${arguments[0]}'] g.mark`).length",
                        laneId))
                .longValue();
    }

    long marks() {
        return ((Number) browser.executeScript("return document.querySelectorAll('#timeline g.mark').length"))
                .longValue();
    }

    /** Every text of the chart and every lane's name: no two boxes (getBoundingClientRect) intersect. */
    void assertNoTextOverlaps(int atLeast) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> boxes = (List<Map<String, Object>>)
                browser.executeScript(
                        "return [...document.querySelectorAll('#timeline svg text, #timeline .lane-head')]"
                                + ".filter(t => t.textContent.trim() && getComputedStyle(t).display !== 'none')"
                                + ".map(t => { const r = t.getBoundingClientRect(); return {text: t.textContent, x: r.x, y: r.y, w: r.width, h: r.height}; })");
        assertThat(boxes).hasSizeGreaterThanOrEqualTo(atLeast);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(overlap(boxes.get(i), boxes.get(j)))
                        .as("labels '" + boxes.get(i).get("text") + "' and '"
                                + boxes.get(j).get("text") + "' overlap")
                        .isFalse();
            }
        }
    }

    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        double ax = num(a, "x"), ay = num(a, "y"), aw = num(a, "w"), ah = num(a, "h");
        double bx = num(b, "x"), by = num(b, "y"), bw = num(b, "w"), bh = num(b, "h");
        double tolerance = 0.5;
        return ax + aw - tolerance > bx
                && bx + bw - tolerance > ax
                && ay + ah - tolerance > by
                && by + bh - tolerance > ay;
    }

    private static double num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }
}
