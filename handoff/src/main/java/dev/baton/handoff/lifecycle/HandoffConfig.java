package dev.baton.handoff.lifecycle;

import static java.util.Objects.requireNonNull;

import dev.baton.config.Settings;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code handoff} settings: where handoff requests are posted, how long one may wait for a
 * claim, and when the team is staffed.
 */
public record HandoffConfig(
        Optional<String> slackChannel,
        Duration sla,
        BusinessHours businessHours,
        ZoneId timeZone,
        OnCallRota onCall,
        Set<String> draftOnlyChannels) {
    // A channel id (C0123456789; G for old private channels) or a channel name, with or without '#'.
    private static final Pattern SLACK_CHANNEL = Pattern.compile("[CG][A-Z0-9]{6,}|#?[a-z0-9][a-z0-9._-]{0,79}");
    // Stand-ins while a bad value is reported; start-up then stops, so they are never used for real.
    private static final BusinessHours FALLBACK_HOURS = new BusinessHours(LocalTime.of(9, 0), LocalTime.of(17, 30));

    public HandoffConfig {
        requireNonNull(slackChannel, "slackChannel is null");
        requireNonNull(sla, "sla is null");
        requireNonNull(businessHours, "businessHours is null");
        requireNonNull(timeZone, "timeZone is null");
        requireNonNull(onCall, "onCall is null");
        draftOnlyChannels = Set.copyOf(draftOnlyChannels);
        if (sla.isNegative() || sla.isZero()) {
            throw new IllegalArgumentException("the handoff SLA must be positive: " + sla);
        }
    }

    /** Settings with no draft-only channel: Baton answers everywhere. */
    public HandoffConfig(
            Optional<String> slackChannel, Duration sla, BusinessHours businessHours, ZoneId timeZone, OnCallRota onCall) {
        this(slackChannel, sla, businessHours, timeZone, onCall, Set.of());
    }

    /** Whether Baton only drafts for the team in this channel instead of answering the requester. */
    public boolean draftOnly(String channel) {
        return draftOnlyChannels.contains(channel);
    }

    public static HandoffConfig from(Settings settings) {
        Optional<String> slackChannel = settings.optionalString("handoff.slack-channel");
        if (slackChannel.isPresent() && !SLACK_CHANNEL.matcher(slackChannel.get()).matches()) {
            settings.report(
                    "handoff.slack-channel",
                    "must be a Slack channel id such as C0123456789, or a channel name such as #support-escalations "
                            + "(lower case, no spaces), or empty for no handoff channel");
            slackChannel = Optional.empty();
        }
        Duration sla = settings.duration("handoff.sla", Duration.ofMinutes(1), Duration.ofHours(24));
        String hours = settings.string("handoff.business-hours");
        BusinessHours businessHours = BusinessHours.parse(hours).orElseGet(() -> {
            settings.report(
                    "handoff.business-hours",
                    "must be two different times of day as HH:mm-HH:mm, such as 09:00-17:30 "
                            + "(an end before the start spans midnight, such as 22:00-06:00)");
            return FALLBACK_HOURS;
        });
        String zone = settings.string("handoff.time-zone").strip();
        ZoneId timeZone;
        try {
            timeZone = ZoneId.of(zone);
        } catch (DateTimeException e) {
            settings.report(
                    "handoff.time-zone",
                    "must be a time-zone id such as Europe/London, America/New_York or UTC");
            timeZone = ZoneOffset.UTC;
        }
        OnCallRota onCall = onCall(settings, slackChannel, businessHours, timeZone);
        Set<String> draftOnly = Set.copyOf(settings.stringList("handoff.draft-only-channels").stream()
                .map(String::strip)
                .filter(channel -> !channel.isEmpty())
                .toList());
        return new HandoffConfig(slackChannel, sla, businessHours, timeZone, onCall, draftOnly);
    }

    /**
     * The rota from {@code handoff.on-call}; when it names no default category, {@code handoff.slack-channel}
     * (env HANDOFF_SLACK_CHANNEL) is the default category's first tier.
     */
    private static OnCallRota onCall(
            Settings settings, Optional<String> slackChannel, BusinessHours hours, ZoneId zone) {
        List<OnCall> entries = new ArrayList<>();
        List<String> texts = settings.stringList("handoff.on-call");
        for (int i = 0; i < texts.size(); i++) {
            try {
                OnCall entry = OnCallEntries.parse(texts.get(i), hours, zone);
                boolean duplicate = entries.stream()
                        .anyMatch(other -> other.category().equals(entry.category()) && other.tier() == entry.tier());
                if (duplicate) {
                    settings.report("handoff.on-call", "entry " + (i + 1) + " repeats category " + entry.category()
                            + " tier " + entry.tier() + "; give each tier of a category once");
                } else {
                    entries.add(entry);
                }
            } catch (IllegalArgumentException e) {
                settings.report("handoff.on-call", "entry " + (i + 1) + " (\"" + texts.get(i) + "\") " + e.getMessage());
            }
        }
        boolean hasDefault = entries.stream().anyMatch(e -> e.category().equals(OnCallRota.DEFAULT_CATEGORY));
        if (!hasDefault && slackChannel.isPresent()) {
            entries.add(new OnCall(
                    OnCallRota.DEFAULT_CATEGORY, 1, slackChannel, List.of(), Optional.empty(), hours, zone));
        }
        return new OnCallRota(entries);
    }
}
