package org.gsoia.workflow.clearance.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.casefile.CaseFileContent;
import org.gsoia.workflow.casefile.CaseFileContent.Entry;
import org.gsoia.workflow.casefile.CaseFileContent.Fact;
import org.gsoia.workflow.casefile.CaseFileContent.Section;
import org.gsoia.workflow.casefile.CaseFileSource;
import org.gsoia.workflow.clearance.FacilityInspection;
import org.gsoia.workflow.clearance.FacilityInspections;
import org.gsoia.workflow.clearance.InspectionFinding;
import org.gsoia.workflow.clearance.InspectionProcedure;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.procedure.Procedure;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Inspections in the case file: plan, result, and each finding with its corrective action. */
@Component
class InspectionCaseFile implements CaseFileSource {

    private final FacilityInspections inspections;
    private final FacilityRegister facilities;
    private final MessageSource messages;

    InspectionCaseFile(FacilityInspections inspections, FacilityRegister facilities, MessageSource messages) {
        this.inspections = inspections;
        this.facilities = facilities;
        this.messages = messages;
    }

    @Override
    public Procedure procedure() {
        return InspectionProcedure.DESCRIPTION;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseFileContent> open(String reference, String userId, Locale locale) {
        return inspections.find(reference, userId).map(inspection -> content(inspection, locale));
    }

    private CaseFileContent content(FacilityInspection i, Locale locale) {
        List<Fact> facts = new ArrayList<>();
        facts.add(fact("inspection.facility", facilities.find(i.getFacilityId()).map(f -> f.displayName(locale))
                .orElse(i.getFacilityId()), locale));
        facts.add(fact("inspection.kind", text("inspection.kind." + i.getKind().name(), locale), locale));
        facts.add(fact("inspection.dueOn", Dates.format(i.getDueOn(), locale), locale));
        if (i.getOutcome() != null) {
            facts.add(fact("inspection.inspectedOn", Dates.format(i.getInspectedOn(), locale) + " · "
                    + i.getInspector(), locale));
            facts.add(fact("inspection.outcome", text("inspection.outcome." + i.getOutcome().name(), locale), locale));
            facts.add(fact("inspection.summary", i.getSummary(), locale));
        }
        List<Entry> findings = new ArrayList<>();
        for (InspectionFinding f : i.getFindings()) {
            findings.add(new Entry(text("inspection.severity." + f.getSeverity().name(), locale) + ": "
                    + f.getDescription(), List.of(
                    fact("inspection.action", f.getCorrectiveAction(), locale),
                    fact("inspection.owner", f.getActionOwner(), locale),
                    fact("inspection.actionDueOn", Dates.format(f.getActionDueOn(), locale), locale),
                    fact("inspection.actionDone", f.isDone() ? Dates.format(f.getDoneOn(), locale)
                            : text("inspection.actionOpen", locale), locale))));
        }
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(text("inspection.title", locale), List.of(new Entry("", facts))));
        if (!findings.isEmpty()) {
            sections.add(new Section(text("inspection.findings", locale), findings));
        }
        return new CaseFileContent(i.getReference(), text("inspection.status." + i.getStatus().name(), locale),
                i.getStatus() == FacilityInspection.Status.DONE, "", List.of(), sections);
    }

    private Fact fact(String labelKey, String value, Locale locale) {
        return new Fact(text(labelKey, locale), value == null ? "" : value);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
