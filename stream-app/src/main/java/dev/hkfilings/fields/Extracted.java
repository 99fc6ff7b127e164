package dev.hkfilings.fields;

import java.util.List;

/**
 * What a payload extractor read from a text: the typed payload (never invented: unreadable
 * fields are null) and the paths of the fields it could not find, e.g. {@code transactions[0].pledgee}.
 */
public record Extracted<T>(T payload, List<String> missingFields) {

    public Extracted {
        missingFields = List.copyOf(missingFields);
    }
}
