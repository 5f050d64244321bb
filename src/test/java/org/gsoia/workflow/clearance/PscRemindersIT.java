package org.gsoia.workflow.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.task.InboxRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Expiry reminders of personnel clearances on PostgreSQL (R-FC-08): the sweep opens one task per clearance and
 * threshold (90 and 30 days) for the security officers of the person's facility, and only for valid clearances at
 * a facility; the facility's people and the person's party's authorities read it, nobody else.
 */
@GsoiaSpringTest
class PscRemindersIT {

    @Autowired PscReminders reminders;
    @Autowired PscReminderTasks tasks;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private long in60;
    private long in20;
    private long in200;
    private long suspended;

    private long person(String name, int daysLeft, String status) {
        LocalDate today = LocalDate.now(clock);
        jdbc.update("insert into personnel_clearance (version, party_code, name_native, name_passport, date_of_birth,"
                        + " facility_id, scheme, level_id, issued_on, expires_on, issuing_authority_id, status,"
                        + " reasons_reference, recorded_by, recorded_at) values (0, 'DE', ?, ?, date '1985-01-01',"
                        + " 'DE-RHEINTAL-FDH', 'DE_UE2', 'DE-GEHEIM', ?, ?, 'DE-BMWE', ?, ?, 'test', current_timestamp)",
                name, name.toUpperCase(), today.minusYears(4), today.plusDays(daysLeft), status,
                status.equals("VALID") ? null : "BMWE-T-1");
        return jdbc.queryForObject("select max(id) from personnel_clearance", Long.class);
    }

    @BeforeEach
    void people() {
        in60 = person("Reminder Sixty", 60, "VALID");
        in20 = person("Reminder Twenty", 20, "VALID");
        in200 = person("Reminder Far", 200, "VALID");
        suspended = person("Reminder Suspended", 40, "SUSPENDED");
    }

    @AfterEach
    void removeThem() {
        List<Long> ids = List.of(in60, in20, in200, suspended);
        for (Long id : ids) {
            jdbc.queryForList("select reference from psc_reminder where clearance_id = ?", String.class, id)
                    .forEach(reference -> runtimeService.createProcessInstanceQuery()
                            .processInstanceBusinessKey(reference).list()
                            .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test ended")));
            jdbc.update("delete from psc_reminder where clearance_id = ?", id);
            jdbc.update("delete from personnel_clearance where id = ?", id);
        }
    }

    private List<Object[]> remindersOf(long id) {
        return jdbc.query("select reference, days_before from psc_reminder where clearance_id = ?",
                (rs, i) -> new Object[] {rs.getString(1), rs.getInt(2)}, id);
    }

    @Test
    void theSweepOpensEachThresholdOnceForTheFacilitysSecurityOfficers() {
        reminders.openDueReminders();
        assertThat(remindersOf(in60)).singleElement().satisfies(r -> assertThat(r[1]).isEqualTo(90));
        assertThat(remindersOf(in20)).singleElement().satisfies(r -> assertThat(r[1]).isEqualTo(30));
        assertThat(remindersOf(in200)).isEmpty();
        assertThat(remindersOf(suspended)).as("only valid clearances").isEmpty();
        assertThat(reminders.openDueReminders()).as("each once").isZero();

        String reference = (String) remindersOf(in60).get(0)[0];
        assertThat(reminders.find(reference, "facility.de")).as("Rheintal's security officer").isPresent();
        assertThat(reminders.find(reference, "officer.de1")).as("Germany's authorities").isPresent();
        assertThat(reminders.find(reference, "facility.jp")).isEmpty();
        assertThat(reminders.find(reference, "security.jp1")).isEmpty();
        assertThat(reminders.find(reference, "applicant.de")).as("Nordwerk is another company").isEmpty();

        InboxRow task = tasks.openTasksOf(reference, "facility.de").get(0);
        assertThat(task.due()).isNotNull();
        assertThatThrownBy(() -> tasks.dealWith(task.taskId(), "facility.de", null, null))
                .isInstanceOf(InvalidAssuranceRequestException.class);
        tasks.dealWith(task.taskId(), "facility.de", PscReminder.Outcome.RENEWAL_APPLIED, "Antrag gestellt.");
        PscReminder done = reminders.find(reference, "officer.de1").orElseThrow();
        assertThat(done.getOutcome()).isEqualTo(PscReminder.Outcome.RENEWAL_APPLIED);
        assertThat(done.getDealtWithBy()).isEqualTo("facility.de");
        assertThat(tasks.openTasksOf(reference, "facility.de")).isEmpty();
    }
}
