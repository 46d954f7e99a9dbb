package dev.baton.bot;

import com.google.inject.AbstractModule;
import com.openai.client.OpenAIClient;
import dev.baton.bot.server.JettyServer;
import dev.baton.bot.storage.Database;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Singleton;
import com.google.inject.Stage;
import com.google.inject.name.Names;
import com.google.inject.util.Modules;
import dev.baton.bot.admin.AdminModule;
import dev.baton.bot.assistant.AssistantModule;
import dev.baton.bot.handoff.HandoffDeskModule;
import dev.baton.bot.metrics.MetricsModule;
import dev.baton.bot.handoff.SlaPager;
import dev.baton.bot.server.ReadinessChecksModule;
import dev.baton.bot.server.ServerModule;
import dev.baton.bot.slack.SlackModule;
import dev.baton.bot.slack.SlackInboxWorker;
import dev.baton.bot.slack.SlackTurnExecutor;
import dev.baton.bot.storage.StorageModule;
import dev.baton.bot.teams.TeamsModule;
import dev.baton.bot.teams.TeamsTurns;
import dev.baton.bot.webchat.WebChatModule;
import dev.baton.handoff.lifecycle.HandoffModule;
import dev.baton.handoff.policy.PolicyModule;
import dev.baton.knowledge.IndexKind;
import dev.baton.knowledge.KnowledgeModule;
import dev.baton.knowledge.answer.Answerer;
import dev.baton.knowledge.answer.ConversationSummarizer;
import dev.baton.knowledge.answer.MessageLabeler;
import dev.baton.knowledge.answer.llm.OpenAiConversationSummarizer;
import dev.baton.knowledge.answer.llm.OpenAiMessageLabeler;
import dev.baton.knowledge.answer.llm.OpenAiAnswerer;
import dev.baton.knowledge.answer.llm.OpenAiConfig;
import dev.baton.knowledge.answer.llm.OpenAiModule;
import dev.baton.knowledge.categorize.CategorizationModule;
import dev.baton.knowledge.index.lucene.LuceneIndexModule;
import dev.baton.knowledge.index.qdrant.QdrantIndexModule;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The composition root: the one place where implementations are chosen (Lucene or Qdrant,
 * extractive or LLM answers, Slack on or off) and modules are listed. Each command asks for the parts it needs.
 */
public final class Composition {
    /** The parts of the graph a command can ask for. */
    public enum Part {
        KNOWLEDGE,
        STATE,
        SERVER
    }

    private Composition() {}

    public static Injector create(AllSettings all, Clock clock, Set<Part> parts) {
        return create(all, clock, parts, List.of());
    }

    /**
     * The graph with some bindings replaced: what tests use to stand a fault-injecting double (an
     * index that fails) where the real component would be, with everything else as {@code serve} builds it.
     */
    public static Injector create(AllSettings all, Clock clock, Set<Part> parts, List<Module> overrides) {
        Set<Part> wanted = EnumSet.copyOf(parts);
        if (wanted.contains(Part.SERVER)) {
            wanted.add(Part.KNOWLEDGE);
            wanted.add(Part.STATE);
        }
        List<Module> modules = new ArrayList<>();
        modules.add(new SettingsModule(all, clock));
        modules.add(new StrictModule());
        if (wanted.contains(Part.KNOWLEDGE)) {
            modules.add(new KnowledgeModule(all.knowledge()));
            modules.add(all.knowledge().index() == IndexKind.QDRANT
                    ? new QdrantIndexModule(all.qdrant())
                    : new LuceneIndexModule());
            modules.add(new AnswererChoice(all.openAi()));
            modules.add(new KnowledgeLifecycleModule());
            modules.add(new CategorizationModule(all.categorization()));
        }
        if (wanted.contains(Part.STATE)) {
            modules.add(new StorageModule(all.database()));
            modules.add(new HandoffModule(all.handoff()));
        }
        if (wanted.contains(Part.SERVER)) {
            modules.add(new AssistantModule());
            modules.add(new HandoffDeskModule());
            modules.add(new PolicyModule(all.escalation()));
            modules.add(new ServerModule());
            modules.add(new MetricsModule());
            modules.add(new AdminModule(all.admin()));
            modules.add(new ReadinessChecksModule());
            modules.add(new WebChatModule());
            if (all.teams().enabled()) {
                modules.add(new TeamsModule());
            }
            if (all.slack().enabled()) {
                modules.add(new SlackModule(all.slack(), all.slackInbox()));
            }
        }
        return Guice.createInjector(Stage.PRODUCTION,
                overrides.isEmpty() ? modules : List.of(Modules.override(modules).with(overrides)));
    }

    /**
     * What {@code serve} starts, in order: the database first, then the index and the LLM client,
     * then the knowledge base is brought up to date, and the HTTP server last (so it stops first).
     */
    public static Lifecycle serverLifecycle(Injector injector) {
        List<Managed> parts = new ArrayList<>();
        parts.add(injector.getInstance(Database.class));
        parts.add(injector.getInstance(IndexLifecycle.class));
        if (injector.getExistingBinding(Key.get(OpenAIClient.class)) != null) {
            parts.add(new LanguageModelLifecycle(injector.getInstance(OpenAIClient.class)));
        }
        parts.add(injector.getInstance(StartupIngestion.class));
        parts.add(injector.getInstance(SlaPager.class));
        if (injector.getExistingBinding(Key.get(TeamsTurns.class)) != null) {
            parts.add(injector.getInstance(TeamsTurns.class));
        }
        if (injector.getExistingBinding(Key.get(SlackTurnExecutor.class)) != null) {
            // Before the server, so it stops after it: acknowledged turns finish before Baton exits.
            parts.add(injector.getInstance(SlackTurnExecutor.class));
            // After the executor (it submits turns to it), before the server (it stores what the server accepts).
            parts.add(injector.getInstance(SlackInboxWorker.class));
        }
        parts.add(injector.getInstance(JettyServer.class));
        return new Lifecycle(parts);
    }

    /** Guice as airlift runs it: every binding explicit, no circular proxies. */
    private static final class StrictModule extends AbstractModule {
        @Override
        protected void configure() {
            binder().requireExplicitBindings();
            binder().disableCircularProxies();
        }
    }

    /** The bot-side parts that keep the index open and up to date. */
    private static final class KnowledgeLifecycleModule extends AbstractModule {
        @Override
        protected void configure() {
            bind(StartupIngestion.class).in(Singleton.class);
            bind(IndexLifecycle.class).in(Singleton.class);
        }
    }

    /**
     * Answers (and writes handoff summaries) through an OpenAI-compatible endpoint when one is
     * configured, extractively otherwise.
     */
    private static final class AnswererChoice extends AbstractModule {
        private final OpenAiConfig openAi;

        AnswererChoice(OpenAiConfig openAi) {
            this.openAi = openAi;
        }

        @Override
        protected void configure() {
            if (openAi.enabled()) {
                install(new OpenAiModule(openAi));
                bind(Answerer.class).to(OpenAiAnswerer.class);
                bind(ConversationSummarizer.class).to(OpenAiConversationSummarizer.class);
                bind(MessageLabeler.class).to(OpenAiMessageLabeler.class);
            } else {
                bind(Answerer.class).to(Key.get(Answerer.class, Names.named("extractive")));
                bind(ConversationSummarizer.class).toInstance(ConversationSummarizer.NONE);
                bind(MessageLabeler.class).toInstance(MessageLabeler.NONE);
            }
        }
    }
}
