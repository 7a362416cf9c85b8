package org.secplan.check;

import java.util.Comparator;

/** Orders clause numbers as the standard does: 5.2.9 before 5.2.10, 5 before 5.1. */
public final class ClauseNumbers {

    public static final Comparator<String> ORDER = ClauseNumbers::compare;

    private ClauseNumbers() {
    }

    static int compare(String a, String b) {
        String[] pa = a.split("\\.");
        String[] pb = b.split("\\.");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            int c = comparePart(pa[i], pb[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pa.length, pb.length);
    }

    private static int comparePart(String a, String b) {
        boolean numeric = a.matches("\\d{1,9}") && b.matches("\\d{1,9}");
        return numeric ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : a.compareTo(b);
    }
}
