package dev.baton.handoff.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.handoff.lifecycle.StaffThread;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestJdbiStaffThreadStore {
    private static MigratedDatabases databases;

    @BeforeAll
    static void startDatabases() {
        databases = new MigratedDatabases();
    }

    @AfterAll
    static void stopDatabases() throws Exception {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void findsTheThreadOfATicketAndTheTicketOfAThread(Engine engine) {
        StaffThreadStore store = new JdbiStaffThreadStore(databases.fresh(engine));
        StaffThread thread = new StaffThread("slack", "C0ONCALL1", "1732788000.000100");

        store.attach("t-1", thread);
        store.attach("t-1", new StaffThread("slack", "C0ONCALL1", "1732788999.000100"));

        assertThat(store.threadOf("t-1")).as("a ticket keeps its first thread").contains(thread);
        assertThat(store.ticketIn(thread)).contains("t-1");
        assertThat(store.ticketIn(new StaffThread("slack", "C0ONCALL1", "1.2"))).isEmpty();
        assertThat(store.threadOf("t-2")).isEmpty();
    }
}
