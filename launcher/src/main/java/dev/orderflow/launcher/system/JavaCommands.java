package dev.orderflow.launcher.system;

import dev.orderflow.launcher.LauncherException;
import dev.orderflow.launcher.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real child processes: InfrastructureMain from this jar, and the services' Spring Boot jars. */
final class JavaCommands implements ProcessCommands {

    static final String INFRASTRUCTURE_MAIN = "dev.orderflow.infrastructure.InfrastructureMain";

    private final Settings settings;

    JavaCommands(Settings settings) {
        this.settings = settings;
    }

    /** Fails before anything starts when a service has not been built. */
    void verifyJars() throws LauncherException {
        for (String service : Services.NAMES) {
            Path jar = settings.layout().serviceJar(service);
            if (!Files.isRegularFile(jar)) {
                throw new LauncherException("The " + service + " service is not built: " + jar + " is missing. "
                        + "Build with ./mvnw -DskipTests package (./orderflow does that for you), "
                        + "or point ORDERFLOW_HOME at the repository root.");
            }
        }
    }

    @Override
    public List<String> infrastructure(String kind, List<String> arguments) {
        // Kafka needs a real heap. The PostgreSQL wrapper only watches the postgres server process, but on a machine's
        // first start it extracts the binaries, holding the whole compressed archive in memory: 96 MiB is too little.
        String heap = Services.KAFKA.equals(kind) ? "-Xmx384m" : "-Xmx192m";
        List<String> all = new ArrayList<>();
        all.add(kind);
        all.addAll(arguments);
        // C1 only, as for the services (Settings): the broker starts on half the CPU, which C2's compiling took.
        return SelfCommand.java(List.of(heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), INFRASTRUCTURE_MAIN, all);
    }

    @Override
    public List<String> service(String service) {
        List<String> command = new ArrayList<>();
        command.add(SelfCommand.javaExecutable());
        command.addAll(settings.serviceJavaOptions());
        command.addAll(ExtractedJar.of(settings.layout().serviceJar(service)).jarArguments());
        return command;
    }
}
