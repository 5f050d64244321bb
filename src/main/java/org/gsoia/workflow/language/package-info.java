/**
 * How the product writes in its three languages (English, German, Japanese), wherever a text is made: dates in one
 * short and one long form, and date fields that show and read the short form. Depends on no other package of the
 * product, so that reference data, procedures, letters and screens can all use it.
 */
package org.gsoia.workflow.language;
