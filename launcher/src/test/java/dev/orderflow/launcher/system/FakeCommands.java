package dev.orderflow.launcher.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Runs {@link FakeInfrastructure} and {@link FakeService} from the test class path instead of the real processes. */
final class FakeCommands implements ProcessCommands {

    private final Set<String> failingServices;

    FakeCommands(Set<String> failingServices) {
        this.failingServices = failingServices;
    }

    @Override
    public List<String> infrastructure(String kind, List<String> arguments) {
        List<String> all = new ArrayList<>(List.of(kind));
        all.addAll(arguments);
        return SelfCommand.java(List.of("-Xmx32m", "-XX:TieredStopAtLevel=1"), FakeInfrastructure.class.getName(), all);
    }

    @Override
    public List<String> service(String service) {
        List<String> arguments = failingServices.contains(service) ? List.of(service, "fail") : List.of(service);
        return SelfCommand.java(List.of("-Xmx32m", "-XX:TieredStopAtLevel=1"), FakeService.class.getName(), arguments);
    }
}
