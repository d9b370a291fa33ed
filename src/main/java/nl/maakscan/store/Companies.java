package nl.maakscan.store;

import nl.maakscan.model.Company;

import java.util.List;
import java.util.Optional;

/** The companies of a database. Every method may throw a {@link StoreException}. */
public interface Companies {

    /** Stores a new company; a company without id gets a new UUID. Returns the company as stored. */
    Company create(Company company);

    /** Changes a stored company (found by its id). */
    Company update(Company company);

    /** All companies, archived ones too, by name. */
    List<Company> list();

    /** The companies that are not archived, by name. */
    List<Company> listActive();

    /** Archives a company (its assessments are kept) or, with {@code archived} false, brings it back. */
    void archive(String companyId, boolean archived);

    Optional<Company> find(String id);
}
