package dev.baton.bot.assistant;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.access.AccessRule;
import dev.baton.bot.handoff.HandoffCoordinator;
import dev.baton.bot.metrics.TurnMetrics;
import dev.baton.bot.handoff.HandoffNotices;
import dev.baton.bot.conversation.Conversation;
import dev.baton.bot.conversation.ConversationStore;
import dev.baton.bot.conversation.CustomersConfig;
import dev.baton.bot.conversation.FeedbackStore;
import dev.baton.bot.conversation.Message;
import dev.baton.bot.conversation.MessageRole;
import dev.baton.config.ErrorCategory;
import dev.baton.handoff.lifecycle.HandoffConfig;
import dev.baton.handoff.lifecycle.HandoffService;
import dev.baton.handoff.lifecycle.HandoffState;
import dev.baton.handoff.lifecycle.HandoffSurveys;
import dev.baton.handoff.lifecycle.HandoffTicket;
import dev.baton.handoff.lifecycle.Requester;
import dev.baton.handoff.policy.AnswerAssessment;
import dev.baton.handoff.policy.EscalationDecision;
import dev.baton.handoff.policy.EscalationInput;
import dev.baton.handoff.policy.EscalationPolicy;
import dev.baton.knowledge.KnowledgeBase;
import dev.baton.knowledge.KnowledgeErrorCode;
import dev.baton.knowledge.KnowledgeException;
import dev.baton.knowledge.answer.Answer;
import dev.baton.knowledge.answer.AnswerGuard;
import dev.baton.knowledge.answer.ConversationTurn;
import dev.baton.knowledge.answer.Question;
import dev.baton.knowledge.categorize.Categorizer;
import dev.baton.knowledge.index.SearchFilter;
import dev.baton.knowledge.ingest.ChunkKind;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One turn, whatever the surface: remember the message, let a human who holds the conversation
 * have it, escalate at once on an explicit request, and otherwise answer from the knowledge base
 * with the conversation so far as context. Every search any surface makes goes through {@link
 * #filterFor}, which applies the {@link AccessRule}; every answer passes the {@link AnswerGuard}
 * before anyone sees it; and a knowledge base that cannot be searched is told to the person, with the
 * way to a human, instead of failing the turn.
 */
public final class Assistant {
    private static final Logger log = LoggerFactory.getLogger(Assistant.class);
    private static final int HISTORY_TURNS = 12;
    static final String KNOWLEDGE_UNAVAILABLE = "Sorry, I can't search the knowledge base right now, so I can't "
            + "answer this from it. A person from the support team can help: use *Talk to a human* (or type `/human`, "
            + "or just say \"talk to a human\") and they will take over.";
    static final String ANSWER_WITHHELD = "I can't give you an answer I can stand behind on this one. A person from "
            + "the support team can look at it: use *Talk to a human* (or type `/human`).";
    private static final Pattern SURVEY_SCORE = Pattern.compile("([1-5])(?:\\s*(?:/|out of)\\s*5)?[.!]?");

    private final ConversationStore conversations;
    private final KnowledgeBase knowledge;
    private final HandoffService handoffs;
    private final EscalationPolicy policy;
    private final HandoffSummarizer summarizer;
    private final HandoffCoordinator coordinator;
    private final HandoffConfig handoffConfig;
    private final HandoffSurveys surveys;
    private final TurnMetrics metrics;
    private final PerPersonRateLimit rateLimit;
    private final Categorizer categorizer;
    private final CustomersConfig customers;
    private final HandoffNotices notices;
    private final FeedbackStore feedback;
    private final AccessRule access;
    private final KnowledgeHealth health;
    private final Clock clock;

    @Inject
    public Assistant(
            ConversationStore conversations,
            KnowledgeBase knowledge,
            HandoffService handoffs,
            EscalationPolicy policy,
            HandoffSummarizer summarizer,
            HandoffCoordinator coordinator,
            HandoffConfig handoffConfig,
            HandoffSurveys surveys,
            TurnMetrics metrics,
            AssistantConfig config,
            Categorizer categorizer,
            CustomersConfig customers,
            HandoffNotices notices,
            FeedbackStore feedback,
            AccessRule access,
            KnowledgeHealth health,
            Clock clock) {
        this.conversations = requireNonNull(conversations, "conversations is null");
        this.knowledge = requireNonNull(knowledge, "knowledge is null");
        this.handoffs = requireNonNull(handoffs, "handoffs is null");
        this.policy = requireNonNull(policy, "policy is null");
        this.summarizer = requireNonNull(summarizer, "summarizer is null");
        this.coordinator = requireNonNull(coordinator, "coordinator is null");
        this.handoffConfig = requireNonNull(handoffConfig, "handoffConfig is null");
        this.surveys = requireNonNull(surveys, "surveys is null");
        this.metrics = requireNonNull(metrics, "metrics is null");
        this.categorizer = requireNonNull(categorizer, "categorizer is null");
        this.customers = requireNonNull(customers, "customers is null");
        this.rateLimit = new PerPersonRateLimit(
                requireNonNull(config, "config is null").maxMessagesPerMinute(), requireNonNull(clock, "clock is null"));
        this.notices = requireNonNull(notices, "notices is null");
        this.feedback = requireNonNull(feedback, "feedback is null");
        this.access = requireNonNull(access, "access is null");
        this.health = requireNonNull(health, "health is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public TurnResult handle(IncomingMessage message) {
        long started = System.nanoTime();
        TurnResult result = turn(message);
        metrics.turn(message.key().surface().name(), outcome(result), Duration.ofNanos(System.nanoTime() - started));
        return result;
    }

    /**
     * The request's category for routing to the right on-call people: from what the person asked (their
     * messages, newest last); empty when it fits none of the configured categories (the default rota).
     */
    private Optional<String> categoryOf(List<Message> transcript) {
        String asked = transcript.stream()
                .filter(message -> message.role() == MessageRole.USER)
                .map(Message::text)
                .reduce((earlier, later) -> earlier + "\n" + later)
                .orElse("");
        return asked.isBlank() ? Optional.empty() : categorizer.categorize(asked).category();
    }

    private static String outcome(TurnResult result) {
        return switch (result) {
            case TurnResult.Answered answered -> answered.answer().abstained() ? "abstained" : "answered";
            case TurnResult.HandedOff handedOff -> "handed_off";
            case TurnResult.WithHuman withHuman -> "with_human";
            case TurnResult.Acknowledged acknowledged -> "acknowledged";
            case TurnResult.KnowledgeUnavailable unavailable -> "knowledge_unavailable";
        };
    }

    private TurnResult turn(IncomingMessage message) {
        Conversation conversation = conversations.findOrStart(message.key(), message.user(),
                customers.enrich(message.user().id(), message.context()), clock.instant());
        try (MDC.MDCCloseable ignored = MDC.putCloseable("conversation", conversation.id())) {
            return turnIn(conversation, message);
        }
    }

    private TurnResult turnIn(Conversation conversation, IncomingMessage message) {
        if (!rateLimit.tryAcquire(message.user().id())) {
            log.warn("Conversation {}: {} sent more than {} messages in a minute; not answered",
                    conversation.id(), message.user().id(), rateLimit.limit());
            return new TurnResult.Acknowledged(conversation, "You've sent more than " + rateLimit.limit()
                    + " messages in the last minute, so I haven't answered this one. Please wait a minute and send it "
                    + "again — or ask for a person at any time (that is never limited).");
        }
        List<Message> history = conversations.history(conversation.id(), HISTORY_TURNS);
        record(conversation, MessageRole.USER, message.user().id(), message.text(), Optional.empty());

        Optional<HandoffTicket> active = handoffs.activeFor(conversation.id());
        if (active.isPresent()) {
            // The human gets Baton's suggestion beside the message; the requester hears only from the human.
            coordinator.requesterWrote(conversation, active.get(), message.text(), draft(message, history));
            log.info("Conversation {} is with a human (ticket {}); message relayed, bot silent",
                    conversation.id(), active.get().id());
            return new TurnResult.WithHuman(conversation, active.get(),
                    notices.stillWithHumans(active.get(), active.get().claimedBy().isPresent()));
        }

        Optional<TurnResult> rated = surveyAnswer(conversation, message);
        if (rated.isPresent()) {
            return rated.get();
        }

        if (handoffConfig.draftOnly(message.key().channel())) {
            return draftForTheTeam(conversation, message, history);
        }

        // Before answering: an explicit request (or enough other signals) needs no answer first.
        EscalationDecision before = policy.decide(escalationInput(conversation, message, history, Optional.empty()));
        if (before.escalate()) {
            return handOff(conversation, message.user().displayName(), before.reasons(), "");
        }

        Question question = new Question(message.text(), turns(history), filterFor(message));
        long answering = System.nanoTime();
        Answer answer;
        try {
            answer = guarded(search(question));
        } catch (KnowledgeException e) {
            if (!indexFailure(e)) {
                throw e;
            }
            // Logged once, here, with the conversation id; the person hears why and how to reach someone.
            if (e.category() == ErrorCategory.EXTERNAL) {
                // Down or slow (Qdrant): the message names the endpoint; a stack trace adds nothing.
                log.error("Conversation {}: the knowledge base could not be searched ({}: {}); told the person and "
                        + "offered a human", conversation.id(), e.code(), e.getMessage());
            } else {
                log.error("Conversation {}: the knowledge base could not be searched ({}); told the person and "
                        + "offered a human", conversation.id(), e.code(), e);
            }
            metrics.knowledgeUnavailable(e.code().toString());
            record(conversation, MessageRole.SYSTEM, "baton", KNOWLEDGE_UNAVAILABLE, Optional.empty());
            return new TurnResult.KnowledgeUnavailable(conversation, KNOWLEDGE_UNAVAILABLE);
        }
        metrics.answer(answer.confidence(), answer.generator(), answer.abstained(),
                Duration.ofNanos(System.nanoTime() - answering));
        EscalationDecision after = policy.decide(escalationInput(conversation, message, history,
                Optional.of(new AnswerAssessment(answer.confidence(), answer.abstained()))));
        if (after.escalate()) {
            // What Baton found still helps while the person is on their way; a guess does not.
            String found = answer.abstained() ? "" : answer.text() + "\n\n";
            if (!found.isEmpty()) {
                record(conversation, MessageRole.ASSISTANT, "baton", answer.text(), Optional.of(answer));
            }
            return handOff(conversation, message.user().displayName(), after.reasons(), found);
        }
        record(conversation, MessageRole.ASSISTANT, "baton", answer.text(), Optional.of(answer));
        log.info("Conversation {} answered by {} (confidence {}, abstained {}, {} sources)",
                conversation.id(), answer.generator(), String.format("%.2f", answer.confidence()),
                answer.abstained(), answer.citations().size());
        return new TurnResult.Answered(conversation, answer);
    }

    /**
     * A lone 1-5 right after a person resolved this conversation's request answers the survey it was
     * asked (on surfaces without buttons the survey asks for a number); anything else is a new turn.
     */
    private Optional<TurnResult> surveyAnswer(Conversation conversation, IncomingMessage message) {
        Matcher score = SURVEY_SCORE.matcher(message.text().strip());
        if (!score.matches()) {
            return Optional.empty();
        }
        Optional<HandoffTicket> latest = handoffs.latestFor(conversation.id())
                .filter(ticket -> ticket.state() == HandoffState.RESOLVED)
                .filter(ticket -> surveys.answerOf(ticket.id()).isEmpty());
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        surveys.answer(latest.get().id(), message.user().id(), Integer.parseInt(score.group(1)));
        String thanks = "Thank you for rating the help you got: " + score.group(1) + " out of 5.";
        record(conversation, MessageRole.SYSTEM, "baton", thanks, Optional.empty());
        return Optional.of(new TurnResult.Acknowledged(conversation, thanks));
    }

    /** A draft-only channel: a person answers, with Baton's suggestion in the staff thread. */
    private TurnResult draftForTheTeam(Conversation conversation, IncomingMessage message, List<Message> history) {
        TurnResult.HandedOff handedOff = handOff(conversation, message.user().displayName(),
                List.of("draft-only channel: a person answers here, with Baton's suggested reply"), "");
        coordinator.requesterWrote(conversation, handedOff.ticket(), message.text(), draft(message, history));
        return handedOff;
    }

    /**
     * Baton's suggested reply for the person who answers, worked out only if a staff thread will show
     * it. The staff desk is a shared channel: the draft uses only restricted documents that both the
     * requester may see where they asked and the staff desk may see ({@code access.staff-tags}).
     */
    private Supplier<Optional<Answer>> draft(IncomingMessage message, List<Message> history) {
        return () -> {
            SearchFilter asked = filterFor(message);
            SearchFilter forStaff = new SearchFilter(asked.product(), access.forStaff(asked.accessTags()), asked.kinds());
            Answer draft;
            try {
                draft = guarded(search(new Question(message.text(), turns(history), forStaff)));
            } catch (KnowledgeException e) {
                if (!indexFailure(e)) {
                    throw e;
                }
                // The human answers without a draft; the failure is counted and readiness shows it.
                log.warn("No draft for the support team: the knowledge base could not be searched ({})", e.code());
                metrics.knowledgeUnavailable(e.code().toString());
                return Optional.empty();
            }
            return draft.abstained() ? Optional.empty() : Optional.of(draft);
        };
    }

    /** The knowledge base's answer, noting whether the index could be searched. */
    private Answer search(Question question) {
        try {
            Answer answer = knowledge.answer(question);
            health.searchSucceeded();
            return answer;
        } catch (KnowledgeException e) {
            if (indexFailure(e)) {
                health.searchFailed(e.code());
            }
            throw e;
        }
    }

    private static boolean indexFailure(KnowledgeException e) {
        return e.code() == KnowledgeErrorCode.INDEX_UNAVAILABLE || e.code() == KnowledgeErrorCode.INDEX_TIMEOUT
                || e.code() == KnowledgeErrorCode.INDEX_FAILED || e.code() == KnowledgeErrorCode.EMBEDDING_FAILED;
    }

    /**
     * The answer, unless it breaks a rule no document or model may make Baton break (it shows
     * instructions or a secret, grants something, or says no person can help): then an honest
     * abstention that points to a human instead.
     */
    private Answer guarded(Answer answer) {
        Optional<AnswerGuard.Violation> violation = AnswerGuard.violation(answer.text());
        if (violation.isEmpty()) {
            return answer;
        }
        log.warn("An answer by {} was withheld: it broke the rule {}", answer.generator(), violation.get());
        metrics.answerWithheld(violation.get().name());
        return new Answer(ANSWER_WITHHELD, List.of(), 0, true, Optional.of("withheld: " + violation.get()),
                answer.generator());
    }

    private EscalationInput escalationInput(
            Conversation conversation, IncomingMessage message, List<Message> history, Optional<AnswerAssessment> answer) {
        List<String> earlier = history.stream()
                .filter(m -> m.role() == MessageRole.USER)
                .map(Message::text)
                .toList();
        return new EscalationInput(
                message.text(),
                earlier,
                conversation.startedAt(),
                earlier.size() + 1,
                answer,
                feedback.notHelpfulCount(conversation.id()),
                conversation.context().highValue(),
                message.key().channel());
    }

    /** "Talk to a human", the /human command, or a typed request: always opens (or finds) a handoff. */
    public TurnResult.HandedOff requestHuman(IncomingMessage message, String reason) {
        Conversation conversation = conversations.findOrStart(message.key(), message.user(),
                customers.enrich(message.user().id(), message.context()), clock.instant());
        if (!message.text().isBlank()) {
            record(conversation, MessageRole.USER, message.user().id(), message.text(), Optional.empty());
        }
        return handOff(conversation, message.user().displayName(), List.of(reason), "");
    }

    private TurnResult.HandedOff handOff(
            Conversation conversation, String requesterName, List<String> reasons, String foundSoFar) {
        List<Message> transcript = conversations.history(conversation.id(), 50);
        Instant asked = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        HandoffTicket ticket = handoffs.open(
                conversation.id(),
                new Requester(conversation.user().id(), requesterName),
                reasons,
                summarizer.summarize(transcript),
                categoryOf(transcript));
        if (!ticket.openedAt().isBefore(asked)) {
            metrics.escalated(reasons);
        }
        String handoffNote = notices.opened(ticket, handoffs.offHoursUntil(ticket.category()));
        record(conversation, MessageRole.SYSTEM, "baton", handoffNote, Optional.empty());
        coordinator.opened(conversation, ticket);
        String reply = foundSoFar + handoffNote;
        log.info("Conversation {} handed off: ticket {} ({})", conversation.id(), ticket.id(), reasons);
        return new TurnResult.HandedOff(conversation, ticket, reply);
    }

    private void record(
            Conversation conversation, MessageRole role, String author, String text, Optional<Answer> answer) {
        conversations.append(new Message(
                UUID.randomUUID().toString(),
                conversation.id(),
                role,
                author,
                text,
                clock.instant(),
                answer.map(Answer::citations).orElse(List.of()),
                answer.map(Answer::confidence)));
    }

    private static List<ConversationTurn> turns(List<Message> history) {
        return history.stream()
                .filter(message -> message.role() != MessageRole.SYSTEM)
                .map(message -> new ConversationTurn(speaker(message.role()), message.text()))
                .toList();
    }

    private static ConversationTurn.Speaker speaker(MessageRole role) {
        return switch (role) {
            case USER -> ConversationTurn.Speaker.USER;
            case ASSISTANT, SYSTEM -> ConversationTurn.Speaker.ASSISTANT;
            case HUMAN_AGENT -> ConversationTurn.Speaker.HUMAN_AGENT;
        };
    }

    /**
     * What a search for this message may return, whatever it is for (the answer, similar past tickets,
     * a draft for the team): the asker's product, and the access tags the {@link AccessRule} allows
     * for this person in this place.
     */
    private SearchFilter filterFor(IncomingMessage message) {
        Set<String> tags = access.tagsFor(message.user().id(), message.context().accessTags(), message.audience());
        return new SearchFilter(message.context().product(), tags, EnumSet.allOf(ChunkKind.class));
    }
}
