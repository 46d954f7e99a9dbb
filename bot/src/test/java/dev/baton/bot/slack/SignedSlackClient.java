package dev.baton.bot.slack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends requests to /slack/events as Slack does: X-Slack-Request-Timestamp and the v0 HMAC-SHA256 signature. */
final class SignedSlackClient {
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI events;
    private final String secret;

    SignedSlackClient(URI baseUri, String secret) {
        this.events = baseUri.resolve("/slack/events");
        this.secret = secret;
    }

    HttpResponse<String> json(String body) throws IOException, InterruptedException {
        return send(body, "application/json", Instant.now().getEpochSecond(), secret, "");
    }

    HttpResponse<String> json(String body, int retryNum) throws IOException, InterruptedException {
        return send(body, "application/json", Instant.now().getEpochSecond(), secret, String.valueOf(retryNum));
    }

    HttpResponse<String> form(String body) throws IOException, InterruptedException {
        return send(body, "application/x-www-form-urlencoded", Instant.now().getEpochSecond(), secret, "");
    }

    HttpResponse<String> send(String body, String contentType, long timestamp, String signingSecret, String retryNum)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(events)
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", signature(signingSecret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!retryNum.isEmpty()) {
            request.header("X-Slack-Retry-Num", retryNum).header("X-Slack-Retry-Reason", "http_timeout");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> unsigned(String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(events).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
