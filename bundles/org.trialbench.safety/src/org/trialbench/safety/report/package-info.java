/** Safety: report. */
package org.trialbench.safety.report;
