package dev.orderflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderflow.launcher.control.RunState;
import dev.orderflow.launcher.control.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminPasswordTest {

    @TempDir
    Path data;

    @Test
    void aDataDirectoryGetsItsOwnRandomPasswordOnceInAFileOnlyItsOwnerCanRead() throws Exception {
        String password = AdminPassword.of(data);

        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(AdminPassword.of(data)).isEqualTo(password);
        assertThat(AdminPassword.read(data)).contains(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("admin-password"))))
                .isEqualTo("rw-------");
        Path other = Files.createDirectory(data.resolve("other"));
        assertThat(AdminPassword.of(other)).isNotEqualTo(password);
    }

    @Test
    void theSummaryShowsTheDeadLetterPagesWithTheAdminPasswordOnceThereIsOne() {
        RunState state = new RunState(1, 0, "ready", 0, 8080, "127.0.0.1:19092", false,
                "jdbc:postgresql://127.0.0.1:15432/orderflow", "postgres", "postgres", false, data.toString(),
                List.of());
        assertThat(Summary.of(state)).doesNotContain("Dead letters");

        String password = AdminPassword.of(data);

        assertThat(Summary.of(state)).contains("http://localhost:8080/shipping/dead-letters",
                "http://localhost:8080/invoicing/dead-letters", "user admin, password " + password);
    }
}
