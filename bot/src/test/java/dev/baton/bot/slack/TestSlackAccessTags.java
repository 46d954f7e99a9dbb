package dev.baton.bot.slack;

import static dev.baton.bot.slack.SlackAppHarness.directMessage;
import static dev.baton.bot.slack.SlackAppHarness.mention;
import static dev.baton.bot.slack.SlackAppHarness.newChannel;
import static dev.baton.bot.slack.SlackAppHarness.newTs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.bot.access.AccessRule;
import dev.baton.bot.access.Audience;
import dev.baton.bot.slack.CapturedSlackApi.Call;
import dev.baton.knowledge.KnowledgeBase;
import dev.baton.knowledge.answer.Question;
import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.index.SearchFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Restricted documents over the real Slack path, against the whole application with a knowledge
 * base holding an HR-only page: the same question from Alice (who holds "hr") and from Bob (who
 * does not), in a DM, in a public channel and in the HR team's channel (granted "hr"). The page is
 * retrieved and cited only where both the asker holds its tag and everyone reading may see it.
 */
class TestSlackAccessTags {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String QUESTION = "What are the salary bands for engineers in 2026?";
    /** Words only the HR page holds. */
    private static final String SECRET_FIGURE = "78,400";
    private static final String HR_TITLE = "Engineering salary bands 2026";
    private static final String ALICE = "U0ALICE01";
    private static final String BOB = "U0BOB0001";
    private static final String HR_CHANNEL = "C0HRTEAM1";

    private static Path knowledge;
    private static SlackAppHarness harness;

    @BeforeAll
    static void start() throws Exception {
        knowledge = Files.createTempDirectory("baton-access-kb-");
        Files.writeString(knowledge.resolve("salary-bands.md"), """
                ---
                title: Engineering salary bands 2026
                access: hr
                ---
                # Engineering salary bands 2026

                Salary bands for engineers in 2026: band E4 pays between 78,400 and 91,200 EUR a year, band E5
                between 91,200 and 108,000 EUR. Bands are reviewed every April by the HR compensation team.
                """);
        Files.writeString(knowledge.resolve("payday.md"), """
                ---
                title: Pay day
                ---
                # Pay day

                Salaries are paid on the 25th of each month. Payslips are in the HR portal under Documents.
                """);
        Files.writeString(knowledge.resolve("vpn.md"), """
                ---
                title: VPN
                ---
                # Reset your VPN password

                Open https://reset.example.com, enter your employee ID and confirm with the code sent to your phone.
                """);
        harness = new SlackAppHarness(Map.of(
                "BATON_KNOWLEDGE_SOURCES", knowledge.toString(),
                "BATON_ACCESS_PEOPLE", ALICE + "=hr",
                "BATON_SLACK_CHANNELS_ACCESS_TAGS", HR_CHANNEL + "=hr"));
    }

    @AfterAll
    static void stop() throws Exception {
        harness.close();
        try (var files = Files.walk(knowledge)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static ObjectNode as(String user, ObjectNode body) {
        ((ObjectNode) body.get("event")).put("user", user);
        return body;
    }

    /** Everything Baton posted in the channel for this question: text, blocks and sources. */
    private static String posted(String channel, ObjectNode event) throws Exception {
        assertThat(harness.send(event).statusCode()).isEqualTo(200);
        List<Call> replies = harness.api.await("chat.postMessage",
                call -> channel.equals(call.params().get("channel")), 1, WAIT);
        return replies.getFirst().params().get("text") + "\n" + replies.getFirst().blocks();
    }

    private List<String> retrievedTitles(String user, Audience audience) {
        AccessRule rule = harness.baton.instance(AccessRule.class);
        SearchFilter filter = new SearchFilter(Optional.empty(), rule.tagsFor(user, Set.of(), audience),
                SearchFilter.everything().kinds());
        List<ScoredChunk> found = harness.baton.instance(KnowledgeBase.class)
                .retrieve(new Question(QUESTION, List.of(), filter), 5);
        return found.stream().map(scored -> scored.chunk().title()).toList();
    }

    @Test
    void aliceInADirectMessageGetsTheHrPageCited() throws Exception {
        String dm = "D0T" + newChannel().substring(3);

        String reply = posted(dm, as(ALICE, directMessage(dm, newTs(), QUESTION)));

        assertThat(retrievedTitles(ALICE, Audience.onlyTheAsker())).contains(HR_TITLE);
        assertThat(reply).contains(SECRET_FIGURE).contains(HR_TITLE);
    }

    @Test
    void aliceInAPublicChannelGetsNoHrPageAlthoughSheMaySeeIt() throws Exception {
        String channel = newChannel();

        String reply = posted(channel, as(ALICE, mention(channel, newTs(), QUESTION)));

        assertThat(retrievedTitles(ALICE, Audience.channel(Set.of()))).isNotEmpty().doesNotContain(HR_TITLE);
        assertThat(reply).doesNotContain(SECRET_FIGURE).doesNotContain(HR_TITLE);
    }

    @Test
    void aliceInTheHrChannelGetsTheHrPage() throws Exception {
        String reply = posted(HR_CHANNEL, as(ALICE, mention(HR_CHANNEL, newTs(), QUESTION)));

        assertThat(retrievedTitles(ALICE, Audience.channel(Set.of("hr")))).contains(HR_TITLE);
        assertThat(reply).contains(SECRET_FIGURE);
    }

    @Test
    void bobWhoHoldsNoHrTagGetsItNowhere() throws Exception {
        String dm = "D0T" + newChannel().substring(3);
        String channel = newChannel();

        String inDm = posted(dm, as(BOB, directMessage(dm, newTs(), QUESTION)));
        String inChannel = posted(channel, as(BOB, mention(channel, newTs(), QUESTION)));

        assertThat(retrievedTitles(BOB, Audience.onlyTheAsker())).isNotEmpty().doesNotContain(HR_TITLE);
        assertThat(retrievedTitles(BOB, Audience.channel(Set.of("hr")))).doesNotContain(HR_TITLE);
        assertThat(inDm).doesNotContain(SECRET_FIGURE).doesNotContain(HR_TITLE);
        assertThat(inChannel).doesNotContain(SECRET_FIGURE).doesNotContain(HR_TITLE);
    }
}
