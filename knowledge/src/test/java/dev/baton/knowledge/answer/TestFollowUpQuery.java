package dev.baton.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.knowledge.answer.ConversationTurn.Speaker;
import dev.baton.knowledge.index.SearchFilter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestFollowUpQuery {
    private static Question ask(String text, ConversationTurn... history) {
        return new Question(text, List.of(history), SearchFilter.everything());
    }

    private static ConversationTurn user(String text) {
        return new ConversationTurn(Speaker.USER, text);
    }

    private static ConversationTurn bot(String text) {
        return new ConversationTurn(Speaker.ASSISTANT, text);
    }

    @Test
    void aQuestionWithoutHistoryIsSearchedAsItIs() {
        assertThat(FollowUpQuery.text(ask("  How do I reset my VPN password?  "))).isEqualTo("How do I reset my VPN password?");
    }

    @Test
    void aShortFollowUpIsSearchedWithThePreviousUserQuestion() {
        Question question = ask("and for contractors?",
                user("How do I request VPN access?"),
                bot("Open a ticket in the IT portal [1]."));

        assertThat(FollowUpQuery.text(question)).isEqualTo("How do I request VPN access?\nand for contractors?");
    }

    @Test
    void anAnaphoricQuestionIsExpanded() {
        Question question = ask("How long does it take to arrive?",
                user("How do I order a new laptop?"), bot("Use the hardware form [1]."));

        assertThat(FollowUpQuery.text(question)).startsWith("How do I order a new laptop?\n");
    }

    @Test
    void aChainOfFollowUpsReachesBackTwoQuestions() {
        Question question = ask("what about weekends?",
                user("Who do I call when the office network is down?"), bot("The service desk [1]."),
                user("and at night?"), bot("The on-call engineer [2]."));

        assertThat(FollowUpQuery.text(question))
                .isEqualTo("Who do I call when the office network is down?\nand at night?\nwhat about weekends?");
    }

    @Test
    void aSelfContainedQuestionIgnoresTheHistory() {
        Question question = ask("Is there a way to change the language of the expense tool to French?",
                user("How do I request VPN access?"), bot("Open a ticket [1]."));

        assertThat(FollowUpQuery.text(question))
                .isEqualTo("Is there a way to change the language of the expense tool to French?");
    }

    @Test
    void followUpDetection() {
        assertThat(FollowUpQuery.isFollowUp("and for contractors?")).isTrue();
        assertThat(FollowUpQuery.isFollowUp("What about the Berlin office?")).isTrue();
        assertThat(FollowUpQuery.isFollowUp("Can I reset it myself?")).isTrue();
        assertThat(FollowUpQuery.isFollowUp("why?")).isTrue();
        assertThat(FollowUpQuery.isFollowUp("How do I configure two-factor authentication on my phone?")).isFalse();
        assertThat(FollowUpQuery.isFollowUp("Is it possible to export my calendar to Outlook?")).isFalse();
    }

    @Test
    void aShortWholeQuestionOnAnotherTopicStandsAlone() {
        assertThat(FollowUpQuery.isFollowUp("What is the capital of Peru?")).isFalse();
        assertThat(FollowUpQuery.isFollowUp("How do I print?")).isFalse();
        assertThat(FollowUpQuery.isFollowUp("and for contractors?")).isTrue();
        assertThat(FollowUpQuery.isFollowUp("what about Lisbon?")).isTrue();
        assertThat(FollowUpQuery.isFollowUp("how do I reset it?")).isTrue();
        assertThat(FollowUpQuery.isFollowUp("Is it the same in Austin?")).isTrue();
    }
}
