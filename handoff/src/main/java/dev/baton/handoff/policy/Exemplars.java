package dev.baton.handoff.policy;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The exemplar phrases of one phrase signal: phrases that mean it ({@code like}) and near misses
 * that do not ({@code unlike}: negations, look-alike ordinary questions). A message sentence counts
 * as the signal only when it is closer to a {@code like} phrase than to every {@code unlike} one.
 *
 * <p>They ship as {@code policy/exemplars-<signal>.txt}: one phrase a line, {@code #} comments, a
 * {@code [like]} and an {@code [unlike]} section.
 */
public record Exemplars(SignalKind kind, List<String> like, List<String> unlike) {
    public Exemplars {
        requireNonNull(kind, "kind is null");
        like = List.copyOf(like);
        unlike = List.copyOf(unlike);
        if (like.isEmpty()) {
            throw new IllegalArgumentException("no exemplar phrases for " + kind);
        }
    }

    /** The resource that holds the exemplars of a signal. */
    public static String resource(SignalKind kind) {
        return "policy/exemplars-" + kind.settingName() + ".txt";
    }

    /** Reads a signal's exemplars from this module's resources; a missing file is a packaging bug. */
    public static Exemplars load(SignalKind kind) {
        String resource = resource(kind);
        try (InputStream in = Exemplars.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(kind, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static Exemplars parse(SignalKind kind, String text) {
        List<String> like = new ArrayList<>();
        List<String> unlike = new ArrayList<>();
        List<String> section = null;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.equals("[like]")) {
                section = like;
            } else if (line.equals("[unlike]")) {
                section = unlike;
            } else if (section == null) {
                throw new IllegalArgumentException("exemplars of " + kind + " must start with [like] or [unlike]: " + line);
            } else {
                section.add(line);
            }
        }
        return new Exemplars(kind, like, unlike);
    }
}
