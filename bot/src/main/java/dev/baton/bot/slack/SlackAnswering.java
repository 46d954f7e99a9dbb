package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.access.Audience;
import dev.baton.bot.assistant.Assistant;
import dev.baton.bot.assistant.IncomingMessage;
import dev.baton.bot.assistant.TurnResult;
import dev.baton.bot.conversation.ConversationKey;
import dev.baton.bot.conversation.CustomerContext;
import dev.baton.bot.conversation.Participant;
import dev.baton.bot.conversation.Surface;
import dev.baton.bot.storage.StorageException;
import dev.baton.config.BatonException;
import dev.baton.config.ErrorCategory;
import dev.baton.knowledge.answer.Answer;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one message taken from the durable inbox: runs the turn once and keeps the rendered reply,
 * then posts its parts in order, recording each, and finishes the entry. A resumed entry (its first
 * worker died) reuses the kept reply and first asks Slack whether the next part already arrived, so
 * nothing is answered twice. Whatever goes wrong in the turn, the person hears so, with the way to a
 * human; when Slack or the database fails, the entry stays unfinished and is tried again (up to
 * {@value #MAX_ATTEMPTS} attempts).
 */
final class SlackAnswering {
    private static final Logger log = LoggerFactory.getLogger(SlackAnswering.class);
    static final String FAILURE = "Sorry, something went wrong on my side and I could not answer. "
            + "Use *Talk to a human* below, or type `/human`, and a person from the support team will help.";
    /** Attempts after which an entry whose reply cannot be delivered is given up (logged as an error). */
    static final int MAX_ATTEMPTS = 6;

    private final SlackConfig config;
    private final Assistant assistant;
    private final SlackReplier replier;
    private final SlackInbox inbox;
    private final Clock clock;

    SlackAnswering(SlackConfig config, Assistant assistant, SlackReplier replier, SlackInbox inbox, Clock clock) {
        this.config = requireNonNull(config, "config is null");
        this.assistant = requireNonNull(assistant, "assistant is null");
        this.replier = requireNonNull(replier, "replier is null");
        this.inbox = requireNonNull(inbox, "inbox is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Works the entry to its end, or leaves it unfinished for a later attempt when Slack or the database fails. */
    void process(InboxEntry entry, String holder) {
        SlackInbound message = entry.message();
        try {
            PlannedReply reply = entry.reply().orElseGet(() -> {
                PlannedReply planned = plan(message);
                inbox.planned(entry.deliveryId(), holder, planned);
                return planned;
            });
            for (int part = entry.posted(); part < reply.messages().size(); part++) {
                SlackWebApi.ReplyMark mark = new SlackWebApi.ReplyMark(entry.deliveryId(), part);
                boolean mayBeThere = entry.resumed() && part == entry.posted();
                if (mayBeThere && replier.alreadyPosted(reply, message.ts(), mark)) {
                    log.info("Slack message {} (channel {}): part {} of the reply was posted before a restart; "
                            + "not posted again", message.ts(), message.channel(), part);
                } else if (!postPart(entry, reply, part, mark)) {
                    break;
                }
                inbox.posted(entry.deliveryId(), holder, part + 1);
            }
            inbox.finished(entry.deliveryId(), holder, clock.instant());
        } catch (RuntimeException e) {
            if (e instanceof SlackException slack && slack.code() == SlackErrorCode.INBOX_HOLD_LOST) {
                log.warn("{}; leaving it to that worker", e.getMessage());
            } else if (e instanceof BatonException baton && baton.code().category() == ErrorCategory.EXTERNAL) {
                retryLater(entry, holder, e);
            } else {
                // A bug, not an outage: another attempt would fail the same way, so the entry is given up.
                giveUp(entry, holder, e);
            }
        }
    }

    /**
     * Posts one part; when Slack refuses it (ok:false: too long, channel gone, not in the channel) the
     * person is told in the thread instead, with the way to a human, and the rest of the reply is dropped.
     */
    private boolean postPart(InboxEntry entry, PlannedReply reply, int part, SlackWebApi.ReplyMark mark) {
        try {
            replier.postPart(reply, part, mark);
            return true;
        } catch (SlackException e) {
            if (e.code() != SlackErrorCode.WEB_API_REFUSED) {
                throw e;
            }
            SlackInbound message = entry.message();
            log.error("Slack refused part {} of the reply to message {} (channel {}): {}; telling the person instead",
                    part, message.ts(), message.channel(), e.getMessage());
            try {
                replier.notice(reply.channel(), reply.thread(), ButtonValues.of(key(message)), FAILURE, true);
            } catch (SlackException again) {
                log.error("Could not even tell Slack channel {} that the reply was refused: {}", message.channel(),
                        again.getMessage());
            }
            return false;
        }
    }

    private void retryLater(InboxEntry entry, String holder, RuntimeException failure) {
        SlackInbound message = entry.message();
        if (entry.attempt() >= MAX_ATTEMPTS) {
            giveUp(entry, holder, failure);
            return;
        }
        log.warn("Slack message {} (channel {}) not fully answered on attempt {} of {} ({}); it is tried again "
                + "when its hold runs out", message.ts(), message.channel(), entry.attempt(), MAX_ATTEMPTS,
                failure.getMessage());
    }

    private void giveUp(InboxEntry entry, String holder, RuntimeException failure) {
        SlackInbound message = entry.message();
        log.error("Slack message {} (team {}, channel {}) could not be answered (attempt {}); given up",
                message.ts(), message.team(), message.channel(), entry.attempt(), failure);
        try {
            inbox.finished(entry.deliveryId(), holder, clock.instant());
        } catch (RuntimeException e) {
            log.error("Could not mark Slack message {} as given up", message.ts(), e);
        }
    }

    /** The turn, once: what to post, and where. A failing turn plans an apology with the way to a human. */
    PlannedReply plan(SlackInbound message) {
        ConversationKey key = key(message);
        ChannelSetting setting = config.channels().forChannel(message.channel(), message.directMessage());
        try {
            if (message.text().length() > config.maxMessageChars()) {
                return notice(message, ButtonValues.of(key), "Your message has " + message.text().length()
                        + " characters; I can take questions of up to " + config.maxMessageChars() + ". Please ask a "
                        + "shorter question, or use *Talk to a human*.", true);
            }
            if (message.text().isBlank()) {
                return notice(message, ButtonValues.of(key), "I can't read attachments yet, so I could not see what "
                        + "you sent. Please type your question, or use `/human` to reach a person.", false);
            }
            SlackProfile profile = replier.profile(message.user());
            IncomingMessage incoming = new IncomingMessage(key, new Participant(message.user(), profile.displayName()),
                    context(profile, setting), message.text(), message.directMessage()
                            ? Audience.onlyTheAsker() : Audience.channel(setting.accessTags()));
            TurnResult result = assistant.handle(incoming);
            String note = message.hasFiles() ? "_I can't read attachments yet; I answered from your text only._\n\n" : "";
            return reply(message, setting, result, note);
        } catch (StorageException e) {
            // The database, not the turn, failed: the entry is tried again rather than apologised for.
            throw e;
        } catch (RuntimeException e) {
            log.error("Slack turn failed (team {}, channel {}, ts {})", message.team(), message.channel(),
                    message.ts(), e);
            return notice(message, ButtonValues.of(key), FAILURE, true);
        }
    }

    private static PlannedReply reply(SlackInbound message, ChannelSetting setting, TurnResult result, String note) {
        String conversation = ButtonValues.of(result.conversation().key());
        return switch (result) {
            case TurnResult.Answered answered -> {
                Answer answer = answered.answer();
                boolean privately = setting.visibility() == AnswerVisibility.PRIVATE && !message.directMessage();
                List<SlackMessage> messages = BlockKitReplies.answer(conversation, note + answer.text(),
                        answer.citations(), answer.abstained(), privately);
                yield new PlannedReply(message.channel(), message.replyThread(),
                        privately ? Optional.of(message.user()) : Optional.empty(), messages);
            }
            case TurnResult.HandedOff handedOff -> notice(message, conversation, note + handedOff.reply(), false);
            case TurnResult.Acknowledged acknowledged -> notice(message, conversation, acknowledged.reply(), false);
            case TurnResult.KnowledgeUnavailable unavailable -> notice(message, conversation, unavailable.reply(), true);
            // The person from support follows the thread; Baton speaks up only when called on.
            case TurnResult.WithHuman withHuman -> message.mentionsBaton() || message.directMessage()
                    ? notice(message, conversation, withHuman.reply(), false)
                    : PlannedReply.silence(message.channel(), message.replyThread());
        };
    }

    private static PlannedReply notice(SlackInbound message, String buttonValue, String text, boolean humanButton) {
        return new PlannedReply(message.channel(), message.replyThread(), Optional.empty(),
                BlockKitReplies.notice(buttonValue, text, humanButton && !buttonValue.isEmpty()));
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
