package dev.baton.bot.teams;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.conversation.Message;
import dev.baton.bot.handoff.HandoffBrief;
import dev.baton.bot.handoff.HandoffCoordinator;
import dev.baton.bot.handoff.HandoffNotices;
import dev.baton.bot.handoff.StaffDesk;
import dev.baton.handoff.lifecycle.HandoffTicket;
import dev.baton.handoff.lifecycle.OnCall;
import dev.baton.handoff.lifecycle.SlaBreach;
import dev.baton.handoff.lifecycle.StaffThread;
import dev.baton.knowledge.answer.Answer;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The on-call team's desk in a Teams channel: each request is a new post (its reply chain is the
 * staff thread). Teams delivers channel messages to a bot only when it is @mentioned, so the team
 * works a request by replying with @Baton: a reply goes to the requester, and the words claim,
 * release, resolve and give back act on the request.
 */
final class TeamsStaffDesk implements StaffDesk {
    static final String SURFACE = "teams";
    private static final int TRANSCRIPT_MESSAGES = 10;
    private static final int QUOTE = 400;

    private final TeamsMessenger messenger;

    TeamsStaffDesk(TeamsMessenger messenger) {
        this.messenger = requireNonNull(messenger, "messenger is null");
    }

    @Override
    public String surface() {
        return SURFACE;
    }

    @Override
    public boolean serves(OnCall onCall) {
        return onCall.teamsChannel().isPresent();
    }

    @Override
    public StaffThread post(HandoffBrief brief) {
        String channel = brief.onCall().teamsChannel().orElseThrow();
        String root = messenger.postToChannel(channel, brief(brief));
        return new StaffThread(SURFACE, channel, root);
    }

    @Override
    public void page(StaffThread thread, SlaBreach breach) {
        reply(thread, "⏰ Waiting " + breach.waited().toMinutes() + " min without a claim (page " + breach.page()
                + "). Reply **@Baton claim** to take it.");
    }

    @Override
    public void update(StaffThread thread, HandoffTicket ticket, String note) {
        reply(thread, note + " _(" + ticket.state().label() + ")_");
    }

    @Override
    public void relayFromRequester(
            StaffThread thread, HandoffTicket ticket, String requesterName, String text, Optional<Answer> draft) {
        String message = "**" + requesterName + ":** " + cut(text, 2000)
                + draft.map(answer -> "\n\n**Baton suggests** (copy it into your reply, edit it, or ignore it):\n\n"
                        + cut(answer.text(), 2000)).orElse("");
        reply(thread, message);
    }

    private void reply(StaffThread thread, String text) {
        messenger.replyInChannelThread(thread.channel(), thread.thread(), text);
    }

    static String brief(HandoffBrief brief) {
        HandoffTicket ticket = brief.ticket();
        StringBuilder text = new StringBuilder("**Request ").append(HandoffNotices.shortId(ticket)).append(" from ")
                .append(brief.conversation().user().displayName())
                .append(ticket.category().map(category -> " · " + category).orElse("")).append("**\n\n")
                .append("**Why:** ").append(String.join("; ", ticket.reasons())).append("\n\n")
                .append("**Summary**\n\n").append(cut(ticket.summary(), 2000)).append("\n\n");
        brief.offHoursUntil().ifPresent(when -> text.append("_Off hours: the requester was told someone will pick it up "
                + "from ").append(when.toLocalDateTime()).append("._\n\n"));
        if (!brief.earlierTickets().isEmpty()) {
            text.append("**Earlier requests:** ").append(brief.earlierTickets().stream()
                    .map(earlier -> HandoffNotices.shortId(earlier) + " (" + earlier.state().label() + ")")
                    .collect(Collectors.joining(", "))).append("\n\n");
        }
        List<Message> transcript = brief.transcript();
        List<Message> shown = transcript.subList(Math.max(0, transcript.size() - TRANSCRIPT_MESSAGES), transcript.size());
        text.append("**Conversation so far**\n\n");
        for (Message message : shown) {
            text.append("- **").append(speaker(message)).append(":** ").append(cut(message.text(), QUOTE));
            if (!message.citations().isEmpty()) {
                text.append(" _(sources: ").append(message.citations().stream().map(c -> c.title())
                        .collect(Collectors.joining("; "))).append(")_");
            }
            text.append('\n');
        }
        return text.append("\nReply here with **@Baton** and your answer to reach ")
                .append(brief.conversation().user().displayName())
                .append(" (replying claims the request). **@Baton claim**, **release**, **resolve** or **give back** ")
                .append("act on it; start with `").append(HandoffCoordinator.INTERNAL_NOTE_PREFIX)
                .append("` for a note to the team.").toString();
    }

    private static String speaker(Message message) {
        return switch (message.role()) {
            case USER -> "Requester";
            case ASSISTANT -> "Baton";
            case HUMAN_AGENT -> "Support";
            case SYSTEM -> "Note";
        };
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
