package dev.baton.bot.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads whatever a refused request still had to send (an endpoint that answered 413 or 415 early stops
 * reading), so the client, still sending, receives the answer instead of a reset connection. Bounded
 * by the server's request size limit.
 */
final class DrainUnreadBody implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        InputStream in;
        try {
            in = request.getInputStream();
        } catch (IllegalStateException readThroughTheReader) {
            return;
        }
        try {
            while (in.skip(Long.MAX_VALUE) > 0 || in.read() >= 0) {
                // discarded
            }
        } catch (IOException clientGone) {
            // The client stopped sending; nothing is left to drain.
        }
    }
}
