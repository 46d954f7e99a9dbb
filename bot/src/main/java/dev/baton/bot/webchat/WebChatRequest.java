package dev.baton.bot.webchat;

import java.util.Optional;

/** What the web chat page sends: its session, the person's name if they gave one, and the text. */
public record WebChatRequest(String sessionId, Optional<String> name, String text) {
    public WebChatRequest {
        name = name == null ? Optional.empty() : name.map(String::strip).filter(n -> !n.isEmpty());
        text = text == null ? "" : text;
    }
}
