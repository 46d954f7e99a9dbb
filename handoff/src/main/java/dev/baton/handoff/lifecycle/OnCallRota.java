package dev.baton.handoff.lifecycle;

import static java.util.Comparator.comparingInt;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The on-call rota: for each request category, the tiers of people paged in turn. A category with
 * no entry of its own goes to the {@value #DEFAULT_CATEGORY} entries. An empty rota pages nobody
 * (tickets still open and show in the admin queue).
 */
public record OnCallRota(List<OnCall> entries) {
    public static final String DEFAULT_CATEGORY = "default";

    public OnCallRota {
        entries = entries.stream().sorted(comparingInt(OnCall::tier)).toList();
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                OnCall a = entries.get(i);
                OnCall b = entries.get(j);
                if (a.category().equals(b.category()) && a.tier() == b.tier()) {
                    throw new IllegalArgumentException(
                            "the rota has two entries for category " + a.category() + " tier " + a.tier());
                }
            }
        }
    }

    public static OnCallRota empty() {
        return new OnCallRota(List.of());
    }

    /**
     * Who to page for a request of that category on its {@code page}-th page: page 0 is the first
     * posting (tier 1), each SLA breach moves one tier up, and the last tier keeps being paged.
     */
    public Optional<OnCall> pageFor(Optional<String> category, int page) {
        requireNonNull(category, "category is null");
        if (page < 0) {
            throw new IllegalArgumentException("page cannot be negative: " + page);
        }
        List<OnCall> tiers = tiersOf(category.orElse(DEFAULT_CATEGORY));
        if (tiers.isEmpty()) {
            tiers = tiersOf(DEFAULT_CATEGORY);
        }
        if (tiers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(tiers.get(Math.min(page, tiers.size() - 1)));
    }

    private List<OnCall> tiersOf(String category) {
        return entries.stream().filter(entry -> entry.category().equals(category)).toList();
    }
}
