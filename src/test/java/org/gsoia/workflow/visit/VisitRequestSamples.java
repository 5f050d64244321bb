package org.gsoia.workflow.visit;

import java.time.LocalDate;
import java.util.List;

/**
 * A request applicant.de may submit: Nordwerk's Bremen plant visits Minato's Yokohama works at GEHEIM, well beyond
 * the lead time. Tests change one thing at a time to break one rule.
 */
public final class VisitRequestSamples {

    private VisitRequestSamples() {
    }

    public static VisitRequestData valid(LocalDate today) {
        LocalDate start = today.plusDays(40);
        return new VisitRequestData(VisitType.ONE_TIME, "DE-NORDWERK-BRE", "JP-MINATO-YOK", "SONAR-2026",
                "Design review of the sonar integration", start, start.plusDays(2), "DE-GEHEIM", false, null, null,
                List.of(site()), List.of(visitor("C01X00T47", today)));
    }

    static SiteData site() {
        return new SiteData("Yokohama Works, building 3", "1-1 Minatomirai, Nishi-ku, Yokohama", "Sho Yamamoto",
                "+81 45 000 0000", "security@minato.invalid");
    }

    static VisitorData visitor(String passportNumber, LocalDate today) {
        return new VisitorData("Anna Becker", "BECKER", "ANNA", LocalDate.of(1985, 4, 12), "Bremen", "DEU",
                passportNumber, "Systems engineer", "Nordwerk Systemtechnik GmbH", "DE-GEHEIM",
                "Bundesministerium für Wirtschaft und Energie", today.plusYears(2), true);
    }
}
