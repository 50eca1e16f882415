package org.revue.server.feeds;

/**
 * One feed as listed by {@code GET /api/feeds}: its URL, title (from the feed or the OPML), when it was last
 * polled (ISO instant, null before the first poll), how many items were ingested from it, the last poll's
 * problem (null when it went well), and the validators for the next conditional GET.
 */
public record FeedState(String url, String title, String lastPoll, long items, String lastError,
                        String etag, String lastModified) {

    static FeedState of(String url, String title) {
        return new FeedState(url, title, null, 0, null, null, null);
    }
}
