package dev.baton.bot.conversation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Baton knows about the person asking, so it never asks again: their profile (from the
 * surface), their account and tier (from configuration), what they may see, and their earlier
 * requests.
 */
public record CustomerContext(
        Optional<String> title,
        Optional<String> timeZone,
        Optional<String> account,
        Optional<String> tier,
        boolean highValue,
        Optional<String> product,
        Set<String> accessTags,
        List<String> earlierTickets) {
    public CustomerContext {
        requireNonNull(title, "title is null");
        requireNonNull(timeZone, "timeZone is null");
        requireNonNull(account, "account is null");
        requireNonNull(tier, "tier is null");
        requireNonNull(product, "product is null");
        accessTags = Set.copyOf(accessTags);
        earlierTickets = List.copyOf(earlierTickets);
    }

    public static CustomerContext unknown() {
        return new CustomerContext(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(),
                Set.of(), List.of());
    }
}
