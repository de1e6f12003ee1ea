package org.trialbench.enrolment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.FormStatus;
import org.trialbench.clinical.Subject;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.demo.DemoUsers;
import org.trialbench.enrolment.FormSignOff;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcRepositoryProvider;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * {@code ./trialbench form-signature} on a real embedded demo store: the principal investigator of site 01 withdraws
 * a signed form's signature with a reason and signs it again; the other investigator of the site may not; no
 * password, no signature.
 */
class FormSignatureCommandTest {

	@TempDir
	Path directory;
	private Path file;
	private Properties settings;
	private String number;
	private String formOid;
	private String visitOid;
	private int occurrence;
	private String signatureId;

	@BeforeEach
	void demoStoreWithASignedForm() throws Exception {
		file = directory.resolve("store");
		try (JdbcTrialRepository repository = JdbcTrialRepository.embeddedPostgres(file)) {
			DemoTrial demo = new DemoTrialGenerator(1, 12, 7).generate(new NullProgressMonitor());
			repository.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
			try (TrialSession pi = repository.localSession("pi01")) {
				for (SubjectHeader header : pi.subjects(SubjectFilter.all())) {
					Subject subject = pi.subject(header.id()).orElseThrow();
					for (FormRecord form : subject.getVisits().stream().flatMap(v -> v.getForms().stream()).toList()) {
						if (number == null && form.getStatus() == FormStatus.SIGNED && form.getSignature() != null) {
							number = subject.getScreeningNumber();
							formOid = form.getDefinition().getOid();
							visitOid = form.getVisit().getDefinition().getOid();
							occurrence = form.getOccurrence();
							signatureId = form.getSignature().getId();
						}
					}
				}
			}
		}
		assertTrue(number != null, "the demo has a signed form at site 01");
		settings = new Properties();
		settings.setProperty(WorkbenchSettings.STORE_EMBEDDED_PATH, file.toString());
	}

	private String run(String password, String... words) throws CommandException {
		FormSignatureCommand command = new FormSignatureCommand(() -> settings);
		command.setRepositoryProvider(new JdbcRepositoryProvider());
		command.terminal = new CommandLogin.Terminal() {
			@Override
			public String variable(String name) {
				return name.equals(CommandLogin.PASSWORD_ENVIRONMENT) ? password : null;
			}

			@Override
			public char[] askPassword(String prompt) {
				return null;
			}
		};
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		assertEquals(0, command.run(CommandArguments.parse(command.name(), List.of(words)),
				new PrintStream(bytes, true, StandardCharsets.UTF_8)));
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private String[] form(String... more) {
		List<String> words = new java.util.ArrayList<>(List.of("--subject", number, "--form", formOid, "--visit",
				visitOid, "--occurrence", Integer.toString(occurrence)));
		words.addAll(List.of(more));
		return words.toArray(String[]::new);
	}

	private FormRecord stored() throws Exception {
		try (JdbcTrialRepository repository = JdbcTrialRepository.embeddedPostgres(file);
				TrialSession admin = repository.localSession("admin")) {
			Subject subject = admin.subjects(SubjectFilter.all()).stream()
					.filter(h -> h.screeningNumber().equals(number)).map(h -> {
						try {
							return admin.subject(h.id()).orElseThrow();
						} catch (Exception e) {
							throw new AssertionError(e);
						}
					}).findFirst().orElseThrow();
			return subject.getVisits().stream().filter(v -> v.getDefinition().getOid().equals(visitOid))
					.flatMap(v -> v.getForms().stream()).filter(f -> f.getDefinition().getOid().equals(formOid)
							&& f.getOccurrence() == occurrence).findFirst().orElseThrow();
		}
	}

	@Test
	void thePrincipalInvestigatorWithdrawsWithAReasonAndSignsAgain() throws Exception {
		String withdrawn = run(DemoUsers.PASSWORD, form("--as", "pi01", "--withdraw", "--reason",
				"Weight loss was taken from the wrong visit"));
		assertTrue(withdrawn.startsWith("Withdrew the signature of form " + formOid), withdrawn);
		FormRecord corrected = stored();
		assertEquals(FormStatus.COMPLETE, corrected.getStatus());
		assertNull(corrected.getSignature());
		try (JdbcTrialRepository repository = JdbcTrialRepository.embeddedPostgres(file);
				TrialSession pi = repository.localSession("pi01")) {
			AuditEntry withdrawal = pi.audit().forObject(signatureId).stream()
					.filter(e -> e.feature().equals("(deleted)")).findFirst().orElseThrow();
			assertEquals(FormSignOff.WITHDRAWN + "Weight loss was taken from the wrong visit", withdrawal.reason());
			assertEquals("pi01", withdrawal.username());
		}
		String signed = run(DemoUsers.PASSWORD, form("--as", "pi01", "--sign"));
		assertTrue(signed.startsWith("Signed form " + formOid), signed);
		assertEquals(FormStatus.SIGNED, stored().getStatus());
		assertEquals("pi01", stored().getSignature().getSigner().getUsername());
	}

	@Test
	void anotherInvestigatorAWrongPasswordOrNoReasonChangeNothing() throws Exception {
		CommandException notPi = assertThrows(CommandException.class, () -> run(DemoUsers.PASSWORD,
				form("--as", "inv01", "--withdraw", "--reason", "mine to fix")));
		assertTrue(notPi.getMessage().contains("Only the signer or the principal investigator of site 01 (pi01)"),
				notPi.getMessage());
		assertThrows(CommandException.class, () -> run("wrong", form("--as", "pi01", "--withdraw", "--reason", "x")));
		CommandException noReason = assertThrows(CommandException.class,
				() -> run(DemoUsers.PASSWORD, form("--as", "pi01", "--withdraw")));
		assertEquals(2, noReason.exitCode(), noReason.getMessage());
		CommandException noPassword = assertThrows(CommandException.class,
				() -> run(null, form("--as", "pi01", "--withdraw", "--reason", "x")));
		assertTrue(noPassword.getMessage().contains("needs the password of pi01 again"), noPassword.getMessage());
		assertEquals(FormStatus.SIGNED, stored().getStatus(), "nothing was withdrawn");
	}
}
