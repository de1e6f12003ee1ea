/** Headless commands and other internals of site monitoring. */
package org.trialbench.monitoring.internal;
