package dev.baton.bot.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Base of Baton's JSON endpoints: reads a size-limited body into a record, writes records back, and
 * answers bad input with a 4xx {@link HttpProblem} instead of a stack trace.
 */
public abstract class JsonServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** Thrown by endpoint code for bad input; turned into a 4xx answer. */
    public static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient HttpProblem problem;

        public BadRequest(int status, String field, String error, String fix) {
            super(error, null, false, false);
            this.problem = new HttpProblem(status, error, field, fix);
        }

        public HttpProblem problem() {
            return problem;
        }
    }

    protected static final ObjectMapper JSON = Json.mapper();
    private static final int MAX_BODY_BYTES = 256 * 1024;

    protected <T> T readBody(HttpServletRequest request, Class<T> type) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            // What is left of a larger body is read by DrainUnreadBody once the 413 is written.
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            throw new BadRequest(415, "Content-Type", "the body must be JSON", "send Content-Type: application/json");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new BadRequest(413, "body", "the body is larger than " + MAX_BODY_BYTES / 1024 + " KiB", "send less");
        }
        try {
            T value = JSON.readValue(body, type);
            if (value == null) {
                throw new BadRequest(400, "body", "the body is empty", "send a JSON object");
            }
            return value;
        } catch (MismatchedInputException e) {
            // Said in the caller's words: which field, what it should be (no Java type names).
            String field = e.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b)
                    .orElse("body");
            throw new BadRequest(400, field, field.equals("body")
                    ? "the body is not a JSON object with the documented fields"
                    : "\"" + field + "\" must be " + expected(e.getTargetType()),
                    "send a JSON object with the documented fields");
        } catch (JsonProcessingException e) {
            throw new BadRequest(400, "body", "the body is not valid JSON (" + e.getOriginalMessage()
                    .replaceAll("\\(token `[^`]*`\\)|`[^`]*`", "").strip() + ")",
                    "send a JSON object with the documented fields");
        } catch (IllegalArgumentException e) {
            // Records reject bad values in their constructors; Jackson wraps that.
            throw new BadRequest(400, "body", e.getMessage(), "fix the value and send again");
        }
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of the documented type";
        }
        if (type == String.class) {
            return "text";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "of the documented type";
    }

    protected static void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(), body);
    }

    protected static void writeProblem(HttpServletResponse response, HttpProblem problem) throws IOException {
        write(response, problem.status(), problem);
    }
}
