/**
 * Typed records of store entities as the connector reads and writes them. They accept fields they
 * do not know (stores return more than we model) and send only what is set: nulls are left out,
 * and fields only the store sets (dates, counters, calculated values) are read but never sent.
 */
package dev.stagingpro.core.store.model;
