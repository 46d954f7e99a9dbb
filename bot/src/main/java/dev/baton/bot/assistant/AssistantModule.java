package dev.baton.bot.assistant;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import dev.baton.bot.access.AccessRule;
import dev.baton.handoff.policy.PhraseEmbedder;
import dev.baton.handoff.policy.SignalClassifier;

/**
 * Binds the assistant that runs one turn, the access rule that decides which restricted documents
 * it may use (reads the AccessConfig), the knowledge base's health as turns see it, and the phrase embeddings and language-model signal
 * classifier (a {@code MessageLabeler}, which does nothing without an LLM) the escalation policy uses.
 * Needs a ConversationStore, the KnowledgeBase and its EmbeddingModel, the HandoffService, the
 * EscalationPolicy and a Clock from the other modules; reads no settings of its own.
 */
public final class AssistantModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(Assistant.class).in(Singleton.class);
        bind(AccessRule.class).in(Singleton.class);
        bind(KnowledgeHealth.class).in(Singleton.class);
        bind(HandoffSummarizer.class).in(Singleton.class);
        bind(PhraseEmbedder.class).to(KnowledgePhraseEmbedder.class).in(Singleton.class);
        bind(SignalClassifier.class).to(LanguageModelSignalClassifier.class).in(Singleton.class);
    }
}
