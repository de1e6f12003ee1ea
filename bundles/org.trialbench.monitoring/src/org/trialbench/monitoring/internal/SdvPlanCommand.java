package org.trialbench.monitoring.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.Site;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.monitoring.SdvRequirement;
import org.trialbench.monitoring.SdvSelection;
import org.trialbench.monitoring.SdvWorklist;
import org.trialbench.monitoring.WorklistRow;
import org.trialbench.protocol.CriticalCategory;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.CommandStore;
import org.trialbench.repository.CommandStores;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;

/** {@code ./trialbench sdv-plan}: what the risk-based SDV plan requires at each site, and how far it got. */
@Component(service = HeadlessCommand.class)
public class SdvPlanCommand implements HeadlessCommand {

	private final CommandStores.SettingsSource settings;
	/** Where the environment and console come from; tests give their own. */
	CommandLogin.Terminal terminal = CommandLogin.Terminal.system();
	private volatile RepositoryProvider provider;

	public SdvPlanCommand() {
		this(WorkbenchSettings::load);
	}

	SdvPlanCommand(CommandStores.SettingsSource settings) {
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
		return "sdv-plan";
	}

	@Override
	public String summary() {
		return "what the risk-based SDV plan requires at each site, and how much is verified";
	}

	@Override
	public String usage() {
		return """
				./trialbench sdv-plan [--site CODE] [--as NAME] [--password-file FILE]
				  Prints the protocol's SDV plan (critical categories, sample rate, seed) and, per site the user
				  sees, how many values (item values, consent records, adverse events) it requires in full
				  (critical) and by sample, how many are verified, pending, and changed after verification.
				  The sample is the same on every run.
				  --site CODE   one site only
				  Default user: the site's first active monitor, else a data manager or administrator.
				""" + CommandLogin.HELP;
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		String siteCode = arguments.string("site").orElse(null);
		CommandLogin login = CommandLogin.read(arguments, terminal);
		arguments.rejectUnknown();
		try (CommandStore store = CommandStore.open(name(), provider, settings, login, new SiteMonitor(siteCode))) {
			TrialSession session = store.session();
			SdvSelection plan = new SdvSelection(session.protocol());
			out.printf("SDV plan of %s: 100%% of critical data (%s); a sample of %.0f%% of the other forms (seed %d)%n",
					session.protocol().getName() == null ? session.protocol().getOid() : session.protocol().getName(),
					plan.categoriesInWords(), plan.rate() * 100, plan.seed());
			for (Map.Entry<CriticalCategory, java.util.Set<String>> entry : plan.criticalItems().entrySet()) {
				out.println("  " + entry.getKey().getLiteral() + ": " + String.join(", ", new TreeSet<>(entry.getValue())));
			}
			// records, not items: verified as a whole on the worklist
			if (plan.categories().contains(CriticalCategory.CONSENT)) {
				out.println("  consent: the consent record (date, version) of every consented subject");
			}
			if (plan.categories().contains(CriticalCategory.SERIOUS_ADVERSE_EVENTS)) {
				out.println("  seriousAdverseEvents: every serious adverse event");
			}
			List<Site> sites = new ArrayList<>();
			if (siteCode != null) {
				sites.add(SiteMonitor.site(name(), session, siteCode));
			} else {
				sites.addAll(session.trial().getSites());
			}
			out.println("site\tvalues\tcritical\tsampled\tnot required\tverified\tpending\tchanged\tcompletion");
			for (Site site : sites) {
				List<WorklistRow> rows = SdvWorklist.load(session, site.getId(), new NullProgressMonitor());
				if (rows.isEmpty() && !visible(session, site)) {
					continue;
				}
				Map<SdvRequirement.Kind, Integer> kinds = new EnumMap<>(SdvRequirement.Kind.class);
				Map<SdvState, Integer> states = new EnumMap<>(SdvState.class);
				int requiredVerified = 0;
				for (WorklistRow row : rows) {
					kinds.merge(row.requirement().kind(), 1, Integer::sum);
					states.merge(row.state(), 1, Integer::sum);
					if (row.requirement().required() && row.state() == SdvState.VERIFIED) {
						requiredVerified++;
					}
				}
				int critical = kinds.getOrDefault(SdvRequirement.Kind.CRITICAL, 0);
				int sampled = kinds.getOrDefault(SdvRequirement.Kind.SAMPLED, 0);
				int required = critical + sampled;
				out.printf("%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s%n", site.getCode(), rows.size(), critical, sampled,
						rows.size() - required, states.getOrDefault(SdvState.VERIFIED, 0),
						states.getOrDefault(SdvState.PENDING, 0),
						states.getOrDefault(SdvState.CHANGED_SINCE_VERIFICATION, 0),
						required == 0 ? "-" : String.format("%.1f%%", 100.0 * requiredVerified / required));
			}
			return 0;
		} catch (StoreException e) {
			throw new CommandException(name() + ": " + e.getMessage(), e);
		}
	}

	private static boolean visible(TrialSession session, Site site) {
		return session.user().getSites().isEmpty()
				|| session.user().getSites().stream().anyMatch(s -> s.getId().equals(site.getId()));
	}

}
