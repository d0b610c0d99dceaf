package dev.orderflow.launcher.replay;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A digest of a service's business data: per table the number of rows, and one SHA-256 over every compared column of
 * every row, in a fixed order. Two fingerprints are equal exactly when the compared data is (barring a hash collision).
 *
 * @param rows table name to row count, sorted by name
 */
public record Fingerprint(Map<String, Long> rows, String digest) {

    /** E.g. {@code shipment 300, shipment_line 600; sha256 3f2a...}. */
    public String describe() {
        String tables = rows.entrySet().stream()
                .map(table -> table.getKey() + " " + table.getValue())
                .collect(Collectors.joining(", "));
        return (tables.isEmpty() ? "no tables" : tables) + "; sha256 " + digest.substring(0, 16);
    }
}
