package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.conversation.ConversationStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages from Slack: decides on the acknowledging thread whether Baton should answer (enabled
 * channel; a mention, a DM, a thread it is in, or an auto-answer channel) and, if so, stores the
 * message in the durable inbox before Slack gets its 200; the {@link SlackInboxWorker} answers it.
 * When the message cannot be stored (the database is down) the listener fails, Slack gets a non-200
 * and delivers the event again: nothing accepted is lost, nothing is answered twice.
 */
final class SlackTurns {
    private static final Logger log = LoggerFactory.getLogger(SlackTurns.class);

    private final SlackConfig config;
    private final ConversationStore conversations;
    private final SlackInbox inbox;
    private final SlackInboxWorker worker;
    private final SlackStaffActions staff;
    private final Clock clock;
    private final RecentDeliveries recent = new RecentDeliveries();

    SlackTurns(SlackConfig config, ConversationStore conversations, SlackInbox inbox, SlackInboxWorker worker,
            SlackStaffActions staff, Clock clock) {
        this.config = requireNonNull(config, "config is null");
        this.conversations = requireNonNull(conversations, "conversations is null");
        this.inbox = requireNonNull(inbox, "inbox is null");
        this.worker = requireNonNull(worker, "worker is null");
        this.staff = requireNonNull(staff, "staff is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Called while Slack waits for its 200: quick checks (a database read only for a thread reply
     * without a mention), then one transaction stores the message with its delivery keys.
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
        if (recent.seenBefore(message.eventId(), message.channel(), message.ts())) {
            log.info("Slack event {} (channel {}, ts {}) was already received; not answered again",
                    message.eventId(), message.channel(), message.ts());
            return;
        }
        String id = InboxEntry.deliveryIdOf(message);
        if (!worker.reserve(id)) {
            return;
        }
        Optional<InboxEntry> entry;
        try {
            Instant now = clock.instant();
            entry = inbox.accept(message, now, worker.holder(), worker.holdUntil(now));
        } catch (RuntimeException e) {
            worker.release(id);
            throw e;
        }
        recent.remember(message.eventId(), message.channel(), message.ts());
        if (entry.isEmpty()) {
            worker.release(id);
            log.info("Slack event {} (channel {}, ts {}) was already taken (restart or another replica); "
                    + "not answered again", message.eventId(), message.channel(), message.ts());
            return;
        }
        worker.work(entry.get());
    }

    private boolean addressed(SlackInbound message, ChannelSetting setting) {
        if (message.directMessage() || message.mentionsBaton()) {
            return true;
        }
        if (message.threadTs().isPresent()) {
            // A follow-up needs no new mention in a thread Baton already takes part in.
            return conversations.find(SlackAnswering.key(message)).isPresent();
        }
        return setting.mode() == ChannelMode.AUTO_ANSWER;
    }
}
