package dev.baton.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import dev.baton.bot.access.Audience;
import dev.baton.bot.conversation.ConversationKey;
import dev.baton.bot.conversation.Surface;
import org.junit.jupiter.api.Test;

/** Teams activities (the documented fixtures) into Baton's conversation model. */
class TestTeamsInbound {
    private static Activity activity(String fixture, String text) throws Exception {
        ObjectNode node = (ObjectNode) TeamsJson.MAPPER.readTree(TestTeamsInbound.class.getResourceAsStream("/teams/" + fixture));
        if (text != null) {
            node.put("text", text);
        }
        return TeamsJson.MAPPER.treeToValue(node, Activity.class);
    }

    @Test
    void aPersonalChatIsOneConversationAndTheTenantComesFromChannelData() throws Exception {
        Activity activity = activity("message-personal.json", null);
        assertThat(TeamsInbound.key(activity)).isEqualTo(new ConversationKey(Surface.TEAMS,
                "72f988bf-86f1-41af-91ab-2d7cd011db47", activity.getConversation().getId(), ""));
        assertThat(TeamsInbound.text(activity)).isEqualTo("Hello Teams TestBot");
        assertThat(TeamsInbound.user(activity).id()).isEqualTo("7faf8ab2-3d56-4244-b585-20c8a42ed2b8");
        assertThat(TeamsInbound.isChannel(activity)).isFalse();
    }

    @Test
    void aChannelReplyChainIsTheThreadAndTheBotMentionIsStripped() throws Exception {
        Activity activity = activity("message-channel-mention.json", null);
        assertThat(TeamsInbound.key(activity)).isEqualTo(new ConversationKey(Surface.TEAMS,
                "72f988bf-86f1-41af-91ab-2d7cd011db47", "19:253b1f341670408fb6fe51050b6e5ceb@thread.skype", "1481567603816"));
        assertThat(TeamsInbound.mentionsBot(activity)).isTrue();
        assertThat(TeamsInbound.text(activity)).isEqualTo("Hello Teams TestBot");
    }

    @Test
    void onlyAPersonalChatMayUseTheAskersRestrictedDocuments() throws Exception {
        // Teams has no per-channel access setting: channels and group chats get public documents only.
        assertThat(TeamsInbound.message(activity("message-personal.json", null), "hi").audience())
                .isEqualTo(Audience.onlyTheAsker());
        assertThat(TeamsInbound.message(activity("message-channel-mention.json", null), "hi").audience())
                .isEqualTo(Audience.publicChannel());
    }

    @Test
    void aNewChannelPostWithoutMessageIdIsItsOwnChain() throws Exception {
        Activity activity = activity("message-channel-mention.json", null);
        activity.getConversation().setId("19:253b1f341670408fb6fe51050b6e5ceb@thread.skype");
        assertThat(TeamsInbound.key(activity).thread()).isEqualTo("1481567603816");
        activity.setReplyToId("1481560000000");
        assertThat(TeamsInbound.key(activity).thread()).isEqualTo("1481560000000");
    }

    @Test
    void otherPeoplesMentionsKeepTheirNamesAndTheBotsMentionGoesAnywhereInTheText() throws Exception {
        Activity activity = activity("message-groupchat-mention.json",
                "Can you help <at>Adele Vance</at> with the VPN, <at>Teams TestBot</at>?");
        assertThat(TeamsInbound.text(activity)).isEqualTo("Can you help Adele Vance with the VPN, ?");
    }

    @Test
    void aMentionOfSomeoneElseIsNotAMentionOfTheBot() throws Exception {
        ObjectNode node = (ObjectNode) TeamsJson.MAPPER.readTree(getClass().getResourceAsStream("/teams/message-channel-mention.json"));
        ((ObjectNode) node.get("entities").get(0).get("mentioned")).put("id", "29:someone-else").put("name", "Adele Vance");
        ((ObjectNode) node.get("entities").get(0)).put("text", "<at>Adele Vance</at>");
        node.put("text", "<at>Adele Vance</at> can you help?");
        Activity activity = TeamsJson.MAPPER.treeToValue(node, Activity.class);
        assertThat(TeamsInbound.mentionsBot(activity)).isFalse();
        assertThat(TeamsInbound.text(activity)).isEqualTo("Adele Vance can you help?");
    }

    @Test
    void theHumanCommand() {
        assertThat(BatonTeamsBot.isHumanCommand("human")).isTrue();
        assertThat(BatonTeamsBot.isHumanCommand(" Human ")).isTrue();
        assertThat(BatonTeamsBot.isHumanCommand("/human")).isTrue();
        assertThat(BatonTeamsBot.isHumanCommand("human resources policy")).isFalse();
    }
}
