package org.gsoia.workflow.clearance.plugin;

import java.util.List;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.clearance.FacilityClearanceWithdrawn;
import org.gsoia.workflow.clearance.PersonnelClearanceWithdrawn;
import org.gsoia.workflow.notification.Notice;
import org.gsoia.workflow.notification.NotificationTopics;
import org.gsoia.workflow.notification.Notifications;
import org.gsoia.workflow.notification.Topic;
import org.gsoia.workflow.security.CaseGroups;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a facility's own people when its clearance was suspended, revoked, let expire or downgraded (optional: the
 * cases that depend on it get their tasks anyway).
 */
@Component
class ClearanceNotices implements NotificationTopics {

    static final Topic CHANGED = Topic.optional("CLEARANCE_CHANGED");
    static final Topic PERSON_CHANGED = Topic.optional("PSC_CHANGED");

    private final Notifications notifications;
    private final FacilityRegister facilities;

    ClearanceNotices(Notifications notifications, FacilityRegister facilities) {
        this.notifications = notifications;
        this.facilities = facilities;
    }

    @Override
    public List<Topic> topics() {
        return List.of(CHANGED, PERSON_CHANGED);
    }

    @EventListener
    public void onWithdrawn(FacilityClearanceWithdrawn change) {
        facilities.find(change.facilityId()).ifPresent(facility -> notifications.toGroup(Notice.of(CHANGED, null,
                "facilities/" + facility.id(), facility.id(), new Notice.Translated("fsc.status." + change.changedTo())),
                CaseGroups.organisation(facility.organisationId())));
    }

    /**
     * A personnel clearance of one of the facility's people changed: its organisation's officers are told, without
     * the person's name (no personal data in a mail), with a link to the register entry.
     */
    @EventListener
    public void onPersonWithdrawn(PersonnelClearanceWithdrawn change) {
        if (change.facilityId() == null) {
            return;
        }
        facilities.find(change.facilityId()).ifPresent(facility -> notifications.toGroup(Notice.of(PERSON_CHANGED,
                null, "personnel/" + change.personnelClearanceId(), facility.id(),
                new Notice.Translated("fsc.status." + change.changedTo())),
                CaseGroups.organisation(facility.organisationId())));
    }
}
