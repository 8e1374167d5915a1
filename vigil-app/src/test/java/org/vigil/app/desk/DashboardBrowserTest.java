package org.vigil.app.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium (Debian's chromium and chromium-driver) against a running
 * {@code vigil serve}: the dyad view, the commitment tracker, the evidence panel, a correction made in the page,
 * and an article carrying a script tag. Screenshots go to target/desk-screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "desk-screenshots");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static DeskFixture desk;
  private static WebDriver driver;
  private static WebDriverWait wait;

  @BeforeAll
  static void open() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present && System.getenv("CI") != null) {
      throw new IllegalStateException("CI needs chromium and chromium-driver (.ci/run installs them)");
    }
    Assumptions.assumeTrue(present, "chromium and chromium-driver are not installed");
    desk = DeskFixture.get();
    Files.createDirectories(SHOTS);
    Path profile = Files.createTempDirectory("vigil-chromium-");
    ChromeOptions o = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, o);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static void shot(String name) throws IOException {
    Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  private static void idle() {
    wait.until(d -> d.findElement(By.id("busy")).getAttribute("hidden") != null);
  }

  @Test
  @Order(1)
  void dyadViewShowsTheAttackThenTheCessation() throws IOException {
    driver.get(desk.url + "#dyad");
    WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dyad-form")));
    form.findElement(By.name("a")).clear();
    form.findElement(By.name("a")).sendKeys("kataib-hezbollah");
    form.findElement(By.name("b")).clear();
    form.findElement(By.name("b")).sendKeys("USA");
    new org.openqa.selenium.support.ui.Select(form.findElement(By.name("interval"))).selectByVisibleText("day");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(d -> d.findElements(By.cssSelector("#dyad-marks li")).size() > 0);
    idle();
    @SuppressWarnings("unchecked")
    Map<String, Object> chart = (Map<String, Object>) js("const c = echarts.getInstanceByDom("
        + "document.getElementById('dyad-chart')).getOption();"
        + "return {days: c.xAxis[0].data, conflict: c.series[3].data, marks: c.series[4].markLine.data.map(m => m.xAxis)};");
    @SuppressWarnings("unchecked")
    List<String> days = (List<String>) chart.get("days");
    @SuppressWarnings("unchecked")
    List<Number> conflict = (List<Number>) chart.get("conflict");
    int firstAttack = -1;
    for (int i = 0; i < conflict.size() && firstAttack < 0; i++) {
      firstAttack = conflict.get(i).intValue() > 0 ? i : -1;
    }
    assertThat(firstAttack).as("a day with material conflict").isGreaterThanOrEqualTo(0);
    assertThat(days.get(firstAttack)).isEqualTo("2024-01-28");
    assertThat(chart.get("marks").toString()).contains("2024-01-30");
    assertThat(days.indexOf("2024-01-30")).isGreaterThan(firstAttack);
    assertThat(driver.findElement(By.id("dyad-marks")).getText()).contains("ceasefire (0871)")
        .contains("announced a cessation");
    clickBar(days.indexOf("2024-01-28"), 1);
    wait.until(d -> d.findElements(By.cssSelector("#dyad-events tr[data-event]")).size() > 0);
    assertThat(driver.findElement(By.id("dyad-events")).getText()).contains("attacked a US outpost in Jordan");
    assertThat(driver.findElement(By.id("dyad-period-title")).getText()).contains("2024-01-28");
    shot("dyad");
  }

  /** Clicks the stacked bar of day {@code index} through the real mouse, at the pixel the chart reports. */
  private static void clickBar(int index, int height) {
    @SuppressWarnings("unchecked")
    List<Number> px = (List<Number>) js("const c = echarts.getInstanceByDom(document.getElementById('dyad-chart'));"
        + "const p = c.convertToPixel({seriesIndex: 3}, [arguments[0], arguments[1] / 2]);"
        + "const r = document.getElementById('dyad-chart').getBoundingClientRect();"
        + "return [p[0] - r.width / 2, p[1] - r.height / 2];", index, height);
    new Actions(driver).moveToElement(driver.findElement(By.id("dyad-chart")), px.get(0).intValue(),
        px.get(1).intValue()).click().perform();
  }

  @Test
  @Order(2)
  void trackerListsTheCessationAndItsEvidenceOpensHighlighted() throws IOException {
    driver.get(desk.url + "#tracker");
    wait.until(d -> d.findElements(By.cssSelector("#tracker-list tr[data-kind=ceasefire]")).size() > 0);
    WebElement row = driver.findElement(By.cssSelector("#tracker-list tr[data-kind=ceasefire]"));
    assertThat(row.getText()).contains("2024-01-30").contains("kataib-hezbollah").contains("cessation");
    assertThat(row.getAttribute("data-fate")).isIn("held", "broken", "too-early");
    shot("tracker");
    row.findElement(By.cssSelector("td.cite")).click();
    WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#article-text mark.sentence")));
    assertThat(driver.findElements(By.cssSelector("#article-text mark.sentence"))).hasSize(1);
    assertThat(mark.getText()).startsWith("The Iran-aligned Iraqi armed group Kataib Hezbollah has announced a"
        + " cessation");
    assertThat(driver.findElement(By.cssSelector("#article-text mark.trigger")).getText()).isNotBlank();
    assertThat(driver.findElement(By.cssSelector("dd[data-fact=code]")).getText()).startsWith("0871");
    shot("evidence");
  }

  @Test
  @Order(3)
  void correctionMadeInThePageShowsInTheApi() throws IOException {
    JsonNode before = JSON.readTree(desk.get("/api/events?text=burned").body()).get("items");
    assertThat(before).hasSize(1);
    String id = before.get(0).get("event_id").asText();
    driver.get(desk.url + "#events");
    WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("events-form")));
    form.findElement(By.name("text")).clear();
    form.findElement(By.name("text")).sendKeys("burned");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    awaitRows(1, "burned");
    driver.findElement(By.cssSelector("#events-table tr[data-event='" + id + "']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article-text mark.sentence")));
    WebElement c = driver.findElement(By.id("correction-form"));
    c.findElement(By.name("analyst")).sendKeys("desk-test");
    c.findElement(By.name("token")).sendKeys(desk.token);
    c.findElement(By.name("cameo")).sendKeys("141");
    c.findElement(By.name("note")).sendKeys("burning flags at a march is a protest");
    c.findElement(By.cssSelector("button[data-verdict=fix]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("correction-result"), "saved"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("dd[data-fact=code]"), "141"));
    shot("correction");
    JsonNode after = JSON.readTree(desk.get("/api/events?text=burned").body()).get("items").get(0);
    assertThat(after.get("cameo").asText()).isEqualTo("141");
    assertThat(after.get("verdict").asText()).isEqualTo("FIX");
    assertThat(after.get("quad_class").asInt()).isEqualTo(3);
    JsonNode log = JSON.readTree(desk.get("/api/corrections").body()).get("items");
    assertThat(log.toString()).contains("desk-test").contains(id).contains("burning flags");
  }

  /** Waits until the event table shows {@code n} rows, each containing {@code text}. */
  private static void awaitRows(int n, String text) {
    wait.until(d -> {
      List<WebElement> rows = d.findElements(By.cssSelector("#events-table tr[data-event]"));
      return rows.size() == n && rows.stream().allMatch(r -> r.getText().contains(text))
          && d.findElement(By.id("busy")).getAttribute("hidden") != null;
    });
  }

  @Test
  @Order(4)
  void scriptInAnArticleRendersAsText() throws IOException {
    driver.get(desk.url + "#events");
    WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("events-form")));
    form.findElement(By.name("text")).clear();
    form.findElement(By.name("text")).sendKeys("Basra");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    awaitRows(1, "Basra");
    driver.findElement(By.cssSelector("#events-table tr[data-event]")).click();
    WebElement text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-text")));
    assertThat(text.getText()).contains("<script>document.title='pwned'</script>");
    assertThat(driver.getTitle()).isEqualTo("Vigil desk");
    assertThat(driver.findElements(By.xpath("//script[contains(., 'pwned')]"))).isEmpty();
    assertThat(js("return document.querySelectorAll('#article-text script').length")).isEqualTo(0L);
    shot("script-as-text");
  }

  @Test
  @Order(5)
  void mapDrawsTheBuiltWorldOutlineAndTheEvents() throws IOException {
    driver.get(desk.url + "#map");
    wait.until(d -> d.findElement(By.id("map-chart")).getAttribute("data-points") != null);
    idle();
    assertThat(Integer.parseInt(driver.findElement(By.id("map-chart")).getAttribute("data-points")))
        .isGreaterThan(0);
    assertThat((Boolean) js("return !!echarts.getMap('world') && echarts.getMap('world').geoJSON.features.length > 200"))
        .isTrue();
    shot("map");
  }
}
