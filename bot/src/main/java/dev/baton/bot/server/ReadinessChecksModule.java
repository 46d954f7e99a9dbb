package dev.baton.bot.server;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.baton.bot.assistant.KnowledgeHealth;
import dev.baton.bot.storage.Database;
import dev.baton.config.BatonException;
import dev.baton.knowledge.KnowledgeBase;
import jakarta.inject.Inject;

/**
 * Adds the conditions for taking traffic to {@code /readyz}: the knowledge base has content and can
 * be searched (the last search a turn made did not fail), and the database answers. Needs the
 * KnowledgeBase, the assistant's KnowledgeHealth and the Database; reads no settings.
 */
public final class ReadinessChecksModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder<ReadinessCheck> checks = Multibinder.newSetBinder(binder(), ReadinessCheck.class);
        checks.addBinding().to(KnowledgeIndexed.class);
        checks.addBinding().to(DatabaseAnswers.class);
    }

    static final class KnowledgeIndexed implements ReadinessCheck {
        private final KnowledgeBase knowledge;
        private final KnowledgeHealth health;

        @Inject
        KnowledgeIndexed(KnowledgeBase knowledge, KnowledgeHealth health) {
            this.knowledge = knowledge;
            this.health = health;
        }

        @Override
        public String name() {
            return "knowledge";
        }

        @Override
        public Result check() {
            // Counting can work while searching does not (a corrupt segment, a Qdrant shard down):
            // the turns' own searches say so.
            var down = health.down();
            if (down.isPresent()) {
                return new Result(false, "searches failing since " + down.get().at() + " (" + down.get().code() + ")");
            }
            long chunks;
            try {
                chunks = knowledge.indexedChunks();
            } catch (BatonException e) {
                // A remote index (Qdrant) that is down or slow: not ready, and say which kind of failure.
                return new Result(false, "index unreachable (" + e.code() + ")");
            }
            return chunks > 0
                    ? new Result(true, chunks + " chunks indexed")
                    : new Result(false, "nothing indexed yet: ingest documents (baton ingest PATH)");
        }
    }

    static final class DatabaseAnswers implements ReadinessCheck {
        private final Database database;

        @Inject
        DatabaseAnswers(Database database) {
            this.database = database;
        }

        @Override
        public String name() {
            return "database";
        }

        @Override
        public Result check() {
            try {
                database.jdbi().withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one());
                return new Result(true, "reachable");
            } catch (RuntimeException e) {
                // The detail is shown to whoever probes readiness: the kind of failure, not its text.
                return new Result(false, "unreachable (" + e.getClass().getSimpleName() + ")");
            }
        }
    }
}
