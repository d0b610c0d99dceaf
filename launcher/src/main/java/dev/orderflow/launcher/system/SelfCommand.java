package dev.orderflow.launcher.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Java command lines that run a main class from the launcher's own class path: in the packaged jar
 * through Spring Boot's PropertiesLauncher ({@code -Dloader.main}), otherwise (tests, IDE) with
 * {@code -cp}.
 */
public final class SelfCommand {

    private SelfCommand() {
    }

    public static List<String> java(List<String> jvmOptions, String mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        String classPath = System.getProperty("java.class.path");
        if (packaged()) {
            command.add("-Dloader.main=" + mainClass);
            command.add("-jar");
            command.add(Path.of(classPath).toAbsolutePath().toString());
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add(mainClass);
        }
        command.addAll(arguments);
        return command;
    }

    /** The java of this JVM, so that children run on the version the script checked. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean packaged() {
        ClassLoader loader = SelfCommand.class.getClassLoader();
        return loader != null && loader.getClass().getName().startsWith("org.springframework.boot.loader");
    }
}
