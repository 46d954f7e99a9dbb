package dev.baton.bot.cli;

import dev.baton.bot.AllSettings;
import dev.baton.bot.teams.TeamsAppPackage;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Builds the zip a Teams admin uploads to install Baton (manifest with the app id filled in, and icons). */
@Command(name = "teams-package", mixinStandardHelpOptions = true,
        description = "Build the Microsoft Teams app package (manifest.json, color.png, outline.png) to upload "
                + "in Teams or the Teams admin center. See docs/teams/README.md.")
public final class TeamsPackageCommand implements Callable<Integer> {
    @Mixin
    SettingsOption settingsOption;

    @Spec
    CommandSpec spec;

    @Option(names = "--app-id", paramLabel = "GUID",
            description = "The Azure Bot's Microsoft App ID. Default: teams.app-id (MICROSOFT_APP_ID).")
    String appId;

    @Option(names = "--public-url", required = true, paramLabel = "URL",
            description = "Where Baton is reachable over HTTPS, e.g. https://baton.example.com (the bot's messaging "
                    + "endpoint is this plus /api/messages).")
    URI publicUrl;

    @Option(names = "--developer", paramLabel = "NAME", defaultValue = "Baton",
            description = "Developer name shown in Teams (default: ${DEFAULT-VALUE}).")
    String developer;

    @Option(names = "--app-version", paramLabel = "X.Y.Z", defaultValue = "1.0.0",
            description = "Version of the Teams app; raise it for each upload (default: ${DEFAULT-VALUE}).")
    String appVersion;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "baton-teams-app.zip",
            description = "Zip to write (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() throws Exception {
        String id = appId;
        if (id == null) {
            AllSettings all = settingsOption.load();
            id = all.teams().appId().orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "No app id: pass --app-id or set MICROSOFT_APP_ID to the Azure Bot's Microsoft App ID"));
        }
        TeamsAppPackage.Details details;
        try {
            details = new TeamsAppPackage.Details(id, publicUrl, developer, appVersion);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        TeamsAppPackage.write(details, output);
        System.out.println("Wrote " + output.toAbsolutePath() + " (bot " + details.appId() + ", messaging endpoint "
                + publicUrl.toString().replaceAll("/+$", "") + "/api/messages). Upload it in Teams: Apps > Manage "
                + "your apps > Upload an app.");
        return 0;
    }
}
