package nl.maakscan.model;

/**
 * An investment or payback band; {@code effort} is only used for investment bands. {@code upTo}
 * (optional, investment bands only) is the highest cost in euros of the band; the band above starts
 * there, so a technology's {@code cost.max} can be checked against its band.
 */
public record Band(String id, Text name, Double effort, Integer upTo) {
}
