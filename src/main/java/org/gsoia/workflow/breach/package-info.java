/**
 * Breach, loss and compromise of the other party's classified information (domain §5, §8.3, R-BR-01…07): the
 * report, the notification chain with its targets in hours and escalations, the independent investigation, interim
 * and final reports, the originator's damage assessment and acceptance. The public front: {@code BreachCases} (who
 * reports and reads), {@code BreachTasks} (who works on the tasks), the domain and {@code BreachProcedure}.
 */
package org.gsoia.workflow.breach;
