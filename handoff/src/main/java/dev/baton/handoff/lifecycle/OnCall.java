package dev.baton.handoff.lifecycle;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Who is paged for one category at one tier: where the request is posted (a Slack channel, a Teams
 * channel, or both), whom it mentions (Slack user ids U…, user-group ids S…), and when they work.
 *
 * @param category the request category this entry serves; {@value OnCallRota#DEFAULT_CATEGORY} serves every other
 * @param tier 1 is paged first; an unclaimed request re-pages tier 2, then 3, and stays on the last
 */
public record OnCall(
        String category,
        int tier,
        Optional<String> slackChannel,
        List<String> mentions,
        Optional<String> teamsChannel,
        BusinessHours hours,
        ZoneId timeZone) {
    public OnCall {
        requireNonNull(category, "category is null");
        requireNonNull(slackChannel, "slackChannel is null");
        mentions = List.copyOf(mentions);
        requireNonNull(teamsChannel, "teamsChannel is null");
        requireNonNull(hours, "hours is null");
        requireNonNull(timeZone, "timeZone is null");
        if (category.isBlank()) {
            throw new IllegalArgumentException("an on-call entry needs a category");
        }
        if (tier < 1) {
            throw new IllegalArgumentException("on-call tiers start at 1: " + tier);
        }
        if (slackChannel.isEmpty() && teamsChannel.isEmpty()) {
            throw new IllegalArgumentException("an on-call entry needs a Slack channel or a Teams channel");
        }
    }
}
