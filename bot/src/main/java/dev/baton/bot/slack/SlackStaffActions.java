package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.conversation.Participant;
import dev.baton.bot.handoff.HandoffCoordinator;
import dev.baton.bot.handoff.StaffReply;
import dev.baton.config.BatonException;
import dev.baton.handoff.lifecycle.HandoffSurveys;
import dev.baton.handoff.lifecycle.StaffThread;
import dev.baton.handoff.store.StaffThreadStore;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the support team does in Slack: replies in a request's thread (relayed to the requester by
 * the coordinator), the Claim / Put back / Resolve / Give back / Send this reply buttons, and the
 * requester's survey buttons. Acknowledged at once, carried out on the turn executor; a refused
 * action (someone else claimed it first) is explained to the person who clicked, and only to them.
 */
final class SlackStaffActions {
    private static final Logger log = LoggerFactory.getLogger(SlackStaffActions.class);

    private final HandoffCoordinator coordinator;
    private final HandoffSurveys surveys;
    private final StaffThreadStore threads;
    private final SlackDeliveries deliveries;
    private final SlackTurnExecutor executor;
    private final SlackReplier replier;
    private final Clock clock;

    SlackStaffActions(HandoffCoordinator coordinator, HandoffSurveys surveys, StaffThreadStore threads,
            SlackDeliveries deliveries, SlackTurnExecutor executor, SlackReplier replier, Clock clock) {
        this.coordinator = requireNonNull(coordinator, "coordinator is null");
        this.surveys = requireNonNull(surveys, "surveys is null");
        this.threads = requireNonNull(threads, "threads is null");
        this.deliveries = requireNonNull(deliveries, "deliveries is null");
        this.executor = requireNonNull(executor, "executor is null");
        this.replier = requireNonNull(replier, "replier is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Whether this message is a reply in a request's staff thread (a database read, on the ack path). */
    boolean isStaffThread(SlackInbound message) {
        return !message.directMessage() && message.threadTs().isPresent()
                && threads.ticketIn(thread(message)).isPresent();
    }

    void staffReplied(SlackInbound message) {
        executor.submit("the staff reply of event " + message.eventId(), () -> {
            if (!deliveries.claim(message.eventId(), message.channel(), message.ts(), clock.instant())) {
                return;
            }
            try {
                StaffReply outcome = coordinator.staffWrote(thread(message), agent(message.user()), message.text());
                log.info("Staff reply in Slack thread {} of channel {}: {}", message.threadTs().orElseThrow(),
                        message.channel(), outcome);
            } catch (RuntimeException e) {
                log.error("Staff reply in Slack channel {} could not be relayed", message.channel(), e);
                replier.postEphemeral(message.channel(), message.user(), message.threadTs(),
                        BlockKitReplies.notice("", "Your reply could not be passed on: " + reason(e), false));
            }
        });
    }

    void clicked(SlackClick click) {
        executor.submit("the Slack button " + click.actionId(), () -> {
            try {
                if (click.actionId().startsWith(StaffBlocks.SURVEY_PREFIX)) {
                    int score = Integer.parseInt(click.actionId().substring(StaffBlocks.SURVEY_PREFIX.length()));
                    surveys.answer(click.value(), click.user(), score);
                    replier.postEphemeral(click.channel(), click.user(), Optional.empty(), BlockKitReplies.notice("",
                            "Thank you — you rated the help " + score + " out of 5.", false));
                    return;
                }
                Participant agent = agent(click.user());
                if (click.actionId().startsWith(StaffBlocks.REASSIGN + ":")) {
                    if (click.value().isBlank()) {
                        throw new IllegalArgumentException("Pick the colleague to hand this request to.");
                    }
                    coordinator.reassign(click.actionId().substring(StaffBlocks.REASSIGN.length() + 1), agent,
                            agent(click.value()));
                    return;
                }
                switch (click.actionId()) {
                    case StaffBlocks.CLAIM -> coordinator.claim(click.value(), agent);
                    case StaffBlocks.UNCLAIM -> coordinator.unclaim(click.value(), agent);
                    case StaffBlocks.RESOLVE -> coordinator.resolve(click.value(), agent);
                    case StaffBlocks.RETURN -> coordinator.returnToBot(click.value(), agent);
                    case StaffBlocks.SEND_DRAFT -> sendDraft(click, agent);
                    default -> log.warn("Unknown staff button {}; ignored", click.actionId());
                }
            } catch (RuntimeException e) {
                log.info("Slack button {} refused: {}", click.actionId(), e.getMessage());
                replier.postEphemeral(click.channel(), click.user(), Optional.empty(),
                        BlockKitReplies.notice("", reason(e), false));
            }
        });
    }

    private void sendDraft(SlackClick click, Participant agent) {
        int bar = click.value().indexOf('|');
        if (bar <= 0 || click.value().substring(bar + 1).isBlank()) {
            throw new IllegalArgumentException("This button carries no suggested reply; type your reply in the thread.");
        }
        String ticketId = click.value().substring(0, bar);
        StaffThread thread = threads.threadOf(ticketId).orElseThrow(() -> new IllegalArgumentException(
                "This request has no thread any more; type your reply where the requester can see it."));
        StaffReply outcome = coordinator.staffWrote(thread, agent, click.value().substring(bar + 1));
        if (outcome != StaffReply.RELAYED) {
            throw new IllegalStateException("The suggested reply was not sent (" + outcome.name().toLowerCase()
                    .replace('_', ' ') + ").");
        }
    }

    private Participant agent(String user) {
        return new Participant(user, replier.profile(user).displayName());
    }

    private static StaffThread thread(SlackInbound message) {
        return new StaffThread(SlackStaffDesk.SURFACE, message.channel(), message.threadTs().orElseThrow());
    }

    private static String reason(RuntimeException e) {
        return e instanceof BatonException || e instanceof IllegalArgumentException || e instanceof IllegalStateException
                ? e.getMessage()
                : "something went wrong on Baton's side; try again in a moment.";
    }
}
