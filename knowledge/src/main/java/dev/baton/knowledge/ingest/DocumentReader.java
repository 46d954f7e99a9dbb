package dev.baton.knowledge.ingest;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.KnowledgeErrorCode;
import dev.baton.knowledge.KnowledgeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one file: its bytes and sidecar (hashed, so unchanged files are skipped before parsing),
 * then the document with its metadata. Metadata precedence: the sidecar {@code <file>.meta.yaml},
 * then the file's own (front matter, HTML meta tags, PDF information); the title falls back to the
 * first heading, then the file name.
 */
final class DocumentReader {
    private final DocumentParsers parsers;
    private final String fingerprint;

    DocumentReader(DocumentParsers parsers, String fingerprint) {
        this.parsers = requireNonNull(parsers, "parsers is null");
        this.fingerprint = requireNonNull(fingerprint, "fingerprint is null");
    }

    /** The raw bytes of a file and its sidecar, and their hash. */
    record Raw(Path file, byte[] content, Optional<byte[]> sidecar, String hash) {}

    /** @throws KnowledgeException UNSUPPORTED_DOCUMENT or UNREADABLE_DOCUMENT */
    Raw load(Path file) {
        String name = fileName(file);
        if (parsers.forFile(name).isEmpty()) {
            throw new KnowledgeException(KnowledgeErrorCode.UNSUPPORTED_DOCUMENT,
                    "unsupported file type; Baton reads " + DocumentParsers.supported());
        }
        try {
            byte[] content = Files.readAllBytes(file);
            Path sidecarPath = file.resolveSibling(name + DocumentParsers.SIDECAR_SUFFIX);
            Optional<byte[]> sidecar = Files.isRegularFile(sidecarPath)
                    ? Optional.of(Files.readAllBytes(sidecarPath))
                    : Optional.empty();
            return new Raw(file, content, sidecar, hash(content, sidecar));
        } catch (IOException e) {
            throw new KnowledgeException(KnowledgeErrorCode.UNREADABLE_DOCUMENT, "cannot be read: " + describe(e), e);
        }
    }

    /** @throws KnowledgeException UNREADABLE_DOCUMENT when the file cannot be parsed or has no text */
    SourceDocument parse(Raw raw, String documentId) {
        String name = fileName(raw.file());
        DocumentParser parser = parsers.forFile(name).orElseThrow();
        ParsedDocument parsed;
        DocumentMetadata metadata;
        try {
            parsed = parser.parse(raw.content());
            metadata = parsed.metadata();
            if (raw.sidecar().isPresent()) {
                String yaml = new String(raw.sidecar().get(), StandardCharsets.UTF_8);
                metadata = metadata.overriddenBy(MetadataYaml.parse(yaml));
            }
        } catch (IOException | RuntimeException e) {
            // Parsers of untrusted files fail in many ways (PDFBox and YAML throw unchecked ones too).
            throw new KnowledgeException(KnowledgeErrorCode.UNREADABLE_DOCUMENT, "cannot be parsed: " + describe(e), e);
        }
        if (!parsed.hasText()) {
            throw new KnowledgeException(KnowledgeErrorCode.UNREADABLE_DOCUMENT,
                    "contains no text (a scanned PDF needs a text layer)");
        }
        String title = metadata.title().or(parsed::firstHeading).orElse(withoutExtension(name));
        return new SourceDocument(
                documentId,
                title,
                metadata.url().orElse(documentId),
                metadata.product(),
                metadata.accessTags().orElse(Set.of()),
                metadata.kind().orElse(ChunkKind.DOCUMENT),
                parsed.sections());
    }

    private String hash(byte[] content, Optional<byte[]> sidecar) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(fingerprint.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(content);
            sidecar.ifPresent(bytes -> {
                digest.update((byte) 0);
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
