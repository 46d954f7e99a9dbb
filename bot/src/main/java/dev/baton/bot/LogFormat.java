package dev.baton.bot;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import dev.baton.config.Settings;
import org.slf4j.LoggerFactory;

/** The {@code log.format} setting: readable text lines, or one JSON object per line. */
public enum LogFormat {
    TEXT,
    JSON;

    public static LogFormat from(Settings settings) {
        return settings.choice("log.format", LogFormat.class);
    }

    /**
     * Reconfigures Logback (the one backend, in this module) from logback.xml with this format; the
     * file picks its appender from the {@code BATON_LOG_FORMAT} property.
     */
    public void apply() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        String wanted = name().toLowerCase(java.util.Locale.ROOT);
        if (wanted.equals(context.getProperty("BATON_LOG_FORMAT"))) {
            return;
        }
        context.reset();
        context.putProperty("BATON_LOG_FORMAT", wanted);
        try {
            new ContextInitializer(context).autoConfig();
        } catch (JoranException e) {
            throw new IllegalStateException("logback.xml is packaged with Baton and always reads", e);
        }
    }
}
