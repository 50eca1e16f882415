package org.revue.server;

import org.revue.model.RawDocument;

import java.util.List;

/**
 * Where every way in (the API, uploads, feeds, the watched folder) hands documents: the same path as
 * {@code POST /api/articles}. {@link #accept} returns once the accepted documents are durable.
 */
public interface Sink {
    /** An item refused: its index in the batch, its id when it had one, and why. */
    record Refused(int item, String id, String error) {
    }

    /** The ids accepted (durable when this is returned) and the items refused. */
    record Result(List<String> accepted, List<Refused> errors) {
    }

    Result accept(List<RawDocument> docs);
}
