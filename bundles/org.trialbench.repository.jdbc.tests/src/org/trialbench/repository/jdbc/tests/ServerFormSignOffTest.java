package org.trialbench.repository.jdbc.tests;

import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.repository.jdbc.internal.Database;

/** {@link FormSignOffContract} on a real PostgreSQL server, whose schema 15 enforces the same rules. */
class ServerFormSignOffTest extends FormSignOffContract {

	private static PostgresServer server;
	private static int databases;

	@BeforeAll
	static void startServer() throws Exception {
		server = PostgresServer.start();
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (server != null) {
			server.close();
		}
	}

	@Override
	JdbcTrialRepository newStore() throws Exception {
		String name = "signoff_" + (++databases);
		try (Connection admin = Database.server(server.jdbcUrl()).connect(PostgresServer.OWNER,
				PostgresServer.OWNER_PASSWORD.toCharArray()); Statement ddl = admin.createStatement()) {
			admin.setAutoCommit(true);
			ddl.execute("CREATE DATABASE " + name);
		}
		JdbcTrialRepository store = JdbcTrialRepository.server(server.jdbcUrl().replace("/trial", "/" + name),
				PostgresServer.OWNER, PostgresServer.OWNER_PASSWORD.toCharArray());
		store.initializeServer();
		return store;
	}
}
