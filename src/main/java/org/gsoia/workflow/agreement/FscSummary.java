package org.gsoia.workflow.agreement;

/** Aggregate figures of one party's facility clearances, for managers (no case contents). */
public record FscSummary(String partyCode, long facilities, long valid, long needingAttention) {
}
