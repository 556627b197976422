package io.centralbridge.modules;

import java.util.List;

/** Which lists of a module page by key ({@code pageFromKey}/{@code nextKey}); every other list pages by number. */
final class KeyPaged {

    private KeyPaged() {
    }

    /** Whether the relative path fits one of the patterns, where {@code *} stands for exactly one segment. */
    static boolean matches(List<String> patterns, String relativePath) {
        if (patterns == null) {
            return false;
        }
        String[] got = relativePath.split("/");
        for (String p : patterns) {
            String[] want = p.split("/");
            if (want.length != got.length) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < want.length && all; i++) {
                all = want[i].equals("*") || want[i].equals(got[i]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
