package org.gsoia.workflow.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.clearance.PersonnelClearance;
import org.gsoia.workflow.clearance.PersonnelClearanceData;
import org.gsoia.workflow.clearance.PersonnelClearances;
import org.gsoia.workflow.clearance.PscStatus;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.visit.demo.VisitSamples;
import org.gsoia.workflow.visit.process.VisitProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Visitors taken from the PSC register on PostgreSQL (R-FC-08, R-FC-06): the register's clearance is saved whatever
 * the form typed, only people of the applicant's own facilities can be taken, and a suspension of the person's
 * clearance reaches the open request (the host authority decides again) and suspends the approved visit.
 */
@GsoiaSpringTest
class VisitRegisteredVisitorIT {

    @Autowired VisitRequests visitRequests;
    @Autowired VisitTasks tasks;
    @Autowired PersonnelClearances register;
    @Autowired LeadTimes leadTimes;
    @Autowired Agreements agreements;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private PersonnelClearance person;
    private String passportName;

    @BeforeEach
    void aPersonOfNordwerkInTheRegister() {
        LocalDate today = LocalDate.now(clock);
        String surname = "REGISTER" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").toUpperCase()
                .substring(0, 4);
        passportName = surname + ", LEA";
        person = register.record(new PersonnelClearanceData("Lea " + surname, passportName, LocalDate.of(1991, 7, 1),
                "DE-NORDWERK-BRE", "DE_UE2", "DE-GEHEIM", today.minusYears(1), today.plusYears(4), PscStatus.VALID,
                null), "security.de1");
    }

    private VisitRequestData withVisitorFromRegister(Long personnelClearanceId, int day) {
        LocalDate start = leadTimes.earliestVisitDate(agreements.currentId(), "JP", VisitType.ONE_TIME).plusDays(day);
        VisitRequestData sample = VisitSamples.germanVisitToJapan(VisitType.ONE_TIME, start, "DE-VSV");
        List<VisitorData> visitors = new ArrayList<>(sample.visitors());
        VisitorData typed = visitors.get(0);
        // what the form sent for the clearance is not what the register says: the register wins
        visitors.set(0, new VisitorData(typed.nameNative(), typed.surnamePassport(), typed.givenNamesPassport(),
                typed.dateOfBirth(), typed.placeOfBirth(), typed.nationality(), typed.passportNumber(),
                typed.jobTitle(), typed.employer(), "DE-VSNFD", "typed in", start.plusDays(3), true,
                personnelClearanceId));
        return sample.withVisitors(visitors).writtenIn("en");
    }

    private String task(String reference, String userId, String key) {
        return tasks.openTasksOf(reference, userId).stream().filter(t -> t.taskKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " for " + userId + " on " + reference)).taskId();
    }

    @Test
    void theRegistersClearanceIsSavedAndOnlyOwnPeopleCanBeTaken() {
        Long japanesePerson = jdbc.queryForObject("select id from personnel_clearance where name_passport ="
                + " 'YAMADA, TARO'", Long.class);
        assertThat(visitRequests.check(withVisitorFromRegister(japanesePerson, 40), "applicant.de"))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("visitors[0].personnelClearanceId",
                        "validation.visitor.notInRegister"));

        String reference = visitRequests.submit(withVisitorFromRegister(person.getId(), 41), "applicant.de")
                .getReference();
        VisitorData saved = visitRequests.find(reference, "applicant.de").orElseThrow().toData().visitors().get(0);
        assertThat(saved.personnelClearanceId()).isEqualTo(person.getId());
        assertThat(saved.clearanceLevelId()).isEqualTo("DE-GEHEIM");
        assertThat(saved.clearanceExpiresOn()).isEqualTo(person.getExpiresOn());
        assertThat(saved.clearanceIssuedBy()).isNotEqualTo("typed in");
        assertThat(saved.surnamePassport() + ", " + saved.givenNamesPassport()).as("the register's person")
                .isEqualTo(passportName);
        assertThat(saved.dateOfBirth()).isEqualTo(person.getDateOfBirth());
        assertThat(register.ofOwnOrganisation("applicant.de", passportName.substring(0, 10).toLowerCase(), 0, 50))
                .extracting(PersonnelClearance::getId).containsExactly(person.getId());
        assertThat(register.ofOwnOrganisation("applicant.jp", null, 0, 200)).extracting(PersonnelClearance::getId)
                .doesNotContain(person.getId());
        assertThat(register.ofOwnOrganisation("officer.de1", null, 0, 200)).as("companies' people only").isEmpty();

        VisitRequestData twice = withVisitorFromRegister(person.getId(), 46);
        VisitorData second = twice.visitors().get(1);
        List<VisitorData> both = List.of(twice.visitors().get(0), new VisitorData(second.nameNative(),
                second.surnamePassport(), second.givenNamesPassport(), second.dateOfBirth(), second.placeOfBirth(),
                second.nationality(), second.passportNumber(), second.jobTitle(), second.employer(),
                second.clearanceLevelId(), second.clearanceIssuedBy(), second.clearanceExpiresOn(), true,
                person.getId()));
        assertThat(visitRequests.check(twice.withVisitors(both), "applicant.de"))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("visitors[1].personnelClearanceId",
                        "validation.visitor.registerTwice"));
    }

    @Test
    void aRequestWhoseVisitorsAllComeFromTheRegisterNeedsNoCertification() {
        VisitRequestData sample = withVisitorFromRegister(person.getId(), 45);
        VisitRequestData onlyRegistered = sample.withVisitors(List.of(sample.visitors().get(0)));
        String reference = visitRequests.submit(onlyRegistered, "applicant.de").getReference();
        assertThat(tasks.openTasksOf(reference, "officer.de1")).as("no certification task").isEmpty();
        assertThat(tasks.openTasksOf(reference, "officer.jp1")).extracting(t -> t.taskKey())
                .containsExactly(VisitProcess.REVIEW_REQUEST);
        assertThat(visitRequests.find(reference, "applicant.de").orElseThrow().getVisitors())
                .allMatch(Visitor::isCertified);
    }

    @Test
    void aSuspendedPersonalClearanceReachesTheOpenRequestAndSuspendsTheApprovedVisit() {
        String open = visitRequests.submit(withVisitorFromRegister(person.getId(), 42), "applicant.de")
                .getReference();
        // the second visitor was typed in: the sending authority certifies that one
        tasks.certify(task(open, "officer.de1", VisitProcess.CERTIFY_CLEARANCES), "officer.de1", true, null);
        String approved = visitRequests.submit(withVisitorFromRegister(person.getId(), 43), "applicant.de")
                .getReference();
        tasks.certify(task(approved, "officer.de1", VisitProcess.CERTIFY_CLEARANCES), "officer.de1", true, null);
        tasks.decide(task(approved, "officer.jp1", VisitProcess.REVIEW_REQUEST), "officer.jp1",
                HostAuthorityDecision.APPROVE, null, null, null, null);
        LocalDate later = leadTimes.earliestVisitDate(agreements.currentId(), "JP", VisitType.ONE_TIME).plusDays(44);
        String untouched = visitRequests.submit(VisitSamples.germanVisitToJapan(VisitType.ONE_TIME, later, "DE-VSV")
                .writtenIn("en"), "applicant.de").getReference();

        PersonnelClearance now = register.find(person.getId(), "security.de1").orElseThrow();
        PersonnelClearanceData suspended = new PersonnelClearanceData(now.getNameNative(), now.getNamePassport(),
                now.getDateOfBirth(), now.getFacilityId(), now.getScheme(), now.getLevelId(), now.getIssuedOn(),
                now.getExpiresOn(), PscStatus.SUSPENDED, "BMWE-GS-P-17");
        register.change(person.getId(), now.getVersion(), suspended, "security.de1");

        VisitRequest openRequest = visitRequests.find(open, "applicant.de").orElseThrow();
        assertThat(openRequest.getClearanceChangedPerson()).isEqualTo(passportName);
        assertThat(openRequest.getClearanceChangedTo()).isEqualTo("SUSPENDED");
        assertThat(tasks.openTasksOf(open, "officer.jp1")).extracting(t -> t.taskKey())
                .contains(VisitProcess.RECONSIDER_AFTER_CLEARANCE_CHANGE);
        VisitRequest approvedVisit = visitRequests.find(approved, "applicant.de").orElseThrow();
        assertThat(approvedVisit.getStatus()).isEqualTo(VisitStatus.SUSPENDED);
        assertThat(tasks.openTasksOf(approved, "officer.jp1")).extracting(t -> t.taskKey())
                .contains(VisitProcess.REVIEW_SUSPENSION);
        assertThat(visitRequests.find(untouched, "applicant.de").orElseThrow().getClearanceChangedAt())
                .as("a visitor typed in is not linked to the register").isNull();
        assertThat(jdbc.queryForList("select action from audit_event where subject = ?", String.class, approved))
                .contains("VISIT_SUSPENDED");
        String review = task(approved, "officer.jp1", VisitProcess.REVIEW_SUSPENSION);
        assertThatThrownBy(() -> tasks.reviewSuspension(review, "officer.jp1", true, "Clearance checked."))
                .as("the suspended visitor keeps the suspension from being lifted")
                .isInstanceOfSatisfying(VisitorClearanceWithdrawnException.class,
                        refused -> assertThat(refused.visitors()).containsExactly(passportName));
    }
}
