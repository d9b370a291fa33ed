package nl.maakscan.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import nl.maakscan.model.Company;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * A company as a row of the {@code company} table. The processes are a JSON list of ids, read and
 * written with Jackson's streaming parser: the data-binding mapper costs a few hundred milliseconds to
 * set up in a fresh program, which showed in the time to open a database and list its companies.
 */
final class CompanyRows {

    private CompanyRows() {
    }

    static Company read(ResultSet r) throws SQLException {
        int employees = r.getInt("employees");
        Integer e = r.wasNull() ? null : employees;
        return new Company(r.getString("id"), r.getString("name"), r.getString("kvk"), r.getString("sector"), e,
                ids(r.getString("processes")), r.getString("place"), r.getString("contact"));
    }

    /** Binds parameters 1 to 8: id, name, kvk, sector, employees, processes, place, contact. */
    static void bind(PreparedStatement p, Company c) throws SQLException {
        p.setString(1, c.id());
        p.setString(2, c.name());
        p.setString(3, c.kvk());
        p.setString(4, c.sector());
        if (c.employees() == null) {
            p.setNull(5, Types.INTEGER);
        } else {
            p.setInt(5, c.employees());
        }
        p.setString(6, json(c.processes()));
        p.setString(7, c.place());
        p.setString(8, c.contact());
    }

    /**
     * The ids in a JSON list; anything else in the column reads as no ids. The common case, a list of
     * plain ids without escapes, is split directly: a parser per row was most of the time it took to
     * list a thousand companies.
     */
    static List<String> ids(String json) {
        List<String> ids = new ArrayList<>();
        if (json == null || json.equals("[]")) {
            return ids;
        }
        if (json.startsWith("[\"") && json.endsWith("\"]") && json.indexOf('\\') < 0) {
            for (String id : json.substring(2, json.length() - 2).split("\",\"", -1)) {
                if (id.indexOf('"') >= 0) {
                    ids.clear();
                    break;
                }
                ids.add(id);
            }
            if (!ids.isEmpty()) {
                return ids;
            }
        }
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return ids;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.VALUE_STRING; t = p.nextToken()) {
                ids.add(p.getText());
            }
            return ids;
        } catch (IOException e) {
            return new ArrayList<>();
        }
    }

    static String json(List<String> ids) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            g.writeStartArray();
            for (String id : ids) {
                g.writeString(id);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Jackson, loaded only when a list is not plain (its classes take a while to load in a fresh program). */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();
    }
}
