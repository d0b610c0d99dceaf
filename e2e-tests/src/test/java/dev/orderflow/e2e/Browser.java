package dev.orderflow.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The machine's headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), driven by Selenium with
 * explicit paths to both, so that nothing is looked up or downloaded. Other paths can be given with the system
 * properties {@code orderflow.chromium} and {@code orderflow.chromedriver}.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getProperty("orderflow.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("orderflow.chromedriver", "/usr/bin/chromedriver"));

	static final String MISSING = "Browser tests skipped: no Chromium at " + CHROMIUM + " or no chromedriver at "
			+ CHROMEDRIVER + ". Install them with: apt-get install -y chromium chromium-driver";

	/** Where {@link #screenshot(String)} saves, a build artifact of the e2e-tests module; smaller copies in small/. */
	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/**
	 * Selenium warns that it has no DevTools bindings for this Chromium version; the tests need none (their device
	 * emulation commands go through the driver), so the warning is noise. Held here, since JUL keeps loggers weakly.
	 */
	private static final List<Logger> QUIET = List.of(Logger.getLogger("org.openqa.selenium.devtools"),
			Logger.getLogger("org.openqa.selenium.chromium"));

	static {
		QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
	}

	final ChromeDriver driver;

	private final Path profile;

	private final int width;

	private final int height;

	static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	/** Skips the calling test, saying what to install, when Chromium or its driver is missing. */
	static void assumeInstalled() {
		assumeTrue(installed(), MISSING);
	}

	Browser(int width, int height) {
		try {
			profile = Files.createTempDirectory("orderflow-chromium");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.width = width;
		this.height = height;
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// Root needs --no-sandbox; the networking flags keep Chromium from calling home on a closed network.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile, "--window-size=" + width + "," + height);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
	}

	/** Saves the whole page, not only the window, as {@code target/screenshots/<name>.png}. */
	void screenshot(String name) {
		screenshot(name, width);
	}

	/**
	 * Saves the whole page as it looks on a screen of the given width, e.g. a phone's 390 pixels, and a copy drawn at
	 * three quarters of the size in {@code small/} (for the README). The page is laid out for that width and its full
	 * height through Chrome's device emulation, a DevTools command the driver forwards: a headless window cannot grow
	 * beyond its screen, and a page drawn small by the browser stays sharper than a scaled-down picture.
	 */
	void screenshot(String name, int screenWidth) {
		try {
			Files.createDirectories(SCREENSHOTS.resolve("small"));
			Files.write(SCREENSHOTS.resolve(name + ".png"), capture(screenWidth, 1));
			Files.write(SCREENSHOTS.resolve("small").resolve(name + ".png"), capture(screenWidth, 0.75));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	private byte[] capture(int screenWidth, double scale) {
		emulate(screenWidth, height, scale);
		Number page = (Number) driver.executeScript("return document.documentElement.scrollHeight");
		emulate(screenWidth, Math.max(height, page.intValue()), scale);
		return driver.getScreenshotAs(OutputType.BYTES);
	}

	private void emulate(int screenWidth, int screenHeight, double scale) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screenWidth, "height",
				screenHeight, "deviceScaleFactor", scale, "mobile", screenWidth < 600));
	}

	@Override
	public void close() {
		driver.quit();
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover temporary profile is not worth failing a finished test for.
		}
	}

}
