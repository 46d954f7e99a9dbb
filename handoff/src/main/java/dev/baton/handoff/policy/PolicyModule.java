package dev.baton.handoff.policy;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The escalation policy. Binds {@link EscalationConfig} (the instance given, read from the
 * {@code escalation} settings by the composition root), {@link ExplicitRequestDetector}, and a
 * singleton {@link EscalationPolicy} holding one detector per {@link SignalKind}.
 *
 * <p>Needs, bound elsewhere: a {@link PhraseEmbedder} (the bot adapts the knowledge module's local
 * embedding model; vectors normalised, no query instruction), a {@link SignalClassifier} (a language
 * model's second opinion on the wording signals, or {@link SignalClassifier#NONE}) and a {@link Clock}. Creating the
 * policy embeds the exemplar phrases of the four phrase signals, a few hundred short texts: done
 * once, when the injector builds the singleton, so the first message does not wait for it.
 */
public final class PolicyModule extends AbstractModule {
    /** Sentences remembered across detectors and turns; a few turns' worth is what gets reused. */
    private static final int EMBEDDING_CACHE_SIZE = 512;
    /** The signals that live in the wording of a message, where a language model's reading helps. */
    private static final Set<SignalKind> WORDING = EnumSet.of(SignalKind.EXPLICIT_REQUEST,
            SignalKind.FRUSTRATION, SignalKind.CANCELLATION, SignalKind.POLICY_EXCEPTION);

    private final EscalationConfig config;

    public PolicyModule(EscalationConfig config) {
        this.config = requireNonNull(config, "config is null");
    }

    @Override
    protected void configure() {
        bind(EscalationConfig.class).toInstance(config);
        bind(ExplicitRequestDetector.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    EscalationPolicy escalationPolicy(EscalationConfig config, ExplicitRequestDetector explicitRequests,
            PhraseEmbedder embedder, SignalClassifier classifier, Clock clock) {
        return new EscalationPolicy(detectors(config, explicitRequests, embedder, clock).stream()
                .map(detector -> WORDING.contains(detector.kind())
                        ? new ClassifiedSignalDetector(detector, classifier)
                        : detector)
                .toList(), config);
    }

    /** One detector per signal kind, as configured; also what the measurements run. */
    public static List<SignalDetector> detectors(
            EscalationConfig config, ExplicitRequestDetector explicitRequests, PhraseEmbedder embedder, Clock clock) {
        PhraseEmbedder cached = new CachingPhraseEmbedder(embedder, EMBEDDING_CACHE_SIZE);
        return List.of(
                phrase(SignalKind.EXPLICIT_REQUEST, explicitRequests::hit, config, cached),
                phrase(SignalKind.FRUSTRATION, Lexicons.frustration()::find, config, cached),
                phrase(SignalKind.CANCELLATION, Lexicons.cancellation()::find, config, cached),
                phrase(SignalKind.POLICY_EXCEPTION, Lexicons.policyException()::find, config, cached),
                new HighValueCustomerDetector(),
                new LowConfidenceDetector(config.lowConfidenceBelow()),
                new ComplexIssueDetector(config.complexMinProblems(), config.complexMinWords(), config.complexMinErrorCodes()),
                new RepeatedFailureDetector(cached, config.repeatedQuestionSimilarity(), config.repeatedThumbsDown()),
                new TimeWithoutResolutionDetector(clock, config.maxOpen(), config.maxUserTurns()));
    }

    private static SignalDetector phrase(
            SignalKind kind, java.util.function.Function<String, LexiconHit> lexicon, EscalationConfig config,
            PhraseEmbedder embedder) {
        return new PhraseSignalDetector(
                lexicon, ExemplarMatcher.embed(Exemplars.load(kind), embedder), embedder, config.similarity().get(kind));
    }
}
