/**
 * The reporting module's public face: one query message per report and list, and the rows and views it is answered
 * with. The module's JSON endpoints and the web pages ask these through Axon's query gateway, so a report is served
 * one way. Whoever asks checks first that the school, trust, cycle or person named is known: a list's handler
 * answers an empty page for one it does not know. Nothing here names the module's handlers, projections or tables.
 * <p>
 * A message answered with a page is answered with a raw {@link dev.heartwood.reporting.api.ReportPage}: ask for
 * {@code ResponseTypes.instanceOf(ReportPage.class)}, because Axon matches a handler by the plain class of what it
 * answers. One answered with one record is answered with an optional of it, unless there is always an answer (what
 * a person's learning can be linked to: perhaps nothing, said by empty lists), which it then says.
 */
package dev.heartwood.reporting.api;
