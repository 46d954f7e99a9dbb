package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.access.Audience;
import dev.baton.bot.assistant.Assistant;
import dev.baton.bot.assistant.IncomingMessage;
import dev.baton.bot.assistant.TurnResult;
import dev.baton.bot.conversation.ConversationKey;
import dev.baton.bot.conversation.ConversationStore;
import dev.baton.bot.conversation.CustomerContext;
import dev.baton.bot.conversation.Participant;
import dev.baton.bot.conversation.Surface;
import dev.baton.knowledge.answer.Answer;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages from Slack: decides on the acknowledging thread whether Baton should answer (enabled
 * channel; a mention, a DM, a thread it is in, or an auto-answer channel) and whether this is the
 * first delivery, then answers on the turn executor. Whatever goes wrong, the person hears so in
 * the thread, with the way to a human.
 */
final class SlackTurns {
    private static final Logger log = LoggerFactory.getLogger(SlackTurns.class);
    static final String FAILURE = "Sorry, something went wrong on my side and I could not answer. "
            + "Use *Talk to a human* below, or type `/human`, and a person from the support team will help.";

    private final SlackConfig config;
    private final Assistant assistant;
    private final ConversationStore conversations;
    private final SlackDeliveries deliveries;
    private final SlackTurnExecutor executor;
    private final SlackReplier replier;
    private final SlackStaffActions staff;
    private final Clock clock;
    private final RecentDeliveries recent = new RecentDeliveries();

    SlackTurns(SlackConfig config, Assistant assistant, ConversationStore conversations, SlackDeliveries deliveries,
            SlackTurnExecutor executor, SlackReplier replier, SlackStaffActions staff, Clock clock) {
        this.config = requireNonNull(config, "config is null");
        this.assistant = requireNonNull(assistant, "assistant is null");
        this.conversations = requireNonNull(conversations, "conversations is null");
        this.deliveries = requireNonNull(deliveries, "deliveries is null");
        this.executor = requireNonNull(executor, "executor is null");
        this.replier = requireNonNull(replier, "replier is null");
        this.staff = requireNonNull(staff, "staff is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Called while Slack waits for its 200: quick checks (a database read only for a thread reply
     * without a mention), then the turn is queued. The persisted claim is the turn's first step.
     */
    void accept(SlackInbound message) {
        if (staff.isStaffThread(message)) {
            if (recent.firstSighting(message.eventId(), message.channel(), message.ts())) {
                staff.staffReplied(message);
            }
            return;
        }
        ChannelSetting setting = config.channels().forChannel(message.channel(), message.directMessage());
        if (!setting.enabled()) {
            log.debug("Slack channel {} is not enabled; message {} ignored", message.channel(), message.ts());
            return;
        }
        if (message.text().isBlank() && !message.hasFiles()) {
            return;
        }
        if (!addressed(message, setting)) {
            return;
        }
        if (!recent.firstSighting(message.eventId(), message.channel(), message.ts())) {
            log.info("Slack event {} (channel {}, ts {}) was already received; not answered again",
                    message.eventId(), message.channel(), message.ts());
            return;
        }
        executor.submit("the Slack turn of event " + message.eventId(), () -> {
            if (deliveries.claim(message.eventId(), message.channel(), message.ts(), clock.instant())) {
                answer(message, setting);
            } else {
                log.info("Slack event {} (channel {}, ts {}) was already taken (restart or another replica); "
                        + "not answered again", message.eventId(), message.channel(), message.ts());
            }
        });
    }

    private boolean addressed(SlackInbound message, ChannelSetting setting) {
        if (message.directMessage() || message.mentionsBaton()) {
            return true;
        }
        if (message.threadTs().isPresent()) {
            // A follow-up needs no new mention in a thread Baton already takes part in.
            return conversations.find(key(message)).isPresent();
        }
        return setting.mode() == ChannelMode.AUTO_ANSWER;
    }

    private void answer(SlackInbound message, ChannelSetting setting) {
        ConversationKey key = key(message);
        try {
            if (message.text().length() > config.maxMessageChars()) {
                replier.notice(message.channel(), message.replyThread(), ButtonValues.of(key), "Your message has "
                        + message.text().length() + " characters; I can take questions of up to "
                        + config.maxMessageChars() + ". Please ask a shorter question, or use *Talk to a human*.",
                        true);
                return;
            }
            if (message.text().isBlank()) {
                replier.notice(message.channel(), message.replyThread(), ButtonValues.of(key), "I can't read attachments yet, so I "
                        + "could not see what you sent. Please type your question, or use `/human` to reach a person.",
                        false);
                return;
            }
            SlackProfile profile = replier.profile(message.user());
            IncomingMessage incoming = new IncomingMessage(key, new Participant(message.user(), profile.displayName()),
                    context(profile, setting), message.text(), message.directMessage()
                            ? Audience.onlyTheAsker() : Audience.channel(setting.accessTags()));
            TurnResult result = assistant.handle(incoming);
            String note = message.hasFiles() ? "_I can't read attachments yet; I answered from your text only._\n\n" : "";
            deliver(message, setting, result, note);
        } catch (RuntimeException e) {
            log.error("Slack turn failed (team {}, channel {}, ts {})", message.team(), message.channel(),
                    message.ts(), e);
            tellFailure(message, key);
        }
    }

    private void deliver(SlackInbound message, ChannelSetting setting, TurnResult result, String note) {
        String conversation = ButtonValues.of(result.conversation().key());
        switch (result) {
            case TurnResult.Answered answered -> {
                Answer answer = answered.answer();
                boolean privately = setting.visibility() == AnswerVisibility.PRIVATE && !message.directMessage();
                List<SlackMessage> messages = BlockKitReplies.answer(conversation, note + answer.text(),
                        answer.citations(), answer.abstained(), privately);
                if (privately) {
                    replier.postEphemeral(message.channel(), message.user(), message.replyThread(), messages);
                } else {
                    replier.post(message.channel(), message.replyThread(), messages);
                }
            }
            case TurnResult.HandedOff handedOff ->
                    replier.notice(message.channel(), message.replyThread(), conversation, note + handedOff.reply(), false);
            case TurnResult.Acknowledged acknowledged ->
                    replier.notice(message.channel(), message.replyThread(), conversation, acknowledged.reply(), false);
            case TurnResult.KnowledgeUnavailable unavailable ->
                    replier.notice(message.channel(), message.replyThread(), conversation, unavailable.reply(), true);
            case TurnResult.WithHuman withHuman -> {
                // The person from support follows the thread; Baton speaks up only when called on.
                if (message.mentionsBaton() || message.directMessage()) {
                    replier.notice(message.channel(), message.replyThread(), conversation, withHuman.reply(), false);
                }
            }
        }
    }

    private void tellFailure(SlackInbound message, ConversationKey key) {
        try {
            replier.notice(message.channel(), message.replyThread(), ButtonValues.of(key), FAILURE, true);
        } catch (RuntimeException e) {
            log.error("Could not even tell Slack channel {} that the turn failed", message.channel(), e);
        }
    }

    static ConversationKey key(SlackInbound message) {
        return new ConversationKey(Surface.SLACK, message.team(), message.channel(), message.conversationThread());
    }

    private static CustomerContext context(SlackProfile profile, ChannelSetting setting) {
        CustomerContext unknown = CustomerContext.unknown();
        return new CustomerContext(profile.title(), profile.timeZone(), unknown.account(), unknown.tier(),
                unknown.highValue(), setting.product(), unknown.accessTags(), unknown.earlierTickets());
    }

}
