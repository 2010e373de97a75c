package io.negotiationtracker.projection.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Writes one row as a line of its format. A cell is null (empty in CSV, null in NDJSON), text, a number, a boolean, a
 * list of texts (joined by "; " in CSV, an array in NDJSON) or JSON (its compact text in CSV, the object in NDJSON).
 */
public final class RowWriter {
    private static final String CRLF = "\r\n";

    private final Format format;
    private final List<String> columns;
    private final ObjectMapper mapper;

    public RowWriter(Format format, List<String> columns, ObjectMapper mapper) {
        this.format = format;
        this.columns = columns;
        this.mapper = mapper;
    }

    /** The CSV header line (the column names); nothing for NDJSON. */
    public String header() {
        return switch (format) {
            case CSV ->
                String.join(",", columns.stream().map(RowWriter::csvField).toList()) + CRLF;
            case NDJSON -> "";
        };
    }

    public String line(List<Object> cells) {
        if (cells.size() != columns.size())
            throw new IllegalArgumentException(cells.size() + " cells for " + columns.size() + " columns");
        return switch (format) {
            case CSV -> csvLine(cells);
            case NDJSON -> jsonLine(cells);
        };
    }

    private String csvLine(List<Object> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) line.append(',');
            line.append(csvField(text(cells.get(i))));
        }
        return line.append(CRLF).toString();
    }

    private String text(Object cell) {
        if (cell == null) return "";
        if (cell instanceof List<?> list)
            return String.join("; ", list.stream().map(String::valueOf).toList());
        if (cell instanceof JsonNode json) return json.toString();
        return cell.toString();
    }

    /** RFC 4180: a field holding a comma, a double quote, CR or LF is quoted, its quotes doubled. */
    static String csvField(String value) {
        boolean quote = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private String jsonLine(List<Object> cells) {
        ObjectNode node = mapper.createObjectNode();
        for (int i = 0; i < cells.size(); i++) node.set(columns.get(i), mapper.valueToTree(cells.get(i)));
        try {
            return mapper.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
