package dev.baton.bot.teams;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Teams app package: a zip of {@code manifest.json} (from {@code docs/teams/manifest.json}, shipped
 * in the jar, with the bot's app id and Baton's public address filled in), {@code color.png} and
 * {@code outline.png}, which a Teams admin uploads (or a developer sideloads).
 */
public final class TeamsAppPackage {
    static final String RESOURCES = "/teams-app/";
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");
    private static final Pattern VERSION = Pattern.compile("\\d{1,5}\\.\\d{1,5}\\.\\d{1,5}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{\\{([A-Z_]+)}}");

    /** What goes into the manifest; each is checked, with what to do when it is wrong. */
    public record Details(String appId, URI publicUrl, String developerName, String appVersion) {
        public Details {
            requireNonNull(appId, "appId is null");
            requireNonNull(publicUrl, "publicUrl is null");
            requireNonNull(developerName, "developerName is null");
            requireNonNull(appVersion, "appVersion is null");
            if (!GUID.matcher(appId).matches()) {
                throw new IllegalArgumentException("the app id \"" + appId + "\" is not a GUID: use the Azure Bot's "
                        + "Microsoft App ID (MICROSOFT_APP_ID), such as 00000000-0000-0000-0000-000000000000");
            }
            if (!"https".equals(publicUrl.getScheme()) || publicUrl.getHost() == null) {
                throw new IllegalArgumentException("the public URL \"" + publicUrl + "\" must be https:// with a host: "
                        + "Teams only talks to bots over HTTPS, at the address registered as the bot's messaging endpoint");
            }
            if (developerName.isBlank() || developerName.length() > 32) {
                throw new IllegalArgumentException("the developer name must be 1 to 32 characters");
            }
            if (!VERSION.matcher(appVersion).matches()) {
                throw new IllegalArgumentException("the app version \"" + appVersion + "\" must look like 1.0.0");
            }
        }
    }

    private TeamsAppPackage() {}

    /** Writes the package to {@code output} (replacing it) and returns the manifest that went in. */
    public static String write(Details details, Path output) throws IOException {
        String manifest = manifest(details);
        Path temporary = Files.createTempFile(output.toAbsolutePath().getParent(), ".teams-app", ".zip");
        try (OutputStream file = Files.newOutputStream(temporary); ZipOutputStream zip = new ZipOutputStream(file)) {
            add(zip, "manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
            add(zip, "color.png", resource("color.png"));
            add(zip, "outline.png", resource("outline.png"));
        }
        Files.move(temporary, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return manifest;
    }

    static String manifest(Details details) {
        String url = details.publicUrl().toString().replaceAll("/+$", "");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("MICROSOFT_APP_ID", details.appId().toLowerCase(Locale.ROOT));
        values.put("PUBLIC_URL", url);
        values.put("PUBLIC_HOST", details.publicUrl().getHost());
        values.put("DEVELOPER_NAME", details.developerName().replace("\\", "\\\\").replace("\"", "\\\""));
        values.put("APP_VERSION", details.appVersion());
        String template = new String(resource("manifest.json"), StandardCharsets.UTF_8);
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("manifest.json has a placeholder nobody fills: " + matcher.group());
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] resource(String name) {
        try (InputStream in = TeamsAppPackage.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("Teams app file missing from the jar: " + RESOURCES + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
