package dev.baton.knowledge.answer.llm;

import static java.util.Objects.requireNonNull;

import com.openai.client.OpenAIClient;
import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionMessage;
import dev.baton.knowledge.answer.Answer;
import dev.baton.knowledge.answer.AnswerGuard;
import dev.baton.knowledge.answer.Answerer;
import dev.baton.knowledge.answer.Citation;
import dev.baton.knowledge.answer.PassageSanitizer;
import dev.baton.knowledge.answer.Question;
import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.ingest.Chunk;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Phrases answers with an OpenAI-compatible model, grounded in the retrieved passages and checked
 * before they are sent. The extractive answerer decides first: when it abstains (retrieval is not
 * confident enough) the model is not asked. Whatever goes wrong with the model, its endpoint or its
 * answer, the extractive answer is sent instead, so a user never sees an error or an ungrounded
 * answer because of the model.
 */
public final class OpenAiAnswerer implements Answerer {
    static final String NOT_COVERED_TEXT = "I'm not sure: the sources I found do not answer this question.";
    static final String NOT_COVERED_REASON = "the retrieved sources do not cover the question";

    /** Long enough to recognise a passage in a list of sources, short enough for a chat message. */
    static final int SNIPPET_LENGTH = 240;

    private static final Logger log = LoggerFactory.getLogger(OpenAiAnswerer.class);

    private final OpenAIClient client;
    private final OpenAiConfig config;
    private final Answerer fallback;
    private final GroundedPrompt prompt;
    private final EndpointBreaker breaker;

    @Inject
    public OpenAiAnswerer(OpenAIClient client, OpenAiConfig config, @Named("extractive") Answerer fallback) {
        this(client, config, fallback, EndpointBreaker.OPEN_FOR);
    }

    OpenAiAnswerer(OpenAIClient client, OpenAiConfig config, Answerer fallback, Duration breakerOpenFor) {
        this.client = requireNonNull(client, "client is null");
        this.config = requireNonNull(config, "config is null");
        this.fallback = requireNonNull(fallback, "fallback is null");
        this.prompt = new GroundedPrompt(config);
        this.breaker = new EndpointBreaker(breakerOpenFor);
    }

    @Override
    public Answer answer(Question question, List<ScoredChunk> passages) {
        Answer extractive = fallback.answer(question, passages);
        if (extractive.abstained() || passages.isEmpty()) {
            return extractive;
        }
        if (!breaker.allowsCall()) {
            return fallBack(extractive, FallbackReason.CIRCUIT_OPEN, passages.size(), "");
        }
        ChatCompletion completion;
        try {
            completion = client.chat().completions().create(prompt.build(question, passages));
        } catch (OpenAIException e) {
            return failed(extractive, FallbackReason.of(e), passages.size(), statusOf(e));
        }
        Answer answer;
        try {
            answer = fromCompletion(completion, extractive, passages);
        } catch (OpenAIException e) {
            // The client validates lazily: a body missing required fields fails when they are read.
            return failed(extractive, FallbackReason.of(e), passages.size(), "");
        }
        breaker.endpointAnswered();
        return answer;
    }

    private Answer failed(Answer extractive, FallbackReason reason, int passages, String detail) {
        breaker.endpointFailed();
        return fallBack(extractive, reason, passages, breaker.open() ? detail + " circuit=open" : detail);
    }

    private Answer fromCompletion(ChatCompletion completion, Answer extractive, List<ScoredChunk> passages) {
        if (completion.choices().isEmpty()) {
            return fallBack(extractive, FallbackReason.EMPTY_CHOICES, passages.size(), "");
        }
        ChatCompletion.Choice choice = completion.choices().getFirst();
        ChatCompletionMessage message = choice.message();
        if (message.refusal().isPresent()
                || choice.finishReason().equals(ChatCompletion.Choice.FinishReason.CONTENT_FILTER)) {
            return fallBack(extractive, FallbackReason.REFUSED, passages.size(), "");
        }
        if (choice.finishReason().equals(ChatCompletion.Choice.FinishReason.LENGTH)) {
            return fallBack(extractive, FallbackReason.TRUNCATED, passages.size(), "");
        }
        Optional<ModelReply> reply = message.content().flatMap(ModelReply::parse);
        if (reply.isEmpty()) {
            return fallBack(extractive, FallbackReason.MALFORMED_REPLY, passages.size(), "");
        }
        return checked(reply.get(), extractive, passages);
    }

    private Answer checked(ModelReply reply, Answer extractive, List<ScoredChunk> passages) {
        if (!reply.covered()) {
            // What came closest stays listed for the human who may take over.
            return new Answer(
                    NOT_COVERED_TEXT,
                    extractive.citations(),
                    extractive.confidence(),
                    true,
                    Optional.of(NOT_COVERED_REASON),
                    config.generator());
        }
        SequencedSet<Integer> cited = CitationMarkers.cited(reply);
        if (cited.isEmpty()) {
            return fallBack(extractive, FallbackReason.NO_CITATION, passages.size(), "");
        }
        if (cited.stream().anyMatch(number -> number < 1 || number > passages.size())) {
            return fallBack(extractive, FallbackReason.UNGROUNDED_CITATION, passages.size(), "");
        }
        List<Chunk> sources = cited.stream()
                .map(number -> passages.get(number - 1).chunk())
                .toList();
        Optional<AnswerGuard.Violation> unsafe = AnswerGuard.violation(reply.answer());
        if (unsafe.isPresent()) {
            return fallBack(extractive, FallbackReason.UNSAFE_REPLY, passages.size(), " violation=" + unsafe.get());
        }
        Optional<PromiseGuard.Commitment> promise = PromiseGuard.unsupported(reply.answer(), sources);
        if (promise.isPresent()) {
            String detail = " commitment=" + promise.get();
            return fallBack(extractive, FallbackReason.UNSUPPORTED_PROMISE, passages.size(), detail);
        }
        Map<Integer, Integer> renumbering = new HashMap<>();
        List<Citation> citations = new ArrayList<>();
        for (int passage : cited) {
            int number = citations.size() + 1;
            renumbering.put(passage, number);
            citations.add(citation(number, passages.get(passage - 1).chunk()));
        }
        return new Answer(
                PassageSanitizer.withoutBroadcasts(CitationMarkers.renumber(reply.answer(), renumbering)),
                citations,
                extractive.confidence(),
                false,
                Optional.empty(),
                config.generator());
    }

    private Answer fallBack(Answer extractive, FallbackReason reason, int passages, String detail) {
        // Ids and kinds only: the question, passages and reply may hold personal or confidential text.
        if (reason.endpointFailure()) {
            log.warn("OpenAI answer unavailable ({}{}), sending the extractive answer; model={} passages={}",
                    reason, detail, config.model(), passages);
        } else {
            log.info("OpenAI answer rejected ({}{}), sending the extractive answer; model={} passages={}",
                    reason, detail, config.model(), passages);
        }
        return extractive;
    }

    private static String statusOf(OpenAIException failure) {
        return failure instanceof OpenAIServiceException service ? " status=" + service.statusCode() : "";
    }

    static Citation citation(int number, Chunk chunk) {
        return new Citation(
                number, chunk.title(), chunk.location(), chunk.section(), snippet(chunk.text()), chunk.kind());
    }

    static String snippet(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= SNIPPET_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SNIPPET_LENGTH);
        return flat.substring(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH) + "…";
    }
}
