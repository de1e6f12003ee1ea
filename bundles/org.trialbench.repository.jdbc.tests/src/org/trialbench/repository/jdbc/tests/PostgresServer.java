package org.trialbench.repository.jdbc.tests;

import java.io.IOException;

import org.trialbench.repository.jdbc.local.LocalPostgres;

/**
 * A real PostgreSQL server for the repository tests ({@link LocalPostgres} with fsync off), stopped and deleted
 * afterwards.
 */
final class PostgresServer implements AutoCloseable {

	static final String OWNER = LocalPostgres.OWNER;
	static final String OWNER_PASSWORD = "owner-secret";

	private final LocalPostgres server;

	private PostgresServer(LocalPostgres server) {
		this.server = server;
	}

	static PostgresServer start() throws IOException, InterruptedException {
		return new PostgresServer(LocalPostgres.start(OWNER_PASSWORD, false));
	}

	void startServer() throws IOException, InterruptedException {
		server.startServer();
	}

	void stopServer() throws IOException, InterruptedException {
		server.stopServer();
	}

	String jdbcUrl() {
		return server.jdbcUrl();
	}

	@Override
	public void close() throws IOException, InterruptedException {
		server.close();
	}
}
