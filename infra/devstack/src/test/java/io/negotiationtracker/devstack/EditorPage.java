package io.negotiationtracker.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard's editor as a writer uses it: the sign-in field, the event type, the fields (found by the JSON path
 * ingest names them with, their data-field), preview and save, the event list's correction buttons; and what the
 * page shows, read in one script call so that a live re-render cannot slip between finding and reading.
 */
record EditorPage(ChromeDriver browser) {

    void open() {
        if (!Boolean.TRUE.equals(browser.executeScript("return document.getElementById('editor').open")))
            browser.findElement(By.cssSelector("#editor > summary")).click();
    }

    void signIn(String token) {
        open();
        WebElement field = browser.findElement(By.id("writer-token"));
        field.sendKeys(token);
        field.submit();
    }

    void type(String eventType) {
        new Select(browser.findElement(By.id("editor-type"))).selectByValue(eventType);
    }

    WebElement field(String path) {
        return browser.findElement(By.cssSelector("#editor-form [data-field='" + path + "']"));
    }

    void fill(String path, String value) {
        WebElement f = field(path);
        f.clear();
        f.sendKeys(value);
    }

    void choose(String path, String value) {
        new Select(field(path)).selectByValue(value);
    }

    void press(String action) {
        browser.findElement(By.cssSelector("#editor-form [data-action=" + action + "]"))
                .click();
    }

    /** Starts a correction ("EventRetracted", "EventCorrected", "SourceAdded") from the event list item matching css. */
    void correct(String itemCss, String kind) {
        browser.findElement(By.cssSelector(itemCss + " .event-actions button[data-action=" + kind + "]"))
                .click();
    }

    /** The rendered text of the first element matching css, or null. */
    String text(String css) {
        Object text = browser.executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.innerText.trim() : null", css);
        return text == null ? null : text.toString();
    }

    List<?> all(String css) {
        return (List<?>) browser.executeScript(
                "return Array.from(document.querySelectorAll(arguments[0]), e => e.tagName)", css);
    }

    /** Controls of the editor and the event list that a screen reader would announce without a name. */
    List<?> unnamedControls() {
        return (List<?>)
                browser.executeScript(
                        "return [...document.querySelectorAll('#editor input, #editor button, #editor select, #editor textarea, #event-list button')]"
                                + ".filter(e => !(e.labels?.length || e.getAttribute('aria-label') || e.textContent.trim())).map(e => e.outerHTML)");
    }

    /** The window as target/NAME.png, and the page down to the editor's end as target/NAME-full.png. */
    void shoot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target"));
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        Dimension window = browser.manage().window().getSize();
        long tall = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(tall + 140, 6000)));
        Files.write(dir.resolve(name + "-full.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(window);
        assertThat(dir.resolve(name + ".png")).exists();
    }
}
