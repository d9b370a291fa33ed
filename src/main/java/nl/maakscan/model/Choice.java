package nl.maakscan.model;

/** A named option: a sector, a main process or a block of dimensions. */
public record Choice(String id, Text name) {
}
