package org.trialbench.app.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.trialbench.core.command.HeadlessCommand;

/** The Eclipse application behind {@code ./trialbench COMMAND}: no display, exit code = the command's result. */
public class CommandLineApplication implements IApplication {
	/** How long to wait for command services that are still being registered at start-up. */
	private static final long SERVICE_WAIT_MILLIS = 3000;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Map<?, ?> arguments = context.getArguments();
		String[] words = (String[]) arguments.get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
		ServiceTracker<HeadlessCommand, HeadlessCommand> tracker = new ServiceTracker<>(bundleContext,
				HeadlessCommand.class, null);
		tracker.open();
		try {
			tracker.waitForService(SERVICE_WAIT_MILLIS);
			List<HeadlessCommand> commands = new ArrayList<>();
			Object[] services = tracker.getServices();
			if (services != null) {
				for (Object service : services) {
					commands.add((HeadlessCommand) service);
				}
			}
			CommandDispatcher dispatcher = new CommandDispatcher(commands,
					(message, error) -> ILog.of(getClass()).log(Status.error(message, error)));
			int exit = dispatcher.run(words == null ? List.of() : Arrays.asList(words), System.out, System.err);
			System.out.flush();
			System.err.flush();
			return Integer.valueOf(exit);
		} finally {
			tracker.close();
		}
	}

	@Override
	public void stop() {
		// commands run to completion or are cancelled by their own monitors
	}
}
