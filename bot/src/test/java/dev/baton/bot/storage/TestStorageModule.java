package dev.baton.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.baton.bot.conversation.Conversation;
import dev.baton.bot.conversation.ConversationKey;
import dev.baton.bot.conversation.ConversationStore;
import dev.baton.bot.conversation.CustomerContext;
import dev.baton.bot.conversation.Participant;
import dev.baton.bot.conversation.Surface;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestStorageModule {
    @TempDir
    Path directory;

    @Test
    void bindsAStoreThatWorksOnceTheDatabaseStarts() {
        DatabaseConfig config = new DatabaseConfig(DatabaseConfig.SQLITE_PREFIX + directory.resolve("baton.db"),
                Optional.empty(), Optional.empty(), 2, Duration.ofSeconds(5));
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new StorageModule(config), new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                binder().disableCircularProxies();
            }
        });
        Database database = injector.getInstance(Database.class);
        assertThat(injector.getInstance(DatabaseConfig.class)).isSameAs(config);
        assertThat(injector.getInstance(Jdbi.class)).isSameAs(database.jdbi());
        // Building the injector did no I/O: the file appears only when the database starts.
        assertThat(directory.resolve("baton.db")).doesNotExist();

        database.start();
        try {
            ConversationStore store = injector.getInstance(ConversationStore.class);
            Conversation conversation = store.findOrStart(new ConversationKey(Surface.WEBCHAT, "", "local", "s-1"),
                    new Participant("web-1", "Visitor"), CustomerContext.unknown(), Instant.parse("2026-11-28T12:00:00Z"));
            assertThat(store.find(conversation.id())).contains(conversation);
        } finally {
            database.stop();
        }
    }
}
