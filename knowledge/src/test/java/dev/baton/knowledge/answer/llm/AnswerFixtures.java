package dev.baton.knowledge.answer.llm;

import dev.baton.knowledge.answer.Answer;
import dev.baton.knowledge.answer.Citation;
import dev.baton.knowledge.answer.ConversationTurn;
import dev.baton.knowledge.answer.ConversationTurn.Speaker;
import dev.baton.knowledge.answer.Question;
import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.index.SearchFilter;
import dev.baton.knowledge.ingest.Chunk;
import dev.baton.knowledge.ingest.ChunkKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A follow-up question with its conversation, three retrieved passages, and the extractive answer to them. */
final class AnswerFixtures {
    static final List<ScoredChunk> PASSAGES = List.of(
            passage(1, "VPN guide", "Connecting", "Open the VPN client and choose the Office profile."),
            passage(2, "Printer queue broken", "", "Printers on floor 3 use the PaperCut queue.", ChunkKind.TICKET),
            passage(3, "VPN guide", "Resetting your password", "Reset your VPN password at https://id.example.com."));

    static final Answer EXTRACTIVE = new Answer(
            "Reset your VPN password at https://id.example.com. [1]",
            List.of(new Citation(1, "VPN guide", "docs/vpn.md", "Resetting your password", "Reset your VPN …",
                    ChunkKind.DOCUMENT)),
            0.72,
            false,
            Optional.empty(),
            "extractive");

    static final Question QUESTION = new Question(
            "How do I reset it?",
            List.of(
                    new ConversationTurn(Speaker.USER, "My VPN password expired"),
                    new ConversationTurn(Speaker.ASSISTANT, "Which VPN do you use?"),
                    new ConversationTurn(Speaker.USER, "The office one"),
                    new ConversationTurn(Speaker.HUMAN_AGENT, "Sam from IT here: it is the Office profile.")),
            SearchFilter.everything());

    private AnswerFixtures() {}

    static ScoredChunk passage(int number, String title, String section, String text) {
        return passage(number, title, section, text, ChunkKind.DOCUMENT);
    }

    static ScoredChunk passage(int number, String title, String section, String text, ChunkKind kind) {
        Chunk chunk = new Chunk(
                "chunk-" + number, "doc-" + number, title, "docs/" + number + ".md", section, 0, text,
                Optional.empty(), Set.of(), kind);
        return new ScoredChunk(chunk, 1.0 / number, 0.8, 3.0);
    }
}
