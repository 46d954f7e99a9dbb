package dev.baton.bot.teams;

import static java.util.Objects.requireNonNull;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import dev.baton.bot.server.HttpProblem;
import dev.baton.bot.server.JsonServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bot Framework endpoint {@code POST /api/messages}. Checks the request's token first (401 when it
 * is missing or invalid), then answers at once with 202 and runs the turn on {@link TeamsTurns}: the
 * reply goes to the Bot Connector at the activity's {@code serviceUrl}, so a slow answer never makes
 * Teams retry. Invoke activities need their result in the HTTP response, so they run while it waits.
 */
final class TeamsActivityServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(TeamsActivityServlet.class);
    private static final int MAX_BODY_BYTES = 256 * 1024;
    /** Teams gives a bot 15 seconds to answer an invoke; answer a little before. */
    private static final long INVOKE_TIMEOUT_SECONDS = 12;

    private final transient TeamsBotAdapter adapter;
    private final transient BatonTeamsBot bot;
    private final transient TeamsTurns turns;

    TeamsActivityServlet(TeamsBotAdapter adapter, BatonTeamsBot bot, TeamsTurns turns) {
        this.adapter = requireNonNull(adapter, "adapter is null");
        this.bot = requireNonNull(bot, "bot is null");
        this.turns = requireNonNull(turns, "turns is null");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Activity activity;
        try {
            activity = read(request);
        } catch (BadRequest e) {
            writeProblem(response, e.problem());
            return;
        }
        ClaimsIdentity identity;
        try {
            identity = adapter.authenticate(activity, request.getHeader("Authorization")).join();
        } catch (CompletionException e) {
            if (causedBy(e, AuthenticationException.class) || causedBy(e, JWTVerificationException.class)) {
                log.warn("Rejected a Teams {} activity: {}", activity.getType(), rootMessage(e));
                writeProblem(response, new HttpProblem(401, "the request is not signed by the Bot Framework for this bot",
                        "Authorization", "send the Bot Connector's Bearer token for this app id"));
                return;
            }
            throw e;
        }
        if (ActivityTypes.INVOKE.equals(activity.getType())) {
            invoke(identity, activity, response);
            return;
        }
        try {
            turns.submit(activity.getConversation().getId(),
                    () -> adapter.processActivity(identity, activity, bot::onTurn).join());
        } catch (IllegalStateException e) {
            // Stopping: the Bot Connector retries a 503 on another replica (or after the restart).
            writeProblem(response, new HttpProblem(503, "Baton is stopping", "", "send the activity again"));
            return;
        }
        response.setStatus(202);
    }

    private void invoke(ClaimsIdentity identity, Activity activity, HttpServletResponse response) throws IOException {
        InvokeResponse result;
        try {
            result = adapter.processActivity(identity, activity, bot::onTurn).get(INVOKE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.setStatus(503);
            return;
        } catch (ExecutionException | TimeoutException e) {
            log.error("Teams invoke {} failed in conversation {}", activity.getName(), activity.getConversation().getId(), e);
            response.setStatus(500);
            return;
        }
        if (result == null) {
            response.setStatus(200);
            return;
        }
        if (result.getBody() == null) {
            response.setStatus(result.getStatus());
            return;
        }
        response.setStatus(result.getStatus());
        response.setContentType("application/json");
        TeamsJson.MAPPER.writeValue(response.getOutputStream(), result.getBody());
    }

    private static Activity read(HttpServletRequest request) throws IOException {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new BadRequest(415, "Content-Type", "a Bot Framework activity is JSON", "send Content-Type: application/json");
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new BadRequest(413, "body", "the activity is larger than " + MAX_BODY_BYTES / 1024 + " KiB", "send less");
        }
        Activity activity;
        try {
            activity = TeamsJson.MAPPER.readValue(body, Activity.class);
        } catch (JsonProcessingException e) {
            throw new BadRequest(400, "body", "the body is not a Bot Framework activity: " + e.getOriginalMessage(),
                    "send an Activity as the Bot Framework REST API documents it");
        }
        if (activity == null || activity.getType() == null || activity.getType().isBlank()) {
            throw new BadRequest(400, "type", "the activity has no type", "set type, such as message");
        }
        if (activity.getServiceUrl() == null || activity.getServiceUrl().isBlank()) {
            throw new BadRequest(400, "serviceUrl", "the activity has no serviceUrl, so no reply could be sent",
                    "set serviceUrl to the Bot Connector's URL");
        }
        if (activity.getConversation() == null || activity.getConversation().getId() == null
                || activity.getFrom() == null || activity.getFrom().getId() == null) {
            throw new BadRequest(400, "conversation", "the activity needs conversation.id and from.id",
                    "send the activity as Teams does");
        }
        return activity;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
