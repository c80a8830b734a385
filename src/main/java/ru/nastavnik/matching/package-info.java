/**
 * Selection of mentors for mentees' requests (отбор наставников): hard eligibility rules, a soft
 * 0–100 score with a Russian explanation for the curator, and assignment of a whole bank of
 * requests to mentors under their free capacity. Pure Java: no Spring, Camunda or JPA here, so the
 * rules can be tested and benchmarked in isolation.
 */
package ru.nastavnik.matching;
