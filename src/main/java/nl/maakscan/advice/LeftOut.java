package nl.maakscan.advice;

import nl.maakscan.model.Technology;

/**
 * A technology that is not ranked, with the condition that failed: {@code subject} is the question,
 * technology or processes the condition is about, {@code required} and {@code current} the numbers
 * compared (employees, levels or adoption), when there are any.
 */
public record LeftOut(Technology technology, Why why, String subject, Integer required, Integer current) {

    /** Why a technology is left out, in the order the conditions are checked. */
    public enum Why {
        /** The owner answered "not relevant" in the technology checklist. */
        NOT_RELEVANT,
        /** Already being implemented or in use (adoption 4 or 5). */
        IN_USE,
        /** Needs a main process the company does not have ({@code subject}: the processes, comma separated). */
        PROCESS,
        /** The company is smaller than {@code appliesWhen.minEmployees}. */
        SIZE,
        /** Needs equipment the company does not have: question {@code subject} below level {@code required}. */
        LEVEL,
        /** Needs technology {@code subject} at adoption 3 or more. */
        TECHNOLOGY,
        /** Every driver question is not applicable to the company. */
        NOT_APPLICABLE
    }
}
