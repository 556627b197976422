package io.centralbridge.sandbox;

import java.util.Map;

/** Sophos data regions and the data geography each belongs to (sophos-api.md §4 and §14). */
final class Regions {
    private static final Map<String, String> GEOGRAPHY = Map.ofEntries(
            Map.entry("us01", "US"), Map.entry("us02", "US"), Map.entry("us03", "US"),
            Map.entry("eu01", "IE"), Map.entry("eu02", "DE"), Map.entry("ca01", "CA"),
            Map.entry("au01", "AU"), Map.entry("jp01", "JP"), Map.entry("br01", "BR"),
            Map.entry("in01", "IN"));

    private Regions() {
    }

    /** Throws for a code Sophos does not have (there is no {@code de01}: Germany is {@code eu02}). */
    static String geography(String region) {
        String g = GEOGRAPHY.get(region);
        if (g == null) {
            throw new IllegalArgumentException("unknown Sophos data region '" + region + "', known: "
                    + new java.util.TreeSet<>(GEOGRAPHY.keySet()));
        }
        return g;
    }
}
