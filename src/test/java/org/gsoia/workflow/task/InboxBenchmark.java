package org.gsoia.workflow.task;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.gsoia.workflow.support.Benchmarks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Inbox speed on PostgreSQL with 100,000 open and 1,000,000 historic tasks: generates the data by SQL into its own
 * database on the PostgreSQL server given by {@code BENCH_PG_URL} (default: the local server), then times the first
 * inbox page (50 rows, sorted by due date) for each filter at the service layer and prints p50/p95/p99.
 * Not part of the test suite (its name matches no test pattern); run it as the README says.
 */
@SpringBootTest(properties = {"gsoia.demo=false", "camunda.bpm.job-execution.enabled=false",
        "vaadin.launch-browser=false"})
@ActiveProfiles("postgres")
class InboxBenchmark {

    static final int OPEN_TASKS = Integer.getInteger("bench.open", 100_000);
    static final int HISTORIC_TASKS = Integer.getInteger("bench.historic", 1_000_000);
    static final int WARM_UP = 50;
    static final int RUNS = 300;
    static final String OFFICER = "bench.officer.de";

    @Autowired TaskInbox inbox;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        Benchmarks.freshDatabase(registry, "gsoia_bench_inbox");
    }

    @Test
    void firstInboxPage() {
        long started = System.nanoTime();
        generate();
        System.out.printf("%nGenerated %,d open and %,d historic tasks in %.1f s%n", OPEN_TASKS, HISTORIC_TASKS,
                (System.nanoTime() - started) / 1e9);

        Map<String, InboxFilter> filters = new LinkedHashMap<>();
        filters.put("mine and my groups'", InboxFilter.all());
        filters.put("my groups' unclaimed", InboxFilter.all().withScope(InboxScope.GROUPS));
        filters.put("my tasks", InboxFilter.all().withScope(InboxScope.MINE));
        filters.put("overdue", new InboxFilter(InboxScope.ALL, null, null, DueState.OVERDUE, null));
        filters.put("due soon", new InboxFilter(InboxScope.ALL, null, null, DueState.AT_RISK, null));
        filters.put("procedure + party", new InboxFilter(InboxScope.ALL, "visit-request", "DE", DueState.ANY, null));
        filters.put("reference text", new InboxFilter(InboxScope.ALL, null, null, DueState.ANY, "0042"));

        System.out.printf("%nFirst inbox page (50 rows, by due date) for %s, %d runs each after %d warm-up runs:%n",
                OFFICER, RUNS, WARM_UP);
        System.out.printf("%-24s %8s %8s %8s %8s %10s%n", "filter", "rows", "p50 ms", "p95 ms", "p99 ms", "count p95");
        for (Map.Entry<String, InboxFilter> filter : filters.entrySet()) {
            int[] rows = new int[1];
            double[] page = time(() -> rows[0] = inbox.page(OFFICER, filter.getValue(), InboxSort.DUE, true, 0, 50).size());
            double[] count = time(() -> inbox.count(OFFICER, filter.getValue()));
            System.out.printf("%-24s %8d %8.2f %8.2f %8.2f %10.2f%n", filter.getKey(), rows[0], page[0], page[1],
                    page[2], count[1]);
        }
        double[] deep = time(() -> inbox.page(OFFICER, InboxFilter.all(), InboxSort.DUE, true, 5_000, 50));
        System.out.printf("%-24s %8s %8.2f %8.2f %8.2f%n", "page 101 (offset 5000)", "50", deep[0], deep[1], deep[2]);
        double[] level = time(() -> inbox.page(OFFICER, InboxFilter.all(), InboxSort.LEVEL, false, 0, 50));
        System.out.printf("%-24s %8s %8.2f %8.2f %8.2f%n", "sorted by level", "50", level[0], level[1], level[2]);
    }

    /** p50, p95, p99 in milliseconds. */
    private static double[] time(Supplier<?> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new double[] {nanos[RUNS / 2] / 1e6, nanos[(int) (RUNS * 0.95)] / 1e6, nanos[(int) (RUNS * 0.99)] / 1e6};
    }

    private void generate() {
        if (identityService.createUserQuery().userId(OFFICER).count() == 0) {
            User officer = identityService.newUser(OFFICER);
            officer.setFirstName("Bench");
            officer.setLastName("Officer");
            identityService.saveUser(officer);
            for (String groupId : List.of("authority", "authority-de")) {
                if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
                    Group group = identityService.newGroup(groupId);
                    group.setName(groupId);
                    identityService.saveGroup(group);
                }
                identityService.createMembership(OFFICER, groupId);
            }
        }
        List<String> statements = new ArrayList<>();
        statements.add("delete from task_inbox_group");
        statements.add("delete from task_inbox");
        // open tasks: due dates from 20 days ago to 40 days ahead; 40 % German authority, 40 % Japanese authority,
        // 20 % spread over 200 organisations; every 50th task claimed by the officer, every 7th by a colleague
        statements.add("""
                insert into task_inbox (task_id, process_instance_id, procedure_key, task_key, case_reference,
                  organisation_id, party_code, agreement_id, level_id, level_party, level_rank, due_at,
                  assignee, owner, changed_at)
                select 'bench-' || i, 'bench-pi-' || i,
                  (array['visit-request','visit-request','facility-clearance','breach-notification'])[1 + i % 4],
                  (array['certifyClearances','reviewRequest','confirmDecision','acknowledgeNotice'])[1 + i % 4],
                  'VR-2026-' || lpad(i::text, 6, '0'),
                  'ORG-' || (i % 200), case when i % 5 < 2 then 'DE' else 'JP' end, 'JP-DE-2021',
                  case when i % 2 = 0 then 'DE-GEHEIM' else 'JP-GOKUHI' end, case when i % 2 = 0 then 'DE' else 'JP' end,
                  i % 4, now() - interval '20 days' + (i % 86400) * interval '1 minute',
                  case when i % 50 = 0 then '{officer}' when i % 7 = 0 then 'colleague-' || (i % 10) end,
                  null, now()
                from generate_series(1, {n}) i""".replace("{officer}", OFFICER).replace("{n}", Integer.toString(OPEN_TASKS)));
        statements.add("""
                insert into task_inbox_group (group_id, task_id)
                select case when i % 5 < 2 then 'authority-de' when i % 5 < 4 then 'authority-jp'
                            else 'org-org-' || (i % 200) end, 'bench-' || i
                from generate_series(1, {n}) i""".replace("{n}", Integer.toString(OPEN_TASKS)));
        statements.add("delete from ACT_HI_TASKINST where ID_ like 'bench-hi-%'");
        statements.add("""
                insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_INST_ID_, NAME_, ASSIGNEE_,
                  START_TIME_, END_TIME_, DURATION_, DELETE_REASON_, PRIORITY_, TASK_STATE_)
                select 'bench-hi-' || i,
                  (array['certifyClearances','reviewRequest','confirmDecision','acknowledgeNotice'])[1 + i % 4],
                  'visit-request', 'bench-hpi-' || (i / 4), 'Task', 'officer-' || (i % 40),
                  now() - interval '3 years' + (i % 1000000) * interval '90 seconds',
                  now() - interval '3 years' + (i % 1000000) * interval '90 seconds' + interval '2 days',
                  172800000, 'completed', 50, 'Completed'
                from generate_series(1, {n}) i""".replace("{n}", Integer.toString(HISTORIC_TASKS)));
        statements.add("analyze task_inbox");
        statements.add("analyze task_inbox_group");
        statements.add("analyze ACT_HI_TASKINST");
        statements.forEach(jdbc::execute);
    }
}
