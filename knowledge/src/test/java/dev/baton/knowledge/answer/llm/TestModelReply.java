package dev.baton.knowledge.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestModelReply {
    @Test
    void readsTheSchema() {
        assertThat(ModelReply.parse("{\"answer\":\"  Reset it [1]. \",\"cited\":[1,2],\"covered\":true}"))
                .contains(new ModelReply("Reset it [1].", List.of(1, 2), true));
    }

    @Test
    void notCoveredMayHaveAnEmptyAnswer() {
        assertThat(ModelReply.parse("{\"answer\":\"\",\"cited\":[],\"covered\":false}"))
                .contains(new ModelReply("", List.of(), false));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "not json",
        "[1, 2]",
        "\"an answer\"",
        "{\"answer\":\"Reset it [1].\",\"cited\":[1]}",
        "{\"answer\":\"Reset it [1].\",\"covered\":true}",
        "{\"cited\":[1],\"covered\":true}",
        "{\"answer\":42,\"cited\":[1],\"covered\":true}",
        "{\"answer\":\"Reset it.\",\"cited\":\"1\",\"covered\":true}",
        "{\"answer\":\"Reset it.\",\"cited\":[\"1\"],\"covered\":true}",
        "{\"answer\":\"Reset it.\",\"cited\":[1.5],\"covered\":true}",
        "{\"answer\":\"Reset it.\",\"cited\":[99999999999],\"covered\":true}",
        "{\"answer\":\"Reset it.\",\"cited\":[1],\"covered\":\"yes\"}",
        "{\"answer\":\"  \",\"cited\":[1],\"covered\":true}",
        "{\"answer\":\"Reset it [1].\",\"cited\":[1],\"covered\":tru"
    })
    void anythingElseIsMalformed(String content) {
        assertThat(ModelReply.parse(content)).isEmpty();
    }
}
