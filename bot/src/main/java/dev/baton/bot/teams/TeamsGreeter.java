package dev.baton.bot.teams;

import static java.util.Objects.requireNonNull;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Greets whoever a {@code conversationUpdate} adds, once per member and conversation (remembered in
 * the database, so a repeated update greets nobody twice). When Baton itself is added the whole
 * conversation gets one introduction instead.
 */
final class TeamsGreeter {
    static final String INTRODUCTION = "I'm Baton, the support assistant. Ask me a question and I'll answer from the "
            + "knowledge base with its sources. Type \"human\" (or use the button under an answer) whenever you'd "
            + "rather talk to a person from the support team.";

    private final TeamsGreetings greetings;
    private final TeamsConversationReferences references;
    private final Clock clock;

    TeamsGreeter(TeamsGreetings greetings, TeamsConversationReferences references, Clock clock) {
        this.greetings = requireNonNull(greetings, "greetings is null");
        this.references = requireNonNull(references, "references is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    void greet(TurnContext turn) {
        Activity activity = turn.getActivity();
        List<ChannelAccount> added = Optional.ofNullable(activity.getMembersAdded()).orElse(List.of());
        if (added.isEmpty()) {
            return;
        }
        String tenant = TeamsInbound.tenant(activity);
        String conversation = activity.getConversation().getId();
        String botId = activity.getRecipient() == null ? "" : activity.getRecipient().getId();
        references.save(tenant, Optional.empty(), activity.getConversationReference(), clock.instant());
        boolean botAdded = added.stream().anyMatch(member -> botId.equals(member.getId()));
        List<String> newcomers = new ArrayList<>();
        for (ChannelAccount member : added) {
            boolean first = greetings.markGreeted(tenant, conversation, member.getId(), clock.instant());
            if (first && !botAdded) {
                newcomers.add(Optional.ofNullable(member.getName()).filter(name -> !name.isBlank()).orElse("there"));
            } else if (first && botId.equals(member.getId())) {
                newcomers.add("everyone"); // Baton was just added: one introduction for the whole conversation.
            }
        }
        if (!newcomers.isEmpty()) {
            turn.sendActivity(MessageFactory.text("Hi " + String.join(", ", newcomers) + "! " + INTRODUCTION)).join();
        }
    }
}
