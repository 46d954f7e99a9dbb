package dev.baton.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.knowledge.answer.Citation;
import dev.baton.knowledge.ingest.ChunkKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestSlackInboxCodec {
    @Test
    void aMessageRoundTrips() {
        SlackInbound threaded = new SlackInbound("Ev1", "T1", "C1", false, "U1", "Héllo \"there\" <@U2> & *you*",
                "1.2", Optional.of("1.1"), true, true);
        SlackInbound direct = new SlackInbound("Ev2", "T1", "D1", true, "U1", "hi", "3.4", Optional.empty(), false,
                false);
        assertThat(SlackInboxCodec.message(SlackInboxCodec.message(threaded))).isEqualTo(threaded);
        assertThat(SlackInboxCodec.message(SlackInboxCodec.message(direct))).isEqualTo(direct);
    }

    @Test
    void aPlannedReplyWithBlocksRoundTripsToTheSameWebApiJson() {
        List<SlackMessage> messages = BlockKitReplies.answer("slack|T1|C1|1.1", "Open *Settings* → VPN.",
                List.of(new Citation(1, "VPN guide", "https://docs.example.com/vpn", "Reset", "Open Settings",
                        ChunkKind.DOCUMENT)), false, true);
        PlannedReply reply = new PlannedReply("C1", Optional.of("1.1"), Optional.of("U1"), messages);
        PlannedReply back = SlackInboxCodec.reply(SlackInboxCodec.reply(reply));
        assertThat(back.channel()).isEqualTo("C1");
        assertThat(back.thread()).contains("1.1");
        assertThat(back.onlyFor()).contains("U1");
        assertThat(SlackInboxCodec.reply(back)).isEqualTo(SlackInboxCodec.reply(reply));
        assertThat(back.messages()).extracting(SlackMessage::text)
                .containsExactlyElementsOf(messages.stream().map(SlackMessage::text).toList());
        assertThat(back.messages().getFirst().blocks()).isNotEmpty();
    }

    @Test
    void aDamagedEntrySaysWhatIsWrong() {
        assertThatThrownBy(() -> SlackInboxCodec.message("{not json"))
                .hasMessageContaining("stored Slack inbox message is not JSON");
        assertThatThrownBy(() -> SlackInboxCodec.message("{\"team\":\"T1\"}"))
                .hasMessageContaining("has no");
    }
}
