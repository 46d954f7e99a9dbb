package dev.baton.bot.webchat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** Serves the web chat page and its two assets from the class path; nothing else is reachable. */
public final class StaticPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/webchat/app.js", "app.js",
            "/webchat/style.css", "style.css");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        String file = FILES.get(path);
        if (file == null) {
            response.sendError(404);
            return;
        }
        try (InputStream in = StaticPageServlet.class.getResourceAsStream("/webchat/" + file)) {
            if (in == null) {
                throw new IllegalStateException("web chat asset missing from the jar: " + file);
            }
            response.setContentType(TYPES.get(file.substring(file.lastIndexOf('.') + 1)));
            response.setHeader("Content-Security-Policy",
                    "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:");
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(response.getOutputStream());
        }
    }
}
