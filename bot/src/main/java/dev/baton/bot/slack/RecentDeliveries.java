package dev.baton.bot.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The deliveries this process saw last, in memory: turns a retry storm away while Slack waits
 * for its 200, without touching the database (whose write lock the turns hold now and then). The
 * persisted {@link SlackDeliveries} stays the authority, across restarts and replicas.
 */
final class RecentDeliveries {
    private static final int CAPACITY = 20_000;

    private final Map<String, Boolean> seen = new LinkedHashMap<>(1024, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Whether this event id or this channel + message ts was remembered here; remembers nothing. */
    synchronized boolean seenBefore(String eventId, String channel, String messageTs) {
        return seen.containsKey("event:" + eventId) || seen.containsKey("message:" + channel + ":" + messageTs);
    }

    /** Remembers the event id and the channel + message ts (once the delivery is safely stored). */
    synchronized void remember(String eventId, String channel, String messageTs) {
        seen.put("event:" + eventId, Boolean.TRUE);
        seen.put("message:" + channel + ":" + messageTs, Boolean.TRUE);
    }

    /** True the first time this event id and this channel + message ts are seen here; remembers both. */
    synchronized boolean firstSighting(String eventId, String channel, String messageTs) {
        boolean newEvent = seen.put("event:" + eventId, Boolean.TRUE) == null;
        boolean newMessage = seen.put("message:" + channel + ":" + messageTs, Boolean.TRUE) == null;
        return newEvent && newMessage;
    }
}
