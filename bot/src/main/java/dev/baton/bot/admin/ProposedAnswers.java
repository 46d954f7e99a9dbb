package dev.baton.bot.admin;

import static java.util.Objects.requireNonNull;

import com.google.inject.Inject;
import dev.baton.bot.conversation.Conversation;
import dev.baton.bot.conversation.Message;
import dev.baton.bot.conversation.MessageRole;
import dev.baton.bot.handoff.ResolutionListener;
import dev.baton.handoff.lifecycle.HandoffTicket;
import dev.baton.knowledge.KnowledgeBase;
import dev.baton.knowledge.ingest.IngestListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loop that turns escalations into content: when a person resolves a request in which they
 * answered, Baton drafts a knowledge entry (the first question, the person's answer, the sources Baton
 * had cited); a reviewer approves it (as is or edited) or rejects it; an approved entry is written as
 * a Markdown page into the approved-answers folder and ingested at once.
 */
public final class ProposedAnswers implements ResolutionListener {
    private static final Logger LOG = LoggerFactory.getLogger(ProposedAnswers.class);

    private final JdbiProposedAnswers store;
    private final KnowledgeBase knowledge;
    private final AdminConfig config;
    private final Clock clock;

    @Inject
    public ProposedAnswers(JdbiProposedAnswers store, KnowledgeBase knowledge, AdminConfig config, Clock clock) {
        this.store = requireNonNull(store, "store is null");
        this.knowledge = requireNonNull(knowledge, "knowledge is null");
        this.config = requireNonNull(config, "config is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public void resolved(Conversation conversation, HandoffTicket ticket, List<Message> transcript) {
        Optional<String> question = transcript.stream().filter(m -> m.role() == MessageRole.USER)
                .map(Message::text).map(String::strip).filter(text -> !text.isEmpty()).findFirst();
        String answer = transcript.stream().filter(m -> m.role() == MessageRole.HUMAN_AGENT)
                .map(Message::text).map(String::strip)
                .filter(text -> !text.startsWith("//"))
                .collect(Collectors.joining("\n\n"));
        if (question.isEmpty() || answer.isBlank()) {
            LOG.info("Ticket {} resolved without a question and a person's answer in the transcript: nothing to propose",
                    ticket.id());
            return;
        }
        List<String> sources = transcript.stream().filter(m -> m.role() == MessageRole.ASSISTANT)
                .flatMap(m -> m.citations().stream()).map(c -> c.location()).distinct().toList();
        store.insert(new ProposedAnswer(UUID.randomUUID().toString(), ticket.id(), conversation.id(), question.get(),
                answer, sources, ProposedAnswer.State.PROPOSED, clock.instant(), Optional.empty(), Optional.empty()));
        LOG.info("Proposed a knowledge entry from resolved ticket {}", ticket.id());
    }

    public List<ProposedAnswer> pending(int limit) {
        return store.list(ProposedAnswer.State.PROPOSED, limit);
    }

    /** Approves the proposal with the reviewer's wording, writes it as a page and ingests it; the page's path. */
    public Path approve(String id, String question, String answer, String reviewer) {
        ProposedAnswer proposal = undecided(id);
        ProposedAnswer approved = decided(proposal, question, answer, ProposedAnswer.State.APPROVED, reviewer);
        Path page = config.approvedAnswers().resolve("answer-" + proposal.id() + ".md");
        try {
            Files.createDirectories(config.approvedAnswers());
            Files.writeString(page, markdown(approved), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the approved answer to " + page, e);
        }
        if (!store.decide(approved)) {
            throw new IllegalStateException("proposal " + id + " was decided by someone else meanwhile");
        }
        knowledge.ingest(List.of(config.approvedAnswers()), IngestListener.NONE);
        LOG.info("Approved proposal {} and ingested it as {}", id, page.getFileName());
        return page;
    }

    public void reject(String id, String reviewer) {
        ProposedAnswer proposal = undecided(id);
        if (!store.decide(decided(proposal, proposal.question(), proposal.answer(), ProposedAnswer.State.REJECTED,
                reviewer))) {
            throw new IllegalStateException("proposal " + id + " was decided by someone else meanwhile");
        }
    }

    private ProposedAnswer undecided(String id) {
        ProposedAnswer proposal = store.find(id).orElseThrow(() -> new IllegalArgumentException(
                "there is no proposed answer " + id + " (the page may be out of date: reload it)"));
        if (proposal.state() != ProposedAnswer.State.PROPOSED) {
            throw new IllegalArgumentException("proposed answer " + id + " was already "
                    + proposal.state().name().toLowerCase() + " by " + proposal.decidedBy().orElse("someone"));
        }
        return proposal;
    }

    private ProposedAnswer decided(
            ProposedAnswer proposal, String question, String answer, ProposedAnswer.State state, String reviewer) {
        if (question.isBlank() || answer.isBlank()) {
            throw new IllegalArgumentException("an approved answer needs both a question and an answer");
        }
        return new ProposedAnswer(proposal.id(), proposal.ticketId(), proposal.conversationId(), question.strip(),
                answer.strip(), proposal.sources(), state, proposal.createdAt(), Optional.of(clock.instant()),
                Optional.of(reviewer));
    }

    private static String markdown(ProposedAnswer answer) {
        String title = answer.question().replaceAll("\\s+", " ").replace("\"", "'");
        StringBuilder page = new StringBuilder("---\ntitle: \"").append(title).append("\"\n---\n\n# ")
                .append(title).append("\n\n").append(answer.answer()).append('\n');
        if (!answer.sources().isEmpty()) {
            page.append("\n## Related\n\n");
            answer.sources().forEach(source -> page.append("- ").append(source).append('\n'));
        }
        return page.toString();
    }
}
