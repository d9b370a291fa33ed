package nl.maakscan.model;

/** An investment or payback band; {@code effort} is only used for investment bands. */
public record Band(String id, Text name, Double effort) {
}
