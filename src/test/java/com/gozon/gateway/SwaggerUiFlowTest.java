package com.gozon.gateway;

import com.gozon.dev.DemoUser;
import com.gozon.support.GozonIntegrationTest;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Swagger UI's documented flow in a real browser (Debian's chromium and chromedriver, headless), as a newcomer
 * clicks it: Authorize as alice, open the account and top it up on Payments, switch to Orders, place an order and read
 * it until it is PAID. Skipped without {@value #CHROMEDRIVER}, unless {@code -Dgozon.test.browser=required}. The last
 * page it saw is left in {@code target/swagger-ui-flow.png} and {@code .html}.
 */
@GozonIntegrationTest
class SwaggerUiFlowTest {

    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Path LAST_PAGE = Path.of("target", "swagger-ui-flow");
    private static final Pattern ORDER_ID = Pattern.compile("\"orderId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern STATUS = Pattern.compile("^\\s*(\\d{3})");
    // the answer shown for the last Execute (the operation's documented responses use the same cell classes)
    private static final By LIVE_STATUS = By.cssSelector(".live-responses-table tbody tr.response .response-col_status");
    private static final By LIVE_DETAILS = By.cssSelector(".live-responses-table tbody tr.response .response-col_description");

    @LocalServerPort
    int port;

    WebDriver browser;
    Path profile;

    @BeforeAll
    static void browserAtHand() {
        var installed = Files.isExecutable(Path.of(CHROMEDRIVER)) && Files.isExecutable(Path.of(CHROMIUM));
        if (!installed && "required".equals(System.getProperty("gozon.test.browser"))) {
            fail("gozon.test.browser=required, but " + CHROMEDRIVER + " or " + CHROMIUM + " is missing "
                    + "(apt-get install chromium chromium-driver)");
        }
        assumeTrue(installed, "No " + CHROMEDRIVER + " or " + CHROMIUM + ": the Swagger UI's flow is not tried in "
                + "a browser (apt-get install chromium chromium-driver; -Dgozon.test.browser=required fails instead)");
    }

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("gozon-chromium");
        // the driver is Debian's: Selenium Manager, which would download one, never runs
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        var options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        browser = new ChromeDriver(service, options);
        // no implicit wait: every wait is an explicit one below, and looking for what is absent returns at once
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            try {
                keepLastPage();
            } finally {
                browser.quit();
            }
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @Test
    void aNewcomerFollowsTheDocumentedFlowOnBothDefinitions() {
        // given: the Swagger UI on the Payments definition, alice authorized through the development token issuer
        browser.get("http://127.0.0.1:" + port + "/gw-swagger");
        authorize(DemoUser.ALICE);
        var alice = DemoUser.ALICE.userId().toString();

        // when: she opens her account and tops it up with the documented examples
        // then: an account of an earlier run's development database (target/dev) is there already
        assertThat(execute(tryItOut("openAccount"))).isIn(201, 409);
        var topUp = tryItOut("topUp");
        fill(topUp, "userId", alice);
        assertThat(execute(topUp)).isEqualTo(200);

        // when: she switches the definition to Orders
        new Select(shown(browser, By.cssSelector(".topbar select"))).selectByVisibleText("Orders");
        // then: she is still authorized there
        shown(browser, By.id("operations-Orders-placeOrder"));
        assertThat(authorized()).as("the Authorize button and every operation's lock after the switch").isTrue();

        // when: she places an order and reads it
        var placeOrder = tryItOut("placeOrder");
        assertThat(execute(placeOrder)).isEqualTo(201);
        var orderId = ORDER_ID.matcher(details(placeOrder)).results().findFirst().map(match -> match.group(1))
                .orElseThrow(() -> new AssertionError("no orderId in the answer shown: " + details(placeOrder)));
        var getOrder = tryItOut("getOrder");
        fill(getOrder, "orderId", orderId);
        // then: it is paid, once payments has answered (she executes again until it says so)
        eventually(Duration.ofSeconds(120)).untilAsserted(() -> {
            assertThat(execute(getOrder)).isEqualTo(200);
            assertThat(details(getOrder)).contains("\"PAID\"");
        });
    }

    /** Authorize, oauth2, Authorize: the issuer's login form opens in a window of its own. */
    private void authorize(DemoUser user) {
        var swaggerUi = browser.getWindowHandle();
        click(shown(browser, By.cssSelector(".auth-wrapper button.authorize")));
        var oauth2 = eventually(Duration.ofSeconds(30)).until(() -> browser.findElements(By.cssSelector(".auth-container"))
                .stream().filter(container -> container.getText().contains("oauth2")).findFirst(), Optional::isPresent)
                .orElseThrow();
        click(oauth2.findElement(By.cssSelector("button.authorize")));
        eventually(Duration.ofSeconds(30)).until(() -> browser.getWindowHandles().size() == 2);
        var login = browser.getWindowHandles().stream().filter(handle -> !handle.equals(swaggerUi)).findFirst()
                .orElseThrow();
        browser.switchTo().window(login);
        shown(browser, By.id("username")).sendKeys(user.username());
        shown(browser, By.id("password")).sendKeys(user.password());
        shown(browser, By.cssSelector("button[type=submit]")).click();
        eventually(Duration.ofSeconds(60)).until(() -> browser.getWindowHandles().size() == 1);
        browser.switchTo().window(swaggerUi);
        eventually(Duration.ofSeconds(30)).until(() -> browser.findElements(By.cssSelector(".auth-container"))
                .stream().anyMatch(container -> container.getText().contains("oauth2")
                        && container.getText().contains("Logout")));
        click(shown(browser, By.cssSelector("button.close-modal")));
        eventually(Duration.ofSeconds(10)).until(() -> browser.findElements(By.cssSelector(".dialog-ux")).isEmpty());
        assertThat(authorized()).as("the Authorize button and every operation's lock after the login").isTrue();
    }

    /** Opens the operation and presses Try it out (when not pressed yet): its parameters become editable. */
    private WebElement tryItOut(String operationId) {
        var operation = shown(browser, By.cssSelector(".opblock[id$='-" + operationId + "']"));
        if (operation.findElements(By.cssSelector(".opblock-body")).isEmpty()) {
            click(shown(operation, By.cssSelector(".opblock-summary-control")));
        }
        var tryOut = shown(operation, By.cssSelector("button.try-out__btn"));
        if (!tryOut.getDomAttribute("class").contains("cancel")) {
            click(tryOut);
        }
        shown(operation, By.cssSelector("button.execute"));
        return operation;
    }

    private void fill(WebElement operation, String parameter, String value) {
        var input = shown(operation, By.cssSelector("tr[data-param-name='" + parameter + "'] input"));
        input.clear();
        input.sendKeys(value);
    }

    /**
     * Clears the answer shown before (so the status read is this Execute's), leaves the Idempotency-Key empty,
     * executes, and returns the HTTP status the Swagger UI shows.
     */
    private int execute(WebElement operation) {
        operation.findElements(By.cssSelector("tr[data-param-name='Idempotency-Key'] input"))
                .forEach(key -> assertThat(key.getDomProperty("value")).as("the Idempotency-Key sent by default").isEmpty());
        operation.findElements(By.cssSelector("button.btn-clear")).forEach(this::click);
        eventually(Duration.ofSeconds(10)).until(() -> statusShown(operation).isEmpty());
        click(shown(operation, By.cssSelector("button.execute")));
        return eventually(Duration.ofSeconds(60)).until(() -> statusShown(operation), Optional::isPresent).orElseThrow();
    }

    /** The HTTP status of the live answer under Execute, if one is shown. */
    private Optional<Integer> statusShown(WebElement operation) {
        return operation.findElements(LIVE_STATUS).stream().map(WebElement::getText).map(STATUS::matcher)
                .filter(Matcher::find).map(match -> Integer.valueOf(match.group(1))).findFirst();
    }

    private String details(WebElement operation) {
        return shown(operation, LIVE_DETAILS).getText();
    }

    /** The Authorize button is locked, and so is the lock of every operation on the page. */
    private boolean authorized() {
        var button = shown(browser, By.cssSelector(".auth-wrapper button.authorize"));
        var locks = browser.findElements(By.cssSelector("button.authorization__btn"));
        return Arrays.asList(button.getDomAttribute("class").split("\\s+")).contains("locked") && !locks.isEmpty()
                && locks.stream().allMatch(lock -> "authorization button locked".equals(lock.getDomAttribute("aria-label")));
    }

    private WebElement shown(SearchContext within, By what) {
        return eventually(Duration.ofSeconds(30)).until(() -> within.findElements(what).stream()
                .filter(WebElement::isDisplayed).findFirst(), Optional::isPresent).orElseThrow();
    }

    /** Bounded but generous: the machine running the tests may be busy with other builds. */
    private static ConditionFactory eventually(Duration atMost) {
        return await().atMost(atMost).pollInSameThread().pollInterval(Duration.ofMillis(250)).ignoreExceptions();
    }

    /** In the middle of the window first: the modal and the sticky top bar hide what is at its edges. */
    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void keepLastPage() throws IOException {
        Files.createDirectories(LAST_PAGE.getParent());
        Files.write(Path.of(LAST_PAGE + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        Files.writeString(Path.of(LAST_PAGE + ".html"), browser.getPageSource());
    }
}
