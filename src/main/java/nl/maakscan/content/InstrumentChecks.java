package nl.maakscan.content;

import nl.maakscan.content.Files.FinancingFile;
import nl.maakscan.model.Financing;
import nl.maakscan.model.FinancingInstrument;
import nl.maakscan.model.SupportType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * The checks on a financing file: its header (id, date the conditions were checked, instruments) and
 * each instrument's texts, support types and source. Its rules (tags, sizes, benefit) are checked by
 * {@link FinancingChecks}.
 */
final class InstrumentChecks {

    private final Validator v;

    InstrumentChecks(Validator v) {
        this.v = v;
    }

    void checkHeader(FinancingFile file, Financing financing) {
        if (v.required(financing, file.id(), "id")) {
            v.id(financing, file.id(), "id");
        }
        if (v.required(financing, file.validFrom(), "validFrom")) {
            try {
                LocalDate.parse(file.validFrom());
            } catch (DateTimeParseException e) {
                v.problem(financing, "date.invalid", "validFrom", file.validFrom());
            }
        }
        if (file.instruments() == null || file.instruments().isEmpty()) {
            v.problem(financing, "list.empty", null, "instruments");
        }
    }

    Set<String> checkInstruments(Financing financing) {
        v.text(financing, financing.caveat(), "caveat");
        return v.ids(null, financing.instruments(), "instruments", FinancingInstrument::id, i -> {
            v.text(i, i.name(), "name");
            v.text(i, i.conditions(), "conditions");
            if (i.paysFor().isEmpty()) {
                v.problem(i, "list.empty", null, "pays");
            }
            for (String s : i.paysFor()) {
                if (SupportType.fromId(s).isEmpty()) {
                    v.problem(i, "supportType.unknown", i.hasRules() ? "pays" : "supports", s);
                }
            }
            if (v.required(i, i.source(), "source")) {
                v.required(i.source(), i.source().title(), "title");
            }
        });
    }}
