package org.trialbench.enrolment.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.trialbench.clinical.Role;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.enrolment.BlockRandomization;
import org.trialbench.protocol.StratificationFactor;
import org.trialbench.protocol.Stratum;
import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.RandomizationList;
import org.trialbench.repository.RandomizationSlot;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.CommandStore;
import org.trialbench.repository.CommandStores;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;

/**
 * {@code ./trialbench randomization-list}: the statistician generates the concealed list with a recorded seed
 * (when the store holds none yet) and exports it as CSV. Only a user with the statistician role gets it; the
 * store refuses everyone else.
 */
@Component(service = HeadlessCommand.class)
public class RandomizationListCommand implements HeadlessCommand {

	static final int DEFAULT_SLOTS = 60;

	private final CommandStores.SettingsSource settings;
	private volatile RepositoryProvider provider;
	/** Where the environment and console come from; tests give their own. */
	CommandLogin.Terminal terminal = CommandLogin.Terminal.system();

	public RandomizationListCommand() {
		this(WorkbenchSettings::load);
	}

	RandomizationListCommand(CommandStores.SettingsSource settings) {
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
		return "randomization-list";
	}

	@Override
	public String summary() {
		return "generate (once, with a recorded seed) and export the concealed randomization list (statistician only)";
	}

	@Override
	public String usage() {
		return "./trialbench randomization-list --seed S [--strata A,B,...] [--slots N] [--out FILE.csv]\n"
				+ "                                [--as NAME] [--password-file FILE]\n"
				+ "  As a statistician: when the store holds no list yet, generates a stratified permuted-block\n"
				+ "  list from the protocol (ratio and block sizes) with seed S and stores it; then exports the list\n"
				+ "  with its used slots. A stored list is never replaced: S must be its recorded seed.\n"
				+ "  --seed S        seed of the list (recorded with it)\n"
				+ "  --strata A,B    stratum codes (default: every stratum of the protocol)\n"
				+ "  --slots N       slots per stratum when generating, whole blocks (default " + DEFAULT_SLOTS + ")\n"
				+ "  --out FILE      write CSV to FILE instead of the standard output\n"
				+ "  Default user: the first active statistician. --user NAME is accepted as the older name of --as.\n"
				+ CommandLogin.HELP;
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		CommandLogin login = CommandLogin.read(arguments, terminal, CommandLogin.PASSWORD_FILE_OPTION, "user");
		String seedText = arguments.requiredString("seed").strip();
		long seed;
		try {
			seed = Long.parseLong(seedText);
		} catch (NumberFormatException e) {
			throw CommandException.usage("randomization-list: --seed must be a whole number, not '" + seedText + "'");
		}
		Optional<String> strataOption = arguments.string("strata");
		int slots = arguments.integer("slots", DEFAULT_SLOTS, 1, 100_000);
		Optional<String> file = arguments.string("out");
		arguments.rejectUnknown();

		try (CommandStore store = CommandStore.open(name(), provider, settings, login,
				CommandLogin.DefaultUser.firstWith(Role.STATISTICIAN))) {
			TrialSession session = store.session();
			List<String> known = strata(session);
			List<String> strata = strataOption.map(s -> Arrays.stream(s.split(",")).map(String::strip)
					.filter(x -> !x.isEmpty()).toList()).orElse(known);
			for (String code : strata) {
				if (!known.contains(code)) {
					throw CommandException.usage("randomization-list: --strata names " + code
							+ ", which is not a stratum of the protocol (strata: " + String.join(", ", known) + ")");
				}
			}
			if (!session.allocations().hasList()) {
				RandomizationList generated = new BlockRandomization(session.protocol()).generate(strata, slots, seed,
						session.user().getUsername());
				session.allocations().storeList(generated, "randomization list generated, " + strata.size()
						+ " strata, " + slots + " slots each");
				out.println("Generated and stored the randomization list: " + generated.slots().size() + " slots, "
						+ generated.method() + ".");
			}
			RandomizationList list = session.allocations().list();
			if (list.seed() != seed) {
				throw new CommandException("randomization-list: the stored list was generated with another seed; "
						+ "give its recorded seed to export it (it is never replaced)");
			}
			List<RandomizationSlot> chosen = new ArrayList<>();
			for (String code : strata) {
				chosen.addAll(list.stratum(code));
			}
			write(list, chosen, file, out);
			return 0;
		} catch (AccessDeniedException e) {
			throw new CommandException("randomization-list: " + e.getMessage(), e);
		} catch (StoreException | IllegalArgumentException e) {
			throw new CommandException("randomization-list: " + e.getMessage(), e);
		}
	}

	private static List<String> strata(TrialSession session) {
		List<String> codes = new ArrayList<>();
		for (StratificationFactor factor : session.protocol().getStratificationFactors()) {
			for (Stratum stratum : factor.getStrata()) {
				codes.add(stratum.getCode());
			}
		}
		return codes;
	}

	static void write(RandomizationList list, List<RandomizationSlot> slots, Optional<String> file, PrintStream out)
			throws CommandException {
		StringBuilder csv = new StringBuilder();
		csv.append("# seed=").append(list.seed()).append(", generated by ").append(list.generatedBy()).append(" at ")
				.append(list.generatedAt()).append(", ").append(list.method()).append('\n');
		csv.append("stratum,sequence,randomization_number,block,block_size,arm,subject_id,used_by,used_at\n");
		for (RandomizationSlot slot : slots) {
			csv.append(slot.stratum()).append(',').append(slot.sequence()).append(',')
					.append(slot.randomizationNumber()).append(',').append(slot.block()).append(',')
					.append(slot.blockSize()).append(',').append(slot.armCode()).append(',')
					.append(slot.subjectId() == null ? "" : slot.subjectId()).append(',')
					.append(slot.usedBy() == null ? "" : slot.usedBy()).append(',')
					.append(slot.usedAt() == null ? "" : slot.usedAt().toString()).append('\n');
		}
		if (file.isEmpty()) {
			out.print(csv);
			return;
		}
		try (Writer writer = Files.newBufferedWriter(Path.of(file.get()), StandardCharsets.UTF_8)) {
			writer.write(csv.toString());
		} catch (IOException e) {
			throw new CommandException("randomization-list: cannot write " + file.get() + ": " + e.getMessage(), e);
		}
		out.println("Wrote " + slots.size() + " slots to " + file.get());
	}
}
