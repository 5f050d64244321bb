package org.gsoia.workflow.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.clearance.ClassifiedContracts.ContractChangedException;
import org.gsoia.workflow.clearance.ClassifiedContracts.ContractClosedException;
import org.gsoia.workflow.clearance.ClassifiedContracts.ReleaseRefusedException;
import org.gsoia.workflow.clearance.process.ContractProcess;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Classified contracts and the release gate on PostgreSQL (R-FC-04, R-FC-05): Japan's authority contracts a German
 * company; the gate refuses the release while the company's FSC is in process and no staff are named, then while the
 * named person's PSC is too low, and allows it once both stand. Who may do what, bad input, a stale version, the
 * German contractor's half-yearly report schedule and the close-out.
 */
@GsoiaSpringTest
class ClassifiedContractsIT {

    @Autowired ClassifiedContracts contracts;
    @Autowired ContractTasks contractTasks;
    @Autowired PersonnelClearances personnel;
    @Autowired FacilityClearances clearances;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private final List<String> facilities = new ArrayList<>();
    private final List<Long> persons = new ArrayList<>();

    @AfterEach
    void removeThem() {
        for (String facility : facilities) {
            List<String> references = jdbc.queryForList("select reference from fsc_contract"
                    + " where contractor_facility_id = ?", String.class, facility);
            for (String reference : references) {
                runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
                        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test over"));
            }
            String contracts = "(select id from fsc_contract where contractor_facility_id = ?)";
            jdbc.update("delete from fsc_contract_item where contract_id in " + contracts, facility);
            jdbc.update("delete from fsc_contract_staff where contract_id in " + contracts, facility);
            jdbc.update("delete from fsc_subcontract_consent where contract_id in " + contracts, facility);
            jdbc.update("delete from fsc_contract_report where contract_id in " + contracts, facility);
            jdbc.update("delete from fsc_contract where contractor_facility_id = ?", facility);
        }
        persons.forEach(id -> jdbc.update("delete from personnel_clearance where id = ?", id));
        facilities.forEach(id -> TestFacilities.remove(jdbc, id));
    }

    private ClassifiedContractData contractWith(String facilityId) {
        return new ClassifiedContractData("防衛装備庁 プロジェクト管理部", "ATLA-2026-K-0815",
                "Sensor integration study", facilityId, "JP-GOKUHI",
                "The contractor protects classified information under the GSOIA and its national rules.",
                "ATLA SAL 2026-17");
    }

    private PersonnelClearance germanPerson(String facilityId, String levelId) {
        LocalDate today = LocalDate.now(clock);
        PersonnelClearance person = personnel.record(new PersonnelClearanceData("Lena Hofmann", "HOFMANN, LENA",
                LocalDate.of(1987, 2, 11), facilityId, "DE_UE2", levelId, today.minusYears(1), today.plusYears(4),
                PscStatus.VALID, null), "security.de1");
        persons.add(person.getId());
        return person;
    }

    private List<ReleaseGap.Kind> refusal(String reference, Long itemId) {
        int version = contracts.find(reference, "security.jp1").orElseThrow().getVersion();
        try {
            contracts.release(reference, itemId, version, "security.jp1");
        } catch (ReleaseRefusedException refused) {
            return refused.gaps().stream().map(ReleaseGap::kind).toList();
        }
        return List.of();
    }

    private int version(String reference) {
        return contracts.find(reference, "security.jp1").orElseThrow().getVersion();
    }

    @Test
    void theGateRefusesUntilTheFscAndTheStaffsPscsStandThenReleases() {
        String facility = TestFacilities.germanInProcess(jdbc);
        facilities.add(facility);
        ClassifiedContract contract = contracts.record(contractWith(facility), "security.jp1");
        String reference = contract.getReference();
        assertThat(reference).startsWith("CC-");
        Long itemId = contracts.addItem(reference, version(reference), "Interface control document, issue 3",
                "JP-GOKUHI", "security.jp1").getId();

        assertThat(refusal(reference, itemId)).containsExactly(ReleaseGap.Kind.FSC_NOT_VALID,
                ReleaseGap.Kind.NO_STAFF);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CONTRACT_RELEASE_REFUSED'"
                + " and subject = ?", Long.class, reference)).as("the refusal is on record").isEqualTo(1);

        jdbc.update("update facility set fsc_status = 'VALID', fsc_level_id = 'DE-GEHEIM', fsc_expires_on = ?"
                + " where id = ?", LocalDate.now(clock).plusYears(3), facility);
        PersonnelClearance person = germanPerson(facility, "DE-VSV");
        contracts.nameStaff(reference, version(reference), person.getId(), "security.de1");
        assertThatThrownBy(() -> contracts.release(reference, itemId, version(reference), "security.jp1"))
                .isInstanceOfSatisfying(ReleaseRefusedException.class, refused -> {
                    assertThat(refused.gaps()).hasSize(1);
                    ReleaseGap gap = refused.gaps().get(0);
                    assertThat(gap.kind()).isEqualTo(ReleaseGap.Kind.PSC_LEVEL_TOO_LOW);
                    assertThat(gap.person()).isEqualTo("HOFMANN, LENA");
                    assertThat(gap.heldLevelId()).isEqualTo("DE-VSV");
                    assertThat(gap.neededLevelId()).as("the item's JP level as Germany marks it")
                            .isEqualTo("DE-GEHEIM");
                });

        jdbc.update("update personnel_clearance set level_id = 'DE-GEHEIM' where id = ?", person.getId());
        assertThat(refusal(reference, itemId)).isEmpty();
        ClassifiedContract released = contracts.find(reference, "security.jp1").orElseThrow();
        assertThat(released.item(itemId).orElseThrow().isReleased()).isTrue();
        assertThat(released.item(itemId).orElseThrow().getReleasedBy()).isEqualTo("security.jp1");
        assertThat(refusal(reference, itemId)).containsExactly(ReleaseGap.Kind.ALREADY_RELEASED);
    }

    @Test
    void aWithdrawnClearanceReachesTheOpenContractsThatDependOnIt() {
        String facility = TestFacilities.germanValidGeheim(jdbc, LocalDate.now(clock).plusYears(2));
        facilities.add(facility);
        String reference = contracts.record(contractWith(facility), "security.jp1").getReference();
        PersonnelClearance person = germanPerson(facility, "DE-GEHEIM");
        contracts.nameStaff(reference, version(reference), person.getId(), "security.de1");

        PersonnelClearance now = personnel.find(person.getId(), "security.de1").orElseThrow();
        personnel.change(person.getId(), now.getVersion(), new PersonnelClearanceData(now.getNameNative(),
                now.getNamePassport(), now.getDateOfBirth(), now.getFacilityId(), now.getScheme(), "DE-VSV",
                now.getIssuedOn(), now.getExpiresOn(), PscStatus.VALID, null), "security.de1");
        ClassifiedContract changed = contracts.find(reference, "security.jp1").orElseThrow();
        assertThat(changed.getClearanceChangedSubject()).isEqualTo("HOFMANN, LENA");
        assertThat(changed.getClearanceChangedTo()).isEqualTo("DOWNGRADED");
        var open = contractTasks.openTasksOf(reference, "security.jp2");
        assertThat(open).extracting(t -> t.taskKey()).containsExactly(ContractProcess.SECURE_INFORMATION);
        assertThat(contractTasks.openTasksOf(reference, "security.de1")).as("the contracting party acts").isEmpty();
        assertThatThrownBy(() -> contractTasks.secureInformation(open.get(0).taskId(), "security.jp2", " "))
                .isInstanceOf(InvalidAssuranceRequestException.class);
        contractTasks.secureInformation(open.get(0).taskId(), "security.jp2",
                "Nothing released yet; Nordwerk confirmed in writing.");
        assertThat(contracts.find(reference, "security.jp1").orElseThrow().getSecuredBy()).isEqualTo("security.jp2");

        var register = clearances.clearance(facility, "security.de1").orElseThrow();
        clearances.change(facility, "security.de1", register.version(), new ClearanceChange(
                org.gsoia.workflow.agreement.FscStatus.SUSPENDED, register.levelId(), register.storageLevelId(),
                register.expiresOn(), null, register.issuingAuthorityId(), register.securityOfficer(),
                register.deputySecurityOfficer(), "BMWE-GS-T-9", "Test"));
        assertThat(contracts.find(reference, "security.jp1").orElseThrow().getClearanceChangedTo())
                .isEqualTo("SUSPENDED");
        assertThat(contractTasks.openTasksOf(reference, "security.jp1")).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CONTRACT_CLEARANCE_CHANGED'"
                + " and subject = ?", Long.class, reference)).isEqualTo(2);
    }

    @Test
    void eachSideDoesItsOwnPartAndTheContractorReadsItsContract() {
        String facility = TestFacilities.germanValidGeheim(jdbc, LocalDate.now(clock).plusYears(2));
        facilities.add(facility);
        String reference = contracts.record(contractWith(facility), "security.jp1").getReference();
        PersonnelClearance person = germanPerson(facility, "DE-GEHEIM");

        assertThatThrownBy(() -> contracts.addItem(reference, version(reference), "Drawing", "JP-HI",
                "security.de1")).as("only the contracting party's authority adds items")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contracts.nameStaff(reference, version(reference), person.getId(),
                "security.jp1")).as("only the contractor's authority names its staff")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contracts.record(contractWith(facility), "officer.de1"))
                .as("a visit officer records no contracts").isInstanceOf(AccessDeniedException.class);
        assertThat(contracts.find(reference, "security.de2")).as("the contractor's authority reads it").isPresent();
        assertThat(contracts.find(reference, "applicant.de")).as("Nordwerk is the contractor").isPresent();
        assertThat(contracts.find(reference, "applicant.jp")).isEmpty();
        assertThat(contracts.page("applicant.de", 0, 50)).extracting(ClassifiedContract::getReference)
                .contains(reference);
        assertThat(contracts.page("security.de1", 0, 50)).extracting(ClassifiedContract::getReference)
                .contains(reference);
        assertThat(contracts.staffCandidates(contracts.find(reference, "security.de1").orElseThrow()))
                .extracting(PersonnelClearance::getId).containsExactly(person.getId());
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        String facility = TestFacilities.germanValidGeheim(jdbc, LocalDate.now(clock).plusYears(2));
        facilities.add(facility);
        long before = jdbc.queryForObject("select count(*) from fsc_contract", Long.class);
        assertThatThrownBy(() -> contracts.record(new ClassifiedContractData(" ", "A\u0000B", null, "NO-SUCH",
                "DE-GEHEIM", "x".repeat(4001), null), "security.jp1"))
                .isInstanceOfSatisfying(InvalidAssuranceRequestException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey()).containsExactlyInAnyOrder(
                                "contractingEntity:validation.required",
                                "contractNumber:validation.controlCharacters", "subject:validation.required",
                                "securityClause:validation.tooLong", "guideReference:validation.required",
                                "contractorFacility:validation.contract.facilityUnknown",
                                "highestLevel:validation.contract.levelOfOwnParty"));
        assertThat(jdbc.queryForObject("select count(*) from fsc_contract", Long.class)).isEqualTo(before);

        String reference = contracts.record(new ClassifiedContractData("ATLA", "K-1", "Study", facility, "JP-HI",
                "Clause", "SAL 1"), "security.jp1").getReference();
        assertThatThrownBy(() -> contracts.addItem(reference, version(reference), "Drawing", "JP-GOKUHI",
                "security.jp1")).isInstanceOfSatisfying(InvalidAssuranceRequestException.class, e ->
                assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.contract.itemAboveContract"));
        LocalDate inTwoDays = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))).plusDays(2);
        assertThatThrownBy(() -> contracts.recordConsent(reference, version(reference), facility, "BMWE-Z-7",
                inTwoDays, "security.de1")).isInstanceOfSatisfying(InvalidAssuranceRequestException.class, e ->
                assertThat(e.problems()).extracting(p -> p.field() + ":" + p.messageKey()).containsExactlyInAnyOrder(
                        "subcontractor:validation.contract.subcontractorIsContractor",
                        "consentedOn:validation.contract.consentInFuture"));
        contracts.recordConsent(reference, version(reference), "DE-NORDWERK-KEL", "BMWE-Z-7",
                LocalDate.now(clock).minusDays(3), "security.de1");
        assertThat(contracts.find(reference, "security.jp1").orElseThrow().getConsents())
                .extracting(SubcontractConsent::getConsentReference).containsExactly("BMWE-Z-7");
    }

    @Test
    void aChangeOnAStaleVersionIsRefusedAndAClosedContractTakesNoMore() {
        String facility = TestFacilities.germanValidGeheim(jdbc, LocalDate.now(clock).plusYears(2));
        facilities.add(facility);
        String reference = contracts.record(contractWith(facility), "security.jp1").getReference();
        int read = version(reference);
        contracts.addItem(reference, read, "Drawing A", "JP-HI", "security.jp1");
        assertThat(version(reference)).as("an item changes the contract's version").isGreaterThan(read);
        assertThatThrownBy(() -> contracts.addItem(reference, read, "Drawing B", "JP-HI", "security.jp1"))
                .isInstanceOf(ContractChangedException.class);

        assertThatThrownBy(() -> contracts.close(reference, version(reference), " ", "security.jp1"))
                .isInstanceOf(InvalidAssuranceRequestException.class);
        contracts.close(reference, version(reference), "All copies returned; certificate ATLA-R-2026-4.",
                "security.jp1");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count())
                .as("the report schedule ended").isZero();
        assertThatThrownBy(() -> contracts.addItem(reference, version(reference), "Drawing C", "JP-HI",
                "security.jp1")).isInstanceOf(ContractClosedException.class);
    }

    @Test
    void aGermanContractorReportsHalfYearlyAndAJapaneseOneDoesNot() {
        String german = TestFacilities.germanValidGeheim(jdbc, LocalDate.now(clock).plusYears(2));
        String japanese = TestFacilities.japaneseWithoutClearance(jdbc);
        facilities.add(german);
        facilities.add(japanese);
        ClassifiedContract toGermany = contracts.record(contractWith(german), "security.jp1");
        ClassifiedContract toJapan = contracts.record(new ClassifiedContractData("BAAINBw", "Q/U2AB/K123",
                "Radar study", japanese, "DE-GEHEIM", "Clause", "VS-Einstufungsliste 4711"), "security.de1");
        assertThat(toGermany.getReportInterval()).hasValue(java.time.Period.ofMonths(6));
        assertThat(toJapan.getReportInterval()).isEmpty();

        var instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(toGermany.getReference()).singleResult();
        var timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        LocalDate recordedOn = toGermany.getRecordedAt().atZoneSameInstant(ZoneId.of("Europe/Berlin"))
                .toLocalDate();
        LocalDate firstDue = recordedOn.plusMonths(6);
        assertThat(timer.getDuedate().toInstant().atZone(ZoneId.of("Europe/Berlin")).toLocalDate())
                .isEqualTo(firstDue);
        managementService.executeJob(timer.getId());
        var rows = contractTasks.openTasksOf(toGermany.getReference(), "applicant.de");
        assertThat(rows).as("Nordwerk's security officer reports").hasSize(1);
        assertThatThrownBy(() -> contractTasks.submitReport(rows.get(0).taskId(), "applicant.de", true, " "))
                .as("changes need saying what changed").isInstanceOf(InvalidAssuranceRequestException.class);
        contractTasks.submitReport(rows.get(0).taskId(), "applicant.de", true, "New deputy security officer.");
        ClassifiedContract reported = contracts.find(toGermany.getReference(), "security.de1").orElseThrow();
        assertThat(reported.getReports()).singleElement().satisfies(r -> {
            assertThat(r.getDueOn()).isEqualTo(firstDue);
            assertThat(r.isChangesReported()).isTrue();
        });
        var next = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(next.getDuedate().toInstant().atZone(ZoneId.of("Europe/Berlin")).toLocalDate())
                .as("the second report a year after the record").isEqualTo(recordedOn.plusMonths(12));

        var japaneseInstance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(toJapan.getReference()).singleResult();
        assertThat(managementService.createJobQuery().processInstanceId(japaneseInstance.getId()).count()).isZero();
        assertThat(runtimeService.getVariable(japaneseInstance.getId(), ContractProcess.REPORTS_DUE.name()))
                .isEqualTo(false);
    }
}
