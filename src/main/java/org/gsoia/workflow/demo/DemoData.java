package org.gsoia.workflow.demo;

/**
 * A procedure's demo cases, filed through the real services (usually "in the past", with {@link DemoClock}). Run by
 * {@link DemoSeeding} in the order of their {@code @Order}, once the application is ready; each one leaves a database
 * that has its cases already as it is.
 */
public interface DemoData {

    void seed();
}
