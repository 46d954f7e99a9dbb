package dev.baton.bot.cli;

import com.google.inject.Injector;
import dev.baton.bot.AllSettings;
import dev.baton.bot.Composition;
import dev.baton.bot.Lifecycle;
import dev.baton.bot.server.JettyServer;
import java.time.Clock;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Runs Baton until it is told to stop (SIGTERM / Ctrl-C), then drains turns in flight. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start Baton: the web chat at /, /healthz and /readyz; the knowledge base is brought up to date first.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    SettingsOption settingsOption;

    @Override
    public Integer call() throws Exception {
        Logger log = LoggerFactory.getLogger(ServeCommand.class);
        AllSettings all = settingsOption.load();
        all.settings().effective().forEach((key, value) -> log.info("setting {} = {}", key, value));
        Injector injector = Composition.create(all, Clock.systemUTC(), EnumSet.of(Composition.Part.SERVER));
        JettyServer server = injector.getInstance(JettyServer.class);
        Lifecycle lifecycle = Composition.serverLifecycle(injector);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(() -> {
            log.info("Stopping: finishing turns in flight");
            lifecycle.stop();
            stopped.countDown();
        }));
        lifecycle.start();
        System.out.println("Baton is ready: open " + server.baseUri() + " to chat (Ctrl-C stops it).");
        stopped.await();
        return 0;
    }
}
