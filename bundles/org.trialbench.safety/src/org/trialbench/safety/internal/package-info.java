/** Safety: internal. */
package org.trialbench.safety.internal;
