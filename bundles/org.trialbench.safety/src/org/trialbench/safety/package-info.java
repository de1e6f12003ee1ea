/** Adverse-event reporting: seriousness rules, expectedness, the safety dashboard. */
package org.trialbench.safety;
