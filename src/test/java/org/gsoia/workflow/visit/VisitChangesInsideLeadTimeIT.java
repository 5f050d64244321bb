package org.gsoia.workflow.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendar;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.visit.demo.VisitSamples;
import org.gsoia.workflow.visit.process.VisitProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lead time is a rule for submission: the host authority asks its questions and returns requests inside it, so
 * answers, corrections and amendments inside it must be possible. Dates still never move into the past, and a change
 * that brings the visit forward needs the lead time from today. On PostgreSQL, through the services.
 */
@GsoiaSpringTest
class VisitChangesInsideLeadTimeIT {

    private static final int DAYS_SINCE_FILING = 8;

    @Autowired VisitRequests visitRequests;
    @Autowired VisitTasks tasks;
    @Autowired LeadTimes leadTimes;
    @Autowired Agreements agreements;
    @Autowired WorkingDayCalendars calendars;
    @Autowired JdbcTemplate jdbc;

    /**
     * A German visit to Japan, filed eight days ago for the earliest day the lead time then allowed: today that day
     * lies inside the lead time. (Filed now, then its filing moved back: the dates the applicant had then.)
     */
    private String filedEightDaysAgoForTheEarliestDay() {
        LocalDate today = leadTimes.today("JP");
        String reference = visitRequests.submit(VisitSamples.germanVisitToJapan(VisitType.ONE_TIME,
                leadTimes.earliestVisitDate(agreements.currentId(), "JP", VisitType.ONE_TIME), "DE-VSV"),
                "applicant.de").getReference();
        LocalDate filedOn = today.minusDays(DAYS_SINCE_FILING);
        LocalDate start = leadTimes.earliestVisitDate(agreements.currentId(), "JP", VisitType.ONE_TIME, filedOn);
        jdbc.update("update visit_request set submitted_at = ?, start_date = ?, end_date = ? where reference = ?",
                Timestamp.from(OffsetDateTime.now().minusDays(DAYS_SINCE_FILING).toInstant()), start,
                start.plusDays(2), reference);
        assertThat(leadTimes.earliestVisitDate(agreements.currentId(), "JP", VisitType.ONE_TIME))
                .as("today the visit's first day lies inside the lead time").isAfter(start);
        return reference;
    }

    private VisitRequest read(String reference) {
        return visitRequests.find(reference, "applicant.de").orElseThrow();
    }

    private String task(String reference, String userId, String key) {
        return tasks.openTasksOf(reference, userId).stream().filter(t -> t.taskKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " for " + userId + " on " + reference)).taskId();
    }

    @Test
    void theApplicantAnswersTheHostAuthoritysQuestionInsideTheLeadTime() {
        String reference = filedEightDaysAgoForTheEarliestDay();
        tasks.certify(task(reference, "officer.de1", VisitProcess.CERTIFY_CLEARANCES), "officer.de1", true, null);
        tasks.decide(task(reference, "officer.jp1", VisitProcess.REVIEW_REQUEST), "officer.jp1",
                HostAuthorityDecision.REQUEST_INFORMATION, null, null, null, "Which contract covers the visit?");

        tasks.provideInformation(task(reference, "applicant.de", VisitProcess.PROVIDE_INFORMATION), "applicant.de",
                read(reference).toData(), "Contract JP-DE SAR-2026/114.");

        assertThat(read(reference).getStatus()).isEqualTo(VisitStatus.IN_REVIEW);
    }

    @Test
    void theApplicantCorrectsAReturnedRequestInsideTheLeadTime() {
        String reference = filedEightDaysAgoForTheEarliestDay();
        tasks.certify(task(reference, "officer.de1", VisitProcess.CERTIFY_CLEARANCES), "officer.de1", true, null);
        tasks.decide(task(reference, "officer.jp1", VisitProcess.REVIEW_REQUEST), "officer.jp1",
                HostAuthorityDecision.RETURN, null, null, null, "Please name the building.");
        VisitRequestData data = read(reference).toData();
        VisitRequestData corrected = new VisitRequestData(data.type(), data.requestingFacilityId(),
                data.hostFacilityId(), data.programmeReference(), data.purpose() + " Building 7.", data.startDate(),
                data.endDate(), data.levelId(), data.handCarry(), null, null, data.sites(), data.visitors());

        tasks.correct(task(reference, "applicant.de", VisitProcess.CORRECT_REQUEST), "applicant.de", corrected);

        assertThat(read(reference).getStatus()).as("the intake check counts from filing too")
                .isEqualTo(VisitStatus.IN_CERTIFICATION);
    }

    @Test
    void anAmendmentInsideTheLeadTimeMayAddAVisitorWhomTheHostAuthoritySeesAsLate() {
        String reference = filedEightDaysAgoForTheEarliestDay();
        VisitRequestData data = read(reference).toData();
        List<VisitorData> visitors = new ArrayList<>(data.visitors());
        visitors.add(new VisitorData("Lena Brandt", "BRANDT", "LENA", LocalDate.of(1988, 1, 9), "Kiel", "DEU",
                "C03Z55P21", "Test engineer", "Nordwerk Systemtechnik GmbH", "DE-GEHEIM", "BMWE",
                data.endDate().plusYears(1), true));

        visitRequests.amend(reference, with(data, data.startDate(), visitors), "applicant.de", null);

        assertThat(read(reference).lateVisitors()).containsExactly("C03Z55P21");
    }

    @Test
    void insideTheLeadTimeTheVisitStillCannotMoveIntoThePastNorForward() {
        String reference = filedEightDaysAgoForTheEarliestDay();
        VisitRequestData data = read(reference).toData();
        LocalDate today = leadTimes.today("JP");
        WorkingDayCalendar japan = calendars.forParty("JP");

        assertThatThrownBy(() -> visitRequests.amend(reference, with(data, today.minusDays(1), data.visitors()),
                "applicant.de", null))
                .isInstanceOfSatisfying(InvalidVisitRequestException.class, invalid ->
                        assertThat(invalid.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                                .contains(org.assertj.core.groups.Tuple.tuple("startDate", "validation.startInPast")));
        LocalDate earlier = japan.addWorkingDays(data.startDate(), -1);
        assertThatThrownBy(() -> visitRequests.amend(reference, with(data, earlier, data.visitors()),
                "applicant.de", null))
                .as("brought forward, the visit needs the lead time from today")
                .isInstanceOfSatisfying(InvalidVisitRequestException.class, invalid ->
                        assertThat(invalid.problems()).extracting(FieldProblem::messageKey)
                                .contains("validation.leadTime"));
        assertThat(read(reference).getStartDate()).as("nothing saved").isEqualTo(data.startDate());
    }

    private static VisitRequestData with(VisitRequestData data, LocalDate start, List<VisitorData> visitors) {
        return new VisitRequestData(data.type(), data.requestingFacilityId(), data.hostFacilityId(),
                data.programmeReference(), data.purpose(), start, start.plusDays(2), data.levelId(), data.handCarry(),
                null, null, data.sites(), visitors);
    }
}
