package dev.baton.bot.admin;

import static java.util.Objects.requireNonNull;

import com.google.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the admin pages show, for the last N days: the overview, the knowledge gaps, the sources cited. */
public final class AdminReports {
    private final ConversationFactsReader facts;
    private final KnowledgeGaps gaps;
    private final AdminConfig config;
    private final Clock clock;

    @Inject
    public AdminReports(ConversationFactsReader facts, KnowledgeGaps gaps, AdminConfig config, Clock clock) {
        this.facts = requireNonNull(facts, "facts is null");
        this.gaps = requireNonNull(gaps, "gaps is null");
        this.config = requireNonNull(config, "config is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public Overview overview(int days, Optional<String> channel, Optional<String> category) {
        Instant now = clock.instant();
        ReportWindow all = new ReportWindow(since(days), now.plusMillis(1), Optional.empty(), Optional.empty());
        List<ConversationFacts> everything = facts.read(all);
        List<String> channels = everything.stream().map(ConversationFacts::channel).distinct().sorted().toList();
        List<String> categories = everything.stream().flatMap(f -> f.category().stream()).distinct().sorted().toList();
        List<ConversationFacts> chosen = everything.stream()
                .filter(f -> channel.isEmpty() || channel.get().equals(f.channel()))
                .filter(f -> category.isEmpty() || category.equals(f.category()))
                .toList();
        return new OverviewCalculator(new OutcomeRules(config.quietAfter()))
                .overview(chosen, now, config.timeZone(), channels, categories);
    }

    public List<KnowledgeGaps.Gap> gaps(int days) {
        return gaps.unanswered(since(days));
    }

    public List<KnowledgeGaps.SourceUse> sources(int days) {
        return gaps.sourcesCited(since(days));
    }

    private Instant since(int days) {
        return clock.instant().minus(Duration.ofDays(days));
    }
}
