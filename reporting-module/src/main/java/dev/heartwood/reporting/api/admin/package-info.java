/**
 * The administration of the event processors that keep the read models: where each stands, a rebuild, and the
 * events they have parked. The application answers these messages; the administration page sends them.
 */
package dev.heartwood.reporting.api.admin;
