package dev.baton.bot.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule: a restricted document needs both the asker's tag and a place where everyone may read it. */
class TestAccessRule {
    private final AccessRule rule = new AccessRule(new AccessConfig(
            Map.of("U0ALICE01", Set.of("hr")),
            Map.of("finance-team", Set.of("U0ALICE01", "U0BOB0001")),
            Map.of("finance-team", Set.of("finance")),
            Set.of("finance")));

    @Test
    void inADirectMessageTheAskerUsesEveryTagTheyHold() {
        assertThat(rule.tagsFor("U0ALICE01", Set.of(), Audience.onlyTheAsker())).containsExactlyInAnyOrder("hr", "finance");
        assertThat(rule.tagsFor("U0BOB0001", Set.of(), Audience.onlyTheAsker())).containsExactly("finance");
        assertThat(rule.tagsFor("U0DAVE001", Set.of(), Audience.onlyTheAsker())).isEmpty();
    }

    @Test
    void aChannelGrantedNothingShowsPublicDocumentsOnlyWhoeverAsks() {
        assertThat(rule.tagsFor("U0ALICE01", Set.of(), Audience.publicChannel())).isEmpty();
        assertThat(rule.tagsFor("U0ALICE01", Set.of(), Audience.channel(Set.of()))).isEmpty();
    }

    @Test
    void aGrantedChannelShowsOnlyWhatTheAskerHoldsToo() {
        Audience hrChannel = Audience.channel(Set.of("HR"));

        assertThat(rule.tagsFor("U0ALICE01", Set.of(), hrChannel)).containsExactly("hr");
        assertThat(rule.tagsFor("U0BOB0001", Set.of(), hrChannel)).as("Bob is in the channel but not in HR").isEmpty();
        assertThat(rule.tagsFor("U0DAVE001", Set.of(), hrChannel)).isEmpty();
    }

    @Test
    void tagsTheSurfaceGivesCountAsHeld() {
        assertThat(rule.tagsFor("webchat:abc", Set.of("Demo"), Audience.onlyTheAsker())).containsExactly("demo");
        assertThat(rule.tagsFor("webchat:abc", Set.of("demo"), Audience.publicChannel())).isEmpty();
    }

    @Test
    void draftsForTheTeamUseOnlyTheStaffTags() {
        assertThat(rule.forStaff(Set.of("hr", "finance"))).containsExactly("finance");
        assertThat(rule.forStaff(Set.of("hr"))).isEmpty();
    }
}
