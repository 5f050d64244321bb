package org.gsoia.workflow.visit.demo;

import java.time.LocalDate;
import java.util.List;
import org.gsoia.workflow.visit.SiteData;
import org.gsoia.workflow.visit.VisitRequestData;
import org.gsoia.workflow.visit.VisitType;
import org.gsoia.workflow.visit.VisitorData;

/**
 * Plausible, fictional requests between the demo companies: used by the demo data and by tests, so both exercise
 * the same complete requests. Their texts are in English, as companies of both countries often write to each other.
 */
public final class VisitSamples {

    private VisitSamples() {
    }

    public static VisitRequestData germanVisitToJapan(VisitType type, LocalDate start, String levelId) {
        return new VisitRequestData(type, "DE-NORDWERK-BRE", "JP-MINATO-YOK", "JP-DE SAR-2026/114",
                "Joint review of the radar test results and the integration plan for the coastal surveillance study.",
                start, type == VisitType.RECURRING ? start.plusMonths(6) : start.plusDays(2), levelId, false,
                emergency(type, "The test window at the Yokohama test hall moved at short notice."),
                emergency(type, "Agreed by telephone between the security officers of Nordwerk and Minato on the day of filing."),
                List.of(new SiteData("Minato Heavy Industries, Yokohama Works, Building 7", "1-1 Minato-mirai, Nishi-ku, Yokohama",
                        "Sho Yamamoto", "+81 45 000 1234", "security@minato.example")),
                List.of(new VisitorData("Jonas Albrecht", "ALBRECHT", "JONAS", LocalDate.of(1984, 3, 14), "Bremen", "DEU",
                                "C01X00T47", "Systems engineer", "Nordwerk Systemtechnik GmbH", "DE-GEHEIM",
                                "BMWE (Geheimschutz in der Wirtschaft)", start.plusYears(3), true),
                        new VisitorData("Miriam Okafor", "OKAFOR", "MIRIAM", LocalDate.of(1990, 11, 2), "Hamburg", "DEU",
                                "C02Y19K83", "Project manager", "Nordwerk Systemtechnik GmbH", "DE-GEHEIM",
                                "BMWE (Geheimschutz in der Wirtschaft)", start.plusYears(2), true))).writtenIn("en");
    }

    public static VisitRequestData japaneseVisitToGermany(VisitType type, LocalDate start, String levelId) {
        return new VisitRequestData(type, "JP-SAKURA-NGO", "DE-RHEINTAL-FDH", "JP-DE AV-2026/031",
                "Acceptance test of the avionics interface unit and review of its security documentation.",
                start, type == VisitType.RECURRING ? start.plusMonths(6) : start.plusDays(1), levelId, false,
                emergency(type, "A failed interface test must be repeated before the delivery date."),
                emergency(type, "Coordinated by e-mail between the security officers of Sakura and Rheintal."),
                List.of(new SiteData("Rheintal Avionik GmbH, Werk Friedrichshafen", "Seestraße 12, 88045 Friedrichshafen",
                        "Markus Hoffmann", "+49 7541 000 200", "sicherheit@rheintal.example")),
                List.of(new VisitorData("山田 太郎", "YAMADA", "TARO", LocalDate.of(1979, 6, 21), "Nagoya", "JPN",
                        "TR1234567", "Chief engineer", "さくら航空宇宙株式会社", "JP-GOKUHI", "防衛装備庁 (ATLA)",
                        start.plusYears(4), true))).writtenIn("en");
    }

    private static String emergency(VisitType type, String text) {
        return type == VisitType.EMERGENCY ? text : null;
    }
}
