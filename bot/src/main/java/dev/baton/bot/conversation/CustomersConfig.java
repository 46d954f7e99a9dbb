package dev.baton.bot.conversation;

import dev.baton.config.Settings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code customers} settings: what the company knows about people that their chat profile does
 * not say. Ids are as each surface reports them (a Slack user id U…, a Teams AAD object id, a web
 * chat session's id). High-value people escalate sooner (the escalation policy's high-value signal);
 * tiers and accounts are shown to the person who takes over.
 */
public record CustomersConfig(Set<String> highValue, Map<String, String> tiers, Map<String, String> accounts) {
    public CustomersConfig {
        highValue = Set.copyOf(highValue);
        tiers = Map.copyOf(tiers);
        accounts = Map.copyOf(accounts);
    }

    public static CustomersConfig none() {
        return new CustomersConfig(Set.of(), Map.of(), Map.of());
    }

    public static CustomersConfig from(Settings settings) {
        return new CustomersConfig(
                Set.copyOf(settings.stringList("customers.high-value").stream().map(String::strip).toList()),
                pairs(settings, "customers.tiers", "tier"),
                pairs(settings, "customers.accounts", "account"));
    }

    /** The context the surface gave, with what the settings add for this person. */
    public CustomerContext enrich(String personId, CustomerContext context) {
        Optional<String> tier = context.tier().or(() -> Optional.ofNullable(tiers.get(personId)));
        Optional<String> account = context.account().or(() -> Optional.ofNullable(accounts.get(personId)));
        boolean valuable = context.highValue() || highValue.contains(personId);
        if (tier.equals(context.tier()) && account.equals(context.account()) && valuable == context.highValue()) {
            return context;
        }
        return new CustomerContext(context.title(), context.timeZone(), account, tier, valuable, context.product(),
                context.accessTags(), context.earlierTickets());
    }

    private static Map<String, String> pairs(Settings settings, String key, String what) {
        Map<String, String> pairs = new HashMap<>();
        List<String> entries = settings.stringList(key);
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                settings.report(key, "\"" + entry + "\" must be person-id=" + what + ", such as U0123ABCD=gold");
                continue;
            }
            pairs.put(entry.substring(0, equals).strip(), entry.substring(equals + 1).strip());
        }
        return pairs;
    }
}
