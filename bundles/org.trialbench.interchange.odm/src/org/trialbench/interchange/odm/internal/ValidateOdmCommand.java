package org.trialbench.interchange.odm.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.interchange.odm.Odm;
import org.trialbench.interchange.odm.OdmProblem;
import org.trialbench.interchange.odm.OdmSchema;

/**
 * {@code ./trialbench validate-odm}: checks an ODM file against CDISC's installed ODM 1.3.2 schema, and a file that
 * uses Trialbench's extensions against CDISC's schema with Trialbench's extension schema; says which schema files it
 * used. Needs no store.
 */
@Component(service = HeadlessCommand.class)
public class ValidateOdmCommand implements HeadlessCommand {

	@Override
	public String name() {
		return "validate-odm";
	}

	@Override
	public String summary() {
		return "check an ODM file against CDISC's ODM 1.3.2 schema (and Trialbench's extension schema)";
	}

	@Override
	public String usage() {
		return """
				./trialbench validate-odm --in FILE
				  Checks FILE against CDISC's ODM 1.3.2 schema, which the user installs (see the README, "CDISC ODM
				  1.3.2 import and export"). A file with Trialbench's extensions (tb:, as export-odm writes by default)
				  is checked against CDISC's schema redefined by Trialbench's extension schema, a plain file (export-odm
				  --plain, or another system's) against CDISC's alone. Other vendors' extensions (redcap:,
				  OpenClinica:) are set aside first, as ODM lets a receiver do. Prints the schema files used and every
				  problem with its line and column; fails when the file is not valid.
				""";
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		Path file = arguments.path("in").orElseThrow(() -> CommandException.usage("validate-odm: --in FILE is required"));
		arguments.rejectUnknown();
		if (!Files.isRegularFile(file)) {
			throw CommandException.usage("validate-odm: " + file + " is not a file");
		}
		try {
			boolean extended = usesTrialbench(file);
			Optional<OdmSchema> schema = extended ? OdmSchema.installedWithExtension() : OdmSchema.installed();
			if (schema.isEmpty()) {
				throw new CommandException("validate-odm: CDISC's ODM 1.3.2 schema is not installed; put ODM1-3-2.xsd "
						+ "and the files beside it into the ODM bundle's schema folder or name it with -D"
						+ OdmSchema.PROPERTY + " (see the README)");
			}
			out.println("Checked " + file.getFileName() + (extended ? " (with Trialbench's extensions)" : " (plain ODM)")
					+ " against:");
			schema.get().sources().forEach(source -> out.println("  " + source));
			List<OdmProblem> problems;
			try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
				problems = schema.get().validate(in);
			}
			problems.forEach(out::println);
			long errors = problems.stream().filter(OdmProblem::isError).count();
			if (errors > 0) {
				throw new CommandException("validate-odm: " + file.getFileName() + " is not valid: " + errors
						+ " errors");
			}
			out.println(file.getFileName() + " is valid ODM 1.3.2" + (extended
					? " with Trialbench's extensions, as the extension schema declares them" : ""));
			return 0;
		} catch (IOException e) {
			throw new CommandException("validate-odm: " + e.getMessage(), e);
		}
	}

	/** Whether any element or attribute of the file is in Trialbench's namespace; reads up to the first. */
	static boolean usesTrialbench(Path file) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
				OdmCursor cursor = OdmCursor.open(in)) {
			cursor.root();
			if (cursor.hasTbAttributes()) {
				return true;
			}
			return anyTb(cursor, cursor.depth());
		} catch (OdmSyntaxException e) {
			return false; // the schema check reports what is wrong with it
		} catch (java.io.UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private static boolean anyTb(OdmCursor cursor, int depth) throws OdmSyntaxException {
		while (cursor.child(depth)) {
			if (Odm.TB.equals(cursor.namespace()) || cursor.hasTbAttributes() || anyTb(cursor, cursor.depth())) {
				return true;
			}
		}
		return false;
	}
}
