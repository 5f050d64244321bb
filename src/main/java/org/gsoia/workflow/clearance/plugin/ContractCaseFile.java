package org.gsoia.workflow.clearance.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.casefile.CaseFileContent;
import org.gsoia.workflow.casefile.CaseFileContent.Entry;
import org.gsoia.workflow.casefile.CaseFileContent.Fact;
import org.gsoia.workflow.casefile.CaseFileContent.Section;
import org.gsoia.workflow.casefile.CaseFileSource;
import org.gsoia.workflow.clearance.ClassifiedContract;
import org.gsoia.workflow.clearance.ClassifiedContracts;
import org.gsoia.workflow.clearance.ContractItem;
import org.gsoia.workflow.clearance.ContractProcedure;
import org.gsoia.workflow.clearance.ContractReport;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.procedure.Procedure;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Classified contracts in the case file: the record, its items and releases, its reports. */
@Component
class ContractCaseFile implements CaseFileSource {

    private final ClassifiedContracts contracts;
    private final FacilityRegister facilities;
    private final DualMarkingFormatter marking;
    private final MessageSource messages;
    private final org.gsoia.workflow.agreement.Agreements agreements;

    ContractCaseFile(ClassifiedContracts contracts, FacilityRegister facilities, DualMarkingFormatter marking,
                     MessageSource messages, org.gsoia.workflow.agreement.Agreements agreements) {
        this.agreements = agreements;
        this.contracts = contracts;
        this.facilities = facilities;
        this.marking = marking;
        this.messages = messages;
    }

    @Override
    public Procedure procedure() {
        return ContractProcedure.DESCRIPTION;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseFileContent> open(String reference, String userId, Locale locale) {
        return contracts.find(reference, userId).map(contract -> content(contract, locale));
    }

    private CaseFileContent content(ClassifiedContract c, Locale locale) {
        String otherParty = agreements.otherParty(c.getContractingParty());
        String level = marking.format(c.getAgreementId(), c.getHighestLevelId(), otherParty, locale);
        List<Fact> record = new ArrayList<>();
        record.add(fact("contract.number", c.getContractNumber(), locale));
        record.add(fact("contract.subject", c.getSubject(), locale));
        record.add(fact("contract.contractingEntity", c.getContractingEntity(), locale));
        record.add(fact("contract.contractor", facilities.find(c.getContractorFacilityId())
                .map(f -> f.displayName(locale)).orElse(c.getContractorFacilityId()), locale));
        record.add(fact("contract.guideReference", c.getGuideReference(), locale));
        record.add(fact("contract.securityClause", c.getSecurityClause(), locale));
        if (c.getClearanceChangedAt() != null) {
            record.add(fact("contract.clearanceChange", messages.getMessage("contract.clearanceChange.text",
                    new Object[] {c.getClearanceChangedSubject(), text("visit.clearanceChange."
                            + c.getClearanceChangedTo(), locale), Dates.format(c.getClearanceChangedAt()
                            .toLocalDate(), locale)}, locale), locale));
        }
        if (c.getSecuredAt() != null) {
            record.add(fact("contract.secured", c.getSecuredNote(), locale));
        }
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("", record));
        for (ContractItem item : c.getItems()) {
            entries.add(new Entry(item.getTitle(), List.of(
                    fact("contract.item.level", marking.format(c.getAgreementId(), item.getLevelId(), otherParty,
                            locale), locale),
                    fact("contract.item.released", item.isReleased()
                            ? Dates.format(item.getReleasedAt().toLocalDate(), locale)
                            : text("contract.item.notReleased", locale), locale))));
        }
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(text("contract.title", locale), entries));
        if (!c.getReports().isEmpty()) {
            List<Entry> reports = new ArrayList<>();
            for (ContractReport report : c.getReports()) {
                reports.add(new Entry(Dates.format(report.getDueOn(), locale), List.of(
                        fact("contract.report.changes", text(report.isChangesReported() ? "contract.report.changes.yes"
                                : "contract.report.changes.no", locale), locale),
                        fact("contract.report.note", report.getNote(), locale))));
            }
            sections.add(new Section(text("contract.reports", locale), reports));
        }
        return new CaseFileContent(c.getReference(), text("contract.status." + c.getStatus().name(), locale),
                !c.isOpen(), level, List.of(), sections);
    }

    private Fact fact(String labelKey, String value, Locale locale) {
        return new Fact(text(labelKey, locale), value == null ? "" : value);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
