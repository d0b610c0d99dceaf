package dev.orderflow.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaCertificatesTest {

    @TempDir
    Path dir;

    @Test
    void twoBrokersStartingAtOnceGetOneBrokerCertificateSignedByTheCaTheClientsTrust() throws Exception {
        Path tls = dir.resolve("kafka-tls");
        CompletableFuture<Path> first = CompletableFuture.supplyAsync(() -> KafkaCertificates.ensure(tls));
        CompletableFuture<Path> second = CompletableFuture.supplyAsync(() -> KafkaCertificates.ensure(tls));

        assertThat(List.of(first.join(), second.join())).containsOnly(tls.toAbsolutePath());
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings).as("no half-made directory left").containsExactly(tls);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tls.resolve("store-password"))))
                .isEqualTo("rw-------");

        X509Certificate ca;
        try (InputStream pem = Files.newInputStream(tls.resolve("ca.crt"))) {
            ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(pem);
        }
        KeyStore broker = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(tls.resolve("broker.p12"))) {
            broker.load(in, KafkaCertificates.storePassword(tls).toCharArray());
        }
        X509Certificate certificate = (X509Certificate) broker.getCertificate("broker");
        certificate.verify(ca.getPublicKey());
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo(KafkaCertificates.BROKER_DN);
        assertThat(certificate.getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1))))
                .contains("127.0.0.1", "localhost");
    }

    @Test
    void filesThatExistAreKept() throws Exception {
        Path tls = KafkaCertificates.ensure(dir.resolve("kafka-tls"));
        String ca = Files.readString(tls.resolve("ca.crt"));

        KafkaCertificates.ensure(tls);

        assertThat(Files.readString(tls.resolve("ca.crt"))).isEqualTo(ca);
    }
}
