package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.assistant.Assistant;
import dev.baton.bot.assistant.IncomingMessage;
import dev.baton.bot.assistant.TurnResult;
import dev.baton.bot.conversation.Conversation;
import dev.baton.bot.conversation.ConversationKey;
import dev.baton.bot.conversation.ConversationStore;
import dev.baton.bot.conversation.CustomerContext;
import dev.baton.bot.conversation.Feedback;
import dev.baton.bot.conversation.FeedbackStore;
import dev.baton.bot.conversation.Message;
import dev.baton.bot.conversation.MessageRole;
import dev.baton.bot.conversation.Participant;
import dev.baton.bot.conversation.Surface;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The buttons under Baton's answers (👍, 👎, Talk to a human, Share with the channel) and the
 * {@code /human} command. Each is acknowledged at once and carried out on the turn executor.
 */
final class SlackActions {
    private static final Logger log = LoggerFactory.getLogger(SlackActions.class);
    static final String BUTTON_REASON = "explicit request: the \"Talk to a human\" button in Slack";
    static final String COMMAND_REASON = "explicit request: the /human command in Slack";

    private final Assistant assistant;
    private final ConversationStore conversations;
    private final FeedbackStore feedback;
    private final SlackTurnExecutor executor;
    private final SlackReplier replier;
    private final Clock clock;

    SlackActions(Assistant assistant, ConversationStore conversations, FeedbackStore feedback,
            SlackTurnExecutor executor, SlackReplier replier, Clock clock) {
        this.assistant = requireNonNull(assistant, "assistant is null");
        this.conversations = requireNonNull(conversations, "conversations is null");
        this.feedback = requireNonNull(feedback, "feedback is null");
        this.executor = requireNonNull(executor, "executor is null");
        this.replier = requireNonNull(replier, "replier is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    void clicked(SlackClick click) {
        Optional<ConversationKey> key = ButtonValues.parse(click.value());
        if (key.isEmpty()) {
            log.warn("Slack button {} carried a value Baton did not make; ignored", click.actionId());
            return;
        }
        executor.submit("the Slack button " + click.actionId(), () -> {
            try {
                switch (click.actionId()) {
                    case BlockKitReplies.HELPFUL -> verdict(click, key.get(), true);
                    case BlockKitReplies.NOT_HELPFUL -> verdict(click, key.get(), false);
                    case BlockKitReplies.HUMAN -> human(click, key.get());
                    case BlockKitReplies.SHARE -> share(key.get());
                    default -> log.warn("Unknown Slack button {}; ignored", click.actionId());
                }
            } catch (RuntimeException e) {
                log.error("Slack button {} failed (channel {})", click.actionId(), click.channel(), e);
                replier.notice(click.channel(), ButtonValues.replyThread(key.get()), click.value(),
                        SlackAnswering.FAILURE, true);
            }
        });
    }

    private void verdict(SlackClick click, ConversationKey key, boolean helpful) {
        Optional<Conversation> conversation = conversations.find(key);
        if (conversation.isEmpty() || click.messageTs().isEmpty()) {
            log.warn("Feedback on an unknown Slack conversation in channel {}; ignored", key.channel());
            return;
        }
        feedback.record(new Feedback(conversation.get().id(), click.messageTs().get(), click.user(), helpful,
                clock.instant()));
        String thanks = helpful ? "Thanks, glad it helped!"
                : "Thanks for telling me. If you still need help, use *Talk to a human* and a person will take over.";
        replier.postEphemeral(click.channel(), click.user(), ButtonValues.replyThread(key),
                BlockKitReplies.notice(click.value(), thanks, !helpful));
    }

    private void human(SlackClick click, ConversationKey key) {
        SlackProfile profile = replier.profile(click.user());
        TurnResult.HandedOff handedOff = assistant.requestHuman(new IncomingMessage(key,
                new Participant(click.user(), profile.displayName()), CustomerContext.unknown(), ""), BUTTON_REASON);
        replier.notice(key.channel(), ButtonValues.replyThread(key), click.value(), handedOff.reply(), false);
    }

    private void share(ConversationKey key) {
        Conversation conversation = conversations.find(key).orElseThrow(() -> new IllegalStateException(
                "no conversation for the shared answer in channel " + key.channel()));
        List<Message> history = conversations.history(conversation.id(), 20);
        Optional<Message> answer = history.reversed().stream()
                .filter(message -> message.role() == MessageRole.ASSISTANT)
                .findFirst();
        if (answer.isEmpty()) {
            return;
        }
        replier.post(key.channel(), ButtonValues.replyThread(key), BlockKitReplies.answer(ButtonValues.of(key),
                answer.get().text(), answer.get().citations(), false, false));
    }

    /** {@code /human [text]}: a handoff with whatever context the person's DM with Baton holds. */
    void humanCommand(String team, String user, String text) {
        executor.submit("the Slack /human command", () -> {
            String channel = "";
            try {
                channel = replier.openDirectMessage(user);
                ConversationKey key = new ConversationKey(Surface.SLACK, team, channel, SlackInbound.DIRECT_THREAD);
                SlackProfile profile = replier.profile(user);
                TurnResult.HandedOff handedOff = assistant.requestHuman(new IncomingMessage(key,
                        new Participant(user, profile.displayName()), CustomerContext.unknown(), text.strip()),
                        COMMAND_REASON);
                replier.notice(channel, Optional.empty(), ButtonValues.of(key), handedOff.reply(), false);
            } catch (RuntimeException e) {
                log.error("Slack /human failed (team {})", team, e);
                if (!channel.isEmpty()) {
                    replier.notice(channel, Optional.empty(), "", "Sorry, I could not reach the support team just "
                            + "now. Please try `/human` again in a minute.", false);
                }
            }
        });
    }
}
