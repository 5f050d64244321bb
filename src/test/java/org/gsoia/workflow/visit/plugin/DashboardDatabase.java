package org.gsoia.workflow.visit.plugin;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.gsoia.workflow.agreement.Party;
import org.gsoia.workflow.agreement.PartyRepository;
import org.gsoia.workflow.agreement.calendar.ClosingPeriodRepository;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.gsoia.workflow.metrics.CaseFacts;
import org.gsoia.workflow.metrics.Dashboards;
import org.gsoia.workflow.metrics.MeteredProcedures;
import org.mockito.Mockito;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * A database with the product's schema (the real Liquibase changelogs) and the dashboard service over it, without a
 * Spring context: for the figures test and the benchmark, which write the engine's history rows themselves.
 */
final class DashboardDatabase {

    final DataSource dataSource;
    final JdbcTemplate jdbc;

    DashboardDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Creates the schema with the product's own changelogs. */
    @SuppressWarnings("deprecation")
    void migrate() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            new Liquibase("db/changelog/db.changelog-master.yaml", new ClassLoaderResourceAccessor(), database)
                    .update("");
        }
    }

    /** The procedures the dashboard counts: visit requests. */
    MeteredProcedures procedures() {
        return new MeteredProcedures(List.of(new VisitProcedureMetrics()));
    }

    /** The dashboard's fact tables as the application builds them, for the visit procedure. */
    CaseFacts caseFacts() {
        return new CaseFacts(procedures(), new NamedParameterJdbcTemplate(dataSource),
                new DataSourceTransactionManager(dataSource),
                new StaticListableBeanFactory().getBeanProvider(EntityManagerFactory.class));
    }

    /**
     * The dashboard service as the application builds it, with the visit procedure and a fixed clock, over fact
     * tables rebuilt from what the database holds now.
     */
    Dashboards dashboards(LocalDateTime now) {
        caseFacts().rebuild();
        return dashboardsAsTheyAre(now);
    }

    /** The dashboard service over the fact tables as they are. */
    Dashboards dashboardsAsTheyAre(LocalDateTime now) {
        Clock clock = Clock.fixed(now.atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        PartyRepository parties = Mockito.mock(PartyRepository.class);
        Mockito.when(parties.findById(Mockito.anyString())).thenAnswer(call -> party(call.getArgument(0)));
        // no closing periods: the figures are counted on the public-holiday calendars
        ClosingPeriodRepository closingPeriods = Mockito.mock(ClosingPeriodRepository.class);
        return new Dashboards(procedures(), new NamedParameterJdbcTemplate(dataSource),
                new WorkingDayCalendars(parties, closingPeriods), clock);
    }

    private static Optional<Party> party(String code) {
        Party party = Mockito.mock(Party.class);
        Mockito.when(party.getCode()).thenReturn(code);
        Mockito.when(party.getTimeZone()).thenReturn(ZoneId.of("DE".equals(code) ? "Europe/Berlin" : "Asia/Tokyo"));
        Mockito.when(party.getHolidayCountry()).thenReturn("DE".equals(code) ? "GERMANY" : "JAPAN");
        return "DE".equals(code) || "JP".equals(code) ? Optional.of(party) : Optional.empty();
    }

    /** One visit request's process instance in the history, and its domain row. */
    void visitCase(String reference, String hostParty, LocalDateTime start, LocalDateTime end, LocalDate due,
                   String decision, LocalDateTime decidedAt, boolean escalated, LocalDate visitStart) {
        String id = "pi-" + reference;
        jdbc.update("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, "
                        + "START_TIME_, END_TIME_, DURATION_, STATE_) values (?, ?, ?, 'visit-request', 'visit-request:1:x', ?, ?, ?, ?)",
                id, id, reference, Timestamp.valueOf(start), end == null ? null : Timestamp.valueOf(end),
                end == null ? null : java.time.Duration.between(start, end).toMillis(),
                end == null ? "ACTIVE" : "COMPLETED");
        String sending = "JP".equals(hostParty) ? "DE" : "JP";
        jdbc.update("insert into visit_request (reference, agreement_id, visit_type, status, sending_party_code, "
                        + "host_party_code, applicant_user_id, applicant_organisation_id, requesting_facility_id, "
                        + "host_facility_id, purpose, start_date, end_date, level_id, hand_carry, submitted_at, "
                        + "decision_due_date, escalated, decision, decided_at, version) values (?, 'JP-DE-2021', "
                        + "'ONE_TIME', 'IN_REVIEW', ?, ?, 'applicant', ?, ?, ?, 'Fixture', ?, ?, ?, false, ?, ?, ?, ?, ?, 0)",
                reference, sending, hostParty, "DE".equals(sending) ? "DE-NORDWERK" : "JP-SAKURA",
                "DE".equals(sending) ? "DE-NORDWERK-BRE" : "JP-SAKURA-NGO",
                "DE".equals(hostParty) ? "DE-RHEINTAL-FDH" : "JP-MINATO-YOK", visitStart, visitStart.plusDays(1),
                "DE".equals(sending) ? "DE-VSV" : "JP-HI", Timestamp.valueOf(start), due, escalated, decision,
                decidedAt == null ? null : Timestamp.valueOf(decidedAt));
    }

    /** One user task of a case; {@code deleteReason} "completed" for a done task, null while open. */
    void task(String id, String reference, String taskKey, LocalDateTime start, LocalDateTime end,
              String deleteReason, String candidateGroup) {
        String processInstance = "pi-" + reference;
        jdbc.update("insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_, "
                        + "EXECUTION_ID_, NAME_, PRIORITY_, START_TIME_, END_TIME_, DURATION_, DELETE_REASON_) "
                        + "values (?, ?, 'visit-request', 'visit-request:1:x', ?, ?, ?, 50, ?, ?, ?, ?)",
                id, taskKey, processInstance, processInstance, taskKey, Timestamp.valueOf(start),
                end == null ? null : Timestamp.valueOf(end),
                end == null ? null : java.time.Duration.between(start, end).toMillis(), deleteReason);
        jdbc.update("insert into ACT_HI_IDENTITYLINK (ID_, TIMESTAMP_, TYPE_, GROUP_ID_, TASK_ID_, PROC_DEF_KEY_, "
                        + "OPERATION_TYPE_) values (?, ?, 'candidate', ?, ?, 'visit-request', 'add')",
                "il-" + id, Timestamp.valueOf(start), candidateGroup, id);
    }
}
