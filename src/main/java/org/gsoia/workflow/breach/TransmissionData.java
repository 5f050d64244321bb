package org.gsoia.workflow.breach;

import java.time.LocalDate;

/** A dispatch as the sender records it: route, recipient and party, the item, and the day it left. */
public record TransmissionData(Transmission.Route route, String recipientParty, String recipient, String originator,
                               String registryNumber, String copyNumber, BreachItem.Medium medium, String levelId,
                               LocalDate dispatchedOn) {
}
