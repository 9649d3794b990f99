package com.gozon.outbox;

import com.gozon.support.GozonIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When an instance could not reach the database, the publications it had in flight are resubmitted as soon as it can
 * again (their PROCESSING mark or their completion may have been lost with the connection), instead of waiting for
 * the staleness monitor's minute. Without an outage, they are left to it. The fault run restarts a real PostgreSQL
 * under load (docs/reliability.md); here the outage is a data source that refuses connections.
 */
@GozonIntegrationTest
class DatabaseOutageTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    OutboxProperties properties;

    @Autowired
    JdbcClient jdbc;

    SwitchableDataSource database;
    InstanceLeases leases;
    String instance;

    @BeforeEach
    void setUp() {
        database = new SwitchableDataSource(dataSource);
        instance = "outage-test-" + UUID.randomUUID();
        leases = new InstanceLeases(JdbcClient.create(database), OutboxInstance.named(instance), properties);
        // alive: the running shop's own takeover leaves this instance's publications alone
        leases.renewAndTakeOver();
    }

    @Test
    void inFlightPublicationsAreResubmittedOnceTheDatabaseIsBack() {
        var inFlight = inFlightAt(instance);
        var othersInFlight = inFlightAt("another-" + UUID.randomUUID());
        keepAlive(othersInFlight);

        database.reachable = false;
        leases.renewAndTakeOver();
        database.reachable = true;
        leases.renewAndTakeOver();

        assertThat(statusOf(inFlight)).isEqualTo("FAILED");
        assertThat(statusOf(othersInFlight)).isEqualTo("PROCESSING");
        delete(inFlight, othersInFlight);
    }

    @Test
    void reclaimedPublicationIsDueAtOnceWhateverItsEarlierAttempts() {
        var inFlight = inFlightAt(instance);
        jdbc.sql("update outbox.event_publication set completion_attempts = 10, last_resubmission_date = now()"
                + " where id = ?").param(inFlight).update();

        database.reachable = false;
        leases.renewAndTakeOver();
        database.reachable = true;
        leases.renewAndTakeOver();

        // the relay's backoff (PublicationTable.claimFailed) is initial x 2^attempts: from 0 attempts, the initial
        var attempts = jdbc.sql("select completion_attempts from outbox.event_publication where id = ?")
                .param(inFlight).query(Integer.class).single();
        assertThat(attempts).isZero();
        delete(inFlight);
    }

    @Test
    void lateRenewalIsNoOutage() {
        var inFlight = inFlightAt(instance);

        database.delay = properties.leaseHeartbeat().multipliedBy(4);
        leases.renewAndTakeOver();
        database.delay = Duration.ZERO;
        leases.renewAndTakeOver();

        assertThat(statusOf(inFlight)).isEqualTo("PROCESSING");
        delete(inFlight);
    }

    @Test
    void withoutAnOutageInFlightPublicationsAreLeftToTheirSender() {
        var inFlight = inFlightAt(instance);

        leases.renewAndTakeOver();
        leases.renewAndTakeOver();

        assertThat(statusOf(inFlight)).isEqualTo("PROCESSING");
        delete(inFlight);
    }

    private UUID inFlightAt(String holder) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into outbox.event_publication (id, listener_id, event_type, serialized_event, publication_date,"
                        + " status, completion_attempts, claimed_by) values (?, 'outage-test', 'java.lang.String',"
                        + " '\"x\"', now(), 'PROCESSING', 0, ?)")
                .params(id, holder).update();
        return id;
    }

    private void keepAlive(UUID publication) {
        jdbc.sql("insert into outbox.instance_lease (instance_id, heartbeat_at) select claimed_by,"
                        + " now() + interval '1 minute' from outbox.event_publication where id = ?")
                .param(publication).update();
    }

    private String statusOf(UUID publication) {
        return jdbc.sql("select status from outbox.event_publication where id = ?").param(publication)
                .query(String.class).single();
    }

    private void delete(UUID... publications) {
        for (var publication : publications) {
            jdbc.sql("delete from outbox.event_publication where id = ?").param(publication).update();
        }
    }

    /**
     * The shop's database; while unreachable, a refusal to connect such as a restarting PostgreSQL gives; while
     * delayed, a connection that comes only after that long.
     */
    static class SwitchableDataSource extends DelegatingDataSource {

        volatile boolean reachable = true;
        volatile Duration delay = Duration.ZERO;

        SwitchableDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (!reachable) {
                throw new SQLTransientConnectionException("Connection refused", "08001");
            }
            if (!delay.isZero()) {
                // as a pool does while a restarting database refuses connections, up to its connection timeout
                LockSupport.parkNanos(delay.toNanos());
            }
            return super.getConnection();
        }
    }
}
