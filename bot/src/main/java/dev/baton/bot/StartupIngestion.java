package dev.baton.bot;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.admin.AdminConfig;
import dev.baton.knowledge.KnowledgeBase;
import dev.baton.knowledge.KnowledgeConfig;
import dev.baton.knowledge.ingest.IngestListener;
import dev.baton.knowledge.ingest.IngestReport;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the index up to date with the configured sources before the server takes traffic — or
 * with the bundled sample knowledge base when no source is configured. Incremental, so a restart
 * with unchanged sources only hashes the files.
 */
public final class StartupIngestion implements Managed {
    private static final Logger log = LoggerFactory.getLogger(StartupIngestion.class);

    private final KnowledgeBase knowledge;
    private final KnowledgeConfig config;
    private final Path approvedAnswers;
    private Optional<BundledSampleKnowledgeBase> sample = Optional.empty();

    @Inject
    public StartupIngestion(KnowledgeBase knowledge, KnowledgeConfig config, AdminConfig admin) {
        this.knowledge = requireNonNull(knowledge, "knowledge is null");
        this.config = requireNonNull(config, "config is null");
        this.approvedAnswers = requireNonNull(admin, "admin is null").approvedAnswers();
    }

    @Override
    public void start() {
        ingest(IngestListener.NONE);
    }

    /** Ingests the configured sources (or the sample) and returns what happened. */
    public IngestReport ingest(IngestListener listener) {
        List<Path> roots = config.sources();
        if (roots.isEmpty()) {
            BundledSampleKnowledgeBase bundled = sample.orElseGet(BundledSampleKnowledgeBase::open);
            sample = Optional.of(bundled);
            roots = List.of(bundled.root());
            log.info("No knowledge.sources configured: using the bundled sample knowledge base");
        }
        if (Files.isDirectory(approvedAnswers)) {
            // Answers a reviewer approved from resolved handoffs (the admin pages' proposed answers).
            roots = new ArrayList<>(roots);
            roots.add(approvedAnswers);
        }
        IngestReport report = knowledge.ingest(roots, listener);
        log.info("Knowledge up to date: {} added, {} updated, {} unchanged, {} removed, {} chunks written, {} failed",
                report.added(), report.updated(), report.unchanged(), report.removed(), report.chunksWritten(),
                report.failures().size());
        report.failures().forEach(failure -> log.warn("Could not ingest {}: {}", failure.file(), failure.reason()));
        return report;
    }

    @Override
    public void stop() {
        sample.ifPresent(BundledSampleKnowledgeBase::close);
        sample = Optional.empty();
    }
}
