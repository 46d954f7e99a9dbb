package dev.baton.bot.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.UsersSelectElement;
import dev.baton.bot.conversation.CustomerContext;
import dev.baton.bot.conversation.Message;
import dev.baton.bot.conversation.MessageRole;
import dev.baton.bot.handoff.HandoffBrief;
import dev.baton.bot.handoff.HandoffCoordinator;
import dev.baton.bot.handoff.HandoffNotices;
import dev.baton.handoff.lifecycle.HandoffState;
import dev.baton.handoff.lifecycle.HandoffTicket;
import dev.baton.handoff.lifecycle.OnCall;
import dev.baton.knowledge.answer.Answer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What Baton posts in the on-call channel: the request's root message (brief, transcript, Claim),
 * notes as it moves along (with the buttons that fit its state), the requester's messages with
 * Baton's suggested reply, and re-pages. Everything from people is escaped: nobody can mention
 * {@code @channel} through a relayed message.
 */
final class StaffBlocks {
    static final String CLAIM = "staff_claim";
    static final String UNCLAIM = "staff_unclaim";
    static final String RESOLVE = "staff_resolve";
    static final String RETURN = "staff_return";
    static final String SEND_DRAFT = "staff_send_draft";
    /** Followed by ":" and the ticket id; the picked colleague is the click's value. */
    static final String REASSIGN = "staff_reassign";
    static final String SURVEY_PREFIX = "survey_";
    private static final int TRANSCRIPT_MESSAGES = 12;
    private static final int QUOTE = 600;
    private static final int BUTTON_VALUE = 2000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE HH:mm (zzz)", Locale.ENGLISH);

    private StaffBlocks() {}

    static SlackMessage root(HandoffBrief brief) {
        HandoffTicket ticket = brief.ticket();
        String title = "Request " + HandoffNotices.shortId(ticket) + " from " + brief.conversation().user().displayName()
                + ticket.category().map(c -> " · " + c).orElse("");
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(HeaderBlock.builder().text(plain(cut(title, 150))).build());
        String page = mentions(brief.onCall());
        blocks.add(section((page.isEmpty() ? "" : page + " ") + "a person is needed"
                + brief.offHoursUntil().map(when -> " (off hours: the requester was told someone will pick it up from "
                        + WHEN.format(when) + ")").orElse("") + "."));
        blocks.add(section("*Why:* " + Mrkdwn.escape(String.join("; ", ticket.reasons()))));
        blocks.add(section("*Summary*\n" + Mrkdwn.escape(cut(ticket.summary(), 2500))));
        blocks.add(section("*Who*\n" + Mrkdwn.escape(who(brief))));
        if (!brief.earlierTickets().isEmpty()) {
            blocks.add(section("*Earlier requests*\n" + Mrkdwn.escape(brief.earlierTickets().stream()
                    .map(earlier -> HandoffNotices.shortId(earlier) + " (" + earlier.state().label() + ", "
                            + earlier.openedAt().toString().substring(0, 10) + "): " + cut(firstLine(earlier.summary()), 160))
                    .collect(Collectors.joining("\n")))));
        }
        blocks.add(DividerBlock.builder().build());
        blocks.add(section("*Conversation so far*\n" + transcript(brief.transcript())));
        blocks.add(context("Replies in this thread go to " + Mrkdwn.escape(brief.conversation().user().displayName())
                + " once you hold the request (replying claims it). Start a reply with `"
                + HandoffCoordinator.INTERNAL_NOTE_PREFIX + "` for a note only the team sees."));
        blocks.add(actions(ticket));
        return new SlackMessage(Mrkdwn.escape(cut(title, 200)), blocks);
    }

    static SlackMessage note(HandoffTicket ticket, String note) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(Mrkdwn.escape(note) + " _(" + ticket.state().label() + ")_"));
        if (ticket.state().active()) {
            blocks.add(actions(ticket));
        }
        return new SlackMessage(Mrkdwn.escape(note), blocks);
    }

    static SlackMessage page(HandoffTicket ticket, Optional<OnCall> onCall, long waitedMinutes, int page) {
        String mentions = onCall.map(StaffBlocks::mentions).orElse("");
        String text = "⏰ Waiting " + waitedMinutes + " min without a claim (page " + page + ")"
                + (mentions.isEmpty() ? "." : ": " + mentions + " can you take it?");
        return new SlackMessage("Request " + HandoffNotices.shortId(ticket) + " is waiting",
                List.of(section(text), actions(ticket)));
    }

    static SlackMessage relay(HandoffTicket ticket, String requesterName, String text, Optional<Answer> draft) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section("*" + Mrkdwn.escape(requesterName) + ":* " + Mrkdwn.escape(cut(text, 2800))));
        draft.ifPresent(answer -> {
            blocks.add(section("*Baton suggests* (send as is, edit and reply yourself, or ignore):\n"
                    + Mrkdwn.escape(cut(answer.text(), 2500))));
            if (!answer.citations().isEmpty()) {
                blocks.add(context("Sources: " + answer.citations().stream().map(BlockKitReplies::sourceLabel)
                        .collect(Collectors.joining("  "))));
            }
            String value = ticket.id() + "|" + answer.text();
            if (value.length() <= BUTTON_VALUE) {
                blocks.add(ActionsBlock.builder().blockId("staff_draft_actions")
                        .elements(List.of(button(SEND_DRAFT, "Send this reply", value, true))).build());
            }
        });
        return new SlackMessage(Mrkdwn.escape(requesterName + ": " + cut(text, 200)), blocks);
    }

    /** The survey in the requester's own conversation: five buttons. */
    static SlackMessage survey(String ticketId, String question) {
        List<BlockElement> scores = new ArrayList<>();
        String[] labels = {"1 😞", "2", "3", "4", "5 😀"};
        for (int score = 1; score <= 5; score++) {
            scores.add(button(SURVEY_PREFIX + score, labels[score - 1], ticketId, false));
        }
        return new SlackMessage(Mrkdwn.escape(question), List.of(section(Mrkdwn.escape(question)),
                ActionsBlock.builder().blockId("survey_actions").elements(scores).build()));
    }

    private static ActionsBlock actions(HandoffTicket ticket) {
        List<BlockElement> buttons = new ArrayList<>();
        if (ticket.state() == HandoffState.OPEN) {
            buttons.add(button(CLAIM, "Claim", ticket.id(), true));
        } else if (ticket.state() == HandoffState.CLAIMED) {
            buttons.add(button(UNCLAIM, "Put back in the queue", ticket.id(), false));
            buttons.add(UsersSelectElement.builder().actionId(REASSIGN + ":" + ticket.id())
                    .placeholder(plain("Hand to a colleague…")).build());
        }
        buttons.add(button(RESOLVE, "Resolve", ticket.id(), false));
        buttons.add(button(RETURN, "Give back to Baton", ticket.id(), false));
        return ActionsBlock.builder().blockId("staff_actions").elements(buttons).build();
    }

    private static String mentions(OnCall onCall) {
        return onCall.mentions().stream()
                .map(id -> id.startsWith("S") ? "<!subteam^" + id + ">" : "<@" + id + ">")
                .collect(Collectors.joining(" "));
    }

    private static String who(HandoffBrief brief) {
        CustomerContext context = brief.conversation().context();
        List<String> facts = new ArrayList<>();
        facts.add(brief.conversation().user().displayName());
        context.title().ifPresent(facts::add);
        context.timeZone().ifPresent(zone -> facts.add("time zone " + zone));
        context.account().ifPresent(account -> facts.add("account " + account));
        context.tier().ifPresent(tier -> facts.add("tier " + tier));
        if (context.highValue()) {
            facts.add("high-value customer");
        }
        context.product().ifPresent(product -> facts.add("product " + product));
        facts.add("asked in " + brief.conversation().key().surface().name().toLowerCase(Locale.ROOT));
        return String.join(" · ", facts);
    }

    private static String transcript(List<Message> transcript) {
        List<Message> shown = transcript.size() > TRANSCRIPT_MESSAGES
                ? transcript.subList(transcript.size() - TRANSCRIPT_MESSAGES, transcript.size())
                : transcript;
        StringBuilder text = new StringBuilder();
        if (shown.size() < transcript.size()) {
            text.append("_(").append(transcript.size() - shown.size()).append(" earlier messages in the admin pages)_\n");
        }
        for (Message message : shown) {
            text.append("*").append(speaker(message.role())).append(":* ").append(Mrkdwn.escape(cut(message.text(), QUOTE)));
            message.confidence().ifPresent(c -> text.append(String.format(" _(confidence %.2f)_", c)));
            if (!message.citations().isEmpty()) {
                text.append("\n   ↳ ").append(message.citations().stream().map(BlockKitReplies::sourceLabel)
                        .collect(Collectors.joining("  ")));
            }
            text.append('\n');
        }
        return cut(text.toString(), 2900);
    }

    private static String speaker(MessageRole role) {
        return switch (role) {
            case USER -> "Requester";
            case ASSISTANT -> "Baton";
            case HUMAN_AGENT -> "Support";
            case SYSTEM -> "Note";
        };
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(MarkdownTextObject.builder().text(mrkdwn).build()).build();
    }

    private static ContextBlock context(String mrkdwn) {
        List<ContextBlockElement> elements = List.of(MarkdownTextObject.builder().text(mrkdwn).build());
        return ContextBlock.builder().elements(elements).build();
    }

    private static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(text).emoji(true).build();
    }

    private static ButtonElement button(String actionId, String label, String value, boolean primary) {
        ButtonElement.ButtonElementBuilder builder =
                ButtonElement.builder().actionId(actionId).text(plain(label)).value(value);
        return primary ? builder.style("primary").build() : builder.build();
    }
}
