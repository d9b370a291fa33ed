package nl.maakscan.content;

import com.fasterxml.jackson.annotation.JsonFormat;
import nl.maakscan.model.Band;
import nl.maakscan.model.Choice;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.FinancingInstrument;
import nl.maakscan.model.Priority;
import nl.maakscan.model.Profile;
import nl.maakscan.model.RankingPolicy;
import nl.maakscan.model.Source;
import nl.maakscan.model.Technology;
import nl.maakscan.model.Text;

import java.util.List;
import java.util.Map;

/** The shapes of the four kinds of questionnaire file, as written in YAML. */
final class Files {

    static final String FORMAT = "maakscan-questionnaire/1";

    private Files() {
    }

    record QuestionnaireFile(
            String format,
            String kind,
            String id,
            String version,
            List<String> languages,
            Text title,
            Text description,
            List<Source> sources,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> catalogue,
            String financing,
            List<String> include,
            Profile profile,
            List<Priority> priorities,
            List<Choice> blocks,
            List<Band> investmentBands,
            List<Band> paybackBands,
            Map<String, Text> adoptionScale,
            List<Dimension> dimensions,
            RankingPolicy ranking) {
    }

    record DimensionsFile(String format, String kind, List<Dimension> dimensions) {
    }

    record CatalogueFile(String format, String kind, List<Technology> technologies) {
    }

    record FinancingFile(String format, String kind, String id, String validFrom, Text caveat,
            List<FinancingInstrument> instruments) {
    }
}
