package org.trialbench.repository.jdbc.tests;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

import org.trialbench.repository.jdbc.local.EmbeddedPostgres;

/**
 * The main class of a child process in {@link EmbeddedPostgresTest}: another process on the same embedded PostgreSQL
 * store, outside OSGi. Arguments: STORE-FOLDER BIN-FOLDER. It says {@code OPEN started=true|false pid=N}, then obeys
 * its standard input line by line: {@code query} (counts the rows of table {@code probe}, says {@code ROWS n}),
 * {@code close} (leaves the server, says {@code CLOSED} and ends), {@code exit} (ends without closing).
 */
public final class EmbeddedPostgresProcess {

	private EmbeddedPostgresProcess() {
	}

	public static void main(String[] args) {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.open(Path.of(args[0]), Path.of(args[1]));
			say("OPEN started=" + postgres.startedServer() + " pid=" + postgres.serverPid());
			BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
			String line;
			while ((line = in.readLine()) != null) {
				if (line.equals("query")) {
					Properties credentials = new Properties();
					credentials.setProperty("user", postgres.owner());
					credentials.setProperty("password", new String(postgres.password()));
					try (Connection connection = new org.postgresql.Driver().connect(postgres.jdbcUrl(), credentials);
							Statement statement = connection.createStatement();
							ResultSet rows = statement.executeQuery("SELECT count(*) FROM probe")) {
						rows.next();
						say("ROWS " + rows.getLong(1));
					}
				} else if (line.equals("close")) {
					break;
				} else if (line.equals("exit")) {
					System.exit(0); // without closing: the shutdown hook leaves the server
				}
			}
			postgres.close();
			say("CLOSED");
			System.exit(0);
		} catch (Throwable e) {
			say("FAILED " + e);
			e.printStackTrace(System.out);
			System.exit(1);
		}
	}

	private static void say(String line) {
		System.out.println(line);
		System.out.flush();
	}
}
