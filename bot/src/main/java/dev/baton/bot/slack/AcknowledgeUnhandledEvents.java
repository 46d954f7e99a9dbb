package dev.baton.bot.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A verified event of a type Baton has no listener for gets a 200 (Bolt answers 404), so Slack
 * neither retries it nor, after enough failures, turns the app's event subscriptions off.
 */
final class AcknowledgeUnhandledEvents implements Middleware {
    private static final Logger log = LoggerFactory.getLogger(AcknowledgeUnhandledEvents.class);

    @Override
    @SuppressWarnings("rawtypes") // Bolt's Middleware declares the raw type
    public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
        Response result = chain.next(request);
        if (request.getRequestType() == RequestType.Event && result.getStatusCode() == 404) {
            log.debug("Slack event {} has no listener; acknowledged and ignored",
                    ((EventRequest) request).getEventTypeAndSubtype());
            return Response.ok();
        }
        return result;
    }
}
