package dev.orderflow.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pages in a real browser (headless Chromium), against the whole system as {@code ./orderflow up -d --scale
 * shipping=2} starts it, through the entry point. Screenshots of each page go to {@code target/screenshots}; small
 * copies of some are in the README. Skipped, saying what to install, where Chromium is missing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPagesIT {

	private static final Duration PIPELINE = Duration.ofSeconds(120);

	@TempDir
	static Path data;

	static Orderflow orderflow;

	static Browser browser;

	static ChromeDriver driver;

	static final HttpClient http = HttpClient.newHttpClient();

	static final JsonMapper json = JsonMapper.builder().build();

	/** Without a browser nothing is started, and each test reports itself skipped (see {@link #browserInstalled()}). */
	@BeforeAll
	static void up() {
		if (!Browser.installed()) {
			// Said once in the build's output too, not only in each skipped test's report.
			System.err.println("WARNING: " + Browser.MISSING);
			return;
		}
		orderflow = new Orderflow(data);
		orderflow.up("--scale", "shipping=2");
		browser = new Browser(1200, 900);
		driver = browser.driver;
	}

	@BeforeEach
	void browserInstalled() {
		Browser.assumeInstalled();
	}

	@AfterAll
	static void down() {
		if (browser != null) {
			browser.close();
		}
		if (orderflow != null) {
			orderflow.run("down");
		}
	}

	@Test
	@Order(1)
	void anOrderEnteredThroughTheFormShowsItsShipmentAndInvoiceAppearingWithoutAReload() {
		open("/order/orders/new");
		fillAddressAndCustomer("Grace Hopper", "1 Harbour Road");
		choose(line(0, "itemId"), "iPod (42.00)");
		type(line(0, "count"), "2");
		driver.findElement(By.id("add-line")).click();
		choose(line(1, "itemId"), "USB-C cable (9.99)");
		type(line(1, "count"), "3");
		driver.findElement(By.id("add-line")).click();
		choose(line(2, "itemId"), "Apple TV (100.00)");
		assertThat(text("#total")).isEqualTo("213.97");
		driver.findElements(By.cssSelector("#line-rows button.remove")).get(2).click();
		assertThat(text("#total")).isEqualTo("113.97");
		browser.screenshot("order-entry");
		browser.screenshot("order-entry-phone", 390);

		driver.findElement(By.id("place")).click();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> driver.getCurrentUrl().matches(".*/order/orders/\\d+\\?placed$"));
		String id = driver.getCurrentUrl().replaceAll(".*/orders/(\\d+)\\?placed$", "$1");
		assertThat(text(".notice")).contains("Order #" + id + " placed.");
		driver.executeScript("window.stillTheSamePage = true");
		await().atMost(PIPELINE)
			.ignoreExceptions()
			.until(() -> !driver.findElements(By.cssSelector("#shipment-status .status.done")).isEmpty()
					&& text("#invoice-status .invoice-total").equals("113.97"));
		assertThat(driver.executeScript("return window.stillTheSamePage")).as("appeared without a reload")
			.isEqualTo(true);
		assertThat(text("#shipment-status address")).contains("1 Harbour Road", "02139 Cambridge");
		browser.screenshot("order");

		driver.findElement(By.linkText("Open the shipment")).click();
		assertThat(text("h1")).isEqualTo("Shipment for order #" + id);
		assertThat(text("#lines")).contains("iPod", "USB-C cable").doesNotContain("Apple TV");
		browser.screenshot("shipment");
		open("/invoicing/invoices/" + id);
		assertThat(text("#total")).isEqualTo("113.97");
		browser.screenshot("invoice");
		open("/order/orders");
		assertThat(text("#orders tbody tr:first-child td:first-child")).as("newest first").isEqualTo("#" + id);
		browser.screenshot("orders");
	}

	@Test
	@Order(2)
	void anInvalidFormComesBackWithTheMessageBesideTheFieldAndTheInputKept() {
		long ordersBefore = total("/order/api/orders");
		open("/order/orders/new");
		fillAddressAndCustomer("Ada Lovelace", "");
		choose(line(0, "itemId"), "iPod (42.00)");
		type(line(0, "count"), "0");

		driver.findElement(By.id("place")).click();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> !driver.findElements(By.cssSelector(".form-errors")).isEmpty());
		WebElement street = driver.findElement(By.name("shippingAddress.street"));
		assertThat(street.getAttribute("class")).contains("invalid");
		assertThat(errorBeside(street)).isEqualTo("is required");
		WebElement count = driver.findElement(By.name("lines[0].count"));
		assertThat(count.getAttribute("value")).isEqualTo("0");
		assertThat(errorBeside(count)).isEqualTo("must be at least 1");
		assertThat(driver.findElement(By.name("shippingAddress.zip")).getAttribute("value")).isEqualTo("02139");
		assertThat(new Select(driver.findElement(By.name("customerId"))).getFirstSelectedOption().getText())
			.isEqualTo("Ada Lovelace");
		assertThat(new Select(driver.findElement(line(0, "itemId"))).getFirstSelectedOption().getText())
			.isEqualTo("iPod (42.00)");
		assertThat(total("/order/api/orders")).as("nothing was placed").isEqualTo(ordersBefore);
		browser.screenshot("order-invalid");
	}

	@Test
	@Order(3)
	void aStreetNamedLikeAScriptStaysTextOnEveryPage() {
		String street = "<script>window.attacked = true</script><img src=x onerror=\"window.attacked = true\">";
		open("/order/orders/new");
		fillAddressAndCustomer("Alan Turing", street);
		choose(line(0, "itemId"), "iPod nano (1.00)");
		driver.findElement(By.id("place")).click();
		await().atMost(Duration.ofSeconds(30)).until(() -> driver.getCurrentUrl().endsWith("?placed"));

		await().atMost(PIPELINE).ignoreExceptions().until(() -> text("#shipment-status address").contains(street));
		assertThat(text("main")).contains(street);
		assertThat(driver.executeScript("return window.attacked === undefined")).isEqualTo(true);
		for (String page : List.of("/order/orders", "/shipping/shipments", "/invoicing/invoices")) {
			open(page);
			assertThat(text("tbody tr:first-child")).as(page).contains("<script>window.attacked");
			assertThat(driver.executeScript("return window.attacked === undefined")).as(page).isEqualTo(true);
		}
	}

	@Test
	@Order(4)
	void thePipelinePageShowsThePartitionsAndBothGroupsAndFollowsTheGroupWhenItShrinksAndGrows() {
		open("/order/pipeline");

		await().atMost(PIPELINE)
			.ignoreExceptions()
			.until(() -> members("shipping").size() == 2 && members("invoicing").size() == 1
					&& driver.findElements(By.cssSelector("#topic td.end-offset")).size() == 5);
		Map<String, List<String>> shipping = members("shipping");
		assertThat(shipping).containsOnlyKeys("shipping-1", "shipping-2");
		assertThat(shipping.values().stream().flatMap(List::stream)).as("each partition held by one shipping member")
			.containsExactlyInAnyOrder("0", "1", "2", "3", "4");
		assertThat(members("invoicing")).containsOnlyKeys("invoicing-1");
		assertThat(members("invoicing").get("invoicing-1")).containsExactly("0", "1", "2", "3", "4");
		assertThat(text("#group-shipping tr.member[data-instance='shipping-1'] code")).startsWith("127.0.0.1:");
		browser.screenshot("pipeline-two-members");

		orderflow.run("stop", "shipping-2");

		await().atMost(PIPELINE)
			.ignoreExceptions()
			.until(() -> members("shipping").equals(Map.of("shipping-1", List.of("0", "1", "2", "3", "4"))));
		browser.screenshot("pipeline-after-stop");

		orderflow.run("start", "shipping", "--scale", "shipping=3");

		await().atMost(PIPELINE)
			.ignoreExceptions()
			.until(() -> members("shipping").size() == 3
					&& members("shipping").values().stream().noneMatch(List::isEmpty));
		assertThat(members("shipping")).containsOnlyKeys("shipping-1", "shipping-2", "shipping-3");
		assertThat(members("shipping").values().stream().flatMap(List::stream))
			.containsExactlyInAnyOrder("0", "1", "2", "3", "4");
		browser.screenshot("pipeline");
	}

	@Test
	@Order(5)
	void theHomePageShowsTheFlowWithCountsThatFollowNewOrders() throws Exception {
		open("/");
		await().atMost(PIPELINE)
			.ignoreExceptions()
			.until(() -> number("#count-orders") == total("/order/api/orders")
					&& number("#count-shipments") == number("#count-orders")
					&& number("#count-invoices") == number("#count-orders"));
		long orders = number("#count-orders");
		assertThat(driver.findElement(By.cssSelector("header.site")).getCssValue("background-color"))
			.as("the stylesheet, served by the entry point itself").isEqualTo("rgba(29, 35, 48, 1)");

		placeThroughTheApi();

		await().atMost(PIPELINE)
			.ignoreExceptions()
			.until(() -> number("#count-orders") == orders + 1
				&& number("#count-shipments") == orders + 1 && number("#count-invoices") == orders + 1
				&& number("#count-events") == orders + 1 && text("#lag-shipping").equals("0"));
		assertThat(text("#members-shipping")).isEqualTo("3 instances");
		browser.screenshot("home");
	}

	private static void open(String path) {
		driver.get("http://127.0.0.1:" + orderflow.gatewayPort + path);
	}

	private static void fillAddressAndCustomer(String customer, String street) {
		choose(By.name("customerId"), customer);
		type(By.name("shippingAddress.street"), street);
		type(By.name("shippingAddress.zip"), "02139");
		type(By.name("shippingAddress.city"), "Cambridge");
	}

	private static By line(int index, String field) {
		return By.name("lines[" + index + "]." + field);
	}

	private static void choose(By select, String option) {
		new Select(driver.findElement(select)).selectByVisibleText(option);
	}

	private static void type(By field, String text) {
		WebElement input = driver.findElement(field);
		input.clear();
		input.sendKeys(text);
	}

	private static String text(String css) {
		return driver.findElement(By.cssSelector(css)).getText();
	}

	private static long number(String css) {
		return Long.parseLong(text(css));
	}

	/** The message right after the field, inside the same form group: beside it, not in a list elsewhere. */
	private static String errorBeside(WebElement field) {
		return field.findElement(By.xpath("following-sibling::*[1][self::p][contains(@class, 'error')]")).getText();
	}

	/** Each member of the group as the page shows it with the partitions it holds, read in one go between refreshes. */
	@SuppressWarnings("unchecked")
	private static Map<String, List<String>> members(String group) {
		List<String> rows = (List<String>) driver.executeScript("""
				return [...document.querySelectorAll('#group-' + arguments[0] + ' tr.member')].map(row =>
				  row.dataset.instance + '=' + [...row.querySelectorAll('.partition')].map(p => p.textContent).join(','))""",
				group);
		return rows.stream()
			.map(row -> row.split("=", -1))
			.collect(Collectors.toMap(row -> row[0],
					row -> row[1].isEmpty() ? List.of() : Arrays.asList(row[1].split(","))));
	}

	private static long total(String api) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(api + "?size=1")).build());
		return json.readTree(response.body()).get("page").get("totalElements").asLong();
	}

	private static void placeThroughTheApi() {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/order/api/orders"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"customerId": 4,
					 "shippingAddress": {"street": "3 Graph Street", "zip": "5612", "city": "Eindhoven"},
					 "billingAddress": {"street": "3 Graph Street", "zip": "5612", "city": "Eindhoven"},
					 "lines": [{"itemId": 5, "count": 1}]}"""))
			.build());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static URI uri(String path) {
		return URI.create("http://127.0.0.1:" + orderflow.gatewayPort + path);
	}

}
