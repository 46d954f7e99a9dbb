package dev.baton.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TestChunker {
    private static SourceDocument document(List<Section> sections) {
        return new SourceDocument("it/vpn.md", "VPN", "https://wiki/vpn", Optional.of("vpn"), Set.of("staff"),
                ChunkKind.DOCUMENT, sections);
    }

    private static String sentence(int i) {
        return "Sentence number " + i + " explains one more step of the procedure.";
    }

    @Test
    void smallBlocksOfASectionArePackedAndSectionsAreNeverMixed() {
        List<Chunk> chunks = new Chunker(500, 100).chunk(document(List.of(
                new Section(List.of("VPN"), List.of("Install the client.", "Sign in with your badge.")),
                new Section(List.of("VPN", "Reset your password"), List.of("Open the portal.")))));

        assertThat(chunks).extracting(Chunk::text)
                .containsExactly("Install the client.\n\nSign in with your badge.", "Open the portal.");
        assertThat(chunks).extracting(Chunk::section).containsExactly("VPN", "VPN > Reset your password");
        assertThat(chunks).extracting(Chunk::id).containsExactly("it/vpn.md#0", "it/vpn.md#1");
        assertThat(chunks).extracting(Chunk::position).containsExactly(0, 1);
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.documentId()).isEqualTo("it/vpn.md");
            assertThat(chunk.title()).isEqualTo("VPN");
            assertThat(chunk.location()).isEqualTo("https://wiki/vpn");
            assertThat(chunk.product()).contains("vpn");
            assertThat(chunk.accessTags()).containsExactly("staff");
        });
    }

    @Test
    void aLongSectionIsSplitWithinTheLimitWithOverlapAndLosesNothing() {
        String longBlock = String.join(" ", IntStream.range(0, 40).mapToObj(TestChunker::sentence).toList());
        List<Chunk> chunks = new Chunker(400, 120).chunk(document(List.of(
                new Section(List.of("Steps"), List.of("Short intro.", longBlock)))));

        assertThat(chunks).hasSizeGreaterThan(5);
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.text().length()).isLessThanOrEqualTo(400));
        for (int i = 0; i < 40; i++) {
            String wanted = sentence(i);
            assertThat(chunks).anySatisfy(chunk -> assertThat(chunk.text()).contains(wanted));
        }
        for (int i = 1; i < chunks.size(); i++) {
            String previous = chunks.get(i - 1).text();
            String firstSentence = chunks.get(i).text().split("(?<=\\.) ")[0];
            assertThat(previous).as("chunk %d starts with the end of chunk %d", i, i - 1).contains(firstSentence);
        }
    }

    @Test
    void noOverlapWhenItIsZero() {
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            blocks.add(sentence(i));
        }
        List<Chunk> chunks = new Chunker(200, 0).chunk(document(List.of(new Section(List.of(), blocks))));

        int total = chunks.stream().mapToInt(chunk -> chunk.text().split("Sentence").length - 1).sum();
        assertThat(total).isEqualTo(20);
    }

    @Test
    void aWordLongerThanAChunkIsCut() {
        String token = "x".repeat(450);
        List<Chunk> chunks = new Chunker(200, 50).chunk(document(List.of(new Section(List.of(), List.of(token)))));

        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.text().length()).isLessThanOrEqualTo(200));
        assertThat(String.join("", chunks.stream().map(Chunk::text).toList())).contains(token.substring(0, 400));
    }

    @Test
    void rejectsAnOverlapOverHalfTheSize() {
        assertThatThrownBy(() -> new Chunker(100, 60)).isInstanceOf(IllegalArgumentException.class);
    }
}
