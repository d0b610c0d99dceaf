package dev.orderflow.launcher.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderflow.launcher.LauncherException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayPlanTest {

    @TempDir
    Path dir;

    @Test
    void aServiceSaysInItsJarWhichSchemaGroupAndTablesReplayRebuilds() throws Exception {
        Path jar = jar("BOOT-INF/classes/replay.properties", """
                schema=shipping
                group=shipping
                topic=order
                keep=dead_letter, flyway_schema_history
                ignore-columns=created_at
                own-decisions=shipment.dispatched_at
                """);

        ReplayPlan plan = ReplayPlan.fromJar("shipping", jar);

        assertThat(plan).isEqualTo(new ReplayPlan("shipping", "shipping", "shipping", "order",
                java.util.Set.of("dead_letter", "flyway_schema_history"), java.util.Set.of("created_at"),
                java.util.Set.of("shipment.dispatched_at")));
    }

    @Test
    void aServiceWithoutThePlanCannotBeReplayed() throws Exception {
        Path jar = jar("BOOT-INF/classes/application.yml", "server.port: 8081\n");

        assertThatThrownBy(() -> ReplayPlan.fromJar("order", jar))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("order cannot be replayed")
                .hasMessageContaining("replay.properties");
    }

    @Test
    void aPlanWithoutItsGroupOrWithAnUnsafeSchemaNameIsRefused() {
        assertThatThrownBy(() -> ReplayPlan.parse("bonus", "schema=bonus\ntopic=order\n"))
                .hasMessageContaining("needs group=");
        assertThatThrownBy(() -> ReplayPlan.parse("bonus", "schema=bonus; drop table x\ngroup=bonus\ntopic=order\n"))
                .hasMessageContaining("needs schema=");
        assertThatThrownBy(() -> ReplayPlan.parse("shipping",
                "schema=shipping\ngroup=shipping\ntopic=order\nown-decisions=shipment.x;drop table y\n"))
                .hasMessageContaining("needs own-decisions=");
    }

    @Test
    void nothingToKeepOrIgnoreIsAllowed() throws Exception {
        ReplayPlan plan = ReplayPlan.parse("bonus", "schema=bonus\ngroup=bonus\ntopic=order\n");

        assertThat(plan.keep()).isEmpty();
        assertThat(plan.ignoredColumns()).isEmpty();
    }

    private Path jar(String entry, String content) throws IOException {
        Path jar = dir.resolve("service.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return jar;
    }
}
