package dev.baton.bot.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.bot.testing.HeadlessChromium;
import dev.baton.bot.testing.RunningBaton;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person using the web chat in headless Chromium against the real application. Screenshots
 * land in bot/target/screenshots for a human to look at.
 */
@Tag("browser")
class TestWebChatInBrowser {
    private static WebDriver browser;

    @BeforeAll
    static void openBrowser() throws IOException {
        browser = HeadlessChromium.open(1000, 900);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private List<WebElement> botReplies() {
        return browser.findElements(By.cssSelector("#log li.msg.bot:not(.intro)"));
    }

    private WebElement ask(String question, int repliesBefore) {
        WebElement input = browser.findElement(By.id("text"));
        input.sendKeys(question);
        browser.findElement(By.id("send")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> botReplies().size() > repliesBefore);
        return botReplies().get(repliesBefore);
    }

    private void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, name);
    }

    @Test
    void answersWithSourcesAdmitsWhenUnsureAndReachesAHuman() throws IOException {
        browser.get(RunningBaton.shared().baseUri().toString());
        assertThat(browser.getTitle()).contains("Baton");

        WebElement answer = ask("How do I reset my VPN password?", 0);
        assertThat(answer.getAttribute("class")).doesNotContain("unsure");
        assertThat(answer.findElement(By.cssSelector(".bubble")).getText()).containsIgnoringCase("vpn");
        List<WebElement> sources = answer.findElements(By.cssSelector(".source a"));
        assertThat(sources).isNotEmpty();
        assertThat(sources.get(0).getText()).containsIgnoringCase("vpn");
        assertThat(sources.get(0).getAttribute("href")).startsWith("https://");
        assertThat(answer.findElement(By.cssSelector(".actions button")).getText()).isEqualTo("Talk to a human");

        WebElement unsure = ask("What is the capital of Peru?", 1);
        assertThat(unsure.getAttribute("class")).contains("unsure");
        assertThat(unsure.findElement(By.cssSelector(".bubble")).getText()).containsIgnoringCase("not sure");
        assertThat(unsure.findElement(By.cssSelector(".confidence")).getText()).startsWith("Not sure");
        screenshot("webchat-answers");

        unsure.findElement(By.cssSelector(".actions button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> botReplies().size() > 2);
        WebElement handoff = botReplies().get(2);
        assertThat(handoff.getAttribute("class")).contains("handoff");
        assertThat(handoff.getText()).contains("person from the support team").contains("won't need to repeat");
        screenshot("webchat-handoff");
    }
}
