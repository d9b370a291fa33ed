package nl.maakscan.model;

/** Where a fact, figure or practice comes from, so that a coach can check it. */
public record Source(String title, String url) {
}
