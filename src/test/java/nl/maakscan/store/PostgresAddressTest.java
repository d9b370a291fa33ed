package nl.maakscan.store;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the login comes from, and that a server elsewhere is only reached with a verified certificate. */
class PostgresAddressTest {

    @Test
    void aServerElsewhereIsReachedWithItsCertificateAndHostNameVerified() {
        Properties p = PostgresDatabase.properties(PostgresDatabase.parse("postgresql://db.example.org/maakscan"),
                Map.of(), null);

        assertThat(p.getProperty("sslmode")).isEqualTo("verify-full");
        assertThatThrownBy(() -> PostgresDatabase.properties(PostgresDatabase.parse(
                "postgresql://db.example.org/maakscan?sslmode=require"), Map.of(), null))
                .isInstanceOf(StoreException.ServerProblem.class)
                .satisfies(e -> assertThat(((StoreException) e).key()).isEqualTo("store.serverTls"));
    }

    @Test
    void thisComputerMayGoWithoutTls() {
        for (String local : new String[] {"postgresql://localhost/m", "postgresql://127.0.0.1:5433/m",
                "postgresql://[::1]/m"}) {
            assertThat(PostgresDatabase.properties(PostgresDatabase.parse(local), Map.of(), null)
                    .getProperty("sslmode")).as(local).isEqualTo("prefer");
        }
    }

    @Test
    void theLoginComesFromTheAddressElseTheEnvironment() {
        PostgresDatabase.Address bare = PostgresDatabase.parse("postgresql://db.example.org:6543/maakscan");
        Properties fromEnv = PostgresDatabase.properties(bare, Map.of("PGUSER", "coach_anna", "PGPASSWORD", "s3"),
                null);
        Properties fromAddress = PostgresDatabase.properties(PostgresDatabase.parse(
                "postgresql://coach_bert@db.example.org/maakscan"), Map.of("PGUSER", "coach_anna"), "typed".toCharArray());

        assertThat(bare.location()).isEqualTo("postgresql://db.example.org:6543/maakscan");
        assertThat(fromEnv.getProperty("user")).isEqualTo("coach_anna");
        assertThat(fromEnv.getProperty("password")).isEqualTo("s3");
        assertThat(fromAddress.getProperty("user")).isEqualTo("coach_bert");
        assertThat(fromAddress.getProperty("password")).isEqualTo("typed");
    }

    @Test
    void anAddressWithAPasswordOrAnUnknownParameterIsRefused() {
        assertThatThrownBy(() -> PostgresDatabase.parse("postgresql://anna:secret@db.example.org/maakscan"))
                .isInstanceOf(StoreException.ServerProblem.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
        assertThatThrownBy(() -> PostgresDatabase.parse("postgresql://db.example.org/maakscan?password=x"))
                .isInstanceOf(StoreException.ServerProblem.class);
        assertThatThrownBy(() -> PostgresDatabase.parse("postgresql://db.example.org/"))
                .isInstanceOf(StoreException.ServerProblem.class);
    }

    @Test
    void aServerThatRefusesTheConnectionIsUnreachableNotATlsProblem() {
        java.sql.SQLException refused = new java.sql.SQLException("Connection to localhost:1 refused. Check that the "
                + "hostname and port are correct and that the postmaster is accepting TCP/IP connections.", "08001");
        java.sql.SQLException tls = new java.sql.SQLException("The hostname db.example.org could not be verified by "
                + "hostnameverifier PgjdbcHostnameVerifier.", "08006");

        assertThat(PostgresDatabase.translate("db.example.org/maakscan", refused).message("en"))
                .contains("cannot be reached", "refused");
        assertThat(PostgresDatabase.translate("db.example.org/maakscan", tls).message("en"))
                .contains("secure connection");
    }
}
