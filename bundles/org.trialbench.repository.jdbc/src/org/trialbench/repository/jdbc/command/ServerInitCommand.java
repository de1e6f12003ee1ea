package org.trialbench.repository.jdbc.command;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Properties;

import org.osgi.service.component.annotations.Component;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.jdbc.JdbcRepositoryProvider;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * {@code ./trialbench server-init}: sets up a PostgreSQL database as a shared trial store (schema, group role,
 * row-level security) and points this workbench's settings at it.
 */
@Component(service = HeadlessCommand.class)
public class ServerInitCommand implements HeadlessCommand {

	@Override
	public String name() {
		return "server-init";
	}

	@Override
	public String summary() {
		return "set up a PostgreSQL database as the shared trial store and connect to it";
	}

	@Override
	public String usage() {
		return """
				./trialbench server-init --jdbc jdbc:postgresql://HOST:PORT/DATABASE --user OWNER
				  The database must exist and OWNER must own it and may create roles (CREATEROLE). The owner's
				  password comes from TRIALBENCH_DB_PASSWORD (this command runs as the store's owner, not as a
				  Trialbench user: --as and TRIALBENCH_PASSWORD do not apply). Creates or migrates the schema, the group role
				  trialbench_user and the row-level security policies, then writes store.kind=server and the URL
				  into trialbench.properties. Load a trial next (./trialbench demo, or an import); every
				  Trialbench user becomes a database login with the password given there.""";
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		String url = arguments.requiredString("jdbc");
		String user = arguments.requiredString("user");
		arguments.rejectUnknown();
		String password = System.getenv(JdbcRepositoryProvider.PASSWORD_ENVIRONMENT);
		if (password == null || password.isEmpty()) {
			throw new CommandException("server-init: set the owner's password in "
					+ JdbcRepositoryProvider.PASSWORD_ENVIRONMENT);
		}
		try {
			int version = JdbcTrialRepository.server(url, user, password.toCharArray()).initializeServer();
			Properties settings = WorkbenchSettings.load();
			settings.setProperty(WorkbenchSettings.STORE_KIND, WorkbenchSettings.STORE_KIND_SERVER);
			settings.setProperty(WorkbenchSettings.STORE_SERVER_URL, url);
			settings.setProperty(WorkbenchSettings.STORE_SERVER_USER, user);
			Files.createDirectories(WorkbenchSettings.file().getParent());
			try (OutputStream file = Files.newOutputStream(WorkbenchSettings.file())) {
				settings.store(file, "Trialbench settings");
			}
			out.println("server store ready at " + url + " (schema " + version + "); settings written to "
					+ WorkbenchSettings.file());
			return 0;
		} catch (IllegalArgumentException e) {
			throw CommandException.usage("server-init: " + e.getMessage());
		} catch (StoreException e) {
			throw new CommandException("server-init: " + e.getMessage(), e);
		} catch (IOException e) {
			throw new CommandException("server-init: cannot write the settings " + WorkbenchSettings.file() + ": "
					+ e.getMessage(), e);
		}
	}
}
