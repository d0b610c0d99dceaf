package dev.orderflow.e2e.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import dev.orderflow.e2e.Orderflow;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One running system for all fault tests of a run: starting it takes half a minute, so the fault tests share it. After
 * each test, whatever it stopped, killed or added is put back ({@link Orderflow#restore()}). The system is stopped when
 * all tests have run; its data and logs stay in {@code target/faults-data} for a look after a failure.
 */
final class SharedOrderflow implements ParameterResolver, AfterEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(SharedOrderflow.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Orderflow.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return running(context).orderflow();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		running(context).orderflow().restore();
	}

	private static Running running(ExtensionContext context) {
		return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Running.class, key -> Running.start(),
				Running.class);
	}

	/** Closed by JUnit when the root context closes, after the last test. */
	private record Running(Orderflow orderflow) implements AutoCloseable {

		static Running start() {
			Path data = Path.of("target", "faults-data").toAbsolutePath();
			if (Files.exists(data)) {
				// An earlier run that was aborted may still be running there.
				new Orderflow(data).run("down");
				deleteRecursively(data);
			}
			Orderflow orderflow = new Orderflow(data);
			orderflow.up();
			return new Running(orderflow);
		}

		@Override
		public void close() {
			orderflow.run("down");
		}

		private static void deleteRecursively(Path root) {
			try (Stream<Path> paths = Files.walk(root)) {
				paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
