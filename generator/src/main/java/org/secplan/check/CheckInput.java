package org.secplan.check;

import java.time.LocalDate;

import org.secplan.plan.PlanGraph;
import org.secplan.query.SafeQueryExecutor;

/** What a check runs on: the plan, the date its dates are judged against, and the query executor. */
record CheckInput(PlanGraph plan, LocalDate asOf, SafeQueryExecutor executor) {
}
