/**
 * Screen parts every feature shares and that know no feature: field problems next to their fields, accessible
 * names for grid selections. The shell ({@code ui}) and every procedure's screens build on them.
 */
package org.gsoia.workflow.web;
