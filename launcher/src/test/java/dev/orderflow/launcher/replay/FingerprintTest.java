package dev.orderflow.launcher.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void describesRowCountsPerTableAndTheStartOfTheDigest() {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("shipment", 300L);
        rows.put("shipment_line", 600L);

        assertThat(new Fingerprint(rows, "0123456789abcdef0123456789abcdef").describe())
                .isEqualTo("shipment 300, shipment_line 600; sha256 0123456789abcdef");
    }

    @Test
    void theSameCountsWithAnotherDigestAreDifferentData() {
        Fingerprint before = new Fingerprint(Map.of("invoice", 2L), "aaaaaaaaaaaaaaaaaaaa");

        assertThat(new Fingerprint(Map.of("invoice", 2L), "aaaaaaaaaaaaaaaaaaaa")).isEqualTo(before);
        assertThat(new Fingerprint(Map.of("invoice", 2L), "bbbbbbbbbbbbbbbbbbbb")).isNotEqualTo(before);
    }
}
