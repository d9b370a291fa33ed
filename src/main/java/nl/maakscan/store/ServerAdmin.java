package nl.maakscan.store;

import org.postgresql.PGConnection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The administrator's work on the organisation's PostgreSQL database: logins for coaches and for the
 * programme, and which coach works with which company. Who sees what is then enforced by the database's
 * row-level security (schema version 4), not by Maakscan. Needs an account that may create roles (the owner of
 * the database, or a superuser).
 */
public final class ServerAdmin {

    /** A login name: lower-case letters, digits and underscores, as PostgreSQL keeps them without quotes. */
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** One assignment: a company and the coach who works with it. */
    public record Assignment(String companyId, String companyName, String coach) {
    }

    private final Database db;

    ServerAdmin(Database db) {
        this.db = db;
    }

    /**
     * Creates a coach's login (or makes an existing login a coach); with a password, sets it (sent hashed by
     * the driver, never as text in a statement).
     */
    public void addCoach(String name, char[] password) {
        addLogin(name, "maakscan_coach", password);
    }

    /** Creates a login of the programme (sees every company), or makes an existing login one. */
    public void addProgramme(String name, char[] password) {
        addLogin(name, "maakscan_programme", password);
    }

    private void addLogin(String name, String group, char[] password) {
        String role = checkedName(name);
        db.write(() -> {
            boolean exists;
            try (ResultSet r = db.query("SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
                exists = r.next();
            }
            try (var s = db.connection().createStatement()) {
                if (!exists) {
                    s.execute("CREATE ROLE " + role + " LOGIN");
                }
                s.execute("GRANT " + group + " TO " + role);
            }
            if (password != null) {
                db.connection().unwrap(PGConnection.class).alterUserPassword(role, password, null);
            }
            return null;
        });
    }

    /** Assigns a company to a coach (both must exist); assigning twice changes nothing. */
    public void assign(String companyId, String coach) {
        String role = checkedName(coach);
        db.write(() -> {
            try (ResultSet r = db.query("SELECT 1 FROM pg_roles WHERE rolname = ? "
                    + "AND pg_has_role(rolname, 'maakscan_coach', 'MEMBER')", role)) {
                if (!r.next()) {
                    throw new StoreException.NotFound("store.noCoach", role);
                }
            }
            try (ResultSet r = db.query("SELECT 1 FROM company WHERE id = ?", companyId)) {
                if (!r.next()) {
                    throw new StoreException.NotFound("store.noCompany", companyId);
                }
            }
            db.update("INSERT INTO coach_company (company_id, coach) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    companyId, role);
            return null;
        });
    }

    /** Ends an assignment; the coach no longer sees the company. */
    public void unassign(String companyId, String coach) {
        String role = checkedName(coach);
        db.write(() -> db.update("DELETE FROM coach_company WHERE company_id = ? AND coach = ?", companyId, role));
    }

    /** All assignments, by company name. */
    public List<Assignment> assignments() {
        return db.read(() -> {
            List<Assignment> list = new ArrayList<>();
            try (ResultSet r = db.query("SELECT c.id, c.name, a.coach FROM coach_company a JOIN company c "
                    + "ON c.id = a.company_id ORDER BY " + db.dialect().byName("c.name") + ", a.coach")) {
                while (r.next()) {
                    list.add(new Assignment(r.getString(1), r.getString(2), r.getString(3)));
                }
            }
            return list;
        });
    }

    static String checkedName(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.startsWith("pg_") || name.startsWith("maakscan_")) {
            throw new StoreException.InvalidValue("store.roleName", String.valueOf(name));
        }
        return name;
    }
}
