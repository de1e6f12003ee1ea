package org.trialbench.enrolment.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.Subject;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.enrolment.FormSignOff;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.CommandStore;
import org.trialbench.repository.CommandStores;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;

/**
 * {@code ./trialbench form-signature}: the site's principal investigator signs a form, or the signer or the PI
 * withdraws a form's signature with a reason, as the CRF editor's Sign... and Withdraw Signature... do
 * ({@link FormSignOff}); the password is asked again for either, as at an e-signature in the workbench.
 */
@Component(service = HeadlessCommand.class)
public class FormSignatureCommand implements HeadlessCommand {

	private final CommandStores.SettingsSource settings;
	private volatile RepositoryProvider provider;
	/** Where the environment and console come from; tests give their own. */
	CommandLogin.Terminal terminal = CommandLogin.Terminal.system();

	public FormSignatureCommand() {
		this(WorkbenchSettings::load);
	}

	FormSignatureCommand(CommandStores.SettingsSource settings) {
		this.settings = settings;
	}

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
		return "form-signature";
	}

	@Override
	public String summary() {
		return "sign a form (the site's principal investigator) or withdraw its signature with a reason";
	}

	@Override
	public String usage() {
		return "./trialbench form-signature --subject NUMBER --form OID [--visit OID] [--occurrence N]\n"
				+ "                            (--sign | --withdraw --reason TEXT) [--as NAME] [--password-file FILE]\n"
				+ "  --sign       the site's principal investigator signs the form (responsibility for its data)\n"
				+ "  --withdraw   the signer or the site's principal investigator withdraws the form's signature, so\n"
				+ "               that the form can be corrected; --reason goes into the audit trail\n"
				+ "  --subject    the subject's screening number, e.g. 01-0031\n"
				+ "  --form       the form's OID, e.g. F.ECKARDT; --visit OID and --occurrence N when it is\n"
				+ "               collected more than once\n"
				+ "  Either asks for the password again (e-signature): TRIALBENCH_PASSWORD, --password-file or the\n"
				+ "  console, also on the embedded store.\n" + CommandLogin.HELP;
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		CommandLogin login = CommandLogin.read(arguments, terminal);
		String number = arguments.requiredString("subject").strip();
		String formOid = arguments.requiredString("form").strip();
		Optional<String> visitOid = arguments.string("visit").map(String::strip);
		int occurrence = arguments.integer("occurrence", 0, 0, 1000);
		boolean sign = arguments.flag("sign");
		boolean withdraw = arguments.flag("withdraw");
		Optional<String> reason = arguments.string("reason");
		arguments.rejectUnknown();
		if (sign == withdraw) {
			throw CommandException.usage("form-signature: give either --sign or --withdraw");
		}
		if (withdraw && reason.map(String::isBlank).orElse(true)) {
			throw CommandException.usage("form-signature: --withdraw needs --reason TEXT (it goes into the audit "
					+ "trail)");
		}
		try (CommandStore store = CommandStore.open(name(), provider, settings, login,
				CommandLogin.DefaultUser.none())) {
			TrialSession session = store.session();
			String user = session.user().getUsername();
			char[] password = login.password(user, store.repository().description().toString(), true)
					.orElseThrow(() -> CommandException.usage("form-signature: an e-signature needs the password of "
							+ user + " again: set " + CommandLogin.PASSWORD_ENVIRONMENT + ", give --"
							+ CommandLogin.PASSWORD_FILE_OPTION + " FILE, or run the command at a console"));
			try {
				Subject subject = subject(session, number);
				FormRecord form = form(subject, formOid, visitOid, occurrence);
				FormSignOff signOff = new FormSignOff(session);
				CommitInfo commit = sign ? signOff.sign(subject.getId(), form.getId(), password)
						: signOff.withdraw(subject.getId(), form.getId(), reason.get(), password);
				out.println((sign ? "Signed" : "Withdrew the signature of") + " form " + formOid + " ("
						+ form.getVisit().getDefinition().getName() + ") of subject " + number + " as " + user
						+ "; commit " + commit.commitId() + (sign ? "" : "; correct the form and sign it again"));
				return 0;
			} finally {
				Arrays.fill(password, '\0');
			}
		} catch (StoreException e) {
			throw new CommandException("form-signature: " + e.getMessage(), e);
		}
	}

	private static Subject subject(TrialSession session, String number) throws StoreException, CommandException {
		for (SubjectHeader header : session.subjects(SubjectFilter.all())) {
			if (header.screeningNumber().equals(number)) {
				return session.subject(header.id()).orElseThrow();
			}
		}
		throw new CommandException("form-signature: no subject " + number + " that " + session.user().getUsername()
				+ " may see");
	}

	private static FormRecord form(Subject subject, String formOid, Optional<String> visitOid, int occurrence)
			throws CommandException {
		List<FormRecord> forms = subject.getVisits().stream()
				.filter(v -> visitOid.isEmpty() || v.getDefinition().getOid().equals(visitOid.get()))
				.flatMap(v -> v.getForms().stream()).filter(f -> f.getDefinition().getOid().equals(formOid))
				.filter(f -> occurrence == 0 || f.getOccurrence() == occurrence).toList();
		if (forms.isEmpty()) {
			throw new CommandException("form-signature: subject " + subject.getScreeningNumber() + " has no form "
					+ formOid + visitOid.map(v -> " at " + v).orElse(""));
		}
		if (forms.size() > 1) {
			throw CommandException.usage("form-signature: subject " + subject.getScreeningNumber() + " has "
					+ forms.size() + " forms " + formOid + " (at " + String.join(", ", forms.stream()
							.map(f -> f.getVisit().getDefinition().getOid() + " #" + f.getOccurrence()).toList())
					+ "); name one with --visit and --occurrence");
		}
		return forms.get(0);
	}
}
