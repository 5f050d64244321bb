package org.gsoia.workflow.agreement;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of facilities and their clearances, read by every procedure; the clearance procedure keeps it up to
 * date ({@code clearance.FacilityClearances}). Lists page in the database: a party has thousands of facilities.
 */
@Service
@Transactional(readOnly = true)
public class FacilityRegister {

    private final FacilityRepository facilities;
    private final EntityManager entityManager;
    private final Agreements agreement;
    private final Clock clock;
    private final int attentionDays;

    FacilityRegister(FacilityRepository facilities, EntityManager entityManager, Agreements agreement, Clock clock,
                     @Value("${gsoia.fsc.attention-days:90}") int attentionDays) {
        this.facilities = facilities;
        this.entityManager = entityManager;
        this.agreement = agreement;
        this.clock = clock;
        this.attentionDays = attentionDays;
    }

    /** Clearances expiring within this many days need attention now (configuration). */
    public int attentionDays() {
        return attentionDays;
    }

    /** The facility's clearance as a badge: its colour follows its state, its words say why. */
    public Span badge(FacilityEntry facility, Component translator, Locale locale) {
        return FscBadge.of(facility, LocalDate.now(clock), attentionDays, translator, locale);
    }

    /** Not valid, or expiring within {@link #attentionDays()} from today. */
    public boolean needsAttention(FacilityEntry facility) {
        return facility.needsAttention(LocalDate.now(clock), attentionDays);
    }

    /** The order of a register page; ties go by id, so that pages never overlap. */
    public enum Order { PARTY_AND_FACILITY, FACILITY, EXPIRES }

    /**
     * One page of the register: facilities of {@code partyCode} (all parties when {@code null}) whose name, English
     * name, romanisation, city or organisation contains {@code text} (ignoring case), ordered by the facility's name
     * as the reader reads it or by expiry.
     */
    public List<FacilityEntry> page(String partyCode, String text, Locale reader, Order order, boolean descending,
                                    int offset, int limit) {
        String direction = descending ? " desc" : " asc";
        // English readers read the English name where there is one; everybody else the native one first
        String name = "en".equals(reader == null ? "en" : reader.getLanguage())
                ? "lower(coalesce(f.nameEn, f.name))" : "lower(f.name)";
        String orderBy = switch (order) {
            case PARTY_AND_FACILITY -> "o.partyCode" + direction + ", " + name + direction;
            case FACILITY -> name + direction;
            case EXPIRES -> "f.fscExpiresOn" + direction + (descending ? " nulls first" : " nulls last");
        };
        // the few levels are loaded once per page by the persistence context; joining them into the row query made
        // PostgreSQL sort wider rows and cost more (measured: first page p95 25 ms without, 33 ms with)
        TypedQuery<Facility> query = entityManager.createQuery("select f from Facility f join fetch f.organisation o"
                + where(partyCode, text) + " order by " + orderBy + ", f.id", Facility.class);
        bind(query, partyCode, text);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(FacilityEntry::of)
                .toList();
    }

    /** How many facilities {@link #page} finds with the same filter. */
    public long count(String partyCode, String text) {
        TypedQuery<Long> query = entityManager.createQuery("select count(f) from Facility f join f.organisation o"
                + where(partyCode, text), Long.class);
        bind(query, partyCode, text);
        return query.getSingleResult();
    }

    private static String where(String partyCode, String text) {
        List<String> conditions = new java.util.ArrayList<>();
        if (partyCode != null && !partyCode.isBlank()) {
            conditions.add("o.partyCode = :party");
        }
        if (text != null && !text.isBlank()) {
            conditions.add("(" + String.join(" or ", java.util.stream.Stream.of("f.name", "f.nameEn", "f.nameLatin",
                    "f.city", "o.nameNative", "o.nameEn", "o.nameLatin")
                    .map(field -> "lower(" + field + ") like :text escape '\\'").toList()) + ")");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(TypedQuery<?> query, String partyCode, String text) {
        if (partyCode != null && !partyCode.isBlank()) {
            query.setParameter("party", partyCode);
        }
        if (text != null && !text.isBlank()) {
            String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_");
            query.setParameter("text", "%" + escaped + "%");
        }
    }

    /** Every facility of a party, for choosing a host facility. */
    public List<FacilityEntry> ofParty(String partyCode) {
        return facilities.findByOrganisationPartyCodeOrderById(partyCode).stream().map(FacilityEntry::of).toList();
    }

    public Optional<FacilityEntry> find(String facilityId) {
        return facilityId == null ? Optional.empty() : facilities.findById(facilityId).map(FacilityEntry::of);
    }

    public List<FacilityEntry> ofOrganisation(String organisationId) {
        return facilities.findByOrganisationIdOrderById(organisationId).stream().map(FacilityEntry::of).toList();
    }

    /**
     * Per party of the agreement: how many facilities, how many valid, how many need attention (not valid, or
     * expiring within the attention days); one grouped query.
     */
    public List<FscSummary> summaryByParty() {
        java.util.Map<String, Object[]> counts = entityManager.createQuery("select o.partyCode, count(f),"
                        + " sum(case when f.fscStatus = :valid then 1 else 0 end),"
                        + " sum(case when f.fscStatus is null or f.fscStatus <> :valid or f.fscExpiresOn <= :horizon then 1 else 0 end)"
                        + " from Facility f join f.organisation o group by o.partyCode", Object[].class)
                .setParameter("valid", FscStatus.VALID)
                .setParameter("horizon", LocalDate.now(clock).plusDays(attentionDays))
                .getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(row -> (String) row[0], row -> row));
        return agreement.parties().stream().map(party -> {
            Object[] row = counts.get(party);
            return row == null ? new FscSummary(party, 0, 0, 0) : new FscSummary(party, number(row[1]),
                    number(row[2]), number(row[3]));
        }).toList();
    }

    /** How many facilities of both parties need attention (not valid, or expiring within the attention days). */
    public long countNeedingAttention() {
        return summaryByParty().stream().mapToLong(FscSummary::needingAttention).sum();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
