package io.centralbridge.modules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ResultCapTest {

    private final ObjectMapper json = new ObjectMapper();

    private ObjectNode list(int n) {
        ObjectNode o = json.createObjectNode();
        ArrayNode items = o.putArray("items");
        for (int i = 0; i < n; i++) {
            items.addObject().put("id", "item-" + i).put("hostname", "DESKTOP-" + "X".repeat(40));
        }
        o.putObject("pages").put("current", 1);
        return o;
    }

    @Test
    void aSmallAnswerIsLeftAlone() {
        ObjectNode in = list(3);
        assertThat(new ResultCap(json, 1024 * 1024).cap(in)).isSameAs(in);
    }

    @Test
    void aBigListIsCutToTheItemsThatFitWithAMarkerAndAHint() throws Exception {
        ObjectNode in = list(2000);
        long limit = 20_000;

        ObjectNode out = new ResultCap(json, limit).cap(in);

        assertThat(json.writeValueAsBytes(out).length).isLessThanOrEqualTo((int) limit);
        ObjectNode marker = (ObjectNode) out.get(ResultCap.MARKER);
        assertThat(marker.path("itemsTotal").asInt()).isEqualTo(2000);
        assertThat(marker.path("itemsKept").asInt()).isEqualTo(out.path("items").size()).isPositive().isLessThan(2000);
        assertThat(marker.path("sizeBytes").asLong()).isGreaterThan(limit);
        assertThat(marker.path("hint").asText()).contains("response_filter", "max_records");
        assertThat(out.path("items").get(0).path("id").asText()).isEqualTo("item-0");
        assertThat(out.at("/pages/current").asInt()).isEqualTo(1);
    }

    @Test
    void aBigAnswerWithoutAListIsReplacedByTheMarker() {
        ObjectNode in = json.createObjectNode().put("blob", "x".repeat(5000));

        ObjectNode out = new ResultCap(json, 1000).cap(in);

        assertThat(out.has("blob")).isFalse();
        assertThat(out.path(ResultCap.MARKER).path("limitBytes").asLong()).isEqualTo(1000);
    }
}
