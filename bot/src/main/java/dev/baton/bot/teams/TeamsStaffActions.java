package dev.baton.bot.teams;

import static java.util.Objects.requireNonNull;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import dev.baton.bot.conversation.Participant;
import dev.baton.bot.handoff.HandoffCoordinator;
import dev.baton.bot.handoff.StaffReply;
import dev.baton.config.BatonException;
import dev.baton.handoff.lifecycle.StaffThread;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the support team does in a request's Teams reply chain, by @mentioning Baton: claim, release,
 * resolve, give back — or anything else, which is a reply to the requester. The coordinator posts the
 * outcome into the chain; a refusal (a colleague holds it) is answered here.
 */
final class TeamsStaffActions {
    private static final Logger log = LoggerFactory.getLogger(TeamsStaffActions.class);

    private final HandoffCoordinator coordinator;

    TeamsStaffActions(HandoffCoordinator coordinator) {
        this.coordinator = requireNonNull(coordinator, "coordinator is null");
    }

    void act(TurnContext turn, Activity activity, StaffThread thread, String ticketId, String text) {
        Participant agent = TeamsInbound.user(activity);
        String command = text.strip().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
        try {
            switch (command) {
                case "claim" -> coordinator.claim(ticketId, agent);
                case "release", "unclaim" -> coordinator.unclaim(ticketId, agent);
                case "resolve", "resolved" -> coordinator.resolve(ticketId, agent);
                case "give back", "give back to baton" -> coordinator.returnToBot(ticketId, agent);
                default -> {
                    StaffReply outcome = coordinator.staffWrote(thread, agent, text);
                    log.info("Staff reply in Teams channel {}: {}", thread.channel(), outcome);
                }
            }
        } catch (BatonException | IllegalArgumentException | IllegalStateException e) {
            turn.sendActivity(MessageFactory.text(e.getMessage())).join();
        }
    }
}
