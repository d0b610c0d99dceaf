package dev.orderflow.launcher.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void valuesSurviveARoundTrip() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "quote \" backslash \\ newline \n tab \t control \u0001 unicode é");
        value.put("number", 42L);
        value.put("negative", -7L);
        value.put("fraction", 1.5);
        value.put("yes", true);
        value.put("nothing", null);
        value.put("list", Arrays.asList(1L, "two", Map.of()));
        value.put("empty", List.of());

        assertThat(Json.parse(Json.write(value))).isEqualTo(value);
    }

    @Test
    void brokenJsonIsRejected() {
        assertThatThrownBy(() -> Json.parse("{\"a\": }")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("[1, 2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("{} trailing")).isInstanceOf(IllegalArgumentException.class);
    }
}
