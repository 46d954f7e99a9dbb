package dev.baton.knowledge.categorize;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.baton.config.SettingsLoader;
import dev.baton.knowledge.embedding.EmbeddingModel;
import dev.baton.knowledge.embedding.HashingEmbeddingModel;
import dev.baton.knowledge.eval.CategorizationEvaluation;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestCategorizationModule {
    @Test
    void bindsACategorizerTrainedOnTheConfiguredCategories() {
        CategorizationConfig config = CategorizationConfig.from(
                SettingsLoader.load(Optional.empty(), Map.of(), getClass().getClassLoader()));
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                binder().disableCircularProxies();
                bind(EmbeddingModel.class).toInstance(new HashingEmbeddingModel());
                install(new CategorizationModule(config));
            }
        });

        Categorizer categorizer = injector.getInstance(Categorizer.class);
        assertThat(categorizer).isSameAs(injector.getInstance(Categorizer.class));
        assertThat(((EmbeddingCategorizer) categorizer).categories())
                .containsExactlyElementsOf(config.categories().stream().map(CategoryDefinition::name).toList());
        assertThat(categorizer.categorize("the VPN won't connect").closest()).isEqualTo("network-vpn");
        assertThat(injector.getInstance(CategorizationEvaluation.class)).isNotNull();
        assertThat(injector.getInstance(CategorizationConfig.class)).isSameAs(config);
    }
}
