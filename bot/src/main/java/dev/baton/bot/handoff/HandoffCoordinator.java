package dev.baton.bot.handoff;

import static java.util.Objects.requireNonNull;

import com.google.inject.Inject;
import dev.baton.bot.conversation.Conversation;
import dev.baton.bot.conversation.ConversationStore;
import dev.baton.bot.conversation.Message;
import dev.baton.bot.conversation.MessageRole;
import dev.baton.bot.conversation.Participant;
import dev.baton.bot.conversation.Surface;
import dev.baton.handoff.lifecycle.HandoffService;
import dev.baton.handoff.lifecycle.HandoffTicket;
import dev.baton.handoff.lifecycle.OnCall;
import dev.baton.handoff.lifecycle.SlaBreach;
import dev.baton.handoff.lifecycle.StaffThread;
import dev.baton.handoff.store.StaffThreadStore;
import dev.baton.knowledge.answer.Answer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects a requester's conversation with the staff thread where the support team works it: posts
 * new requests to the on-call desk, mirrors the requester's messages (with Baton's suggested reply)
 * into the thread, relays the holder's replies back, and carries out what staff do (claim, hand on,
 * resolve, give back to Baton), telling the requester each time.
 *
 * <p>A desk or delivery failure never blocks the handoff itself: the ticket stays open in the queue
 * (and on the admin pages), and the failure is logged once with the conversation id.
 */
public final class HandoffCoordinator {
    private static final Logger LOG = LoggerFactory.getLogger(HandoffCoordinator.class);
    private static final int TRANSCRIPT_LIMIT = 50;
    private static final int BREACHES_PER_ROUND = 100;
    private static final int EARLIER_TICKETS = 5;
    /** Staff start a reply with this to keep it in the team: it is not sent to the requester. */
    public static final String INTERNAL_NOTE_PREFIX = "//";

    private final HandoffService handoffs;
    private final StaffThreadStore threads;
    private final ConversationStore conversations;
    private final Set<StaffDesk> desks;
    private final Map<Surface, RequesterChannel> requesterChannels;
    private final HandoffNotices notices;
    private final Set<ResolutionListener> resolutionListeners;
    private final Clock clock;

    @Inject
    public HandoffCoordinator(
            HandoffService handoffs,
            StaffThreadStore threads,
            ConversationStore conversations,
            Set<StaffDesk> desks,
            Map<Surface, RequesterChannel> requesterChannels,
            HandoffNotices notices,
            Set<ResolutionListener> resolutionListeners,
            Clock clock) {
        this.handoffs = requireNonNull(handoffs, "handoffs is null");
        this.threads = requireNonNull(threads, "threads is null");
        this.conversations = requireNonNull(conversations, "conversations is null");
        this.desks = Set.copyOf(desks);
        this.requesterChannels = Map.copyOf(requesterChannels);
        this.notices = requireNonNull(notices, "notices is null");
        this.resolutionListeners = Set.copyOf(resolutionListeners);
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Posts a newly opened request to the desk of its category's first tier. A ticket that already
     * has a staff thread (the person asked twice) is not posted again.
     */
    public Optional<StaffThread> opened(Conversation conversation, HandoffTicket ticket) {
        if (threads.threadOf(ticket.id()).isPresent()) {
            return threads.threadOf(ticket.id());
        }
        Optional<OnCall> onCall = handoffs.firstPage(ticket.category());
        if (onCall.isEmpty()) {
            LOG.warn("Handoff ticket {} of conversation {}: no on-call channel is configured (handoff.on-call, "
                    + "HANDOFF_SLACK_CHANNEL); it waits in the admin queue", ticket.id(), conversation.id());
            return Optional.empty();
        }
        Optional<StaffDesk> desk = deskFor(onCall.get());
        if (desk.isEmpty()) {
            LOG.warn("Handoff ticket {} of conversation {}: no desk is running for on-call entry {} (is its "
                    + "surface configured?); it waits in the admin queue", ticket.id(), conversation.id(), onCall.get());
            return Optional.empty();
        }
        try {
            HandoffBrief brief = new HandoffBrief(ticket, conversation,
                    conversations.history(conversation.id(), TRANSCRIPT_LIMIT),
                    handoffs.earlierFor(ticket.requester().id(), ticket.id(), EARLIER_TICKETS), onCall.get(),
                    handoffs.offHoursUntil(ticket.category()));
            StaffThread thread = desk.get().post(brief);
            threads.attach(ticket.id(), thread);
            LOG.info("Handoff ticket {} of conversation {} posted to {} {}", ticket.id(), conversation.id(),
                    thread.surface(), thread.channel());
            return Optional.of(thread);
        } catch (RuntimeException e) {
            LOG.error("Handoff ticket {} of conversation {} could not be posted to the on-call desk; it waits in "
                    + "the admin queue", ticket.id(), conversation.id(), e);
            return Optional.empty();
        }
    }

    /**
     * The requester wrote while humans hold the conversation: mirror it, with Baton's draft, into the
     * thread. The draft is only worked out when there is a thread to show it in.
     */
    public void requesterWrote(
            Conversation conversation, HandoffTicket ticket, String text, Supplier<Optional<Answer>> draft) {
        Optional<StaffThread> thread = threads.threadOf(ticket.id());
        Optional<StaffDesk> desk = thread.flatMap(this::deskOf);
        if (thread.isEmpty() || desk.isEmpty()) {
            LOG.info("Conversation {}: message added to handoff ticket {} (no staff thread to mirror it to)",
                    conversation.id(), ticket.id());
            return;
        }
        try {
            desk.get().relayFromRequester(thread.get(), ticket, conversation.user().displayName(), text, draft.get());
        } catch (RuntimeException e) {
            LOG.error("Conversation {}: could not mirror a message into the staff thread of ticket {}",
                    conversation.id(), ticket.id(), e);
        }
    }

    /**
     * A support person wrote in a staff thread. The holder's replies go to the requester; a reply to
     * an unclaimed request claims it first; replies starting with {@value #INTERNAL_NOTE_PREFIX} and
     * replies from someone else while a colleague holds it stay in the team.
     */
    public StaffReply staffWrote(StaffThread thread, Participant agent, String text) {
        Optional<HandoffTicket> found = threads.ticketIn(thread).flatMap(handoffs::find);
        if (found.isEmpty()) {
            return StaffReply.NOT_A_HANDOFF_THREAD;
        }
        HandoffTicket ticket = found.get();
        if (text.strip().startsWith(INTERNAL_NOTE_PREFIX)) {
            return StaffReply.INTERNAL_NOTE;
        }
        if (!ticket.state().active()) {
            note(thread, ticket, notices.closedReplyNotSent(ticket));
            return StaffReply.TICKET_CLOSED;
        }
        if (ticket.claimedBy().isPresent() && !ticket.claimedBy().get().equals(agent.id())) {
            note(thread, ticket, notices.heldByColleague(ticket));
            return StaffReply.HELD_BY_COLLEAGUE;
        }
        if (ticket.claimedBy().isEmpty()) {
            ticket = claim(ticket.id(), agent);
        }
        Conversation conversation = conversationOf(ticket);
        record(conversation, MessageRole.HUMAN_AGENT, agent.id(), text);
        deliver(conversation, new RequesterNotice.FromAgent(agent.displayName(), text));
        return StaffReply.RELAYED;
    }

    public HandoffTicket claim(String ticketId, Participant agent) {
        HandoffTicket ticket = handoffs.claim(ticketId, agent.id());
        announce(ticket, notices.claimedForStaff(agent), notices.claimedForRequester(agent, ticket));
        return ticket;
    }

    public HandoffTicket unclaim(String ticketId, Participant agent) {
        HandoffTicket ticket = handoffs.unclaim(ticketId);
        announce(ticket, notices.unclaimedForStaff(agent), notices.unclaimedForRequester(ticket));
        return ticket;
    }

    public HandoffTicket reassign(String ticketId, Participant from, Participant to) {
        HandoffTicket ticket = handoffs.reassign(ticketId, to.id());
        announce(ticket, notices.reassignedForStaff(from, to), notices.claimedForRequester(to, ticket));
        return ticket;
    }

    public HandoffTicket resolve(String ticketId, Participant agent) {
        HandoffTicket ticket = handoffs.resolve(ticketId);
        Conversation conversation = conversationOf(ticket);
        updateDesk(ticket, notices.resolvedForStaff(agent));
        String survey = notices.survey(agent, ticket);
        record(conversation, MessageRole.SYSTEM, "baton", survey);
        deliver(conversation, new RequesterNotice.Survey(ticket.id(), survey));
        List<Message> transcript = conversations.history(conversation.id(), TRANSCRIPT_LIMIT);
        for (ResolutionListener listener : resolutionListeners) {
            try {
                listener.resolved(conversation, ticket, transcript);
            } catch (RuntimeException e) {
                LOG.error("Conversation {}: a resolution listener failed for ticket {}", conversation.id(), ticket.id(), e);
            }
        }
        return ticket;
    }

    public HandoffTicket returnToBot(String ticketId, Participant agent) {
        HandoffTicket ticket = handoffs.returnToBot(ticketId);
        announce(ticket, notices.returnedForStaff(agent), notices.returnedForRequester());
        return ticket;
    }

    /** Pages the next tier for every request that waited its SLA unclaimed; the number paged. */
    public int pageBreaches() {
        List<SlaBreach> breaches = handoffs.takeBreaches(BREACHES_PER_ROUND);
        for (SlaBreach breach : breaches) {
            Optional<StaffThread> thread = threads.threadOf(breach.ticket().id());
            Optional<StaffDesk> desk = thread.flatMap(this::deskOf);
            if (desk.isEmpty()) {
                LOG.warn("Handoff ticket {} is {} min past its SLA and has no staff thread to page in",
                        breach.ticket().id(), breach.waited().toMinutes());
                continue;
            }
            try {
                desk.get().page(thread.get(), breach);
            } catch (RuntimeException e) {
                LOG.error("Could not page for handoff ticket {} (page {})", breach.ticket().id(), breach.page(), e);
            }
        }
        return breaches.size();
    }

    private void announce(HandoffTicket ticket, String staffNote, String requesterText) {
        updateDesk(ticket, staffNote);
        Conversation conversation = conversationOf(ticket);
        record(conversation, MessageRole.SYSTEM, "baton", requesterText);
        deliver(conversation, new RequesterNotice.Status(requesterText));
    }

    private void updateDesk(HandoffTicket ticket, String note) {
        threads.threadOf(ticket.id()).ifPresent(thread -> note(thread, ticket, note));
    }

    private void note(StaffThread thread, HandoffTicket ticket, String note) {
        Optional<StaffDesk> desk = deskOf(thread);
        if (desk.isEmpty()) {
            return;
        }
        try {
            desk.get().update(thread, ticket, note);
        } catch (RuntimeException e) {
            LOG.error("Could not update the staff thread of handoff ticket {}", ticket.id(), e);
        }
    }

    private void deliver(Conversation conversation, RequesterNotice notice) {
        RequesterChannel channel = requesterChannels.get(conversation.key().surface());
        if (channel == null) {
            LOG.warn("Conversation {}: no way to reach {} requesters; the notice is in the transcript only",
                    conversation.id(), conversation.key().surface());
            return;
        }
        try {
            channel.deliver(conversation, notice);
        } catch (RuntimeException e) {
            LOG.error("Conversation {}: could not deliver a notice to the requester", conversation.id(), e);
        }
    }

    private Conversation conversationOf(HandoffTicket ticket) {
        return conversations.find(ticket.conversationId()).orElseThrow(() -> new IllegalStateException(
                "handoff ticket " + ticket.id() + " belongs to conversation " + ticket.conversationId()
                        + ", which is not in the conversation store"));
    }

    private Optional<StaffDesk> deskFor(OnCall onCall) {
        return desks.stream().filter(desk -> desk.serves(onCall)).findFirst();
    }

    private Optional<StaffDesk> deskOf(StaffThread thread) {
        return desks.stream().filter(desk -> desk.surface().equals(thread.surface())).findFirst();
    }

    private void record(Conversation conversation, MessageRole role, String author, String text) {
        conversations.append(new Message(UUID.randomUUID().toString(), conversation.id(), role, author, text,
                clock.instant(), List.of(), Optional.empty()));
    }
}
