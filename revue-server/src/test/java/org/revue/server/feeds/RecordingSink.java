package org.revue.server.feeds;

import org.revue.model.RawDocument;
import org.revue.server.Sink;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps every document it is given and accepts them all. */
final class RecordingSink implements Sink {
    final List<RawDocument> docs = new ArrayList<>();
    int batches;

    @Override
    public synchronized Result accept(List<RawDocument> batch) {
        batches++;
        docs.addAll(batch);
        return new Result(batch.stream().map(RawDocument::id).toList(), List.of());
    }

    synchronized List<RawDocument> docs() {
        return List.copyOf(docs);
    }

    synchronized List<String> ids() {
        return docs.stream().map(RawDocument::id).toList();
    }
}
