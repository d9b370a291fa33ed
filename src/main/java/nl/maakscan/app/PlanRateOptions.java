package nl.maakscan.app;

import nl.maakscan.advice.PlanRates;
import picocli.CommandLine.Option;

import java.util.Optional;

/**
 * {@code --day-rate EUR} and {@code --budget EUR} of {@code report}, {@code advise} and {@code programme}: the
 * euros per adviser day and the programme budget per company that price the plans. Left out, the questionnaire's defaults apply
 * (1,000 and 15,000 euros); the window's settings are not read, so that a command gives the same figures on
 * every computer (README, "Commands").
 */
final class PlanRateOptions {

    /** The largest amount accepted, as in the settings dialog: nine digits. */
    static final long MAX = 999_999_999L;

    @Option(names = "--day-rate", paramLabel = "EUR", descriptionKey = "plan.dayRate")
    String dayRate;

    @Option(names = "--budget", paramLabel = "EUR", descriptionKey = "plan.budget")
    String budget;

    /** The rates, or empty after telling on the error stream which amount is refused and why. */
    Optional<PlanRates> rates(Output output) {
        Double day = euros(dayRate);
        Double programme = euros(budget);
        if (dayRate != null && day == null || budget != null && programme == null) {
            output.err().println(output.text("plan.badAmount", dayRate != null && day == null ? "--day-rate"
                    : "--budget", dayRate != null && day == null ? dayRate : budget, MAX));
            output.err().flush();
            return Optional.empty();
        }
        return Optional.of(new PlanRates(day, programme));
    }

    /** A whole number of euros from 1 to {@link #MAX} ("1250"); null when absent or not such a number. */
    static Double euros(String text) {
        if (text == null || !text.strip().matches("[0-9]{1,9}")) {
            return null;
        }
        long value = Long.parseLong(text.strip());
        return value > 0 ? (double) value : null;
    }
}
