package dev.baton.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.knowledge.answer.Answer;
import dev.baton.knowledge.answer.Citation;
import dev.baton.knowledge.ingest.ChunkKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestAnswerCard {
    private static Citation citation(int number, String title, String location, String section) {
        return new Citation(number, title, location, section, "snippet", ChunkKind.values()[0]);
    }

    @Test
    void linksWebSourcesAndNamesTheOthers() {
        assertThat(AnswerCard.sourceLine(citation(1, "Reset your VPN password", "https://help.example.com/vpn (reset)", "Steps")))
                .isEqualTo("[1] [Reset your VPN password](https://help.example.com/vpn%20(reset%29) · Steps");
        assertThat(AnswerCard.sourceLine(citation(2, "Leave [2026]", "hr/leave.md", "Leave [2026]")))
                .isEqualTo("[2] Leave \\[2026\\] (hr/leave.md)");
    }

    @Test
    void anAbstentionShowsTheClosestSourcesAndTheButtonsCarryTheirData() {
        Answer answer = new Answer("I'm not sure.", List.of(citation(1, "VPN", "vpn.md", "")), 0.2, true,
                Optional.of("low confidence"), "extractive");
        JsonNode card = TeamsJson.MAPPER.valueToTree(AnswerCard.attachment(answer, "conv-1", "answer-1").getContent());
        assertThat(card.get("body").get(1).get("text").asText()).isEqualTo("Closest sources");
        assertThat(card.get("actions").get(0).get("data").toString())
                .isEqualTo("{\"baton\":\"feedback\",\"verdict\":\"helpful\",\"conversation\":\"conv-1\",\"answer\":\"answer-1\"}");
        assertThat(CardSubmission.from(card.get("actions").get(1).get("data")))
                .isEqualTo(new CardSubmission.Feedback("conv-1", "answer-1", FeedbackVerdict.NOT_HELPFUL));
        assertThat(CardSubmission.from(card.get("actions").get(2).get("data"))).isEqualTo(new CardSubmission.TalkToHuman());
    }

    @Test
    void anAnswerWithoutSourcesHasNoSourcesHeading() {
        Answer answer = new Answer("Hello.", List.of(), 0.9, false, Optional.empty(), "extractive");
        JsonNode card = TeamsJson.MAPPER.valueToTree(AnswerCard.attachment(answer, "c", "a").getContent());
        assertThat(card.get("body")).hasSize(1);
    }

    @Test
    void foreignOrTamperedDataIsUnrecognised() throws Exception {
        assertThat(CardSubmission.from(TeamsJson.MAPPER.readTree("{\"baton\":\"feedback\",\"verdict\":\"meh\","
                + "\"conversation\":\"c\",\"answer\":\"a\"}"))).isInstanceOf(CardSubmission.Unrecognised.class);
        assertThat(CardSubmission.from(TeamsJson.MAPPER.readTree("{\"action\":\"other-app\"}")))
                .isInstanceOf(CardSubmission.Unrecognised.class);
        assertThat(CardSubmission.from(TeamsJson.MAPPER.readTree("\"text\""))).isInstanceOf(CardSubmission.Unrecognised.class);
    }
}
