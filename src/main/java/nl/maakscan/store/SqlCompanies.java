package nl.maakscan.store;

import nl.maakscan.model.Company;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link Companies} in the {@code company} table, on either engine; also the rows bundles move. */
final class SqlCompanies implements Companies {

    private final Database db;

    SqlCompanies(Database db) {
        this.db = db;
    }

    @Override
    public Company create(Company company) {
        Company c = Values.checked(company, company.id() == null ? UUID.randomUUID().toString() : company.id());
        Instant now = db.now();
        return db.write(() -> {
            insert(new Bundles.CompanyData(c, now, now));
            return c;
        });
    }

    @Override
    public Company update(Company company) {
        if (company.id() == null) {
            throw new StoreException.NotFound("store.noCompany", "-");
        }
        Company c = Values.checked(company, company.id());
        Instant now = db.now();
        return db.write(() -> {
            if (replace(new Bundles.CompanyData(c, null, now)) == 0) {
                throw new StoreException.NotFound("store.noCompany", c.id());
            }
            return c;
        });
    }

    @Override
    public List<Company> list() {
        return db.read(() -> companies(""));
    }

    @Override
    public List<Company> listActive() {
        return db.read(() -> companies(" WHERE archived_at IS NULL"));
    }

    private List<Company> companies(String where) throws SQLException {
        List<Company> list = new ArrayList<>();
        try (ResultSet r = db.query("SELECT * FROM company" + where + " ORDER BY " + db.dialect().byName("name")
                + ", id")) {
            while (r.next()) {
                list.add(CompanyRows.read(r));
            }
        }
        return list;
    }

    @Override
    public void archive(String companyId, boolean archived) {
        String now = db.nowText();
        db.write(() -> {
            if (db.update("UPDATE company SET archived_at = ?, updated_at = ? WHERE id = ?", archived ? now : null,
                    now, companyId) == 0) {
                throw new StoreException.NotFound("store.noCompany", companyId);
            }
            return null;
        });
    }

    @Override
    public Optional<Company> find(String id) {
        return db.read(() -> {
            try (ResultSet r = db.query("SELECT * FROM company WHERE id = ?", id)) {
                return r.next() ? Optional.of(CompanyRows.read(r)) : Optional.empty();
            }
        });
    }

    // ---------------------------------------------------------------- rows, for bundles and sync

    /** The ids of all companies, by name. */
    List<String> ids() {
        return db.read(() -> {
            List<String> ids = new ArrayList<>();
            try (ResultSet r = db.query("SELECT id FROM company ORDER BY " + db.dialect().byName("name") + ", id")) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
            return ids;
        });
    }

    /** The company with its times, or empty. */
    Optional<Bundles.CompanyData> data(String id) {
        return db.read(() -> {
            try (ResultSet r = db.query("SELECT * FROM company WHERE id = ?", id)) {
                return r.next() ? Optional.of(new Bundles.CompanyData(CompanyRows.read(r),
                        Times.instant(r.getString("created_at")), Times.instant(r.getString("updated_at"))))
                        : Optional.empty();
            }
        });
    }

    /** The first company with this KvK number or else (without one) this name, ignoring case. */
    Optional<Company> match(Company given) {
        String sql = given.kvk() != null ? "SELECT id FROM company WHERE kvk = ? ORDER BY created_at LIMIT 1"
                : "SELECT id FROM company WHERE lower(name) = lower(?) ORDER BY created_at LIMIT 1";
        return db.read(() -> {
            String id;
            try (ResultSet r = db.query(sql, given.kvk() != null ? given.kvk() : given.name())) {
                if (!r.next()) {
                    return Optional.empty();
                }
                id = r.getString(1);
            }
            return find(id);
        });
    }

    void insert(Bundles.CompanyData c) throws SQLException {
        try (PreparedStatement p = db.prepare("INSERT INTO company (id, name, kvk, sector, employees, processes, "
                + "place, contact, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            CompanyRows.bind(p, c.company());
            p.setString(9, Times.format(c.created()));
            p.setString(10, Times.format(c.updated()));
            p.executeUpdate();
        }
    }

    /** Overwrites the company's fields and times (a null {@code created} keeps the stored one). */
    int replace(Bundles.CompanyData c) throws SQLException {
        try (PreparedStatement p = db.prepare("UPDATE company SET id = ?, name = ?, kvk = ?, sector = ?, "
                + "employees = ?, processes = ?, place = ?, contact = ?, created_at = COALESCE(?, created_at), "
                + "updated_at = ? WHERE id = ?")) {
            CompanyRows.bind(p, c.company());
            p.setString(9, Times.format(c.created()));
            p.setString(10, Times.format(c.updated()));
            p.setString(11, c.company().id());
            return p.executeUpdate();
        }
    }

    /**
     * Holds the company's row on the server until the transaction ends ({@code FOR UPDATE}), so that two syncs of
     * one company take turns instead of one failing on the other's rows (see README, Benchmarks); nothing when
     * the company is not there yet. PostgreSQL only.
     */
    void lock(String id) throws SQLException {
        try (ResultSet r = db.query("SELECT id FROM company WHERE id = ? FOR UPDATE", id)) {
            r.next();
        }
    }
}
