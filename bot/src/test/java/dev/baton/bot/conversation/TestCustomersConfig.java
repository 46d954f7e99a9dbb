package dev.baton.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.config.ConfigProblem;
import dev.baton.config.Settings;
import dev.baton.config.SettingsLoader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestCustomersConfig {
    private Settings load(Map<String, String> environment) {
        return SettingsLoader.load(Optional.empty(), environment, getClass().getClassLoader());
    }

    @Test
    void noneByDefault() {
        Settings settings = load(Map.of());
        assertThat(CustomersConfig.from(settings)).isEqualTo(CustomersConfig.none());
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void addsWhatTheSettingsKnowWithoutOverridingTheSurface() {
        Settings settings = load(Map.of(
                "BATON_CUSTOMERS_HIGH_VALUE", "U0VIP0001",
                "BATON_CUSTOMERS_TIERS", "U0VIP0001=gold,U0OTHER01=silver",
                "BATON_CUSTOMERS_ACCOUNTS", "U0VIP0001=Acme Ltd"));
        CustomersConfig customers = CustomersConfig.from(settings);
        assertThat(settings.problems()).isEmpty();

        CustomerContext vip = customers.enrich("U0VIP0001", CustomerContext.unknown());
        assertThat(vip.highValue()).isTrue();
        assertThat(vip.tier()).contains("gold");
        assertThat(vip.account()).contains("Acme Ltd");

        CustomerContext known = new CustomerContext(Optional.of("Engineer"), Optional.empty(), Optional.empty(),
                Optional.of("platinum"), false, Optional.empty(), Set.of(), List.of());
        assertThat(customers.enrich("U0VIP0001", known).tier()).as("the surface's own tier wins").contains("platinum");
        assertThat(customers.enrich("U0NOBODY1", CustomerContext.unknown())).isEqualTo(CustomerContext.unknown());
    }

    @Test
    void aMalformedEntryIsReported() {
        Settings settings = load(Map.of("BATON_CUSTOMERS_TIERS", "gold"));
        CustomersConfig.from(settings);
        assertThat(settings.problems()).extracting(ConfigProblem::message)
                .containsExactly("\"gold\" must be person-id=tier, such as U0123ABCD=gold");
    }
}
