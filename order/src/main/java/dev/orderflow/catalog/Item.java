package dev.orderflow.catalog;

import java.math.BigDecimal;

public record Item(long id, String name, BigDecimal price) {
}
