package dev.baton.config;

/** Error codes of the configuration module. */
public enum ConfigErrorCode implements ErrorCode {
    INVALID_SETTINGS(ErrorCategory.USER),
    UNREADABLE_SETTINGS_FILE(ErrorCategory.USER);

    private final ErrorCategory category;

    ConfigErrorCode(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
