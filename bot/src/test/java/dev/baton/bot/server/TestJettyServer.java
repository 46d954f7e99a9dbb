package dev.baton.bot.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TestJettyServer {
    /** A turn that takes a while: the request is in flight when the server is told to stop. */
    static final class SlowTurn extends HttpServlet {
        private static final long serialVersionUID = 1L;
        final transient CountDownLatch entered = new CountDownLatch(1);

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            entered.countDown();
            try {
                Thread.sleep(700);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            response.setContentType("text/plain");
            response.getWriter().write("finished");
        }
    }

    @Test
    void stopLetsTurnsInFlightFinishAndRefusesNewOnes() throws Exception {
        SlowTurn slow = new SlowTurn();
        JettyServer server = new JettyServer(
                new ServerConfig("127.0.0.1", 0, Duration.ofSeconds(5), 1024 * 1024),
                Set.of(new Route("/slow", slow), new Route("/healthz", new HealthServlet(java.util.List.of(), false))));
        server.start();
        HttpClient http = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
                HttpRequest.newBuilder(server.baseUri().resolve("/slow")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(slow.entered.await(5, TimeUnit.SECONDS)).isTrue();

        server.stop();

        HttpResponse<String> response = inFlight.get(5, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("finished");
    }

    @Test
    void errorsNeverShowAStackTrace() throws Exception {
        JettyServer server = new JettyServer(new ServerConfig("127.0.0.1", 0, Duration.ofSeconds(1), 1024 * 1024),
                Set.of(new Route("/boom", new HttpServlet() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                        throw new IllegalStateException("internal detail that must not leak");
                    }
                })));
        server.start();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(server.baseUri().resolve("/boom")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).doesNotContain("internal detail").doesNotContain("at dev.baton");
            HttpResponse<String> missing = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(server.baseUri().resolve("/nothing-here")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).isEqualTo(404);
        } finally {
            server.stop();
        }
    }
}
