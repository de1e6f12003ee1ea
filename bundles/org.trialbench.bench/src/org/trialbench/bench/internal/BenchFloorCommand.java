package org.trialbench.bench.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.trialbench.clinical.Role;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.CommandStore;
import org.trialbench.repository.CommandStores;
import org.trialbench.repository.RepositoryProvider;

/**
 * {@code ./trialbench bench-floor}: a floor of the ODM benchmarks run as a command of its own, so that the benchmark
 * can find the heap it needs in a JVM of the same kind as the command it is the floor of ({@code odm-heap}). It
 * opens the store and logs in exactly as {@code export-odm} and {@code import-odm} do (same settings, same default
 * user), so that what the JVM holds besides the work is the same, then does the floor's work: the raw StAX copy or
 * read of an ODM file; {@code idle} does no work (the heap the opened session alone needs).
 */
@Component(service = HeadlessCommand.class)
public class BenchFloorCommand implements HeadlessCommand {
	static final List<String> WORKS = List.of("odm-copy", "odm-read", "idle");
	private volatile RepositoryProvider provider;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	void setRepositoryProvider(RepositoryProvider provider) {
		this.provider = provider;
	}

	void unsetRepositoryProvider(RepositoryProvider provider) {
		if (this.provider == provider) {
			this.provider = null;
		}
	}

	@Override
	public String name() {
		return "bench-floor";
	}

	@Override
	public String summary() {
		return "a benchmark floor as a command of its own (used by bench's odm-heap)";
	}

	@Override
	public String usage() {
		return """
				./trialbench bench-floor odm-copy --in FILE --out FILE | odm-read --in FILE | idle
				                         [--as NAME] [--password-file FILE]
				  Opens the store and logs in as export-odm and import-odm do, then: odm-copy copies an ODM file
				  event by event through a StAX reader and writer (the ODM export's floor), odm-read reads every
				  event, attribute and text (the import's floor), idle does nothing. ./trialbench bench --only
				  odm-heap runs these beside the real commands to find the smallest heap each completes in.
				""" + CommandLogin.HELP;
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		List<String> words = arguments.positional();
		if (words.size() != 1 || !WORKS.contains(words.get(0))) {
			throw CommandException.usage("bench-floor: name one of " + String.join(", ", WORKS) + ", not " + words);
		}
		String work = words.get(0);
		Path in = work.equals("idle") ? null
				: arguments.path("in").orElseThrow(() -> CommandException.usage("bench-floor: --in FILE is required"));
		Path copy = work.equals("odm-copy")
				? arguments.path("out").orElseThrow(() -> CommandException.usage("bench-floor: --out FILE is required"))
				: null;
		CommandLogin login = CommandLogin.read(arguments, CommandLogin.Terminal.system());
		arguments.rejectUnknown();
		if (in != null && !Files.isRegularFile(in)) {
			throw CommandException.usage("bench-floor: " + in + " is not a file");
		}
		CommandStores.SettingsSource settings = WorkbenchSettings::load;
		try (CommandStore store = CommandStore.open(name(), provider, settings, login,
				CommandLogin.DefaultUser.firstWith(Role.ADMINISTRATOR))) {
			switch (work) {
			case "odm-copy" -> {
				OdmBench.staxCopy(in, copy);
				out.println("Copied " + in + " to " + copy + " (" + Files.size(copy) + " bytes) as "
						+ store.session().user().getUsername() + ".");
			}
			case "odm-read" -> out.println("Read " + String.format(java.util.Locale.ROOT, "%,d", OdmBench.staxRead(in))
					+ " events of " + in + " as " + store.session().user().getUsername() + ".");
			default -> out.println("Logged in as " + store.session().user().getUsername() + "; nothing done.");
			}
			return 0;
		} catch (CommandException e) {
			throw e;
		} catch (Exception e) {
			throw new CommandException("bench-floor: " + work + " failed: " + e, e);
		}
	}
}
