package dev.baton.bot.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.bot.conversation.Message;
import dev.baton.bot.conversation.MessageRole;
import dev.baton.knowledge.answer.Citation;
import dev.baton.knowledge.answer.ConversationSummarizer;
import dev.baton.knowledge.answer.ConversationTurn;
import dev.baton.knowledge.ingest.ChunkKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestHandoffSummarizer {
    private static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    private static final Citation VPN_GUIDE = new Citation(1, "VPN guide", "https://help.example/vpn", "VPN guide > Reset", "Reset it at the portal",
            ChunkKind.DOCUMENT);
    private static final List<Message> TRANSCRIPT = List.of(
            message(MessageRole.USER, "My VPN password expired", List.of(), Optional.empty()),
            message(MessageRole.ASSISTANT, "Reset it at the portal.", List.of(VPN_GUIDE), Optional.of(0.82)),
            message(MessageRole.USER, "The portal says my account is locked", List.of(), Optional.empty()),
            message(MessageRole.SYSTEM, "I've asked a person to take over", List.of(), Optional.empty()));

    private static Message message(MessageRole role, String text, List<Citation> citations, Optional<Double> confidence) {
        return new Message(text, "c-1", role, "someone", text, AT, citations, confidence);
    }

    @Test
    void extractiveWithoutALanguageModel() {
        String summary = new HandoffSummarizer(ConversationSummarizer.NONE).summarize(TRANSCRIPT);

        assertThat(summary).isEqualTo("""
                First question: "My VPN password expired"
                Then: "The portal says my account is locked"
                Baton last answered (confidence 0.82): "Reset it at the portal."
                Sources used: VPN guide <https://help.example/vpn>""");
    }

    @Test
    void theModelsSummaryWithTheSourcesBatonUsedWhenOneIsConfigured() {
        List<List<ConversationTurn>> seen = new ArrayList<>();
        ConversationSummarizer model = conversation -> {
            seen.add(conversation);
            return Optional.of("- VPN password expired; account locked at the portal");
        };

        String summary = new HandoffSummarizer(model).summarize(TRANSCRIPT);

        assertThat(summary).isEqualTo("""
                Summary (written by the language model from the conversation):
                - VPN password expired; account locked at the portal
                Sources used: VPN guide <https://help.example/vpn>""");
        assertThat(seen.getFirst()).as("Baton's own status notes are not part of what is summarized")
                .extracting(ConversationTurn::text)
                .containsExactly("My VPN password expired", "Reset it at the portal.", "The portal says my account is locked");
    }

    @Test
    void aRequestBeforeAnyQuestion() {
        assertThat(new HandoffSummarizer(ConversationSummarizer.NONE).summarize(List.of()))
                .isEqualTo("The user asked for a person before asking anything.");
    }
}
