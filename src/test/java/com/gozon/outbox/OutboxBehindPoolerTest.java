package com.gozon.outbox;

import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.PgBouncer;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two instances behind PgBouncer in transaction mode, where a server connection serves every instance in turn: each
 * publication names the instance that wrote it, or that claimed it for a resubmission, whatever server connection
 * carried the statement (issue 20; ADR 0026). Skipped without {@value PgBouncer#BINARY}, unless
 * {@code -Dgozon.test.pgbouncer=required}.
 */
@GozonIntegrationTest
class OutboxBehindPoolerTest {

    /** A registry of its own, migrated as the shop's: the running shop's relay does not claim these rows. */
    private static final String SCHEMA = "outbox_behind_pooler";

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    PgBouncer pgBouncer;
    Instance a;
    Instance b;

    @BeforeAll
    static void pgBouncerAtHand() {
        if (!PgBouncer.isInstalled() && "required".equals(System.getProperty("gozon.test.pgbouncer"))) {
            fail("gozon.test.pgbouncer=required, but " + PgBouncer.BINARY + " is missing (apt-get install pgbouncer)");
        }
        assumeTrue(PgBouncer.isInstalled(), "No " + PgBouncer.BINARY + ": the outbox is not tried behind a pooler "
                + "(apt-get install pgbouncer; -Dgozon.test.pgbouncer=required fails instead)");
    }

    @BeforeEach
    void startPgBouncerAndTwoInstances() throws IOException {
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).createSchemas(true)
                .locations("classpath:db/outbox").load().migrate();
        var url = environment.getRequiredProperty("spring.datasource.url");
        pgBouncer = PgBouncer.inFrontOf(url, environment.getRequiredProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password", ""), 2);
        var database = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
        a = new Instance("pooler-a-" + shortId(), pgBouncer.jdbcUrl(database), environment);
        b = new Instance("pooler-b-" + shortId(), pgBouncer.jdbcUrl(database), environment);
    }

    @AfterEach
    void stop() throws IOException {
        a.close();
        b.close();
        pgBouncer.close();
        JdbcClient.create(dataSource).sql("drop schema " + SCHEMA + " cascade").update();
    }

    @Test
    void eachPublicationNamesTheInstanceThatWroteIt() {
        var writers = new LinkedHashMap<UUID, String>();
        for (var round = 0; round < 20; round++) {
            for (var instance : new Instance[] {a, b}) {
                var id = UUID.randomUUID();
                instance.write(id);
                writers.put(id, instance.id);
            }
        }

        var holders = holders(writers.keySet());
        assertThat(writers.keySet()).allSatisfy(id -> assertThat(holders.get(id))
                .as("the holder of a publication written by %s", writers.get(id)).isEqualTo(writers.get(id)));
    }

    @Test
    void aResubmittedPublicationNamesTheInstanceThatClaimedIt() {
        var id = UUID.randomUUID();
        a.write(id);
        JdbcClient.create(dataSource).sql("update " + SCHEMA + ".event_publication set status = 'FAILED' where id = ?")
                .param(id).update();

        var claimed = b.table.claimFailed(10, Duration.ZERO, Duration.ZERO);

        assertThat(claimed).extracting(PublicationTable.ClaimedRow::id).containsExactly(id);
        assertThat(holders(List.of(id))).containsExactly(Map.entry(id, b.id));
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Map<UUID, String> holders(Collection<UUID> ids) {
        var holders = new LinkedHashMap<UUID, String>();
        JdbcClient.create(dataSource)
                .sql("select id, coalesce(claimed_by, '(none)') from " + SCHEMA + ".event_publication"
                        + " where id = any(?)")
                .param(ids.toArray(UUID[]::new))
                .query((row, number) -> holders.put(row.getObject(1, UUID.class), row.getString(2)))
                .list();
        return holders;
    }

    /** An instance of the shop as far as the outbox goes: its own connection pool through PgBouncer, its own id. */
    private static final class Instance implements AutoCloseable {

        final String id;
        final HikariDataSource pool = new HikariDataSource();
        final PublicationTable table;

        Instance(String id, String url, Environment environment) {
            this.id = id;
            pool.setJdbcUrl(url);
            pool.setUsername(environment.getRequiredProperty("spring.datasource.username"));
            pool.setMaximumPoolSize(2);
            table = new PublicationTable(JdbcClient.create(pool), SCHEMA, Clock.systemUTC(), OutboxInstance.named(id));
        }

        void write(UUID publication) {
            table.insert(publication, String.class.getName(), "\"x\"", null);
        }

        @Override
        public void close() {
            pool.close();
        }
    }
}
