package dev.baton.bot;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import dev.baton.bot.admin.AdminConfig;
import dev.baton.bot.assistant.AssistantConfig;
import dev.baton.bot.access.AccessConfig;
import dev.baton.bot.conversation.CustomersConfig;
import dev.baton.bot.server.ServerConfig;
import dev.baton.bot.teams.TeamsConfig;
import dev.baton.bot.webchat.WebChatConfig;
import java.time.Clock;

/**
 * Binds the bot's validated settings records and the system clock. Needs nothing; reads every
 * key. (The knowledge, storage, handoff and OpenAI settings are bound by their own modules.)
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
        bind(TeamsConfig.class).toInstance(all.teams());
        bind(AdminConfig.class).toInstance(all.admin());
        bind(AssistantConfig.class).toInstance(all.assistant());
        bind(CustomersConfig.class).toInstance(all.customers());
        bind(AccessConfig.class).toInstance(all.access());
    }
}
