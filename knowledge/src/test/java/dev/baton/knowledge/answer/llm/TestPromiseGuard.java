package dev.baton.knowledge.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.knowledge.answer.llm.PromiseGuard.Commitment;
import dev.baton.knowledge.ingest.Chunk;
import dev.baton.knowledge.ingest.ChunkKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TestPromiseGuard {
    private static final Chunk VPN =
            chunk("VPN guide", "Connecting", "Open the VPN client and choose the Office profile.");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "We will refund you the full amount [1].|REFUND",
        "You'll be reimbursed within a week [1].|REFUND",
        "We can give you your money back [1].|REFUND",
        "I've added a credit to your account [1].|CREDIT",
        "You are entitled to compensation [1].|COMPENSATION",
        "We can make an exception this time [1].|EXCEPTION",
        "The fee will be waived [1].|EXCEPTION",
        "Here is a 20% Discount [1].|DISCOUNT",
        "Sadly no refunds are possible [1].|REFUND"
    })
    void commitmentNoCitedPassageMentionsIsCaught(String answer, Commitment commitment) {
        assertThat(PromiseGuard.unsupported(answer, List.of(VPN))).contains(commitment);
    }

    @Test
    void commitmentACitedPassageMentionsPasses() {
        Chunk billing = chunk("Billing policy", "Refunds", "Annual plans cancelled within 14 days are reimbursed.");

        assertThat(PromiseGuard.unsupported("You can get a refund within 14 days [2].", List.of(VPN, billing)))
                .isEmpty();
    }

    @Test
    void mentionInOnlyOneFamilyDoesNotCoverAnother() {
        Chunk billing = chunk("Billing policy", "Refunds", "Annual plans cancelled within 14 days get a full refund.");

        assertThat(PromiseGuard.unsupported("You get a refund and a credit for next month [1].", List.of(billing)))
                .contains(Commitment.CREDIT);
    }

    @Test
    void answerWithoutCommitmentsPasses() {
        assertThat(PromiseGuard.unsupported("Open the VPN client and pick Office [1].", List.of(VPN))).isEmpty();
        assertThat(PromiseGuard.unsupported("The incredible new client is faster [1].", List.of(VPN))).isEmpty();
    }

    private static Chunk chunk(String title, String section, String text) {
        return new Chunk("c-" + title, "d-" + title, title, "docs/x.md", section, 0, text, Optional.empty(), Set.of(),
                ChunkKind.DOCUMENT);
    }
}
