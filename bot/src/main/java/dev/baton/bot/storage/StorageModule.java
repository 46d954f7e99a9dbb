package dev.baton.bot.storage;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.baton.bot.conversation.ConversationStore;
import dev.baton.bot.conversation.FeedbackStore;
import org.jdbi.v3.core.Jdbi;

/**
 * Baton's state storage. Binds {@link DatabaseConfig} (the instance given, read from the
 * {@code database} settings by the composition root), {@link Database} (a {@code Managed} the
 * composition root starts first and stops last), its {@link Jdbi} (which the handoff module's store
 * also uses), the {@link ConversationStore} and the {@link FeedbackStore}. Needs nothing else; does no I/O until
 * {@link Database#start()}.
 */
public final class StorageModule extends AbstractModule {
    private final DatabaseConfig config;

    public StorageModule(DatabaseConfig config) {
        this.config = requireNonNull(config, "config is null");
    }

    @Override
    protected void configure() {
        bind(DatabaseConfig.class).toInstance(config);
    }

    @Provides
    @Singleton
    Database database(DatabaseConfig databaseConfig) {
        return new Database(databaseConfig);
    }

    @Provides
    @Singleton
    Jdbi jdbi(Database database) {
        return database.jdbi();
    }

    @Provides
    @Singleton
    ConversationStore conversationStore(Jdbi jdbi) {
        return new JdbiConversationStore(jdbi);
    }

    @Provides
    @Singleton
    FeedbackStore feedbackStore(Jdbi jdbi) {
        return new JdbiFeedbackStore(jdbi);
    }
}
