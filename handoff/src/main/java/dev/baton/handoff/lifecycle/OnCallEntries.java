package dev.baton.handoff.lifecycle;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one {@code handoff.on-call} entry, written as
 * {@code "category[/tier]: slack=#channel mention=U0123ABC,S0456DEF teams=19:…@thread.tacv2 hours=08:00-16:00 zone=Europe/Berlin"}.
 * Only a Slack or a Teams channel is required; hours and zone default to {@code handoff.business-hours}
 * and {@code handoff.time-zone}.
 */
final class OnCallEntries {
    static final String FORMAT = "\"category[/tier]: slack=#channel mention=U0123ABC,S0456DEF teams=<Teams channel id> "
            + "hours=09:00-17:30 zone=Europe/London\"";
    private static final Pattern HEAD = Pattern.compile("([a-z0-9][a-z0-9_-]*)(?:/(\\d{1,2}))?\\s*:(.*)");
    private static final Pattern SLACK_CHANNEL = Pattern.compile("[CG][A-Z0-9]{6,}|#?[a-z0-9][a-z0-9._-]{0,79}");
    private static final Pattern MENTION = Pattern.compile("[UWS][A-Z0-9]{6,}");
    private static final Set<String> KEYS = Set.of("slack", "mention", "teams", "hours", "zone");

    private OnCallEntries() {}

    /** The entry, or an IllegalArgumentException whose message says what is wrong and what is allowed. */
    static OnCall parse(String text, BusinessHours defaultHours, ZoneId defaultZone) {
        Matcher head = HEAD.matcher(text.strip());
        if (!head.matches()) {
            throw new IllegalArgumentException("must start with a category in lower case (letters, digits, - or _), "
                    + "optionally /tier, then a colon, as in " + FORMAT);
        }
        String category = head.group(1);
        int tier = head.group(2) == null ? 1 : Integer.parseInt(head.group(2));
        if (tier < 1) {
            throw new IllegalArgumentException("tier must be 1 or more, as in " + category + "/2");
        }
        Map<String, String> fields = fields(head.group(3));
        Optional<String> slack = Optional.ofNullable(fields.get("slack"));
        if (slack.isPresent() && !SLACK_CHANNEL.matcher(slack.get()).matches()) {
            throw new IllegalArgumentException("slack=" + slack.get()
                    + " must be a Slack channel id such as C0123456789 or a name such as #support-escalations");
        }
        List<String> mentions = new ArrayList<>();
        if (fields.containsKey("mention")) {
            for (String mention : fields.get("mention").split(",")) {
                String id = mention.strip().replaceFirst("^@", "");
                if (!MENTION.matcher(id).matches()) {
                    throw new IllegalArgumentException("mention " + mention
                            + " must be a Slack user id (U0123ABC) or user-group id (S0456DEF), comma-separated");
                }
                mentions.add(id);
            }
        }
        Optional<String> teams = Optional.ofNullable(fields.get("teams"));
        if (slack.isEmpty() && teams.isEmpty()) {
            throw new IllegalArgumentException("needs slack=<channel> or teams=<channel id> (or both): "
                    + "where the request is posted, as in " + FORMAT);
        }
        BusinessHours hours = Optional.ofNullable(fields.get("hours"))
                .map(value -> BusinessHours.parse(value).orElseThrow(() -> new IllegalArgumentException("hours="
                        + value + " must be two different times of day as HH:mm-HH:mm, such as 08:00-16:00")))
                .orElse(defaultHours);
        ZoneId zone = Optional.ofNullable(fields.get("zone")).map(OnCallEntries::zone).orElse(defaultZone);
        return new OnCall(category, tier, slack, mentions, teams, hours, zone);
    }

    private static Map<String, String> fields(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : body.strip().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            int equals = part.indexOf('=');
            String key = equals < 0 ? part : part.substring(0, equals);
            if (equals <= 0 || equals == part.length() - 1 || !KEYS.contains(key)) {
                throw new IllegalArgumentException("'" + part + "' is not one of "
                        + Arrays.toString(KEYS.stream().sorted().toArray()) + " as key=value, as in " + FORMAT);
            }
            if (fields.put(key, part.substring(equals + 1)) != null) {
                throw new IllegalArgumentException(key + "= is given twice");
            }
        }
        return fields;
    }

    private static ZoneId zone(String value) {
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("zone=" + value
                    + " must be a time-zone id such as Europe/London, America/New_York or UTC");
        }
    }
}
