package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import com.slack.api.Slack;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Baton's Bolt app: request verification (Bolt's, always on), then listeners that only translate
 * Slack's payloads into {@link SlackInbound} / {@link SlackClick} and hand them on. Every listener
 * returns the ack at once; the work runs on the turn executor.
 */
final class SlackBoltApp {
    private static final Logger log = LoggerFactory.getLogger(SlackBoltApp.class);
    private static final Pattern BATON_BUTTONS = Pattern.compile("baton_.*");
    private static final Pattern STAFF_BUTTONS = Pattern.compile("(staff|survey)_.*");

    private SlackBoltApp() {}

    static App create(SlackConfig config, Slack slack, SlackTurns turns, SlackActions actions, SlackStaffActions staff) {
        requireNonNull(config, "config is null");
        App app = new App(AppConfig.builder()
                .signingSecret(config.signingSecret().orElseThrow().reveal())
                .singleTeamBotToken(config.botToken().orElseThrow().reveal())
                .slack(slack)
                .build());
        app.use(new AcknowledgeUnhandledEvents());

        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent event = payload.getEvent();
            if (event.getBotId() == null) {
                turns.accept(new SlackInbound(payload.getEventId(), team(payload, ctx), event.getChannel(), false,
                        event.getUser(), SlackInbound.withoutMention(text(event.getText()), ctx.getBotUserId()),
                        event.getTs(), Optional.ofNullable(event.getThreadTs()), true, hasFiles(event.getFiles())));
            }
            return ctx.ack();
        });
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent event = payload.getEvent();
            if (event.getBotId() == null && event.getUser() != null) {
                turns.accept(inbound(payload, ctx, event.getChannel(), event.getChannelType(), event.getUser(),
                        event.getText(), event.getTs(), event.getThreadTs(), hasFiles(event.getFiles())));
            }
            return ctx.ack();
        });
        app.event(MessageFileShareEvent.class, (payload, ctx) -> {
            MessageFileShareEvent event = payload.getEvent();
            if (event.getUser() != null) {
                turns.accept(inbound(payload, ctx, event.getChannel(), event.getChannelType(), event.getUser(),
                        event.getText(), event.getTs(), event.getThreadTs(), true));
            }
            return ctx.ack();
        });
        // Other bots (and Baton's own messages, which Bolt already drops) never start a turn.
        app.event(MessageBotEvent.class, (payload, ctx) -> ctx.ack());
        // An edit does not re-ask: the answer stands and the person can ask again. A deletion leaves
        // Baton's answer in place; it may be what others in the thread read.
        app.event(MessageChangedEvent.class, (payload, ctx) -> ctx.ack());
        app.event(MessageDeletedEvent.class, (payload, ctx) -> ctx.ack());
        app.event(MessageThreadBroadcastEvent.class, (payload, ctx) -> ctx.ack());

        app.blockAction(BATON_BUTTONS, (request, ctx) -> {
            click(request, ctx).ifPresent(actions::clicked);
            return ctx.ack();
        });
        app.blockAction(STAFF_BUTTONS, (request, ctx) -> {
            click(request, ctx).ifPresent(staff::clicked);
            return ctx.ack();
        });
        app.command(config.humanCommand(), (request, ctx) -> {
            var command = request.getPayload();
            actions.humanCommand(command.getTeamId(), command.getUserId(), text(command.getText()));
            return ctx.ack("Asking a person from the support team for you; I'll confirm in our direct messages.");
        });
        return app;
    }

    private static SlackInbound inbound(EventsApiPayload<?> payload, EventContext ctx, String channel,
            String channelType, String user, String text, String ts, String threadTs, boolean files) {
        String body = text(text);
        boolean mention = ctx.getBotUserId() != null && body.contains("<@" + ctx.getBotUserId() + ">");
        return new SlackInbound(payload.getEventId(), team(payload, ctx), channel, "im".equals(channelType), user,
                mention ? SlackInbound.withoutMention(body, ctx.getBotUserId()) : body.strip(), ts,
                Optional.ofNullable(threadTs), mention, files);
    }

    private static Optional<SlackClick> click(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        if (payload.getActions() == null || payload.getActions().isEmpty() || payload.getUser() == null
                || payload.getChannel() == null) {
            log.warn("A Slack button click without an action, a user or a channel; ignored");
            return Optional.empty();
        }
        BlockActionPayload.Action action = payload.getActions().get(0);
        Optional<String> messageTs = Optional.ofNullable(payload.getContainer())
                .map(BlockActionPayload.Container::getMessageTs)
                .or(() -> Optional.ofNullable(payload.getMessage()).map(message -> message.getTs()));
        // A user picker carries the chosen person instead of a value.
        String value = action.getValue() != null ? action.getValue() : text(action.getSelectedUser());
        return Optional.of(new SlackClick(action.getActionId(), value, payload.getUser().getId(),
                payload.getChannel().getId(), messageTs));
    }

    private static String team(EventsApiPayload<?> payload, EventContext ctx) {
        return Optional.ofNullable(payload.getTeamId()).or(() -> Optional.ofNullable(ctx.getTeamId())).orElse("T0");
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    private static boolean hasFiles(java.util.List<?> files) {
        return files != null && !files.isEmpty();
    }
}
