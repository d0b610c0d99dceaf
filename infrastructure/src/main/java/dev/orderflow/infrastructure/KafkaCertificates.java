package dev.orderflow.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The TLS material of the local secured Kafka, made once per directory with the JDK's {@code keytool}: a private CA
 * ({@code ca.p12}, its certificate in PEM as {@code ca.crt}, the truststore of every client and of the brokers) and
 * one broker key and certificate signed by it ({@code broker.p12}, {@code CN=orderflow-broker}, valid for 127.0.0.1
 * and localhost), which every node of a local cluster shares. The password of both PKCS12 files is made up at the
 * same time and kept in {@code store-password}, readable by the owner only; nothing of it is in the repository.
 *
 * <p>The files are made in a sibling directory and moved into place as a whole, so that a reader never sees half of
 * them and two processes (or threads: the launcher starts a cluster's brokers at once) end up with one set.
 */
public final class KafkaCertificates {

    /** The distinguished name the broker's certificate carries; on the mutual-TLS controller listener its principal. */
    public static final String BROKER_DN = "CN=orderflow-broker";
    public static final String CA_CERTIFICATE = "ca.crt";
    static final String BROKER_KEYSTORE = "broker.p12";
    static final String STORE_PASSWORD = "store-password";

    private KafkaCertificates() {
    }

    /** Makes the files in {@code dir} unless they are there; returns the directory. */
    public static synchronized Path ensure(Path dir) {
        Path target = dir.toAbsolutePath();
        if (Files.isRegularFile(target.resolve(BROKER_KEYSTORE))) {
            return target;
        }
        try {
            Files.createDirectories(target.getParent());
            Path work = Files.createTempDirectory(target.getParent(), target.getFileName() + ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            try {
                generate(work);
                try {
                    Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    // Another process was quicker (the target exists, and rename refuses): its set is as good as ours.
                    if (!Files.isRegularFile(target.resolve(BROKER_KEYSTORE))) {
                        throw e;
                    }
                }
            } finally {
                delete(work);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the Kafka TLS files in " + target + ": " + e, e);
        }
        if (!Files.isRegularFile(target.resolve(BROKER_KEYSTORE))) {
            throw new IllegalStateException(target + " exists but holds no " + BROKER_KEYSTORE);
        }
        return target;
    }

    /** The PKCS12 password of the files in {@code dir}. */
    public static String storePassword(Path dir) {
        try {
            return Files.readString(dir.resolve(STORE_PASSWORD), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void generate(Path dir) throws IOException {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path passwordFile = dir.resolve(STORE_PASSWORD);
        Files.createFile(passwordFile,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
        String ca = dir.resolve("ca.p12").toString();
        String broker = dir.resolve(BROKER_KEYSTORE).toString();
        String caPem = dir.resolve(CA_CERTIFICATE).toString();
        String request = dir.resolve("broker.csr").toString();
        String signed = dir.resolve("broker.crt").toString();
        // The password reaches keytool through its environment (-storepass:env), not its command line.
        keytool(dir, password, "-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=orderflow-local-ca", "-ext", "bc:c", "-validity", "3650", "-keystore", ca);
        keytool(dir, password, "-exportcert", "-rfc", "-alias", "ca", "-keystore", ca, "-file", caPem);
        keytool(dir, password, "-genkeypair", "-alias", "broker", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", BROKER_DN, "-validity", "3650", "-keystore", broker);
        keytool(dir, password, "-certreq", "-alias", "broker", "-keystore", broker, "-file", request);
        keytool(dir, password, "-gencert", "-alias", "ca", "-keystore", ca, "-infile", request, "-outfile", signed,
                "-rfc", "-validity", "3650", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-ext", "KU=digitalSignature,keyAgreement", "-ext", "EKU=serverAuth,clientAuth");
        keytool(dir, password, "-importcert", "-alias", "ca", "-file", caPem, "-keystore", broker);
        keytool(dir, password, "-importcert", "-alias", "broker", "-file", signed, "-keystore", broker);
        Files.delete(Path.of(request));
        Files.delete(Path.of(signed));
        Files.delete(dir.resolve("keytool.log"));
    }

    private static void keytool(Path dir, String password, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass:env", "ORDERFLOW_STORE_PASSWORD", "-noprompt"));
        Path output = dir.resolve("keytool.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        builder.environment().put("ORDERFLOW_STORE_PASSWORD", password);
        try {
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("keytool " + arguments[0] + " did not finish within 120 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + arguments[0] + " failed: "
                        + Files.readString(output, StandardCharsets.UTF_8).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making the Kafka TLS files", e);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
