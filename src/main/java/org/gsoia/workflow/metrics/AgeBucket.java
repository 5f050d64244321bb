package org.gsoia.workflow.metrics;

/** Age of a waiting case in working days, as the dashboard groups the backlog. */
public enum AgeBucket {
    UP_TO_5(0, 5),
    UP_TO_10(6, 10),
    UP_TO_20(11, 20),
    OVER_20(21, Integer.MAX_VALUE);

    private final int from;
    private final int to;

    AgeBucket(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public static AgeBucket of(int workingDays) {
        for (AgeBucket bucket : values()) {
            if (workingDays <= bucket.to) {
                return bucket;
            }
        }
        return OVER_20;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }
}
