package dev.baton.knowledge.categorize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.config.ConfigProblem;
import dev.baton.config.Settings;
import dev.baton.config.SettingsLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCategorizationConfig {
    @TempDir
    Path temp;

    private Settings load(String file, Map<String, String> environment) throws IOException {
        Path path = temp.resolve("baton.conf");
        Files.writeString(path, file);
        return SettingsLoader.load(Optional.of(path), environment, getClass().getClassLoader());
    }

    @Test
    void defaults() throws IOException {
        Settings settings = load("", Map.of());
        CategorizationConfig config = CategorizationConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config.method()).isEqualTo(CategorizationMethod.ENSEMBLE);
        assertThat(config.neighbours()).isEqualTo(10);
        assertThat(config.targetFalseAbstention()).isEqualTo(0.05);
        assertThat(config.outOfScopeExamples()).hasSize(10).contains("tell me a joke");
        assertThat(config.categories()).extracting(CategoryDefinition::name).containsExactly(
                "access-and-passwords", "hardware", "software", "network-vpn", "security",
                "hr-leave", "payroll-benefits", "expenses-and-travel", "hr-policies");
        // Enough examples in every category to hold some out for the threshold.
        assertThat(config.categories()).allSatisfy(category -> assertThat(category.examples()).hasSizeGreaterThanOrEqualTo(8));
        assertThat(config.examples()).hasSize(config.categories().stream().mapToInt(c -> c.examples().size()).sum());
    }

    @Test
    void everyKeyIsMapped() throws IOException {
        Settings settings = load("""
                categorization {
                  method = "nearest-neighbours"
                  neighbours = 7
                  target-false-abstention = 0.1
                  out-of-scope-examples = ["tell me a joke", "what's for lunch"]
                  categories = [
                    { name = "facilities", examples = ["the heating is broken", "a light is out"] }
                    { name = "it", examples = ["my laptop is slow"] }
                  ]
                }
                """, Map.of());
        CategorizationConfig config = CategorizationConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config).isEqualTo(new CategorizationConfig(
                List.of(new CategoryDefinition("facilities", List.of("the heating is broken", "a light is out")),
                        new CategoryDefinition("it", List.of("my laptop is slow"))),
                List.of("tell me a joke", "what's for lunch"),
                CategorizationMethod.NEAREST_NEIGHBOURS,
                7,
                0.1));
    }

    @Test
    void environmentVariablesSetTheScalars() throws IOException {
        Settings settings = load("", Map.of(
                "BATON_CATEGORIZATION_METHOD", "softmax",
                "BATON_CATEGORIZATION_TARGET_FALSE_ABSTENTION", "0.1"));
        CategorizationConfig config = CategorizationConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config.method()).isEqualTo(CategorizationMethod.SOFTMAX);
        assertThat(config.targetFalseAbstention()).isEqualTo(0.1);
    }

    @Test
    void reportsEveryBadCategory() throws IOException {
        Settings settings = load("""
                categorization {
                  method = "magic"
                  neighbours = 0
                  target-false-abstention = 0.9
                  categories = [
                    { examples = ["no name"] }
                    { name = "empty", examples = [] }
                    { name = "it", examples = ["laptop", ""], colour = "blue" }
                    { name = "it", examples = ["again"] }
                  ]
                }
                """, Map.of());
        CategorizationConfig config = CategorizationConfig.from(settings);

        assertThat(settings.problems()).extracting(ConfigProblem::key).containsOnly(
                "categorization.method", "categorization.neighbours", "categorization.target-false-abstention",
                "categorization.categories");
        assertThat(settings.problems()).extracting(ConfigProblem::message).anySatisfy(message ->
                        assertThat(message).contains("category 1: needs a non-empty name"))
                .anySatisfy(message -> assertThat(message).contains("category 2: empty needs examples"))
                .anySatisfy(message -> assertThat(message).contains("it has unknown fields [colour]"))
                .anySatisfy(message -> assertThat(message).contains("it has an example that is not a non-empty string"))
                .anySatisfy(message -> assertThat(message).contains("category 4: it is defined twice"));
        assertThat(config.categories()).extracting(CategoryDefinition::name).containsExactly("it");
    }

    @Test
    void categoriesMustBeAListOfObjects() throws IOException {
        Settings settings = load("categorization.categories = [\"hardware\", \"software\"]", Map.of());
        CategorizationConfig config = CategorizationConfig.from(settings);

        assertThat(settings.problems()).extracting(ConfigProblem::message)
                .anySatisfy(message -> assertThat(message).contains("must be a list of objects"));
        assertThat(config.categories()).hasSize(9); // the defaults, so that start-up can report everything at once
    }
}
