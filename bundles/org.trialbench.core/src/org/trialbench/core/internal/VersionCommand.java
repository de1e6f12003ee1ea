package org.trialbench.core.internal;

import java.io.PrintStream;

import org.osgi.service.component.annotations.Component;
import org.trialbench.core.TrialbenchHome;
import org.trialbench.core.VersionReport;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;

/** {@code ./trialbench version}: the versions a validation record needs, one per line. */
@Component(service = HeadlessCommand.class)
public class VersionCommand implements HeadlessCommand {

	@Override
	public String name() {
		return "version";
	}

	@Override
	public String summary() {
		return "print the versions of Trialbench, Java and its components";
	}

	@Override
	public String usage() {
		return "./trialbench version\n  Prints one 'component: version' line each, then the Trialbench home folder.";
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		arguments.rejectUnknown();
		for (VersionReport.Line line : VersionReport.lines()) {
			out.println(line.component() + ": " + line.version());
		}
		out.println("Trialbench home: " + TrialbenchHome.directory());
		return 0;
	}
}
