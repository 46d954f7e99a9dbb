package dev.baton.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.bot.testing.HeadlessChromium;
import dev.baton.bot.testing.RunningBaton;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A support lead signs in and reads each admin page in headless Chromium; screenshots for a person to look at. */
@Tag("browser")
class TestAdminInBrowser {
    private static WebDriver browser;
    private final RunningBaton baton = RunningBaton.shared();

    @BeforeAll
    static void openBrowser() throws IOException {
        browser = HeadlessChromium.open(1200, 1000);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void say(String text) throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(baton.baseUri().resolve("/api/webchat/messages"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"sessionId\":\"" + UUID.randomUUID() + "\",\"text\":\"" + text + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void signsInAndReadsEveryPage() throws Exception {
        say("How do I set up multi-factor authentication?");
        say("What is the capital of Peru?");
        say("What's the best pizza topping?");
        say("I need a human, my laptop will not boot");

        browser.get(baton.baseUri().resolve("/admin").toString());
        assertThat(browser.getCurrentUrl()).endsWith("/admin/login");
        browser.findElement(By.id("token")).sendKeys("wrong token entirely");
        HeadlessChromium.clickAndAwaitNewPage(browser, By.cssSelector("form.login button"));
        assertThat(browser.findElement(By.cssSelector(".error")).getText()).contains("not the admin token");
        HeadlessChromium.screenshot(browser, "admin-login-refused");

        browser.findElement(By.id("token")).sendKeys(RunningBaton.ADMIN_TOKEN);
        HeadlessChromium.clickAndAwaitNewPage(browser, By.cssSelector("form.login button"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");
        assertThat(browser.findElements(By.cssSelector(".tile"))).hasSize(6);
        assertThat(browser.findElements(By.cssSelector("svg.chart rect"))).hasSizeGreaterThan(1);
        HeadlessChromium.screenshot(browser, "admin-overview");

        HeadlessChromium.clickAndAwaitNewPage(browser, By.linkText("Handoff queue"));
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("explicit request");
        HeadlessChromium.screenshot(browser, "admin-queue");

        HeadlessChromium.clickAndAwaitNewPage(browser, By.linkText("Knowledge gaps"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("What is the capital of Peru?");
        HeadlessChromium.screenshot(browser, "admin-gaps");

        HeadlessChromium.clickAndAwaitNewPage(browser, By.linkText("Conversation review"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Conversation review");
        assertThat(browser.findElements(By.cssSelector("article.review"))).isNotEmpty();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("low confidence");
        HeadlessChromium.screenshot(browser, "admin-review");

        HeadlessChromium.clickAndAwaitNewPage(browser, By.linkText("Proposed answers"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Proposed answers");
        HeadlessChromium.screenshot(browser, "admin-proposed");

        HeadlessChromium.clickAndAwaitNewPage(browser, By.cssSelector("form[action='/admin/logout'] button"));
        browser.get(baton.baseUri().resolve("/admin/queue").toString());
        assertThat(browser.getCurrentUrl()).as("signed out").endsWith("/admin/login");
    }
}
