package nl.maakscan.model;

/** A business priority that the owner weights 0-5 (labour productivity, quality, ...). */
public record Priority(String id, Text name, Text description) {
}
