package dev.baton.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import dev.baton.bot.teams.TeamsConversationReferences;
import dev.baton.bot.teams.TeamsGreetings;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Teams adapter's tables (migration {@code bot_teams_state}) on SQLite and PostgreSQL. */
class TestTeamsStorage {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00.125Z");
    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static FreshDatabases databases;

    @BeforeAll
    static void startDatabases() {
        databases = new FreshDatabases();
    }

    @AfterAll
    static void stopDatabases() throws Exception {
        databases.close();
    }

    private static Jdbi jdbi(DatabaseEngine engine) {
        return databases.start(engine).jdbi();
    }

    private static ConversationReference reference(String conversationId, String serviceUrl, String activityId) {
        ConversationReference reference = new ConversationReference();
        reference.setChannelId("msteams");
        reference.setServiceUrl(serviceUrl);
        reference.setActivityId(activityId);
        reference.setBot(new ChannelAccount("28:bot", "Baton"));
        reference.setUser(new ChannelAccount("29:user", "Megan Bowen"));
        ConversationAccount conversation = new ConversationAccount(conversationId);
        conversation.setTenantId(TENANT);
        conversation.setConversationType("personal");
        reference.setConversation(conversation);
        return reference;
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void conversationReferencesRoundTripAndKeepTheirBatonConversation(DatabaseEngine engine) {
        TeamsConversationReferences references = new TeamsConversationReferences(jdbi(engine));
        references.save(TENANT, Optional.empty(), reference("a:1", "https://smba.trafficmanager.net/amer/", "1"), NOW);
        references.save(TENANT, Optional.of("baton-1"), reference("a:1", "https://smba.trafficmanager.net/emea/", "2"), NOW.plusSeconds(1));
        references.save(TENANT, Optional.empty(), reference("a:1", "https://smba.trafficmanager.net/emea/", "3"), NOW.plusSeconds(2));

        ConversationReference found = references.forBatonConversation("baton-1").orElseThrow();
        assertThat(found.getServiceUrl()).isEqualTo("https://smba.trafficmanager.net/emea/");
        assertThat(found.getActivityId()).isEqualTo("3");
        assertThat(found.getConversation().getId()).isEqualTo("a:1");
        assertThat(found.getConversation().getTenantId()).isEqualTo(TENANT);
        assertThat(found.getUser().getName()).isEqualTo("Megan Bowen");
        assertThat(found.getBot().getId()).isEqualTo("28:bot");
        assertThat(references.find(TENANT, "a:1")).get().extracting(ConversationReference::getActivityId).isEqualTo("3");
        assertThat(references.find("other-tenant", "a:1")).isEmpty();
        assertThat(references.forBatonConversation("baton-2")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void aMemberIsGreetedOncePerConversation(DatabaseEngine engine) {
        TeamsGreetings greetings = new TeamsGreetings(jdbi(engine));
        assertThat(greetings.markGreeted(TENANT, "19:c@thread.skype", "29:a", NOW)).isTrue();
        assertThat(greetings.markGreeted(TENANT, "19:c@thread.skype", "29:a", NOW.plusSeconds(5))).isFalse();
        assertThat(greetings.markGreeted(TENANT, "19:c@thread.skype", "29:b", NOW)).isTrue();
        assertThat(greetings.markGreeted(TENANT, "19:other@thread.skype", "29:a", NOW)).isTrue();
    }
}
