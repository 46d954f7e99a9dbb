package dev.baton.bot.admin;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.server.HttpProblem;
import dev.baton.bot.server.JsonServlet;
import dev.baton.handoff.lifecycle.HandoffService;
import dev.baton.handoff.lifecycle.HandoffTicket;
import dev.baton.handoff.lifecycle.SlaTimer;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The admin pages under {@code /admin} and their JSON under {@code /admin/api}. Nothing but the
 * sign-in page and the style sheet is served without a valid session cookie or bearer token; with
 * no token configured, every page says how to turn them on.
 */
final class AdminServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;
    static final String COOKIE = "baton_admin";
    private static final List<Integer> PERIODS = List.of(7, 30, 90);
    private static final int REVIEW_ITEMS = 30;
    private static final int PROPOSALS = 50;

    private final transient AdminSessions sessions;
    private final transient AdminReports reports;
    private final transient ReviewQueue review;
    private final transient ProposedAnswers proposals;
    private final transient HandoffService handoffs;
    private final transient Clock clock;

    AdminServlet(AdminSessions sessions, AdminReports reports, ReviewQueue review, ProposedAnswers proposals,
            HandoffService handoffs, Clock clock) {
        this.sessions = requireNonNull(sessions, "sessions is null");
        this.reports = requireNonNull(reports, "reports is null");
        this.review = requireNonNull(review, "review is null");
        this.proposals = requireNonNull(proposals, "proposals is null");
        this.handoffs = requireNonNull(handoffs, "handoffs is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        if (path.equals("/static/admin.css")) {
            css(response);
            return;
        }
        if (!sessions.enabled()) {
            refuseDisabled(path, response);
            return;
        }
        if (path.equals("/login")) {
            html(response, 200, LoginPage.render(Optional.empty()));
            return;
        }
        if (!signedIn(request)) {
            refuseAnonymous(path, response);
            return;
        }
        try {
            int days = days(request.getParameter("days"));
            Optional<String> channel = optional(request.getParameter("channel"));
            Optional<String> category = optional(request.getParameter("category"));
            switch (path) {
                case "/", "" -> html(response, 200, OverviewPage.render(reports.overview(days, channel, category), days,
                        channel, category));
                case "/queue" -> {
                    List<HandoffTicket> active = handoffs.listActive();
                    html(response, 200, QueuePage.render(active, timers(active), clock.instant()));
                }
                case "/review" -> html(response, 200, ReviewPage.render(review.items(days, flag(request), REVIEW_ITEMS),
                        review.causeCounts(), days, flag(request)));
                case "/api/review" -> write(response, 200, review.items(days, flag(request), REVIEW_ITEMS));
                case "/proposed" -> html(response, 200, ProposedPage.render(proposals.pending(PROPOSALS)));
                case "/api/proposed" -> write(response, 200, proposals.pending(PROPOSALS));
                case "/gaps" -> html(response, 200, GapsPage.render(reports.gaps(days), reports.sources(days), days));
                case "/api/overview" -> write(response, 200, reports.overview(days, channel, category));
                case "/api/queue" -> write(response, 200, handoffs.listActive());
                case "/api/gaps" -> write(response, 200, Map.of("gaps", reports.gaps(days), "sources", reports.sources(days)));
                default -> throw new BadRequest(404, "path", "no admin page at /admin" + path,
                        "use /admin, /admin/queue, /admin/review, /admin/gaps or /admin/proposed (JSON under /admin/api/…)");
            }
        } catch (BadRequest e) {
            writeProblem(response, e.problem());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        if (!sessions.enabled()) {
            refuseDisabled(path, response);
            return;
        }
        switch (path) {
            case "/login" -> {
                if (sessions.tokenMatches(request.getParameter("token"))) {
                    response.addCookie(cookie(sessions.newSession(), (int) sessions.lifetime().toSeconds(), request.isSecure()));
                    response.setStatus(303);
                    response.setHeader("Location", "/admin");
                } else {
                    html(response, 401, LoginPage.render(Optional.of(
                            "That is not the admin token. Check BATON_ADMIN_TOKEN on the server and try again.")));
                }
            }
            case "/proposed" -> {
                if (!signedIn(request)) {
                    refuseAnonymous(path, response);
                    return;
                }
                decideProposal(request, response);
            }
            case "/review" -> {
                if (!signedIn(request)) {
                    refuseAnonymous(path, response);
                    return;
                }
                tagConversation(request, response);
            }
            case "/logout" -> {
                response.addCookie(cookie("", 0, request.isSecure()));
                response.setStatus(303);
                response.setHeader("Location", "/admin/login");
            }
            default -> writeProblem(response, new HttpProblem(404, "no admin action at /admin" + path, "path",
                    "POST to /admin/login, /admin/review, /admin/proposed or /admin/logout"));
        }
    }

    private void tagConversation(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String conversation = optional(request.getParameter("conversation")).orElseThrow(() -> new BadRequest(400,
                    "conversation", "which conversation is missing", "use the form on the review page"));
            String causeValue = Optional.ofNullable(request.getParameter("cause")).orElse("");
            ReviewCause cause = ReviewCause.fromValue(causeValue).orElseThrow(() -> new BadRequest(400, "cause",
                    "no such cause: " + causeValue, "choose one of the causes in the list"));
            String note = Optional.ofNullable(request.getParameter("note")).orElse("");
            if (note.length() > 2000) {
                throw new BadRequest(400, "note", "the note has " + note.length() + " characters; the limit is 2000",
                        "shorten it");
            }
            review.tag(conversation, cause, note, "admin");
            int days = days(request.getParameter("days"));
            response.setStatus(303);
            response.setHeader("Location", "/admin/review?days=" + days
                    + flag(request).map(f -> "&flag=" + java.net.URLEncoder.encode(f, StandardCharsets.UTF_8)).orElse("")
                    + "#c-" + java.net.URLEncoder.encode(conversation, StandardCharsets.UTF_8));
        } catch (BadRequest e) {
            writeProblem(response, e.problem());
        }
    }

    private void decideProposal(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = Optional.ofNullable(request.getParameter("id")).orElse("");
        String decision = Optional.ofNullable(request.getParameter("decision")).orElse("");
        try {
            switch (decision) {
                case "approve" -> proposals.approve(id, Optional.ofNullable(request.getParameter("question")).orElse(""),
                        Optional.ofNullable(request.getParameter("answer")).orElse(""), "admin");
                case "reject" -> proposals.reject(id, "admin");
                default -> throw new BadRequest(400, "decision", "decision must be approve or reject, not " + decision,
                        "use the buttons on the proposed answers page");
            }
            response.setStatus(303);
            response.setHeader("Location", "/admin/proposed");
        } catch (BadRequest e) {
            writeProblem(response, e.problem());
        } catch (IllegalArgumentException | IllegalStateException e) {
            writeProblem(response, new HttpProblem(409, e.getMessage(), "id", "reload the proposed answers page"));
        }
    }

    private static Optional<String> flag(HttpServletRequest request) {
        Optional<String> flag = optional(request.getParameter("flag"));
        if (flag.isPresent() && !ReviewQueue.FLAGS.contains(flag.get())) {
            throw new BadRequest(400, "flag", "no such flag: " + flag.get(), "use one of " + ReviewQueue.FLAGS);
        }
        return flag;
    }

    private boolean signedIn(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return sessions.tokenMatches(authorization.substring(7));
        }
        return Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(cookie -> cookie.getName().equals(COOKIE))
                .anyMatch(cookie -> sessions.valid(cookie.getValue()));
    }

    private void refuseAnonymous(String path, HttpServletResponse response) throws IOException {
        if (path.startsWith("/api/")) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"baton-admin\"");
            writeProblem(response, new HttpProblem(401, "sign-in required", "Authorization",
                    "send Authorization: Bearer <admin token>, or sign in at /admin/login"));
            return;
        }
        response.setStatus(303);
        response.setHeader("Location", "/admin/login");
    }

    private static void refuseDisabled(String path, HttpServletResponse response) throws IOException {
        if (path.startsWith("/api/")) {
            writeProblem(response, new HttpProblem(503, "the admin pages are off", "admin.token",
                    "set BATON_ADMIN_TOKEN (at least 16 characters) and restart Baton"));
            return;
        }
        html(response, 503, LoginPage.disabled());
    }

    private Map<String, Optional<SlaTimer>> timers(List<HandoffTicket> active) {
        Map<String, Optional<SlaTimer>> timers = new LinkedHashMap<>();
        for (HandoffTicket ticket : active) {
            timers.put(ticket.id(), handoffs.slaTimer(ticket.id()));
        }
        return timers;
    }

    private static int days(String value) {
        if (value == null || value.isBlank()) {
            return 30;
        }
        try {
            int days = Integer.parseInt(value.strip());
            if (PERIODS.contains(days)) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequest(400, "days", "days must be one of " + PERIODS + ", not " + value, "pick a period from the list");
    }

    private static Optional<String> optional(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Cookie cookie(String value, int maxAge, boolean secure) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath("/admin");
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Strict");
        return cookie;
    }

    private static void html(HttpServletResponse response, int status, String page) throws IOException {
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'self'; style-src 'self'; img-src 'self' data:");
        response.setHeader("X-Frame-Options", "DENY");
        response.getOutputStream().write(body);
    }

    private static void css(HttpServletResponse response) throws IOException {
        try (InputStream css = AdminServlet.class.getResourceAsStream("/admin/admin.css")) {
            byte[] body = requireNonNull(css, "admin.css is packaged with the bot").readAllBytes();
            response.setStatus(200);
            response.setContentType("text/css; charset=utf-8");
            response.getOutputStream().write(body);
        }
    }
}
