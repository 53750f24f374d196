/**
 * Professional learning (CPD) linked to appraisal objectives, and mandatory training. Its aggregates arrive with
 * the learning issue; the module exists now so that the build and the module rules have their final shape.
 */
package dev.heartwood.learning;
