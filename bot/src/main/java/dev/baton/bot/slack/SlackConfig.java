package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.access.AccessConfig;
import dev.baton.config.Secret;
import dev.baton.config.Settings;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code slack} section of the settings. Slack is on ({@link #enabled()}) when both the bot
 * token and the signing secret are set; otherwise {@code serve} runs without it.
 */
public record SlackConfig(
        Optional<Secret> botToken,
        Optional<Secret> signingSecret,
        Optional<Secret> appToken,
        Optional<URI> apiUrl,
        boolean socketMode,
        String humanCommand,
        int maxMessageChars,
        int maxConcurrentTurns,
        ChannelSettings channels) {
    public static final String BOT_TOKEN = "slack.bot-token";
    public static final String SIGNING_SECRET = "slack.signing-secret";
    public static final String APP_TOKEN = "slack.app-token";
    public static final String API_URL = "slack.api-url";
    public static final String SOCKET_MODE = "slack.socket-mode";
    public static final String HUMAN_COMMAND = "slack.human-command";
    public static final String MAX_MESSAGE_CHARS = "slack.max-message-chars";
    public static final String MAX_CONCURRENT_TURNS = "slack.max-concurrent-turns";
    public static final String ENABLED_BY_DEFAULT = "slack.channels.enabled-by-default";
    public static final String ENABLED_CHANNELS = "slack.channels.enabled";
    public static final String DISABLED_CHANNELS = "slack.channels.disabled";
    public static final String AUTO_ANSWER_CHANNELS = "slack.channels.auto-answer";
    public static final String PRIVATE_ANSWER_CHANNELS = "slack.channels.private-answers";
    public static final String CHANNEL_PRODUCTS = "slack.channels.products";
    public static final String CHANNEL_ACCESS_TAGS = "slack.channels.access-tags";

    /** Where the Web API lives when {@code slack.api-url} is not set. */
    public static final URI DEFAULT_API_URL = URI.create("https://slack.com/api/");

    static final String DEFAULT_HUMAN_COMMAND = "/human";
    private static final Pattern COMMAND = Pattern.compile("/[a-z0-9_-]{1,31}");
    private static final Pattern CHANNEL_ID = Pattern.compile("[CGD][A-Z0-9]{2,}");
    private static final Pattern PRODUCT = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public SlackConfig {
        requireNonNull(botToken, "botToken is null");
        requireNonNull(signingSecret, "signingSecret is null");
        requireNonNull(appToken, "appToken is null");
        requireNonNull(apiUrl, "apiUrl is null");
        requireNonNull(humanCommand, "humanCommand is null");
        requireNonNull(channels, "channels is null");
        if (!COMMAND.matcher(humanCommand).matches()) {
            throw new IllegalArgumentException("humanCommand must be / and 1 to 31 lower-case letters, digits, - or _: "
                    + humanCommand);
        }
        if (maxMessageChars < 1 || maxMessageChars > 40_000) {
            throw new IllegalArgumentException("maxMessageChars must be from 1 to 40000: " + maxMessageChars);
        }
        if (maxConcurrentTurns < 1 || maxConcurrentTurns > 256) {
            throw new IllegalArgumentException("maxConcurrentTurns must be from 1 to 256: " + maxConcurrentTurns);
        }
    }

    /** Reads the {@code slack} section; problems are recorded in {@code settings}, never thrown. */
    public static SlackConfig from(Settings settings) {
        Optional<Secret> botToken = settings.secret(BOT_TOKEN);
        Optional<Secret> signingSecret = settings.secret(SIGNING_SECRET);
        Optional<Secret> appToken = settings.secret(APP_TOKEN);
        Optional<URI> apiUrl = settings.optionalUrl(API_URL).map(SlackConfig::withTrailingSlash);
        boolean socketMode = settings.flag(SOCKET_MODE);
        if (botToken.isPresent() != signingSecret.isPresent()) {
            String missing = botToken.isPresent() ? SIGNING_SECRET : BOT_TOKEN;
            String variable = botToken.isPresent() ? "SLACK_SIGNING_SECRET" : "SLACK_BOT_TOKEN";
            settings.report(missing, "must be set too: Slack needs both the bot token (xoxb-…) and the signing secret "
                    + "(environment variable " + variable + "), or neither to run without Slack");
        }
        botToken.filter(token -> !token.reveal().startsWith("xoxb-")).ifPresent(token -> settings.report(BOT_TOKEN,
                "must be a bot token starting with xoxb- (OAuth & Permissions page of the Slack app)"));
        if (socketMode) {
            settings.report(SOCKET_MODE, "Socket Mode is not supported yet; set it to false and give Slack the "
                    + "Request URL https://<your host>/slack/events (see docs/slack/README.md)");
        }
        String command = settings.string(HUMAN_COMMAND).strip();
        if (!COMMAND.matcher(command).matches()) {
            settings.report(HUMAN_COMMAND, "must be a slash command such as /human: a / then 1 to 31 lower-case "
                    + "letters, digits, - or _");
            command = DEFAULT_HUMAN_COMMAND;
        }
        int maxChars = settings.integer(MAX_MESSAGE_CHARS, 1, 40_000);
        return new SlackConfig(botToken, signingSecret, appToken, apiUrl, socketMode, command, maxChars,
                settings.integer(MAX_CONCURRENT_TURNS, 1, 256), channels(settings));
    }

    private static ChannelSettings channels(Settings settings) {
        Set<String> enabled = channelIds(settings, ENABLED_CHANNELS);
        Set<String> disabled = channelIds(settings, DISABLED_CHANNELS);
        Set<String> both = new HashSet<>(enabled);
        both.retainAll(disabled);
        if (!both.isEmpty()) {
            settings.report(DISABLED_CHANNELS, "names channels that " + ENABLED_CHANNELS + " also names: "
                    + both.stream().sorted().toList() + "; list each channel in one of them");
            disabled.removeAll(both);
        }
        Map<String, String> products = new HashMap<>();
        for (String entry : settings.stringList(CHANNEL_PRODUCTS)) {
            String[] parts = entry.split("=", 2);
            String channel = parts[0].strip();
            String product = parts.length == 2 ? parts[1].strip() : "";
            if (!CHANNEL_ID.matcher(channel).matches() || !PRODUCT.matcher(product).matches()) {
                settings.report(CHANNEL_PRODUCTS, "entry \"" + entry + "\" must be <channel id>=<product>, such as "
                        + "C0123ABCD=payroll (product: letters, digits, . _ -)");
            } else {
                products.put(channel, product);
            }
        }
        Map<String, Set<String>> accessTags = AccessConfig.pairs(settings, CHANNEL_ACCESS_TAGS,
                "<channel id>=<tag>, such as C0123ABCD=hr", true);
        for (String channel : List.copyOf(accessTags.keySet())) {
            if (!CHANNEL_ID.matcher(channel).matches()) {
                settings.report(CHANNEL_ACCESS_TAGS, "\"" + channel + "\" is not a Slack channel id; use ids such as "
                        + "C0123ABCD (channel details → About, at the bottom), not names");
                accessTags.remove(channel);
            }
        }
        return new ChannelSettings(settings.flag(ENABLED_BY_DEFAULT), enabled, disabled,
                channelIds(settings, AUTO_ANSWER_CHANNELS), channelIds(settings, PRIVATE_ANSWER_CHANNELS), products,
                accessTags);
    }

    private static Set<String> channelIds(Settings settings, String key) {
        Set<String> ids = new HashSet<>();
        List<String> values = settings.stringList(key);
        for (String value : values) {
            String id = value.strip();
            if (CHANNEL_ID.matcher(id).matches()) {
                ids.add(id);
            } else {
                settings.report(key, "\"" + value + "\" is not a Slack channel id; use ids such as C0123ABCD "
                        + "(channel details → About, at the bottom), not names");
            }
        }
        return ids;
    }

    private static URI withTrailingSlash(URI uri) {
        return uri.toString().endsWith("/") ? uri : URI.create(uri + "/");
    }

    /** Whether Baton serves Slack: both the bot token and the signing secret are set. */
    public boolean enabled() {
        return botToken.isPresent() && signingSecret.isPresent();
    }

    /** The Web API base URL, ending in a slash. */
    public URI effectiveApiUrl() {
        return apiUrl.orElse(DEFAULT_API_URL);
    }
}
