package dev.baton.handoff.store;

import dev.baton.handoff.lifecycle.SurveyAnswer;
import java.util.Optional;

/** Satisfaction survey answers, one per ticket (the latest answer counts). */
public interface SurveyStore {
    void save(SurveyAnswer answer);

    Optional<SurveyAnswer> find(String ticketId);
}
