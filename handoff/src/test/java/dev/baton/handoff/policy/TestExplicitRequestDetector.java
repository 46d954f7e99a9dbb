package dev.baton.handoff.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestExplicitRequestDetector {
    private final ExplicitRequestDetector detector = new ExplicitRequestDetector();

    @ParameterizedTest
    @ValueSource(strings = {
        "/human my laptop will not boot",
        "/human",
        "Can I talk to a human please?",
        "let me talk to a person",
        "I want to speak with a real person",
        "Please connect me to an agent",
        "get me a human",
        "HUMAN!",
        "agent",
        "I need a human, this is not working",
        "transfer me to the IT help desk",
        "I'd like to speak to someone at HR",
        "Could you escalate this?",
        "I don't want to talk to a bot",
        "is there a live agent?",
        "put me through to support staff",
    })
    void recognisesExplicitRequests(String message) {
        assertThat(detector.detect(message)).as(message).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "How do I reset my VPN password?",
        "What is the human resources holiday policy?",
        "Who is the agent listed on my relocation form?",
        "How many people can join a Teams call?",
        "My manager approved the expense, what now?",
        "Where is the printer on the second floor?",
        "Is there a person-day limit on contractor access?",
    })
    void leavesOrdinaryQuestionsAlone(String message) {
        assertThat(detector.detect(message)).as(message).isEmpty();
    }
}
