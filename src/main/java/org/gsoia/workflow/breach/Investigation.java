package org.gsoia.workflow.breach;

/**
 * The investigation's result (R-BR-04): findings, cause, likelihood of compromise, and any referral to law
 * enforcement or counter-intelligence with the agency and its reference.
 */
public record Investigation(String findings, String cause, BreachCase.Likelihood likelihood,
                            BreachCase.Referral referral, String referralTo, String referralReference) {
}
