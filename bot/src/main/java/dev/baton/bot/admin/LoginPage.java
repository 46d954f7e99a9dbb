package dev.baton.bot.admin;

import java.util.Optional;

/** Sign-in with the admin token; or, with no token configured, how to turn the pages on. */
final class LoginPage {
    private LoginPage() {}

    static String render(Optional<String> error) {
        return frame("""
                <form method="post" action="/admin/login" class="login">
                <h1>Sign in to Baton admin</h1>%s
                <label for="token">Admin token</label>
                <input id="token" name="token" type="password" autocomplete="current-password" required autofocus>
                <button>Sign in</button>
                <p class="note">The token is the value of BATON_ADMIN_TOKEN on the server.</p></form>
                """.formatted(error.map(e -> "<p class=\"error\" role=\"alert\">" + Html.text(e) + "</p>").orElse("")));
    }

    static String disabled() {
        return frame("""
                <div class="login"><h1>The admin pages are off</h1>
                <p>To turn them on, set <code>BATON_ADMIN_TOKEN</code> (or <code>admin.token</code> in the settings
                file) to a long random string, at least 16 characters, and restart Baton. Then sign in here with it.</p></div>
                """);
    }

    private static String frame(String body) {
        return """
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1"><title>Baton admin</title>
                <link rel="stylesheet" href="/admin/static/admin.css"></head><body class="center">%s</body></html>
                """.formatted(body);
    }
}
