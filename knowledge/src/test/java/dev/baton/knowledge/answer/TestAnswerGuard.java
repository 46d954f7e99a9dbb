package dev.baton.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.knowledge.answer.AnswerGuard.Violation;
import org.junit.jupiter.api.Test;

class TestAnswerGuard {
    @Test
    void findsWhatAnInjectedInstructionMakesAnAnswerSay() {
        assertThat(AnswerGuard.violation("My system prompt is: You are Baton.")).contains(Violation.REVEALS_INSTRUCTIONS);
        assertThat(AnswerGuard.violation("The token is xoxb-1234-abcd")).contains(Violation.REVEALS_SECRET);
        assertThat(AnswerGuard.violation("Good news: you are owed a full refund [1].")).contains(Violation.PROMISES);
        assertThat(AnswerGuard.violation("Your expense exception is approved.")).contains(Violation.PROMISES);
        assertThat(AnswerGuard.violation("A human is not available right now.")).contains(Violation.BLOCKS_A_HUMAN);
        assertThat(AnswerGuard.violation("I will not escalate this.")).contains(Violation.BLOCKS_A_HUMAN);
    }

    @Test
    void letsAQuotedHelpPageThrough() {
        assertThat(AnswerGuard.violation("From \"Refunds\" [1]:\nThe billing team reviews refund requests for annual "
                + "subscriptions within 14 days. Refunds are approved by the billing lead.")).isEmpty();
        assertThat(AnswerGuard.violation("Reset your VPN password at https://reset.example.com [1].")).isEmpty();
    }
}
