package dev.baton.bot.teams;

/** Whether {@code /api/messages} checks the Bot Framework JWT on every request. */
public enum TeamsAuth {
    /** Every request needs a valid Bot Framework token for this app id; the default. */
    REQUIRED,
    /**
     * No check at all, for the Agents Playground or the Emulator on this machine. Refused when an app id
     * is configured, so a real deployment cannot run open by mistake.
     */
    DISABLED_FOR_LOCAL_TESTING
}
