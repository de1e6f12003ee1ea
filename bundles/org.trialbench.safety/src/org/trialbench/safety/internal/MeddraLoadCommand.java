package org.trialbench.safety.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Properties;

import org.osgi.service.component.annotations.Component;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.safety.SafetySettings;
import org.trialbench.safety.meddra.DictionaryException;
import org.trialbench.safety.meddra.MeddraDictionary;
import org.trialbench.safety.meddra.MeddraDistribution;

/**
 * {@code ./trialbench meddra-load --dir D}: checks the user's MedDRA ASCII distribution and makes it the dictionary
 * the workbench codes with (its folder and version go into {@code trialbench.properties}; the files stay where they
 * are, Trialbench never copies MedDRA content).
 */
@Component(service = HeadlessCommand.class)
public class MeddraLoadCommand implements HeadlessCommand {
	interface SettingsFile {
		Path path();
	}

	private final SettingsFile file;

	public MeddraLoadCommand() {
		this(WorkbenchSettings::file);
	}

	MeddraLoadCommand(SettingsFile file) {
		this.file = file;
	}

	@Override
	public String name() {
		return "meddra-load";
	}

	@Override
	public String summary() {
		return "check a MedDRA ASCII distribution and code adverse events with it";
	}

	@Override
	public String usage() {
		return """
				./trialbench meddra-load --dir FOLDER [--check]
				  Reads the licensed MedDRA ASCII files in FOLDER (or FOLDER/MedAscii): meddra_release.asc, soc.asc,
				  hlgt.asc, hlt.asc, pt.asc, llt.asc, soc_hlgt.asc, hlgt_hlt.asc, hlt_pt.asc. Names the file and line
				  of anything malformed or inconsistent. On success records the folder and version in
				  trialbench.properties (safety.meddra.dir, safety.meddra.version); the files are not copied.
				  --check   only check the files, change no settings""";
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		Path dir = arguments.path("dir").orElseThrow(() -> CommandException.usage("meddra-load: --dir FOLDER is required"));
		boolean check = arguments.flag("check");
		arguments.rejectUnknown();
		MeddraDictionary dictionary;
		try {
			dictionary = MeddraDistribution.load(dir);
		} catch (DictionaryException e) {
			throw new CommandException("meddra-load: " + e.getMessage(), e);
		}
		out.println("MedDRA " + dictionary.version() + " " + dictionary.language() + " in " + dictionary.directory()
				+ ": " + dictionary.lltCount() + " lowest level terms, " + dictionary.ptCount() + " preferred terms");
		if (check) {
			return 0;
		}
		Properties changes = new Properties();
		changes.setProperty(SafetySettings.MEDDRA_DIR, dictionary.directory().toAbsolutePath().toString());
		changes.setProperty(SafetySettings.MEDDRA_VERSION, dictionary.version());
		try {
			SafetySettings.store(file.path(), changes);
		} catch (IOException e) {
			throw new CommandException("meddra-load: cannot write " + file.path() + ": " + e.getMessage(), e);
		}
		out.println("Adverse events are now coded with MedDRA " + dictionary.version() + " (" + file.path() + ").");
		return 0;
	}
}
