package dev.baton.bot.admin;

import java.time.Duration;
import java.util.Optional;

/** Escaping and the frame every admin page shares. All text from data goes through {@link #text}. */
final class Html {
    private Html() {}

    static String text(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String percent(Optional<Double> share) {
        return share.map(value -> Math.round(value * 1000) / 10.0 + "%").orElse("–");
    }

    static String duration(Optional<Duration> duration) {
        return duration.map(Html::duration).orElse("–");
    }

    static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 90) {
            return seconds + " s";
        }
        if (seconds < 90 * 60) {
            return Math.round(seconds / 60.0) + " min";
        }
        if (seconds < 48 * 3600) {
            return Math.round(seconds / 360.0) / 10.0 + " h";
        }
        return Math.round(seconds / 8640.0) / 10.0 + " d";
    }

    /** The page: title, navigation with the current page marked, and the body. */
    static String page(String title, String current, String body) {
        StringBuilder nav = new StringBuilder();
        for (String[] item : new String[][] {{"overview", "/admin", "Overview"}, {"queue", "/admin/queue", "Handoff queue"},
                {"review", "/admin/review", "Conversation review"}, {"gaps", "/admin/gaps", "Knowledge gaps"},
                {"proposed", "/admin/proposed", "Proposed answers"}}) {
            nav.append("<a href=\"").append(item[1]).append('"')
                    .append(item[0].equals(current) ? " aria-current=\"page\" class=\"current\"" : "")
                    .append('>').append(item[2]).append("</a>");
        }
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Baton admin</title><link rel="stylesheet" href="/admin/static/admin.css"></head>
                <body><header class="bar"><div class="brand"><span class="logo">B</span> Baton admin</div>
                <nav>%s</nav><form method="post" action="/admin/logout"><button class="link">Sign out</button></form></header>
                <main><h1>%s</h1>%s</main></body></html>
                """.formatted(text(title), nav, text(title), body);
    }
}
