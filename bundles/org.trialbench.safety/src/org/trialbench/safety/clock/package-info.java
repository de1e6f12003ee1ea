/** Safety: clock. */
package org.trialbench.safety.clock;
