package nl.maakscan.model;

import java.util.List;

/** The choices offered for a company's profile. */
public record Profile(List<Choice> sectors, List<Choice> processes) {
    public Profile {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        processes = processes == null ? List.of() : List.copyOf(processes);
    }
}
