package org.trialbench.app.commands;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.trialbench.clinical.Role;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.model.validation.Finding;
import org.trialbench.model.validation.TrialDiagnostics;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.CommandStore;
import org.trialbench.repository.CommandStores;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;

/**
 * {@code ./trialbench validate}: every diagnostic of the protocol and of each subject's record, one line each,
 * reading one subject at a time so that a large trial is never held in memory whole.
 */
@Component(service = HeadlessCommand.class)
public class ValidateCommand implements HeadlessCommand {

	@Reference
	private RepositoryProvider provider;
	/** Where the settings, environment and console come from; tests give their own. */
	CommandStores.SettingsSource settings = WorkbenchSettings::load;
	CommandLogin.Terminal terminal = CommandLogin.Terminal.system();

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String summary() {
		return "report every diagnostic of the protocol and the trial's data; exit 1 when there are errors";
	}

	@Override
	public String usage() {
		return """
				./trialbench validate [--subject SCREENING-NUMBER-PREFIX] [--errors-only] [--as NAME]
				                      [--password-file FILE]
				  Validates the protocol, then each visible subject's record (ranges, code lists, required items,
				  derived values, date order, visit windows, edit checks). Prints one line per finding:
				  SEVERITY CODE Subject, visit, form, item: message; then a summary. Exits 1 when any error was
				  found, 0 otherwise. Default user: the first active administrator.
				""" + CommandLogin.HELP;
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		String prefix = arguments.string("subject").orElse(null);
		boolean errorsOnly = arguments.flag("errors-only");
		CommandLogin login = CommandLogin.read(arguments, terminal);
		arguments.rejectUnknown();
		try (CommandStore store = CommandStore.open(name(), provider, settings, login,
				CommandLogin.DefaultUser.firstWith(Role.ADMINISTRATOR))) {
			TrialSession session = store.session();
			TrialDiagnostics diagnostics = new TrialDiagnostics();
			Map<Finding.Severity, Integer> counts = new EnumMap<>(Finding.Severity.class);
			List<Finding> findings = new ArrayList<>(diagnostics.validate(session.protocol()));
			report(findings, errorsOnly, counts, out);
			List<SubjectHeader> subjects = session.subjects(new SubjectFilter(null, prefix, java.util.Set.of(), 0, 0));
			for (SubjectHeader header : subjects) {
				session.subject(header.id()).ifPresent(subject -> report(diagnostics.validate(subject), errorsOnly,
						counts, out));
			}
			int errors = counts.getOrDefault(Finding.Severity.ERROR, 0);
			out.printf("%d errors, %d warnings, %d notes in the protocol and %d subjects%n", errors,
					counts.getOrDefault(Finding.Severity.WARNING, 0), counts.getOrDefault(Finding.Severity.INFO, 0),
					subjects.size());
			return errors > 0 ? 1 : 0;
		} catch (StoreException e) {
			throw new CommandException("validate: " + e.getMessage(), e);
		}
	}

	private static void report(List<Finding> findings, boolean errorsOnly, Map<Finding.Severity, Integer> counts,
			PrintStream out) {
		for (Finding finding : findings) {
			counts.merge(finding.severity(), 1, Integer::sum);
			if (!errorsOnly || finding.severity() == Finding.Severity.ERROR) {
				out.println(finding);
			}
		}
	}
}
