package nl.maakscan.model;

/**
 * Where a fact, figure or practice comes from, so that a coach can check it: a title, the page's address and,
 * for figures that change (financing), the day the page was consulted ({@code checked}, yyyy-mm-dd; null when
 * unstated, as in files written before the field existed).
 */
public record Source(String title, String url, String checked) {
}
