package org.trialbench.repository.jdbc.tests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.repository.jdbc.internal.Database;

/** Several workbench processes on one PostgreSQL server, each logged in as a user of its own. */
class ServerManyProcessesTest extends ManyProcessesContract {

	private static PostgresServer server;
	private static int databases;
	private String url;

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
		String name = "many_" + (++databases);
		try (Connection admin = owner(server.jdbcUrl()); Statement ddl = admin.createStatement()) {
			admin.setAutoCommit(true);
			ddl.execute("CREATE DATABASE " + name);
		}
		url = server.jdbcUrl().replace("/trial", "/" + name);
		JdbcTrialRepository store = JdbcTrialRepository.server(url, PostgresServer.OWNER,
				PostgresServer.OWNER_PASSWORD.toCharArray());
		store.initializeServer();
		return store;
	}

	private static Connection owner(String jdbcUrl) throws Exception {
		return Database.server(jdbcUrl).connect(PostgresServer.OWNER, PostgresServer.OWNER_PASSWORD.toCharArray());
	}

	@Override
	String storeArgument() {
		return "pg:" + url;
	}

	@Override
	List<Long> commitLog() throws Exception {
		List<Long> ids = new ArrayList<>();
		try (Connection connection = owner(url); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT commit_id FROM commit_log ORDER BY commit_id")) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		return ids;
	}

	@Override
	boolean someoneIsWriting() throws Exception {
		try (Connection connection = owner(url); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE backend_xid IS NOT "
						+ "NULL AND pid <> pg_backend_pid() AND datname = current_database()")) {
			rs.next();
			return rs.getInt(1) > 0;
		}
	}
}
