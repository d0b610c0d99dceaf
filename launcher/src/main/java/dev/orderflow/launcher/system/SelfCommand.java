package dev.orderflow.launcher.system;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Java command lines that run a main class from the launcher's own class path: from the build's extracted copy of the
 * launcher jar with its class data sharing archive ({@link ExtractedJar}) where there is one, else in the packaged jar
 * through Spring Boot's PropertiesLauncher ({@code -Dloader.main}), otherwise (tests, IDE) with {@code -cp}.
 */
public final class SelfCommand {

    private SelfCommand() {
    }

    public static List<String> java(List<String> jvmOptions, String mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        String classPath = System.getProperty("java.class.path");
        ExtractedJar jar = ownJar(classPath);
        if (jar != null && jar.usable()) {
            command.addAll(jar.sharingOptions());
            command.add("-cp");
            command.add(jar.extracted().toString());
            command.add(mainClass);
        } else if (packaged()) {
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

    /**
     * The launcher jar this JVM runs from, packaged or extracted (launcher/pom.xml), so that its children start from
     * the extracted form with its archive too; {@code null} in tests and the IDE, which run from class directories.
     */
    private static ExtractedJar ownJar(String classPath) {
        boolean singleJar = classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator);
        return singleJar ? ExtractedJar.ofEither(Path.of(classPath)) : null;
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
