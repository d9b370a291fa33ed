package nl.maakscan.model;

import java.util.List;

/** The dated list of financing instruments; {@code validFrom} is an ISO date (yyyy-mm-dd). */
public record Financing(String id, String validFrom, Text caveat, List<FinancingInstrument> instruments) {
    public Financing {
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
    }
}
