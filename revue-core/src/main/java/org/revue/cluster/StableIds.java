package org.revue.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Ids that survive re-clustering: each new group keeps the id of an old group whose members it took, so
 * that a reader's link to a story still works after more articles came. Among the old groups that sent most
 * of their members to a new group, the oldest id wins (a merge keeps the older id); the others are
 * {@code merged} into it. A group with no old counterpart gets a fresh id.
 */
public final class StableIds {
    /** The id of each new group, in order, and old id → the id it was merged into. */
    public record Result(List<String> ids, Map<String, String> merged) {
    }

    private StableIds() {
    }

    /**
     * @param groups  the new groups, as lists of member keys
     * @param oldId   a member's old group id, or null for a new member
     * @param fresh   a new id, each call
     * @param older   orders ids, oldest first
     */
    public static <K> Result assign(List<List<K>> groups, Function<K, String> oldId, Supplier<String> fresh,
                                    java.util.Comparator<String> older) {
        Map<String, Integer> oldSize = new HashMap<>();
        List<Map<String, Integer>> overlap = new ArrayList<>();
        for (List<K> g : groups) {
            Map<String, Integer> c = new LinkedHashMap<>();
            for (K k : g) {
                String o = oldId.apply(k);
                if (o != null) {
                    c.merge(o, 1, Integer::sum);
                    oldSize.merge(o, 1, Integer::sum);
                }
            }
            overlap.add(c);
        }
        // where the most of each old group went (its heir); ties to the earlier new group
        Map<String, Integer> heir = new HashMap<>();
        Map<String, Integer> best = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (Map.Entry<String, Integer> e : overlap.get(g).entrySet()) {
                if (e.getValue() > best.getOrDefault(e.getKey(), 0)) {
                    best.put(e.getKey(), e.getValue());
                    heir.put(e.getKey(), g);
                }
            }
        }
        String[] ids = new String[groups.size()];
        Set<String> used = new HashSet<>();
        for (int g = 0; g < groups.size(); g++) {
            int gi = g;
            overlap.get(g).keySet().stream().filter(o -> heir.get(o) == gi).min(older).ifPresent(o -> {
                ids[gi] = o;
                used.add(o);
            });
        }
        // a group that inherited none takes the old id it overlaps most among those still free (a split)
        for (int g = 0; g < groups.size(); g++) {
            if (ids[g] == null) {
                String pick = null;
                int n = 0;
                for (Map.Entry<String, Integer> e : overlap.get(g).entrySet()) {
                    if (!used.contains(e.getKey()) && e.getValue() > n) {
                        pick = e.getKey();
                        n = e.getValue();
                    }
                }
                ids[g] = pick != null ? pick : fresh.get();
                used.add(ids[g]);
            }
        }
        Map<String, String> merged = new LinkedHashMap<>();
        for (String o : oldSize.keySet()) {
            if (!used.contains(o)) {
                merged.put(o, ids[heir.get(o)]);
            }
        }
        return new Result(List.of(ids), merged);
    }
}
