package org.gsoia.workflow.metrics;

import java.util.Optional;

/**
 * What the manager looks at: a period, optionally one party (the party whose authority owes the decision) and
 * optionally one procedure (by its process key).
 */
public record DashboardFilter(Period period, Optional<String> partyCode, Optional<String> procedureKey) {

    public DashboardFilter {
        period = period == null ? Period.WEEKS_12 : period;
        partyCode = partyCode == null ? Optional.empty() : partyCode;
        procedureKey = procedureKey == null ? Optional.empty() : procedureKey;
    }

    public static DashboardFilter of(Period period) {
        return new DashboardFilter(period, Optional.empty(), Optional.empty());
    }

    public DashboardFilter withParty(String code) {
        return new DashboardFilter(period, Optional.ofNullable(code), procedureKey);
    }

    public DashboardFilter withProcedure(String key) {
        return new DashboardFilter(period, partyCode, Optional.ofNullable(key));
    }
}
