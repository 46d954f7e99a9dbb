package dev.baton.bot;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import dev.baton.bot.server.ServerConfig;
import dev.baton.bot.storage.DatabaseConfig;
import dev.baton.bot.webchat.WebChatConfig;
import dev.baton.handoff.lifecycle.HandoffConfig;
import dev.baton.knowledge.KnowledgeConfig;
import java.time.Clock;

/**
 * Binds every module's validated settings record and the system clock. Needs nothing; reads every
 * key. (The OpenAI settings are bound by OpenAiModule, installed only when an endpoint is configured.)
 */
public final class SettingsModule extends AbstractModule {
    private final AllSettings all;
    private final Clock clock;

    public SettingsModule(AllSettings all, Clock clock) {
        this.all = requireNonNull(all, "all is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    protected void configure() {
        bind(Clock.class).toInstance(clock);
        bind(ServerConfig.class).toInstance(all.server());
        bind(WebChatConfig.class).toInstance(all.webChat());
        bind(DatabaseConfig.class).toInstance(all.database());
        bind(KnowledgeConfig.class).toInstance(all.knowledge());
        bind(HandoffConfig.class).toInstance(all.handoff());
    }
}
