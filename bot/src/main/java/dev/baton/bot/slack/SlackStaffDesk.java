package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.handoff.HandoffBrief;
import dev.baton.bot.handoff.StaffDesk;
import dev.baton.handoff.lifecycle.HandoffTicket;
import dev.baton.handoff.lifecycle.OnCall;
import dev.baton.handoff.lifecycle.SlaBreach;
import dev.baton.handoff.lifecycle.StaffThread;
import dev.baton.knowledge.answer.Answer;
import java.util.Optional;

/** The on-call team's desk in Slack: each request is a thread in the rota's channel. */
final class SlackStaffDesk implements StaffDesk {
    static final String SURFACE = "slack";

    private final SlackWebApi api;

    SlackStaffDesk(SlackWebApi api) {
        this.api = requireNonNull(api, "api is null");
    }

    @Override
    public String surface() {
        return SURFACE;
    }

    @Override
    public boolean serves(OnCall onCall) {
        return onCall.slackChannel().isPresent();
    }

    @Override
    public StaffThread post(HandoffBrief brief) {
        String channel = brief.onCall().slackChannel().orElseThrow().replaceFirst("^#", "");
        SlackWebApi.Posted root = api.post(channel, Optional.empty(), StaffBlocks.root(brief));
        return new StaffThread(SURFACE, root.channel(), root.ts());
    }

    @Override
    public void page(StaffThread thread, SlaBreach breach) {
        api.post(thread.channel(), Optional.of(thread.thread()),
                StaffBlocks.page(breach.ticket(), breach.onCall(), breach.waited().toMinutes(), breach.page()));
    }

    @Override
    public void update(StaffThread thread, HandoffTicket ticket, String note) {
        api.post(thread.channel(), Optional.of(thread.thread()), StaffBlocks.note(ticket, note));
    }

    @Override
    public void relayFromRequester(
            StaffThread thread, HandoffTicket ticket, String requesterName, String text, Optional<Answer> draft) {
        api.post(thread.channel(), Optional.of(thread.thread()), StaffBlocks.relay(ticket, requesterName, text, draft));
    }
}
