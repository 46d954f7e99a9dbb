package dev.baton.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.bot.conversation.ConversationKey;
import dev.baton.bot.conversation.CustomerContext;
import dev.baton.bot.conversation.Feedback;
import dev.baton.bot.conversation.Participant;
import dev.baton.bot.conversation.Surface;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestJdbiFeedbackStore {
    private static final Instant NOW = Instant.parse("2026-11-28T09:30:00.250Z");
    private static FreshDatabases databases;

    @BeforeAll
    static void startDatabases() {
        databases = new FreshDatabases();
    }

    @AfterAll
    static void stopDatabases() throws Exception {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void recordsOneVerdictPerPersonAndAnswerAndCountsThumbsDown(DatabaseEngine engine) {
        Jdbi jdbi = databases.start(engine).jdbi();
        String conversation = new JdbiConversationStore(jdbi).findOrStart(
                new ConversationKey(Surface.SLACK, "T1", "C1", "1.2"), new Participant("U1", "Alice"),
                CustomerContext.unknown(), NOW).id();
        JdbiFeedbackStore store = new JdbiFeedbackStore(jdbi);
        Feedback first = new Feedback(conversation, "1.3", "U1", true, NOW);
        store.record(first);
        assertThat(store.forConversation(conversation)).containsExactly(first);
        assertThat(store.notHelpfulCount(conversation)).isZero();

        Feedback changedMind = new Feedback(conversation, "1.3", "U1", false, NOW.plusSeconds(5));
        store.record(changedMind);
        store.record(new Feedback(conversation, "1.3", "U2", false, NOW.plusSeconds(6)));
        store.record(new Feedback(conversation, "1.9", "U1", true, NOW.plusSeconds(7)));
        assertThat(store.forConversation(conversation)).hasSize(3).first().isEqualTo(changedMind);
        assertThat(store.notHelpfulCount(conversation)).isEqualTo(2);
        assertThat(store.notHelpfulCount("no-such-conversation")).isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void aSecondVoteOnTheSameAnswerReplacesTheFirstAndMovesLast(DatabaseEngine engine) {
        Jdbi jdbi = databases.start(engine).jdbi();
        String conversation = new JdbiConversationStore(jdbi).findOrStart(
                new ConversationKey(Surface.TEAMS, "tenant", "a:chat", ""), new Participant("user-a", "A"),
                CustomerContext.unknown(), NOW).id();
        JdbiFeedbackStore feedback = new JdbiFeedbackStore(jdbi);
        Feedback first = new Feedback(conversation, "answer-1", "user-a", true, NOW);
        Feedback other = new Feedback(conversation, "answer-1", "user-b", false, NOW.plusSeconds(1));
        Feedback changed = new Feedback(conversation, "answer-1", "user-a", false, NOW.plusSeconds(2));
        feedback.record(first);
        feedback.record(other);
        assertThat(feedback.forConversation(conversation)).containsExactly(first, other);
        feedback.record(changed);
        assertThat(feedback.forConversation(conversation)).containsExactly(other, changed);
        assertThat(feedback.forConversation("baton-2")).isEmpty();
    }
}
