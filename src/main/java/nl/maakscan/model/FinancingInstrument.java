package nl.maakscan.model;

import java.util.List;

/** A subsidy, tax scheme or loan that may pay for (part of) a plan step. */
public record FinancingInstrument(String id, Text name, Text conditions, List<String> supports, Source source) {
    public FinancingInstrument {
        supports = supports == null ? List.of() : List.copyOf(supports);
    }
}
