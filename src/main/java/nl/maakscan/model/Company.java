package nl.maakscan.model;

import java.util.List;

/**
 * A company being assessed. {@code kvk} is the Dutch Chamber of Commerce number (8 digits) or null.
 */
public record Company(String id, String name, String kvk, String sector, Integer employees,
        List<String> processes, String place, String contact) {

    public Company {
        processes = processes == null ? List.of() : List.copyOf(processes);
    }
}
