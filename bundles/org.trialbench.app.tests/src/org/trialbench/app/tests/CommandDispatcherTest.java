package org.trialbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trialbench.app.cli.CommandDispatcher;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;

class CommandDispatcherTest {
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final List<String> logged = new ArrayList<>();

	/** A command that echoes --text, fails on --fail, and crashes on --crash. */
	private static final HeadlessCommand ECHO = new HeadlessCommand() {
		@Override
		public String name() {
			return "echo";
		}

		@Override
		public String summary() {
			return "print the text it is given";
		}

		@Override
		public String usage() {
			return "./trialbench echo --text TEXT [--times N]";
		}

		@Override
		public int run(CommandArguments arguments, PrintStream out) throws CommandException {
			String text = arguments.requiredString("text");
			int times = arguments.integer("times", 1, 1, 5);
			boolean fail = arguments.flag("fail");
			boolean crash = arguments.flag("crash");
			arguments.rejectUnknown();
			if (fail) {
				throw new CommandException("echo: cannot echo '" + text + "'\nbecause it was asked to fail", 3, null);
			}
			if (crash) {
				throw new IllegalStateException("boom");
			}
			for (int i = 0; i < times; i++) {
				out.println(text);
			}
			return 0;
		}
	};

	private int run(String... words) {
		CommandDispatcher dispatcher = new CommandDispatcher(List.of(ECHO), (message, error) -> logged.add(message + ": " + error));
		return dispatcher.run(List.of(words), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void helpListsEveryCommandWithItsSummary() {
		assertEquals(0, run("help"));
		assertTrue(out().contains("echo  print the text it is given"), out());
		assertTrue(out().contains("help"), out());
	}

	@Test
	void noArgumentsMeansHelp() {
		assertEquals(0, run());
		assertTrue(out().contains("Commands:"));
	}

	@Test
	void helpForOneCommandShowsItsUsage() {
		assertEquals(0, run("help", "echo"));
		assertEquals("./trialbench echo --text TEXT [--times N]", out().trim());
	}

	@Test
	void runsACommandWithItsOptions() {
		assertEquals(0, run("echo", "--text", "Eckardt", "--times=2"));
		assertEquals("Eckardt\nEckardt\n", out().replace("\r", ""));
		assertEquals("", err());
	}

	@Test
	void unknownCommandIsAOneLineUsageError() {
		assertEquals(CommandDispatcher.USAGE, run("randomise"));
		assertEquals(1, err().trim().lines().count());
		assertTrue(err().contains("unknown command 'randomise'"), err());
	}

	@Test
	void unknownOptionNamesTheOption() {
		assertEquals(2, run("echo", "--text", "x", "--colour", "red"));
		assertTrue(err().contains("unknown option --colour"), err());
	}

	@Test
	void missingRequiredOptionIsNamed() {
		assertEquals(2, run("echo"));
		assertTrue(err().contains("option --text is required"), err());
	}

	@Test
	void outOfRangeNumberSaysTheRange() {
		assertEquals(2, run("echo", "--text", "x", "--times", "9"));
		assertTrue(err().contains("--times must be between 1 and 5, not 9"), err());
	}

	@Test
	void commandFailureKeepsItsExitCodeAndIsOneLine() {
		assertEquals(3, run("echo", "--text", "x", "--fail"));
		assertEquals(1, err().trim().lines().count(), err());
		assertTrue(err().startsWith("trialbench echo: cannot echo 'x' because it was asked to fail"), err());
	}

	@Test
	void internalErrorIsLoggedWithItsStackAndReportedInOneLine() {
		assertEquals(1, run("echo", "--text", "x", "--crash"));
		assertEquals(1, err().trim().lines().count(), err());
		assertTrue(err().contains("internal error"), err());
		assertEquals(1, logged.size());
		assertTrue(logged.get(0).contains("boom"));
	}
}
