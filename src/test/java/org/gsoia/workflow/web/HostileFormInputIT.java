package org.gsoia.workflow.web;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.breach.BreachCase;
import org.gsoia.workflow.breach.BreachItem;
import org.gsoia.workflow.breach.TestBreaches;
import org.gsoia.workflow.clearance.AssuranceReason;
import org.gsoia.workflow.clearance.TestFacilities;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.support.HostileInputs;
import org.gsoia.workflow.support.HostileInputs.BadText;
import org.gsoia.workflow.support.KaribuLogin;
import org.gsoia.workflow.visit.LeadTimes;
import org.gsoia.workflow.visit.VisitDrafts;
import org.gsoia.workflow.visit.VisitRequestData;
import org.gsoia.workflow.visit.VisitRequestSamples;
import org.gsoia.workflow.visit.VisitType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14, item 14, on the screens: every text field of the main forms (visit request, breach report, FSC assurance
 * request) with each bad text of {@link HostileInputs}, in Karibu on PostgreSQL. For each: no exception escapes the
 * click (which in the running product is an error page); a refusal marks the field itself invalid with a message;
 * nothing of a refused form is saved. The class prints its figures at the end.
 */
@GsoiaSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileFormInputIT {

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtimeService;
    @Autowired LeadTimes leadTimes;
    @Autowired VisitDrafts drafts;
    @Autowired Clock clock;

    private String facility;
    private int tried;
    private int failures;
    private int partialSaves;
    private int unnamedRefusals;
    private int wronglyAccepted;
    private final List<String> findings = new ArrayList<>();
    private final List<Long> draftIds = new ArrayList<>();

    /** One form: who fills it where, how to fill it validly, its submit button and its tables. */
    private record Form(String name, String user, Runnable open, String submit, String counts) {
    }

    @BeforeAll
    void aCompanyToAskAbout() {
        facility = TestFacilities.germanInProcess(jdbc);
    }

    @AfterAll
    void figuresAndCleanUp() {
        System.out.printf("Hostile form inputs: %d tried, %d 5xx (exceptions), %d partial saves, %d refusals naming"
                + " no field, %d bad inputs accepted%n", tried, failures, partialSaves, unnamedRefusals,
                wronglyAccepted);
        findings.forEach(finding -> System.out.println("  " + finding));
        jdbc.queryForList("select reference from breach_case where reported_by = 'facility.de' and location like"
                + " 'Hostile%'", String.class).forEach(reference -> TestBreaches.end(jdbc, runtimeService, reference));
        jdbc.queryForList("select reference from fsc_assurance_request where facility_id = ?", String.class, facility)
                .forEach(this::endProcess);
        // the facility and its requests stay: kept case facts of ended cases must equal facts rebuilt from their rows
        jdbc.queryForList("select reference from visit_request where programme_reference like 'HOSTILE%'",
                String.class).forEach(this::endProcess);
        // the drafts a refused submission left behind (an accepted one deletes its draft)
        draftIds.forEach(id -> jdbc.update("delete from visit_draft where id = ?", id));
        assertThat(failures).as("exceptions").isZero();
        assertThat(partialSaves).as("partial saves").isZero();
        assertThat(unnamedRefusals).as("refusals naming no field").isZero();
        assertThat(wronglyAccepted).as("bad inputs accepted").isZero();
        assertThat(tried).as("inputs tried").isGreaterThanOrEqualTo(200);
    }

    private void endProcess(String reference) {
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "hostile input test over"));
    }

    private List<Form> forms() {
        return List.of(
                new Form("visit request", "applicant.de", this::openVisitForm, "submit-visit-request",
                        "select concat_ws(',', (select count(*) from visit_request where applicant_user_id ="
                                + " 'applicant.de'), (select count(*) from visit_site s join visit_request r on"
                                + " r.id = s.visit_request_id where r.applicant_user_id = 'applicant.de'),"
                                + " (select count(*) from visit_visitor v join visit_request r on"
                                + " r.id = v.visit_request_id where r.applicant_user_id = 'applicant.de'),"
                                + " (select count(*) from act_hi_procinst where proc_def_key_ = 'visit-request'))"),
                new Form("breach report", "facility.de", this::openBreachForm, "submit-breach",
                        "select concat_ws(',', (select count(*) from breach_case where reported_by = 'facility.de'),"
                                + " (select count(*) from breach_item i join breach_case c on c.id = i.case_id"
                                + " where c.reported_by = 'facility.de'), (select count(*) from act_hi_procinst"
                                + " where proc_def_key_ = 'breach-notification'))"),
                new Form("assurance request", "security.jp1", this::openAssuranceForm, "file-assurance-request",
                        "select concat_ws(',', (select count(*) from fsc_assurance_request), (select count(*) from"
                                + " act_hi_procinst where proc_def_key_ = 'facility-clearance'))"));
    }

    // --- each form, filled validly ---

    /** The visit form through a draft (its fields carry no ids): the draft fills every field, notes included. */
    private void openVisitForm() {
        VisitRequestData sample = VisitRequestSamples.valid(leadTimes.today("JP"));
        VisitRequestData valid = new VisitRequestData(VisitType.ONE_TIME, sample.requestingFacilityId(),
                sample.hostFacilityId(), "HOSTILE-2026", sample.purpose(), sample.startDate(), sample.endDate(),
                sample.levelId(), false, "Sea trial moved forward", "Agreed with ATLA by phone", sample.sites(),
                sample.visitors());
        long draft = drafts.save(null, valid, "applicant.de");
        draftIds.add(draft);
        KaribuLogin.loginAndOpen(context, "applicant.de");
        UI.getCurrent().navigate("visits/new", QueryParameters.of("draft", String.valueOf(draft)));
    }

    @SuppressWarnings("unchecked")
    private void openBreachForm() {
        KaribuLogin.loginAndOpen(context, "facility.de");
        UI.getCurrent().navigate("breaches/new");
        ((Select<BreachCase.EventType>) _get(Select.class, spec -> spec.withId("event-type")))
                .setValue(BreachCase.EventType.LOSS);
        ComboBox<FacilityEntry> where = _get(ComboBox.class, spec -> spec.withId("facility"));
        where.setValue(where.getListDataView().getItems().filter(f -> f.id().equals("DE-RHEINTAL-FDH")).findFirst()
                .orElseThrow());
        text("location", "Hostile test, Registratur");
        _get(DatePicker.class, spec -> spec.withId("discovered-on"))
                .setValue(LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))));
        _get(TimePicker.class, spec -> spec.withId("discovered-time")).setValue(LocalTime.MIDNIGHT);
        _get(TextArea.class, spec -> spec.withId("circumstances")).setValue("Ordner fehlt beim Abgleich.");
        _get(TextArea.class, spec -> spec.withId("recipients")).setValue("unbekannt");
        _get(TextArea.class, spec -> spec.withId("containment")).setValue("Raum versiegelt");
        text("contact", "Markus Hoffmann");
        Select<ClassificationLevel> level = _get(Select.class, spec -> spec.withId("item-0-level"));
        level.setValue(level.getListDataView().getItems().filter(l -> l.getId().equals("JP-GOKUHI")).findFirst()
                .orElseThrow());
        text("item-0-originator", "ATLA");
        text("item-0-registry", "ATLA-2026-1187");
        text("item-0-title", "Unclassified title");
        text("item-0-copy", "2");
        ((Select<BreachItem.Medium>) _get(Select.class, spec -> spec.withId("item-0-medium")))
                .setValue(BreachItem.Medium.PAPER);
    }

    @SuppressWarnings("unchecked")
    private void openAssuranceForm() {
        KaribuLogin.loginAndOpen(context, "security.jp1");
        UI.getCurrent().navigate("assurance-requests/new");
        ComboBox<FacilityEntry> company = _get(ComboBox.class, spec -> spec.withId("assurance-facility"));
        company.setValue(company.getListDataView().getItems().filter(f -> f.id().equals(facility)).findFirst()
                .orElseThrow());
        text("assurance-contracting-entity", "防衛装備庁 契約管理課");
        ((Select<AssuranceReason>) _get(Select.class, spec -> spec.withId("assurance-reason")))
                .setValue(AssuranceReason.CONTRACT);
        Select<ClassificationLevel> level = _get(Select.class, spec -> spec.withId("assurance-required-level"));
        level.setValue(level.getListDataView().getItems().filter(l -> l.getId().equals("JP-GOKUHI")).findFirst()
                .orElseThrow());
        text("assurance-contract-reference", "ATLA-2026-0042");
    }

    private static void text(String id, String value) {
        _get(TextField.class, spec -> spec.withId(id)).setValue(value);
    }

    // --- the inputs ---

    /** The form's text fields the user sees, in the order of the page, each with a name for the report. */
    @SuppressWarnings("rawtypes")
    private static List<TextFieldBase> textFields() {
        Component view = (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        return _find(view, TextFieldBase.class).stream().filter(field -> field.getValue() instanceof String)
                .filter(HostileFormInputIT::shown).toList();
    }

    private static boolean shown(Component component) {
        for (Optional<Component> at = Optional.of(component); at.isPresent(); at = at.get().getParent()) {
            if (!at.get().isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String name(Component field, int index) {
        String label = field instanceof HasLabel labelled ? labelled.getLabel() : null;
        return "#" + index + " " + field.getId().orElse(label == null ? field.getClass().getSimpleName() : label);
    }

    @TestFactory
    Stream<DynamicNode> badTextInEveryTextFieldOfEveryForm() {
        return forms().stream().map(form -> {
            form.open().run();
            int fields = textFields().size();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < fields; i++) {
                names.add(name(textFields().get(i), i));
            }
            KaribuLogin.logout();
            return DynamicContainer.dynamicContainer(form.name(), Stream.iterate(0, i -> i < fields, i -> i + 1)
                    .flatMap(index -> HostileInputs.texts().stream().map(text -> DynamicTest.dynamicTest(
                            names.get(index) + " with " + text, () -> attempt(form, index, names.get(index), text)))));
        });
    }

    @SuppressWarnings("unchecked")
    private void attempt(Form form, int index, String name, BadText text) {
        try {
            form.open().run();
            TextFieldBase<?, String> field = textFields().get(index);
            judge(form, field, form.name() + " " + name + " with " + text, text);
        } finally {
            KaribuLogin.logout();
        }
    }

    private void judge(Form form, TextFieldBase<?, String> field, String label, BadText text) {
        long[] before = counts(form);
        tried++;
        field.setValue(text.value());
        try {
            _get(Button.class, spec -> spec.withId(form.submit())).click();
        } catch (RuntimeException escaped) {
            failures++;
            findings.add("exception " + label + ": " + escaped);
            throw new AssertionError(label + " escaped as " + escaped, escaped);
        }
        long[] after = counts(form);
        boolean anyChange = false;
        boolean allGrew = true;
        for (int i = 0; i < before.length; i++) {
            anyChange |= after[i] != before[i];
            allGrew &= after[i] > before[i];
        }
        HasValidation validated = (HasValidation) field;
        boolean marked = validated.isInvalid() && validated.getErrorMessage() != null
                && !validated.getErrorMessage().isBlank();
        List<String> problems = new ArrayList<>();
        if (!anyChange && !marked) {
            unnamedRefusals++;
            problems.add("refused without marking the field; marked: " + _find(Component.class).stream()
                    .filter(c -> c instanceof HasValidation v && v.isInvalid())
                    .map(c -> c.getId().orElse(c instanceof HasLabel l ? l.getLabel() : c.toString())
                            + ": " + ((HasValidation) c).getErrorMessage()).toList());
        }
        if (anyChange && (marked || !allGrew)) {
            partialSaves++;
            problems.add("partly saved: " + java.util.Arrays.toString(before) + " -> "
                    + java.util.Arrays.toString(after) + (marked ? ", the field marked invalid" : ""));
        }
        if (anyChange && text.mustBeRefused()) {
            wronglyAccepted++;
            problems.add("accepted");
        }
        if (!problems.isEmpty()) {
            String finding = label + ": " + String.join("; ", problems);
            findings.add(finding);
            throw new AssertionError(finding);
        }
    }

    private long[] counts(Form form) {
        return java.util.Arrays.stream(jdbc.queryForObject(form.counts(), String.class).split(","))
                .mapToLong(Long::parseLong).toArray();
    }
}
