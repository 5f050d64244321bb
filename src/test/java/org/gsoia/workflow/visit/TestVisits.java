package org.gsoia.workflow.visit;

import java.time.LocalDate;
import java.util.List;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.visit.demo.VisitSamples;
import org.springframework.context.ApplicationContext;

/** Real visit requests for tests on the shared test database, filed through the product's own service. */
public final class TestVisits {

    private TestVisits() {
    }

    /** The requests of the applicant's organisation, newest first, as the applicant reads them (first 200). */
    public static List<VisitRequest> requestsOf(VisitRequests visitRequests, String applicant) {
        return visitRequests.ofOwnOrganisation(applicant, null, 0, 200).stream()
                .map(line -> visitRequests.find(line.reference(), applicant).orElseThrow()).toList();
    }

    /**
     * Files a one-time visit of applicant.de's company to Japan, starting {@code daysAfterEarliest} days after the
     * earliest day the lead time allows (tests pick different days, so their cases stay apart); its reference.
     */
    public static String submitGermanVisit(ApplicationContext context, int daysAfterEarliest, String levelId) {
        LocalDate start = context.getBean(LeadTimes.class)
                .earliestVisitDate(context.getBean(Agreements.class).currentId(), "JP", VisitType.ONE_TIME)
                .plusDays(daysAfterEarliest);
        return context.getBean(VisitRequests.class)
                .submit(VisitSamples.germanVisitToJapan(VisitType.ONE_TIME, start, levelId), "applicant.de")
                .getReference();
    }

    /** Files a one-time visit of applicant.jp's company to Germany, like {@link #submitGermanVisit}. */
    public static String submitJapaneseVisit(ApplicationContext context, int daysAfterEarliest, String levelId) {
        LocalDate start = context.getBean(LeadTimes.class)
                .earliestVisitDate(context.getBean(Agreements.class).currentId(), "DE", VisitType.ONE_TIME)
                .plusDays(daysAfterEarliest);
        return context.getBean(VisitRequests.class)
                .submit(VisitSamples.japaneseVisitToGermany(VisitType.ONE_TIME, start, levelId), "applicant.jp")
                .getReference();
    }
}
