package dev.baton.handoff.policy;

/** What the policy needs to know about Baton's answer to this turn: how sure it was, and whether it abstained. */
public record AnswerAssessment(double confidence, boolean abstained) {
    public AnswerAssessment {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
    }
}
