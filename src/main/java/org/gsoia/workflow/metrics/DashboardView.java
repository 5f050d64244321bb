package org.gsoia.workflow.metrics;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.metrics.Dashboard.Backlog;
import org.gsoia.workflow.metrics.Dashboard.Compliance;
import org.gsoia.workflow.metrics.Dashboard.StepTime;
import org.gsoia.workflow.metrics.Dashboard.Week;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;

/**
 * The manager dashboard: figures of every procedure for a period, party and procedure; each figure opens the
 * cases behind it (no personal data), exportable as CSV. Every chart has a table twin for screen readers.
 */
@Route("dashboard")
@RolesAllowed(Role.MANAGER_ROLE)
@Menu(order = 60, title = "nav.dashboard", icon = "vaadin:chart")
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    static final String ALL = "";
    private static final String FONT = "Inter, 'Segoe UI', 'Helvetica Neue', Arial, 'Noto Sans JP', "
            + "'Hiragino Sans', 'Yu Gothic', sans-serif";
    private static final String[] BUCKET_COLOURS = {"#5b8fc7", "#e0b13a", "#d9782a", "#ad2831"};
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Dashboards dashboards;
    private final MeteredProcedures meteredProcedures;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Select<Period> period = new Select<>();
    private final Select<String> party = new Select<>();
    private final Select<String> procedure = new Select<>();
    private final Div figures = new Div();
    private final Div registers = new Div();
    private final java.util.List<RegisterFigure> registerFigures;
    private final Div sections = new Div();
    private final NumberFormat oneDecimal;
    private final NumberFormat whole;
    private Dashboard dashboard;

    DashboardView(Dashboards dashboards, MeteredProcedures meteredProcedures, Agreements agreements, AuditLog auditLog,
                  CurrentUser currentUser, java.util.List<RegisterFigure> registerFigures) {
        this.registerFigures = registerFigures;
        this.dashboards = dashboards;
        this.meteredProcedures = meteredProcedures;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.oneDecimal = NumberFormat.getNumberInstance(getLocale());
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
        this.whole = NumberFormat.getIntegerInstance(getLocale());
        addClassNames("gsoia-view", "gsoia-dashboard");
        setPadding(false);

        Paragraph lead = new Paragraph(getTranslation("metrics.lead"));
        lead.addClassName("gsoia-lead");

        period.setLabel(getTranslation("metrics.filter.period"));
        period.setItems(Period.values());
        period.setItemLabelGenerator(p -> getTranslation("metrics.period." + p.name()));
        period.setValue(Period.WEEKS_12);
        period.setId("metrics-period");

        List<String> parties = new ArrayList<>();
        parties.add(ALL);
        parties.addAll(agreements.parties());
        party.setLabel(getTranslation("metrics.filter.party"));
        party.setItems(parties);
        party.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("metrics.filter.allParties") : partyName(c));
        party.setValue(ALL);
        party.setId("metrics-party");

        List<String> procedures = new ArrayList<>();
        procedures.add(ALL);
        procedures.addAll(meteredProcedures.keys());
        procedure.setLabel(getTranslation("metrics.filter.procedure"));
        procedure.setItems(procedures);
        procedure.setItemLabelGenerator(k -> k.isEmpty() ? getTranslation("metrics.filter.allProcedures")
                : procedureName(k));
        procedure.setValue(ALL);
        procedure.setId("metrics-procedure");

        FlexLayout filters = new FlexLayout(period, party, procedure);
        filters.addClassName("gsoia-metrics-filters");
        period.addValueChangeListener(e -> refresh());
        party.addValueChangeListener(e -> refresh());
        procedure.addValueChangeListener(e -> refresh());

        figures.addClassName("gsoia-figures");
        sections.addClassName("gsoia-metrics-sections");
        registers.setId("metrics-registers");
        registers.addClassName("gsoia-facts");
        add(new H2(getTranslation("nav.dashboard")), lead, filters, figures, registers, sections);
        refresh();
    }

    DashboardFilter filter() {
        return new DashboardFilter(period.getValue(),
                Optional.ofNullable(party.getValue()).filter(v -> !v.isEmpty()),
                Optional.ofNullable(procedure.getValue()).filter(v -> !v.isEmpty()));
    }

    Dashboard dashboard() {
        return dashboard;
    }

    private void refresh() {
        dashboard = dashboards.compute(filter());
        figures.removeAll();
        sections.removeAll();
        showFigures(dashboard);
        showRegisters();
        sections.add(trend(dashboard), steps(dashboard), backlog(dashboard), compliance(dashboard));
    }

    // ---- figures ------------------------------------------------------------------------------------------------

    /** The procedures' register figures (e.g. clearances expiring soon), for the party filtered. */
    private void showRegisters() {
        registers.removeAll();
        Optional<String> partyCode = Optional.ofNullable(party.getValue()).filter(v -> !v.isEmpty());
        for (RegisterFigure figure : registerFigures) {
            Span label = new Span(getTranslation(figure.labelKey(), figure.days()));
            label.addClassName("label");
            long value = figure.count(partyCode);
            registers.add(new Div(label, new Span(value < 0 ? "–" : whole.format(value))));
        }
        registers.setVisible(!registerFigures.isEmpty());
    }

    private void showFigures(Dashboard d) {
        Compliance c = d.compliance();
        figures.add(
                figure("open", whole.format(d.openCases()), "metrics.figure.open", null, CaseListKind.OPEN),
                figure("overdue", whole.format(d.overdueNow()), "metrics.figure.overdue", null, CaseListKind.OVERDUE),
                figure("started", whole.format(d.started()), "metrics.figure.started", null, CaseListKind.STARTED),
                figure("completed", whole.format(d.completed()), "metrics.figure.completed", null,
                        CaseListKind.COMPLETED),
                figure("decided", whole.format(c.decided()), "metrics.figure.decided",
                        d.timeToDecision().medianDays() == null ? null
                                : getTranslation("metrics.figure.timeToDecision",
                                days(d.timeToDecision().medianDays()), days(d.timeToDecision().p90Days())),
                        CaseListKind.DECIDED),
                figure("onTime", percent(c),
                        "metrics.figure.onTime", getTranslation("metrics.figure.late", whole.format(c.decided() - c.onTime())),
                        CaseListKind.DECIDED_LATE),
                figure("escalated", whole.format(c.escalated()), "metrics.figure.escalated", null,
                        CaseListKind.ESCALATED),
                figure("afterLeadTime", whole.format(c.afterLeadTime()), "metrics.figure.afterLeadTime", null,
                        CaseListKind.AFTER_LEAD_TIME));
    }

    private Component figure(String id, String value, String labelKey, String note, CaseListKind kind) {
        NativeButton button = new NativeButton();
        button.setId("metrics-figure-" + id);
        button.addClassName("gsoia-figure");
        Span number = new Span(value);
        number.addClassName("gsoia-figure-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("gsoia-figure-label");
        button.add(number, label);
        if (note != null) {
            Span small = new Span(note);
            small.addClassName("gsoia-figure-note");
            button.add(small);
        }
        button.getElement().setAttribute("title", getTranslation("metrics.showCases"));
        // the on-time share lists the decisions that missed their due date: the list says so
        String listTitle = kind == CaseListKind.DECIDED_LATE ? getTranslation("metrics.cases.late")
                : getTranslation(labelKey);
        button.addClickListener(e -> openCases(listTitle, kind, null, null));
        return button;
    }

    // ---- sections -----------------------------------------------------------------------------------------------

    private Component trend(Dashboard d) {
        DateTimeFormatter week = Dates.shortFormatter(getLocale());
        ArrayNode labels = JSON.arrayNode();
        ArrayNode started = JSON.arrayNode();
        ArrayNode completed = JSON.arrayNode();
        List<List<String>> rows = new ArrayList<>();
        for (Week w : d.trend()) {
            labels.add(week.format(w.monday()));
            started.add(w.started());
            completed.add(w.completed());
            rows.add(List.of(week.format(w.monday()), whole.format(w.started()), whole.format(w.completed())));
        }
        ObjectNode option = base();
        option.set("legend", JSON.objectNode().put("bottom", 0));
        option.set("grid", grid());
        option.set("xAxis", JSON.objectNode().put("type", "category").set("data", labels));
        option.set("yAxis", JSON.objectNode().put("type", "value").put("minInterval", 1));
        ArrayNode series = JSON.arrayNode();
        series.add(bar(getTranslation("metrics.trend.started"), started, "#1d4a7c"));
        series.add(bar(getTranslation("metrics.trend.completed"), completed, "#7fa7d4"));
        option.set("series", series);
        return section("trend", "metrics.section.trend", "metrics.section.trend.help", chart(option, null),
                List.of(getTranslation("metrics.trend.week"), getTranslation("metrics.trend.started"),
                        getTranslation("metrics.trend.completed")), rows);
    }

    private Component steps(Dashboard d) {
        ArrayNode labels = JSON.arrayNode();
        ArrayNode median = JSON.arrayNode();
        ArrayNode p90 = JSON.arrayNode();
        List<List<String>> rows = new ArrayList<>();
        // the slowest step first: ECharts draws the first category at the bottom, so reverse for the chart
        List<StepTime> steps = d.steps();
        for (int i = steps.size() - 1; i >= 0; i--) {
            StepTime s = steps.get(i);
            labels.add(stepName(s));
            median.add(round1(s.medianHours() / 24.0));
            p90.add(round1(s.p90Hours() / 24.0));
        }
        for (StepTime s : steps) {
            rows.add(List.of(stepName(s), procedureName(s.procedureKey()), whole.format(s.count()),
                    days(s.medianHours() / 24.0), days(s.p90Hours() / 24.0)));
        }
        ObjectNode option = base();
        option.set("legend", JSON.objectNode().put("bottom", 0));
        option.set("grid", grid());
        option.set("xAxis", JSON.objectNode().put("type", "value").put("name", getTranslation("metrics.unit.days"))
                .put("nameLocation", "middle").put("nameGap", 24));
        option.set("yAxis", JSON.objectNode().put("type", "category").<ObjectNode>set("data", labels)
                .set("axisLabel", JSON.objectNode().put("width", 150).put("overflow", "break")));
        ArrayNode series = JSON.arrayNode();
        series.add(bar(getTranslation("metrics.steps.median"), median, "#1d4a7c"));
        series.add(bar(getTranslation("metrics.steps.p90"), p90, "#e0b13a"));
        option.set("series", series);
        Chart chart = chart(option, null);
        chart.setHeight(Math.max(260, 70 + 48 * steps.size()) + "px");
        return section("steps", "metrics.section.steps", "metrics.section.steps.help", chart,
                List.of(getTranslation("metrics.steps.step"), getTranslation("metrics.case.procedure"),
                        getTranslation("metrics.steps.count"), getTranslation("metrics.steps.median"),
                        getTranslation("metrics.steps.p90")), rows);
    }

    private Component backlog(Dashboard d) {
        ArrayNode labels = JSON.arrayNode();
        List<Backlog> backlog = d.backlog();
        ArrayNode series = JSON.arrayNode();
        List<List<String>> rows = new ArrayList<>();
        // ECharts draws the first category at the bottom: reverse, so the chart reads top-down like the table
        List<Backlog> drawn = new ArrayList<>(backlog);
        java.util.Collections.reverse(drawn);
        drawn.forEach(b -> labels.add(holderName(b)));
        for (Backlog b : backlog) {
            List<String> row = new ArrayList<>();
            row.add(holderName(b));
            for (long count : b.buckets()) {
                row.add(whole.format(count));
            }
            row.add(whole.format(b.total()));
            rows.add(row);
        }
        for (AgeBucket bucket : AgeBucket.values()) {
            ArrayNode values = JSON.arrayNode();
            drawn.forEach(b -> values.add(b.buckets()[bucket.ordinal()]));
            ObjectNode bar = bar(bucketName(bucket), values, BUCKET_COLOURS[bucket.ordinal()]);
            bar.put("stack", "age");
            series.add(bar);
        }
        ObjectNode option = base();
        option.set("legend", JSON.objectNode().put("bottom", 0));
        option.set("grid", grid());
        option.set("xAxis", JSON.objectNode().put("type", "value").put("minInterval", 1));
        option.set("yAxis", JSON.objectNode().put("type", "category").<ObjectNode>set("data", labels)
                .set("axisLabel", JSON.objectNode().put("width", 150).put("overflow", "break")));
        option.set("series", series);
        Chart chart = chart(option, (seriesIndex, dataIndex) -> {
            if (dataIndex >= 0 && dataIndex < drawn.size() && seriesIndex >= 0
                    && seriesIndex < AgeBucket.values().length) {
                openBacklog(drawn.get(dataIndex), AgeBucket.values()[seriesIndex]);
            }
        });
        List<String> header = new ArrayList<>();
        header.add(getTranslation("metrics.backlog.holder"));
        for (AgeBucket bucket : AgeBucket.values()) {
            header.add(bucketName(bucket));
        }
        header.add(getTranslation("metrics.backlog.total"));
        Component section = section("backlog", "metrics.section.backlog", "metrics.section.backlog.help", chart,
                header, rows);
        // each holder's cases can be listed without the chart, too
        Div links = new Div();
        links.addClassName("gsoia-backlog-links");
        for (Backlog b : backlog) {
            Button open = new Button(getTranslation("metrics.backlog.list", holderName(b), whole.format(b.total())),
                    e -> openBacklog(b, null));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            open.setId("metrics-backlog-" + b.holderGroup());
            links.add(open);
        }
        ((Div) section).add(links);
        return section;
    }

    private Component compliance(Dashboard d) {
        ArrayNode labels = JSON.arrayNode();
        ArrayNode onTime = JSON.arrayNode();
        List<List<String>> rows = new ArrayList<>();
        for (Compliance c : d.perParty()) {
            String name = partyName(c.partyCode());
            labels.add(name);
            onTime.add(c.onTimePercent() == null ? 0 : Math.round(c.onTimePercent()));
            rows.add(List.of(name, whole.format(c.decided()), percent(c), whole.format(c.escalated()),
                    whole.format(c.afterLeadTime())));
        }
        ObjectNode option = base();
        option.set("grid", grid());
        option.set("xAxis", JSON.objectNode().put("type", "value").put("max", 100)
                .put("name", getTranslation("metrics.compliance.onTime")).put("nameLocation", "middle")
                .put("nameGap", 24));
        option.set("yAxis", JSON.objectNode().put("type", "category").set("data", labels));
        ArrayNode series = JSON.arrayNode();
        ObjectNode bar = bar(getTranslation("metrics.compliance.onTime"), onTime, "#1d4a7c");
        bar.set("label", JSON.objectNode().put("show", true).put("position", "right").put("formatter", "{c} %"));
        series.add(bar);
        option.set("series", series);
        Chart chart = chart(option, null);
        chart.setHeight(Math.max(180, 90 + 48 * d.perParty().size()) + "px");
        return section("compliance", "metrics.section.compliance", "metrics.section.compliance.help", chart,
                List.of(getTranslation("metrics.compliance.authority"), getTranslation("metrics.compliance.decided"),
                        getTranslation("metrics.compliance.onTime"), getTranslation("metrics.compliance.escalated"),
                        getTranslation("metrics.compliance.afterLeadTime")), rows);
    }

    /** A titled card with a chart and its table twin; a toggle shows the table instead of the chart. */
    private Component section(String id, String titleKey, String helpKey, Chart chart, List<String> header,
                              List<List<String>> rows) {
        Div card = new Div();
        card.setId("metrics-section-" + id);
        card.addClassName("gsoia-metrics-card");
        H3 title = new H3(getTranslation(titleKey));
        Paragraph help = new Paragraph(getTranslation(helpKey));
        help.addClassName("gsoia-metrics-help");
        Div table = table(header, rows);
        table.addClassName("gsoia-sr-only");
        Button toggle = new Button(getTranslation("metrics.showTable"));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.setId("metrics-toggle-" + id);
        toggle.getElement().setAttribute("aria-pressed", "false");
        toggle.addClickListener(e -> {
            boolean showTable = table.hasClassName("gsoia-sr-only");
            table.setClassName("gsoia-sr-only", !showTable);
            chart.setVisible(!showTable);
            toggle.setText(getTranslation(showTable ? "metrics.showChart" : "metrics.showTable"));
            toggle.getElement().setAttribute("aria-pressed", Boolean.toString(showTable));
        });
        Div head = new Div(title, toggle);
        head.addClassName("gsoia-metrics-card-head");
        card.add(head, help);
        if (rows.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("metrics.empty"));
            empty.addClassName("gsoia-metrics-empty");
            card.add(empty);
            toggle.setVisible(false);
        } else {
            card.add(chart, table);
        }
        return card;
    }

    private static Div table(List<String> header, List<List<String>> rows) {
        Div wrapper = new Div();
        wrapper.addClassName("gsoia-metrics-table");
        Element table = new Element("table");
        Element head = new Element("tr");
        header.forEach(h -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(h)));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (List<String> row : rows) {
            Element tr = new Element("tr");
            for (int i = 0; i < row.size(); i++) {
                tr.appendChild(new Element(i == 0 ? "th" : "td").setText(row.get(i)));
                if (i == 0) {
                    tr.getChild(0).setAttribute("scope", "row");
                }
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    private Chart chart(ObjectNode option, java.util.function.BiConsumer<Integer, Integer> onClick) {
        Chart chart = new Chart();
        chart.setWidthFull();
        chart.setHeight("280px");
        chart.setOption(option);
        if (onClick != null) {
            chart.addBarClickListener(onClick);
        }
        return chart;
    }

    private static ObjectNode base() {
        ObjectNode option = JSON.objectNode();
        option.set("textStyle", JSON.objectNode().put("fontFamily", FONT));
        option.set("tooltip", JSON.objectNode().put("trigger", "axis")
                .set("axisPointer", JSON.objectNode().put("type", "shadow")));
        option.put("animation", false);
        return option;
    }

    private static ObjectNode grid() {
        return JSON.objectNode().put("left", 8).put("right", 24).put("top", 16).put("bottom", 48)
                .put("containLabel", true);
    }

    private static ObjectNode bar(String name, ArrayNode data, String colour) {
        ObjectNode bar = JSON.objectNode().put("name", name).put("type", "bar");
        bar.set("data", data);
        bar.set("itemStyle", JSON.objectNode().put("color", colour));
        return bar;
    }

    // ---- drill-down ---------------------------------------------------------------------------------------------

    private void openBacklog(Backlog backlog, AgeBucket bucket) {
        String title = holderName(backlog) + (bucket == null ? "" : " · " + bucketName(bucket));
        openCases(title, CaseListKind.BACKLOG, backlog.holderGroup(), bucket);
    }

    void openCases(String title, CaseListKind kind, String holderGroup, AgeBucket bucket) {
        DashboardFilter filter = filter();
        List<CaseRow> cases = dashboards.cases(filter, kind, holderGroup, bucket);
        Dialog dialog = new Dialog();
        dialog.addClassName("gsoia-cases-dialog");
        dialog.setHeaderTitle(getTranslation("metrics.cases.title", title, whole.format(cases.size())));
        dialog.setWidth("min(1240px, 100vw)"); // every column readable at 1280 pixels, German headers included
        dialog.setMaxHeight("90vh");

        DateTimeFormatter date = Dates.shortFormatter(getLocale());
        Grid<CaseRow> grid = new Grid<>(CaseRow.class, false);
        grid.setId("metrics-cases");
        grid.addClassName("gsoia-grid");
        grid.addColumn(CaseRow::reference).setHeader(getTranslation("metrics.case.reference")).setAutoWidth(true)
                .setFlexGrow(0).setFrozen(true);
        grid.addColumn(r -> procedureName(r.procedureKey())).setHeader(getTranslation("metrics.case.procedure"))
                .setWidth("9em").setFlexGrow(1);
        grid.addColumn(r -> r.partyCode() == null ? "" : partyName(r.partyCode()))
                .setHeader(getTranslation("metrics.case.party")).setWidth("8em").setFlexGrow(1);
        grid.addColumn(this::stepText).setHeader(getTranslation("metrics.case.step")).setWidth("14em")
                .setFlexGrow(3);
        grid.addColumn(r -> date.format(r.startedOn())).setHeader(getTranslation("metrics.case.startedOn"))
                .setAutoWidth(true);
        // wide enough for its header and sort arrow (auto width measures the numbers only)
        grid.addColumn(CaseRow::ageWorkingDays).setHeader(getTranslation("metrics.case.age")).setWidth("12.5em")
                .setFlexGrow(0).setComparator(CaseRow::ageWorkingDays);
        grid.addColumn(r -> r.dueDate() == null ? "" : date.format(r.dueDate()))
                .setHeader(getTranslation("metrics.case.dueDate")).setAutoWidth(true);
        grid.setItems(cases);
        grid.setEmptyStateText(getTranslation("metrics.cases.none"));
        grid.setHeight("60vh");
        dialog.add(grid);
        if (cases.size() >= Dashboards.MAX_CASES) {
            dialog.add(new Paragraph(getTranslation("metrics.cases.capped", whole.format(Dashboards.MAX_CASES))));
        }

        String fileName = "cases-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".csv";
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv(cases);
            currentUser.userId().ifPresent(user -> auditLog.record(user, "METRICS_CSV_EXPORTED", kind.name(),
                    cases.size() + " cases; " + describe(filter)));
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv;charset=UTF-8",
                    bytes.length);
        }), getTranslation("metrics.cases.csv"));
        csv.setId("metrics-cases-csv");
        csv.getElement().setAttribute("download", fileName);
        csv.setEnabled(!cases.isEmpty());
        Button close = new Button(getTranslation("metrics.cases.close"), e -> dialog.close());
        close.setId("metrics-cases-close");
        dialog.getFooter().add(csv, close);
        dialog.open();
    }

    byte[] csv(List<CaseRow> cases) {
        return CaseListCsv.write(cases, key -> getTranslation(key), this::procedureName, this::partyName,
                this::stepText);
    }

    private static String describe(DashboardFilter filter) {
        return "period " + filter.period().name() + ", party " + filter.partyCode().orElse("all")
                + ", procedure " + filter.procedureKey().orElse("all");
    }

    // ---- labels -------------------------------------------------------------------------------------------------

    String stepText(CaseRow row) {
        return labelOr(row.step(), row.stepFallback());
    }

    private String stepName(StepTime step) {
        return labelOr(meteredProcedures.find(step.procedureKey()).map(p -> p.procedure().taskLabelKey(step.taskKey()))
                .orElse(null), step.taskKey());
    }

    /** A procedure's label in the user's language, or the fallback where the procedure has none for it. */
    private String labelOr(String key, String fallback) {
        String text = key == null ? null : getTranslation(key);
        // Vaadin answers a missing key with the key itself in markers
        boolean missing = text == null || text.isEmpty() || text.contains(key);
        return missing ? Optional.ofNullable(fallback).orElse("") : text;
    }

    private String procedureName(String key) {
        return meteredProcedures.find(key).map(p -> getTranslation(p.procedure().nameKey())).orElse(key);
    }

    private String partyName(String code) {
        return getTranslation("party." + code);
    }

    private String holderName(Backlog backlog) {
        return backlog.partyCode() == null ? getTranslation("metrics.backlog.others")
                : getTranslation("metrics.backlog.authority", partyName(backlog.partyCode()));
    }

    private String bucketName(AgeBucket bucket) {
        return bucket == AgeBucket.OVER_20 ? getTranslation("metrics.bucket.over", bucket.from() - 1)
                : getTranslation("metrics.bucket.range", bucket.from(), bucket.to());
    }

    private String days(double value) {
        return oneDecimal.format(value);
    }

    private String percent(Compliance c) {
        return c.onTimePercent() == null ? "–" : whole.format(Math.round(c.onTimePercent())) + " %";
    }

    private static double round1(double value) {
        return Math.round(value * 10.0) / 10.0;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " – " + getTranslation("app.name");
    }
}
