package dev.orderflow.atom.consumer.notes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
public record NoteTaken(String text) {
}
