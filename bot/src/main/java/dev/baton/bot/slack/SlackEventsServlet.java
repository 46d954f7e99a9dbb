package dev.baton.bot.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Bolt's servlet with one thing added in front: a correctly signed JSON body that is not JSON gets
 * 400 (Bolt would answer 500, and Slack would retry a request that can never succeed). Unsigned,
 * forged and stale requests still reach Bolt's own verification, which answers 401.
 */
final class SlackEventsServlet extends SlackAppServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient SlackSignature.Verifier verifier;

    SlackEventsServlet(App app, String signingSecret) {
        super(app);
        this.verifier = new SlackSignature.Verifier(new SlackSignature.Generator(signingSecret));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readAllBytes();
        String text = new String(body, StandardCharsets.UTF_8);
        String type = String.valueOf(request.getContentType());
        if (type.startsWith("application/json") && signedCorrectly(request, text) && !isJson(text)) {
            response.setStatus(400);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"the request body is not valid JSON\"}");
            return;
        }
        super.doPost(new CachedBody(request, body), response);
    }

    private boolean signedCorrectly(HttpServletRequest request, String body) {
        String timestamp = request.getHeader(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP);
        String signature = request.getHeader(SlackSignature.HeaderNames.X_SLACK_SIGNATURE);
        return timestamp != null && signature != null && verifier.isValid(timestamp, body, signature);
    }

    private static boolean isJson(String text) {
        try {
            JSON.readTree(text);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** The request with its body read once and replayed to Bolt. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }
    }
}
