package org.revue.server.store;

import java.util.List;

/**
 * A story as stored: the JSON the API serves, the sub-digest (articles and story in the output contract) it
 * renders from, and the fields a listing filters and sorts on. Days are epoch days ({@code Long.MIN_VALUE}
 * and {@code MAX_VALUE} for an undated story, so that it overlaps every span).
 */
public record StoryDoc(String id, String json, String digest, boolean open, long created, long updated, int size,
                       long firstDay, long lastDay, String lang, List<String> langs, List<String> sources,
                       List<String> entities, List<String> articles, String searchText) {
}
