package dev.baton.bot.access;

import dev.baton.config.Settings;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The {@code access} settings: which access tags (the {@code access} front matter of a document)
 * each person holds, directly or through a group, and which the staff desk may see in Baton's drafts.
 * Ids are as each surface reports them (a Slack user id U…, a Teams AAD object id). Tags match
 * whatever their case, as the index matches them. Where a channel grants tags is each surface's own
 * setting ({@code slack.channels.access-tags}, {@code webchat.access-tags}); {@link AccessRule} says
 * how the two combine.
 *
 * @param people tags held by each person, by person id
 * @param groups members of each group, by group name
 * @param groupTags tags held by every member of each group, by group name
 * @param staffTags tags Baton's drafts for the support team may use (the staff desk is a shared channel)
 */
public record AccessConfig(
        Map<String, Set<String>> people,
        Map<String, Set<String>> groups,
        Map<String, Set<String>> groupTags,
        Set<String> staffTags) {
    public static final String PEOPLE = "access.people";
    public static final String GROUPS = "access.groups";
    public static final String GROUP_TAGS = "access.group-tags";
    public static final String STAFF_TAGS = "access.staff-tags";

    /** What a tag may look like: the front matter's tags are names, not sentences. */
    static final Pattern TAG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    public AccessConfig {
        people = normalisedValues(people);
        groups = Map.copyOf(groups.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, entry -> Set.copyOf(entry.getValue()))));
        groupTags = normalisedValues(groupTags);
        staffTags = normalised(staffTags);
        for (String group : groupTags.keySet()) {
            if (!groups.containsKey(group)) {
                throw new IllegalArgumentException("group " + group + " has tags but no members");
            }
        }
    }

    /** Whether the text is written like an access tag. */
    public static boolean isTag(String text) {
        return TAG.matcher(text).matches();
    }

    public static AccessConfig none() {
        return new AccessConfig(Map.of(), Map.of(), Map.of(), Set.of());
    }

    /** Every tag this person holds, lower-cased: their own and their groups'. */
    public Set<String> tagsOf(String personId) {
        Set<String> tags = new HashSet<>(people.getOrDefault(personId, Set.of()));
        groups.forEach((group, members) -> {
            if (members.contains(personId)) {
                tags.addAll(groupTags.getOrDefault(group, Set.of()));
            }
        });
        return Set.copyOf(tags);
    }

    public static AccessConfig from(Settings settings) {
        Map<String, Set<String>> people = pairs(settings, PEOPLE, "person-id=tag, such as U0123ABCD=hr", true);
        Map<String, Set<String>> groups = pairs(settings, GROUPS, "group=person-id, such as hr-team=U0123ABCD", false);
        Map<String, Set<String>> groupTags = pairs(settings, GROUP_TAGS, "group=tag, such as hr-team=hr", true);
        Map<String, Set<String>> known = new HashMap<>();
        groupTags.forEach((group, tags) -> {
            if (groups.containsKey(group)) {
                known.put(group, tags);
            } else {
                settings.report(GROUP_TAGS, "names group \"" + group + "\", which has no members in " + GROUPS
                        + ": add entries \"" + group + "=<person id>\" there, or remove it here");
            }
        });
        Set<String> staff = new HashSet<>();
        for (String tag : settings.stringList(STAFF_TAGS)) {
            tagOrReport(settings, STAFF_TAGS, tag.strip(), "\"" + tag + "\"", staff::add);
        }
        return new AccessConfig(people, groups, known, staff);
    }

    /**
     * Entries "key=value", one value per entry (a key may repeat to hold several); each bad entry is
     * reported with the setting, the entry and the expected form.
     */
    public static Map<String, Set<String>> pairs(Settings settings, String key, String form, boolean valuesAreTags) {
        Map<String, Set<String>> pairs = new HashMap<>();
        List<String> entries = settings.stringList(key);
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            String left = equals < 0 ? "" : entry.substring(0, equals).strip();
            String right = equals < 0 ? "" : entry.substring(equals + 1).strip();
            if (left.isEmpty() || right.isEmpty()) {
                settings.report(key, "\"" + entry + "\" must be " + form + " (one per entry; repeat the left side "
                        + "for more)");
                continue;
            }
            BiConsumer<String, String> add = (name, value) -> pairs.computeIfAbsent(name, n -> new HashSet<>()).add(value);
            if (valuesAreTags) {
                tagOrReport(settings, key, right, "\"" + entry + "\"", tag -> add.accept(left, tag));
            } else {
                add.accept(left, right);
            }
        }
        return pairs;
    }

    private static void tagOrReport(Settings settings, String key, String tag, String entry,
            java.util.function.Consumer<String> accept) {
        if (TAG.matcher(tag).matches()) {
            accept.accept(tag);
        } else {
            settings.report(key, entry + " has the access tag \"" + tag + "\", which is not a tag: use letters, digits, "
                    + "'.', '_', ':' or '-' (up to 64), one tag per entry, as written in the documents' access front matter");
        }
    }

    private static Map<String, Set<String>> normalisedValues(Map<String, Set<String>> map) {
        Map<String, Set<String>> copy = new HashMap<>();
        map.forEach((key, values) -> copy.put(key, normalised(values)));
        return Map.copyOf(copy);
    }

    static Set<String> normalised(Set<String> tags) {
        return tags.stream().map(tag -> tag.strip().toLowerCase(java.util.Locale.ROOT)).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
    }
}
