package org.gsoia.workflow.clearance;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Facilities of their own for tests that change clearances, so that the demo's facilities, on which visit tests
 * rely, stay as they are. Removed again with their history.
 */
public final class TestFacilities {

    private TestFacilities() {
    }

    /** A German facility of Nordwerk with a valid GEHEIM clearance issued by BMWE; returns its id. */
    public static String germanValidGeheim(JdbcTemplate jdbc, LocalDate expiresOn) {
        String id = "DE-TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.update("insert into facility (id, organisation_id, name, city, fsc_level_id, fsc_status, fsc_expires_on,"
                        + " fsc_storage_level_id, fsc_issuing_authority_id, security_officer, deputy_security_officer,"
                        + " version) values (?, 'DE-NORDWERK', ?, 'Bremen', 'DE-GEHEIM', 'VALID', ?, 'DE-VSV', 'DE-BMWE',"
                        + " 'Karin Albers', 'Jonas Albrecht', 0)",
                id, "Nordwerk Systemtechnik GmbH – Prüfhalle " + id.substring(8), expiresOn);
        return id;
    }

    /** A German facility of Rheintal whose clearance BMWE has in process; returns its id. */
    public static String germanInProcess(JdbcTemplate jdbc) {
        String id = "DE-TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.update("insert into facility (id, organisation_id, name, city, fsc_status, fsc_issuing_authority_id,"
                        + " version) values (?, 'DE-RHEINTAL', ?, 'Ulm', 'IN_PROCESS', 'DE-BMWE', 0)",
                id, "Rheintal Avionik GmbH – Prüfstand " + id.substring(8));
        return id;
    }

    /** A Japanese facility of Minato without any clearance; returns its id. */
    public static String japaneseWithoutClearance(JdbcTemplate jdbc) {
        String id = "JP-TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.update("insert into facility (id, organisation_id, name, city, fsc_issuing_authority_id, version)"
                        + " values (?, 'JP-MINATO', ?, 'Kobe', 'JP-ATLA', 0)",
                id, "湊重工業株式会社 試験場 " + id.substring(8));
        return id;
    }

    public static void remove(JdbcTemplate jdbc, String facilityId) {
        jdbc.update("delete from fsc_assurance_update where request_id in"
                + " (select id from fsc_assurance_request where facility_id = ?)", facilityId);
        jdbc.update("delete from fsc_assurance_request where facility_id = ?", facilityId);
        // a notice's own process may stay: without its row it shows nowhere (the inbox finds no facts for it)
        jdbc.update("delete from fsc_change_notice where facility_id = ?", facilityId);
        jdbc.update("delete from facility_clearance_change where facility_id = ?", facilityId);
        jdbc.update("delete from facility where id = ?", facilityId);
    }

    /** Fires the inspection's window timer, unless the job executor was quicker, and waits for its task. */
    public static void openInspectionWindow(String reference, org.camunda.bpm.engine.RuntimeService runtimeService,
                              org.camunda.bpm.engine.ManagementService managementService,
                              org.camunda.bpm.engine.TaskService taskService) {
        var instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult();
        for (var job : managementService.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
            try {
                managementService.executeJob(job.getId());
            } catch (RuntimeException quicker) {
                // the job executor took it (the window opened in the past): its task follows, which the caller
                // checks. The engine refuses the second run as a missing job or a concurrent change, or, when the
                // executor commits while this run reads the execution tree, with a NullPointerException (CI, once)
            }
        }
        long until = System.currentTimeMillis() + 10_000;
        while (taskService.createTaskQuery().processInstanceId(instance.getId()).count() == 0
                && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
