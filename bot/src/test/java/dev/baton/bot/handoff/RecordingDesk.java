package dev.baton.bot.handoff;

import dev.baton.handoff.lifecycle.HandoffTicket;
import dev.baton.handoff.lifecycle.OnCall;
import dev.baton.handoff.lifecycle.SlaBreach;
import dev.baton.handoff.lifecycle.StaffThread;
import dev.baton.knowledge.answer.Answer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A staff desk that remembers what it was asked to post; it can be told to fail. */
final class RecordingDesk implements StaffDesk {
    final List<HandoffBrief> posted = new CopyOnWriteArrayList<>();
    final List<SlaBreach> pages = new CopyOnWriteArrayList<>();
    final List<String> notes = new CopyOnWriteArrayList<>();
    final List<String> relayed = new CopyOnWriteArrayList<>();
    final List<Optional<Answer>> drafts = new CopyOnWriteArrayList<>();
    volatile boolean failing;

    @Override
    public String surface() {
        return "slack";
    }

    @Override
    public boolean serves(OnCall onCall) {
        return onCall.slackChannel().isPresent();
    }

    @Override
    public StaffThread post(HandoffBrief brief) {
        if (failing) {
            throw new IllegalStateException("the desk is down");
        }
        posted.add(brief);
        return new StaffThread("slack", brief.onCall().slackChannel().orElseThrow(), "1732788000.00010" + posted.size());
    }

    @Override
    public void page(StaffThread thread, SlaBreach breach) {
        pages.add(breach);
    }

    @Override
    public void update(StaffThread thread, HandoffTicket ticket, String note) {
        notes.add(note);
    }

    @Override
    public void relayFromRequester(
            StaffThread thread, HandoffTicket ticket, String requesterName, String text, Optional<Answer> draft) {
        relayed.add(requesterName + ": " + text);
        drafts.add(draft);
    }
}
