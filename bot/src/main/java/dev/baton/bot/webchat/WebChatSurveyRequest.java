package dev.baton.bot.webchat;

/** The page's survey answer: its session, the ticket rated and the score (1 to 5). */
public record WebChatSurveyRequest(String sessionId, String ticketId, Integer score) {}
