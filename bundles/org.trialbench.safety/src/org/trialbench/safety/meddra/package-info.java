/** Safety: meddra. */
package org.trialbench.safety.meddra;
