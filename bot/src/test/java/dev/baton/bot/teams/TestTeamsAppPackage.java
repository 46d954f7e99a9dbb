package dev.baton.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.bot.Main;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TestTeamsAppPackage {
    private static final String APP_ID = "3F2504E0-4F89-11D3-9A0C-0305E82C3301";

    @TempDir
    Path directory;

    private static Map<String, byte[]> entries(Path zip) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void thePackageHoldsAFilledManifestAndTheTwoIconsAtItsRoot() throws Exception {
        Path zip = directory.resolve("baton.zip");
        TeamsAppPackage.write(new TeamsAppPackage.Details(APP_ID, URI.create("https://baton.example.com/"), "Fernhill IT",
                "1.2.3"), zip);
        Map<String, byte[]> entries = entries(zip);
        assertThat(entries).containsOnlyKeys("manifest.json", "color.png", "outline.png");

        String text = new String(entries.get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("${{");
        JsonNode manifest = TeamsJson.MAPPER.readTree(text);
        assertThat(manifest.get("manifestVersion").asText()).isEqualTo("1.17");
        assertThat(manifest.get("$schema").asText()).contains("/v1.17/");
        assertThat(manifest.get("id").asText()).isEqualTo(APP_ID.toLowerCase());
        assertThat(manifest.get("version").asText()).isEqualTo("1.2.3");
        assertThat(manifest.get("developer").get("name").asText()).isEqualTo("Fernhill IT");
        assertThat(manifest.get("developer").get("privacyUrl").asText()).isEqualTo("https://baton.example.com/");
        assertThat(manifest.get("validDomains").get(0).asText()).isEqualTo("baton.example.com");
        JsonNode bot = manifest.get("bots").get(0);
        assertThat(bot.get("botId").asText()).isEqualTo(APP_ID.toLowerCase());
        assertThat(bot.get("commandLists").get(0).get("commands").get(0).get("title").asText()).isEqualTo("human");
        assertThat(manifest.get("description").get("short").asText().length()).isLessThanOrEqualTo(80);
        assertThat(manifest.get("name").get("short").asText().length()).isLessThanOrEqualTo(30);

        BufferedImage color = ImageIO.read(new ByteArrayInputStream(entries.get("color.png")));
        assertThat(color.getWidth()).isEqualTo(192);
        assertThat(color.getHeight()).isEqualTo(192);
        BufferedImage outline = ImageIO.read(new ByteArrayInputStream(entries.get("outline.png")));
        assertThat(outline.getWidth()).isEqualTo(32);
        assertThat(outline.getHeight()).isEqualTo(32);
        // Teams wants the outline white on transparent: every pixel is white or (partly) transparent.
        int drawn = 0;
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                int argb = outline.getRGB(x, y);
                if ((argb >>> 24) != 0) {
                    drawn++;
                    assertThat(argb & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(0xFFFFFF);
                }
            }
        }
        assertThat(outline.getRGB(0, 0) >>> 24).isZero();
        assertThat(drawn).isGreaterThan(50);
    }

    @Test
    void badDetailsAreRefusedWithWhatToDo() {
        URI url = URI.create("https://baton.example.com");
        assertThatThrownBy(() -> new TeamsAppPackage.Details("my-bot", url, "Baton", "1.0.0"))
                .hasMessageContaining("not a GUID").hasMessageContaining("MICROSOFT_APP_ID");
        assertThatThrownBy(() -> new TeamsAppPackage.Details(APP_ID, URI.create("http://baton.example.com"), "Baton", "1.0.0"))
                .hasMessageContaining("https://");
        assertThatThrownBy(() -> new TeamsAppPackage.Details(APP_ID, url, "Baton", "1.0"))
                .hasMessageContaining("1.0.0");
    }

    @Test
    void theTeamsPackageCommandWritesTheZipAndExplainsAMissingAppId() throws Exception {
        Path zip = directory.resolve("out.zip");
        CommandLine commandLine = Main.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute("teams-package", "--app-id", APP_ID, "--public-url", "https://baton.example.com",
                "--output", zip.toString());
        assertThat(exit).as(err.toString()).isZero();
        assertThat(entries(zip)).containsKey("manifest.json");

        StringWriter badErr = new StringWriter();
        CommandLine bad = Main.commandLine();
        bad.setErr(new PrintWriter(badErr, true));
        assertThat(bad.execute("teams-package", "--app-id", "nope", "--public-url", "https://baton.example.com",
                "--output", directory.resolve("bad.zip").toString())).isNotZero();
        assertThat(badErr.toString()).contains("not a GUID");
    }
}
