package dev.baton.bot.assistant;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import dev.baton.handoff.policy.ExplicitRequestDetector;

/**
 * Binds the assistant that runs one turn. Needs a ConversationStore, the KnowledgeBase, the
 * HandoffService and a Clock from the other modules; reads no settings of its own.
 */
public final class AssistantModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(Assistant.class).in(Singleton.class);
        bind(HandoffSummarizer.class).in(Singleton.class);
        bind(ExplicitRequestDetector.class).in(Singleton.class);
    }
}
