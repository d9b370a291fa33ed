package nl.maakscan.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The organisation's database on a PostgreSQL server, named {@code postgresql://host:port/database}. The
 * login comes from the usual places and is never stored by Maakscan: the user from the address
 * ({@code postgresql://anna@host/db}), else {@code PGUSER}, else the system's user name; the password from
 * {@code PGPASSWORD}, else {@code ~/.pgpass} (read by the driver), else the {@link PasswordPrompt} when there
 * is one (the window). A server that is not on this computer is reached over TLS with its certificate and host
 * name verified ({@code sslmode=verify-full}); an address that asks for less is refused.
 */
public final class PostgresDatabase extends Database {

    /**
     * The driver logs its own findings (a host name that does not match the certificate, say) to the
     * console; Maakscan reports each of them to the user in words, so the driver's lines are left out.
     * Held in a field: java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger DRIVER_LOG = java.util.logging.Logger.getLogger("org.postgresql");

    static {
        DRIVER_LOG.setLevel(java.util.logging.Level.OFF);
    }

    /** Asks the user for the password of a database login; empty when the user cancels. */
    public interface PasswordPrompt {
        Optional<char[]> ask(String location, String user);
    }

    /** The parts of an address that Maakscan uses. */
    record Address(String host, int port, String database, String user, Map<String, String> parameters) {

        String location() {
            return "postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
        }

        boolean local() {
            return host.equals("localhost") || host.startsWith("127.") || host.equals("::1")
                    || host.equals("0:0:0:0:0:0:0:1");
        }

        String jdbcUrl() {
            return "jdbc:" + location();
        }
    }

    private static final Set<String> PARAMETERS = Set.of("sslmode", "sslrootcert", "connectTimeout");
    private static final Set<String> VERIFIED = Set.of("verify-full");

    private final String location;

    private PostgresDatabase(String location, Connection connection, Store.Options options) {
        super(connection, PostgresDialect.INSTANCE, options.clock());
        this.location = location;
    }

    /** Whether a database name is a server address rather than a file. */
    public static boolean isAddress(String target) {
        String t = target.toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql://") || t.startsWith("postgres://");
    }

    static Address parse(String target) {
        try {
            URI uri = new URI(target.strip());
            if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
                throw new StoreException.ServerProblem("store.serverAddress", target,
                        new IllegalArgumentException("postgresql://host:port/database"));
            }
            String user = uri.getUserInfo();
            if (user != null && user.contains(":")) {
                // a password in the address would end up in settings, history and process lists
                throw new StoreException.ServerProblem("store.serverAddress", "postgresql://" + uri.getHost(),
                        new IllegalArgumentException("no password in the address: use ~/.pgpass or PGPASSWORD"));
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    String[] kv = pair.split("=", 2);
                    String key = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
                    if (!PARAMETERS.contains(key)) {
                        throw new StoreException.ServerProblem("store.serverAddress", target,
                                new IllegalArgumentException("unknown parameter " + key + "; known: " + PARAMETERS));
                    }
                    parameters.put(key, kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
                }
            }
            String host = uri.getHost().replace("[", "").replace("]", "");
            return new Address(host, uri.getPort() < 0 ? 5432 : uri.getPort(), uri.getPath().substring(1), user,
                    parameters);
        } catch (URISyntaxException e) {
            throw new StoreException.ServerProblem("store.serverAddress", target, e);
        }
    }

    /** The properties of the connection: login, TLS and the name shown on the server. */
    static Properties properties(Address address, Map<String, String> env, char[] password) {
        Properties p = new Properties();
        String user = address.user() != null ? address.user()
                : env.getOrDefault("PGUSER", System.getProperty("user.name"));
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", new String(password));
        } else if (env.get("PGPASSWORD") != null) {
            p.setProperty("password", env.get("PGPASSWORD"));
        }
        p.setProperty("ApplicationName", "Maakscan");
        p.setProperty("connectTimeout", address.parameters().getOrDefault("connectTimeout", "10"));
        String mode = address.parameters().get("sslmode");
        if (!address.local()) {
            if (mode != null && !VERIFIED.contains(mode)) {
                throw new StoreException.ServerProblem("store.serverTls", address.location(),
                        new IllegalArgumentException("sslmode=" + mode));
            }
            mode = "verify-full";
        }
        p.setProperty("sslmode", mode == null ? "prefer" : mode);
        if (address.parameters().containsKey("sslrootcert")) {
            p.setProperty("sslrootcert", address.parameters().get("sslrootcert"));
        }
        return p;
    }

    /**
     * Connects, creates or updates the schema when the account may (the administrator's), and checks it. A
     * login refused for want of a password asks the {@code prompt} (if any) once.
     */
    static PostgresDatabase open(String target, Store.Options options, PasswordPrompt prompt) {
        Address address = parse(target);
        Map<String, String> env = System.getenv();
        Connection c = null;
        char[] password = null;
        try {
            try {
                c = DriverManager.getConnection(address.jdbcUrl(), properties(address, env, null));
            } catch (SQLException e) {
                if (prompt == null || !loginRefused(e)) {
                    throw e;
                }
                String user = properties(address, env, null).getProperty("user");
                password = prompt.ask(address.location(), user).orElseThrow(() -> e);
                c = DriverManager.getConnection(address.jdbcUrl(), properties(address, env, password));
            }
            c.setAutoCommit(false);
            int version = PostgresMigrations.version(c, address.location());
            c.rollback();
            if (version > Migrations.LATEST) {
                throw new StoreException.NewerSchema(address.location(), version, Migrations.LATEST);
            }
            if (version < Migrations.LATEST && !options.readOnly()) {
                try {
                    PostgresMigrations.migrate(c, address.location(), Times.format(Times.now(options.clock())));
                } catch (SQLException e) {
                    if ("42501".equals(e.getSQLState())) {
                        throw new StoreException.ServerProblem("store.serverOlder", address.location(), e);
                    }
                    throw e;
                }
            }
            PostgresMigrations.checkHistory(c, address.location());
            c.commit();
            c.setReadOnly(options.readOnly());
            return new PostgresDatabase(address.location(), c, options);
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(address.location(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private static boolean loginRefused(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("28") || state.equals("08004"));
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    StoreException translate(SQLException e) {
        return translate(location, e);
    }

    static StoreException translate(String location, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        // "connection refused" names the hostname too ("check that the hostname and port are correct"): not TLS
        boolean refused = message.contains("refused") || e.getCause() instanceof java.net.ConnectException
                || e.getCause() instanceof java.net.UnknownHostException;
        if (!refused && (message.contains("ssl") || message.contains("certificate") || message.contains("hostname"))) {
            return new StoreException.ServerProblem("store.serverTls", location, e);
        }
        if (state.startsWith("08")) {
            return state.equals("08004") ? new StoreException.ServerProblem("store.serverLogin", location, e)
                    : new StoreException.ServerProblem("store.serverUnreachable", location, e);
        }
        if (state.startsWith("28")) {
            return new StoreException.ServerProblem("store.serverLogin", location, e);
        }
        if (state.equals("42501") || state.equals("25006")) {
            return new StoreException.ServerProblem("store.serverDenied", location, e);
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return new StoreException.ServerProblem("store.serverBusy", location, e);
        }
        return new StoreException.ServerProblem("store.serverFailed", location, e);
    }
}
