package dev.baton.handoff.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.config.ErrorCategory;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TestHandoffTicket {
    private static final Instant OPENED = Instant.parse("2026-11-28T09:00:00Z");
    private static final Instant LATER = OPENED.plusSeconds(90);

    /** The whole transition table: every (state, action) pair not listed here must be refused. */
    private static final Map<HandoffState, Map<HandoffAction, HandoffState>> LEGAL = Map.of(
            HandoffState.OPEN, Map.of(
                    HandoffAction.CLAIM, HandoffState.CLAIMED,
                    HandoffAction.RESOLVE, HandoffState.RESOLVED,
                    HandoffAction.RETURN_TO_BOT, HandoffState.RETURNED_TO_BOT),
            HandoffState.CLAIMED, Map.of(
                    HandoffAction.UNCLAIM, HandoffState.OPEN,
                    HandoffAction.REASSIGN, HandoffState.CLAIMED,
                    HandoffAction.RESOLVE, HandoffState.RESOLVED,
                    HandoffAction.RETURN_TO_BOT, HandoffState.RETURNED_TO_BOT),
            HandoffState.RESOLVED, Map.of(),
            HandoffState.RETURNED_TO_BOT, Map.of());

    static Stream<Arguments> everyStateAndAction() {
        return EnumSet.allOf(HandoffState.class).stream()
                .flatMap(state -> EnumSet.allOf(HandoffAction.class).stream().map(action -> Arguments.of(state, action)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStateAndAction")
    void followsTheTransitionTable(HandoffState state, HandoffAction action) {
        HandoffTicket ticket = in(state);
        HandoffState expected = LEGAL.get(state).get(action);
        if (expected != null) {
            HandoffTicket next = apply(ticket, action, "U-other");
            assertThat(next.state()).isEqualTo(expected).isEqualTo(action.target());
            assertThat(next.version()).isEqualTo(ticket.version() + 1);
            assertThat(next.id()).isEqualTo(ticket.id());
            assertThat(next.openedAt()).isEqualTo(OPENED);
        } else {
            assertThatThrownBy(() -> apply(ticket, action, "U-other"))
                    .isInstanceOfSatisfying(HandoffException.class, e -> {
                        assertThat(e.code()).isEqualTo(HandoffErrorCode.ILLEGAL_TRANSITION);
                        assertThat(e.category()).isEqualTo(ErrorCategory.USER);
                    })
                    .hasMessageContaining("Cannot " + action.verb() + " handoff ticket t-1")
                    .hasMessageContaining("it is " + state.label());
        }
        assertThat(state.allowedActions()).isEqualTo(LEGAL.get(state).keySet().isEmpty()
                ? EnumSet.noneOf(HandoffAction.class)
                : EnumSet.copyOf(LEGAL.get(state).keySet()));
    }

    @Test
    void refusalsSayWhatIsAllowedInstead() {
        assertThatThrownBy(() -> in(HandoffState.OPEN).unclaim())
                .hasMessage("Cannot unclaim handoff ticket t-1: it is open. "
                        + "A ticket that is open can be claimed, resolved or returned to the bot.");
        assertThatThrownBy(() -> in(HandoffState.CLAIMED).claim("U-other", LATER))
                .hasMessage("Cannot claim handoff ticket t-1: it is claimed by U-agent. "
                        + "A ticket that is claimed can be unclaimed, handed to a colleague, resolved or returned to the bot.");
        assertThatThrownBy(() -> in(HandoffState.RESOLVED).claim("U-other", LATER))
                .hasMessage("Cannot claim handoff ticket t-1: it is resolved. "
                        + "A ticket that is resolved is closed for good; open a new handoff if the person needs help again.");
        assertThatThrownBy(() -> in(HandoffState.RETURNED_TO_BOT).resolve(LATER))
                .hasMessageContaining("it is returned to the bot. A ticket that is returned to the bot is closed for good");
    }

    @Test
    void claimingAgainByTheHolderChangesNothing() {
        HandoffTicket claimed = in(HandoffState.CLAIMED);
        assertThat(claimed.claim("U-agent", LATER.plusSeconds(5))).isSameAs(claimed);
    }

    @Test
    void claimRecordsWhoAndWhenAndUnclaimForgetsIt() {
        HandoffTicket claimed = in(HandoffState.OPEN).claim("U-agent", LATER);
        assertThat(claimed.claimedBy()).contains("U-agent");
        assertThat(claimed.claimedAt()).contains(LATER);
        assertThat(claimed.closedAt()).isEmpty();

        HandoffTicket unclaimed = claimed.unclaim();
        assertThat(unclaimed.claimedBy()).isEmpty();
        assertThat(unclaimed.claimedAt()).isEmpty();
        assertThat(unclaimed.version()).isEqualTo(2);
    }

    @Test
    void closingKeepsWhoHandledItAndRecordsWhen() {
        HandoffTicket resolved = in(HandoffState.CLAIMED).resolve(LATER.plusSeconds(300));
        assertThat(resolved.claimedBy()).contains("U-agent");
        assertThat(resolved.closedAt()).contains(LATER.plusSeconds(300));

        HandoffTicket withdrawn = in(HandoffState.OPEN).returnToBot(LATER);
        assertThat(withdrawn.claimedBy()).isEmpty();
        assertThat(withdrawn.closedAt()).contains(LATER);
    }

    @Test
    void onlyOpenAndClaimedAreActive() {
        assertThat(EnumSet.allOf(HandoffState.class).stream().filter(HandoffState::active))
                .containsExactlyInAnyOrder(HandoffState.OPEN, HandoffState.CLAIMED);
    }

    @Test
    void refusesInconsistentTickets() {
        Requester requester = new Requester("U-1", "Ann");
        assertThatThrownBy(() -> HandoffTicket.open("t", "c", requester, List.of(), "", Optional.empty(), OPENED))
                .hasMessageContaining("at least one reason");
        assertThatThrownBy(() -> HandoffTicket.open("t", "c", requester, List.of(" "), "", Optional.empty(), OPENED))
                .hasMessageContaining("none blank");
        assertThatThrownBy(() -> HandoffTicket.open(" ", "c", requester, List.of("r"), "", Optional.empty(), OPENED))
                .hasMessageContaining("needs an id");
        assertThatThrownBy(() -> new HandoffTicket("t", "c", HandoffState.CLAIMED, List.of("r"), "", Optional.empty(),
                        requester, Optional.empty(), OPENED, Optional.empty(), Optional.empty(), 1))
                .hasMessageContaining("needs the agent who claimed it");
        assertThatThrownBy(() -> new HandoffTicket("t", "c", HandoffState.OPEN, List.of("r"), "", Optional.empty(),
                        requester, Optional.of("U-2"), OPENED, Optional.of(OPENED), Optional.empty(), 1))
                .hasMessageContaining("an open ticket has no claimer");
        assertThatThrownBy(() -> new HandoffTicket("t", "c", HandoffState.CLAIMED, List.of("r"), "", Optional.empty(),
                        requester, Optional.of("U-2"), OPENED, Optional.empty(), Optional.empty(), 1))
                .hasMessageContaining("go together");
        assertThatThrownBy(() -> new HandoffTicket("t", "c", HandoffState.RESOLVED, List.of("r"), "", Optional.empty(),
                        requester, Optional.empty(), OPENED, Optional.empty(), Optional.empty(), 1))
                .hasMessageContaining("closing time exactly when it is closed");
        assertThatThrownBy(() -> new HandoffTicket("t", "c", HandoffState.OPEN, List.of("r"), "", Optional.empty(),
                        requester, Optional.empty(), OPENED, Optional.empty(), Optional.of(OPENED), 1))
                .hasMessageContaining("closing time exactly when it is closed");
        assertThatThrownBy(() -> new HandoffTicket("t", "c", HandoffState.OPEN, List.of("r"), "", Optional.empty(),
                        requester, Optional.empty(), OPENED, Optional.empty(), Optional.empty(), -1))
                .hasMessageContaining("negative");
    }

    @Test
    void handingToAColleagueMovesTheClaimAndItsTime() {
        HandoffTicket claimed = in(HandoffState.CLAIMED);
        HandoffTicket handed = claimed.reassign("U-colleague", LATER.plusSeconds(60));

        assertThat(handed.claimedBy()).contains("U-colleague");
        assertThat(handed.claimedAt()).contains(LATER.plusSeconds(60));
        assertThat(handed.state()).isEqualTo(HandoffState.CLAIMED);
        assertThat(claimed.reassign("U-agent", LATER.plusSeconds(60))).isSameAs(claimed);
        assertThatThrownBy(() -> claimed.reassign(" ", LATER)).hasMessageContaining("colleague's id");
    }

    @Test
    void copiesItsReasons() {
        List<String> reasons = new java.util.ArrayList<>(List.of("a"));
        HandoffTicket ticket = HandoffTicket.open(
                "t", "c", new Requester("U", ""), reasons, "", Optional.empty(), OPENED);
        reasons.add("b");
        assertThat(ticket.reasons()).containsExactly("a");
    }

    /** A ticket in the state, reached through legal transitions; claimed ones are held by U-agent. */
    private static HandoffTicket in(HandoffState state) {
        HandoffTicket open = HandoffTicket.open(
                "t-1", "c-1", new Requester("U-req", "Requester"), List.of("explicit request"), "summary",
                Optional.of("billing"), OPENED);
        return switch (state) {
            case OPEN -> open;
            case CLAIMED -> open.claim("U-agent", LATER);
            case RESOLVED -> open.claim("U-agent", LATER).resolve(LATER);
            case RETURNED_TO_BOT -> open.returnToBot(LATER);
        };
    }

    private static HandoffTicket apply(HandoffTicket ticket, HandoffAction action, String agentId) {
        return switch (action) {
            case CLAIM -> ticket.claim(agentId, LATER.plusSeconds(1));
            case UNCLAIM -> ticket.unclaim();
            case REASSIGN -> ticket.reassign(agentId, LATER.plusSeconds(1));
            case RESOLVE -> ticket.resolve(LATER.plusSeconds(1));
            case RETURN_TO_BOT -> ticket.returnToBot(LATER.plusSeconds(1));
        };
    }
}
