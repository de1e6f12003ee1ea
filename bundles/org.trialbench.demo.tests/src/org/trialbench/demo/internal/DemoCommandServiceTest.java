package org.trialbench.demo.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.trialbench.core.command.HeadlessCommand;

/** The command is a Declarative Services component, so {@code ./trialbench help} lists it without a store. */
class DemoCommandServiceTest {

	@Test
	void registeredAsAHeadlessCommandEvenWithoutAStore() throws InterruptedException, BundleException {
		Bundle bundle = FrameworkUtil.getBundle(DemoCommand.class);
		assertNotNull(bundle, "runs in OSGi");
		if (bundle.getState() != Bundle.ACTIVE) {
			bundle.start(Bundle.START_TRANSIENT);
		}
		BundleContext context = bundle.getBundleContext();
		ServiceTracker<HeadlessCommand, HeadlessCommand> tracker = new ServiceTracker<>(context,
				HeadlessCommand.class, null);
		tracker.open();
		try {
			List<String> names = new ArrayList<>();
			long deadline = System.currentTimeMillis() + 10_000;
			while (!names.contains("demo") && System.currentTimeMillis() < deadline) {
				tracker.waitForService(500);
				names.clear();
				Object[] services = tracker.getServices();
				if (services != null) {
					for (Object service : services) {
						names.add(((HeadlessCommand) service).name());
					}
				}
			}
			assertTrue(names.contains("demo"), "registered commands: " + names);
		} finally {
			tracker.close();
		}
	}
}
