package dev.baton.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.bot.testing.RunningBaton;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database goes away while Slack events arrive: Baton cannot store the message, so Slack gets a
 * non-200 and retries; once PostgreSQL is back the retry is stored and answered, once.
 */
@Tag("slow")
class TestSlackDatabaseDown {
    private static EmbeddedPostgres postgres(Path data, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    @Test
    void slackIsToldToRetryWhileTheDatabaseIsDownAndTheRetryIsAnsweredOnce(@TempDir Path root) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path pgData = Files.createDirectories(root.resolve("pg"));
        EmbeddedPostgres postgres = postgres(pgData, port);
        try (CapturedSlackApi api = new CapturedSlackApi()) {
            Map<String, String> env = SlackTraffic.environment(api, SlackTraffic.knowledgeBase(root));
            env.put("DATABASE_URL", "jdbc:postgresql://localhost:" + port + "/postgres");
            env.put("DATABASE_USERNAME", "postgres");
            env.put("BATON_DATABASE_CONNECT_TIMEOUT", "1s");
            RunningBaton baton = RunningBaton.start(env);
            try {
                SignedSlackClient slack = new SignedSlackClient(baton.baseUri(), SlackTraffic.SECRET);
                String channel = SlackAppHarness.newChannel();
                List<SlackTraffic.Sent> sent = SlackTraffic.mentions(channel, 2);
                assertThat(slack.json(sent.get(0).body().toString()).statusCode()).isEqualTo(200);
                SlackTraffic.awaitEveryMessageAnswered(api, channel, sent.subList(0, 1), Duration.ofSeconds(30));

                postgres.close();
                HttpResponse<String> refused = slack.json(sent.get(1).body().toString());
                assertThat(refused.statusCode()).as("Slack must retry: %s", refused.body()).isGreaterThanOrEqualTo(500);
                assertThat(refused.body()).doesNotContain("Exception").doesNotContain("at dev.baton");

                postgres = postgres(pgData, port);
                HttpResponse<String> retried = slack.json(sent.get(1).body().toString(), 1);
                assertThat(retried.statusCode()).isEqualTo(200);
                SlackTraffic.awaitEveryMessageAnswered(api, channel, sent, Duration.ofSeconds(30));
                assertThat(slack.json(sent.get(1).body().toString(), 2).statusCode()).as("a late retry").isEqualTo(200);
                Thread.sleep(1000);
                SlackTraffic.assertExactlyOnce(api, channel, sent);
            } finally {
                baton.stop();
            }
        } finally {
            postgres.close();
        }
    }
}
