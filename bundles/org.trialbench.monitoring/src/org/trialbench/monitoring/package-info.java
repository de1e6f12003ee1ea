/** Site monitoring: source data verification, risk-based SDV plan, queries, visit reports and site metrics. */
package org.trialbench.monitoring;
