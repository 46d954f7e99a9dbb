-- Teams card votes join every other surface's in answer_feedback (dev.baton.bot.storage.JdbiFeedbackStore),
-- so the escalation policy's thumbs-down signal and the admin pages see them too.
INSERT INTO answer_feedback (conversation_id, message_ref, user_id, helpful, recorded_at)
SELECT t.baton_conversation_id, t.answer_id, t.user_id, t.verdict = 'HELPFUL', t.recorded_at
FROM teams_feedback t
WHERE EXISTS (SELECT 1 FROM conversations c WHERE c.id = t.baton_conversation_id);

DROP TABLE teams_feedback;
